package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"

	"github.com/framelens/framelens/store"
)

// runServe serves the dashboard until ctx is cancelled (SIGINT/SIGTERM),
// then shuts down gracefully within shutdownTimeout.
func runServe(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("serve", "framelens serve [--addr HOST:PORT] [--db DB] [--lexicon DIR]", `
Serve the dashboard: overview, story comparison, article reader, outlet
profiles, term search and the lexicon, with a JSON API under /api/ and CSV
exports. Everything (scripts, styles, charts) is served by this binary; the
pages make no request to another host.

On an empty database the built-in demo corpus (fictional outlets covering a
fictional event) is loaded and labelled as such; remove it with
"framelens delete --demo".

Feed subscriptions (added on /admin/feeds or with "framelens feeds add") are
polled in the background, each at its own interval or --feed-interval, with
conditional requests and a growing pause after errors. Several servers on one
database share the feeds: each feed is polled by one at a time. --feed-poll=off
keeps this server from polling (another one does).

--db is a SQLite file, or a PostgreSQL URL (postgres://user:password@host/dbname)
for several identical servers behind a load balancer sharing one database:
sessions, classes, feeds, rescore and web import progress, failed logins and
lexicon edits are in the database, so any of them serves any request
(docs/SCALING.md).

Behind a reverse proxy every request comes from the proxy's address: name the
proxy with --trusted-proxy so that failed logins are counted per client, read
from the X-Forwarded-For header the proxy adds. The header is believed only
from those addresses; from anyone else it is ignored.

/healthz answers while the process runs, /readyz when the database answers.
SIGINT or SIGTERM stops the server after at most 10 seconds of draining.`)
	addr := fs.String("addr", e.envOr("FRAMELENS_ADDR", "127.0.0.1:8080"),
		"listen `address` host:port; 0.0.0.0:8080 listens on every interface ($FRAMELENS_ADDR)")
	dbPath := e.dbFlag(fs)
	lexDir := fs.String("lexicon", e.envOr("FRAMELENS_LEXICON", ""),
		"`directory` of .lex packs replacing the built-in lexicon ($FRAMELENS_LEXICON)")
	feedInterval := fs.String("feed-interval", e.envOr("FRAMELENS_FEED_INTERVAL", feedIntervalValue(defaultFeedInterval)),
		"`interval` between polls of a feed that sets none, at least 1m ($FRAMELENS_FEED_INTERVAL)")
	feedPoll := fs.String("feed-poll", e.envOr("FRAMELENS_FEED_POLL", "on"),
		"whether this server polls feed subscriptions: `on|off` ($FRAMELENS_FEED_POLL)")
	trustedProxy := fs.String("trusted-proxy", e.envOr("FRAMELENS_TRUSTED_PROXY", ""),
		"reverse proxies whose X-Forwarded-For names the client: `CIDR[,CIDR]` or addresses, e.g. 10.0.0.0/8 ($FRAMELENS_TRUSTED_PROXY)")
	rest, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "framelens serve: unexpected argument %q\n", rest[0])
		return errUsage
	}
	var feeds feedSettings
	if feeds.interval, err = parseFeedInterval(*feedInterval); err != nil {
		return fmt.Errorf("--feed-interval: %w", err)
	}
	if feeds.poll, err = parseFeedPoll(*feedPoll); err != nil {
		return fmt.Errorf("--feed-poll: %w", err)
	}
	proxies, err := parseTrustedProxies(*trustedProxy)
	if err != nil {
		return fmt.Errorf("--trusted-proxy: %w", err)
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))

	lex, err := openLexicon(*lexDir)
	if err != nil {
		return err
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := loadDemoIfEmpty(ctx, db, lex, log); err != nil {
		return err
	}
	srv, err := newServer(db, lex, log)
	if err != nil {
		return err
	}
	if err := srv.configureAdmin(ctx, e, *lexDir); err != nil {
		return err
	}
	srv.sec.proxies = proxies
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	log.Info("serving framelens", "url", openURL(ln.Addr()), "db", db.Path(), "lexicon", lex.Version(),
		"trusted_proxy", *trustedProxy)
	fmt.Fprintf(e.stderr, "framelens: open %s in a browser (Ctrl-C stops)\n", openURL(ln.Addr()))
	srv.fetchOptions = e.fetch
	waitFeeds := srv.startFeeds(ctx, feeds) // stops with ctx, beside the HTTP drain
	waitLexicon := srv.startLexiconSync(ctx)
	err = srv.serve(ctx, ln)
	waitFeeds()
	waitLexicon()
	return err
}

// serve runs the HTTP server on ln until ctx is done, then drains open
// requests for at most shutdownTimeout.
func (s *server) serve(ctx context.Context, ln net.Listener) error {
	app := s.newApp()
	// Start the corpus-wide figures now, so the first visitor of a large
	// database does not wait for them.
	go s.warmOnce(ctx)
	errc := make(chan error, 1)
	go func() { errc <- app.Listener(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "timeout", shutdownTimeout.String())
	if err := app.ShutdownWithTimeout(shutdownTimeout); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("shutdown: %w", err)
	}
	<-errc
	s.closeUploads()
	if err := s.closeWatch(); err != nil { // the page cache's connection (page_cache.go)
		s.log.Warn("close the page cache's database watch", "err", err)
	}
	return nil
}

// openURL is the address to open in a browser: an unspecified host
// (0.0.0.0 or ::) is shown as 127.0.0.1.
func openURL(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return "http://" + a.String() + "/"
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return "http://" + host + ":" + port + "/"
}

package app

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/framelens/framelens/store"
)

// setting is one configuration value that can come from the environment.
type setting struct {
	env    string
	def    string
	secret bool
	help   string
}

// settings lists every environment variable framelens reads.
var settings = []setting{
	{"FRAMELENS_DB", "framelens.db", false, "SQLite database path or PostgreSQL URL, password masked (--db)"},
	{"FRAMELENS_ADDR", "127.0.0.1:8080", false, "address serve listens on (--addr)"},
	{"FRAMELENS_LEXICON", "", false, "directory of .lex packs replacing the built-in ones (--lexicon)"},
	{"FRAMELENS_ADMIN_PASSWORD", "", true, "admin password for changes from the web (or _FILE)"},
	{"FRAMELENS_VIEWER_PASSWORD", "", true, "viewer password making the dashboard private (or _FILE)"},
	{"FRAMELENS_EXCERPTS", "0", false, "1: article texts shown as highlighted excerpts only (public instances)"},
	{"FRAMELENS_MAX_UPLOAD", "32MiB", false, "largest web import request"},
	{"FRAMELENS_MAX_FILE", "16MiB", false, "largest file in a web import"},
	{"FRAMELENS_MAX_FILES", "50", false, "most files in one web import"},
	{"FRAMELENS_OUTLET_MAP", "", false, "file mapping site domains to outlets, for imported web pages (--outlet-map)"},
	{"FRAMELENS_FEED_INTERVAL", "30m", false, "serve: interval between polls of a feed that sets none, at least 1m (--feed-interval)"},
	{"FRAMELENS_FEED_POLL", "on", false, "serve: off keeps this server from polling feed subscriptions (--feed-poll)"},
	{"FRAMELENS_TRUSTED_PROXY", "", false, "serve: reverse proxies (CIDR[,CIDR]) whose X-Forwarded-For names the client (--trusted-proxy)"},
	{"SQLITE_TMPDIR", "", false, "where SQLite writes temporary files (default: the database's folder)"},
}

// secretValue returns the value of a secret setting from KEY or the file
// named by KEY_FILE; giving both is an error.
func (e *env) secretValue(key string) (string, error) {
	v, file := e.getenv(key), e.getenv(key+"_FILE")
	if v != "" && file != "" {
		return "", fmt.Errorf("both %s and %s_FILE are set: use one", key, key)
	}
	if file == "" {
		return v, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("%s_FILE: %w", key, err)
	}
	s := strings.TrimRight(string(b), "\r\n")
	if s == "" {
		return "", fmt.Errorf("%s_FILE: %s is empty", key, file)
	}
	return s, nil
}

func runConfig(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("config", "framelens config",
		`Print the effective configuration: each environment variable framelens reads,
its value (secrets masked) and where it came from. Flags given to a command
override these values for that command.`)
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q", pos[0])
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SETTING\tVALUE\tSOURCE\tMEANING")
	for _, s := range settings {
		val, source := e.getenv(s.env), "environment"
		if s.secret {
			v, err := e.secretValue(s.env)
			if err != nil {
				return err
			}
			if e.getenv(s.env+"_FILE") != "" {
				source = "environment (" + s.env + "_FILE)"
			}
			val = v
			if val != "" {
				val = "******** (set)"
			}
		}
		if store.IsPostgresURL(val) {
			val = maskURL(val)
		}
		if val == "" {
			val, source = s.def, "default"
			if val == "" {
				val = "(not set)"
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", s.env, val, source, s.help)
	}
	return tw.Flush()
}

// maskURL hides the password of a database URL, given in its user part or
// as a password parameter, for printing.
func maskURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "******** (unparsable URL)"
	}
	return store.RedactURL(u)
}

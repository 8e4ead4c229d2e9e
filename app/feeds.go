package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/app/ingest"
	"github.com/framelens/framelens/app/ingest/web"
	"github.com/framelens/framelens/store"
)

// Feed subscriptions are polled by serve. Everything a poll needs is in the
// feeds table (store/feeds.go): the feed's state (validators, entries seen)
// and the poller's bookkeeping (failures, next poll). A replica polls a
// feed only after claiming it with a lease in the database, so several
// replicas on one database share the feeds without polling one twice, and
// a replica that dies leaves a lease that expires. The admin pages change
// the table only ("poll now" makes a feed due); whichever replica's poller
// looks next takes the work.

// Feed polling settings and bounds.
const (
	defaultFeedInterval = web.DefaultPollInterval // --feed-interval
	minFeedInterval     = time.Minute
	// feedCheckEvery is how often an idle poller looks for due feeds: the
	// longest a new subscription, a "poll now" from another replica or an
	// expired lease waits.
	feedCheckEvery = 15 * time.Second
	// feedLease is how long a claim holds; a running poll renews it every
	// feedLease/4, so only a dead replica's lease ever runs out.
	feedLease = 2 * time.Minute
	// feedPollTimeout bounds one poll: the feed and the pages of up to
	// 100 summary-only entries, each fetch bounded by the fetcher.
	feedPollTimeout = 15 * time.Minute
	// feedStopWait is how long serve waits, after the HTTP server has
	// drained, for a cancelled poll to release its lease.
	feedStopWait = 5 * time.Second
)

// Values of store.Feed.LastStatus.
const (
	feedOK        = "ok"
	feedUnchanged = "unchanged"
	feedError     = "error"
)

// feedSettings are serve's feed options.
type feedSettings struct {
	interval time.Duration // for feeds whose own interval is 0
	poll     bool          // false: this replica never polls (FRAMELENS_FEED_POLL=off)
}

// parseFeedInterval reads a --feed-interval or form value: a Go duration
// ("45m", "2h") or a number of minutes, at least minFeedInterval.
func parseFeedInterval(v string) (time.Duration, error) {
	v = strings.TrimSpace(v)
	d, err := time.ParseDuration(v)
	if err != nil {
		var n int
		if _, serr := fmt.Sscanf(v, "%d", &n); serr != nil || fmt.Sprint(n) != v {
			return 0, fmt.Errorf("%q is not a duration: write it as 30m, 2h or a number of minutes", v)
		}
		d = time.Duration(n) * time.Minute
	}
	if d < minFeedInterval {
		return 0, fmt.Errorf("%s is too short: feeds are polled at most once a minute", d)
	}
	return d, nil
}

// parseFeedPoll reads FRAMELENS_FEED_POLL / --feed-poll: on or off.
func parseFeedPoll(v string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "", "on", "1", "true", "yes":
		return true, nil
	case "off", "0", "false", "no":
		return false, nil
	}
	return false, fmt.Errorf("%q: want on or off", v)
}

// feedPoller polls the due feeds of one database for one process.
type feedPoller struct {
	db       *store.DB
	lex      func() *analysis.Lexicon
	log      *slog.Logger
	reader   *web.FeedReader
	mapping  web.Mapping
	now      func() time.Time
	owner    string // this poller's name in lease_owner
	interval time.Duration
}

// newFeedPoller makes s's poller: its fetcher is the server's safe one
// (s.fetchOptions), shared by every feed so that per-host politeness holds
// across them.
func (s *server) newFeedPoller(interval time.Duration) *feedPoller {
	if interval <= 0 {
		interval = defaultFeedInterval
	}
	host, _ := os.Hostname()
	return &feedPoller{db: s.db, lex: s.lex.load, log: s.log, mapping: s.outletMap, now: s.sec.now, interval: interval,
		reader: &web.FeedReader{Fetcher: web.New(s.fetchOptions)},
		owner:  fmt.Sprintf("%s/%d/%s", host, os.Getpid(), newToken()[:8])}
}

// startFeeds starts polling when fs.poll is set and returns a function that
// waits (at most feedStopWait) for the poller to stop once ctx is done.
func (s *server) startFeeds(ctx context.Context, fs feedSettings) (wait func()) {
	if !fs.poll {
		s.log.Info("feed polling is off on this server (FRAMELENS_FEED_POLL=off)")
		return func() {}
	}
	fp := s.newFeedPoller(fs.interval)
	done := make(chan struct{})
	go func() {
		defer close(done)
		fp.run(ctx)
	}()
	return func() {
		select {
		case <-done:
		case <-time.After(feedStopWait):
			s.log.Warn("the feed poller did not stop in time; its lease will expire", "wait", feedStopWait.String())
		}
	}
}

// run polls due feeds until ctx ends, looking again when the next feed is
// due, and at least every feedCheckEvery.
func (fp *feedPoller) run(ctx context.Context) {
	fp.log.Info("polling feeds", "owner", fp.owner, "default_interval", fp.interval.String())
	for {
		if _, err := fp.pollDue(ctx); err != nil && ctx.Err() == nil {
			fp.log.Error("feed poller", "err", err)
		}
		wait := feedCheckEvery
		if next, ok, err := fp.db.NextFeedPoll(ctx); err == nil && ok {
			wait = min(wait, max(next.Sub(fp.now()), time.Second))
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// pollDue claims and polls due feeds one after another until none is due,
// and returns how many it polled.
func (fp *feedPoller) pollDue(ctx context.Context) (int, error) {
	n := 0
	for ctx.Err() == nil {
		f, err := fp.db.ClaimDueFeed(ctx, fp.owner, fp.now(), feedLease)
		if errors.Is(err, store.ErrNotFound) {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		fp.poll(ctx, f)
		n++
	}
	return n, ctx.Err()
}

// poll reads feed f (which fp has claimed) once, imports its new entries as
// one import batch, and records the outcome with the next poll time. A
// poll cancelled by ctx (shutdown) records nothing and releases the lease:
// the feed stays due.
func (fp *feedPoller) poll(ctx context.Context, f store.Feed) {
	pctx, cancel := context.WithTimeout(ctx, feedPollTimeout)
	defer cancel()
	renewCtx, stopRenew := context.WithCancel(pctx)
	renewed := make(chan struct{})
	go fp.renew(renewCtx, cancel, f.ID, renewed)
	res, err := fp.fetchAndImport(pctx, f)
	stopRenew()
	<-renewed // no renewal races the release below
	if err != nil && ctx.Err() == nil && pctx.Err() != nil && errors.Is(err, context.DeadlineExceeded) {
		err = fmt.Errorf("the poll took longer than %s and was stopped", feedPollTimeout)
	}
	// Recording must happen even when the poll was cancelled: a fresh
	// context, bounded.
	rctx, rcancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer rcancel()
	if ctx.Err() != nil {
		if rerr := fp.db.ReleaseFeed(rctx, f.ID, fp.owner); rerr != nil && !errors.Is(rerr, store.ErrLeaseLost) {
			fp.log.Warn("release feed", "feed", f.ID, "err", rerr)
		}
		return
	}
	interval := f.Interval
	if interval <= 0 {
		interval = fp.interval
	}
	p := web.Poller{Interval: interval, Failures: f.Failures, LastSuccess: f.LastSuccess}
	res.Polled = fp.now()
	res.NextPoll = p.Record(res.Polled, err)
	res.Failures = p.Failures
	if err != nil {
		res.Status, res.Error = feedError, err.Error()
	} else {
		res.LastSuccess = res.Polled
	}
	if ferr := fp.db.FinishPoll(rctx, f.ID, fp.owner, res); ferr != nil {
		fp.log.Warn("record feed poll", "feed", f.ID, "err", ferr)
		return
	}
	if err != nil {
		fp.log.Warn("feed poll failed", "feed", f.ID, "url", f.URL, "failures", res.Failures, "next", res.NextPoll, "err", err)
	} else {
		fp.log.Info("feed polled", "feed", f.ID, "url", f.URL, "status", res.Status, "imported", res.Imported, "batch", res.Batch,
			"next", res.NextPoll)
	}
}

// renew extends the lease on feed id while the poll runs; when the lease
// is lost (the database was unreachable for a whole lease), it cancels the
// poll, since another poller may have taken the feed.
func (fp *feedPoller) renew(ctx context.Context, cancel context.CancelFunc, id int64, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(feedLease / 4)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			err := fp.db.ExtendFeedLease(ctx, id, fp.owner, fp.now().Add(feedLease))
			if errors.Is(err, store.ErrLeaseLost) {
				fp.log.Warn("feed lease lost: poll cancelled", "feed", id)
				cancel()
				return
			}
			if err != nil && ctx.Err() == nil {
				fp.log.Warn("extend feed lease", "feed", id, "err", err)
			}
		}
	}
}

// fetchAndImport does the work of one poll: a conditional fetch with the
// stored state, then the new entries through importArticles. The state is
// kept only when the import succeeded, so entries are never marked seen
// without being stored.
func (fp *feedPoller) fetchAndImport(ctx context.Context, f store.Feed) (store.PollResult, error) {
	var res store.PollResult
	var st *web.FeedState
	if f.State != "" && f.State != "{}" {
		st = &web.FeedState{}
		if err := json.Unmarshal([]byte(f.State), st); err != nil {
			// A damaged state costs one unconditional fetch; entries already
			// stored are then skipped as duplicates of the same outlet.
			fp.log.Warn("feed state unreadable: polling from scratch", "feed", f.ID, "err", err)
			st = nil
		}
	}
	pages, next, err := fp.reader.Articles(ctx, f.URL, st)
	if err != nil {
		return res, err
	}
	if st != nil && next == st {
		// 304 Not Modified: FeedArticles returns the state it was given.
		res.Status = feedUnchanged
		return res, nil
	}
	res.Status = feedOK
	res.Title = next.Title
	var notes []string
	if len(pages) > 0 {
		w := &webSource{outlet: f.Outlet, story: f.Story, mapping: fp.mapping}
		summaries := 0
		for _, p := range pages {
			if p.Note != "" && strings.TrimSpace(p.Text) != "" {
				summaries++
			}
		}
		src := func(ctx context.Context, emit func(ingest.Article) error, fail func(ingest.Failure)) error {
			for _, p := range pages {
				a := p.Article
				a.Source = f.URL
				if strings.TrimSpace(a.Text) == "" {
					// Neither the feed nor the entry's page holds any text.
					fail(ingest.Failure{Source: a.URL, Err: fmt.Errorf("%q has no text in the feed or on its page", clipString(a.Title, 80))})
					continue
				}
				if err := emit(w.name(a)); err != nil {
					return err
				}
			}
			return nil
		}
		stats, err := importArticles(ctx, fp.db, fp.lex(), src, "feed: "+clipString(f.URL, 200), false, nil, nil)
		if err != nil {
			return res, fmt.Errorf("the import of %d new entries failed: %w", len(pages), err)
		}
		res.Imported, res.Batch = stats.Imported, stats.Batch
		if stats.Batch != 0 {
			// The new articles join proposed stories, as after any import.
			// A failure here loses nothing: "framelens cluster" redoes it.
			if _, err := suggestRecent(ctx, fp.db, stats.Batch); err != nil && ctx.Err() == nil {
				fp.log.Warn("proposing stories for a feed poll", "batch", stats.Batch, "err", err)
			}
		}
		if summaries > 0 {
			notes = append(notes, fmt.Sprintf("only the feed's summary for %d of %d new entries (the page could not be read)",
				summaries, len(pages)))
		}
		if len(stats.Failed) > 0 {
			notes = append(notes, plural(len(stats.Failed), "entry", "entries")+" could not be imported: "+stats.Failed[0].Error)
		}
	}
	b, err := json.Marshal(next)
	if err != nil {
		return res, fmt.Errorf("feed state: %w", err)
	}
	res.State = string(b)
	res.Error = strings.Join(notes, "; ")
	return res, nil
}

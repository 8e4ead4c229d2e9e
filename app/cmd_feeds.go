package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/framelens/framelens/store"
)

// runFeeds manages feed subscriptions from the command line, as the admin
// page /admin/feeds does: the server's poller polls them.
func runFeeds(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("feeds", "framelens feeds list | add URL | remove URL | pause URL | resume URL | poll URL [--db DB]", `
Manage the feed subscriptions that "framelens serve" polls (the same list as
the admin page /admin/feeds).

  list          every subscription with its status
  add URL       subscribe to an RSS, Atom or JSON feed (or a page linking to
                one); --outlet, --story and --interval apply to it
  remove URL    unsubscribe; the articles it imported stay (undo a poll
                with "framelens delete --batch N")
  pause URL     stop polling it until resumed
  resume URL    poll it again, at once
  poll URL      make it due now: the server polls it within a minute

Nothing is fetched by this command: a running server polls the feeds.`)
	dbPath := e.dbFlag(fs)
	outlet := fs.String("outlet", "", "add: `name` of the outlet of every entry (else the outlet map or the site's name)")
	story := fs.String("story", "", "add: story `key` given to every entry")
	interval := fs.String("interval", "", "add: `interval` between polls (30m, 2h; at least 1m); default: the server's --feed-interval")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return errUsage
	}
	verb, rest := pos[0], pos[1:]
	switch verb {
	case "list", "add", "remove", "pause", "resume", "poll":
	default:
		fmt.Fprintf(e.stderr, "framelens feeds: unknown action %q (list, add, remove, pause, resume, poll)\n", verb)
		return errUsage
	}
	want := 1
	if verb == "list" {
		want = 0
	}
	if len(rest) != want {
		fmt.Fprintf(e.stderr, "framelens feeds %s: want %d feed address(es), got %d\n", verb, want, len(rest))
		return errUsage
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	now := time.Now()
	if verb == "list" {
		return listFeeds(ctx, e, db, now)
	}
	if verb == "add" {
		u, err := checkFeedURL(rest[0])
		if err != nil {
			return err
		}
		iv, err := formInterval(*interval)
		if err != nil {
			return fmt.Errorf("--interval: %w", err)
		}
		f, err := db.AddFeed(ctx, store.NewFeed{URL: u, Outlet: oneLine(*outlet), Story: oneLine(*story), Interval: iv}, now)
		if errors.Is(err, store.ErrFeedExists) {
			return fmt.Errorf("%s is already subscribed", u)
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "subscribed to %s (feed %d); a running server polls it within a minute\n", f.URL, f.ID)
		return nil
	}
	f, err := db.FeedByURL(ctx, strings.TrimSpace(rest[0]))
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no subscription to %s (see framelens feeds list)", rest[0])
	}
	if err != nil {
		return err
	}
	var u store.FeedUpdate
	switch verb {
	case "remove":
		if err := db.DeleteFeed(ctx, f.ID); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "unsubscribed from %s; the %d articles it imported stay\n", f.URL, f.Imported)
		return nil
	case "pause":
		paused := true
		u.Paused = &paused
	case "resume":
		paused := false
		u.Paused, u.PollAt = &paused, &now
	case "poll":
		if f.Paused {
			return fmt.Errorf("%s is paused: resume it to poll it", f.URL)
		}
		u.PollAt = &now
	}
	if err := db.UpdateFeed(ctx, f.ID, u); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s: %s\n", f.URL, map[string]string{"pause": "paused", "resume": "resumed, due now", "poll": "due now"}[verb])
	return nil
}

// listFeeds prints the subscriptions as a table.
func listFeeds(ctx context.Context, e *env, db *store.DB, now time.Time) error {
	feeds, err := db.Feeds(ctx)
	if err != nil {
		return err
	}
	if len(feeds) == 0 {
		fmt.Fprintln(e.stdout, "no feed subscriptions (add one with: framelens feeds add URL)")
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tURL\tLAST POLL\tRESULT\tNEXT POLL\tARTICLES")
	rows, _ := feedRows(feeds, now)
	for _, r := range rows {
		last := "never"
		if r.LastPoll != "" {
			last = r.LastPoll
		}
		result := r.Result
		if r.Error != "" {
			result += ": " + r.Error
		}
		next := r.NextPollIn
		if next != "paused" && next != "being polled now" {
			next = r.NextPoll
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\n", r.ID, r.URL, last, oneLine(result), next, r.Imported)
	}
	return tw.Flush()
}

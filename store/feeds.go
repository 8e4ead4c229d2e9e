package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrFeedExists is returned by AddFeed for a URL already subscribed.
var ErrFeedExists = errors.New("feed already subscribed")

// ErrLeaseLost is returned by FinishPoll and ExtendFeedLease when the
// caller no longer holds the feed's lease: it expired and another poller
// took it, or the feed was deleted meanwhile.
var ErrLeaseLost = errors.New("feed lease lost")

// Feed is one feed subscription and its polling status.
type Feed struct {
	ID     int64
	URL    string
	Outlet string // names the outlet of every entry; "" lets the outlet map or site name decide
	Story  string // story key given to every entry; "" for none
	// Interval between polls; 0 means the server's default.
	Interval time.Duration
	// State is the feed's web.FeedState as JSON ("{}" before the first
	// poll): validators for conditional requests and entries already seen.
	State string
	Title string // the feed's own title, from its last successful poll

	Failures     int       // consecutive failed polls
	NextPoll     time.Time // when the feed is due
	LastPolled   time.Time // zero before the first poll
	LastSuccess  time.Time
	LastStatus   string // "", "ok", "unchanged" or "error"
	LastError    string // the last failure, or a note on entries that failed
	Imported     int    // articles imported from this feed in all
	LastImported int    // articles imported by the last poll
	LastBatch    int64  // the import batch of the last poll that stored articles; 0 for none
	Created      time.Time
	Paused       bool

	LeaseOwner string    // the poller polling it now; "" when none
	LeaseUntil time.Time // when that lease expires
}

// Polling reports whether an unexpired lease is held at now.
func (f Feed) Polling(now time.Time) bool {
	return f.LeaseOwner != "" && f.LeaseUntil.After(now)
}

// NewFeed is a subscription to add.
type NewFeed struct {
	URL      string
	Outlet   string
	Story    string
	Interval time.Duration // 0: the server's default
}

// FeedUpdate changes a subscription; nil fields are left as they are.
type FeedUpdate struct {
	Paused   *bool
	Interval *time.Duration
	Outlet   *string
	Story    *string
	// PollAt makes the feed due at that time ("poll now"): any poller,
	// on any replica, takes it from then on. Its failures are kept.
	PollAt *time.Time
}

// PollResult is the outcome of one poll, recorded by FinishPoll.
type PollResult struct {
	State       string // the new FeedState JSON; "" keeps the stored one
	Title       string // "" keeps the stored one
	Failures    int
	NextPoll    time.Time
	Polled      time.Time
	LastSuccess time.Time // zero keeps the stored one
	Status      string
	Error       string
	Imported    int
	Batch       int64 // 0 keeps the stored one
}

const feedColumns = `id, url, outlet, story, interval_seconds, state, title, failures, next_poll_at, last_polled_at,
	last_success_at, last_status, last_error, imported_total, imported_last, last_batch_id, created_at, paused,
	coalesce(lease_owner, ''), coalesce(lease_until, '')`

func scanFeed(sc interface{ Scan(...any) error }) (Feed, error) {
	var f Feed
	var secs int64
	var next, polled, success, created, leaseUntil string
	err := sc.Scan(&f.ID, &f.URL, &f.Outlet, &f.Story, &secs, &f.State, &f.Title, &f.Failures, &next, &polled,
		&success, &f.LastStatus, &f.LastError, &f.Imported, &f.LastImported, &f.LastBatch, &created, &f.Paused,
		&f.LeaseOwner, &leaseUntil)
	if err != nil {
		return f, err
	}
	f.Interval = time.Duration(secs) * time.Second
	f.NextPoll = parseStamp(next)
	f.LastPolled = parseStamp(polled)
	f.LastSuccess = parseStamp(success)
	f.Created = parseStamp(created)
	f.LeaseUntil = parseStamp(leaseUntil)
	return f, nil
}

// parseStamp reads a stored time stamp; "" is the zero time.
func parseStamp(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, _ := time.Parse(time.RFC3339, s)
	return t
}

// stampOrEmpty is stamp, with the zero time stored as "".
func stampOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return stamp(t)
}

// AddFeed subscribes to a feed, due at once (at now), and returns it. A URL
// already subscribed is ErrFeedExists.
func (db *DB) AddFeed(ctx context.Context, nf NewFeed, now time.Time) (Feed, error) {
	if nf.URL == "" {
		return Feed{}, errors.New("store: add feed: empty URL")
	}
	// A URL already subscribed inserts nothing, so RETURNING gives no row.
	id, err := insertID(ctx, db.write, `INSERT INTO feeds (url, outlet, story, interval_seconds, next_poll_at, created_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING`,
		nf.URL, nf.Outlet, nf.Story, int64(nf.Interval/time.Second), stamp(now), stamp(now))
	if errors.Is(err, sql.ErrNoRows) {
		return Feed{}, fmt.Errorf("store: add feed %s: %w", nf.URL, ErrFeedExists)
	}
	if err != nil {
		return Feed{}, fmt.Errorf("store: add feed %s: %w", nf.URL, err)
	}
	return db.feed(ctx, db.write, id)
}

// Feeds returns every subscription, in the order they were added.
func (db *DB) Feeds(ctx context.Context) ([]Feed, error) {
	rows, err := db.read.QueryContext(ctx, "SELECT "+feedColumns+" FROM feeds ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("store: feeds: %w", err)
	}
	defer rows.Close()
	var out []Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("store: feeds: %w", err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: feeds: %w", err)
	}
	return out, nil
}

// Feed returns subscription id, or ErrNotFound.
func (db *DB) Feed(ctx context.Context, id int64) (Feed, error) {
	return db.feed(ctx, db.read, id)
}

// FeedByURL returns the subscription to url, or ErrNotFound.
func (db *DB) FeedByURL(ctx context.Context, url string) (Feed, error) {
	f, err := scanFeed(db.read.QueryRowContext(ctx, "SELECT "+feedColumns+" FROM feeds WHERE url = ?", url))
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("store: feed %s: %w", url, ErrNotFound)
	}
	if err != nil {
		return f, fmt.Errorf("store: feed %s: %w", url, err)
	}
	return f, nil
}

// feed reads one feed through q: the writer right after a write, so the
// row is there even before a reader connection sees the commit.
func (db *DB) feed(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, id int64) (Feed, error) {
	f, err := scanFeed(q.QueryRowContext(ctx, "SELECT "+feedColumns+" FROM feeds WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("store: feed %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return f, fmt.Errorf("store: feed %d: %w", id, err)
	}
	return f, nil
}

// UpdateFeed changes subscription id as u says, or returns ErrNotFound.
func (db *DB) UpdateFeed(ctx context.Context, id int64, u FeedUpdate) error {
	var sets []string
	var args []any
	if u.Paused != nil {
		p := 0
		if *u.Paused {
			p = 1
		}
		sets, args = append(sets, "paused = ?"), append(args, p)
	}
	if u.Interval != nil {
		sets, args = append(sets, "interval_seconds = ?"), append(args, int64(*u.Interval/time.Second))
	}
	if u.Outlet != nil {
		sets, args = append(sets, "outlet = ?"), append(args, *u.Outlet)
	}
	if u.Story != nil {
		sets, args = append(sets, "story = ?"), append(args, *u.Story)
	}
	if u.PollAt != nil {
		sets, args = append(sets, "next_poll_at = ?"), append(args, stamp(*u.PollAt))
	}
	if len(sets) == 0 {
		sets = []string{"id = id"} // nothing to change; still report a missing feed
	}
	res, err := db.write.ExecContext(ctx, "UPDATE feeds SET "+strings.Join(sets, ", ")+" WHERE id = ?", append(args, id)...)
	if err != nil {
		return fmt.Errorf("store: update feed %d: %w", id, err)
	}
	return feedAffected(res, id)
}

func feedAffected(res sql.Result, id int64) error {
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: feed %d: %w", id, err)
	}
	if n == 0 {
		return fmt.Errorf("store: feed %d: %w", id, ErrNotFound)
	}
	return nil
}

// DeleteFeed removes subscription id. The articles it imported stay: they
// belong to their import batches, which "delete --batch" removes.
func (db *DB) DeleteFeed(ctx context.Context, id int64) error {
	res, err := db.write.ExecContext(ctx, "DELETE FROM feeds WHERE id = ?", id)
	if err != nil {
		return fmt.Errorf("store: delete feed %d: %w", id, err)
	}
	return feedAffected(res, id)
}

// ClaimDueFeed leases the unpaused feed due longest ago at now to owner for
// leaseFor and returns it, or ErrNotFound when no feed is due. The claim is
// one conditional UPDATE checked by its rows affected, so two pollers (two
// goroutines, or two replicas on one database) never hold one feed at
// once; a poller that dies leaves a lease that expires at lease_until.
// On PostgreSQL the UPDATE picks its feed with SELECT ... FOR UPDATE SKIP
// LOCKED, so pollers on several replicas each take a different due feed
// in one statement instead of waiting on one row and trying the next.
func (db *DB) ClaimDueFeed(ctx context.Context, owner string, now time.Time, leaseFor time.Duration) (Feed, error) {
	if owner == "" {
		return Feed{}, errors.New("store: claim feed: empty owner")
	}
	at := stamp(now)
	if db.pg {
		const due = `paused = 0 AND next_poll_at <= ? AND (lease_until IS NULL OR lease_until < ?)`
		// Pollers ask every few seconds, and an UPDATE, even of no row,
		// fires the statement trigger that moves the change counter the
		// page caches follow: look before writing.
		var found bool
		if err := db.read.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM feeds WHERE `+due+`)`, at, at).Scan(&found); err != nil {
			return Feed{}, fmt.Errorf("store: claim feed: %w", err)
		}
		if !found {
			return Feed{}, fmt.Errorf("store: claim feed: %w", ErrNotFound)
		}
		f, err := scanFeed(db.write.QueryRowContext(ctx, `UPDATE feeds SET lease_owner = ?, lease_until = ?
			WHERE id = (SELECT id FROM feeds WHERE `+due+` ORDER BY next_poll_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
			RETURNING `+feedColumns, owner, stamp(now.Add(leaseFor)), at, at))
		if errors.Is(err, sql.ErrNoRows) {
			return Feed{}, fmt.Errorf("store: claim feed: %w", ErrNotFound)
		}
		if err != nil {
			return Feed{}, fmt.Errorf("store: claim feed: %w", err)
		}
		return f, nil
	}
	for {
		// Candidates first, then the claim: another poller may take a
		// candidate between the two, which the claim's own WHERE sees.
		rows, err := db.read.QueryContext(ctx, `SELECT id FROM feeds
			WHERE paused = 0 AND next_poll_at <= ? AND (lease_until IS NULL OR lease_until < ?)
			ORDER BY next_poll_at, id LIMIT 8`, at, at)
		if err != nil {
			return Feed{}, fmt.Errorf("store: claim feed: %w", err)
		}
		var ids []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return Feed{}, fmt.Errorf("store: claim feed: %w", err)
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return Feed{}, fmt.Errorf("store: claim feed: %w", err)
		}
		if len(ids) == 0 {
			return Feed{}, fmt.Errorf("store: claim feed: %w", ErrNotFound)
		}
		for _, id := range ids {
			f, err := db.ClaimFeed(ctx, id, owner, now, leaseFor)
			if err == nil {
				return f, nil
			}
			if !errors.Is(err, ErrLeaseLost) && !errors.Is(err, ErrNotFound) {
				return Feed{}, err
			}
		}
		// Every candidate was taken meanwhile: look again.
	}
}

// ClaimFeed leases feed id to owner for leaseFor when it is unpaused, due
// at now and not leased; otherwise it returns ErrLeaseLost (or ErrNotFound
// for no such feed).
func (db *DB) ClaimFeed(ctx context.Context, id int64, owner string, now time.Time, leaseFor time.Duration) (Feed, error) {
	at := stamp(now)
	res, err := db.write.ExecContext(ctx, `UPDATE feeds SET lease_owner = ?, lease_until = ?
		WHERE id = ? AND paused = 0 AND next_poll_at <= ? AND (lease_until IS NULL OR lease_until < ?)`,
		owner, stamp(now.Add(leaseFor)), id, at, at)
	if err != nil {
		return Feed{}, fmt.Errorf("store: claim feed %d: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return Feed{}, fmt.Errorf("store: claim feed %d: %w", id, err)
	}
	if n == 0 {
		if _, err := db.feed(ctx, db.write, id); err != nil {
			return Feed{}, err
		}
		return Feed{}, fmt.Errorf("store: claim feed %d: %w", id, ErrLeaseLost)
	}
	return db.feed(ctx, db.write, id)
}

// ExtendFeedLease moves the end of owner's lease on feed id to until, for a
// poll that runs long. ErrLeaseLost when owner no longer holds it.
func (db *DB) ExtendFeedLease(ctx context.Context, id int64, owner string, until time.Time) error {
	res, err := db.write.ExecContext(ctx, "UPDATE feeds SET lease_until = ? WHERE id = ? AND lease_owner = ?",
		stamp(until), id, owner)
	if err != nil {
		return fmt.Errorf("store: extend feed lease %d: %w", id, err)
	}
	return leaseAffected(res, id)
}

// ReleaseFeed gives up owner's lease on feed id without recording a poll
// (a poll cancelled by shutdown): the feed stays due.
func (db *DB) ReleaseFeed(ctx context.Context, id int64, owner string) error {
	res, err := db.write.ExecContext(ctx, "UPDATE feeds SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
		id, owner)
	if err != nil {
		return fmt.Errorf("store: release feed %d: %w", id, err)
	}
	return leaseAffected(res, id)
}

func leaseAffected(res sql.Result, id int64) error {
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: feed %d: %w", id, err)
	}
	if n == 0 {
		return fmt.Errorf("store: feed %d: %w", id, ErrLeaseLost)
	}
	return nil
}

// FinishPoll records the outcome of owner's poll of feed id and releases
// its lease. ErrLeaseLost when owner no longer holds the lease (the
// outcome is then not recorded: the poller holding it now records its
// own).
func (db *DB) FinishPoll(ctx context.Context, id int64, owner string, r PollResult) error {
	res, err := db.write.ExecContext(ctx, `UPDATE feeds SET
			state = CASE WHEN ? = '' THEN state ELSE ? END,
			title = CASE WHEN ? = '' THEN title ELSE ? END,
			failures = ?, next_poll_at = ?, last_polled_at = ?,
			last_success_at = CASE WHEN ? = '' THEN last_success_at ELSE ? END,
			last_status = ?, last_error = ?,
			imported_total = imported_total + ?, imported_last = ?,
			last_batch_id = CASE WHEN ? = 0 THEN last_batch_id ELSE ? END,
			lease_owner = NULL, lease_until = NULL
		WHERE id = ? AND lease_owner = ?`,
		r.State, r.State, r.Title, r.Title, r.Failures, stamp(r.NextPoll), stamp(r.Polled),
		stampOrEmpty(r.LastSuccess), stampOrEmpty(r.LastSuccess), r.Status, r.Error, r.Imported, r.Imported,
		r.Batch, r.Batch, id, owner)
	if err != nil {
		return fmt.Errorf("store: finish poll of feed %d: %w", id, err)
	}
	return leaseAffected(res, id)
}

// NextFeedPoll returns when the next unpaused feed is due (its lease's end
// when it is being polled), and false when there is none.
func (db *DB) NextFeedPoll(ctx context.Context) (time.Time, bool, error) {
	var next sql.NullString
	// Plain CASE rather than SQLite's two-argument max(), so the query reads
	// the same on other SQL databases.
	err := db.read.QueryRowContext(ctx, `SELECT min(CASE WHEN lease_until > next_poll_at THEN lease_until ELSE next_poll_at END)
		FROM feeds WHERE paused = 0`).Scan(&next)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("store: next feed poll: %w", err)
	}
	if !next.Valid {
		return time.Time{}, false, nil
	}
	return parseStamp(next.String), true, nil
}

package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

func TestFeedAddUpdateDelete(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	t0 := time.Date(2031, 5, 6, 7, 0, 0, 0, time.UTC)
	f, err := db.AddFeed(ctx, NewFeed{URL: "https://news.test/rss", Outlet: "News Test", Story: "dam", Interval: time.Hour}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if f.ID == 0 || f.URL != "https://news.test/rss" || f.Outlet != "News Test" || f.Story != "dam" || f.Interval != time.Hour ||
		!f.NextPoll.Equal(t0) || !f.Created.Equal(t0) || f.Paused || f.State != "{}" || !f.LastPolled.IsZero() {
		t.Fatalf("AddFeed = %+v, want the subscription due at once", f)
	}
	if _, err := db.AddFeed(ctx, NewFeed{URL: "https://news.test/rss"}, t0); !errors.Is(err, ErrFeedExists) {
		t.Errorf("second AddFeed of one URL: err = %v, want ErrFeedExists", err)
	}
	if _, err := db.AddFeed(ctx, NewFeed{URL: "https://other.test/atom"}, t0); err != nil {
		t.Fatal(err)
	}

	paused, iv, outlet, story, at := true, 2*time.Hour, "", "flood", t0.Add(time.Minute)
	tests := []struct {
		name  string
		u     FeedUpdate
		check func(Feed) bool
	}{
		{"pause", FeedUpdate{Paused: &paused}, func(f Feed) bool { return f.Paused }},
		{"interval", FeedUpdate{Interval: &iv}, func(f Feed) bool { return f.Interval == 2*time.Hour && f.Paused }},
		{"outlet cleared", FeedUpdate{Outlet: &outlet}, func(f Feed) bool { return f.Outlet == "" }},
		{"story", FeedUpdate{Story: &story}, func(f Feed) bool { return f.Story == "flood" }},
		{"poll at", FeedUpdate{PollAt: &at}, func(f Feed) bool { return f.NextPoll.Equal(at) }},
		{"nothing", FeedUpdate{}, func(f Feed) bool { return f.Story == "flood" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := db.UpdateFeed(ctx, f.ID, tt.u); err != nil {
				t.Fatal(err)
			}
			got, err := db.Feed(ctx, f.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(got) {
				t.Errorf("after %s: got %+v", tt.name, got)
			}
		})
	}
	if err := db.UpdateFeed(ctx, 999, FeedUpdate{Paused: &paused}); !errors.Is(err, ErrNotFound) {
		t.Errorf("UpdateFeed of a missing feed: err = %v, want ErrNotFound", err)
	}
	all, err := db.Feeds(ctx)
	if err != nil || len(all) != 2 || all[0].ID != f.ID {
		t.Fatalf("Feeds = %+v, %v; want two, oldest first", all, err)
	}
	if got, err := db.FeedByURL(ctx, "https://other.test/atom"); err != nil || got.ID != all[1].ID {
		t.Errorf("FeedByURL = %+v, %v", got, err)
	}
	if err := db.DeleteFeed(ctx, f.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Feed(ctx, f.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Feed after delete: err = %v, want ErrNotFound", err)
	}
	if err := db.DeleteFeed(ctx, f.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second DeleteFeed: err = %v, want ErrNotFound", err)
	}
}

func TestFeedClaimLeaseAndFinish(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	t0 := time.Date(2031, 5, 6, 7, 0, 0, 0, time.UTC)
	a, _ := db.AddFeed(ctx, NewFeed{URL: "https://a.test/rss"}, t0)
	b, _ := db.AddFeed(ctx, NewFeed{URL: "https://b.test/rss"}, t0.Add(time.Minute))
	lease := 5 * time.Minute

	// At t0 only a is due.
	got, err := db.ClaimDueFeed(ctx, "r1", t0, lease)
	if err != nil || got.ID != a.ID || got.LeaseOwner != "r1" || !got.LeaseUntil.Equal(t0.Add(lease)) {
		t.Fatalf("first claim = %+v, %v; want feed a leased to r1", got, err)
	}
	if _, err := db.ClaimDueFeed(ctx, "r2", t0, lease); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second claim while a is leased: err = %v, want ErrNotFound", err)
	}
	if _, err := db.ClaimFeed(ctx, a.ID, "r2", t0.Add(time.Minute), lease); !errors.Is(err, ErrLeaseLost) {
		t.Fatalf("claim of a leased feed: err = %v, want ErrLeaseLost", err)
	}
	// b is due a minute later; a's lease still holds.
	if got, err := db.ClaimDueFeed(ctx, "r2", t0.Add(time.Minute), lease); err != nil || got.ID != b.ID {
		t.Fatalf("claim at t0+1m = %+v, %v; want feed b", got, err)
	}
	if n, ok, err := db.NextFeedPoll(ctx); err != nil || !ok || !n.Equal(t0.Add(lease)) {
		t.Errorf("NextFeedPoll = %v, %v, %v; want a's lease end %v", n, ok, err, t0.Add(lease))
	}

	// r1 dies: its lease expires and r2 takes a over; r1's late result is refused.
	later := t0.Add(lease + time.Second)
	if got, err := db.ClaimDueFeed(ctx, "r2", later, lease); err != nil || got.ID != a.ID {
		t.Fatalf("claim after the lease expired = %+v, %v; want feed a", got, err)
	}
	res := PollResult{State: `{"etag":"x"}`, Title: "A", NextPoll: later.Add(time.Hour), Polled: later, LastSuccess: later,
		Status: "ok", Imported: 3, Batch: 7}
	if err := db.FinishPoll(ctx, a.ID, "r1", res); !errors.Is(err, ErrLeaseLost) {
		t.Fatalf("FinishPoll by the old owner: err = %v, want ErrLeaseLost", err)
	}
	if err := db.ExtendFeedLease(ctx, a.ID, "r2", later.Add(2*lease)); err != nil {
		t.Fatal(err)
	}
	if err := db.FinishPoll(ctx, a.ID, "r2", res); err != nil {
		t.Fatal(err)
	}
	// A failure keeps the state, title, last success and batch, and adds no articles.
	fail := PollResult{Failures: 1, NextPoll: later.Add(3 * time.Hour), Polled: later.Add(time.Hour), Status: "error", Error: "timed out"}
	if _, err := db.ClaimFeed(ctx, a.ID, "r2", later.Add(time.Hour), lease); err != nil {
		t.Fatal(err)
	}
	if err := db.FinishPoll(ctx, a.ID, "r2", fail); err != nil {
		t.Fatal(err)
	}
	got, err = db.Feed(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.State != `{"etag":"x"}` || got.Title != "A" || !got.LastSuccess.Equal(later) || got.LastBatch != 7 || got.Imported != 3 ||
		got.LastImported != 0 || got.Failures != 1 || got.LastStatus != "error" || got.LastError != "timed out" ||
		!got.NextPoll.Equal(later.Add(3*time.Hour)) || got.LeaseOwner != "" || got.Polling(later) {
		t.Errorf("after a success and a failure: %+v", got)
	}
	// A paused feed is never claimed, even when due.
	paused := true
	if err := db.UpdateFeed(ctx, b.ID, FeedUpdate{Paused: &paused}); err != nil {
		t.Fatal(err)
	}
	if err := db.ReleaseFeed(ctx, b.ID, "r2"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ClaimFeed(ctx, b.ID, "r1", later.Add(24*time.Hour), lease); !errors.Is(err, ErrLeaseLost) {
		t.Errorf("claim of a paused feed: err = %v, want ErrLeaseLost", err)
	}
}

// TestFeedClaimConcurrent has many pollers claim at once: each due feed goes
// to exactly one of them.
func TestFeedClaimConcurrent(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	t0 := time.Date(2031, 5, 6, 7, 0, 0, 0, time.UTC)
	const feeds, pollers = 5, 8
	for i := range feeds {
		if _, err := db.AddFeed(ctx, NewFeed{URL: "https://x.test/" + string(rune('a'+i))}, t0); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	claimed := map[int64][]string{}
	var wg sync.WaitGroup
	for p := range pollers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			owner := "p" + string(rune('0'+p))
			for {
				f, err := db.ClaimDueFeed(ctx, owner, t0, time.Minute)
				if errors.Is(err, ErrNotFound) {
					return
				}
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				claimed[f.ID] = append(claimed[f.ID], owner)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(claimed) != feeds {
		t.Errorf("%d feeds claimed, want %d", len(claimed), feeds)
	}
	for id, owners := range claimed {
		if len(owners) != 1 {
			t.Errorf("feed %d claimed by %v, want one poller", id, owners)
		}
	}
}

// TestFeedClaimReplicasPG has pollers on several replicas (each its own
// *DB, so its own connection pools, on one PostgreSQL schema) claim due
// feeds at once, some through ClaimDueFeed (SKIP LOCKED) and some through
// ClaimFeed by ID (the conditional UPDATE): each feed goes to exactly one.
func TestFeedClaimReplicasPG(t *testing.T) {
	const replicas, pollers, feeds = 4, 3, 60
	dbs := pgReplicas(t, replicas)
	ctx := context.Background()
	t0 := time.Date(2031, 5, 6, 7, 0, 0, 0, time.UTC)
	var ids []int64
	for i := range feeds {
		f, err := dbs[i%replicas].AddFeed(ctx, NewFeed{URL: fmt.Sprintf("https://r.test/%d", i)}, t0.Add(time.Duration(i%7)*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, f.ID)
	}
	at := t0.Add(time.Minute)
	var mu sync.Mutex
	claimed := map[int64][]string{}
	record := func(id int64, owner string) {
		mu.Lock()
		claimed[id] = append(claimed[id], owner)
		mu.Unlock()
	}
	var wg sync.WaitGroup
	for r, db := range dbs {
		for p := range pollers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				owner := fmt.Sprintf("r%d-p%d", r, p)
				if p == 0 {
					// By ID, every feed in turn, from a different start per replica.
					for k := range ids {
						id := ids[(k+r*feeds/replicas)%feeds]
						f, err := db.ClaimFeed(ctx, id, owner, at, time.Hour)
						if errors.Is(err, ErrLeaseLost) {
							continue
						}
						if err != nil {
							t.Error(err)
							return
						}
						record(f.ID, owner)
					}
					return
				}
				for {
					f, err := db.ClaimDueFeed(ctx, owner, at, time.Hour)
					if errors.Is(err, ErrNotFound) {
						return
					}
					if err != nil {
						t.Error(err)
						return
					}
					if f.LeaseOwner != owner {
						t.Errorf("claim by %s returned lease owner %q", owner, f.LeaseOwner)
					}
					record(f.ID, owner)
				}
			}()
		}
	}
	wg.Wait()
	if len(claimed) != feeds {
		t.Errorf("%d feeds claimed, want %d", len(claimed), feeds)
	}
	for id, owners := range claimed {
		if len(owners) != 1 {
			t.Errorf("feed %d claimed by %v, want one poller", id, owners)
		}
	}
	all, err := dbs[0].Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range all {
		if owners := claimed[f.ID]; len(owners) == 1 && f.LeaseOwner != owners[0] {
			t.Errorf("feed %d: stored lease owner %q, claimed by %s", f.ID, f.LeaseOwner, owners[0])
		}
	}
}

// pgReplicas opens n handles (as n replicas would: each its own pools) on
// one fresh PostgreSQL schema, or skips without a server.
func pgReplicas(t *testing.T, n int) []*DB {
	t.Helper()
	base := pgBase(t)
	ctx := context.Background()
	u, drop, err := NewPGSchema(ctx, base, "st")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(drop)
	dbs := make([]*DB, n)
	for i := range dbs {
		db, err := Open(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		dbs[i] = db
	}
	return dbs
}

// handles opens n handles on one database, as n processes or replicas
// would: one fresh PostgreSQL schema under FRAMELENS_TEST_PG, else one
// SQLite file.
func handles(t *testing.T, n int) []*DB {
	t.Helper()
	if os.Getenv("FRAMELENS_TEST_PG") != "" {
		return pgReplicas(t, n)
	}
	path := filepath.Join(t.TempDir(), "shared.db")
	dbs := make([]*DB, n)
	for i := range dbs {
		db, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		dbs[i] = db
	}
	return dbs
}

// TestFeedIdlePollChangesNothing: a poller's look for due feeds when none
// is due commits nothing the page caches see (Watch), on either backend.
func TestFeedIdlePollChangesNothing(t *testing.T) {
	ctx := context.Background()
	dbs := handles(t, 2)
	poller, server := dbs[0], dbs[1]
	t0 := time.Date(2031, 5, 6, 7, 0, 0, 0, time.UTC)
	f, err := poller.AddFeed(ctx, NewFeed{URL: "https://idle.test/rss"}, t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	w, err := server.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	v0, err := w.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := poller.ClaimDueFeed(ctx, "r1", t0, time.Minute); !errors.Is(err, ErrNotFound) {
			t.Fatalf("claim with nothing due: err = %v, want ErrNotFound", err)
		}
	}
	if v, err := w.Version(ctx); err != nil || v != v0 {
		t.Errorf("Watch version after idle polls = %d, %v; want %d (unchanged)", v, err, v0)
	}
	// A claim is a change.
	if _, err := poller.ClaimDueFeed(ctx, "r1", t0.Add(time.Hour), time.Minute); err != nil {
		t.Fatal(err)
	}
	if v, err := w.Version(ctx); err != nil || v == v0 {
		t.Errorf("Watch version after a claim of feed %d = %d, %v; want it changed from %d", f.ID, v, err, v0)
	}
}

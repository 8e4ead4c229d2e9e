package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestSessionExpiry(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	t0 := time.Date(2031, 1, 2, 8, 0, 0, 0, time.UTC)
	if err := db.CreateSession(ctx, "h1", Session{Role: "admin", CSRF: "tok", Created: t0, Expires: t0.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		hash string
		at   time.Time
		want error
	}{
		{"valid", "h1", t0.Add(59 * time.Minute), nil},
		{"at expiry", "h1", t0.Add(time.Hour), ErrNotFound},
		{"after expiry", "h1", t0.Add(2 * time.Hour), ErrNotFound},
		{"unknown", "h2", t0, ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := db.Session(ctx, tt.hash, tt.at)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Session err = %v, want %v", err, tt.want)
			}
			if err == nil && (s.Role != "admin" || s.CSRF != "tok") {
				t.Errorf("Session = %+v, want role admin, csrf tok", s)
			}
		})
	}
	n, err := db.DeleteExpiredSessions(ctx, t0.Add(2*time.Hour))
	if err != nil || n != 1 {
		t.Errorf("DeleteExpiredSessions = %d, %v; want 1, nil", n, err)
	}
}

func TestLexiconEditAndHistory(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	edit := LexiconEdit{Entries: []LocalEntry{{ID: "x.a", Pack: "p", Body: "id: x.a\n"}}, Packs: []LocalPack{{ID: "p", Disabled: true}},
		Version: "v1", Change: "first"}
	if err := db.SaveLexiconEdit(ctx, edit); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveLexiconEdit(ctx, LexiconEdit{DeletePacks: []string{"p"}, Version: "v2", Change: "second"}); err != nil {
		t.Fatal(err)
	}
	packs, entries, err := db.LocalLexicon(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(packs) != 0 || len(entries) != 1 || entries[0].Body != "id: x.a\n" || entries[0].Pack != "p" {
		t.Errorf("LocalLexicon = %+v, %+v; want no pack and entry x.a", packs, entries)
	}
	h, err := db.LexiconHistory(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 || h[0].Version != "v2" || h[1].Change != "first" {
		t.Errorf("LexiconHistory = %+v; want v2 (second) then v1 (first)", h)
	}
}

func TestRescoreJobs(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	id, err := db.StartRescoreJob(ctx, "v1", 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.RescoreJobProgress(ctx, id, 4); err != nil {
		t.Fatal(err)
	}
	if err := db.InterruptRescoreJobs(ctx); err != nil {
		t.Fatal(err)
	}
	jobs, err := db.RescoreJobs(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 1 || jobs[0].Done != 4 || jobs[0].State != "interrupted" || jobs[0].Finished == "" {
		t.Errorf("RescoreJobs = %+v; want one interrupted job at 4 of 10", jobs)
	}
}

// TestRescoreLockReplicasPG: one rescore at a time across replicas; a
// replica starting meanwhile leaves the live job running but interrupts an
// older one left by a dead replica; a replica that dies (its connection
// ends) frees the lock without anyone releasing it.
func TestRescoreLockReplicasPG(t *testing.T) {
	ctx := context.Background()
	dbs := pgReplicas(t, 2)
	a, b := dbs[0], dbs[1]
	stale, err := a.StartRescoreJob(ctx, "v0", 5) // left running by a replica that died
	if err != nil {
		t.Fatal(err)
	}
	release, err := a.LockRescore(ctx)
	if err != nil {
		t.Fatal(err)
	}
	live, err := a.StartRescoreJob(ctx, "v1", 10)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.LockRescore(ctx); !errors.Is(err, ErrRescoreRunning) {
		t.Fatalf("second replica's LockRescore: err = %v, want ErrRescoreRunning", err)
	}
	if err := b.InterruptRescoreJobs(ctx); err != nil {
		t.Fatal(err)
	}
	states := func() map[int64]string {
		jobs, err := b.RescoreJobs(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		m := map[int64]string{}
		for _, j := range jobs {
			m[j.ID] = j.State
		}
		return m
	}
	if got := states(); got[stale] != "interrupted" || got[live] != "running" {
		t.Errorf("after a start beside a live rescore: states %v; want job %d interrupted, %d running", got, stale, live)
	}
	release()
	release() // twice is harmless
	rb, err := b.LockRescore(ctx)
	if err != nil {
		t.Fatalf("LockRescore after release: %v", err)
	}
	// b dies holding the lock: its backend is terminated, as when its
	// process is killed and the server closes the connection.
	var pid int
	if err := a.read.QueryRowContext(ctx, `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted
		AND classid = ? AND objid = (`+pgSchemaKey+`)::oid`, pgRescoreLock).Scan(&pid); err != nil {
		t.Fatalf("find the lock holder: %v", err)
	}
	var ended bool // with a timeout, pg_terminate_backend waits for the backend to end
	if err := a.read.QueryRowContext(ctx, "SELECT pg_terminate_backend(?, 60000)", pid).Scan(&ended); err != nil || !ended {
		t.Fatalf("terminate the lock holder: %v, %v", ended, err)
	}
	rb() // the connection is gone: releasing must not fail or hang
	ra, err := a.LockRescore(ctx)
	if err != nil {
		t.Fatalf("LockRescore after the holder died: %v", err)
	}
	ra()
	if err := a.InterruptRescoreJobs(ctx); err != nil {
		t.Fatal(err)
	}
	if got := states(); got[live] != "interrupted" {
		t.Errorf("after the holder died: states %v; want job %d interrupted", got, live)
	}
}

// TestLexiconEditAfter: two servers (two handles on one database) edit
// the lexicon from the same history row; the second edit is refused and
// saves nothing, and succeeds once made from the newest row.
func TestLexiconEditAfter(t *testing.T) {
	ctx := context.Background()
	dbs := handles(t, 2)
	a, b := dbs[0], dbs[1]
	first, err := a.SaveLexiconEditAfter(ctx, LexiconEdit{Entries: []LocalEntry{{ID: "x.a", Pack: "p", Body: "id: x.a\n"}},
		Version: "v1", Change: "first"}, 0)
	if err != nil || first <= 0 {
		t.Fatalf("first edit = %d, %v", first, err)
	}
	stale := LexiconEdit{Entries: []LocalEntry{{ID: "x.b", Pack: "p", Body: "id: x.b\n"}}, Version: "v1b", Change: "stale"}
	if _, err := b.SaveLexiconEditAfter(ctx, stale, 0); !errors.Is(err, ErrLexiconChanged) {
		t.Fatalf("edit made before the first was saved: err = %v, want ErrLexiconChanged", err)
	}
	_, entries, err := b.LocalLexicon(ctx)
	if err != nil || len(entries) != 1 || entries[0].ID != "x.a" {
		t.Fatalf("entries after the refused edit = %+v, %v; want only x.a", entries, err)
	}
	second, err := b.SaveLexiconEditAfter(ctx, stale, first)
	if err != nil || second <= first {
		t.Fatalf("edit made from the newest change = %d, %v; want an ID after %d", second, err, first)
	}
	h, err := a.LexiconHistory(ctx, 5)
	if err != nil || len(h) != 2 || h[0].ID != second || h[0].Change != "stale" {
		t.Errorf("history = %+v, %v; want the two saved edits, newest first", h, err)
	}
	if _, err := a.SaveLexiconEditAfter(ctx, stale, -1); err == nil {
		t.Error("negative history ID accepted")
	}
}

// TestLexiconEditAfterConcurrent: servers saving edits from the same
// history row at the same moment: exactly one of each round is saved.
func TestLexiconEditAfterConcurrent(t *testing.T) {
	ctx := context.Background()
	dbs := handles(t, 4)
	var latest int64
	for round := range 10 {
		ids := make(chan int64, len(dbs))
		var wg sync.WaitGroup
		for i, db := range dbs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				edit := LexiconEdit{Entries: []LocalEntry{{ID: fmt.Sprintf("x.%d.%d", round, i), Pack: "p", Body: "b"}},
					Version: "v", Change: "c"}
				id, err := db.SaveLexiconEditAfter(ctx, edit, latest)
				if err != nil && !errors.Is(err, ErrLexiconChanged) {
					t.Error(err)
				}
				if err == nil {
					ids <- id
				}
			}()
		}
		wg.Wait()
		close(ids)
		var saved []int64
		for id := range ids {
			saved = append(saved, id)
		}
		if len(saved) != 1 {
			t.Fatalf("round %d: %d edits saved from change %d, want 1", round, len(saved), latest)
		}
		latest = saved[0]
	}
	_, entries, err := dbs[0].LocalLexicon(ctx)
	if err != nil || len(entries) != 10 {
		t.Errorf("entries = %d, %v; want 10, one per round", len(entries), err)
	}
}

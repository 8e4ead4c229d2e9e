package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"
)

// The state of migration 0009 is written through one handle and read
// through another, as two replicas (or two servers on one SQLite file) do.

var stateT0 = time.Date(2031, 5, 6, 7, 8, 9, 0, time.UTC)

func TestImportJobAcrossReplicas(t *testing.T) {
	ctx := context.Background()
	dbs := handles(t, 2)
	a, b := dbs[0], dbs[1]
	job := ImportJob{Token: "tok-1", Source: "web upload: a.txt b.csv", Inputs: []string{"a.txt", "b.csv"},
		Started: stateT0, Owner: "replica-a"}
	if err := a.StartImportJob(ctx, job, stateT0, 20); err != nil {
		t.Fatal(err)
	}
	// Progress in two heartbeats; failures come in any order of inputs.
	if err := a.UpdateImportJob(ctx, "tok-1", "replica-a", ImportProgress{Stored: 3,
		NewFailures: []ImportFailure{{Source: "b.csv", Line: 4, Error: "no text"}}}, stateT0.Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := a.UpdateImportJob(ctx, "tok-1", "replica-a", ImportProgress{Stored: 7,
		NewFailures: []ImportFailure{{Source: "a.txt", Error: "binary"}, {Source: "b.csv", Line: 2, Error: "no outlet"}}},
		stateT0.Add(2*time.Second)); err != nil {
		t.Fatal(err)
	}
	// Another replica may not write the job.
	if err := b.UpdateImportJob(ctx, "tok-1", "replica-b", ImportProgress{Stored: 99}, stateT0); !errors.Is(err, ErrNotFound) {
		t.Errorf("update by another owner: err = %v, want ErrNotFound", err)
	}
	got, err := b.ImportJobByToken(ctx, "tok-1", stateT0.Add(3*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	wantFailed := []ImportFailure{{"a.txt", 0, "binary"}, {"b.csv", 4, "no text"}, {"b.csv", 2, "no outlet"}}
	if got.State != ImportRunning || got.Stored != 7 || got.Source != job.Source || !reflect.DeepEqual(got.Inputs, job.Inputs) ||
		!got.Started.Equal(stateT0) || got.Owner != "replica-a" || !reflect.DeepEqual(got.Failed, wantFailed) {
		t.Errorf("running job read elsewhere = %+v, want running, 7 stored, inputs %v, failures %v", got, job.Inputs, wantFailed)
	}
	if err := a.UpdateImportJob(ctx, "tok-1", "replica-a", ImportProgress{Stored: 8, State: ImportDone,
		Result: `{"imported":8}`}, stateT0.Add(4*time.Second)); err != nil {
		t.Fatal(err)
	}
	// An ended job stays ended however old its heartbeat, and takes no more progress.
	got, err = b.ImportJobByToken(ctx, "tok-1", stateT0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if got.State != ImportDone || got.Stored != 8 || got.Result != `{"imported":8}` || !got.Finished.Equal(stateT0.Add(4*time.Second)) ||
		len(got.Failed) != 3 {
		t.Errorf("ended job = %+v, want done with 8 stored, its result, finish time and 3 failures", got)
	}
	if err := a.UpdateImportJob(ctx, "tok-1", "replica-a", ImportProgress{Stored: 1}, stateT0.Add(5*time.Second)); !errors.Is(err, ErrNotFound) {
		t.Errorf("progress after the end: err = %v, want ErrNotFound", err)
	}
	if _, err := b.ImportJobByToken(ctx, "no-such", stateT0); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown job: err = %v, want ErrNotFound", err)
	}
}

func TestImportJobInterruptedAfterLease(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	if err := db.StartImportJob(ctx, ImportJob{Token: "t", Source: "s", Started: stateT0, Owner: "dead"}, stateT0, 20); err != nil {
		t.Fatal(err)
	}
	beat := stateT0.Add(10 * time.Second)
	if err := db.UpdateImportJob(ctx, "t", "dead", ImportProgress{Stored: 2}, beat); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		at   time.Time
		want string
	}{
		{beat, ImportRunning},
		{beat.Add(ImportLease), ImportRunning},
		{beat.Add(ImportLease + time.Second), ImportInterrupted},
		{beat.Add(24 * time.Hour), ImportInterrupted},
	}
	for _, tt := range tests {
		got, err := db.ImportJobByToken(ctx, "t", tt.at)
		if err != nil {
			t.Fatal(err)
		}
		if got.State != tt.want || got.Stored != 2 {
			t.Errorf("%v after the last heartbeat: state %q, %d stored; want %q, 2", tt.at.Sub(beat), got.State, got.Stored, tt.want)
		}
	}
}

func TestImportJobsPruned(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	const keep = 3
	start := func(tok string, at time.Time) {
		t.Helper()
		if err := db.StartImportJob(ctx, ImportJob{Token: tok, Source: tok, Started: at, Owner: "o"}, at, keep); err != nil {
			t.Fatal(err)
		}
	}
	finish := func(tok string, at time.Time) {
		t.Helper()
		p := ImportProgress{State: ImportDone, NewFailures: []ImportFailure{{Source: tok, Error: "x"}}}
		if err := db.UpdateImportJob(ctx, tok, "o", p, at); err != nil {
			t.Fatal(err)
		}
	}
	// "live" runs (heartbeat fresh) throughout; "dead" stopped beating long ago.
	start("dead", stateT0)
	start("live", stateT0.Add(time.Hour))
	for i := range 5 {
		at := stateT0.Add(time.Hour + time.Duration(i+1)*time.Second)
		tok := fmt.Sprintf("job%d", i)
		start(tok, at)
		finish(tok, at)
	}
	at := stateT0.Add(time.Hour + 10*time.Second)
	for _, tt := range []struct {
		tok  string
		kept bool
	}{{"dead", false}, {"live", true}, {"job0", false}, {"job1", false}, {"job2", true}, {"job3", true}, {"job4", true}} {
		_, err := db.ImportJobByToken(ctx, tt.tok, at)
		if kept := err == nil; kept != tt.kept || (err != nil && !errors.Is(err, ErrNotFound)) {
			t.Errorf("job %s: err = %v, want kept %v", tt.tok, err, tt.kept)
		}
	}
	var orphans int
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM import_job_failures
		WHERE job_id NOT IN (SELECT id FROM import_jobs)`).Scan(&orphans); err != nil || orphans != 0 {
		t.Errorf("failures of pruned jobs left: %d (%v), want 0", orphans, err)
	}
}

func TestLoginFailuresAcrossReplicas(t *testing.T) {
	ctx := context.Background()
	dbs := handles(t, 2)
	a, b := dbs[0], dbs[1]
	const window = 15 * time.Minute
	at := stateT0.Add(123 * time.Millisecond)
	for i, db := range []*DB{a, b, a, b} {
		n, err := db.AddLoginFailure(ctx, "admin 203.0.113.7", at.Add(time.Duration(i)*time.Second), window)
		if err != nil {
			t.Fatal(err)
		}
		if n != i+1 {
			t.Errorf("failure %d through handle %d: count %d, want %d", i+1, i%2, n, i+1)
		}
	}
	n, last, err := a.LoginFailures(ctx, "admin 203.0.113.7")
	if err != nil || n != 4 || !last.Equal(at.Add(3*time.Second)) {
		t.Errorf("LoginFailures = %d, %v, %v; want 4 at %v (to the millisecond)", n, last, err, at.Add(3*time.Second))
	}
	if n, _, err := b.LoginFailures(ctx, "admin 203.0.113.8"); err != nil || n != 0 {
		t.Errorf("another client: %d failures, %v; want 0", n, err)
	}
	// After the window the count starts again, and old rows are pruned.
	if _, err := a.AddLoginFailure(ctx, "viewer 198.51.100.1", at, window); err != nil {
		t.Fatal(err)
	}
	later := at.Add(3*time.Second + window + time.Millisecond)
	if n, err := b.AddLoginFailure(ctx, "admin 203.0.113.7", later, window); err != nil || n != 1 {
		t.Errorf("failure after the window: count %d, %v; want 1", n, err)
	}
	if n, _, err := a.LoginFailures(ctx, "viewer 198.51.100.1"); err != nil || n != 0 {
		t.Errorf("expired client's row: %d failures, %v; want it pruned", n, err)
	}
	if err := b.ClearLoginFailures(ctx, "admin 203.0.113.7"); err != nil {
		t.Fatal(err)
	}
	if n, _, err := a.LoginFailures(ctx, "admin 203.0.113.7"); err != nil || n != 0 {
		t.Errorf("after a success: %d failures, %v; want 0", n, err)
	}
}

// TestLoginFailuresConcurrent: failures arriving at once through two
// handles are each counted.
func TestLoginFailuresConcurrent(t *testing.T) {
	ctx := context.Background()
	dbs := handles(t, 2)
	const each = 20
	errc := make(chan error, 2*each)
	for _, db := range dbs {
		go func() {
			for range each {
				_, err := db.AddLoginFailure(ctx, "admin 192.0.2.1", stateT0, time.Hour)
				errc <- err
			}
		}()
	}
	for range 2 * each {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
	if n, _, err := dbs[0].LoginFailures(ctx, "admin 192.0.2.1"); err != nil || n != 2*each {
		t.Errorf("failures = %d, %v; want %d", n, err, 2*each)
	}
}

func TestRescoreRunningAcrossReplicas(t *testing.T) {
	ctx := context.Background()
	dbs := handles(t, 2)
	a, b := dbs[0], dbs[1]
	running := func() bool {
		t.Helper()
		r, err := b.RescoreRunning(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if running() {
		t.Fatal("running before any rescore, want not")
	}
	release, err := a.LockRescore(ctx)
	if err != nil {
		t.Fatal(err)
	}
	id, err := a.StartRescoreJob(ctx, "v1", 10)
	if err != nil {
		t.Fatal(err)
	}
	if !running() {
		t.Error("not running while a rescore holds the lock and its job runs, want running")
	}
	if err := a.FinishRescoreJob(ctx, id, 10, "done", ""); err != nil {
		t.Fatal(err)
	}
	release()
	if running() {
		t.Error("running after the rescore ended, want not")
	}
}

// TestReplicaStateLeavesPagesCached: on PostgreSQL, writing import progress
// or login failures does not bump the change counter, which would empty
// every replica's page cache at each heartbeat and mistyped password.
func TestReplicaStateLeavesPagesCached(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	if !db.pg {
		t.Skip("SQLite has no change counter: PRAGMA data_version moves with every commit")
	}
	count := func() int64 {
		t.Helper()
		var n int64
		if err := db.read.QueryRowContext(ctx, pgChangeCount).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := count()
	if err := db.StartImportJob(ctx, ImportJob{Token: "t", Source: "s", Started: stateT0, Owner: "o"}, stateT0, 20); err != nil {
		t.Fatal(err)
	}
	p := ImportProgress{Stored: 1, NewFailures: []ImportFailure{{Source: "a", Error: "e"}}}
	if err := db.UpdateImportJob(ctx, "t", "o", p, stateT0); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddLoginFailure(ctx, "admin 192.0.2.1", stateT0, time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := db.ClearLoginFailures(ctx, "admin 192.0.2.1"); err != nil {
		t.Fatal(err)
	}
	if after := count(); after != before {
		t.Errorf("change counter %d -> %d after import progress and login failures, want unchanged", before, after)
	}
	// The tables pages read still bump it.
	if _, err := db.StartRescoreJob(ctx, "v", 1); err != nil {
		t.Fatal(err)
	}
	if after := count(); after == before {
		t.Errorf("change counter unchanged after a rescore job row, want bumped")
	}
}

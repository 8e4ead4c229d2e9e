package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// State that several replicas on one database must share and that used to
// live in one process's memory (migration 0009): the progress of web
// imports, the login rate limiter's failure counts, and whether a rescore
// runs. Any replica answers for any of them.

// ImportLease is how long a running web import may go without a heartbeat
// before it is shown as interrupted: the replica running it writes one at
// least every ImportHeartbeat, so a job is only declared dead after several
// missed beats.
const (
	ImportLease     = 30 * time.Second
	ImportHeartbeat = 5 * time.Second
)

// Import job states. ImportInterrupted is never stored: it is what a
// running job whose heartbeat is older than ImportLease reads as.
const (
	ImportRunning     = "running"
	ImportDone        = "done"
	ImportFailed      = "failed"
	ImportInterrupted = "interrupted"
)

// ImportJob is a web import and its progress, as any replica reads it.
type ImportJob struct {
	Token     string // the random ID in the progress page's address
	Source    string
	Inputs    []string
	Started   time.Time
	State     string // ImportRunning, ImportDone, ImportFailed or ImportInterrupted
	Stored    int    // articles handled so far
	Result    string // the import's summary as JSON, "" until it ends
	Error     string
	Owner     string // the process running it
	Heartbeat time.Time
	Finished  time.Time // zero while running
	Failed    []ImportFailure
}

// ImportFailure is one input of a web import that could not be imported.
type ImportFailure struct {
	Source string
	Line   int
	Error  string
}

// ImportProgress is what the replica running an import writes at each
// heartbeat: the count so far and the failures found since the last one.
// With State set (ImportDone or ImportFailed) it is the last, ending the job.
type ImportProgress struct {
	Stored      int
	NewFailures []ImportFailure
	State       string // "" while running
	Result      string
	Error       string
}

// StartImportJob records a new running web import, owned by j.Owner, at
// time at, and prunes the oldest jobs so that at most keep remain. A job
// that still runs is never pruned.
func (db *DB) StartImportJob(ctx context.Context, j ImportJob, at time.Time, keep int) error {
	inputs, err := json.Marshal(j.Inputs)
	if err != nil {
		return fmt.Errorf("store: start import job: %w", err)
	}
	if j.Inputs == nil {
		inputs = []byte("[]")
	}
	stale := stamp(at.Add(-ImportLease))
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: start import job: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO import_jobs (token, source, inputs, started_at, owner, heartbeat_at)
		VALUES (?, ?, ?, ?, ?, ?)`, j.Token, j.Source, string(inputs), stamp(j.Started), j.Owner, stamp(at)); err != nil {
		return fmt.Errorf("store: start import job: %w", err)
	}
	// The keep newest stay, and any job still running (a fresh heartbeat);
	// their failures go with the others (ON DELETE CASCADE).
	if _, err := tx.ExecContext(ctx, `DELETE FROM import_jobs
		WHERE id NOT IN (SELECT id FROM import_jobs ORDER BY id DESC LIMIT ?)
		  AND (state <> 'running' OR heartbeat_at < ?)`, keep, stale); err != nil {
		return fmt.Errorf("store: prune import jobs: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: start import job: %w", err)
	}
	return nil
}

// UpdateImportJob records the progress p of the import token, run by
// owner, at time at (its heartbeat). Only the owner's running job is
// changed: a job another replica already declared over stays so.
func (db *DB) UpdateImportJob(ctx context.Context, token, owner string, p ImportProgress, at time.Time) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: import job %s: %w", token, err)
	}
	defer tx.Rollback()
	var id int64
	var seq int
	err = tx.QueryRowContext(ctx, `SELECT id, (SELECT count(*) FROM import_job_failures f WHERE f.job_id = j.id)
		FROM import_jobs j WHERE token = ? AND owner = ? AND state = 'running'`, token, owner).Scan(&id, &seq)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: import job %s of %s: %w", token, owner, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("store: import job %s: %w", token, err)
	}
	if len(p.NewFailures) > 0 {
		args := make([]any, 0, 5*len(p.NewFailures))
		for i, f := range p.NewFailures {
			args = append(args, id, seq+i, f.Source, f.Line, f.Error)
		}
		stmts := map[string]*sql.Stmt{}
		err := multiInsert(ctx, tx, stmts, "import_job_failures", "job_id, seq, source, line, error", 5, args)
		for _, st := range stmts {
			st.Close()
		}
		if err != nil {
			return fmt.Errorf("store: import job %s: %w", token, err)
		}
	}
	state, finished := ImportRunning, ""
	if p.State != "" {
		state, finished = p.State, stamp(at)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE import_jobs SET stored = ?, state = ?, result = ?, error = ?,
		heartbeat_at = ?, finished_at = ? WHERE id = ?`, p.Stored, state, p.Result, p.Error, stamp(at), finished, id); err != nil {
		return fmt.Errorf("store: import job %s: %w", token, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: import job %s: %w", token, err)
	}
	return nil
}

// ImportJobByToken returns the web import token with its failures (ordered
// by input, then as they happened) as seen at time at: a running job whose
// heartbeat is older than ImportLease reads as ImportInterrupted.
// ErrNotFound when there is no such job (never was, or pruned).
func (db *DB) ImportJobByToken(ctx context.Context, token string, at time.Time) (ImportJob, error) {
	var j ImportJob
	var id int64
	var inputs, started, heartbeat, finished string
	err := db.read.QueryRowContext(ctx, `SELECT id, token, source, inputs, started_at, state, stored, result, error,
		owner, heartbeat_at, finished_at FROM import_jobs WHERE token = ?`, token).Scan(&id, &j.Token, &j.Source,
		&inputs, &started, &j.State, &j.Stored, &j.Result, &j.Error, &j.Owner, &heartbeat, &finished)
	if errors.Is(err, sql.ErrNoRows) {
		return j, fmt.Errorf("store: import job %s: %w", token, ErrNotFound)
	}
	if err != nil {
		return j, fmt.Errorf("store: import job %s: %w", token, err)
	}
	if err := json.Unmarshal([]byte(inputs), &j.Inputs); err != nil {
		return j, fmt.Errorf("store: import job %s: inputs: %w", token, err)
	}
	j.Started, _ = time.Parse(time.RFC3339, started)
	j.Heartbeat, _ = time.Parse(time.RFC3339, heartbeat)
	if finished != "" {
		j.Finished, _ = time.Parse(time.RFC3339, finished)
	}
	if j.State == ImportRunning && at.Sub(j.Heartbeat) > ImportLease {
		j.State = ImportInterrupted
	}
	rows, err := db.read.QueryContext(ctx, `SELECT source, line, error FROM import_job_failures
		WHERE job_id = ? ORDER BY source, seq`, id)
	if err != nil {
		return j, fmt.Errorf("store: import job %s: %w", token, err)
	}
	defer rows.Close()
	j.Failed = []ImportFailure{}
	for rows.Next() {
		var f ImportFailure
		if err := rows.Scan(&f.Source, &f.Line, &f.Error); err != nil {
			return j, fmt.Errorf("store: import job %s: %w", token, err)
		}
		j.Failed = append(j.Failed, f)
	}
	if err := rows.Err(); err != nil {
		return j, fmt.Errorf("store: import job %s: %w", token, err)
	}
	return j, nil
}

// LoginFailures returns how many failed logins client has made since its
// count last started, and when the latest was; 0 and the zero time when it
// has none recorded.
func (db *DB) LoginFailures(ctx context.Context, client string) (n int, last time.Time, err error) {
	var ms int64
	err = db.read.QueryRowContext(ctx, "SELECT failures, last_failure_ms FROM login_failures WHERE client = ?",
		client).Scan(&n, &ms)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, time.Time{}, nil
	}
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("store: login failures: %w", err)
	}
	return n, time.UnixMilli(ms).UTC(), nil
}

// AddLoginFailure counts a failed login by client at time at and returns
// the client's count. A count whose latest failure is older than window
// starts again at 1, and every row older than window is deleted. One
// statement adds the failure, so failures arriving at once through several
// replicas are all counted.
func (db *DB) AddLoginFailure(ctx context.Context, client string, at time.Time, window time.Duration) (int, error) {
	now, expired := at.UnixMilli(), at.Add(-window).UnixMilli()
	var n int
	err := db.write.QueryRowContext(ctx, `INSERT INTO login_failures (client, failures, last_failure_ms) VALUES (?, 1, ?)
		ON CONFLICT (client) DO UPDATE SET
			failures = CASE WHEN login_failures.last_failure_ms < ? THEN 1 ELSE login_failures.failures + 1 END,
			last_failure_ms = excluded.last_failure_ms
		RETURNING failures`, client, now, expired).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: add login failure: %w", err)
	}
	if _, err := db.write.ExecContext(ctx, "DELETE FROM login_failures WHERE last_failure_ms < ?", expired); err != nil {
		return 0, fmt.Errorf("store: prune login failures: %w", err)
	}
	return n, nil
}

// ClearLoginFailures forgets client's failed logins (it logged in).
func (db *DB) ClearLoginFailures(ctx context.Context, client string) error {
	if _, err := db.write.ExecContext(ctx, "DELETE FROM login_failures WHERE client = ?", client); err != nil {
		return fmt.Errorf("store: clear login failures: %w", err)
	}
	return nil
}

// RescoreRunning reports whether a rescore runs on this database, whichever
// process or replica runs it. On PostgreSQL that is whether anyone holds the
// rescore lock (LockRescore), read from pg_locks without taking it; a
// replica that died has dropped its lock with its connection, whatever its
// job's row still says. On SQLite, where one server owns the database and
// marks jobs left running as interrupted when it starts, it is the newest
// job's state.
func (db *DB) RescoreRunning(ctx context.Context) (bool, error) {
	var running bool
	var err error
	if db.pg {
		// A lock on a pair of int4 keys is listed with the first as classid
		// and the second as objid (both oid, so negative keys wrap), objsubid 2.
		err = db.read.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_locks
			WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
			  AND classid = (?::int4)::oid AND objid = (`+pgSchemaKey+`)::oid)`, int32(pgRescoreLock)).Scan(&running)
	} else {
		err = db.read.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM rescore_jobs
			WHERE id = (SELECT max(id) FROM rescore_jobs) AND state = 'running')`).Scan(&running)
	}
	if err != nil {
		return false, fmt.Errorf("store: rescore running: %w", err)
	}
	return running, nil
}

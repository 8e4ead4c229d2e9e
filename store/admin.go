package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Session is one login session. The session's ID never reaches the
// database: callers store and look up the hash of it.
type Session struct {
	Role    string // "admin" or "viewer"
	CSRF    string // the token every form of this session carries
	Created time.Time
	Expires time.Time
}

// stamp formats t as stored in *_at columns (RFC 3339, UTC, seconds), which
// sorts and compares as text.
func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// CreateSession stores a new session under idHash.
func (db *DB) CreateSession(ctx context.Context, idHash string, s Session) error {
	_, err := db.write.ExecContext(ctx, `INSERT INTO sessions (id_hash, role, csrf, created_at, expires_at)
		VALUES (?, ?, ?, ?, ?)`, idHash, s.Role, s.CSRF, stamp(s.Created), stamp(s.Expires))
	if err != nil {
		return fmt.Errorf("store: create session: %w", err)
	}
	return nil
}

// Session returns the session stored under idHash that has not expired at
// time at, or ErrNotFound.
func (db *DB) Session(ctx context.Context, idHash string, at time.Time) (Session, error) {
	var s Session
	var created, expires string
	err := db.read.QueryRowContext(ctx, `SELECT role, csrf, created_at, expires_at FROM sessions
		WHERE id_hash = ? AND expires_at > ?`, idHash, stamp(at)).Scan(&s.Role, &s.CSRF, &created, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return s, fmt.Errorf("store: session: %w", ErrNotFound)
	}
	if err != nil {
		return s, fmt.Errorf("store: session: %w", err)
	}
	s.Created, _ = time.Parse(time.RFC3339, created)
	s.Expires, _ = time.Parse(time.RFC3339, expires)
	return s, nil
}

// DeleteSession removes the session stored under idHash (logout). Removing
// a session that does not exist is not an error.
func (db *DB) DeleteSession(ctx context.Context, idHash string) error {
	if _, err := db.write.ExecContext(ctx, "DELETE FROM sessions WHERE id_hash = ?", idHash); err != nil {
		return fmt.Errorf("store: delete session: %w", err)
	}
	return nil
}

// DeleteExpiredSessions removes the sessions expired at time at and returns
// how many it removed.
func (db *DB) DeleteExpiredSessions(ctx context.Context, at time.Time) (int, error) {
	res, err := db.write.ExecContext(ctx, "DELETE FROM sessions WHERE expires_at <= ?", stamp(at))
	if err != nil {
		return 0, fmt.Errorf("store: delete expired sessions: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("store: delete expired sessions: %w", err)
	}
	return int(n), nil
}

// LocalPack is a lexicon pack added or imported on the web (Body holds the
// .lex file), or a built-in pack switched off (Disabled, Body "").
type LocalPack struct {
	ID       string
	Body     string
	Disabled bool
	Updated  string
}

// LocalEntry is a lexicon entry added or edited on the web (Body holds the
// entry in .lex syntax), or a built-in entry switched off (Disabled).
type LocalEntry struct {
	ID       string
	Pack     string
	Body     string
	Disabled bool
	Updated  string
}

// LocalLexicon returns every local lexicon edit: packs and entries by ID.
func (db *DB) LocalLexicon(ctx context.Context) ([]LocalPack, []LocalEntry, error) {
	rows, err := db.read.QueryContext(ctx, "SELECT id, body, disabled, updated_at FROM lexicon_local_packs ORDER BY id")
	if err != nil {
		return nil, nil, fmt.Errorf("store: local lexicon: %w", err)
	}
	var packs []LocalPack
	for rows.Next() {
		var p LocalPack
		if err := rows.Scan(&p.ID, &p.Body, &p.Disabled, &p.Updated); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("store: local lexicon: %w", err)
		}
		packs = append(packs, p)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, nil, fmt.Errorf("store: local lexicon: %w", err)
	}
	rows.Close()
	rows, err = db.read.QueryContext(ctx, "SELECT id, pack, body, disabled, updated_at FROM lexicon_local_entries ORDER BY id")
	if err != nil {
		return nil, nil, fmt.Errorf("store: local lexicon: %w", err)
	}
	defer rows.Close()
	var entries []LocalEntry
	for rows.Next() {
		var e LocalEntry
		if err := rows.Scan(&e.ID, &e.Pack, &e.Body, &e.Disabled, &e.Updated); err != nil {
			return nil, nil, fmt.Errorf("store: local lexicon: %w", err)
		}
		entries = append(entries, e)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("store: local lexicon: %w", err)
	}
	return packs, entries, nil
}

// LexiconEdit is one change to the local lexicon, saved as a whole with the
// history row naming the version it produced.
type LexiconEdit struct {
	Packs         []LocalPack  // packs to insert or replace
	DeletePacks   []string     // local pack rows to remove (back to built-in, or gone)
	Entries       []LocalEntry // entries to insert or replace
	DeleteEntries []string     // local entry rows to remove (back to built-in, or gone)
	Version       string       // the lexicon version after the change
	Change        string       // what changed, in words, for the history
}

// SaveLexiconEdit applies edit in one transaction and records it in the
// lexicon history.
func (db *DB) SaveLexiconEdit(ctx context.Context, edit LexiconEdit) error {
	_, err := db.saveLexiconEdit(ctx, edit, -1)
	return err
}

// ErrLexiconChanged is returned by SaveLexiconEditAfter when another edit
// was saved after the one the caller's lexicon was built from.
var ErrLexiconChanged = errors.New("the lexicon was changed meanwhile")

// pgLexiconLock is the transaction advisory lock that orders lexicon edits
// on PostgreSQL (paired with a hash of the schema, as pgRescoreLock).
const pgLexiconLock = 0x6c657869 // "lexi"

// SaveLexiconEditAfter saves edit as SaveLexiconEdit does, only when the
// newest lexicon history row is still after (the ID the caller's lexicon
// includes; 0 for none), and returns the new row's ID. Otherwise it saves
// nothing and returns ErrLexiconChanged: with several replicas, an edit
// made on a lexicon another replica has changed since would record a
// version nobody computed. The check and the save are one transaction,
// ordered by SQLite's one writer or, on PostgreSQL, an advisory lock.
func (db *DB) SaveLexiconEditAfter(ctx context.Context, edit LexiconEdit, after int64) (int64, error) {
	if after < 0 {
		return 0, fmt.Errorf("store: lexicon edit: negative history ID %d", after)
	}
	return db.saveLexiconEdit(ctx, edit, after)
}

// saveLexiconEdit saves edit, checking the newest history row is after
// unless after is negative, and returns the new history row's ID.
func (db *DB) saveLexiconEdit(ctx context.Context, edit LexiconEdit, after int64) (int64, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store: lexicon edit: %w", err)
	}
	defer tx.Rollback()
	if db.pg {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(?, "+pgSchemaKey+")", pgLexiconLock); err != nil {
			return 0, fmt.Errorf("store: lexicon edit: %w", err)
		}
	}
	if after >= 0 {
		var latest int64
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM lexicon_history").Scan(&latest); err != nil {
			return 0, fmt.Errorf("store: lexicon edit: %w", err)
		}
		if latest != after {
			return 0, fmt.Errorf("store: lexicon edit after change %d: %w (now %d)", after, ErrLexiconChanged, latest)
		}
	}
	at := now()
	for _, id := range edit.DeletePacks {
		if _, err := tx.ExecContext(ctx, "DELETE FROM lexicon_local_packs WHERE id = ?", id); err != nil {
			return 0, fmt.Errorf("store: lexicon edit: %w", err)
		}
	}
	for _, id := range edit.DeleteEntries {
		if _, err := tx.ExecContext(ctx, "DELETE FROM lexicon_local_entries WHERE id = ?", id); err != nil {
			return 0, fmt.Errorf("store: lexicon edit: %w", err)
		}
	}
	for _, p := range edit.Packs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO lexicon_local_packs (id, body, disabled, updated_at)
			VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE
			SET body = excluded.body, disabled = excluded.disabled, updated_at = excluded.updated_at`,
			p.ID, p.Body, p.Disabled, at); err != nil {
			return 0, fmt.Errorf("store: lexicon edit: pack %s: %w", p.ID, err)
		}
	}
	for _, e := range edit.Entries {
		if _, err := tx.ExecContext(ctx, `INSERT INTO lexicon_local_entries (id, pack, body, disabled, updated_at)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE
			SET pack = excluded.pack, body = excluded.body, disabled = excluded.disabled, updated_at = excluded.updated_at`,
			e.ID, e.Pack, e.Body, e.Disabled, at); err != nil {
			return 0, fmt.Errorf("store: lexicon edit: entry %s: %w", e.ID, err)
		}
	}
	id, err := insertID(ctx, tx, "INSERT INTO lexicon_history (version, created_at, change) VALUES (?, ?, ?)",
		edit.Version, at, edit.Change)
	if err != nil {
		return 0, fmt.Errorf("store: lexicon edit: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store: lexicon edit: %w", err)
	}
	return id, nil
}

// LexiconChange is one row of the lexicon history.
type LexiconChange struct {
	ID       int64
	Version  string
	Created  string
	Change   string
	Articles int // articles scored with this version now
}

// LexiconHistory returns the latest limit changes, newest first, each with
// the number of articles currently at its version.
func (db *DB) LexiconHistory(ctx context.Context, limit int) ([]LexiconChange, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT h.id, h.version, h.created_at, h.change,
			(SELECT count(*) FROM articles a WHERE a.lexicon_version = h.version)
		FROM lexicon_history h ORDER BY h.id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: lexicon history: %w", err)
	}
	defer rows.Close()
	var out []LexiconChange
	for rows.Next() {
		var c LexiconChange
		if err := rows.Scan(&c.ID, &c.Version, &c.Created, &c.Change, &c.Articles); err != nil {
			return nil, fmt.Errorf("store: lexicon history: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: lexicon history: %w", err)
	}
	return out, nil
}

// VersionCount is how many analysed articles one lexicon version scored.
type VersionCount struct {
	Version  string
	Articles int
}

// ArticleVersions returns the lexicon versions of the analysed articles
// with their article counts, most articles first.
func (db *DB) ArticleVersions(ctx context.Context) ([]VersionCount, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT lexicon_version, count(*) FROM articles WHERE analysed = 1
		GROUP BY lexicon_version ORDER BY count(*) DESC, lexicon_version`)
	if err != nil {
		return nil, fmt.Errorf("store: article versions: %w", err)
	}
	defer rows.Close()
	var out []VersionCount
	for rows.Next() {
		var v VersionCount
		if err := rows.Scan(&v.Version, &v.Articles); err != nil {
			return nil, fmt.Errorf("store: article versions: %w", err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: article versions: %w", err)
	}
	return out, nil
}

// RescoreJob is a rescore started from the web and its progress.
type RescoreJob struct {
	ID       int64
	Version  string
	Started  string
	Finished string
	Total    int
	Done     int
	State    string // running, done, failed, interrupted
	Error    string
}

// StartRescoreJob records a rescore to version of total articles and
// returns its ID.
func (db *DB) StartRescoreJob(ctx context.Context, version string, total int) (int64, error) {
	id, err := insertID(ctx, db.write, `INSERT INTO rescore_jobs (version, started_at, total) VALUES (?, ?, ?)`,
		version, now(), total)
	if err != nil {
		return 0, fmt.Errorf("store: start rescore job: %w", err)
	}
	return id, nil
}

// RescoreJobProgress records that job id has rescored done articles.
func (db *DB) RescoreJobProgress(ctx context.Context, id int64, done int) error {
	if _, err := db.write.ExecContext(ctx, "UPDATE rescore_jobs SET done = ? WHERE id = ?", done, id); err != nil {
		return fmt.Errorf("store: rescore job %d: %w", id, err)
	}
	return nil
}

// FinishRescoreJob records how job id ended: state done, failed or
// interrupted, with the error message when it failed.
func (db *DB) FinishRescoreJob(ctx context.Context, id int64, done int, state, msg string) error {
	if _, err := db.write.ExecContext(ctx, `UPDATE rescore_jobs SET done = ?, state = ?, error = ?, finished_at = ?
		WHERE id = ?`, done, state, msg, now(), id); err != nil {
		return fmt.Errorf("store: rescore job %d: %w", id, err)
	}
	return nil
}

// ErrRescoreRunning is returned by LockRescore while another process or
// replica holds the rescore lock.
var ErrRescoreRunning = errors.New("a rescore is running")

// pgRescoreLock is the advisory lock held by the replica rescoring: its
// first key, paired with a hash of the schema's name so that installations
// (or tests) in other schemas of one database do not share it.
const pgRescoreLock = 0x72657363 // "resc"

// LockRescore takes the rescore lock, so that one rescore runs at a time
// on the database however many replicas serve it, and returns the function
// that releases it (call it after FinishRescoreJob). ErrRescoreRunning when
// another holds it.
//
// On PostgreSQL it is a session advisory lock held by one connection kept
// for the purpose: a replica that dies drops its connection and with it
// the lock, so there is no lease to renew or wait out. On SQLite, where one
// serve process owns the database, it is always granted and the caller's
// own flag keeps one rescore at a time.
func (db *DB) LockRescore(ctx context.Context) (release func(), err error) {
	if !db.pg {
		return func() {}, nil
	}
	conn, err := db.read.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: rescore lock: %w", err)
	}
	var ok bool
	if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock(?, "+pgSchemaKey+")", pgRescoreLock).Scan(&ok); err != nil {
		conn.Close()
		return nil, fmt.Errorf("store: rescore lock: %w", err)
	}
	if !ok {
		conn.Close()
		return nil, fmt.Errorf("store: rescore lock: %w", ErrRescoreRunning)
	}
	return sync.OnceFunc(func() {
		_, err := conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock(?, "+pgSchemaKey+")", pgRescoreLock)
		if err != nil {
			// Never hand a connection still holding the lock back to the
			// pool: a bad connection is closed, which releases it.
			conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
	}), nil
}

// InterruptRescoreJobs marks every job still running as interrupted: called
// at start, since a job cannot outlive the process that ran it. On
// PostgreSQL, while another replica holds the rescore lock (LockRescore),
// the newest running job is that replica's and stays running.
func (db *DB) InterruptRescoreJobs(ctx context.Context) error {
	keep := ""
	if db.pg {
		release, err := db.LockRescore(ctx)
		switch {
		case errors.Is(err, ErrRescoreRunning):
			keep = " AND id < (SELECT max(id) FROM rescore_jobs WHERE state = 'running')"
		case err != nil:
			return fmt.Errorf("store: interrupt rescore jobs: %w", err)
		default:
			defer release()
		}
	}
	if _, err := db.write.ExecContext(ctx, `UPDATE rescore_jobs SET state = 'interrupted', finished_at = ?
		WHERE state = 'running'`+keep, now()); err != nil {
		return fmt.Errorf("store: interrupt rescore jobs: %w", err)
	}
	return nil
}

// RescoreJobs returns the latest limit rescore jobs, newest first.
func (db *DB) RescoreJobs(ctx context.Context, limit int) ([]RescoreJob, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id, version, started_at, finished_at, total, done, state, error
		FROM rescore_jobs ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: rescore jobs: %w", err)
	}
	defer rows.Close()
	var out []RescoreJob
	for rows.Next() {
		var j RescoreJob
		if err := rows.Scan(&j.ID, &j.Version, &j.Started, &j.Finished, &j.Total, &j.Done, &j.State, &j.Error); err != nil {
			return nil, fmt.Errorf("store: rescore jobs: %w", err)
		}
		out = append(out, j)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: rescore jobs: %w", err)
	}
	return out, nil
}

// Batch is one import batch with its article count.
type Batch struct {
	ID       int64
	Created  string
	Source   string
	Demo     bool
	Articles int
}

// Batches returns the latest limit import batches, newest first.
func (db *DB) Batches(ctx context.Context, limit int) ([]Batch, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT b.id, b.created_at, b.source, b.demo,
			(SELECT count(*) FROM articles a WHERE a.batch_id = b.id)
		FROM batches b ORDER BY b.id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: batches: %w", err)
	}
	defer rows.Close()
	var out []Batch
	for rows.Next() {
		var b Batch
		if err := rows.Scan(&b.ID, &b.Created, &b.Source, &b.Demo, &b.Articles); err != nil {
			return nil, fmt.Errorf("store: batches: %w", err)
		}
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: batches: %w", err)
	}
	return out, nil
}

// Package store persists Framelens data: the schema and its migrations, the
// writes of an import, and the queries behind every page. It knows nothing
// of HTTP or charts.
//
// Two backends sit behind one API: a SQLite file (the default) and a
// PostgreSQL database shared by several replicas (Open with a postgres://
// URL; docs/SCALING.md). The SQL is written once, with SQLite's "?"
// placeholders (rewritten on PostgreSQL's connections, postgres.go) and in
// the subset both read: identity/INTEGER PRIMARY KEY ids returned with
// RETURNING, upserts with ON CONFLICT, JSON lists through jsonEach, "end"
// quoted. Where the two differ, a DB method checks db.pg:
//
//   - Full-text search: an external-content FTS5 table (articles_fts) on
//     SQLite, rebuilt once after a bulk import; on PostgreSQL a generated
//     tsvector column (articles.fts, 'simple' configuration) with a GIN
//     index, phrase queries with phraseto_tsquery and ranking with
//     ts_rank_cd normalised by length (pages.go: SearchTop).
//   - Change watch: PRAGMA data_version on SQLite; on PostgreSQL a counter
//     bumped in the writing transaction by triggers on every table but
//     sessions (migration 0002), read by Watch. DataVersion counts articles
//     from the aggregates there instead of scanning the articles table.
//   - Writers: SQLite has one write connection and takes its lock at BEGIN;
//     on PostgreSQL each transaction that writes articles or the aggregates
//     (import flush, rescore, delete, curation) first takes a
//     transaction-level advisory lock (lockWrites), so replicas take turns
//     as SQLite's writers do and read-then-write steps stay exact.
//   - IntegrityCheck and Backup are SQLite's: on PostgreSQL the first only
//     checks the schema answers and Backup returns ErrBackupPostgres (use
//     pg_dump).
//
// store tests run on SQLite, or on PostgreSQL when FRAMELENS_TEST_PG names a
// server (each test gets a schema of its own).
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned when a requested row does not exist.
var ErrNotFound = errors.New("not found")

//go:embed migrations/*.sql
var migrationFiles embed.FS

// DB is an open Framelens database: one writer connection, because SQLite
// allows one writer at a time and a pool of writers only trades waiting for
// "database is locked" errors, and a pool of readers that WAL lets run beside it.
//
// On PostgreSQL (pg true) both are pools; path holds the URL with its
// password hidden, pgURL the real one.
type DB struct {
	write *sql.DB
	read  *sql.DB
	path  string
	pg    bool
	pgURL string
}

// Open opens (creating if needed) the database at path and brings its schema
// up to date. It refuses a database whose schema is newer than this binary.
// A postgres:// or postgresql:// URL opens a PostgreSQL database instead of
// a SQLite file.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("store: empty database path")
	}
	if IsPostgresURL(path) {
		return openPG(ctx, path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", path, err)
	}
	if err := setTempDir(abs); err != nil {
		return nil, err
	}
	w, err := sql.Open("sqlite", dsn(abs, false))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	db := &DB{write: w, path: abs}
	if err := db.migrate(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", dsn(abs, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	n := max(4, runtime.NumCPU()*2)
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	db.read = r
	return db, nil
}

// dsn builds the connection string. Pragmas go in the DSN so that every
// pooled connection gets them, not just the one that happened to run an Exec.
// busy_timeout lets readers wait out checkpoints; WAL lets reads run beside the
// writer; synchronous(NORMAL) is durable across process crashes in WAL mode;
// _txlock=immediate takes the write lock at BEGIN so a transaction never
// fails half-way with SQLITE_BUSY when it first writes.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-16000)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// setTempDir points SQLite's temporary files (big sorts, VACUUM) at the
// database's own directory when SQLITE_TMPDIR is not set, so they work in a
// container with no writable /tmp.
func setTempDir(dbPath string) error {
	if os.Getenv("SQLITE_TMPDIR") != "" {
		return nil
	}
	if err := os.Setenv("SQLITE_TMPDIR", filepath.Dir(dbPath)); err != nil {
		return fmt.Errorf("store: set SQLITE_TMPDIR: %w", err)
	}
	return nil
}

// Close closes both pools.
func (db *DB) Close() error {
	var errs []error
	if db.read != nil {
		errs = append(errs, db.read.Close())
	}
	errs = append(errs, db.write.Close())
	return errors.Join(errs...)
}

// Path is the absolute path of the database file, or on PostgreSQL its URL
// without the password.
func (db *DB) Path() string { return db.path }

// Postgres reports whether the database is PostgreSQL rather than SQLite.
func (db *DB) Postgres() bool { return db.pg }

// Ready reports whether the database answers a query.
func (db *DB) Ready(ctx context.Context) error {
	var n int
	if err := db.read.QueryRowContext(ctx, "SELECT count(*) FROM outlets").Scan(&n); err != nil {
		return fmt.Errorf("store: ready: %w", err)
	}
	return nil
}

// IntegrityCheck runs PRAGMA integrity_check and returns an error describing
// the first problems when the database is damaged.
//
// PostgreSQL has no such check built in (amcheck is an extension a user
// without superuser rights may not install, and checksums are the server's
// business): there it only checks that the schema answers a query, and
// returns nil. Use the server's own tools (pg_amcheck) for a deep check.
func (db *DB) IntegrityCheck(ctx context.Context) error {
	if db.pg {
		var n int
		if err := db.read.QueryRowContext(ctx, "SELECT count(*) FROM framelens_schema").Scan(&n); err != nil {
			return fmt.Errorf("store: integrity check: %w", err)
		}
		return nil
	}
	rows, err := db.read.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return fmt.Errorf("store: integrity check: %w", err)
	}
	defer rows.Close()
	var msgs []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return fmt.Errorf("store: integrity check: %w", err)
		}
		msgs = append(msgs, s)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: integrity check: %w", err)
	}
	if len(msgs) == 1 && msgs[0] == "ok" {
		return nil
	}
	return fmt.Errorf("store: integrity check: %s", strings.Join(msgs, "; "))
}

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		name := e.Name()
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and _", name)
		}
		b, err := migrationFiles.ReadFile("migrations/" + name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: name, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the schema version this binary creates and understands.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// migrationSteps are the Go parts of migrations, run after the migration's
// SQL in its transaction, for changes SQL cannot express.
var migrationSteps = map[int]func(context.Context, *sql.Tx) error{
	7: migrateEvidence,
}

// migrate applies every migration newer than the database's user_version,
// each in its own transaction together with the version bump, so a crash
// leaves the database at one version or the next, never between.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	var cur int
	if err := db.write.QueryRowContext(ctx, "PRAGMA user_version").Scan(&cur); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if cur > len(ms) {
		return fmt.Errorf("database schema version %d is newer than this program supports (%d): upgrade framelens", cur, len(ms))
	}
	for _, m := range ms[cur:] {
		tx, err := db.write.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if step := migrationSteps[m.version]; step != nil {
			if err := step(ctx, tx); err != nil {
				tx.Rollback()
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
		}
		// PRAGMA user_version is transactional: it commits or rolls back with tx.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// now is the time stamp format stored in *_at columns.
func now() string { return time.Now().UTC().Format(time.RFC3339) }

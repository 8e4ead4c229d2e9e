package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"database/sql/driver"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// PostgreSQL is the second backend, for several stateless replicas sharing
// one database (docs/SCALING.md). The store's SQL is written once with "?"
// placeholders, as SQLite reads them; the connections below rewrite them to
// PostgreSQL's "$1" form on the way to the server, so shared code paths run
// unchanged. Where the two databases differ (full-text search, the change
// watch, bulk loading, JSON lists) a DB method checks db.pg and each backend
// has its own small implementation.

//go:embed migrations_pg
var pgMigrationFiles embed.FS

// IsPostgresURL reports whether s names a PostgreSQL database rather than a
// SQLite file.
func IsPostgresURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// pgLockKey is the advisory lock held while migrating, so replicas starting
// at once apply each migration once: the others wait, then find nothing to do.
// Advisory locks are keyed per database, not per schema: the lock taken is
// the pair (high half of the key, pgSchemaKey), so installations in other
// schemas of one database (each test has its own) never wait for each other.
const pgLockKey = 0x6672616d656c656e // "framelen"

// pgSchemaKey is the second half of an advisory lock's key: the schema the
// connection works in (search_path), hashed.
const pgSchemaKey = "hashtext(coalesce(current_schema(), ''))"

// openPG opens a PostgreSQL database. Unlike SQLite, PostgreSQL takes many
// writers, so "write" is a small pool of its own; "read" is the larger pool.
func openPG(ctx context.Context, rawURL string) (*DB, error) {
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", redactURL(rawURL), err)
	}
	w := sql.OpenDB(rebindConnector{stdlib.GetConnector(*cfg)})
	w.SetMaxOpenConns(4)
	w.SetMaxIdleConns(4)
	db := &DB{write: w, path: redactURL(rawURL), pg: true, pgURL: rawURL}
	if err := db.migratePG(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: %s: %w", redactURL(rawURL), err)
	}
	r := sql.OpenDB(rebindConnector{stdlib.GetConnector(*cfg)})
	r.SetMaxOpenConns(8)
	r.SetMaxIdleConns(8)
	db.read = r
	return db, nil
}

// openPGPool opens a pool of one connection on the database at rawURL,
// whose statements pass through rebind, for a Watch.
func openPGPool(rawURL string) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		return nil, err
	}
	d := sql.OpenDB(rebindConnector{stdlib.GetConnector(*cfg)})
	d.SetMaxOpenConns(1)
	d.SetMaxIdleConns(1)
	return d, nil
}

// redactURL hides a password in a database URL, for logs and errors.
// The password may be in the user part or a password= query parameter.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "******** (unparsable URL)"
	}
	return RedactURL(u)
}

// RedactURL returns u as a string with any password replaced by xxxxx.
func RedactURL(u *url.URL) string {
	c := *u
	if c.User != nil {
		if _, ok := c.User.Password(); ok {
			c.User = url.UserPassword(c.User.Username(), "xxxxx")
		}
	}
	if q := c.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		c.RawQuery = q.Encode()
	}
	return c.String()
}

func pgMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(pgMigrationFiles, "migrations_pg")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and _", name)
		}
		b, err := pgMigrationFiles.ReadFile("migrations_pg/" + name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: name, sql: string(b)})
	}
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return ms, nil
}

// migratePG applies the PostgreSQL migrations under an advisory lock held on
// one connection. The schema version lives in framelens_schema.
func (db *DB) migratePG(ctx context.Context) error {
	ms, err := pgMigrations()
	if err != nil {
		return err
	}
	if want := SchemaVersion(); len(ms) != want {
		return fmt.Errorf("this build has %d PostgreSQL migrations for schema version %d", len(ms), want)
	}
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock(?, "+pgSchemaKey+")", int32(pgLockKey>>32)); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	// Unlock with a fresh context: the caller's may be cancelled by now.
	defer conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock(?, "+pgSchemaKey+")", int32(pgLockKey>>32))
	if _, err := conn.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS framelens_schema (version integer NOT NULL)"); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	var cur int
	err = conn.QueryRowContext(ctx, "SELECT version FROM framelens_schema").Scan(&cur)
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := conn.ExecContext(ctx, "INSERT INTO framelens_schema (version) VALUES (0)"); err != nil {
			return fmt.Errorf("read schema version: %w", err)
		}
	} else if err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if cur > len(ms) {
		return fmt.Errorf("database schema version %d is newer than this program supports (%d): upgrade framelens", cur, len(ms))
	}
	for _, m := range ms[cur:] {
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, "UPDATE framelens_schema SET version = ?", m.version); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	// Every table pages read bumps the change counter (0002): tables added
	// by any migration get the trigger here.
	if _, err := conn.ExecContext(ctx, "SELECT framelens_watch_tables()"); err != nil {
		return fmt.Errorf("change triggers: %w", err)
	}
	return nil
}

// NewPGSchema creates a fresh, empty schema with a random name in the
// PostgreSQL database at baseURL and returns a URL whose connections use it
// (search_path), and a function that drops it again. Tests use it to give
// each test its own database on one server.
func NewPGSchema(ctx context.Context, baseURL, prefix string) (string, func(), error) {
	var b [6]byte
	rand.Read(b[:])
	name := prefix + "_" + hex.EncodeToString(b[:])
	raw, err := sql.Open("pgx", baseURL)
	if err != nil {
		return "", nil, err
	}
	defer raw.Close()
	if _, err := raw.ExecContext(ctx, "CREATE SCHEMA "+name); err != nil {
		return "", nil, fmt.Errorf("create schema: %w", err)
	}
	u, err := url.Parse(baseURL)
	if err != nil {
		return "", nil, err
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	drop := func() {
		raw, err := sql.Open("pgx", baseURL)
		if err != nil {
			return
		}
		defer raw.Close()
		// A connection left in a transaction (a test that failed half-way)
		// holds locks the drop would wait for forever: give up instead.
		raw.Exec("SET lock_timeout = '20s'; DROP SCHEMA " + name + " CASCADE")
	}
	return u.String(), drop, nil
}

// rebind rewrites SQLite placeholders to PostgreSQL's: "?" becomes "$n" (n
// one more than the highest number so far, as SQLite counts them) and "?n"
// becomes "$n". Question marks inside string literals, quoted identifiers
// and comments are left alone.
func rebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 8)
	n := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(q) {
				if q[j] == c {
					if j+1 < len(q) && q[j+1] == c { // doubled quote
						j += 2
						continue
					}
					break
				}
				j++
			}
			if j >= len(q) {
				j = len(q) - 1
			}
			b.WriteString(q[i : j+1])
			i = j
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			j := strings.IndexByte(q[i:], '\n')
			if j < 0 {
				j = len(q) - i - 1
			}
			b.WriteString(q[i : i+j+1])
			i += j
		case c == '?':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			k := n + 1
			if j > i+1 {
				k, _ = strconv.Atoi(q[i+1 : j])
			}
			n = max(n, k)
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(k))
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// rebindConnector hands out pgx connections whose statements pass through
// rebind. Every optional interface database/sql looks for is forwarded.
type rebindConnector struct{ driver.Connector }

func (c rebindConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &rebindConn{conn.(pgConn)}, nil
}

// pgConn is what pgx's stdlib connection implements.
type pgConn interface {
	driver.Conn
	driver.ConnPrepareContext
	driver.ConnBeginTx
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.NamedValueChecker
}

type rebindConn struct{ pgConn }

func (c *rebindConn) Prepare(q string) (driver.Stmt, error) { return c.pgConn.Prepare(rebind(q)) }

func (c *rebindConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	return c.pgConn.PrepareContext(ctx, rebind(q))
}

func (c *rebindConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	return c.pgConn.ExecContext(ctx, rebind(q), args)
}

func (c *rebindConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	return c.pgConn.QueryContext(ctx, rebind(q), args)
}

// jsonEach is a subquery selecting the elements of a JSON array bound to the
// placeholder ph ("?" or "?2"): one statement shape whatever the list's
// length. ints casts the elements to integers, for comparison with IDs
// (SQLite's json_each keeps numbers numbers; PostgreSQL's elements are text).
func jsonEach(pg, ints bool, ph string) string {
	switch {
	case !pg:
		return "SELECT value FROM json_each(" + ph + ")"
	case ints:
		return "SELECT value::bigint FROM json_array_elements_text(" + ph + "::json)"
	default:
		return "SELECT value FROM json_array_elements_text(" + ph + "::json)"
	}
}

// queryRower is a *sql.DB, *sql.Tx or *sql.Conn.
type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// insertID runs an INSERT (without a RETURNING clause) and returns the new
// row's id. Both backends support RETURNING; PostgreSQL has no LastInsertId.
func insertID(ctx context.Context, q queryRower, query string, args ...any) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, query+" RETURNING id", args...).Scan(&id)
	return id, err
}

// CheckNamedValue passes Go booleans as 0 and 1: the schema keeps SQLite's
// integer flags (analysed, demo, present...), which pgx would refuse a bool
// for. Everything else is pgx's to convert.
func (c *rebindConn) CheckNamedValue(nv *driver.NamedValue) error {
	if b, ok := nv.Value.(bool); ok {
		nv.Value = int64(0)
		if b {
			nv.Value = int64(1)
		}
		return nil
	}
	return c.pgConn.CheckNamedValue(nv)
}

// pgWriteLockKey is the transaction-level advisory lock taken by every
// transaction that changes articles and the aggregates summing them (import
// flushes, rescores, deletes, curation), so that replicas writing at once
// take turns as SQLite's single writer does: an import's duplicate and
// syndication checks, its find-or-add of outlets, stories and evidence
// keys, and the aggregates' read-modify-write upserts then see every
// earlier commit and never deadlock on each other's rows. Readers are never
// blocked; the lock ends with the transaction (commit, rollback, or the
// connection of a killed replica closing).
const pgWriteLockKey = 0x66726c5772697465 // "frlWrite"

// lockWrites takes the write lock in tx on PostgreSQL; on SQLite the
// transaction already holds the database's one write lock (_txlock=immediate).
// Take it first, before the transaction writes anything, so that no row
// lock a write takes is held while waiting for it.
func lockWrites(ctx context.Context, tx *sql.Tx, pg bool) error {
	if !pg {
		return nil
	}
	if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(?, "+pgSchemaKey+")", int32(pgWriteLockKey>>32)); err != nil {
		return fmt.Errorf("store: write lock: %w", err)
	}
	return nil
}

// pgChangeCount is the sum of the change counter (migration 0002): it
// grows with every commit that wrote a watched table.
const pgChangeCount = "SELECT coalesce(sum(n), 0)::bigint FROM change_counter"

// pgxConn is the pgx connection under a driver connection of a PostgreSQL
// pool, as (*sql.Conn).Raw hands it out: for what database/sql cannot say,
// such as COPY.
func pgxConn(dc any) (*pgx.Conn, error) {
	rc, ok := dc.(*rebindConn)
	if !ok {
		return nil, fmt.Errorf("not a PostgreSQL connection: %T", dc)
	}
	sc, ok := rc.pgConn.(*stdlib.Conn)
	if !ok {
		return nil, fmt.Errorf("not a pgx connection: %T", rc.pgConn)
	}
	return sc.Conn(), nil
}

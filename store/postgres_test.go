package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

func TestRebind(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"SELECT ? , ?", "SELECT $1 , $2"},
		{"a = ?2 AND b = ?1 AND c = ?", "a = $2 AND b = $1 AND c = $3"},
		{"x = '?' AND y = ?", "x = '?' AND y = $1"},
		{`x = 'it''s ?' AND "we?ird" = ?`, `x = 'it''s ?' AND "we?ird" = $1`},
		{"-- what?\nSELECT ?", "-- what?\nSELECT $1"},
		{"SELECT 'open ?", "SELECT 'open ?"},
	}
	for _, tt := range tests {
		if got := rebind(tt.in); got != tt.want {
			t.Errorf("rebind(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// pgBase returns the PostgreSQL server URL tests may use, or skips (fails
// under CI=true, where .ci/run starts a server).
func pgBase(t *testing.T) string {
	t.Helper()
	u := os.Getenv("FRAMELENS_TEST_PG")
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("FRAMELENS_TEST_PG is not set: .ci/run must start PostgreSQL and set it")
		}
		t.Skip("FRAMELENS_TEST_PG not set: no PostgreSQL server to test against")
	}
	return u
}

func TestRebindConnector(t *testing.T) {
	cfg, err := pgx.ParseConfig(pgBase(t))
	if err != nil {
		t.Fatal(err)
	}
	db := sql.OpenDB(rebindConnector{stdlib.GetConnector(*cfg)})
	defer db.Close()
	var got int
	if err := db.QueryRow("SELECT ?::int * 10 + ?::int", 4, 2).Scan(&got); err != nil || got != 42 {
		t.Fatalf("query = %d, %v; want 42", got, err)
	}
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	stmt, err := tx.Prepare("SELECT ?2::text || ?1::text")
	if err != nil {
		t.Fatal(err)
	}
	var s string
	if err := stmt.QueryRow("b", "a").Scan(&s); err != nil || s != "ab" {
		t.Fatalf("prepared = %q, %v; want ab", s, err)
	}
}

func TestPGMigrationsMatchSQLite(t *testing.T) {
	ms, err := pgMigrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != SchemaVersion() {
		t.Fatalf("%d PostgreSQL migrations, want one per SQLite migration (%d)", len(ms), SchemaVersion())
	}
}

func TestPGOpenTwiceAndRefuseNewer(t *testing.T) {
	base := pgBase(t)
	ctx := context.Background()
	u, drop, err := NewPGSchema(ctx, base, "mig")
	if err != nil {
		t.Fatal(err)
	}
	defer drop()
	// Three openers at once: the advisory lock lets one migrate.
	errs := make(chan error, 3)
	for range 3 {
		go func() {
			db, err := Open(ctx, u)
			if err == nil {
				db.Close()
			}
			errs <- err
		}()
	}
	for range 3 {
		if err := <-errs; err != nil {
			t.Fatalf("concurrent open: %v", err)
		}
	}
	db, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.Exec("UPDATE framelens_schema SET version = 999"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, u); err == nil {
		t.Fatal("opened a database with schema version 999")
	}
}

// TestPGEveryTableWatched checks that migratePG gave every table but
// sessions (and the bookkeeping tables) the trigger that bumps the change
// counter: a table without it would let Watch miss a commit.
func TestPGEveryTableWatched(t *testing.T) {
	pgBase(t)
	db := openTemp(t)
	rows, err := db.read.Query(`SELECT c.relname, EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'framelens_changed')
		FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind = 'r'
		ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	unwatched := map[string]bool{"sessions": true, "change_counter": true, "framelens_schema": true,
		// Replica state no page shows (0009): import progress, failed logins.
		"import_jobs": true, "import_job_failures": true, "login_failures": true}
	n := 0
	for rows.Next() {
		var name string
		var watched bool
		if err := rows.Scan(&name, &watched); err != nil {
			t.Fatal(err)
		}
		n++
		if watched == unwatched[name] {
			t.Errorf("table %s: watched = %v, want %v", name, watched, !unwatched[name])
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 20 {
		t.Errorf("%d tables in the schema, want the whole schema (20 or more)", n)
	}
}

// TestPGChangeBumpNeverWaits: a transaction that has written (and so holds
// a change counter row) and then waits for a row another transaction
// holds must not make that other transaction wait for the counter in turn,
// which would be a deadlock. Several rounds, since a collision on one row
// was a matter of chance under the old scheme.
func TestPGChangeBumpNeverWaits(t *testing.T) {
	pgBase(t)
	ctx := context.Background()
	db := openTemp(t)
	if _, err := db.write.Exec("INSERT INTO meta (key, value) VALUES ('k', 'v')"); err != nil {
		t.Fatal(err)
	}
	w, err := db.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for round := range 10 {
		v0, err := w.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		a, err := db.write.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := db.write.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := b.Exec("SELECT value FROM meta WHERE key = 'k' FOR UPDATE"); err != nil {
			t.Fatal(err)
		}
		if _, err := a.Exec("UPDATE outlets SET notes = 'a'"); err != nil { // a bumps the counter
			t.Fatal(err)
		}
		waited := make(chan error, 1)
		go func() { // a waits for b's row
			_, err := a.Exec("UPDATE meta SET value = 'a' WHERE key = 'k'")
			waited <- err
		}()
		// b writes (bumping the counter) while a waits for it.
		if _, err := b.Exec("UPDATE outlets SET notes = 'b'"); err != nil {
			t.Fatalf("round %d: the write of the transaction a waits for: %v", round, err)
		}
		if err := b.Commit(); err != nil {
			t.Fatal(err)
		}
		if err := <-waited; err != nil {
			t.Fatalf("round %d: the waiting transaction: %v", round, err)
		}
		if err := a.Commit(); err != nil {
			t.Fatal(err)
		}
		if v, err := w.Version(ctx); err != nil || v < v0+2 {
			t.Fatalf("round %d: version %d, %v after two commits; want at least %d", round, v, err, v0+2)
		}
	}
}

// TestPGManyWritersAtOnce: more uncommitted writers than the counter has
// rows never wait for each other's counter row (the bump takes a free row
// or adds one), and every commit moves the version.
func TestPGManyWritersAtOnce(t *testing.T) {
	pgBase(t)
	ctx := context.Background()
	db := openTemp(t)
	w, err := db.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	v0, err := w.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	const writers = 12
	var txs []*sql.Tx
	for i := range writers {
		pool, err := openPGPool(db.pgURL)
		if err != nil {
			t.Fatal(err)
		}
		defer pool.Close()
		tx, err := pool.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		_, err = tx.ExecContext(wctx, "INSERT INTO outlets (name) VALUES (?)", fmt.Sprint("outlet ", i))
		cancel()
		if err != nil {
			t.Fatalf("writer %d of %d uncommitted ones: %v", i+1, writers, err)
		}
		txs = append(txs, tx)
	}
	if v, err := w.Version(ctx); err != nil || v != v0 {
		t.Fatalf("version before any commit = %d, %v; want %d", v, err, v0)
	}
	for _, tx := range txs {
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	if v, err := w.Version(ctx); err != nil || v != v0+writers {
		t.Fatalf("version after %d commits = %d, %v; want %d", writers, v, err, v0+writers)
	}
}

func TestRedactURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://u:secret@h/db", "postgres://u:xxxxx@h/db"},
		{"postgres://u@h/db?password=secret&sslmode=disable", "postgres://u@h/db?password=xxxxx&sslmode=disable"},
		{"postgres://h/db", "postgres://h/db"},
	}
	for _, tt := range tests {
		if got := redactURL(tt.in); got != tt.want {
			t.Errorf("redactURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/framelens/framelens/store"
)

// The HTTP, page, API, class, admin and command tests run on either backend:
// on SQLite files by default, and on PostgreSQL when FRAMELENS_TEST_PG names
// a server (e.g. postgres://framelens:framelens@127.0.0.1:5432/framelens?sslmode=disable),
// each database then being a fresh schema on it, dropped when the test ends.
// .ci/run runs the package both ways. Tests of what only SQLite has (backup
// files, killing a process mid-write, the container contract, old database
// files) keep SQLite paths and say so.

// testDBState remembers each running test's directory and schemas.
var testDBState = struct {
	sync.Mutex
	dirs    map[testing.TB]string
	schemas map[testing.TB]map[string]string
}{dirs: map[testing.TB]string{}, schemas: map[testing.TB]map[string]string{}}

// testPG returns the PostgreSQL server the suites run against, or "" for
// SQLite.
func testPG() string { return os.Getenv("FRAMELENS_TEST_PG") }

// testDBPath returns where a test keeps a database called name: a SQLite
// file in a temporary directory, or, when FRAMELENS_TEST_PG is set, the URL
// of a new PostgreSQL schema dropped on cleanup. Calls with the same name in
// one test return the same database.
func testDBPath(t testing.TB, name string) string {
	t.Helper()
	base := testPG()
	if base == "" {
		return filepath.Join(testDBDir(t), name)
	}
	dbs := testDBs(t)
	if u, ok := dbs[name]; ok {
		return u
	}
	u, drop, err := store.NewPGSchema(context.Background(), base, "app_"+schemaPart(name))
	if err != nil {
		t.Fatalf("FRAMELENS_TEST_PG is set but gives no schema: %v", err)
	}
	t.Cleanup(drop)
	dbs[name] = u
	return u
}

// testOpenDB opens (creating it) the test database called name, closed on
// cleanup.
func testOpenDB(t testing.TB, name string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), testDBPath(t, name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// testDBDir is one temporary directory per test for its SQLite files, so
// testDBPath(t, "x.db") twice names the same file.
func testDBDir(t testing.TB) string {
	t.Helper()
	testDBState.Lock()
	defer testDBState.Unlock()
	if d, ok := testDBState.dirs[t]; ok {
		return d
	}
	d := t.TempDir()
	testDBState.dirs[t] = d
	t.Cleanup(func() {
		testDBState.Lock()
		delete(testDBState.dirs, t)
		testDBState.Unlock()
	})
	return d
}

// testDBs is the test's PostgreSQL schemas by name.
func testDBs(t testing.TB) map[string]string {
	testDBState.Lock()
	defer testDBState.Unlock()
	m, ok := testDBState.schemas[t]
	if !ok {
		m = map[string]string{}
		testDBState.schemas[t] = m
		t.Cleanup(func() {
			testDBState.Lock()
			delete(testDBState.schemas, t)
			testDBState.Unlock()
		})
	}
	return m
}

// schemaPart turns a database name ("seeds.db") into letters and digits
// that may start a PostgreSQL schema name.
func schemaPart(name string) string {
	name = strings.TrimSuffix(name, filepath.Ext(name))
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	if b.Len() > 20 {
		return b.String()[:20]
	}
	return b.String()
}

package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"
)

func TestWatchSeesCommits(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	w, err := db.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	// A second process: its own connection to the same file.
	other, err := sql.Open("sqlite", dsn(db.Path(), false))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	v0, err := w.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name    string
		write   func() error
		changed bool
	}{
		{"nothing", func() error { return nil }, false},
		{"this process's writer", func() error {
			return db.CreateSession(ctx, "h1", Session{Role: "viewer", CSRF: "x", Created: time.Now(), Expires: time.Now().Add(time.Hour)})
		}, true},
		{"a read", func() error { _, err := db.Session(ctx, "h1", time.Now()); return err }, false},
		{"another connection", func() error { _, err := other.Exec("DELETE FROM sessions"); return err }, true},
	}
	prev := v0
	for _, st := range steps {
		if err := st.write(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		v, err := w.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got := v != prev; got != st.changed {
			t.Errorf("%s: version changed = %v (%d -> %d), want %v", st.name, got, prev, v, st.changed)
		}
		prev = v
	}
}

func BenchmarkWatchVersion(b *testing.B) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(b.TempDir(), "w.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	w, err := db.Watch(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	for b.Loop() {
		if _, err := w.Version(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

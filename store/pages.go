package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// Watch tells cheaply whether anything was committed to the database since
// the last look, by any connection of any process: a web import, a lexicon
// edit, or "framelens import" running beside the server. The server's page
// cache asks it on every request, so it must cost microseconds, not a query
// over the articles (DataVersion).
//
// It keeps one connection of its own, apart from the reader pool, and reads
// PRAGMA data_version on it: SQLite changes that number on a connection
// whenever another connection commits (https://sqlite.org/pragma.html#pragma_data_version).
// The connection never writes, so every commit counts, its own never hide one.
type Watch struct {
	mu   sync.Mutex
	db   *sql.DB
	conn *sql.Conn
}

// Watch opens a change watch on the database. Close it when done.
func (db *DB) Watch(ctx context.Context) (*Watch, error) {
	d, err := sql.Open("sqlite", dsn(db.path, true))
	if err != nil {
		return nil, fmt.Errorf("store: watch: %w", err)
	}
	// One connection for good: data_version only means something on the
	// connection that read it before.
	d.SetMaxOpenConns(1)
	d.SetMaxIdleConns(1)
	d.SetConnMaxLifetime(0)
	d.SetConnMaxIdleTime(0)
	conn, err := d.Conn(ctx)
	if err != nil {
		d.Close()
		return nil, fmt.Errorf("store: watch: %w", err)
	}
	return &Watch{db: d, conn: conn}, nil
}

// Version returns the connection's data_version: a number that differs from
// the one returned before whenever another connection has committed in
// between. Equal numbers mean nothing was committed.
func (w *Watch) Version(ctx context.Context) (int64, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var v int64
	if err := w.conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("store: data_version: %w", err)
	}
	return v, nil
}

// Close releases the watch's connection.
func (w *Watch) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	cerr := w.conn.Close()
	if err := w.db.Close(); err != nil {
		return fmt.Errorf("store: watch: %w", err)
	}
	if cerr != nil {
		return fmt.Errorf("store: watch: %w", cerr)
	}
	return nil
}

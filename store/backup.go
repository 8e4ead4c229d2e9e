package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
)

// ErrBackupPostgres is Backup's answer on PostgreSQL.
var ErrBackupPostgres = errors.New("store: backup: a PostgreSQL database is backed up with pg_dump (e.g. pg_dump -Fc -f framelens.dump DATABASE_URL), not by framelens backup")

// Backup writes a consistent copy of the database to dest with VACUUM INTO,
// which reads one snapshot of the database: imports and page views go on
// while it runs, and the copy holds every transaction committed before it
// started and none after. dest must not exist.
//
// A PostgreSQL database is not copied by Framelens: ErrBackupPostgres says to
// use pg_dump, which takes the same kind of consistent snapshot.
func (db *DB) Backup(ctx context.Context, dest string) error {
	if db.pg {
		return ErrBackupPostgres
	}
	if _, err := os.Stat(dest); err == nil {
		return fmt.Errorf("store: backup: %s already exists", dest)
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("store: backup: %w", err)
	}
	// A connection of its own: the reader pool is query_only (which refuses
	// VACUUM INTO), and the writer must stay free for imports.
	c, err := sql.Open("sqlite", dsn(db.path, false))
	if err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	defer c.Close()
	c.SetMaxOpenConns(1)
	if _, err := c.ExecContext(ctx, "VACUUM INTO ?", dest); err != nil {
		os.Remove(dest)
		return fmt.Errorf("store: backup to %s: %w", dest, err)
	}
	return nil
}

package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/framelens/framelens/store"
)

func runBackup(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("backup", "framelens backup [--db DB] [--force] PATH",
		`Write a consistent copy of the database to PATH while the server keeps running
(SQLite's VACUUM INTO reads one snapshot; imports and page views go on). The
copy is a complete, compacted database: to restore, stop the server, replace the
database file with the copy (and delete any DB-wal and DB-shm files beside the
old one), and start again. Refuses to overwrite PATH unless --force is given.
On PostgreSQL, back up with pg_dump instead (docs/SCALING.md).`)
	db := e.dbFlag(fs)
	force := fs.Bool("force", false, "replace PATH if it exists")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fmt.Fprintln(e.stderr, "framelens backup: give exactly one PATH to write the copy to")
		fs.Usage()
		return errUsage
	}
	if store.IsPostgresURL(*db) {
		return fmt.Errorf("backup copies a SQLite database file; for PostgreSQL use its own tools, e.g. pg_dump --format=custom --file=framelens.dump DBNAME (docs/SCALING.md)")
	}
	dest := pos[0]
	if abs, err := filepath.Abs(dest); err == nil {
		if dbAbs, err := filepath.Abs(*db); err == nil && abs == dbAbs {
			return fmt.Errorf("%s is the database itself: choose another path", dest)
		}
	}
	if _, err := os.Stat(dest); err == nil {
		if !*force {
			return fmt.Errorf("%s exists: pass --force to replace it", dest)
		}
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	// Write beside the destination, then rename, so a failed or interrupted
	// backup never leaves a half-written file at PATH or loses the old copy.
	tmp := dest + ".partial"
	os.Remove(tmp)
	if err := st.Backup(ctx, tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, dest); err != nil {
		os.Remove(tmp)
		return err
	}
	copyDB, err := store.Open(ctx, dest)
	if err != nil {
		return fmt.Errorf("backup written to %s but it does not open: %w", dest, err)
	}
	defer copyDB.Close()
	if err := copyDB.IntegrityCheck(ctx); err != nil {
		return fmt.Errorf("backup written to %s but %w", dest, err)
	}
	tot, err := copyDB.Totals(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "backup written to %s: %d articles, %d outlets; integrity check ok\n", dest, tot.Articles, tot.Outlets)
	return nil
}

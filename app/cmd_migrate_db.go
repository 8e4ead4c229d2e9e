package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/framelens/framelens/store"
)

const migrateDBDescription = `Move a whole installation from a SQLite database to PostgreSQL, keeping every
ID: articles and their analysis, stories, outlets, import batches, lexicon
edits and history, sessions, classroom lessons and exercises, feed
subscriptions and the precomputed totals. --from is a SQLite file (sqlite:PATH
or a bare path); --to a postgres:// URL (default $FRAMELENS_DB when it is one).

The target gets the schema if it has none. Every table is copied (COPY) in one
PostgreSQL transaction, then read back in primary-key order and compared with
the source by row count and SHA-256 checksum; the identity sequences are moved
past the largest IDs. Any error or difference rolls everything back, so the
target is left as it was. A target that already holds rows is refused unless
--replace is given, which empties its tables in the same transaction.

The source is read in one snapshot, so a server may keep running on it, but
what it writes after the snapshot is not copied: stop it (or stop importing)
for a complete move. An older SQLite schema is upgraded in place first, as any
command does. SQLite's full-text index is not copied: PostgreSQL builds its
own. See docs/SCALING.md.`

func runMigrateDB(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("migrate-db", "framelens migrate-db --from sqlite:PATH --to postgres://... [--replace] [--json]", migrateDBDescription)
	from := fs.String("from", "", "the SQLite database to copy: `sqlite:PATH` or PATH")
	def := e.getenv("FRAMELENS_DB")
	if !store.IsPostgresURL(def) {
		def = ""
	}
	to := fs.String("to", def, "the PostgreSQL database to fill: a postgres:// `URL` ($FRAMELENS_DB when it is one)")
	replace := fs.Bool("replace", false, "empty the target's tables first instead of refusing a target that holds rows")
	asJSON := fs.Bool("json", false, "print the summary as one JSON object on standard output")
	quiet := fs.Bool("quiet", false, "no progress output")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 || *from == "" || *to == "" {
		fmt.Fprintln(e.stderr, "framelens migrate-db: give --from and --to, and nothing else")
		fs.Usage()
		return errUsage
	}
	src := sqlitePath(*from)
	if store.IsPostgresURL(src) {
		return errors.New("--from must be a SQLite database; PostgreSQL to PostgreSQL is pg_dump's work")
	}
	if !store.IsPostgresURL(*to) {
		return fmt.Errorf("--to must be a postgres:// or postgresql:// URL, not %q", *to)
	}
	if _, err := os.Stat(src); err != nil {
		return fmt.Errorf("database %s: %w", src, err)
	}
	opt := store.MigrateOptions{Replace: *replace, ProgressRows: 20000}
	if !*quiet {
		began := time.Now()
		opt.Progress = func(p store.MigrateProgress) {
			el := time.Since(began).Seconds()
			switch {
			case p.Phase == "copy" && !p.Finished:
				fmt.Fprintf(e.stderr, "%7.1fs  %-22s %d of %d rows copied\n", el, p.Table, p.Rows, p.Total)
			case p.Phase == "verify":
				fmt.Fprintf(e.stderr, "%7.1fs  %-22s %d rows copied and verified\n", el, p.Table, p.Rows)
			}
		}
	}
	rep, err := store.MigrateDB(ctx, src, *to, opt)
	if err != nil {
		if errors.Is(err, store.ErrTargetNotEmpty) {
			return err
		}
		return fmt.Errorf("%w\nthe copy was rolled back: the target holds none of its rows", err)
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Fprintf(e.stdout, "migrated %s to %s: %d rows in %d tables in %.1fs, schema version %d\n",
		rep.From, rep.To, rep.Rows, len(rep.Tables), rep.Seconds, rep.SchemaVersion)
	for _, t := range rep.Tables {
		if t.Rows > 0 {
			fmt.Fprintf(e.stdout, "  %-22s %9d rows  sha256 %s\n", t.Table, t.Rows, t.Checksum[:16])
		}
	}
	fmt.Fprintln(e.stdout, "every table's row count and checksum match the source")
	return nil
}

// sqlitePath strips the sqlite: or sqlite:// prefix --from may carry.
func sqlitePath(s string) string {
	if rest, ok := strings.CutPrefix(s, "sqlite://"); ok {
		return rest
	}
	if rest, ok := strings.CutPrefix(s, "sqlite:"); ok {
		return rest
	}
	return s
}

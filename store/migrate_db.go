package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// migrate-db moves a whole installation from a SQLite file to PostgreSQL
// (docs/SCALING.md). Every table is copied with COPY in one PostgreSQL
// transaction, keeping IDs, then the identity sequences are moved past the
// largest ID. Before committing, each table is read back in primary-key
// order and its row count and checksum compared with the source's, computed
// the same way; any difference rolls the whole copy back.

// migrateTable is one table migrate-db copies.
type migrateTable struct {
	name string
	// where leaves out rows that mean nothing on PostgreSQL, applied on
	// both sides so the checksums still compare.
	where string
}

// migrateTables lists every table of the schema in dependency order:
// a table comes after the tables its foreign keys point at.
// TestMigrateTablesCoverSchema compares it with sqlite_master, so a
// migration that adds a table cannot be forgotten here.
var migrateTables = []migrateTable{
	{name: "outlets"},
	{name: "stories"},
	{name: "batches"},
	{name: "articles"},
	{name: "lexicon_versions"},
	{name: "evidence_keys"},
	{name: "article_evidence"},
	{name: "entry_hits"},
	{name: "quotes"},
	{name: "article_counts"},
	{name: "article_frames"},
	// fts_dirty says SQLite's full-text index lags behind the articles;
	// PostgreSQL's full-text column is generated, so it never lags.
	{name: "meta", where: "key <> 'fts_dirty'"},
	{name: "sessions"},
	{name: "lexicon_local_packs"},
	{name: "lexicon_local_entries"},
	{name: "lexicon_history"},
	{name: "rescore_jobs"},
	{name: "lessons"},
	{name: "lesson_outlets"},
	{name: "exercises"},
	{name: "exercise_students"},
	{name: "exercise_marks"},
	{name: "outlet_article_totals"},
	{name: "outlet_signal_totals"},
	{name: "outlet_frame_totals"},
	{name: "outlet_quote_totals"},
	{name: "outlet_term_totals"},
	{name: "outlet_sums"},
	{name: "outlet_signal_sums"},
	{name: "outlet_frame_sums"},
	{name: "outlet_quote_sums"},
	{name: "outlet_story_rates"},
	{name: "outlet_rate_moments"},
	{name: "entry_totals"},
	{name: "story_sums"},
	{name: "outlet_month_rates"},
	{name: "outlet_month_signal_sums"},
	{name: "outlet_month_frame_sums"},
	{name: "outlet_month_quote_sums"},
	{name: "feeds"},
	{name: "import_jobs"},
	{name: "import_job_failures"},
	{name: "login_failures"},
}

// sqliteOnlyTable reports whether a SQLite table has no PostgreSQL twin:
// the FTS5 index and its shadow tables (PostgreSQL's full-text column is
// generated from the article), and SQLite's own tables.
func sqliteOnlyTable(name string) bool {
	return name == "articles_fts" || strings.HasPrefix(name, "articles_fts_") || strings.HasPrefix(name, "sqlite_")
}

// MigrateOptions tunes MigrateDB.
type MigrateOptions struct {
	// Replace empties the target's tables first (in the same transaction)
	// instead of refusing a target that holds rows.
	Replace bool
	// Progress, when set, is called as rows are copied (about every
	// ProgressRows rows of a table and at each table's end) and once more
	// for each table verified.
	Progress     func(MigrateProgress)
	ProgressRows int64
}

// MigrateProgress is one progress report of MigrateDB.
type MigrateProgress struct {
	Table    string
	Phase    string // "copy" or "verify"
	Rows     int64  // rows copied or verified so far
	Total    int64  // rows of the table in the source
	Finished bool   // the table's phase is complete
}

// MigrateTableReport is what MigrateDB found for one table.
type MigrateTableReport struct {
	Table string `json:"table"`
	// Rows is the table's row count, equal in source and target.
	Rows int64 `json:"rows"`
	// Checksum is the SHA-256 of the rows in primary-key order, equal in
	// source and target.
	Checksum string  `json:"sha256"`
	Seconds  float64 `json:"seconds"`
}

// MigrateReport is the outcome of a completed MigrateDB.
type MigrateReport struct {
	From          string               `json:"from"`
	To            string               `json:"to"`
	SchemaVersion int                  `json:"schema_version"`
	Tables        []MigrateTableReport `json:"tables"`
	Rows          int64                `json:"rows"`
	Replaced      bool                 `json:"replaced"`
	Seconds       float64              `json:"seconds"`
}

// ErrTargetNotEmpty is returned by MigrateDB when the target database holds
// rows and MigrateOptions.Replace is not set.
var ErrTargetNotEmpty = errors.New("target database is not empty")

// MigrateDB copies the SQLite database at fromPath into the PostgreSQL
// database at toURL. The source is opened as every command opens it (an
// older schema is upgraded first) and read in one snapshot, so a server may
// keep running on it, though writes made after the snapshot are not
// copied. The target gets the schema if it has none. Everything is written
// in one transaction: on any error, including a count or checksum that
// differs after the copy, the target is left as it was.
func MigrateDB(ctx context.Context, fromPath, toURL string, opt MigrateOptions) (*MigrateReport, error) {
	start := time.Now()
	if IsPostgresURL(fromPath) {
		return nil, errors.New("store: migrate: the source must be a SQLite database file")
	}
	if !IsPostgresURL(toURL) {
		return nil, errors.New("store: migrate: the target must be a postgres:// URL")
	}
	src, err := Open(ctx, fromPath)
	if err != nil {
		return nil, err
	}
	defer src.Close()
	// Opening the target applies its migrations (under the advisory lock)
	// and refuses a schema newer than this binary.
	dst, err := Open(ctx, toURL)
	if err != nil {
		return nil, err
	}
	dst.Close()

	// One read transaction on SQLite is one snapshot of every table.
	stx, err := src.read.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: migrate: %w", err)
	}
	defer stx.Rollback()
	if err := checkSourceTables(ctx, stx); err != nil {
		return nil, err
	}

	conn, err := pgx.Connect(ctx, toURL)
	if err != nil {
		return nil, fmt.Errorf("store: migrate: %s: %w", redactURL(toURL), err)
	}
	defer conn.Close(context.Background())
	ptx, err := conn.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: migrate: %w", err)
	}
	defer ptx.Rollback(context.Background())

	if err := prepareTarget(ctx, ptx, opt.Replace); err != nil {
		return nil, err
	}
	rep := &MigrateReport{From: src.Path(), To: redactURL(toURL), SchemaVersion: SchemaVersion(), Replaced: opt.Replace}
	for _, t := range migrateTables {
		tr, err := migrateOne(ctx, stx, ptx, t, opt)
		if err != nil {
			return nil, fmt.Errorf("store: migrate %s: %w", t.name, err)
		}
		rep.Tables = append(rep.Tables, tr)
		rep.Rows += tr.Rows
	}
	if err := resetSequences(ctx, ptx); err != nil {
		return nil, err
	}
	if err := ptx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("store: migrate: commit: %w", err)
	}
	rep.Seconds = time.Since(start).Seconds()
	return rep, nil
}

// checkSourceTables refuses a source with a table migrate-db does not know,
// which would otherwise be silently left behind.
func checkSourceTables(ctx context.Context, tx *sql.Tx) error {
	names, err := sqliteTables(ctx, tx)
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, t := range migrateTables {
		known[t.name] = true
	}
	for _, n := range names {
		if !known[n] && !sqliteOnlyTable(n) {
			return fmt.Errorf("store: migrate: the source has a table %q this program does not know how to copy", n)
		}
	}
	return nil
}

// sqliteTables lists the tables of a SQLite database.
func sqliteTables(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}) ([]string, error) {
	rows, err := q.QueryContext(ctx, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
	if err != nil {
		return nil, fmt.Errorf("store: list tables: %w", err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, fmt.Errorf("store: list tables: %w", err)
		}
		names = append(names, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list tables: %w", err)
	}
	return names, nil
}

// prepareTarget refuses a target holding rows, or empties it when replace
// is set. The migrations may seed rows; a target equal to a freshly
// migrated one counts as empty.
func prepareTarget(ctx context.Context, tx pgx.Tx, replace bool) error {
	var full []string
	for _, t := range migrateTables {
		var any bool
		if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM "+pgx.Identifier{t.name}.Sanitize()+")").Scan(&any); err != nil {
			return fmt.Errorf("store: migrate: target table %s: %w", t.name, err)
		}
		if any {
			full = append(full, t.name)
		}
	}
	if len(full) == 0 {
		return nil
	}
	if !replace {
		return fmt.Errorf("store: migrate: %w: %s hold rows (pass --replace to empty them first)", ErrTargetNotEmpty, strings.Join(full, ", "))
	}
	names := make([]string, len(migrateTables))
	for i, t := range migrateTables {
		names[i] = pgx.Identifier{t.name}.Sanitize()
	}
	// One TRUNCATE of every table at once satisfies the foreign keys among
	// them; inside the transaction, a failure later puts the rows back.
	if _, err := tx.Exec(ctx, "TRUNCATE "+strings.Join(names, ", ")); err != nil {
		return fmt.Errorf("store: migrate: empty target: %w", err)
	}
	return nil
}

// colKind is how a column's values are normalised for COPY and checksums.
type colKind byte

const (
	kindInt colKind = iota + 1
	kindFloat
	kindText
	kindBytes
	kindBool
)

// column is one column copied: its name and its kind on PostgreSQL.
type column struct {
	name string
	kind colKind
	// textKey is set for a text primary-key column: PostgreSQL orders it
	// with COLLATE "C", the byte order SQLite uses.
	textKey bool
}

// tableColumns matches the source's columns with the target's (leaving out
// the target's generated columns) and returns them with the primary key.
func tableColumns(ctx context.Context, stx *sql.Tx, ptx pgx.Tx, table string) (cols []column, pk []string, err error) {
	rows, err := stx.QueryContext(ctx, "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid", table)
	if err != nil {
		return nil, nil, fmt.Errorf("source columns: %w", err)
	}
	var srcCols []string
	pkPos := map[string]int{}
	for rows.Next() {
		var name string
		var pos int
		if err := rows.Scan(&name, &pos); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("source columns: %w", err)
		}
		srcCols = append(srcCols, name)
		if pos > 0 {
			pkPos[name] = pos
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("source columns: %w", err)
	}
	if len(srcCols) == 0 {
		return nil, nil, errors.New("no such table in the source")
	}
	pk = make([]string, len(pkPos))
	for n, p := range pkPos {
		pk[p-1] = n
	}
	if len(pk) == 0 {
		pk = srcCols
	}

	prow, err := ptx.Query(ctx, `SELECT column_name, data_type, is_generated = 'ALWAYS'
		FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`, table)
	if err != nil {
		return nil, nil, fmt.Errorf("target columns: %w", err)
	}
	types := map[string]string{}
	var generated []string
	for prow.Next() {
		var name, typ string
		var gen bool
		if err := prow.Scan(&name, &typ, &gen); err != nil {
			prow.Close()
			return nil, nil, fmt.Errorf("target columns: %w", err)
		}
		if gen {
			generated = append(generated, name)
			continue
		}
		types[name] = typ
	}
	prow.Close()
	if err := prow.Err(); err != nil {
		return nil, nil, fmt.Errorf("target columns: %w", err)
	}
	if len(types) == 0 && len(generated) == 0 {
		return nil, nil, errors.New("no such table in the target")
	}
	for _, n := range srcCols {
		typ, ok := types[n]
		if !ok {
			return nil, nil, fmt.Errorf("the target has no column %s (is it at the same schema version?)", n)
		}
		k, err := kindOf(typ)
		if err != nil {
			return nil, nil, fmt.Errorf("column %s: %w", n, err)
		}
		cols = append(cols, column{name: n, kind: k, textKey: k == kindText && pkPos[n] > 0})
		delete(types, n)
	}
	if len(types) > 0 {
		return nil, nil, fmt.Errorf("the target has columns the source lacks: %s", strings.Join(slices.Sorted(maps.Keys(types)), ", "))
	}
	return cols, pk, nil
}

// kindOf maps a PostgreSQL type (information_schema's data_type) to a kind.
func kindOf(typ string) (colKind, error) {
	switch typ {
	case "smallint", "integer", "bigint":
		return kindInt, nil
	case "real", "double precision", "numeric":
		return kindFloat, nil
	case "text", "character varying", "character", "json":
		return kindText, nil
	case "bytea":
		return kindBytes, nil
	case "boolean":
		return kindBool, nil
	}
	return 0, fmt.Errorf("PostgreSQL type %s is not supported by migrate-db", typ)
}

// migrateOne copies one table and verifies it.
func migrateOne(ctx context.Context, stx *sql.Tx, ptx pgx.Tx, t migrateTable, opt MigrateOptions) (MigrateTableReport, error) {
	start := time.Now()
	cols, pk, err := tableColumns(ctx, stx, ptx, t.name)
	if err != nil {
		return MigrateTableReport{}, err
	}
	where := ""
	if t.where != "" {
		where = " WHERE " + t.where
	}
	var total int64
	if err := stx.QueryRowContext(ctx, "SELECT count(*) FROM "+quoteIdent(t.name)+where).Scan(&total); err != nil {
		return MigrateTableReport{}, fmt.Errorf("count source: %w", err)
	}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = quoteIdent(c.name)
	}
	order := make([]string, len(pk))
	for i, n := range pk {
		order[i] = quoteIdent(n)
	}
	// The SQLite driver hands back an empty blob as nil, like NULL: a
	// blob column comes with a flag telling the two apart.
	srcExprs := slices.Clone(names)
	var blobCols []int
	for i, c := range cols {
		if c.kind == kindBytes {
			srcExprs = append(srcExprs, names[i]+" IS NULL")
			blobCols = append(blobCols, i)
		}
	}
	rows, err := stx.QueryContext(ctx, "SELECT "+strings.Join(srcExprs, ", ")+" FROM "+quoteIdent(t.name)+where+" ORDER BY "+strings.Join(order, ", "))
	if err != nil {
		return MigrateTableReport{}, fmt.Errorf("read source: %w", err)
	}
	defer rows.Close()
	src := &copySource{rows: rows, cols: cols, blobCols: blobCols, sum: newRowHash(), raw: make([]any, len(srcExprs)), vals: make([]any, len(cols))}
	for i := range src.raw {
		src.raw[i] = new(any)
	}
	step := opt.ProgressRows
	if step <= 0 {
		step = 10000
	}
	src.progress = func(n int64) {
		if opt.Progress != nil && n%step == 0 {
			opt.Progress(MigrateProgress{Table: t.name, Phase: "copy", Rows: n, Total: total})
		}
	}
	colNames := make([]string, len(cols))
	for i, c := range cols {
		colNames[i] = c.name
	}
	var rebuild []string
	if total >= bulkIndexRows {
		if rebuild, err = dropIndexes(ctx, ptx, t.name); err != nil {
			return MigrateTableReport{}, err
		}
	}
	copied, err := ptx.CopyFrom(ctx, pgx.Identifier{t.name}, colNames, src)
	if err != nil {
		if src.err != nil {
			err = src.err
		}
		return MigrateTableReport{}, fmt.Errorf("copy: %w", err)
	}
	if src.err != nil {
		return MigrateTableReport{}, fmt.Errorf("copy: %w", src.err)
	}
	for _, def := range rebuild {
		if _, err := ptx.Exec(ctx, def); err != nil {
			return MigrateTableReport{}, fmt.Errorf("rebuild index: %w", err)
		}
	}
	if opt.Progress != nil {
		opt.Progress(MigrateProgress{Table: t.name, Phase: "copy", Rows: copied, Total: total, Finished: true})
	}
	srcSum := src.sum.sum()
	if copied != total || src.n != total {
		return MigrateTableReport{}, fmt.Errorf("copied %d rows, read %d, the source counts %d", copied, src.n, total)
	}

	// Read the copy back in the same order and checksum it the same way.
	for i, n := range pk {
		for _, c := range cols {
			if c.name == n && c.textKey {
				order[i] = quoteIdent(n) + ` COLLATE "C"`
			}
		}
	}
	prows, err := ptx.Query(ctx, "SELECT "+strings.Join(names, ", ")+" FROM "+quoteIdent(t.name)+where+" ORDER BY "+strings.Join(order, ", "))
	if err != nil {
		return MigrateTableReport{}, fmt.Errorf("read back: %w", err)
	}
	dsum := newRowHash()
	var n int64
	for prows.Next() {
		vals, err := prows.Values()
		if err != nil {
			prows.Close()
			return MigrateTableReport{}, fmt.Errorf("read back: %w", err)
		}
		for i, c := range cols {
			v, err := normalise(vals[i], c.kind)
			if err != nil {
				prows.Close()
				return MigrateTableReport{}, fmt.Errorf("read back column %s: %w", c.name, err)
			}
			dsum.add(v)
		}
		dsum.endRow()
		n++
	}
	prows.Close()
	if err := prows.Err(); err != nil {
		return MigrateTableReport{}, fmt.Errorf("read back: %w", err)
	}
	dstSum := dsum.sum()
	if n != total {
		return MigrateTableReport{}, fmt.Errorf("verify: the target holds %d rows, the source %d", n, total)
	}
	if dstSum != srcSum {
		return MigrateTableReport{}, fmt.Errorf("verify: checksums differ: source %s, target %s", srcSum, dstSum)
	}
	if opt.Progress != nil {
		opt.Progress(MigrateProgress{Table: t.name, Phase: "verify", Rows: n, Total: total, Finished: true})
	}
	return MigrateTableReport{Table: t.name, Rows: n, Checksum: srcSum, Seconds: time.Since(start).Seconds()}, nil
}

// bulkIndexRows is the table size from which the target's secondary
// indexes are dropped before COPY and built again after it: building an
// index (the full-text GIN index above all) once over all rows is several
// times cheaper than growing it row by row.
var bulkIndexRows int64 = 10000

// dropIndexes drops the indexes of table that no constraint owns (primary
// keys and unique constraints stay, foreign keys need them) and returns the
// statements that create them again. Inside the migration's transaction, a
// rollback brings them back.
func dropIndexes(ctx context.Context, tx pgx.Tx, table string) ([]string, error) {
	rows, err := tx.Query(ctx, `SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
		FROM pg_index i
		WHERE i.indrelid = $1::regclass
		  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`, pgx.Identifier{table}.Sanitize())
	if err != nil {
		return nil, fmt.Errorf("list indexes: %w", err)
	}
	var names, defs []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list indexes: %w", err)
		}
		names = append(names, name)
		defs = append(defs, def)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list indexes: %w", err)
	}
	for _, n := range names {
		// regclass text is already quoted where it must be.
		if _, err := tx.Exec(ctx, "DROP INDEX "+n); err != nil {
			return nil, fmt.Errorf("drop index %s: %w", n, err)
		}
	}
	if len(defs) > 0 {
		// More memory for the index builds, for this transaction only.
		if _, err := tx.Exec(ctx, "SET LOCAL maintenance_work_mem = '256MB'"); err != nil {
			return nil, fmt.Errorf("maintenance_work_mem: %w", err)
		}
	}
	return defs, nil
}

// quoteIdent double-quotes an identifier; both databases read it so ("end"
// is a column name and a PostgreSQL keyword).
func quoteIdent(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// copySource feeds SQLite rows to COPY, normalising each value to its
// target column's kind and adding it to the source checksum on the way.
type copySource struct {
	rows     *sql.Rows
	cols     []column
	blobCols []int // the columns whose IS NULL flag follows cols
	raw      []any
	vals     []any
	sum      *rowHash
	n        int64
	err      error
	progress func(int64)
}

func (s *copySource) Next() bool {
	if s.err != nil || !s.rows.Next() {
		return false
	}
	if err := s.rows.Scan(s.raw...); err != nil {
		s.err = err
		return false
	}
	for j, i := range s.blobCols {
		p := s.raw[i].(*any)
		b, _ := (*p).([]byte)
		if isNull, _ := (*s.raw[len(s.cols)+j].(*any)).(int64); b == nil && isNull == 0 {
			*p = []byte{}
		}
	}
	for i, c := range s.cols {
		v, err := normalise(*(s.raw[i].(*any)), c.kind)
		if err != nil {
			s.err = fmt.Errorf("row %d, column %s: %w", s.n+1, c.name, err)
			return false
		}
		s.vals[i] = v
		s.sum.add(v)
	}
	s.sum.endRow()
	s.n++
	s.progress(s.n)
	return true
}

func (s *copySource) Values() ([]any, error) { return s.vals, nil }

func (s *copySource) Err() error {
	if s.err != nil {
		return s.err
	}
	return s.rows.Err()
}

// normalise converts a value read from either database to the Go type of
// its kind: int64, float64, string, []byte or bool, or nil. SQLite's loose
// typing means an integer column may hand back text; a value that does not
// convert cleanly is an error, never a silent change.
func normalise(v any, k colKind) (any, error) {
	if v == nil {
		return nil, nil
	}
	switch k {
	case kindInt:
		switch x := v.(type) {
		case int64:
			return x, nil
		case int32:
			return int64(x), nil
		case int16:
			return int64(x), nil
		case int:
			return int64(x), nil
		case float64:
			if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
				return int64(x), nil
			}
		case bool:
			if x {
				return int64(1), nil
			}
			return int64(0), nil
		case string:
			if n, err := strconv.ParseInt(x, 10, 64); err == nil {
				return n, nil
			}
		}
	case kindFloat:
		switch x := v.(type) {
		case float64:
			return x, nil
		case float32:
			return float64(x), nil
		case int64:
			return float64(x), nil
		case string:
			if f, err := strconv.ParseFloat(x, 64); err == nil {
				return f, nil
			}
		}
	case kindText:
		switch x := v.(type) {
		case string:
			return x, nil
		case []byte:
			return string(x), nil
		case int64:
			return strconv.FormatInt(x, 10), nil
		}
	case kindBytes:
		switch x := v.(type) {
		case []byte:
			return x, nil
		case string:
			return []byte(x), nil
		}
	case kindBool:
		switch x := v.(type) {
		case bool:
			return x, nil
		case int64:
			if x == 0 || x == 1 {
				return x == 1, nil
			}
		}
	}
	return nil, fmt.Errorf("value %v (%T) does not fit the target column", v, v)
}

// rowHash is the checksum of a table: SHA-256 over every value of every
// row, each tagged with its type and length so no two different tables
// hash alike.
type rowHash struct {
	h   hash.Hash
	buf []byte
}

func newRowHash() *rowHash { return &rowHash{h: sha256.New()} }

func (r *rowHash) add(v any) {
	b := r.buf[:0]
	switch x := v.(type) {
	case nil:
		b = append(b, 'N')
	case int64:
		b = append(b, 'I')
		b = binary.BigEndian.AppendUint64(b, uint64(x))
	case float64:
		b = append(b, 'F')
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(x))
	case bool:
		b = append(b, 'T')
		if x {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	case string:
		b = append(b, 'S')
		b = binary.BigEndian.AppendUint64(b, uint64(len(x)))
		b = append(b, x...)
	case []byte:
		b = append(b, 'B')
		b = binary.BigEndian.AppendUint64(b, uint64(len(x)))
		b = append(b, x...)
	}
	r.h.Write(b)
	r.buf = b
}

func (r *rowHash) endRow() { r.h.Write([]byte{'\n'}) }

func (r *rowHash) sum() string { return hex.EncodeToString(r.h.Sum(nil)) }

// resetSequences moves every identity or serial sequence past the largest
// ID copied, so the next row inserted on PostgreSQL gets a fresh ID.
func resetSequences(ctx context.Context, tx pgx.Tx) error {
	// pg_get_serial_sequence fails on a table without an id column, and a
	// failed statement aborts the transaction: ask only about tables with one.
	rows, err := tx.Query(ctx, `SELECT table_name FROM information_schema.columns
		WHERE table_schema = current_schema() AND column_name = 'id'`)
	if err != nil {
		return fmt.Errorf("store: migrate: sequences: %w", err)
	}
	withID := map[string]bool{}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return fmt.Errorf("store: migrate: sequences: %w", err)
		}
		withID[n] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: migrate: sequences: %w", err)
	}
	for _, t := range migrateTables {
		if !withID[t.name] {
			continue
		}
		var seq *string
		if err := tx.QueryRow(ctx, "SELECT pg_get_serial_sequence($1, 'id')", pgx.Identifier{t.name}.Sanitize()).Scan(&seq); err != nil {
			return fmt.Errorf("store: migrate: sequence of %s: %w", t.name, err)
		}
		if seq == nil {
			continue
		}
		if _, err := tx.Exec(ctx, "SELECT setval($1, (SELECT coalesce(max(id), 0) + 1 FROM "+pgx.Identifier{t.name}.Sanitize()+"), false)", *seq); err != nil {
			return fmt.Errorf("store: migrate: sequence of %s: %w", t.name, err)
		}
	}
	return nil
}

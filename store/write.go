package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Article is one article to store, with its analysis when it was scored.
type Article struct {
	Title, Outlet, Story, URL, Author string
	Published                         time.Time
	Language                          string
	Text                              string
	Format                            string
	Source                            string
	Hash                              string
	Analysis                          *Analysis // nil: not analysed (unsupported language)
}

// Analysis is what the analysis engine found in one article.
type Analysis struct {
	LexiconVersion                                             string
	Words, NarratorWords, Sentences, NarratorSentences, Quotes int
	Evidence                                                   []Evidence
	QuoteSpans                                                 []Quote
	Counts                                                     map[string]int
	Frames                                                     []Frame
}

// Evidence is one highlighted span of an article.
type Evidence struct {
	Start, End                                    int
	Signal, Category, Entry, Voice, Speaker, Term string
	Negated                                       bool
	Weight                                        float64
}

// Quote is one direct quote or reported speech span.
type Quote struct {
	Start, End                                   int
	Kind, Speaker, SpeakerGroup, Verb, VerbClass string
	Words                                        int
}

// Frame is one frame's cue count in an article.
type Frame struct {
	Frame   string
	Cues    int
	Present bool
}

// Outcome says what happened to one article handed to an Importer.
type Outcome int

// The outcomes of Importer.Add.
const (
	Imported   Outcome = iota // a new article
	Duplicate                 // the same text from the same outlet was already stored
	Syndicated                // new, and the same text from another outlet was already stored
)

// bulkThreshold is the number of articles after which an import stops adding
// rows to the full-text index one by one and rebuilds it once at the end.
const bulkThreshold = 2000

// Importer writes the articles of one import batch. Articles are committed in
// groups (Flush), each article whole or not at all; a killed import leaves
// the groups committed before it, and no partial article.
type Importer struct {
	db       *DB
	ctx      context.Context
	batchID  int64
	tx       *sql.Tx
	stmts    map[string]*sql.Stmt
	outlets  map[string]int64
	stories  map[string]int64
	pending  int
	added    int
	bulk     bool
	lexicons map[string]bool
	keys     keyDict    // evidence keys, valid while no transaction rolled back
	txFirst  int64      // first article ID added in tx, 0 before any
	conn     *sql.Conn  // PostgreSQL: the connection tx runs on, for COPY
	rows     *rowWriter // the analysis rows of tx
}

// NewImporter records a new import batch and returns its writer.
func (db *DB) NewImporter(ctx context.Context, source string, demo bool) (*Importer, error) {
	id, err := insertID(ctx, db.write, "INSERT INTO batches (created_at, source, demo) VALUES (?, ?, ?)", now(), source, demo)
	if err != nil {
		return nil, fmt.Errorf("store: new batch: %w", err)
	}
	return &Importer{db: db, ctx: ctx, batchID: id, outlets: map[string]int64{}, stories: map[string]int64{}, lexicons: map[string]bool{}, keys: keyDict{}}, nil
}

// Batch is the ID of the import batch being written.
func (im *Importer) Batch() int64 { return im.batchID }

var importSQL = map[string]string{
	"findOutlet": "SELECT id FROM outlets WHERE name = ?",
	"addOutlet":  "INSERT INTO outlets (name) VALUES (?) RETURNING id",
	"findStory":  "SELECT id FROM stories WHERE key = ?",
	"addStory":   "INSERT INTO stories (key, title) VALUES (?, ?) RETURNING id",
	"dup":        "SELECT id FROM articles WHERE outlet_id = ? AND content_hash = ?",
	"firstCopy":  "SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
	"article": `INSERT INTO articles (outlet_id, story_id, batch_id, title, url, author, published, language,
		analysed, text, source_format, source, content_hash, syndicated_of, imported_at, lexicon_version,
		words, narrator_words, sentences, narrator_sentences, quotes)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
	"fts":     "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", // SQLite only
	"lexicon": "INSERT INTO lexicon_versions (version, created_at) VALUES (?, ?) ON CONFLICT (version) DO NOTHING",
}

func (im *Importer) begin() error {
	if im.tx != nil {
		return nil
	}
	var tx *sql.Tx
	var err error
	if im.db.pg {
		// A connection of its own, so that Flush can COPY on it.
		if im.conn, err = im.db.write.Conn(im.ctx); err != nil {
			return fmt.Errorf("store: begin: %w", err)
		}
		tx, err = im.conn.BeginTx(im.ctx, nil)
	} else {
		tx, err = im.db.write.BeginTx(im.ctx, nil)
	}
	if err != nil {
		im.releaseConn()
		return fmt.Errorf("store: begin: %w", err)
	}
	im.tx = tx
	// On PostgreSQL, replicas importing at once take turns per transaction,
	// so the dedupe and syndication checks below see every earlier commit.
	if err := lockWrites(im.ctx, tx, im.db.pg); err != nil {
		im.rollback()
		return err
	}
	// Outlets and stories are looked up again in each transaction: between
	// two, a curation (merge, move) may have deleted the ones cached. The
	// evidence keys stay: their rows are never deleted.
	clear(im.outlets)
	clear(im.stories)
	im.stmts = make(map[string]*sql.Stmt, len(importSQL))
	for k, q := range importSQL {
		if k == "fts" && im.db.pg {
			continue // the tsvector column is generated
		}
		st, err := tx.PrepareContext(im.ctx, q)
		if err != nil {
			im.rollback()
			return fmt.Errorf("store: prepare %s: %w", k, err)
		}
		im.stmts[k] = st
	}
	im.rows = &rowWriter{stmts: im.stmts}
	if im.db.pg && importCopy {
		im.rows.copies = map[string]*copyRows{}
	}
	return nil
}

// releaseConn returns the PostgreSQL connection of a transaction that ended.
func (im *Importer) releaseConn() {
	if im.conn != nil {
		im.conn.Close()
		im.conn = nil
	}
}

func (im *Importer) rollback() {
	if im.tx != nil {
		im.tx.Rollback()
		im.releaseConn()
		im.tx = nil
		im.stmts = nil
		im.rows = nil
		im.txFirst = 0
		// Cached IDs may refer to rows that were rolled back.
		clear(im.outlets)
		clear(im.stories)
		clear(im.keys)
	}
}

// Add stores one article, unless the same outlet already has the same text.
// It returns the article's ID (the existing one for a duplicate).
func (im *Importer) Add(a *Article) (int64, Outcome, error) {
	if err := im.begin(); err != nil {
		return 0, 0, err
	}
	outletName := strings.TrimSpace(a.Outlet)
	if outletName == "" {
		outletName = "Unknown outlet"
	}
	outletID, err := im.lookup(im.outlets, "findOutlet", "addOutlet", outletName)
	if err != nil {
		return 0, 0, err
	}
	var dupID int64
	switch err := im.stmts["dup"].QueryRowContext(im.ctx, outletID, a.Hash).Scan(&dupID); {
	case err == nil:
		return dupID, Duplicate, nil
	case !errors.Is(err, sql.ErrNoRows):
		return 0, 0, fmt.Errorf("store: dedupe: %w", err)
	}
	var storyID sql.NullInt64
	if key := strings.TrimSpace(a.Story); key != "" {
		id, err := im.lookup(im.stories, "findStory", "addStory", key)
		if err != nil {
			return 0, 0, err
		}
		storyID = sql.NullInt64{Int64: id, Valid: true}
	}
	outcome := Imported
	var syndOf sql.NullInt64
	var first int64
	switch err := im.stmts["firstCopy"].QueryRowContext(im.ctx, a.Hash).Scan(&first); {
	case err == nil:
		syndOf = sql.NullInt64{Int64: first, Valid: true}
		outcome = Syndicated
	case !errors.Is(err, sql.ErrNoRows):
		return 0, 0, fmt.Errorf("store: syndication: %w", err)
	}
	published := ""
	if !a.Published.IsZero() {
		published = a.Published.UTC().Format(time.RFC3339)
	}
	an := a.Analysis
	if an == nil {
		an = &Analysis{}
	}
	var id int64
	err = im.stmts["article"].QueryRowContext(im.ctx, outletID, storyID, im.batchID, a.Title, a.URL, a.Author,
		published, a.Language, a.Analysis != nil, a.Text, a.Format, a.Source, a.Hash, syndOf, now(),
		an.LexiconVersion, an.Words, an.NarratorWords, an.Sentences, an.NarratorSentences, an.Quotes).Scan(&id)
	if err != nil {
		return 0, 0, fmt.Errorf("store: insert article: %w", err)
	}
	if !im.bulk && !im.db.pg {
		if _, err := im.stmts["fts"].ExecContext(im.ctx, id, a.Title, a.Text); err != nil {
			return 0, 0, fmt.Errorf("store: index article: %w", err)
		}
	}
	if a.Analysis != nil {
		if err := writeAnalysis(im.ctx, im.tx, im.rows, im.keys, id, a.Text, a.Analysis); err != nil {
			return 0, 0, err
		}
		if v := a.Analysis.LexiconVersion; v != "" && !im.lexicons[v] {
			if _, err := im.stmts["lexicon"].ExecContext(im.ctx, v, now()); err != nil {
				return 0, 0, fmt.Errorf("store: lexicon version: %w", err)
			}
			im.lexicons[v] = true
		}
	}
	if im.txFirst == 0 {
		im.txFirst = id
	}
	im.pending++
	im.added++
	if !im.bulk && !im.db.pg && im.added >= bulkThreshold {
		// From here on the index is rebuilt once at the end; mark it stale in
		// the same transaction, so a kill before the rebuild is noticed.
		if _, err := im.tx.ExecContext(im.ctx, `INSERT INTO meta (key, value) VALUES ('fts_dirty', '1')
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`); err != nil {
			return 0, 0, fmt.Errorf("store: mark index stale: %w", err)
		}
		im.bulk = true
	}
	return id, outcome, nil
}

// rowChunk is how many rows one multi-row INSERT carries: each statement
// costs a bind-step-reset round through the driver, so an article's forty
// evidence rows go in one or two statements instead of forty.
const rowChunk = 64

// multiInsert inserts rows into table in chunks of rowChunk rows, preparing
// (once per transaction and chunk size) "INSERT INTO table (cols) VALUES
// (?,..),(?,..)". The prepared statements are kept in cache.
func multiInsert(ctx context.Context, tx *sql.Tx, cache map[string]*sql.Stmt, table, cols string, ncols int, args []any) error {
	rows := len(args) / ncols
	for done := 0; done < rows; {
		n := min(rowChunk, rows-done)
		key := table + "/" + strconv.Itoa(n)
		st := cache[key]
		if st == nil {
			tuple := "(" + strings.Repeat("?,", ncols-1) + "?)"
			q := "INSERT INTO " + table + " (" + cols + ") VALUES " + strings.Repeat(tuple+",", n-1) + tuple
			var err error
			if st, err = tx.PrepareContext(ctx, q); err != nil {
				return fmt.Errorf("store: prepare insert into %s: %w", table, err)
			}
			cache[key] = st
		}
		if _, err := st.ExecContext(ctx, args[done*ncols:(done+n)*ncols]...); err != nil {
			return fmt.Errorf("store: insert into %s: %w", table, err)
		}
		done += n
	}
	return nil
}

// rowWriter adds the analysis rows of articles to their tables in one
// transaction: at once, by multi-row INSERTs prepared once per chunk size
// and kept in stmts; or, when copies is set (a PostgreSQL import), kept
// until flushCopies sends each table's rows with one COPY, which saves the
// server a statement per article and table (BenchmarkImport).
type rowWriter struct {
	stmts  map[string]*sql.Stmt
	copies map[string]*copyRows // by table
}

// copyRows are rows waiting for COPY into one table.
type copyRows struct {
	cols []string
	rows [][]any
}

// importCopy turns COPY on for PostgreSQL imports; BenchmarkImport turns
// it off to measure what it saves.
var importCopy = true

// copyOrder is the order flushCopies writes tables in.
var copyOrder = []string{"article_evidence", "entry_hits", "quotes", "article_counts", "article_frames"}

// insert adds rows (args, ncols values each) to table's columns cols.
func (w *rowWriter) insert(ctx context.Context, tx *sql.Tx, table, cols string, ncols int, args []any) error {
	if w.copies == nil {
		return multiInsert(ctx, tx, w.stmts, table, cols, ncols, args)
	}
	c := w.copies[table]
	if c == nil {
		c = &copyRows{}
		for _, col := range strings.Split(cols, ",") {
			c.cols = append(c.cols, strings.Trim(strings.TrimSpace(col), `"`))
		}
		w.copies[table] = c
	}
	for i := 0; i+ncols <= len(args); i += ncols {
		row := make([]any, ncols)
		for j, v := range args[i : i+ncols] {
			if b, ok := v.(bool); ok { // flags are integers (COPY skips the connection's bool rule)
				v = 0
				if b {
					v = 1
				}
			}
			row[j] = v
		}
		c.rows = append(c.rows, row)
	}
	return nil
}

// flushCopies writes the rows kept for COPY in conn's transaction.
func (w *rowWriter) flushCopies(ctx context.Context, conn *sql.Conn) error {
	if len(w.copies) == 0 {
		return nil
	}
	err := conn.Raw(func(dc any) error {
		pc, err := pgxConn(dc)
		if err != nil {
			return err
		}
		for _, table := range copyOrder {
			c := w.copies[table]
			if c == nil || len(c.rows) == 0 {
				continue
			}
			if _, err := pc.CopyFrom(ctx, pgx.Identifier{table}, c.cols, pgx.CopyFromRows(c.rows)); err != nil {
				return fmt.Errorf("copy into %s: %w", table, err)
			}
		}
		return nil
	})
	clear(w.copies)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return nil
}

// writeAnalysis inserts the evidence, quotes, counts and frames of article
// id, whose text is text.
func writeAnalysis(ctx context.Context, tx *sql.Tx, w *rowWriter, keys keyDict, id int64, text string, an *Analysis) error {
	if err := writeEvidence(ctx, tx, w, keys, id, text, an.Evidence); err != nil {
		return err
	}
	args := make([]any, 0, len(an.QuoteSpans)*9)
	for _, q := range an.QuoteSpans {
		args = append(args, id, q.Start, q.End, q.Kind, q.Speaker, q.SpeakerGroup, q.Verb, q.VerbClass, q.Words)
	}
	if err := w.insert(ctx, tx, "quotes",
		"article_id, start, \"end\", kind, speaker, speaker_group, verb, verb_class, words", 9, args); err != nil {
		return err
	}
	args = args[:0]
	for _, sig := range sortedSignals(an.Counts) {
		args = append(args, id, sig, an.Counts[sig])
	}
	if err := w.insert(ctx, tx, "article_counts", "article_id, signal, count", 3, args); err != nil {
		return err
	}
	args = args[:0]
	for _, f := range an.Frames {
		args = append(args, id, f.Frame, f.Cues, f.Present)
	}
	return w.insert(ctx, tx, "article_frames", "article_id, frame, cues, present", 4, args)
}

func (im *Importer) lookup(cache map[string]int64, find, add, name string) (int64, error) {
	if id, ok := cache[name]; ok {
		return id, nil
	}
	var id int64
	err := im.stmts[find].QueryRowContext(im.ctx, name).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		if add == "addStory" {
			err = im.stmts[add].QueryRowContext(im.ctx, name, "").Scan(&id)
		} else {
			err = im.stmts[add].QueryRowContext(im.ctx, name).Scan(&id)
		}
	}
	if err != nil {
		return 0, fmt.Errorf("store: %s %q: %w", add, name, err)
	}
	cache[name] = id
	return id, nil
}

// Pending is the number of articles added since the last Flush.
func (im *Importer) Pending() int { return im.pending }

// Flush commits the articles added so far.
func (im *Importer) Flush() error {
	if im.tx == nil {
		return nil
	}
	if im.rows != nil && im.conn != nil {
		if err := im.rows.flushCopies(im.ctx, im.conn); err != nil {
			im.rollback()
			return err
		}
	}
	for _, st := range im.stmts {
		st.Close()
	}
	if im.txFirst != 0 {
		// The articles of this transaction enter the aggregates in it.
		if err := im.db.adjustAggregates(im.ctx, im.tx, "a.batch_id = ? AND a.id >= ?", 1, im.batchID, im.txFirst); err != nil {
			im.rollback()
			return err
		}
	}
	err := im.tx.Commit()
	im.releaseConn()
	im.tx, im.stmts, im.rows, im.pending, im.txFirst = nil, nil, nil, 0, 0
	if err != nil {
		clear(im.outlets)
		clear(im.stories)
		clear(im.keys)
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// Abort rolls back the articles added since the last Flush.
func (im *Importer) Abort() { im.rollback() }

// Close flushes and, after a bulk import, rebuilds the full-text index. An
// import batch that stored nothing is removed.
func (im *Importer) Close() error {
	if err := im.Flush(); err != nil {
		return err
	}
	if im.bulk {
		if err := im.db.RebuildSearch(im.ctx); err != nil {
			return err
		}
	}
	if im.added == 0 {
		if _, err := im.db.write.ExecContext(im.ctx,
			"DELETE FROM batches WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE batch_id = ?)", im.batchID, im.batchID); err != nil {
			return fmt.Errorf("store: remove empty batch: %w", err)
		}
	}
	return nil
}

// RebuildSearch rebuilds the full-text index from the articles table and
// clears the stale mark. On PostgreSQL the index is a generated column kept
// on every write: only a stale mark (none is ever set there) is cleared.
func (db *DB) RebuildSearch(ctx context.Context) error {
	if db.pg {
		if _, err := db.write.ExecContext(ctx, "DELETE FROM meta WHERE key = 'fts_dirty'"); err != nil {
			return fmt.Errorf("store: rebuild search: %w", err)
		}
		return nil
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: rebuild search: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"); err != nil {
		return fmt.Errorf("store: rebuild search: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM meta WHERE key = 'fts_dirty'"); err != nil {
		return fmt.Errorf("store: rebuild search: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: rebuild search: %w", err)
	}
	return nil
}

// SearchStale reports whether a bulk import was interrupted before it rebuilt
// the full-text index.
func (db *DB) SearchStale(ctx context.Context) (bool, error) {
	var v string
	err := db.read.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'fts_dirty'").Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: search stale: %w", err)
	}
	return v == "1", nil
}

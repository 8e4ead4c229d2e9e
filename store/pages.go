package store

import (
	"context"
	"database/sql"
	"errors"
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
	stmt *sql.Stmt // prepared once
}

// Watch opens a change watch on the database. Close it when done.
//
// On PostgreSQL the number is the sum of the change counter (migration
// 0002), which every transaction writing a watched table (all but sessions)
// bumps in itself: it moves exactly when such a commit becomes visible,
// whichever replica made it. Sessions are left out, unlike SQLite's
// data_version, because a login changes no page.
func (db *DB) Watch(ctx context.Context) (*Watch, error) {
	var d *sql.DB
	var err error
	q := "PRAGMA data_version"
	if db.pg {
		d, err = openPGPool(db.pgURL)
		q = pgChangeCount
	} else {
		d, err = sql.Open("sqlite", dsn(db.path, true))
	}
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
	stmt, err := conn.PrepareContext(ctx, q)
	if err != nil {
		conn.Close()
		d.Close()
		return nil, fmt.Errorf("store: watch: %w", err)
	}
	return &Watch{db: d, conn: conn, stmt: stmt}, nil
}

// Version returns the connection's data_version: a number that differs from
// the one returned before whenever another connection has committed in
// between. Equal numbers mean nothing was committed.
func (w *Watch) Version(ctx context.Context) (int64, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var v int64
	err := w.stmt.QueryRowContext(ctx).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("store: data_version: %w", err)
	}
	return v, nil
}

// Close releases the watch's statement, connection and pool.
func (w *Watch) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	err := errors.Join(w.stmt.Close(), w.conn.Close(), w.db.Close())
	if err != nil {
		return fmt.Errorf("store: watch: %w", err)
	}
	return nil
}

// unfiltered reports whether f narrows articles by nothing a term search
// uses (story, outlet, dates).
func (f Filter) unfiltered() bool {
	return f.Story == "" && f.Outlet == 0 && f.From == "" && f.To == "" && f.recent == 0
}

// SearchTop returns up to limit articles whose title or text contains the
// phrase q, best match first, like Search; but only the limit best are read
// from the articles table: the ranking runs on the full-text index (or, with
// a filter, on article IDs), so the texts of every match are never sorted.
//
// Without a filter the ranking covers the newest within matching articles
// only (by ID; within <= 0 means all): the rank is computed per match, so
// this bounds it whatever the corpus size.
func (db *DB) SearchTop(ctx context.Context, q string, f Filter, limit, within int) ([]SearchRow, error) {
	var inner string
	args := []any{db.searchArg(q)}
	if f.unfiltered() {
		// The lowest ID among the newest within matches: walking the
		// index's row IDs costs no rank and reads no article.
		var floor int64
		if within > 0 {
			fq := `SELECT coalesce((SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
				ORDER BY rowid DESC LIMIT 1 OFFSET ?), 0)`
			if db.pg {
				fq = `SELECT coalesce((SELECT id FROM articles WHERE ` + pgMatch + `
					ORDER BY id DESC LIMIT 1 OFFSET ?), 0)`
			}
			if err := db.read.QueryRowContext(ctx, fq, db.searchArg(q), within-1).Scan(&floor); err != nil {
				return nil, fmt.Errorf("store: search: %w", err)
			}
		}
		inner = `SELECT rowid AS id, rank FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?`
		if db.pg {
			// The rank grows with relevance, FTS5's falls: negated, both
			// sort best first. ts_rank_cd (cover density: how many and how
			// close the phrase's matches are) divided by the log of the
			// article's length (normalisation 1) ranks as FTS5's bm25 does
			// on the test fixture (TestSearchAgreesAcrossBackends), where
			// plain ts_rank, blind to length, does not.
			inner = `SELECT a.id AS id, -ts_rank_cd(a.fts, tq, 1) AS rank FROM articles a CROSS JOIN ` + pgPhrase + ` tq
				WHERE a.fts @@ tq AND a.id >= ? ORDER BY rank LIMIT ?`
		}
		args = append(args, floor)
	} else {
		where, wargs := f.articleWhere()
		inner = `SELECT a.id AS id, articles_fts.rank AS rank FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
			LEFT JOIN stories s ON s.id = a.story_id WHERE articles_fts MATCH ? AND ` + where + ` ORDER BY articles_fts.rank LIMIT ?`
		if db.pg {
			inner = `SELECT a.id AS id, -ts_rank_cd(a.fts, tq, 1) AS rank FROM articles a CROSS JOIN ` + pgPhrase + ` tq
				LEFT JOIN stories s ON s.id = a.story_id WHERE a.fts @@ tq AND ` + where + ` ORDER BY rank LIMIT ?`
		}
		args = append(args, wargs...)
	}
	args = append(args, limit)
	rows, err := db.read.QueryContext(ctx, `SELECT a.id, a.outlet_id, o.name, a.title, a.published, a.text
		FROM (`+inner+`) m JOIN articles a ON a.id = m.id JOIN outlets o ON o.id = a.outlet_id
		ORDER BY m.rank, a.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	defer rows.Close()
	var out []SearchRow
	for rows.Next() {
		var r SearchRow
		if err := rows.Scan(&r.ID, &r.OutletID, &r.Outlet, &r.Title, &r.Published, &r.Text); err != nil {
			return nil, fmt.Errorf("store: search: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	return out, nil
}

// SearchCountsNewest is SearchCounts over the newest limit articles (by
// ID, the order of import) that contain q and pass f, so its cost is
// bounded whatever the corpus size. It also returns how many articles match
// in all, and whether the counts stop at limit; with a filter the total is
// known only up to limit (capped tells).
func (db *DB) SearchCountsNewest(ctx context.Context, q string, f Filter, limit int) (counts []SearchCount, total int, capped bool, err error) {
	var inner string
	args := []any{db.searchArg(q)}
	switch {
	case f.unfiltered() && db.pg:
		inner = `SELECT id FROM articles a WHERE a.` + pgMatch + ` ORDER BY id DESC LIMIT ?`
	case f.unfiltered():
		inner = `SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?`
	default:
		where, wargs := f.articleWhere()
		inner = `SELECT a.id AS id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
			LEFT JOIN stories s ON s.id = a.story_id WHERE articles_fts MATCH ? AND ` + where + ` ORDER BY articles_fts.rowid DESC LIMIT ?`
		if db.pg {
			inner = `SELECT a.id AS id FROM articles a LEFT JOIN stories s ON s.id = a.story_id
				WHERE a.` + pgMatch + ` AND ` + where + ` ORDER BY a.id DESC LIMIT ?`
		}
		args = append(args, wargs...)
	}
	args = append(args, limit)
	rows, err := db.read.QueryContext(ctx, `SELECT a.outlet_id, o.name, substr(a.published, 1, 7), count(*)
		FROM (`+inner+`) m JOIN articles a ON a.id = m.id JOIN outlets o ON o.id = a.outlet_id
		GROUP BY a.outlet_id, o.name, substr(a.published, 1, 7) ORDER BY 1, 3`, args...)
	if err != nil {
		return nil, 0, false, fmt.Errorf("store: search counts: %w", err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var c SearchCount
		if err := rows.Scan(&c.OutletID, &c.Outlet, &c.Month, &c.Articles); err != nil {
			return nil, 0, false, fmt.Errorf("store: search counts: %w", err)
		}
		n += c.Articles
		counts = append(counts, c)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, false, fmt.Errorf("store: search counts: %w", err)
	}
	if n < limit {
		return counts, n, false, nil
	}
	if !f.unfiltered() {
		return counts, n, true, nil
	}
	// Counting the index's matches reads no article rows.
	tq := `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`
	if db.pg {
		tq = `SELECT count(*) FROM articles WHERE ` + pgMatch
	}
	if err := db.read.QueryRowContext(ctx, tq, db.searchArg(q)).Scan(&total); err != nil {
		return nil, 0, false, fmt.Errorf("store: search counts: %w", err)
	}
	return counts, total, total > n, nil
}

// RecentQuotes returns up to limit quotes from the outlet's articles most
// recently published (at most articles of them), optionally from one speaker
// group as Quotes does, newest article first. Quotes sorts every quote of
// the outlet; this reads a bounded number of articles whatever their count.
func (db *DB) RecentQuotes(ctx context.Context, outletID int64, group string, articles, limit int) ([]QuoteHit, error) {
	return db.Quotes(ctx, Filter{Outlet: outletID, recent: articles}, group, limit)
}

package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
)

func sortedSignals(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Totals counts what the database holds.
type Totals struct {
	Articles    int `json:"articles"`
	Outlets     int `json:"outlets"`
	Stories     int `json:"stories"`
	Syndicated  int `json:"syndicated"`
	NotAnalysed int `json:"not_analysed"`
	Batches     int `json:"batches"`
}

// Totals returns the corpus counts. On PostgreSQL, which counts rows by
// reading them, the number of articles is summed from the aggregates.
func (db *DB) Totals(ctx context.Context) (Totals, error) {
	var t Totals
	count := "(SELECT count(*) FROM articles)"
	if db.pg {
		count = "(SELECT coalesce(sum(articles), 0)::bigint FROM outlet_article_totals)"
	}
	err := db.read.QueryRowContext(ctx, `SELECT
		`+count+`,
		(SELECT count(*) FROM outlets WHERE EXISTS (SELECT 1 FROM articles a WHERE a.outlet_id = outlets.id)),
		(SELECT count(*) FROM stories WHERE EXISTS (SELECT 1 FROM articles a WHERE a.story_id = stories.id)),
		(SELECT count(*) FROM articles WHERE syndicated_of IS NOT NULL),
		(SELECT count(*) FROM articles WHERE analysed = 0),
		(SELECT count(*) FROM batches)`).Scan(&t.Articles, &t.Outlets, &t.Stories, &t.Syndicated, &t.NotAnalysed, &t.Batches)
	if err != nil {
		return t, fmt.Errorf("store: totals: %w", err)
	}
	return t, nil
}

// Empty reports whether the database has never had an import.
func (db *DB) Empty(ctx context.Context) (bool, error) {
	var n int
	if err := db.read.QueryRowContext(ctx, "SELECT count(*) FROM batches").Scan(&n); err != nil {
		return false, fmt.Errorf("store: empty: %w", err)
	}
	return n == 0, nil
}

// DemoBatches returns the IDs of the batches that hold the demo corpus.
func (db *DB) DemoBatches(ctx context.Context) ([]int64, error) {
	rows, err := db.read.QueryContext(ctx, "SELECT id FROM batches WHERE demo = 1 ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("store: demo batches: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: demo batches: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: demo batches: %w", err)
	}
	return ids, nil
}

// DeleteBatch deletes every article of import batch id, with its evidence,
// and the batch itself. It returns the number of articles deleted.
func (db *DB) DeleteBatch(ctx context.Context, id int64) (int, error) {
	return db.deleteWhere(ctx, "batch_id = ?", id, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM batches WHERE id = ?", id).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("batch %d: %w", id, ErrNotFound)
		}
		return nil
	}, "DELETE FROM batches WHERE id = ?")
}

// DeleteArticle deletes one article with its evidence.
func (db *DB) DeleteArticle(ctx context.Context, id int64) error {
	n, err := db.deleteWhere(ctx, "id = ?", id, nil, "")
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("store: article %d: %w", id, ErrNotFound)
	}
	return nil
}

// deleteWhere deletes the articles matching cond in one transaction: their
// full-text rows first (an external-content index needs the old values),
// then the rows (evidence, quotes, counts and frames cascade), then the
// statement after (with arg), then outlets and stories left with no article.
func (db *DB) deleteWhere(ctx context.Context, cond string, arg any, check func(*sql.Tx) error, after string) (int, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store: delete: %w", err)
	}
	defer tx.Rollback()
	if check != nil {
		if err := check(tx); err != nil {
			return 0, fmt.Errorf("store: delete: %w", err)
		}
	}
	if err := lockWrites(ctx, tx, db.pg); err != nil {
		return 0, err
	}
	if !db.pg { // PostgreSQL's index is a column of the rows deleted
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rowid, title, text)
			SELECT 'delete', id, title, text FROM articles WHERE `+cond, arg); err != nil {
			return 0, fmt.Errorf("store: delete from index: %w", err)
		}
	}
	if err := db.adjustAggregates(ctx, tx, "a."+cond, -1, arg); err != nil {
		return 0, err
	}
	if err := deleteEvidence(ctx, tx, db.pg, "a."+cond, arg); err != nil {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, "DELETE FROM articles WHERE "+cond, arg)
	if err != nil {
		return 0, fmt.Errorf("store: delete: %w", err)
	}
	n, _ := res.RowsAffected()
	if after != "" {
		if _, err := tx.ExecContext(ctx, after, arg); err != nil {
			return 0, fmt.Errorf("store: delete: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM outlets WHERE NOT EXISTS (SELECT 1 FROM articles WHERE outlet_id = outlets.id)`); err != nil {
		return 0, fmt.Errorf("store: delete outlets: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE NOT EXISTS (SELECT 1 FROM articles WHERE story_id = stories.id)`); err != nil {
		return 0, fmt.Errorf("store: delete stories: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store: delete: %w", err)
	}
	return int(n), nil
}

// ExportFilter selects the articles to export; empty fields match all.
type ExportFilter struct {
	Outlet, Story string
}

// ExportArticle is one article as export writes it.
type ExportArticle struct {
	ID                                           int64
	Title, Outlet, Story, URL, Author, Published string
	Language, Text, SyndicatedOf                 string
	Analysed                                     bool
	LexiconVersion                               string
	SuggestedStory                               string
}

// Export calls fn for each article matching f, in ID order, streaming rows so
// memory stays bounded.
func (db *DB) Export(ctx context.Context, f ExportFilter, fn func(*ExportArticle) error) error {
	rows, err := db.read.QueryContext(ctx, `SELECT a.id, a.title, o.name, coalesce(s.key, ''), a.url, a.author,
			a.published, a.language, a.text, coalesce(a.syndicated_of, 0), a.analysed, a.lexicon_version,
			a.suggested_story
		FROM articles a JOIN outlets o ON o.id = a.outlet_id LEFT JOIN stories s ON s.id = a.story_id
		WHERE (? = '' OR o.name = ?) AND (? = '' OR s.key = ?)
		ORDER BY a.id`, f.Outlet, f.Outlet, f.Story, f.Story)
	if err != nil {
		return fmt.Errorf("store: export: %w", err)
	}
	defer rows.Close()
	var a ExportArticle
	for rows.Next() {
		var synd int64
		if err := rows.Scan(&a.ID, &a.Title, &a.Outlet, &a.Story, &a.URL, &a.Author, &a.Published,
			&a.Language, &a.Text, &synd, &a.Analysed, &a.LexiconVersion, &a.SuggestedStory); err != nil {
			return fmt.Errorf("store: export: %w", err)
		}
		a.SyndicatedOf = ""
		if synd != 0 {
			a.SyndicatedOf = fmt.Sprint(synd)
		}
		if err := fn(&a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: export: %w", err)
	}
	return nil
}

// ArticleText is an article's stored text, for rescoring.
type ArticleText struct {
	ID   int64
	Text string
}

// StaleArticles returns up to limit analysed articles, after ID after, whose
// lexicon version is not version, in ID order.
func (db *DB) StaleArticles(ctx context.Context, version string, after int64, limit int) ([]ArticleText, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id, text FROM articles
		WHERE analysed = 1 AND lexicon_version <> ? AND id > ? ORDER BY id LIMIT ?`, version, after, limit)
	if err != nil {
		return nil, fmt.Errorf("store: stale articles: %w", err)
	}
	defer rows.Close()
	var out []ArticleText
	for rows.Next() {
		var a ArticleText
		if err := rows.Scan(&a.ID, &a.Text); err != nil {
			return nil, fmt.Errorf("store: stale articles: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: stale articles: %w", err)
	}
	return out, nil
}

// CountStale returns how many analysed articles are not at lexicon version.
func (db *DB) CountStale(ctx context.Context, version string) (int, error) {
	var n int
	if err := db.read.QueryRowContext(ctx, "SELECT count(*) FROM articles WHERE analysed = 1 AND lexicon_version <> ?", version).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count stale: %w", err)
	}
	return n, nil
}

// ReplaceAnalyses replaces, in one transaction, the analysis results of each
// article in m with the new ones, so an article is always wholly at one
// lexicon version: a rescore killed mid-way leaves each article old or new.
func (db *DB) ReplaceAnalyses(ctx context.Context, m map[int64]*Analysis) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: rescore: %w", err)
	}
	defer tx.Rollback()
	if err := lockWrites(ctx, tx, db.pg); err != nil {
		return err
	}
	stmts := map[string]*sql.Stmt{}
	for _, k := range []string{"lexicon"} {
		st, err := tx.PrepareContext(ctx, importSQL[k])
		if err != nil {
			return fmt.Errorf("store: rescore: %w", err)
		}
		defer st.Close()
		stmts[k] = st
	}
	ids := make([]int64, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	idList, err := json.Marshal(ids)
	if err != nil {
		return fmt.Errorf("store: rescore: %w", err)
	}
	// The old analyses leave the aggregates and the new ones enter them in
	// this transaction.
	inIDs := "a.id IN (" + jsonEach(db.pg, true, "?") + ")"
	if err := db.adjustAggregates(ctx, tx, inIDs, -1, string(idList)); err != nil {
		return err
	}
	if err := deleteEvidence(ctx, tx, db.pg, inIDs, string(idList)); err != nil {
		return err
	}
	seen := map[string]bool{}
	keys := keyDict{}
	for _, id := range ids {
		an := m[id]
		for _, t := range []string{"quotes", "article_counts", "article_frames"} {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+t+" WHERE article_id = ?", id); err != nil {
				return fmt.Errorf("store: rescore %d: %w", id, err)
			}
		}
		var text string
		if err := tx.QueryRowContext(ctx, "SELECT text FROM articles WHERE id = ?", id).Scan(&text); err != nil {
			return fmt.Errorf("store: rescore %d: %w", id, err)
		}
		if err := writeAnalysis(ctx, tx, &rowWriter{stmts: stmts}, keys, id, text, an); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET lexicon_version = ?, words = ?, narrator_words = ?,
			sentences = ?, narrator_sentences = ?, quotes = ? WHERE id = ?`, an.LexiconVersion, an.Words,
			an.NarratorWords, an.Sentences, an.NarratorSentences, an.Quotes, id); err != nil {
			return fmt.Errorf("store: rescore %d: %w", id, err)
		}
		if !seen[an.LexiconVersion] {
			if _, err := stmts["lexicon"].ExecContext(ctx, an.LexiconVersion, now()); err != nil {
				return fmt.Errorf("store: rescore: %w", err)
			}
			seen[an.LexiconVersion] = true
		}
	}
	if err := db.adjustAggregates(ctx, tx, inIDs, 1, string(idList)); err != nil {
		return err
	}
	// DataVersion cannot see a rescore in the tables' sizes: count it.
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('rescores', '1')
		ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)`); err != nil {
		return fmt.Errorf("store: rescore: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: rescore: %w", err)
	}
	return nil
}

// PartialArticles counts analysed articles missing their counts or frames:
// always 0 unless an article was stored in pieces.
func (db *DB) PartialArticles(ctx context.Context) (int, error) {
	var n int
	err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM articles a WHERE a.analysed = 1 AND (
		NOT EXISTS (SELECT 1 FROM article_counts c WHERE c.article_id = a.id) OR
		NOT EXISTS (SELECT 1 FROM article_frames f WHERE f.article_id = a.id))`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: partial articles: %w", err)
	}
	return n, nil
}

// ArticleScore is what the store holds of one article's scoring: its lexicon
// version and raw counts per signal, for consistency checks.
type ArticleScore struct {
	ID             int64
	Text           string
	LexiconVersion string
	Counts         map[string]int
	Evidence       int
}

// Scores returns every analysed article's stored scoring, in ID order.
func (db *DB) Scores(ctx context.Context) ([]ArticleScore, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT a.id, a.text, a.lexicon_version, c.signal, c.count,
			(SELECT data FROM article_evidence d WHERE d.article_id = a.id)
		FROM articles a JOIN article_counts c ON c.article_id = a.id
		WHERE a.analysed = 1 ORDER BY a.id, c.signal`)
	if err != nil {
		return nil, fmt.Errorf("store: scores: %w", err)
	}
	defer rows.Close()
	var out []ArticleScore
	for rows.Next() {
		var s ArticleScore
		var sig string
		var n int
		var data []byte
		if err := rows.Scan(&s.ID, &s.Text, &s.LexiconVersion, &sig, &n, &data); err != nil {
			return nil, fmt.Errorf("store: scores: %w", err)
		}
		if len(out) == 0 || out[len(out)-1].ID != s.ID {
			if data != nil {
				hits, err := decodeEvidence(data, nil)
				if err != nil {
					return nil, fmt.Errorf("store: scores: article %d: %w", s.ID, err)
				}
				s.Evidence = len(hits)
			}
			s.Counts = map[string]int{}
			out = append(out, s)
		}
		out[len(out)-1].Counts[sig] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: scores: %w", err)
	}
	return out, nil
}

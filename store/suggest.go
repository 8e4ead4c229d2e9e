package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// ClusterDoc is what story clustering reads of one article.
type ClusterDoc struct {
	ID        int64
	Title     string
	Lead      string // the first 600 bytes of the text, cut at a space
	Text      string // the whole text, only when asked for
	Published string
	Outlet    string
	Story     string // the imported story key, '' when none
	Suggested string // the suggested story key, '' when none (NoSuggestion: an admin took it out)
	Batch     int64
}

// ClusterDocs returns every article in ID order, with its whole text when
// withText is set (for near-duplicate detection).
func (db *DB) ClusterDocs(ctx context.Context, withText bool) ([]ClusterDoc, error) {
	return db.clusterDocs(ctx, withText, "1 = 1")
}

// ClusterDocsOfBatch returns the articles of one import batch, as
// ClusterDocs does.
func (db *DB) ClusterDocsOfBatch(ctx context.Context, batch int64, withText bool) ([]ClusterDoc, error) {
	return db.clusterDocs(ctx, withText, "a.batch_id = ?", batch)
}

// ClusterDocsBetween returns the dated articles published from from to to
// (RFC 3339 bounds, inclusive), read through the published index, as
// ClusterDocs does.
func (db *DB) ClusterDocsBetween(ctx context.Context, from, to string, withText bool) ([]ClusterDoc, error) {
	return db.clusterDocs(ctx, withText, "a.published >= ? AND a.published <= ? AND a.published <> ''", from, to)
}

func (db *DB) clusterDocs(ctx context.Context, withText bool, cond string, args ...any) ([]ClusterDoc, error) {
	textCol := "substr(a.text, 1, 800)"
	if withText {
		textCol = "a.text"
	}
	rows, err := db.read.QueryContext(ctx, `SELECT a.id, a.title, `+textCol+`, a.published, o.name, coalesce(s.key, ''),
			a.suggested_story, a.batch_id
		FROM articles a JOIN outlets o ON o.id = a.outlet_id LEFT JOIN stories s ON s.id = a.story_id
		WHERE `+cond+` ORDER BY a.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: cluster docs: %w", err)
	}
	defer rows.Close()
	var out []ClusterDoc
	for rows.Next() {
		var d ClusterDoc
		var text string
		if err := rows.Scan(&d.ID, &d.Title, &text, &d.Published, &d.Outlet, &d.Story, &d.Suggested, &d.Batch); err != nil {
			return nil, fmt.Errorf("store: cluster docs: %w", err)
		}
		d.Lead = text
		if len(d.Lead) > 600 {
			cut := strings.LastIndexByte(d.Lead[:600], ' ')
			if cut < 0 {
				cut = 600
			}
			d.Lead = d.Lead[:cut]
		}
		if withText {
			d.Text = text
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: cluster docs: %w", err)
	}
	return out, nil
}

// ClusterDocsByID returns the given articles, as ClusterDocs does.
func (db *DB) ClusterDocsByID(ctx context.Context, ids []int64, withText bool) ([]ClusterDoc, error) {
	j, _ := json.Marshal(ids)
	return db.clusterDocs(ctx, withText, "a.id IN ("+jsonEach(db.pg, true, "?")+")", string(j))
}

// ClusterDocsSuggested returns the articles whose suggested story is one
// of keys (through the suggested_story index), as ClusterDocs does.
func (db *DB) ClusterDocsSuggested(ctx context.Context, keys []string, withText bool) ([]ClusterDoc, error) {
	j, _ := json.Marshal(keys)
	return db.clusterDocs(ctx, withText, "a.suggested_story <> '' AND a.suggested_story IN ("+jsonEach(db.pg, false, "?")+")", string(j))
}

// ClusterDocsSample returns about n articles spread evenly over the IDs,
// titles and leads only, read by ID (for the word statistics of
// incremental clustering).
func (db *DB) ClusterDocsSample(ctx context.Context, n int) ([]ClusterDoc, error) {
	var lo, hi int64
	if err := db.read.QueryRowContext(ctx, "SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM articles").Scan(&lo, &hi); err != nil {
		return nil, fmt.Errorf("store: cluster sample: %w", err)
	}
	if hi == 0 || n <= 0 {
		return nil, nil
	}
	step := max(1, (hi-lo+1)/int64(n))
	var ids []int64
	for id := lo; id <= hi; id += step {
		ids = append(ids, id)
	}
	return db.ClusterDocsByID(ctx, ids, false)
}

// SuggestionKeyUsed reports whether any article has key as its suggested
// story.
func (db *DB) SuggestionKeyUsed(ctx context.Context, key string) (bool, error) {
	var n int
	if err := db.read.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM articles WHERE suggested_story <> '' AND suggested_story = ? LIMIT 1) used", key).Scan(&n); err != nil {
		return false, fmt.Errorf("store: suggestion key: %w", err)
	}
	return n > 0, nil
}

// UpdateSuggestions renames the suggested stories in merged (old key ->
// new key, for every article), then sets the suggested story of the
// articles in stories and the near-duplicate mark of those in nearDup,
// leaving every other article as it is (incremental clustering). Articles
// an admin took out of every story (NoSuggestion) keep no suggestion.
func (db *DB) UpdateSuggestions(ctx context.Context, stories map[int64]string, nearDup map[int64]int64, merged map[string]string) error {
	return db.writeSuggestions(ctx, false, stories, nearDup, merged)
}

// SetSuggestions replaces, in one transaction, every article's suggested
// story and near-duplicate mark with the given ones (articles not in the
// maps get none). Articles an admin took out of every story
// (NoSuggestion) keep no suggestion.
func (db *DB) SetSuggestions(ctx context.Context, stories map[int64]string, nearDup map[int64]int64) error {
	return db.writeSuggestions(ctx, true, stories, nearDup, nil)
}

func (db *DB) writeSuggestions(ctx context.Context, replace bool, stories map[int64]string, nearDup map[int64]int64, merged map[string]string) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: suggestions: %w", err)
	}
	defer tx.Rollback()
	// On PostgreSQL, other replicas' imports and curations update articles
	// too: take their write lock rather than race them row by row.
	if err := lockWrites(ctx, tx, db.pg); err != nil {
		return fmt.Errorf("store: suggestions: %w", err)
	}
	if replace {
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET suggested_story = CASE WHEN suggested_story = ? THEN ? ELSE '' END,
			near_duplicate_of = NULL WHERE suggested_story <> '' OR near_duplicate_of IS NOT NULL`, NoSuggestion, NoSuggestion); err != nil {
			return fmt.Errorf("store: suggestions: %w", err)
		}
	}
	for from, to := range merged {
		if from == "" || from == NoSuggestion || to == "" || to == NoSuggestion {
			continue
		}
		if _, err := tx.ExecContext(ctx, "UPDATE articles SET suggested_story = ? WHERE suggested_story <> '' AND suggested_story = ?", to, from); err != nil {
			return fmt.Errorf("store: suggestions: %w", err)
		}
	}
	if db.pg {
		if err := updateSuggestionsPG(ctx, tx, stories, nearDup); err != nil {
			return fmt.Errorf("store: suggestions: %w", err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("store: suggestions: %w", err)
		}
		return nil
	}
	st, err := tx.PrepareContext(ctx, "UPDATE articles SET suggested_story = ? WHERE id = ? AND suggested_story <> ?")
	if err != nil {
		return fmt.Errorf("store: suggestions: %w", err)
	}
	defer st.Close()
	for id, key := range stories {
		if _, err := st.ExecContext(ctx, key, id, NoSuggestion); err != nil {
			return fmt.Errorf("store: suggestions: %w", err)
		}
	}
	nd, err := tx.PrepareContext(ctx, "UPDATE articles SET near_duplicate_of = ? WHERE id = ?")
	if err != nil {
		return fmt.Errorf("store: suggestions: %w", err)
	}
	defer nd.Close()
	for id, of := range nearDup {
		if _, err := nd.ExecContext(ctx, of, id); err != nil {
			return fmt.Errorf("store: suggestions: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: suggestions: %w", err)
	}
	return nil
}

// updateSuggestionsPG writes the suggested stories and near-duplicate marks
// with one UPDATE per 5,000 articles, from a JSON list of [id, value] in
// ID order, instead of a statement (a round trip to the server) per
// article as on SQLite, where a statement costs microseconds.
func updateSuggestionsPG(ctx context.Context, tx *sql.Tx, stories map[int64]string, nearDup map[int64]int64) error {
	type pair struct {
		id  int64
		val any
	}
	sets := []struct {
		q     string
		pairs []pair
	}{
		{`UPDATE articles a SET suggested_story = j.v FROM
			(SELECT (e->>0)::bigint AS id, e->>1 AS v FROM json_array_elements(?::json) e) j
			WHERE a.id = j.id AND a.suggested_story <> '` + NoSuggestion + `'`, nil},
		{`UPDATE articles a SET near_duplicate_of = j.v FROM
			(SELECT (e->>0)::bigint AS id, (e->>1)::bigint AS v FROM json_array_elements(?::json) e) j
			WHERE a.id = j.id`, nil},
	}
	for id, key := range stories {
		sets[0].pairs = append(sets[0].pairs, pair{id, key})
	}
	for id, of := range nearDup {
		sets[1].pairs = append(sets[1].pairs, pair{id, of})
	}
	for _, set := range sets {
		sort.Slice(set.pairs, func(i, j int) bool { return set.pairs[i].id < set.pairs[j].id })
		for i := 0; i < len(set.pairs); i += 5000 {
			chunk := set.pairs[i:min(i+5000, len(set.pairs))]
			list := make([][2]any, len(chunk))
			for k, p := range chunk {
				list[k] = [2]any{p.id, p.val}
			}
			b, err := json.Marshal(list)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, set.q, string(b)); err != nil {
				return err
			}
		}
	}
	return nil
}

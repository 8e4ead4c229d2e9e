package store

import (
	"context"
	"fmt"
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
}

// ClusterDocs returns every analysed article in ID order, with its whole
// text when withText is set (for near-duplicate detection).
func (db *DB) ClusterDocs(ctx context.Context, withText bool) ([]ClusterDoc, error) {
	textCol := "substr(a.text, 1, 800)"
	if withText {
		textCol = "a.text"
	}
	rows, err := db.read.QueryContext(ctx, `SELECT a.id, a.title, `+textCol+`, a.published, o.name, coalesce(s.key, '')
		FROM articles a JOIN outlets o ON o.id = a.outlet_id LEFT JOIN stories s ON s.id = a.story_id
		ORDER BY a.id`)
	if err != nil {
		return nil, fmt.Errorf("store: cluster docs: %w", err)
	}
	defer rows.Close()
	var out []ClusterDoc
	for rows.Next() {
		var d ClusterDoc
		var text string
		if err := rows.Scan(&d.ID, &d.Title, &text, &d.Published, &d.Outlet, &d.Story); err != nil {
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

// SetSuggestions replaces, in one transaction, every article's suggested
// story and near-duplicate mark with the given ones (articles not in the
// maps get none).
func (db *DB) SetSuggestions(ctx context.Context, stories map[int64]string, nearDup map[int64]int64) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: suggestions: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "UPDATE articles SET suggested_story = '', near_duplicate_of = NULL WHERE suggested_story <> '' OR near_duplicate_of IS NOT NULL"); err != nil {
		return fmt.Errorf("store: suggestions: %w", err)
	}
	st, err := tx.PrepareContext(ctx, "UPDATE articles SET suggested_story = ? WHERE id = ?")
	if err != nil {
		return fmt.Errorf("store: suggestions: %w", err)
	}
	defer st.Close()
	for id, key := range stories {
		if _, err := st.ExecContext(ctx, key, id); err != nil {
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

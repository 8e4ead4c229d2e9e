package store

import (
	"context"
	"encoding/json"
	"fmt"
)

// The admin's story list (/admin/stories) on a large database: one page of
// suggestions is read without reading every suggested article, and the
// stories' coverage is read story by story through the articles_story
// index. The same SQL runs on SQLite and PostgreSQL.

// Suggestions returns the suggested stories that have articles with no
// story, newest first (by their newest article, then by key), skipping
// offset and at most limit, with the total number of such suggestions,
// reading only the page's articles: the order and the total come from one
// grouped pass over the suggested_story index (the story and date of each
// suggested article, none of their texts). The tests compare it with a
// reference that reads and sorts every suggested article.
func (db *DB) Suggestions(ctx context.Context, offset, limit int) ([]Suggestion, int, error) {
	offset, limit = max(offset, 0), max(limit, 0)
	// "+a.story_id" keeps SQLite from choosing the articles_story index for
	// "story_id IS NULL" (every article without a story, whose rows it would
	// then read up to suggested_story, past the text); PostgreSQL reads it
	// as the same value.
	const pending = `a.suggested_story <> '' AND a.suggested_story <> ? AND +a.story_id IS NULL`
	rows, err := db.read.QueryContext(ctx, `SELECT a.suggested_story, max(a.published) AS latest, count(*) OVER ()
		FROM articles a WHERE `+pending+`
		GROUP BY a.suggested_story ORDER BY latest DESC, a.suggested_story LIMIT ? OFFSET ?`, NoSuggestion, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("store: suggestions: %w", err)
	}
	var out []Suggestion
	total := 0
	for rows.Next() {
		var g Suggestion
		if err := rows.Scan(&g.Key, &g.Latest, &total); err != nil {
			rows.Close()
			return nil, 0, fmt.Errorf("store: suggestions: %w", err)
		}
		out = append(out, g)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: suggestions: %w", err)
	}
	if len(out) == 0 {
		// Past the last page (or none): the total still counts.
		if offset > 0 {
			err := db.read.QueryRowContext(ctx, `SELECT count(DISTINCT a.suggested_story) FROM articles a WHERE `+pending,
				NoSuggestion).Scan(&total)
			if err != nil {
				return nil, 0, fmt.Errorf("store: suggestions: %w", err)
			}
		}
		return []Suggestion{}, total, nil
	}
	keys := make([]string, len(out))
	at := make(map[string]int, len(out))
	for i, g := range out {
		keys[i] = g.Key
		at[g.Key] = i
	}
	kj, _ := json.Marshal(keys)
	arows, err := db.read.QueryContext(ctx, `SELECT `+curationArticleCols+`
		FROM articles a JOIN outlets o ON o.id = a.outlet_id LEFT JOIN stories s ON s.id = a.story_id
		WHERE a.suggested_story <> '' AND a.suggested_story IN (`+jsonEach(db.pg, false, "?")+`) AND +a.story_id IS NULL
		ORDER BY a.suggested_story, a.published, a.id`, string(kj))
	if err != nil {
		return nil, 0, fmt.Errorf("store: suggestions: %w", err)
	}
	arts, err := scanCurationArticles(arows)
	if err != nil {
		return nil, 0, fmt.Errorf("store: suggestions: %w", err)
	}
	for _, a := range arts {
		g := &out[at[a.Suggested]]
		g.Articles = append(g.Articles, a)
	}
	for i := range out {
		seen := map[int64]bool{}
		for _, a := range out[i].Articles {
			seen[a.OutletID] = true
		}
		out[i].Outlets = len(seen)
	}
	srows, err := db.read.QueryContext(ctx, `SELECT DISTINCT a.suggested_story, s.key
		FROM articles a JOIN stories s ON s.id = a.story_id
		WHERE a.suggested_story <> '' AND a.suggested_story IN (`+jsonEach(db.pg, false, "?")+`) ORDER BY 1, 2`, string(kj))
	if err != nil {
		return nil, 0, fmt.Errorf("store: suggestions: %w", err)
	}
	defer srows.Close()
	for srows.Next() {
		var sug, key string
		if err := srows.Scan(&sug, &key); err != nil {
			return nil, 0, fmt.Errorf("store: suggestions: %w", err)
		}
		g := &out[at[sug]]
		g.InStories = append(g.InStories, key)
	}
	if err := srows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: suggestions: %w", err)
	}
	return out, total, nil
}

// CuratedStories returns every story that has articles, with its origin
// and coverage, the admin's first, then by key, reading the stories first and each one's articles through the
// articles_story index. (With "stories JOIN articles" SQLite may scan every
// article and look its story up, which costs a pass over the whole table
// even when there are few stories; the CROSS JOIN keeps SQLite's join order
// as written, and PostgreSQL plans it as the same inner join.)
func (db *DB) CuratedStories(ctx context.Context) ([]CuratedStory, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT s.id, s.key, s.title, coalesce(m.value, ?), count(a.id),
			count(DISTINCT a.outlet_id), coalesce(min(nullif(a.published, '')), ''), max(a.published)
		FROM stories s CROSS JOIN articles a LEFT JOIN meta m ON m.key = 'story_origin:' || s.key
		WHERE a.story_id = s.id
		GROUP BY s.id, s.key, s.title, m.value ORDER BY coalesce(m.value, ?) = ? DESC, s.key`, OriginImported, OriginImported, OriginAccepted)
	if err != nil {
		return nil, fmt.Errorf("store: curated stories: %w", err)
	}
	defer rows.Close()
	var out []CuratedStory
	for rows.Next() {
		var s CuratedStory
		if err := rows.Scan(&s.ID, &s.Key, &s.Title, &s.Origin, &s.Articles, &s.Outlets, &s.First, &s.Last); err != nil {
			return nil, fmt.Errorf("store: curated stories: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: curated stories: %w", err)
	}
	return out, nil
}

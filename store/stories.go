package store

// Admin curation of stories. A story is imported (its key came with the
// articles), accepted (an admin accepted a suggestion, split articles into
// it or created it) or only suggested (articles.suggested_story, written by
// clustering, with no stories row). Which stories an admin made is kept in
// meta rows "story_origin:KEY" = "accepted", so no schema change is needed.
//
// Clustering only ever writes suggested_story; story_id changes only through
// an import or an explicit admin action here, so neither accepting a
// suggestion nor re-running clustering moves an article that has a story.
// An article the admin took out of every story gets suggested_story
// NoSuggestion, which clustering leaves alone.
//
// Keys are stable: renaming changes the title only, so links to /story/KEY,
// lessons and exports keep working; a merge moves the articles of one story
// into the other and points the merged story's lessons at the one kept.
//
// Queries by suggested key also say suggested_story <> '', so SQLite can
// use the partial index articles_suggested_story (it cannot prove that a
// bound parameter is not '').
//
// Every move keeps the aggregates exact in its transaction (moveArticles:
// subtract, update, add) and bumps the curation version that page caches
// follow (CurationVersion).

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Story origins.
const (
	OriginImported = "imported"
	OriginAccepted = "accepted"
)

// NoSuggestion is the suggested_story of an article an admin took out of
// every story: clustering leaves it ungrouped.
const NoSuggestion = "-"

// ErrExists is returned when a story key or outlet name is already taken.
var ErrExists = errors.New("already exists")

// CurationArticle is an article as the curation pages list it.
type CurationArticle struct {
	ID              int64
	OutletID        int64
	Outlet          string
	Title           string
	Published       string
	Story           string // story key, '' when none
	Suggested       string // suggested story key, '' when none
	NearDuplicateOf int64  // 0 when not a near-duplicate
	SyndicatedOf    int64  // 0 when not an exact copy
}

// Suggestion is a suggested story: its articles that have no story yet,
// and the stories that already hold other articles of it.
type Suggestion struct {
	Key       string
	Articles  []CurationArticle
	Outlets   int
	Latest    string   // newest published date of its articles
	InStories []string // keys of stories holding other articles of this suggestion
}

// CuratedStory is a story row with its origin and coverage.
type CuratedStory struct {
	ID       int64
	Key      string
	Title    string
	Origin   string
	Articles int
	Outlets  int
	First    string
	Last     string
}

// StoryRef names a story for a merge: a story row by key, or a suggestion
// (Suggested) by its suggested key.
type StoryRef struct {
	Key       string
	Suggested bool
}

func (r StoryRef) String() string {
	if r.Suggested {
		return "suggestion " + r.Key
	}
	return "story " + r.Key
}

const curationArticleCols = `a.id, a.outlet_id, o.name, a.title, a.published, coalesce(s.key, ''), a.suggested_story,
	coalesce(a.near_duplicate_of, 0), coalesce(a.syndicated_of, 0)`

func scanCurationArticles(rows *sql.Rows) ([]CurationArticle, error) {
	defer rows.Close()
	var out []CurationArticle
	for rows.Next() {
		var a CurationArticle
		if err := rows.Scan(&a.ID, &a.OutletID, &a.Outlet, &a.Title, &a.Published, &a.Story, &a.Suggested,
			&a.NearDuplicateOf, &a.SyndicatedOf); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// StoryOrigin returns the origin of the story with key.
func (db *DB) StoryOrigin(ctx context.Context, key string) (string, error) {
	var n int
	var origin string
	err := db.read.QueryRowContext(ctx, `SELECT count(*), coalesce((SELECT value FROM meta WHERE key = 'story_origin:' || CAST(? AS TEXT)), ?)
		FROM stories WHERE key = ?`, key, OriginImported, key).Scan(&n, &origin)
	if err != nil {
		return "", fmt.Errorf("store: story %q: %w", key, err)
	}
	if n == 0 {
		return "", fmt.Errorf("store: story %q: %w", key, ErrNotFound)
	}
	return origin, nil
}

// CurationArticles returns the articles of a story (a story row, or with
// ref.Suggested the articles of the suggestion that have no story), oldest
// first.
func (db *DB) CurationArticles(ctx context.Context, ref StoryRef) ([]CurationArticle, error) {
	cond := "s.key = ?"
	if ref.Suggested {
		cond = "a.suggested_story <> '' AND a.suggested_story = ? AND a.story_id IS NULL"
	}
	rows, err := db.read.QueryContext(ctx, `SELECT `+curationArticleCols+`
		FROM articles a JOIN outlets o ON o.id = a.outlet_id LEFT JOIN stories s ON s.id = a.story_id
		WHERE `+cond+` ORDER BY a.published, a.id`, ref.Key)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", ref, err)
	}
	out, err := scanCurationArticles(rows)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", ref, err)
	}
	return out, nil
}

// AcceptSuggestion makes the suggestion a story with the given key and
// title: its articles that have no story get it (articles with an imported
// or accepted story are not moved). It returns the number of articles.
func (db *DB) AcceptSuggestion(ctx context.Context, suggested, key, title string) (int, error) {
	key, title = strings.TrimSpace(key), strings.TrimSpace(title)
	if key == "" {
		return 0, fmt.Errorf("store: accept: empty story key")
	}
	return db.curate(ctx, "accept "+suggested, func(tx *sql.Tx) (int, error) {
		ids, err := idsWhere(ctx, tx, "suggested_story <> '' AND suggested_story = ? AND story_id IS NULL", suggested)
		if err != nil {
			return 0, err
		}
		if len(ids) == 0 || suggested == "" || suggested == NoSuggestion {
			return 0, fmt.Errorf("suggestion %q: %w", suggested, ErrNotFound)
		}
		id, err := newStory(ctx, tx, key, title)
		if err != nil {
			return 0, err
		}
		return len(ids), db.moveArticles(ctx, tx, ids, "story_id = ?", id)
	})
}

// MoveArticles moves the given articles into the story with key toKey,
// creating it (accepted, with title) when it does not exist, or with toKey
// "" out of every story (and out of the suggestions, so clustering leaves
// them alone). Stories left with no article are removed. It returns the
// number of articles moved; unknown IDs are ignored.
func (db *DB) MoveArticles(ctx context.Context, ids []int64, toKey, title string) (int, error) {
	toKey, title = strings.TrimSpace(toKey), strings.TrimSpace(title)
	return db.curate(ctx, "move articles", func(tx *sql.Tx) (int, error) {
		ids, err := existingIDs(ctx, tx, db.pg, ids)
		if err != nil {
			return 0, err
		}
		if len(ids) == 0 {
			return 0, fmt.Errorf("no such article: %w", ErrNotFound)
		}
		if toKey == "" {
			err = db.moveArticles(ctx, tx, ids, "story_id = NULL, suggested_story = ?", NoSuggestion)
		} else {
			var id int64
			switch err = tx.QueryRowContext(ctx, "SELECT id FROM stories WHERE key = ?", toKey).Scan(&id); {
			case errors.Is(err, sql.ErrNoRows):
				if id, err = newStory(ctx, tx, toKey, title); err != nil {
					return 0, err
				}
			case err != nil:
				return 0, err
			}
			err = db.moveArticles(ctx, tx, ids, "story_id = ?", id)
		}
		if err != nil {
			return 0, err
		}
		return len(ids), dropEmptyStories(ctx, tx)
	})
}

// MergeStories moves every article of from into into and removes from.
// Two suggestions merge into one suggestion (relabelled, no story made); a
// suggestion merges into a story (its articles with no story join it); a
// story merges into a story (its lessons follow). A story cannot merge
// into a suggestion: accept the suggestion first. It returns the number of
// articles moved.
func (db *DB) MergeStories(ctx context.Context, from, into StoryRef) (int, error) {
	if from == into {
		return 0, fmt.Errorf("store: merge: %s into itself", from)
	}
	if into.Suggested && !from.Suggested {
		return 0, fmt.Errorf("store: merge: a story cannot merge into a suggestion; accept %s first", into.Key)
	}
	return db.curate(ctx, fmt.Sprintf("merge %s into %s", from, into), func(tx *sql.Tx) (int, error) {
		if into.Suggested {
			res, err := tx.ExecContext(ctx, "UPDATE articles SET suggested_story = ? WHERE suggested_story <> '' AND suggested_story = ?", into.Key, from.Key)
			if err != nil {
				return 0, err
			}
			n, _ := res.RowsAffected()
			if n == 0 {
				return 0, fmt.Errorf("%s: %w", from, ErrNotFound)
			}
			return int(n), nil
		}
		var intoID int64
		if err := tx.QueryRowContext(ctx, "SELECT id FROM stories WHERE key = ?", into.Key).Scan(&intoID); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return 0, fmt.Errorf("%s: %w", into, ErrNotFound)
			}
			return 0, err
		}
		var ids []int64
		var err error
		if from.Suggested {
			ids, err = idsWhere(ctx, tx, "suggested_story <> '' AND suggested_story = ? AND story_id IS NULL", from.Key)
		} else {
			ids, err = idsWhere(ctx, tx, "story_id = (SELECT id FROM stories WHERE key = ?)", from.Key)
		}
		if err != nil {
			return 0, err
		}
		if len(ids) == 0 {
			return 0, fmt.Errorf("%s: %w", from, ErrNotFound)
		}
		if err := db.moveArticles(ctx, tx, ids, "story_id = ?", intoID); err != nil {
			return 0, err
		}
		if !from.Suggested {
			if _, err := tx.ExecContext(ctx, "UPDATE lessons SET story_key = ? WHERE story_key = ?", into.Key, from.Key); err != nil {
				return 0, err
			}
		}
		return len(ids), dropEmptyStories(ctx, tx)
	})
}

// RenameStory changes a story's title; its key stays, so links, lessons
// and exports keep pointing at it.
func (db *DB) RenameStory(ctx context.Context, key, title string) error {
	title = strings.TrimSpace(title)
	if title == "" {
		return fmt.Errorf("store: rename story %q: empty title", key)
	}
	_, err := db.curate(ctx, "rename story "+key, func(tx *sql.Tx) (int, error) {
		res, err := tx.ExecContext(ctx, "UPDATE stories SET title = ? WHERE key = ?", title, key)
		if err != nil {
			return 0, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return 0, fmt.Errorf("story %q: %w", key, ErrNotFound)
		}
		return 1, nil
	})
	return err
}

// CurationVersion is a counter that every curation (story or outlet move,
// rename, merge) increments in its transaction, so caches keyed by the data
// version can follow changes that add or remove no article.
func (db *DB) CurationVersion(ctx context.Context) (int64, error) {
	var v int64
	err := db.read.QueryRowContext(ctx, "SELECT coalesce((SELECT CAST(value AS BIGINT) FROM meta WHERE key = 'curation_version'), 0)").Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("store: curation version: %w", err)
	}
	return v, nil
}

// curate runs fn in one write transaction and bumps the curation version
// with it. On PostgreSQL the transaction first takes the write lock that
// imports, rescores and deletes take (lockWrites): a curation moves
// articles between aggregate rows, so it must see every article committed
// before it and no other replica may change those articles meanwhile.
func (db *DB) curate(ctx context.Context, what string, fn func(tx *sql.Tx) (int, error)) (int, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store: %s: %w", what, err)
	}
	defer tx.Rollback()
	if err := lockWrites(ctx, tx, db.pg); err != nil {
		return 0, fmt.Errorf("store: %s: %w", what, err)
	}
	n, err := fn(tx)
	if err != nil {
		return 0, fmt.Errorf("store: %s: %w", what, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('curation_version', '1')
		ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS BIGINT) + 1 AS TEXT)`); err != nil {
		return 0, fmt.Errorf("store: %s: %w", what, err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store: %s: %w", what, err)
	}
	return n, nil
}

// newStory creates an accepted story and returns its ID; ErrExists when
// the key is taken. The insert itself decides (a taken key inserts no row),
// so two replicas creating one key at once cannot both succeed.
func newStory(ctx context.Context, tx *sql.Tx, key, title string) (int64, error) {
	if key == "" || key == NoSuggestion {
		return 0, fmt.Errorf("empty story key")
	}
	id, err := insertID(ctx, tx, "INSERT INTO stories (key, title) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", key, title)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("story %q: %w", key, ErrExists)
	}
	if err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('story_origin:' || CAST(? AS TEXT), ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, OriginAccepted); err != nil {
		return 0, err
	}
	return id, nil
}

// dropEmptyStories removes the stories left with no article, and their
// origin marks.
func dropEmptyStories(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM meta WHERE key LIKE 'story_origin:%' AND substr(key, 14) IN
		(SELECT key FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles WHERE story_id = s.id))`); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE NOT EXISTS (SELECT 1 FROM articles WHERE story_id = stories.id)`)
	return err
}

// idsWhere returns the IDs of the articles matching cond, ascending.
func idsWhere(ctx context.Context, tx *sql.Tx, cond string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, "SELECT id FROM articles WHERE "+cond+" ORDER BY id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// existingIDs keeps the IDs of ids that are articles.
func existingIDs(ctx context.Context, tx *sql.Tx, pg bool, ids []int64) ([]int64, error) {
	j, _ := json.Marshal(ids)
	return idsWhere(ctx, tx, "id IN ("+jsonEach(pg, true, "?")+")", string(j))
}

// moveArticles applies set (an UPDATE's SET clause, with args) to the
// articles ids, keeping the aggregates exact: their contribution is
// subtracted before and added after, in tx.
func (db *DB) moveArticles(ctx context.Context, tx *sql.Tx, ids []int64, set string, args ...any) error {
	j, _ := json.Marshal(ids)
	list := string(j)
	in := "a.id IN (" + jsonEach(db.pg, true, "?2") + ")"
	if err := db.adjustAggregates(ctx, tx, in, -1, list); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE articles SET "+set+" WHERE id IN ("+jsonEach(db.pg, true, "?")+")",
		append(args, list)...); err != nil {
		return err
	}
	return db.adjustAggregates(ctx, tx, in, 1, list)
}

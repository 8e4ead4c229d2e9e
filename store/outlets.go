package store

// Admin curation of outlets: rename, and merge one outlet into another.
// The aggregates are keyed by outlet ID, so a rename leaves them as they
// are; a merge moves the articles in one transaction that subtracts their
// contribution before and adds it after (moveArticles).

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// OutletMerge is what merging one outlet into another did.
type OutletMerge struct {
	From, Into string // the outlets' names
	Moved      int    // articles moved
	Duplicates int    // articles removed: the same text was already in the outlet merged into
}

// RenameOutlet gives an outlet a new name. A name another outlet has is
// refused with ErrExists: merge the two instead.
func (db *DB) RenameOutlet(ctx context.Context, id int64, name string) error {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return fmt.Errorf("store: rename outlet %d: empty name", id)
	}
	_, err := db.curate(ctx, fmt.Sprintf("rename outlet %d", id), func(tx *sql.Tx) (int, error) {
		var other int64
		switch err := tx.QueryRowContext(ctx, "SELECT id FROM outlets WHERE name = ?", name).Scan(&other); {
		case err == nil && other != id:
			return 0, fmt.Errorf("outlet %q: %w", name, ErrExists)
		case err != nil && !errors.Is(err, sql.ErrNoRows):
			return 0, err
		}
		res, err := tx.ExecContext(ctx, "UPDATE outlets SET name = ? WHERE id = ?", name, id)
		if err != nil {
			return 0, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return 0, fmt.Errorf("outlet %d: %w", id, ErrNotFound)
		}
		return 1, nil
	})
	return err
}

// MergeOutlets moves every article of outlet from into outlet into and
// removes from. An article whose text into already has (the dedupe rule:
// one article per outlet and text) is removed instead of moved, and the
// exact-copy links of into's articles are recomputed, since copies within
// one outlet are not syndication. Classroom lessons keep into's letter
// where they had both outlets.
func (db *DB) MergeOutlets(ctx context.Context, from, into int64) (OutletMerge, error) {
	var m OutletMerge
	if from == into {
		return m, fmt.Errorf("store: merge outlet %d into itself", from)
	}
	_, err := db.curate(ctx, fmt.Sprintf("merge outlet %d into %d", from, into), func(tx *sql.Tx) (int, error) {
		for _, o := range []struct {
			id   int64
			name *string
		}{{from, &m.From}, {into, &m.Into}} {
			if err := tx.QueryRowContext(ctx, "SELECT name FROM outlets WHERE id = ?", o.id).Scan(o.name); err != nil {
				if errors.Is(err, sql.ErrNoRows) {
					return 0, fmt.Errorf("outlet %d: %w", o.id, ErrNotFound)
				}
				return 0, err
			}
		}
		dupCond := "outlet_id = ? AND content_hash IN (SELECT content_hash FROM articles WHERE outlet_id = ?)"
		dups, err := idsWhere(ctx, tx, dupCond, from, into)
		if err != nil {
			return 0, err
		}
		if len(dups) > 0 {
			// As deleteWhere does: the index rows first, then the aggregates,
			// then the rows. PostgreSQL's index is a column of the rows.
			if !db.pg {
				if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rowid, title, text)
					SELECT 'delete', id, title, text FROM articles WHERE `+dupCond, from, into); err != nil {
					return 0, err
				}
			}
			if err := db.adjustAggregates(ctx, tx, "a.outlet_id = ?2 AND a.content_hash IN (SELECT content_hash FROM articles WHERE outlet_id = ?3)", -1, from, into); err != nil {
				return 0, err
			}
			if _, err := tx.ExecContext(ctx, "DELETE FROM articles WHERE "+dupCond, from, into); err != nil {
				return 0, err
			}
			m.Duplicates = len(dups)
		}
		ids, err := idsWhere(ctx, tx, "outlet_id = ?", from)
		if err != nil {
			return 0, err
		}
		if err := db.moveArticles(ctx, tx, ids, "outlet_id = ?", into); err != nil {
			return 0, err
		}
		m.Moved = len(ids)
		// syndicated_of points at the first copy of the text (the dedupe
		// rule leaves one article per outlet and text, so it is another
		// outlet's); removed duplicates may have been first copies.
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET syndicated_of = (SELECT min(x.id) FROM articles x
			WHERE x.content_hash = articles.content_hash AND x.id < articles.id)
			WHERE content_hash IN (SELECT content_hash FROM articles WHERE outlet_id = ?)`, into); err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM lesson_outlets WHERE outlet_id = ?
			AND lesson_id IN (SELECT lesson_id FROM lesson_outlets WHERE outlet_id = ?)`, from, into); err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE lesson_outlets SET outlet_id = ? WHERE outlet_id = ?", into, from); err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM outlets WHERE id = ?", from); err != nil {
			return 0, err
		}
		return m.Moved, dropEmptyStories(ctx, tx)
	})
	return m, err
}

// OutletByName returns the ID of the outlet named name.
func (db *DB) OutletByName(ctx context.Context, name string) (int64, error) {
	var id int64
	err := db.read.QueryRowContext(ctx, "SELECT id FROM outlets WHERE name = ?", name).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("store: outlet %q: %w", name, ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("store: outlet %q: %w", name, err)
	}
	return id, nil
}

// OutletHosts returns the host names of an outlet's article addresses
// (without "www."), most used first.
func (db *DB) OutletHosts(ctx context.Context, id int64) ([]string, error) {
	rows, err := db.read.QueryContext(ctx, "SELECT url FROM articles WHERE outlet_id = ? AND url <> ''", id)
	if err != nil {
		return nil, fmt.Errorf("store: outlet hosts: %w", err)
	}
	defer rows.Close()
	n := map[string]int{}
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			return nil, fmt.Errorf("store: outlet hosts: %w", err)
		}
		if u, err := url.Parse(raw); err == nil && u.Hostname() != "" {
			n[strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")]++
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: outlet hosts: %w", err)
	}
	hosts := make([]string, 0, len(n))
	for h := range n {
		hosts = append(hosts, h)
	}
	sort.Slice(hosts, func(i, j int) bool {
		if n[hosts[i]] != n[hosts[j]] {
			return n[hosts[i]] > n[hosts[j]]
		}
		return hosts[i] < hosts[j]
	})
	return hosts, nil
}

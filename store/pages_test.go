package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"
)

func TestWatchSeesCommits(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	w, err := db.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	// A second process: its own connection to the same file.
	other, err := sql.Open("sqlite", dsn(db.Path(), false))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	v0, err := w.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name    string
		write   func() error
		changed bool
	}{
		{"nothing", func() error { return nil }, false},
		{"this process's writer", func() error {
			return db.CreateSession(ctx, "h1", Session{Role: "viewer", CSRF: "x", Created: time.Now(), Expires: time.Now().Add(time.Hour)})
		}, true},
		{"a read", func() error { _, err := db.Session(ctx, "h1", time.Now()); return err }, false},
		{"another connection", func() error { _, err := other.Exec("DELETE FROM sessions"); return err }, true},
	}
	prev := v0
	for _, st := range steps {
		if err := st.write(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		v, err := w.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got := v != prev; got != st.changed {
			t.Errorf("%s: version changed = %v (%d -> %d), want %v", st.name, got, prev, v, st.changed)
		}
		prev = v
	}
}

func BenchmarkWatchVersion(b *testing.B) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(b.TempDir(), "w.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	w, err := db.Watch(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	for b.Loop() {
		if _, err := w.Version(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSearchBounded(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	importGenerated(t, db, rand.New(rand.NewPCG(3, 4)), 0, 300, 50)
	sum := func(cs []SearchCount) map[string]int {
		m := map[string]int{}
		for _, c := range cs {
			m[fmt.Sprintf("%d|%s", c.OutletID, c.Month)] += c.Articles
		}
		return m
	}
	tests := []struct {
		name       string
		f          Filter
		limit      int
		wantCapped bool
	}{
		{"all, under the limit", Filter{}, 1000, false},
		{"all, over the limit", Filter{}, 120, true},
		{"one story", Filter{Story: "story-1"}, 1000, false},
		{"one story, over the limit", Filter{Story: "story-1"}, 10, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			full, err := db.SearchCounts(ctx, "text", tt.f)
			if err != nil {
				t.Fatal(err)
			}
			want := sum(full)
			wantTotal := 0
			for _, n := range want {
				wantTotal += n
			}
			got, total, capped, err := db.SearchCountsNewest(ctx, "text", tt.f, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if capped != tt.wantCapped {
				t.Fatalf("capped = %v, want %v", capped, tt.wantCapped)
			}
			counted := 0
			for _, n := range sum(got) {
				counted += n
			}
			if !capped {
				if !reflect.DeepEqual(sum(got), want) || total != wantTotal {
					t.Errorf("counts %v (total %d), want %v (total %d)", sum(got), total, want, wantTotal)
				}
				return
			}
			if counted != tt.limit {
				t.Errorf("counted %d articles, want the limit %d", counted, tt.limit)
			}
			if tt.f.Story == "" && total != wantTotal {
				t.Errorf("total %d, want %d", total, wantTotal)
			}
			for k, n := range sum(got) {
				if n > want[k] {
					t.Errorf("%s: %d counted, more than the %d there are", k, n, want[k])
				}
			}
		})
	}
	for _, f := range []Filter{{}, {Story: "story-2"}} {
		// The reference: every matching article, straight from the index.
		var all []SearchRow
		rows, err := db.read.QueryContext(ctx, `SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
			LEFT JOIN stories s ON s.id = a.story_id WHERE articles_fts MATCH 'text' AND (? = '' OR s.key = ?)`, f.Story, f.Story)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var r SearchRow
			if err := rows.Scan(&r.ID); err != nil {
				t.Fatal(err)
			}
			all = append(all, r)
		}
		rows.Close()
		top, err := db.SearchTop(ctx, "text", f, 1000, 0)
		if err != nil {
			t.Fatal(err)
		}
		ids := func(rs []SearchRow) []int64 {
			out := make([]int64, len(rs))
			for i, r := range rs {
				out[i] = r.ID
			}
			slices.Sort(out)
			return out
		}
		if !reflect.DeepEqual(ids(top), ids(all)) {
			t.Errorf("story %q: SearchTop found %d articles, the index %d", f.Story, len(top), len(all))
		}
		if len(top) == 0 || top[0].Text == "" || top[0].Outlet == "" {
			t.Errorf("story %q: SearchTop rows %+v, want texts and outlets", f.Story, top)
		}
	}
	newest, err := db.SearchTop(ctx, "text", Filter{}, 1000, 40)
	if err != nil {
		t.Fatal(err)
	}
	all, err := db.Search(ctx, "text", Filter{}, 1000)
	if err != nil {
		t.Fatal(err)
	}
	maxID := int64(0)
	for _, r := range all {
		maxID = max(maxID, r.ID)
	}
	if len(newest) != 40 {
		t.Errorf("SearchTop within the newest 40: %d articles, want 40", len(newest))
	}
	for _, r := range newest {
		if r.ID <= maxID-40 {
			t.Errorf("SearchTop within the newest 40 returned article %d, older than %d", r.ID, maxID-40)
		}
	}
	one, err := db.SearchTop(ctx, "text 7", Filter{}, 5, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if len(one) != 1 || one[0].Title != "t7" {
		t.Errorf("SearchTop(\"text 7\") = %+v, want the one article t7", one)
	}
}

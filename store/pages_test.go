package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
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
	// A second process: its own connection to the same database.
	other, err := sql.Open("sqlite", dsn(db.Path(), false))
	if db.pg {
		other, err = openPGPool(db.pgURL)
	}
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
		}, !db.pg}, // PostgreSQL's counter leaves sessions out: a login changes no page
		{"a read", func() error { _, err := db.Session(ctx, "h1", time.Now()); return err }, false},
		{"another connection", func() error { _, err := other.Exec("DELETE FROM sessions"); return err }, !db.pg},
		{"this process's import", func() error {
			im, err := db.NewImporter(ctx, "w", false)
			if err != nil {
				return err
			}
			if _, _, err := im.Add(article("A", "", "watched text")); err != nil {
				return err
			}
			return im.Close()
		}, true},
		{"another connection's write", func() error {
			_, err := other.Exec("UPDATE outlets SET notes = 'n'")
			return err
		}, true},
		{"a rolled back write", func() error {
			tx, err := other.Begin()
			if err != nil {
				return err
			}
			if _, err := tx.Exec("UPDATE outlets SET notes = 'm'"); err != nil {
				return err
			}
			return tx.Rollback()
		}, false},
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
	db := openTemp(b) // PostgreSQL with FRAMELENS_TEST_PG
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
		for _, id := range indexMatches(t, db, "text", f.Story) {
			all = append(all, SearchRow{ID: id})
		}
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

// TestWatchChangesAtCommit checks that the version does not move while
// another connection's write is uncommitted, and moves once it commits: a
// page cached in between would otherwise be kept with the old data.
func TestWatchChangesAtCommit(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	im, err := db.NewImporter(ctx, "w", false)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := im.Add(article("A", "", "some text")); err != nil {
		t.Fatal(err)
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
	w, err := db.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	other, err := sql.Open("sqlite", dsn(db.Path(), false))
	if db.pg {
		other, err = openPGPool(db.pgURL)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	dv0, err := db.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v0, err := w.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec("UPDATE articles SET title = 'renamed'"); err != nil {
		t.Fatal(err)
	}
	if v, err := w.Version(ctx); err != nil || v != v0 {
		t.Fatalf("version before commit = %d, %v; want %d (unchanged)", v, err, v0)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	v1, err := w.Version(ctx)
	if err != nil || v1 == v0 {
		t.Fatalf("version after commit = %d, %v; want a change from %d", v1, err, v0)
	}
	var title string
	if err := db.read.QueryRow("SELECT title FROM articles").Scan(&title); err != nil || title != "renamed" {
		t.Fatalf("title after commit = %q, %v; want the committed one", title, err)
	}
	// DataVersion follows articles added, deleted, rescored or curated,
	// not a title edited by hand, on both backends.
	if dv1, err := db.DataVersion(ctx); err != nil || dv1 != dv0 {
		t.Errorf("data version after a title edit = %q, %v; want %q", dv1, err, dv0)
	}
	if err := db.DeleteArticle(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if dv2, err := db.DataVersion(ctx); err != nil || dv2 == dv0 {
		t.Errorf("data version after a delete = %q, %v; want a change from %q", dv2, err, dv0)
	}
}

// TestSearchAgreesAcrossBackends runs the same phrase searches on a small
// fixture whose best match is clear under both rankings (FTS5's bm25 on
// SQLite, ts_rank on PostgreSQL): the same articles, in the same order,
// and the same counts, whichever backend openTemp gave.
func TestSearchAgreesAcrossBackends(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	im, err := db.NewImporter(ctx, "search", false)
	if err != nil {
		t.Fatal(err)
	}
	docs := []struct{ outlet, story, title, text string }{
		{"Daily", "flood", "Morning report", "The dam burst. The dam was old, the dam was weak: dam after dam fails."},
		{"Daily", "flood", "Evening report", "Rain fell on the town near the dam yesterday and people stayed home for the whole long day."},
		{"Herald", "flood", "Water news", "Nothing here about it at all, only water and rain."},
		{"Herald", "", "Dams and damage", "Dams, DAMAGE and damming are other words."},
		{"Herald", "flood", "Dam report", "The DAM report said little."},
		{"Post", "", "Bridge", "A bridge burst open; the dam held."},
		{"Post", "", "Photo", "Photo by Craighead/White House of U.S. officials at a re-opened e-mail desk."},
	}
	for i, d := range docs {
		a := &Article{Title: d.title, Outlet: d.outlet, Story: d.story, Text: d.text, Hash: fmt.Sprint("s", i),
			Language: "en", Format: "text", Published: time.Date(2024, 5, 1+i, 0, 0, 0, 0, time.UTC)}
		if _, _, err := im.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    string
		f    Filter
		want []string // titles, best first
	}{
		{"dam", Filter{}, []string{"Morning report", "Dam report", "Bridge", "Evening report"}},
		{"Dam", Filter{Story: "flood"}, []string{"Morning report", "Dam report", "Evening report"}},
		{"dam burst", Filter{}, []string{"Morning report"}},
		{"burst open", Filter{}, []string{"Bridge"}},
		{"the dam", Filter{}, []string{"Morning report", "Dam report", "Bridge", "Evening report"}},
		{"damage", Filter{}, []string{"Dams and damage"}},
		{"dams and", Filter{}, []string{"Dams and damage"}},
		{"water rain", Filter{}, nil},
		{"white house", Filter{}, []string{"Photo"}},        // across a slash
		{"U.S. officials", Filter{}, []string{"Photo"}},     // across dots
		{"re-opened e-mail", Filter{}, []string{"Photo"}},   // across hyphens
		{"opened e mail desk", Filter{}, []string{"Photo"}}, // parts of hyphenated words
		{`dam" OR "rain`, Filter{}, nil},                    // user input is never query syntax
	}
	for _, tt := range tests {
		rows, err := db.Search(ctx, tt.q, tt.f, 10)
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.q, err)
		}
		var got []string
		for _, r := range rows {
			got = append(got, r.Title)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Search(%q, %+v) = %q, want %q", tt.q, tt.f, got, tt.want)
		}
		counts, err := db.SearchCounts(ctx, tt.q, tt.f)
		if err != nil {
			t.Fatalf("SearchCounts(%q): %v", tt.q, err)
		}
		n := 0
		for _, c := range counts {
			n += c.Articles
		}
		if n != len(tt.want) {
			t.Errorf("SearchCounts(%q, %+v) counts %d articles, want %d", tt.q, tt.f, n, len(tt.want))
		}
	}
}

package store

import (
	"context"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"
)

var lessonTime = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)

// curationDB imports 120 generated articles (four outlets, three imported
// stories or none, several months) and suggests two stories over the
// articles with no story, plus one over articles of story-1.
func curationDB(t *testing.T) *DB {
	t.Helper()
	db := openTemp(t)
	curationFixture(t, db)
	return db
}

// curationFixture fills db as curationDB describes.
func curationFixture(t *testing.T, db *DB) {
	t.Helper()
	importGenerated(t, db, rand.New(rand.NewPCG(7, 9)), 0, 120, 40)
	var free, storied []int64
	rows, err := db.read.Query("SELECT id, story_id IS NULL FROM articles ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var none bool
		if err := rows.Scan(&id, &none); err != nil {
			t.Fatal(err)
		}
		if none {
			free = append(free, id)
		} else {
			storied = append(storied, id)
		}
	}
	rows.Close()
	if len(free) < 12 || len(storied) < 4 {
		t.Fatalf("generated %d free and %d storied articles, want at least 12 and 4", len(free), len(storied))
	}
	sug := map[int64]string{}
	for _, id := range free[:6] {
		sug[id] = "suggested-a"
	}
	for _, id := range free[6:12] {
		sug[id] = "suggested-b"
	}
	for _, id := range storied[:4] {
		sug[id] = "suggested-b" // imported stories win: these are never moved by accepting
	}
	if err := db.SetSuggestions(context.Background(), sug, nil); err != nil {
		t.Fatal(err)
	}
	checkAggregates(t, db, "setup")
}

func storyOf(t *testing.T, db *DB, id int64) string {
	t.Helper()
	var key string
	if err := db.read.QueryRow("SELECT coalesce(s.key, '') FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE a.id = ?", id).Scan(&key); err != nil {
		t.Fatal(err)
	}
	return key
}

func suggestionIDs(t *testing.T, db *DB, key string) []int64 {
	t.Helper()
	arts, err := db.CurationArticles(context.Background(), StoryRef{Key: key, Suggested: true})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	return ids
}

func TestStoryCuration(t *testing.T) {
	ctx := context.Background()
	db := curationDB(t)

	sugs, total, err := db.Suggestions(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 || len(sugs) != 2 {
		t.Fatalf("suggestions: got %d (total %d), want 2", len(sugs), total)
	}
	for _, s := range sugs {
		if len(s.Articles) != 6 {
			t.Errorf("suggestion %s: got %d articles with no story, want 6", s.Key, len(s.Articles))
		}
		if s.Key == "suggested-b" && len(s.InStories) == 0 {
			t.Errorf("suggestion b: got no story holding its other articles, want at least one")
		}
	}
	imported := map[int64]string{}
	rows, err := db.read.Query("SELECT a.id, s.key FROM articles a JOIN stories s ON s.id = a.story_id WHERE a.suggested_story = 'suggested-b'")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var key string
		rows.Scan(&id, &key)
		imported[id] = key
	}
	rows.Close()

	// Accept b: its six free articles get the story, the imported ones stay.
	bIDs := suggestionIDs(t, db, "suggested-b")
	n, err := db.AcceptSuggestion(ctx, "suggested-b", "port-strike", "Port strike")
	if err != nil || n != 6 {
		t.Fatalf("accept: got %d, %v; want 6, nil", n, err)
	}
	checkAggregates(t, db, "accept")
	for _, id := range bIDs {
		if got := storyOf(t, db, id); got != "port-strike" {
			t.Errorf("accept: article %d in story %q, want port-strike", id, got)
		}
	}
	for id, key := range imported {
		if got := storyOf(t, db, id); got != key {
			t.Errorf("accept: imported article %d moved to %q, want it kept in %q", id, got, key)
		}
	}
	if o, err := db.StoryOrigin(ctx, "port-strike"); err != nil || o != OriginAccepted {
		t.Errorf("origin of port-strike: got %q, %v; want accepted", o, err)
	}
	if o, err := db.StoryOrigin(ctx, "story-1"); err != nil || o != OriginImported {
		t.Errorf("origin of story-1: got %q, %v; want imported", o, err)
	}
	if _, err := db.AcceptSuggestion(ctx, "suggested-a", "port-strike", "x"); !errors.Is(err, ErrExists) {
		t.Errorf("accept under a taken key: got %v, want ErrExists", err)
	}
	if _, err := db.AcceptSuggestion(ctx, "suggested-b", "again", "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("accept an accepted suggestion again: got %v, want ErrNotFound", err)
	}

	// Split: two articles into a new story, one back to none.
	if n, err := db.MoveArticles(ctx, bIDs[:2], "port-strike-day-2", "Day two"); err != nil || n != 2 {
		t.Fatalf("split: got %d, %v; want 2, nil", n, err)
	}
	checkAggregates(t, db, "split into a new story")
	if n, err := db.MoveArticles(ctx, bIDs[2:3], "", ""); err != nil || n != 1 {
		t.Fatalf("split out: got %d, %v; want 1, nil", n, err)
	}
	checkAggregates(t, db, "split out")
	if got := storyOf(t, db, bIDs[2]); got != "" {
		t.Errorf("split out: article in %q, want no story", got)
	}
	// Re-running clustering does not suggest it again, nor touch stories.
	all := map[int64]string{}
	for _, id := range bIDs {
		all[id] = "suggested-z"
	}
	if err := db.SetSuggestions(ctx, all, nil); err != nil {
		t.Fatal(err)
	}
	if got := suggestionIDs(t, db, "suggested-z"); len(got) != 0 {
		t.Errorf("re-clustering: got %v suggested with no story, want none (the article taken out stays out)", got)
	}
	if got := storyOf(t, db, bIDs[0]); got != "port-strike-day-2" {
		t.Errorf("re-clustering: article in %q, want port-strike-day-2 kept", got)
	}

	// Merge: two suggestions into one, then that one into the accepted story.
	free, err := db.read.Query("SELECT id FROM articles WHERE story_id IS NULL AND suggested_story = '' ORDER BY id LIMIT 3")
	if err != nil {
		t.Fatal(err)
	}
	var f []int64
	for free.Next() {
		var id int64
		free.Scan(&id)
		f = append(f, id)
	}
	free.Close()
	if err := db.SetSuggestions(ctx, map[int64]string{f[0]: "s-1", f[1]: "s-1", f[2]: "s-2"}, nil); err != nil {
		t.Fatal(err)
	}
	if n, err := db.MergeStories(ctx, StoryRef{Key: "s-2", Suggested: true}, StoryRef{Key: "s-1", Suggested: true}); err != nil || n != 1 {
		t.Fatalf("merge suggestions: got %d, %v; want 1, nil", n, err)
	}
	if got := suggestionIDs(t, db, "s-1"); len(got) != 3 {
		t.Errorf("merge suggestions: got %v in s-1, want %v", got, f)
	}
	if n, err := db.MergeStories(ctx, StoryRef{Key: "s-1", Suggested: true}, StoryRef{Key: "port-strike"}); err != nil || n != 3 {
		t.Fatalf("merge a suggestion into a story: got %d, %v; want 3, nil", n, err)
	}
	checkAggregates(t, db, "merge a suggestion into a story")
	if got := storyOf(t, db, f[2]); got != "port-strike" {
		t.Errorf("merge a suggestion into a story: article in %q, want port-strike", got)
	}
	if _, err := db.MergeStories(ctx, StoryRef{Key: "port-strike"}, StoryRef{Key: "s-1", Suggested: true}); err == nil {
		t.Errorf("merge a story into a suggestion: got no error, want one")
	}
	if _, err := db.CreateLesson(ctx, "port-strike-day-2", map[int64]string{}, lessonTime); err != nil {
		t.Fatal(err)
	}
	if n, err := db.MergeStories(ctx, StoryRef{Key: "port-strike-day-2"}, StoryRef{Key: "port-strike"}); err != nil || n != 2 {
		t.Fatalf("merge stories: got %d, %v; want 2, nil", n, err)
	}
	checkAggregates(t, db, "merge stories")
	if _, err := db.StoryOrigin(ctx, "port-strike-day-2"); !errors.Is(err, ErrNotFound) {
		t.Errorf("merged story: got %v, want it removed", err)
	}
	var lessons int
	db.read.QueryRow("SELECT count(*) FROM lessons WHERE story_key = 'port-strike'").Scan(&lessons)
	if lessons != 1 {
		t.Errorf("merged story's lesson: got %d lessons on port-strike, want 1", lessons)
	}
	// An imported story merges too (explicit admin action on its articles).
	if _, err := db.MergeStories(ctx, StoryRef{Key: "story-2"}, StoryRef{Key: "story-3"}); err != nil {
		t.Fatal(err)
	}
	checkAggregates(t, db, "merge imported stories")

	// Rename: the title changes, the key stays.
	if err := db.RenameStory(ctx, "port-strike", `Port <strike> "ends"`); err != nil {
		t.Fatal(err)
	}
	st, err := db.Story(ctx, "port-strike")
	if err != nil || st.Title != `Port <strike> "ends"` {
		t.Errorf("rename: got %q, %v", st.Title, err)
	}
	if err := db.RenameStory(ctx, "nope", "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("rename a missing story: got %v, want ErrNotFound", err)
	}
}

func TestCurationVersionChanges(t *testing.T) {
	ctx := context.Background()
	db := curationDB(t)
	v0, err := db.CurationVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AcceptSuggestion(ctx, "suggested-a", "k", "K"); err != nil {
		t.Fatal(err)
	}
	v1, _ := db.CurationVersion(ctx)
	if err := db.RenameStory(ctx, "k", "K2"); err != nil {
		t.Fatal(err)
	}
	v2, _ := db.CurationVersion(ctx)
	if err := db.RenameStory(ctx, "missing", "x"); err == nil {
		t.Fatal("want an error")
	}
	v3, _ := db.CurationVersion(ctx)
	if !(v0 < v1 && v1 < v2 && v2 == v3) {
		t.Errorf("curation versions: got %d, %d, %d, %d; want increasing on each change and unchanged on a failed one", v0, v1, v2, v3)
	}
}

func TestOutletCuration(t *testing.T) {
	ctx := context.Background()
	db := curationDB(t)
	ids := map[string]int64{}
	for _, name := range []string{"outlet 0", "outlet 1", "outlet 2"} {
		id, err := db.OutletByName(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		ids[name] = id
	}
	// Rename.
	if err := db.RenameOutlet(ctx, ids["outlet 0"], "  The   Daily <b> "); err != nil {
		t.Fatal(err)
	}
	if o, err := db.Outlet(ctx, ids["outlet 0"]); err != nil || o.Name != "The Daily <b>" {
		t.Errorf("rename: got %q, %v; want %q", o.Name, err, "The Daily <b>")
	}
	if err := db.RenameOutlet(ctx, ids["outlet 0"], "outlet 1"); !errors.Is(err, ErrExists) {
		t.Errorf("rename to a taken name: got %v, want ErrExists", err)
	}
	checkAggregates(t, db, "rename outlet")

	// Give outlet 2 copies of two texts of outlet 1 (one earlier, one later), and a lesson with both.
	var src []int64
	rows, _ := db.read.Query("SELECT id FROM articles WHERE outlet_id = ? ORDER BY id LIMIT 2", ids["outlet 1"])
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		src = append(src, id)
	}
	rows.Close()
	im, err := db.NewImporter(ctx, "copies", false)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range src {
		var text, hash string
		db.read.QueryRow("SELECT text, content_hash FROM articles WHERE id = ?", id).Scan(&text, &hash)
		a := article("outlet 2", "", text)
		a.Hash = hash
		if _, _, err := im.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateLesson(ctx, "story-1", map[int64]string{ids["outlet 1"]: "A", ids["outlet 2"]: "B"}, lessonTime); err != nil {
		t.Fatal(err)
	}
	var before1, before2 int
	db.read.QueryRow("SELECT count(*) FROM articles WHERE outlet_id = ?", ids["outlet 1"]).Scan(&before1)
	db.read.QueryRow("SELECT count(*) FROM articles WHERE outlet_id = ?", ids["outlet 2"]).Scan(&before2)

	m, err := db.MergeOutlets(ctx, ids["outlet 2"], ids["outlet 1"])
	if err != nil {
		t.Fatal(err)
	}
	checkAggregates(t, db, "merge outlets")
	if m.Duplicates != 2 || m.Moved != before2-2 {
		t.Errorf("merge: got %+v, want 2 duplicates removed and %d moved", m, before2-2)
	}
	var after int
	db.read.QueryRow("SELECT count(*) FROM articles WHERE outlet_id = ?", ids["outlet 1"]).Scan(&after)
	if after != before1+before2-2 {
		t.Errorf("merge: outlet 1 has %d articles, want %d", after, before1+before2-2)
	}
	if _, err := db.Outlet(ctx, ids["outlet 2"]); !errors.Is(err, ErrNotFound) {
		t.Errorf("merged outlet: got %v, want removed", err)
	}
	var bad int
	db.read.QueryRow(`SELECT count(*) FROM articles a WHERE coalesce(a.syndicated_of, 0) <>
		coalesce((SELECT min(x.id) FROM articles x WHERE x.content_hash = a.content_hash AND x.id < a.id), 0)`).Scan(&bad)
	if bad != 0 {
		t.Errorf("merge: %d articles with a wrong syndicated_of, want 0", bad)
	}
	var letters []string
	rows, _ = db.read.Query("SELECT letter FROM lesson_outlets ORDER BY letter")
	for rows.Next() {
		var l string
		rows.Scan(&l)
		letters = append(letters, l)
	}
	rows.Close()
	sort.Strings(letters)
	if len(letters) != 1 || letters[0] != "A" {
		t.Errorf("lesson letters after merge: got %v, want [A] (the outlet kept keeps its letter)", letters)
	}
	if _, err := db.MergeOutlets(ctx, ids["outlet 1"], ids["outlet 1"]); err == nil {
		t.Error("merge an outlet into itself: got no error, want one")
	}
	if _, err := db.MergeOutlets(ctx, ids["outlet 2"], ids["outlet 1"]); !errors.Is(err, ErrNotFound) {
		t.Errorf("merge a removed outlet: got %v, want ErrNotFound", err)
	}
	// The full-text index still matches the rows.
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

// TestCurationBesideImport curates through one handle while another
// imports into the same outlets and stories, as a web admin does while
// "framelens import" runs, or two replicas on PostgreSQL. The import has
// flushed articles of the outlet and story merged away before the merge,
// and goes on during a second curation: it completes, the merged outlet
// keeps no article, and every aggregate equals the sums over the rows.
func TestCurationBesideImport(t *testing.T) {
	ctx := context.Background()
	dbs := handles(t, 2)
	importGenerated(t, dbs[0], rand.New(rand.NewPCG(3, 4)), 0, 80, 40)
	outlet := func(name string) int64 {
		id, err := dbs[1].OutletByName(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	from, into := outlet("outlet 3"), outlet("outlet 2")

	r := rand.New(rand.NewPCG(5, 6))
	im, err := dbs[0].NewImporter(ctx, "beside", false)
	if err != nil {
		t.Fatal(err)
	}
	add := func(from, to int) error {
		for i := from; i < to; i++ {
			if _, _, err := im.Add(genArticle(r, i)); err != nil {
				return err
			}
			if im.Pending() >= 10 {
				if err := im.Flush(); err != nil {
					return err
				}
			}
		}
		return im.Flush()
	}
	if err := add(80, 120); err != nil {
		t.Fatal(err)
	}
	if _, err := dbs[1].MergeOutlets(ctx, from, into); err != nil {
		t.Fatal(err)
	}
	if _, err := dbs[1].MergeStories(ctx, StoryRef{Key: "story-1"}, StoryRef{Key: "story-2"}); err != nil {
		t.Fatal(err)
	}
	importErr := make(chan error, 1)
	go func() { importErr <- add(120, 240) }()
	var ids []int64
	rows, err := dbs[1].read.QueryContext(ctx, "SELECT id FROM articles WHERE story_id IS NULL ORDER BY id LIMIT 10")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if _, err := dbs[1].MoveArticles(ctx, ids, "moved-here", "Moved"); err != nil {
		t.Error(err)
	}
	if err := <-importErr; err != nil {
		t.Fatalf("import beside curation: %v", err)
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
	checkAggregates(t, dbs[0], "after curating beside an import")
	var left int
	if err := dbs[0].read.QueryRow("SELECT count(*) FROM articles WHERE outlet_id = ?", from).Scan(&left); err != nil || left != 0 {
		t.Errorf("articles left in the merged outlet: %d, %v; want 0", left, err)
	}
}

// TestClusterDocsAndSuggestionKeys reads the articles clustering reads by
// each selector and renames a suggestion, on either backend.
func TestClusterDocsAndSuggestionKeys(t *testing.T) {
	ctx := context.Background()
	db := curationDB(t)
	a := suggestionIDs(t, db, "suggested-a")
	for _, tt := range []struct {
		key  string
		want bool
	}{{"suggested-a", true}, {"suggested-b", true}, {"nope", false}, {"", false}} {
		if got, err := db.SuggestionKeyUsed(ctx, tt.key); err != nil || got != tt.want {
			t.Errorf("SuggestionKeyUsed(%q) = %v, %v; want %v", tt.key, got, err, tt.want)
		}
	}
	ids := func(docs []ClusterDoc, err error) []int64 {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, d := range docs {
			out = append(out, d.ID)
		}
		return out
	}
	all := ids(db.ClusterDocs(ctx, false))
	if len(all) != 120 {
		t.Fatalf("ClusterDocs: %d articles, want 120", len(all))
	}
	if got := ids(db.ClusterDocsByID(ctx, []int64{a[1], a[0], -5}, true)); len(got) != 2 || got[0] != a[0] || got[1] != a[1] {
		t.Errorf("ClusterDocsByID = %v; want %v in ID order", got, a[:2])
	}
	if got := ids(db.ClusterDocsSuggested(ctx, []string{"suggested-a"}, false)); len(got) != len(a) {
		t.Errorf("ClusterDocsSuggested: %d articles, want %d", len(got), len(a))
	}
	if got := ids(db.ClusterDocsSample(ctx, 10)); len(got) < 9 || len(got) > 11 {
		t.Errorf("ClusterDocsSample(10): %d articles, want about 10", len(got))
	}
	var dated int
	if err := db.read.QueryRow("SELECT count(*) FROM articles WHERE published >= '2024-02-01' AND published < '2024-03'").Scan(&dated); err != nil {
		t.Fatal(err)
	}
	if got := ids(db.ClusterDocsBetween(ctx, "2024-02-01T00:00:00Z", "2024-02-31T23:59:59Z", false)); len(got) != dated {
		t.Errorf("ClusterDocsBetween February: %d articles, want %d", len(got), dated)
	}
	if err := db.UpdateSuggestions(ctx, nil, nil, map[string]string{"suggested-a": "suggested-c"}); err != nil {
		t.Fatal(err)
	}
	if used, _ := db.SuggestionKeyUsed(ctx, "suggested-a"); used {
		t.Error("suggested-a still used after renaming it")
	}
	if got := suggestionIDs(t, db, "suggested-c"); len(got) != len(a) {
		t.Errorf("suggested-c holds %d articles, want %d", len(got), len(a))
	}
	// An article taken out of every story keeps no suggestion; the others
	// take theirs, and near-duplicate marks are set.
	if _, err := db.MoveArticles(ctx, []int64{a[2]}, "", ""); err != nil {
		t.Fatal(err)
	}
	if err := db.UpdateSuggestions(ctx, map[int64]string{a[0]: "suggested-d", a[2]: "suggested-d"}, map[int64]int64{a[1]: a[0]}, nil); err != nil {
		t.Fatal(err)
	}
	docs, err := db.ClusterDocsByID(ctx, []int64{a[0], a[1], a[2]}, false)
	if err != nil || len(docs) != 3 {
		t.Fatalf("ClusterDocsByID = %d docs, %v", len(docs), err)
	}
	sug := map[int64]string{}
	for _, d := range docs {
		sug[d.ID] = d.Suggested
	}
	if sug[a[0]] != "suggested-d" || sug[a[1]] != "suggested-c" || sug[a[2]] != NoSuggestion {
		t.Errorf("suggested stories = %q, %q, %q; want suggested-d, suggested-c (unchanged), %q (taken out)",
			sug[a[0]], sug[a[1]], sug[a[2]], NoSuggestion)
	}
	var of int64
	if err := db.read.QueryRow("SELECT coalesce(near_duplicate_of, 0) FROM articles WHERE id = ?", a[1]).Scan(&of); err != nil || of != a[0] {
		t.Errorf("near_duplicate_of = %d, %v; want %d", of, err, a[0])
	}
}

// TestCurationSameOnBothBackendsPG runs one curation session on a SQLite
// file and on a PostgreSQL schema and compares what every curation read
// returns after each step: same rows, same order, same types.
func TestCurationSameOnBothBackendsPG(t *testing.T) {
	ctx := context.Background()
	pg := pgReplicas(t, 1)[0]
	lite, err := Open(ctx, filepath.Join(t.TempDir(), "same.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lite.Close() })
	dbs := []*DB{lite, pg}
	for _, db := range dbs {
		curationFixture(t, db)
	}
	type view struct {
		Suggestions []Suggestion
		Total       int
		Stories     []CuratedStory
		Articles    map[string][]CurationArticle
		Origins     map[string]string
		Hosts       []string
		Versions    []VersionCount
		Curation    int64
	}
	read := func(db *DB) view {
		t.Helper()
		var v view
		var err error
		if v.Suggestions, v.Total, err = db.Suggestions(ctx, 0, 10); err != nil {
			t.Fatal(err)
		}
		if v.Stories, err = db.CuratedStories(ctx); err != nil {
			t.Fatal(err)
		}
		v.Articles, v.Origins = map[string][]CurationArticle{}, map[string]string{}
		for _, s := range v.Stories {
			if v.Articles[s.Key], err = db.CurationArticles(ctx, StoryRef{Key: s.Key}); err != nil {
				t.Fatal(err)
			}
			if v.Origins[s.Key], err = db.StoryOrigin(ctx, s.Key); err != nil {
				t.Fatal(err)
			}
		}
		for _, s := range v.Suggestions {
			if v.Articles["suggested "+s.Key], err = db.CurationArticles(ctx, StoryRef{Key: s.Key, Suggested: true}); err != nil {
				t.Fatal(err)
			}
		}
		if v.Hosts, err = db.OutletHosts(ctx, 1); err != nil {
			t.Fatal(err)
		}
		if v.Versions, err = db.ArticleVersions(ctx); err != nil {
			t.Fatal(err)
		}
		if v.Curation, err = db.CurationVersion(ctx); err != nil {
			t.Fatal(err)
		}
		return v
	}
	steps := []struct {
		name string
		do   func(db *DB) error
	}{
		{"fixture", func(*DB) error { return nil }},
		{"accept", func(db *DB) error { _, err := db.AcceptSuggestion(ctx, "suggested-a", "acc", "Accepted"); return err }},
		{"move out", func(db *DB) error { _, err := db.MoveArticles(ctx, []int64{3, 5, 999}, "", ""); return err }},
		{"move into new", func(db *DB) error { _, err := db.MoveArticles(ctx, []int64{7, 9}, "fresh", "Fresh"); return err }},
		{"merge suggestion into story", func(db *DB) error {
			_, err := db.MergeStories(ctx, StoryRef{Key: "suggested-b", Suggested: true}, StoryRef{Key: "story-1"})
			return err
		}},
		{"merge stories", func(db *DB) error {
			_, err := db.MergeStories(ctx, StoryRef{Key: "story-2"}, StoryRef{Key: "acc"})
			return err
		}},
		{"rename story", func(db *DB) error { return db.RenameStory(ctx, "acc", "Renamed") }},
		{"rename outlet", func(db *DB) error { return db.RenameOutlet(ctx, 1, "First Outlet") }},
		{"merge outlets", func(db *DB) error { _, err := db.MergeOutlets(ctx, 4, 3); return err }},
	}
	for _, st := range steps {
		var views [2]view
		for i, db := range dbs {
			if err := st.do(db); err != nil {
				t.Fatalf("%s on %s: %v", st.name, []string{"SQLite", "PostgreSQL"}[i], err)
			}
			views[i] = read(db)
		}
		if st.name == "fixture" && (len(views[0].Stories) < 3 || len(views[0].Suggestions) != 2) {
			t.Fatalf("fixture: %d stories, %d suggestions; want at least 3 and 2", len(views[0].Stories), len(views[0].Suggestions))
		}
		if !reflect.DeepEqual(views[0], views[1]) {
			t.Errorf("after %s: SQLite and PostgreSQL differ:\nSQLite     %+v\nPostgreSQL %+v", st.name, views[0], views[1])
		}
	}
	for _, db := range dbs {
		checkAggregates(t, db, "after the session")
	}
}

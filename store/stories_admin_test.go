package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"
)

// TestSuggestionsMatchReference: Suggestions gives, page by page, exactly
// what the reference that reads every suggested article gives (order,
// total, articles, outlets, stories holding other articles), and
// CuratedStories what the plain join gives, on suggestions of every size, with undated articles, articles
// taken out of every story, and accepted and imported stories.
func TestSuggestionsMatchReference(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t) // not curationDB: its aggregate check is not what is tested here
	importGenerated(t, db, rand.New(rand.NewPCG(7, 9)), 0, 120, 40)
	var ids []int64
	rows, err := db.read.Query("SELECT id FROM articles ORDER BY id")
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
	// Undated articles sort last within their suggestion and make a
	// suggestion of only undated articles the oldest.
	if _, err := db.write.Exec("UPDATE articles SET published = '' WHERE id IN (?, ?, ?)", ids[3], ids[50], ids[51]); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	sug := map[int64]string{ids[50]: "suggested-undated", ids[51]: "suggested-undated"}
	for _, id := range ids {
		if _, ok := sug[id]; ok {
			continue
		}
		switch k := r.IntN(14); {
		case k < 11:
			sug[id] = fmt.Sprintf("suggested-%02d", k)
		case k == 11:
			sug[id] = NoSuggestion
		}
	}
	if err := db.SetSuggestions(ctx, sug, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AcceptSuggestion(ctx, "suggested-03", "accepted-three", "Three"); err != nil {
		t.Fatal(err)
	}

	for _, limit := range []int{1, 3, 5, 20} {
		_, total, err := suggestionsByScan(db, ctx, 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		if total < 8 {
			t.Fatalf("%d suggestions, want at least 8 for the test to page", total)
		}
		for offset := 0; offset <= total+limit; offset += limit {
			want, wantTotal, err := suggestionsByScan(db, ctx, offset, limit)
			if err != nil {
				t.Fatal(err)
			}
			got, gotTotal, err := db.Suggestions(ctx, offset, limit)
			if err != nil {
				t.Fatal(err)
			}
			if gotTotal != wantTotal {
				t.Errorf("offset %d limit %d: total got %d, want %d", offset, limit, gotTotal, wantTotal)
			}
			if len(got) == 0 && len(want) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("offset %d limit %d:\ngot  %+v\nwant %+v", offset, limit, got, want)
			}
		}
	}
	want, err := curatedStoriesByJoin(db, ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.CuratedStories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 2 || want[0].Origin != OriginAccepted {
		t.Fatalf("curated stories %+v: want the accepted one first and imported ones", want)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CuratedStories:\ngot  %+v\nwant %+v", got, want)
	}
}

// suggestionsByScan is the reference for Suggestions: it reads and sorts
// every suggested article. It returns the suggested stories that have articles with no
// story, newest first, skipping offset and returning at most limit, with
// the total number of such suggestions.
func suggestionsByScan(db *DB, ctx context.Context, offset, limit int) ([]Suggestion, int, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT `+curationArticleCols+`
		FROM articles a JOIN outlets o ON o.id = a.outlet_id LEFT JOIN stories s ON s.id = a.story_id
		WHERE a.suggested_story <> '' AND a.suggested_story <> ? AND a.story_id IS NULL
		ORDER BY a.suggested_story, a.published, a.id`, NoSuggestion)
	if err != nil {
		return nil, 0, fmt.Errorf("store: suggestions: %w", err)
	}
	arts, err := scanCurationArticles(rows)
	if err != nil {
		return nil, 0, fmt.Errorf("store: suggestions: %w", err)
	}
	var out []Suggestion
	for _, a := range arts {
		if len(out) == 0 || out[len(out)-1].Key != a.Suggested {
			out = append(out, Suggestion{Key: a.Suggested})
		}
		g := &out[len(out)-1]
		g.Articles = append(g.Articles, a)
		g.Latest = max(g.Latest, a.Published)
	}
	for i := range out {
		seen := map[int64]bool{}
		for _, a := range out[i].Articles {
			seen[a.OutletID] = true
		}
		out[i].Outlets = len(seen)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Latest != out[j].Latest {
			return out[i].Latest > out[j].Latest
		}
		return out[i].Key < out[j].Key
	})
	total := len(out)
	out = out[min(offset, total):min(offset+max(limit, 0), total)]
	if len(out) == 0 {
		return out, total, nil
	}
	keys := make([]string, len(out))
	at := map[string]int{}
	for i, g := range out {
		keys[i] = g.Key
		at[g.Key] = i
	}
	kj, _ := json.Marshal(keys)
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

// curatedStoriesByJoin is the reference for CuratedStories (the plain
// join, which may scan every article). It returns every story that has articles with its origin,
// the admin's first, then by key.
func curatedStoriesByJoin(db *DB, ctx context.Context) ([]CuratedStory, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT s.id, s.key, s.title, coalesce(m.value, ?), count(a.id),
			count(DISTINCT a.outlet_id), coalesce(min(nullif(a.published, '')), ''), max(a.published)
		FROM stories s JOIN articles a ON a.story_id = s.id LEFT JOIN meta m ON m.key = 'story_origin:' || s.key
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

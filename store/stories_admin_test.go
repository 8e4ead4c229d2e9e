package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestSuggestionPageMatchesSuggestions: the bounded page gives, page by
// page, exactly what Suggestions gives (order, total, articles, outlets,
// stories holding other articles), and StoryList what CuratedStories
// gives, on suggestions of every size, with undated articles, articles
// taken out of every story, and accepted and imported stories.
func TestSuggestionPageMatchesSuggestions(t *testing.T) {
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
		_, total, err := db.Suggestions(ctx, 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		if total < 8 {
			t.Fatalf("%d suggestions, want at least 8 for the test to page", total)
		}
		for offset := 0; offset <= total+limit; offset += limit {
			want, wantTotal, err := db.Suggestions(ctx, offset, limit)
			if err != nil {
				t.Fatal(err)
			}
			got, gotTotal, err := db.SuggestionPage(ctx, offset, limit)
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
	want, err := db.CuratedStories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.StoryList(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 2 || want[0].Origin != OriginAccepted {
		t.Fatalf("curated stories %+v: want the accepted one first and imported ones", want)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("StoryList:\ngot  %+v\nwant %+v", got, want)
	}
}

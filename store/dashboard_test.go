package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// dashDB holds three articles by two outlets in one story, with evidence
// and counts written directly.
func dashDB(t *testing.T) *DB {
	t.Helper()
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "dash.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	im, err := db.NewImporter(ctx, "test", false)
	if err != nil {
		t.Fatal(err)
	}
	texts := []struct{ outlet, day, text string }{
		{"Red", "2031-01-05", "alpha beta gamma. Officials said delta."},
		{"Red", "2031-02-07", "beta beta epsilon and more beta words here"},
		{"Blue", "2031-02-09", "gamma OR delta NEAR(x) \"quoted\" text"},
	}
	for i, a := range texts {
		pub, _ := time.Parse("2006-01-02", a.day)
		var ev []Evidence
		counts := map[string]int{}
		for _, w := range []string{"beta", "gamma"} {
			from := 0
			for {
				j := strings.Index(a.text[from:], w)
				if j < 0 {
					break
				}
				start := from + j
				voice := "narrator"
				if w == "gamma" {
					voice = "direct_quote"
				} else {
					counts["L1"]++
				}
				ev = append(ev, Evidence{Start: start, End: start + len(w), Signal: "L1", Category: "loaded", Entry: "e." + w, Voice: voice, Term: w, Weight: 1})
				from = start + len(w)
			}
		}
		an := &Analysis{LexiconVersion: "v1", Words: 10, NarratorWords: 8, Sentences: 2, NarratorSentences: 2, Evidence: ev, Counts: counts,
			Frames:     []Frame{{Frame: "political", Cues: 1, Present: i != 1}, {Frame: "economic", Cues: 2, Present: true}},
			QuoteSpans: []Quote{{Start: 0, End: 5, Kind: "direct", Speaker: "S", SpeakerGroup: "official", Verb: "said", Words: 1}}}
		if _, _, err := im.Add(&Article{Title: fmt.Sprint("T", i), Outlet: a.outlet, Story: "st", Text: a.text, Language: "en",
			Hash: fmt.Sprint("h", i), Published: pub, Analysis: an}); err != nil {
			t.Fatal(err)
		}
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestArticleStatsPivot(t *testing.T) {
	db := dashDB(t)
	ctx := context.Background()
	tests := []struct {
		name   string
		f      Filter
		wantL1 []int // per article, in ID order
	}{
		{"all", Filter{}, []int{1, 3, 0}},
		{"story", Filter{Story: "st"}, []int{1, 3, 0}},
		{"no such story", Filter{Story: "nope"}, nil},
		{"dates", Filter{From: "2031-02-01", To: "2031-02-28"}, []int{3, 0}},
		{"category from evidence", Filter{Categories: []string{"loaded"}}, []int{1, 3, 0}},
		{"entries from evidence", Filter{Entries: []string{"e.gamma"}}, []int{0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stats, err := db.ArticleStats(ctx, tt.f, []string{"L1", "L2"})
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, a := range stats {
				got = append(got, a.Counts["L1"])
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantL1) {
				t.Errorf("L1 counts = %v, want %v", got, tt.wantL1)
			}
		})
	}
}

func TestFrameStats(t *testing.T) {
	db := dashDB(t)
	got, err := db.FrameStats(context.Background(), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want := "[{1 economic 2} {1 political 1} {2 economic 1} {2 political 1}]"
	if fmt.Sprint(got) != want {
		t.Errorf("FrameStats = %v, want %v", got, want)
	}
}

func TestHitsOrderAndVoice(t *testing.T) {
	db := dashDB(t)
	ctx := context.Background()
	hits, err := db.Hits(ctx, HitFilter{Signal: "L1", Voice: "own"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, fmt.Sprintf("%d:%d", h.ArticleID, h.Start))
		if h.Voice == "direct_quote" {
			t.Errorf("voice=own returned a direct quote hit %+v", h.EvidenceRow)
		}
		if h.Match != h.Term {
			t.Errorf("match %q, want the span text %q", h.Match, h.Term)
		}
	}
	// Newest article first, text order within an article.
	if want := "[2:0 2:5 2:27 1:6]"; fmt.Sprint(got) != want {
		t.Errorf("hits = %v, want %v", got, want)
	}
}

func TestSearchTakesInputAsAPhrase(t *testing.T) {
	db := dashDB(t)
	ctx := context.Background()
	for _, tt := range []struct {
		q    string
		want int
	}{
		{"beta", 2}, {"gamma OR delta", 1}, {`NEAR(x)`, 1}, {`"quoted"`, 1}, {`"`, 0}, {"beta*", 2}, {"epsilon and", 1},
	} {
		rows, err := db.Search(ctx, tt.q, Filter{}, 10)
		if err != nil {
			t.Errorf("Search(%q): %v", tt.q, err)
			continue
		}
		if len(rows) != tt.want {
			t.Errorf("Search(%q) = %d articles, want %d", tt.q, len(rows), tt.want)
		}
	}
}

func TestTrimUTF8(t *testing.T) {
	s := "é✓x"
	if got := TrimStart(s[1:]); got != "✓x" {
		t.Errorf("TrimStart = %q", got)
	}
	if got := TrimEnd(s[:4]); got != "é" {
		t.Errorf("TrimEnd = %q", got)
	}
}

func TestBlindSaltIsStable(t *testing.T) {
	db := dashDB(t)
	a, err := db.BlindSalt(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.BlindSalt(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if a == "" || a != b {
		t.Errorf("salts %q and %q, want one stable non-empty salt", a, b)
	}
}

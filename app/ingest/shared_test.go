package ingest

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/framelens/framelens/app/internal/sharedtest"
)

// corpusPath is the 37,554-article Article-Bias-Prediction corpus.
const corpusPath = "data/article-bias-prediction/articles_all.jsonl.gz"

func TestSharedSeeds(t *testing.T) {
	seeds := sharedtest.Path(t, "seeds")
	var arts []Article
	var fails []Failure
	err := ReadManifest(context.Background(), filepath.Join(seeds, "manifest.csv"), Options{},
		func(a Article) error { arts = append(arts, a); return nil },
		func(f Failure) { fails = append(fails, f) })
	if err != nil {
		t.Fatal(err)
	}
	if len(fails) != 0 {
		t.Fatalf("failures: %v", fails)
	}
	if len(arts) != 5 {
		t.Fatalf("got %d articles, want 5", len(arts))
	}
	outlets := map[string]bool{}
	hashes := map[string]bool{}
	for i, a := range arts {
		outlets[a.Outlet] = true
		hashes[Hash(a.Text)] = true
		if a.Story != "rafah-2024" || a.Language != "en" || a.Format != "text" {
			t.Errorf("%s: got story %q language %q format %q, want rafah-2024 en text", a.Source, a.Story, a.Language, a.Format)
		}
		// Only 004 starts with a headline line; the manifest also names it.
		wantTitle := i == 4
		if got := a.Title != ""; got != wantTitle {
			t.Errorf("%s: title %q; want a title: %v", a.Source, a.Title, wantTitle)
		}
	}
	if len(outlets) != 5 || len(hashes) != 5 {
		t.Errorf("got %d outlets and %d distinct texts, want 5 and 5", len(outlets), len(hashes))
	}
	// 001 ends with a stray "Exit mobile version" line, which cleaning removes.
	for _, a := range arts {
		if slices.Contains(strings.Split(a.Text, "\n"), "Exit mobile version") {
			t.Errorf("%s: boilerplate line kept", a.Source)
		}
	}
}

func TestSharedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 37,554 articles; skipped with -short")
	}
	path := sharedtest.Path(t, corpusPath)
	n := 0
	outlets := map[string]bool{}
	var fails []Failure
	err := Read(context.Background(), []string{path}, Options{Map: map[string]string{"text": "content_original"}},
		func(a Article) error {
			n++
			outlets[a.Outlet] = true
			if a.Text == "" || a.Format != "jsonl" || a.Line != n {
				t.Errorf("line %d: got format %q, line %d, %d bytes of text", n, a.Format, a.Line, len(a.Text))
			}
			return nil
		},
		func(f Failure) { fails = append(fails, f) })
	if err != nil {
		t.Fatal(err)
	}
	if len(fails) != 0 {
		t.Errorf("got %d failures, want none; first: %v", len(fails), fails[0])
	}
	if n != 37554 || len(outlets) != 491 {
		t.Errorf("got %d articles from %d outlets, want 37554 from 491", n, len(outlets))
	}
}

func BenchmarkReadCorpus(b *testing.B) {
	path := sharedtest.Path(b, corpusPath)
	opts := Options{Map: map[string]string{"text": "content_original"}}
	for b.Loop() {
		n := 0
		err := Read(context.Background(), []string{path}, opts, func(Article) error { n++; return nil }, func(f Failure) { b.Fatal(f) })
		if err != nil {
			b.Fatal(err)
		}
		if n != 37554 {
			b.Fatalf("got %d articles, want 37554", n)
		}
	}
}

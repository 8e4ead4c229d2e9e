package cluster

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/framelens/framelens/app/internal/sharedtest"
)

// tricky are texts that exercise every branch of the tokenizer and the
// shingler: inner punctuation, abbreviations, possessives, curly quotes,
// non-ASCII letters and digits, invalid UTF-8, stemming endings.
var tricky = []string{
	"",
	"The U.S. Senate voted.",
	"Police say 2,411 remains were found.",
	"NATO's chief met al-Sadr's envoy",
	"Strikes, striking; policies",
	"U.N.-backed talks: \u201cNo deal,\u201d said Mr. O\u2019Brien\u2019s aide. Senators\u2019 votes",
	"İstanbul ÇANAKKALE straße Ærø Σωκράτης ΑΘΗΝΑ \u0660\u0661\u0662,\u0663 ٣.٤ K.O. A.B.C. a.b.c x.Y",
	"stopped stopping fell falls buses boxes churches wishes agreed freed lies ties tried U.K.'s",
	"bad \xff\xfe bytes\xe2\x80 and a cut rune \xe2\x80",
	"3.14 3,14 ,leading trailing, -dash- 'quote' don't rock'n'roll e-mail 1990s",
	"ALL CAPS HEADLINE: Gov. DeSantis’s McDonald’s iPhone eBay 5G COVID-19",
	"one two three four",
	"A. B. C. U.S.A. u.s. U.S.-Mexico",
	"tab\tseparated\nnew line\r\nwindows? yes! ok: \"quoted\"",
}

// normalize is the normalized form of one word, as tokens carry it.
func normalize(word string) string { return string(appendNorm(nil, word)) }

func tokenizeMatches(t *testing.T, s string) {
	t.Helper()
	got, want := tokenize(s), refTokenize(s)
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokenize(%q):\ngot  %+v\nwant %+v", s, got, want)
	}
	for _, w := range []string{s, s + "'s", s + "’s", s + "'"} {
		if got, want := normalize(w), refNormalize(w); got != want {
			t.Errorf("normalize(%q) = %q, want %q", w, got, want)
		}
	}
}

func shinglesMatch(t *testing.T, s string) {
	t.Helper()
	got, want := shingles(s), refShingles(s)
	if len(got) != len(want) || len(got) > 0 && !slices.Equal(got, want) {
		t.Errorf("shingles(%q): got %d hashes, want %d (or different values)", s, len(got), len(want))
	}
	var sh shingler
	sk, n := sh.sketch(s)
	if n != len(want) || !slices.Equal(sk, want[:min(SketchSize, len(want))]) {
		t.Errorf("sketch(%q): got %d values of %d, want the first %d of %d", s, len(sk), n, min(SketchSize, len(want)), len(want))
	}
}

func TestTokenizeMatchesReference(t *testing.T) {
	for _, s := range tricky {
		tokenizeMatches(t, s)
	}
	docs, _ := corpusSlice(t, 3000)
	for _, d := range docs {
		tokenizeMatches(t, d.Title)
		tokenizeMatches(t, d.Lead)
	}
}

func TestShinglesMatchReference(t *testing.T) {
	for _, s := range tricky {
		shinglesMatch(t, s)
	}
	_, texts := corpusSlice(t, 3000)
	for _, s := range texts {
		shinglesMatch(t, s)
	}
}

func FuzzTokenizeReference(f *testing.F) {
	for _, s := range tricky {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tokenizeMatches(t, s)
		shinglesMatch(t, s)
	})
}

// corpusSlice reads the first n articles of the shared corpus as
// loadCorpus does (skips when it is not there), once per test binary.
func corpusSlice(tb testing.TB, n int) ([]Doc, []string) {
	tb.Helper()
	if len(sliceCache.docs) >= n {
		return sliceCache.docs[:n], sliceCache.texts[:n]
	}
	cf, err := os.Open(sharedtest.Path(tb, "data/article-bias-prediction/articles_all.jsonl.gz"))
	if err != nil {
		tb.Fatal(err)
	}
	defer cf.Close()
	zr, err := gzip.NewReader(cf)
	if err != nil {
		tb.Fatal(err)
	}
	var docs []Doc
	var texts []string
	lines := bufio.NewScanner(zr)
	lines.Buffer(make([]byte, 1<<20), 64<<20)
	for len(docs) < n && lines.Scan() {
		var a struct{ Date, Source, Title, Content string }
		if err := json.Unmarshal(lines.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		at, _ := time.Parse("2006-01-02", a.Date)
		docs = append(docs, Doc{ID: int64(len(docs) + 1), Title: a.Title, Lead: firstWords(a.Content, 200), Published: at, Outlet: a.Source})
		texts = append(texts, a.Content)
	}
	if err := lines.Err(); err != nil {
		tb.Fatal(err)
	}
	sliceCache.docs, sliceCache.texts = docs, texts
	return docs, texts
}

var sliceCache struct {
	docs  []Doc
	texts []string
}

// TestClusterMatchesReference: Cluster, Incremental and NearDuplicatePairs
// give exactly what the code before the speed work gave (the reference
// copies in reference_cluster_test.go), on the fixture and on a slice of
// the corpus (dated and undated articles, many outlets).
func TestClusterMatchesReference(t *testing.T) {
	fixtureDocs := make([]Doc, len(fixture))
	for i, f := range fixture {
		fixtureDocs[i] = f.doc
	}
	n := 3000
	if testing.Short() {
		n = 1000
	}
	docs, texts := corpusSlice(t, n)
	for _, tc := range []struct {
		name string
		docs []Doc
	}{{"fixture", fixtureDocs}, {"corpus", docs}} {
		t.Run(tc.name, func(t *testing.T) {
			for _, p := range []Params{{}, {Window: 24 * time.Hour, Threshold: 0.3, MinSharedNames: -1}} {
				got, want := Cluster(tc.docs, p), refCluster(tc.docs, p)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("params %+v: got %d groups, want %d (or different groups)", p, len(got), len(want))
				}
			}
		})
	}
	t.Run("incremental", func(t *testing.T) {
		// The older half clustered in full gives the keys; the newer half
		// of a date range is new; other articles are the background.
		order := make([]int, len(docs))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return docs[order[a]].Published.Before(docs[order[b]].Published) })
		sub := make([]Doc, 0, len(docs)/2)
		for _, i := range order[len(order)/4 : 3*len(order)/4] {
			sub = append(sub, docs[i])
		}
		var bg []Doc
		for _, i := range order[:len(order)/4] {
			bg = append(bg, docs[i])
		}
		keys := make([]string, len(sub))
		isNew := make([]bool, len(sub))
		old := sub[:len(sub)/2]
		for g, group := range refCluster(old, Params{}) {
			for _, i := range group {
				keys[i] = fmt.Sprint("s", g)
			}
		}
		for i := len(old); i < len(sub); i++ {
			isNew[i] = true
		}
		mint := func(g []int) string { return fmt.Sprint(g) }
		gotSet, gotMerged := Incremental(sub, keys, isNew, bg, Params{}, mint)
		wantSet, wantMerged := refIncremental(sub, keys, isNew, bg, Params{}, mint)
		if !reflect.DeepEqual(gotSet, wantSet) || !reflect.DeepEqual(gotMerged, wantMerged) {
			t.Errorf("got %d keys set and %d merges, want %d and %d (or different ones)", len(gotSet), len(gotMerged), len(wantSet), len(wantMerged))
		}
		if len(wantSet) == 0 {
			t.Errorf("the test case sets no key: it tests nothing")
		}
	})
	t.Run("neardup", func(t *testing.T) {
		// The made-up wire copies of neardup_test.go, so there are pairs
		// however few corpus articles are read.
		texts := append(variants(), texts...)
		for _, th := range []float64{DefaultNearDuplicate, 0.2} {
			got, want := NearDuplicatePairs(texts, th), refNearDuplicatePairs(texts, th)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("threshold %v: got %d pairs, want %d (or different ones)", th, len(got), len(want))
			}
			if len(want) == 0 {
				t.Errorf("threshold %v: no pairs: the test case tests nothing", th)
			}
		}
	})
}

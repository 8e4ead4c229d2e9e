package cluster

import (
	"fmt"
	"sort"
	"testing"
	"time"
)

// simulateIncremental imports docs batch by batch (each batch a list of
// indexes) as the application does after each import: the new docs and
// the earlier docs published within the spans of the new ones are
// clustered with Incremental. It returns every doc's final key, how many
// times a doc's key changed other than by a merge, and how many docs
// changed key by a merge.
func simulateIncremental(docs []Doc, batches [][]int, p Params) (keys []string, changed, merges int) {
	keys = make([]string, len(docs))
	imported := make([]bool, len(docs))
	minted := 0
	for _, b := range batches {
		isNewIdx := map[int]bool{}
		var news []Doc
		for _, i := range b {
			isNewIdx[i] = true
			news = append(news, docs[i])
		}
		var window []int
		spans := p.Spans(news)
		for i := range docs {
			if isNewIdx[i] {
				window = append(window, i)
				continue
			}
			if !imported[i] || docs[i].Published.IsZero() {
				continue
			}
			for _, s := range spans {
				if !docs[i].Published.Before(s[0]) && !docs[i].Published.After(s[1]) {
					window = append(window, i)
					break
				}
			}
		}
		// Every other member of the stories in the window.
		inKeys := map[string]bool{}
		for _, i := range window {
			if keys[i] != "" {
				inKeys[keys[i]] = true
			}
		}
		for i := range docs {
			if imported[i] && inKeys[keys[i]] && !slicesContains(window, i) {
				window = append(window, i)
			}
		}
		sort.Ints(window)
		inWindow := map[int]bool{}
		for _, i := range window {
			inWindow[i] = true
		}
		var rest []int
		for i := range docs {
			if imported[i] && !inWindow[i] {
				rest = append(rest, i)
			}
		}
		var background []Doc
		for _, i := range sample(rest, backgroundSize) {
			background = append(background, docs[i])
		}
		wdocs := make([]Doc, len(window))
		wkeys := make([]string, len(window))
		wnew := make([]bool, len(window))
		for k, i := range window {
			wdocs[k], wkeys[k], wnew[k] = docs[i], keys[i], isNewIdx[i]
		}
		set, merged := Incremental(wdocs, wkeys, wnew, background, p, func([]int) string {
			minted++
			return fmt.Sprintf("k%d", minted)
		})
		for i, k := range keys {
			if to, ok := merged[k]; ok {
				keys[i] = to
				merges++
			}
		}
		for k, key := range set {
			i := window[k]
			if keys[i] != "" && keys[i] != key {
				changed++
			}
			keys[i] = key
		}
		for _, i := range b {
			imported[i] = true
		}
	}
	return keys, changed, merges
}

// groupsOfKeys turns keys into groups of two or more indexes, as Cluster
// returns them.
func groupsOfKeys(keys []string) [][]int {
	by := map[string][]int{}
	for i, k := range keys {
		if k != "" {
			by[k] = append(by[k], i)
		}
	}
	var groups [][]int
	for _, g := range by {
		if len(g) > 1 {
			groups = append(groups, g)
		}
	}
	sort.Slice(groups, func(a, b int) bool { return groups[a][0] < groups[b][0] })
	return groups
}

// dayBatches splits docs into one batch per publication day, in time
// order, the undated ones last.
func dayBatches(docs []Doc) [][]int {
	by := map[string][]int{}
	for i, d := range docs {
		k := "~undated"
		if !d.Published.IsZero() {
			k = d.Published.UTC().Format("2006-01-02")
		}
		by[k] = append(by[k], i)
	}
	days := make([]string, 0, len(by))
	for k := range by {
		days = append(days, k)
	}
	sort.Strings(days)
	out := make([][]int, len(days))
	for i, d := range days {
		out[i] = by[d]
	}
	return out
}

// pairAgreement counts the pairs grouped together by a, by b, and by both.
func pairAgreement(n int, a, b [][]int) (inA, inB, both int) {
	label := func(groups [][]int) []int {
		l := make([]int, n)
		for i := range l {
			l[i] = -1 - i
		}
		for g, m := range groups {
			for _, i := range m {
				l[i] = g
			}
		}
		return l
	}
	la, lb := label(a), label(b)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			x, y := la[i] == la[j], lb[i] == lb[j]
			if x {
				inA++
			}
			if y {
				inB++
			}
			if x && y {
				both++
			}
		}
	}
	return
}

func TestIncrementalMatchesFullOnFixture(t *testing.T) {
	docs := make([]Doc, len(fixture))
	for i, f := range fixture {
		docs[i] = f.doc
		docs[i].ID = int64(i + 1)
	}
	full := Cluster(docs, Params{})
	tests := []struct {
		name    string
		batches [][]int
	}{
		{"one batch", [][]int{seq(len(docs))}},
		{"one day at a time", dayBatches(docs)},
		{"one article at a time", singles(len(docs))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys, changed, _ := simulateIncremental(docs, tt.batches, Params{})
			got := groupsOfKeys(keys)
			inFull, inGot, both := pairAgreement(len(docs), full, got)
			// Every pair grouped is one the full run groups, and at most
			// one article per event is left out (the order in which
			// articles arrive changes which links are taken first).
			if both != inGot {
				t.Errorf("groups: got %v, full run %v: %d pairs grouped that the full run does not group, want 0", got, full, inGot-both)
			}
			if len(got) != len(full) || inFull-both > 4 {
				t.Errorf("groups: got %v, full run %v: %d of its %d pairs missing, want at most 4 (one article)", got, full, inFull-both, inFull)
			}
			if changed != 0 {
				t.Errorf("keys changed %d times after being given, want 0", changed)
			}
		})
	}
}

func TestIncrementalKeepsKeys(t *testing.T) {
	docs := []Doc{
		{ID: 1, Outlet: "A", Published: day(3, 6), Title: "Riverton dam collapses after heavy rain", Lead: "The Hollins Creek dam above Riverton gave way."},
		{ID: 2, Outlet: "B", Published: day(3, 9), Title: "Hollins Creek dam gives way in Riverton", Lead: "Residents of Riverton fled as the Hollins Creek dam failed."},
		{ID: 3, Outlet: "C", Published: day(3, 12), Title: "Riverton dam failure: Hollins Creek floods town", Lead: "The Hollins Creek dam in Riverton failed on Tuesday."},
	}
	keys := []string{"dam-story", "dam-story", ""}
	isNew := []bool{false, false, true}
	got, _ := Incremental(docs, keys, isNew, nil, Params{}, func([]int) string { return "minted" })
	if want := map[int]string{2: "dam-story"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v (the new article joins the old story under its key)", got, want)
	}
	// Older members with no key yet join the key a new doc brings.
	got, _ = Incremental(docs, []string{"", "", ""}, []bool{false, false, true}, nil, Params{}, func([]int) string { return "minted" })
	if want := map[int]string{0: "minted", 1: "minted", 2: "minted"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// A group with no new doc is not touched.
	got, _ = Incremental(docs, []string{"", "", ""}, []bool{false, false, false}, nil, Params{}, func([]int) string { return "minted" })
	if len(got) != 0 {
		t.Errorf("got %v, want nothing set", got)
	}
}

func TestSpans(t *testing.T) {
	p := Params{Window: 24 * time.Hour}
	docs := []Doc{{Published: day(10, 0)}, {}, {Published: day(3, 0)}, {Published: day(4, 0)}}
	got := p.Spans(docs)
	want := [][2]time.Time{{day(2, 0), day(5, 0)}, {day(9, 0), day(11, 0)}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if got := p.Spans([]Doc{{}}); len(got) != 0 {
		t.Errorf("undated only: got %v, want none", got)
	}
}

// backgroundSize is how many other docs the simulation gives Incremental
// for word statistics, as the application does.
const backgroundSize = 2000

// sample takes at most n of ids, evenly spaced.
func sample(ids []int, n int) []int {
	if len(ids) <= n {
		return ids
	}
	out := make([]int, n)
	for k := range out {
		out[k] = ids[k*len(ids)/n]
	}
	return out
}

func slicesContains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func singles(n int) [][]int {
	s := make([][]int, n)
	for i := range s {
		s[i] = []int{i}
	}
	return s
}

// TestEvalIncremental measures incremental clustering (one import per
// publication day, in time order, the undated seed articles last) against
// the full run on the hand-labelled evaluation: pairwise precision and
// recall of both against the labels, and how many of the full run's
// same-story pairs incremental also makes.
func TestEvalIncremental(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the 37k corpus; skipped with -short")
	}
	ls := loadEval(t)
	docs := make([]Doc, len(ls))
	for i, l := range ls {
		docs[i] = l.doc
	}
	full := Cluster(docs, Params{})
	start := time.Now()
	keys, changed, merges := simulateIncremental(docs, dayBatches(docs), Params{})
	elapsed := time.Since(start)
	inc := groupsOfKeys(keys)
	fs, is := scorePairs(ls, full), scorePairs(ls, inc)
	for _, k := range []string{"fine", "all"} {
		t.Logf("%-5s full        %v", k, fs[k])
		t.Logf("%-5s incremental %v", k, is[k])
	}
	inFull, inInc, both := pairAgreement(len(docs), full, inc)
	t.Logf("%d articles in %d daily imports (%v): same-story pairs: full %d, incremental %d, both %d; keys changed after given: %d; by merges: %d",
		len(docs), len(dayBatches(docs)), elapsed.Round(time.Millisecond), inFull, inInc, both, changed, merges)
	// Measured: precision equal to the full run's, recall 0.09 under it
	// (articles that arrive before the reports that would bridge them).
	if f, i := fs["fine"], is["fine"]; i.precision() < f.precision()-0.05 || i.recall() < f.recall()-0.12 {
		t.Errorf("incremental fine pairs: %v; want precision within 0.05 and recall within 0.12 of the full run's %v", i, f)
	}
	if changed != 0 {
		t.Errorf("keys changed %d times after being given, want 0", changed)
	}
}

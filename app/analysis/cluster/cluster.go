// Package cluster proposes stories: it groups articles that report the same
// event (Cluster) and finds lightly edited copies of one text
// (NearDuplicates). Both are pure and deterministic: the same input gives
// the same groups, whatever the order of map iteration or the machine.
//
// Story clustering compares what identifies an event — the words of the
// title and lead, weighted by how rare they are in the collection, and the
// names (capitalised words) they mention — between articles published close
// together, then merges the most similar articles first, as long as the
// whole group stays similar on average. See Params for every setting and
// docs/INGEST-WEB.md for the method and its measured accuracy.
package cluster

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"
)

// Doc is one article as clustering sees it.
type Doc struct {
	ID        int64
	Title     string
	Lead      string    // the first paragraph(s); only the first Params.LeadWords words are used
	Published time.Time // zero when unknown: an undated article may join any group
	Outlet    string
}

// Params are the clustering settings. The zero value of a field means its
// default (see DefaultParams).
type Params struct {
	// Window is the largest gap in publication time between two articles
	// that can be linked (default 3 days). Articles further apart count as
	// unrelated in the group average.
	Window time.Duration
	// Threshold is the least average similarity between every article of
	// one group and every article of the other for two groups to merge
	// (default 0.19). Similarity is the cosine of TF-IDF vectors, between
	// 0 (no word in common) and 1.
	Threshold float64
	// SameOutletPenalty is added to Threshold when the two groups have an
	// outlet in common (default 0.15), so a group prefers one article per
	// outlet and takes a second one only when it is clearly the same event
	// (a follow-up, an update).
	SameOutletPenalty float64
	// MinSharedNames is how many names (capitalised words and acronyms
	// outside sentence starts) two articles must share to be linked at all,
	// when both mention names (default 1). Negative disables the rule.
	MinSharedNames int
	// NameWeight multiplies the weight of name terms in the vectors
	// (default 2): sharing "Kenosha" says more than sharing "police".
	NameWeight float64
	// TitleWeight is how many times the title's words count against the
	// lead's (default 2).
	TitleWeight float64
	// LeadWords bounds the words of Lead used (default 60).
	LeadWords int
}

// DefaultParams are the settings used for zero fields, tuned on the
// hand-labelled events described in docs/INGEST-WEB.md.
var DefaultParams = Params{
	Window:            72 * time.Hour,
	Threshold:         0.19,
	SameOutletPenalty: 0.15,
	MinSharedNames:    1,
	NameWeight:        2,
	TitleWeight:       2,
	LeadWords:         60,
}

func (p Params) withDefaults() Params {
	d := DefaultParams
	if p.Window <= 0 {
		p.Window = d.Window
	}
	if p.Threshold <= 0 {
		p.Threshold = d.Threshold
	}
	if p.SameOutletPenalty == 0 {
		p.SameOutletPenalty = d.SameOutletPenalty
	}
	if p.SameOutletPenalty < 0 {
		p.SameOutletPenalty = 0
	}
	if p.MinSharedNames == 0 {
		p.MinSharedNames = d.MinSharedNames
	}
	if p.NameWeight <= 0 {
		p.NameWeight = d.NameWeight
	}
	if p.TitleWeight <= 0 {
		p.TitleWeight = d.TitleWeight
	}
	if p.LeadWords <= 0 {
		p.LeadWords = d.LeadWords
	}
	return p
}

// vector is a sparse unit vector: term ids ascending, with weights.
type vector struct {
	terms   []int32
	weights []float64
}

func dot(a, b vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a.terms) && j < len(b.terms) {
		switch {
		case a.terms[i] == b.terms[j]:
			s += a.weights[i] * b.weights[j]
			i++
			j++
		case a.terms[i] < b.terms[j]:
			i++
		default:
			j++
		}
	}
	return s
}

// sharedCount counts the ids two ascending lists have in common.
func sharedCount(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// prepared is one Doc made ready for comparison.
type prepared struct {
	vec   vector
	names []int32 // term ids of names, ascending
	at    time.Time
	dated bool
}

// Cluster groups docs that report the same event and returns the groups of
// two or more, as indexes into docs: each group ascending, groups ordered by
// their first index. An article in no group is a story of its own.
//
// Method: each doc becomes a TF-IDF vector of its title (counted
// TitleWeight times) and the first LeadWords words of its lead, with
// stopwords removed, light stemming, and name terms weighted NameWeight
// times. Two docs are linked when published within Window of each other,
// sharing at least MinSharedNames names (when both have names), with cosine
// similarity of at least Threshold. Links are taken strongest first; two
// groups merge when the average similarity over all their cross pairs is at
// least Threshold (plus SameOutletPenalty when they share an outlet), so a
// chain of weak links cannot join two different events. Ties are broken by
// index, so the result does not depend on anything but the input.
func Cluster(docs []Doc, p Params) [][]int {
	p = p.withDefaults()
	n := len(docs)
	if n < 2 {
		return nil
	}
	prep := prepare(docs, p)
	edges := candidateEdges(prep, p, n)
	sort.Slice(edges, func(a, b int) bool {
		if edges[a].sim != edges[b].sim {
			return edges[a].sim > edges[b].sim
		}
		if edges[a].i != edges[b].i {
			return edges[a].i < edges[b].i
		}
		return edges[a].j < edges[b].j
	})

	parent := make([]int, n)
	members := make([][]int, n)
	outlets := make([]map[string]bool, n)
	// adj[a][b] is the sum of the similarities of the linkable pairs
	// between groups a and b (pairs under linkFloor count as 0), kept up
	// to date as groups merge, so the average link of two groups is one
	// division.
	adj := make([]map[int]float64, n)
	for i := range parent {
		parent[i] = i
		members[i] = []int{i}
		outlets[i] = map[string]bool{outletKey(docs[i].Outlet): true}
	}
	for _, e := range edges {
		if adj[e.i] == nil {
			adj[e.i] = map[int]float64{}
		}
		if adj[e.j] == nil {
			adj[e.j] = map[int]float64{}
		}
		adj[e.i][e.j] += e.sim
		adj[e.j][e.i] += e.sim
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, e := range edges {
		if e.sim < p.Threshold {
			break // edges are sorted; the rest only count in averages
		}
		a, b := find(e.i), find(e.j)
		if a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		need := p.Threshold
		if overlaps(outlets[a], outlets[b]) {
			need += p.SameOutletPenalty
		}
		if adj[a][b]/float64(len(members[a])*len(members[b])) < need {
			continue
		}
		// Merge b into a. Each neighbour's sum is updated once, so the
		// result does not depend on map iteration order.
		parent[b] = a
		members[a] = append(members[a], members[b]...)
		for o := range outlets[b] {
			outlets[a][o] = true
		}
		for c, w := range adj[b] {
			if c == a {
				continue
			}
			adj[a][c] += w
			adj[c][a] += w
			delete(adj[c], b)
		}
		delete(adj[a], b)
		members[b], outlets[b], adj[b] = nil, nil, nil
	}

	var groups [][]int
	for i := 0; i < n; i++ {
		if find(i) == i && len(members[i]) > 1 {
			g := append([]int(nil), members[i]...)
			sort.Ints(g)
			groups = append(groups, g)
		}
	}
	sort.Slice(groups, func(a, b int) bool { return groups[a][0] < groups[b][0] })
	return groups
}

// outletKey folds an outlet name for comparison; an unknown outlet ("")
// gets no key, so it never counts as shared.
func outletKey(o string) string {
	o = strings.ToLower(strings.Join(strings.Fields(o), " "))
	if o == "" {
		return "\x00unknown"
	}
	return o
}

func overlaps(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for k := range a {
		if k != "\x00unknown" && b[k] {
			return true
		}
	}
	return false
}

// averageLink is the mean similarity over all pairs across the two
// groups, a pair that could not be linked (too far apart, no shared name)
// counting as 0. Cluster keeps the same sums incrementally; this direct
// form is for tests.
func averageLink(a, b []int, prep []prepared, p Params) float64 {
	var sum float64
	for _, i := range a {
		for _, j := range b {
			sum += pairSim(prep[i], prep[j], p)
		}
	}
	return sum / float64(len(a)*len(b))
}

// pairSim is the similarity of two docs, or 0 when they cannot be linked.
func pairSim(x, y prepared, p Params) float64 {
	if x.dated && y.dated {
		d := x.at.Sub(y.at)
		if d < 0 {
			d = -d
		}
		if d > p.Window {
			return 0
		}
	}
	if p.MinSharedNames > 0 && len(x.names) > 0 && len(y.names) > 0 &&
		sharedCount(x.names, y.names) < p.MinSharedNames {
		return 0
	}
	return dot(x.vec, y.vec)
}

// linkFloor, times Threshold, is the least similarity of a pair that
// counts in group averages; weaker pairs count as 0. It bounds the pairs
// kept in memory.
const linkFloor = 0.5

type edge struct {
	i, j int
	sim  float64
}

// candidateEdges returns the linkable pairs with similarity of at least
// Threshold × linkFloor. Candidates come from an inverted index: two docs are compared
// only when they share a term found in at most max(100, n/100) docs (a
// rarer word or name; pairs that share only very common words cannot
// reach the threshold in practice) and, when both are dated, are within
// Window of each other. This keeps a 37k-article corpus to seconds.
//
// Only the first limit docs are compared (Incremental's background docs,
// after them, only count in how many docs hold a term).
func candidateEdges(prep []prepared, p Params, limit int) []edge {
	n := len(prep)
	maxDF := max(100, n/100)
	floor := p.Threshold * linkFloor
	terms := 0
	for _, x := range prep {
		if k := len(x.vec.terms); k > 0 {
			terms = max(terms, int(x.vec.terms[k-1])+1)
		}
	}
	// How many docs hold each term (all docs), and the postings of the
	// docs compared: per term, its dated docs in time order, then its
	// undated ones, in one slice.
	df := make([]int32, terms)
	for _, x := range prep {
		for _, t := range x.vec.terms {
			df[t]++
		}
	}
	order := make([]int, limit)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := prep[order[a]], prep[order[b]]
		if x.dated != y.dated {
			return x.dated
		}
		return x.at.Before(y.at)
	})
	start := make([]int32, terms+1) // term t's postings: post[start[t]:start[t+1]]
	nDated := make([]int32, terms)  // of which the first nDated[t] are dated
	for _, x := range prep[:limit] {
		for _, t := range x.vec.terms {
			start[t+1]++
			if x.dated {
				nDated[t]++
			}
		}
	}
	for t := range terms {
		start[t+1] += start[t]
	}
	post := make([]int32, start[terms])
	fill := slices.Clone(start[:terms])
	for _, i := range order {
		for _, t := range prep[i].vec.terms {
			post[fill[t]] = int32(i)
			fill[t]++
		}
	}
	var edges []edge
	seen := make([]int32, limit) // seen[j] == i+1 when j was compared with i
	compare := func(i int, x prepared, post []int32) {
		for _, j32 := range post {
			j := int(j32)
			if j <= i || seen[j] == int32(i+1) {
				continue
			}
			seen[j] = int32(i + 1)
			if sim := pairSim(x, prep[j], p); sim >= floor {
				edges = append(edges, edge{i, j, sim})
			}
		}
	}
	for i := range limit {
		x := prep[i]
		for _, t := range x.vec.terms {
			if int(df[t]) > maxDF {
				continue
			}
			all := post[start[t]:start[t+1]]
			d, u := all[:nDated[t]], all[nDated[t]:]
			if x.dated {
				// Only the dated docs within Window (postings are in time order).
				from, to := x.at.Add(-p.Window), x.at.Add(p.Window)
				lo := sort.Search(len(d), func(k int) bool { return !prep[d[k]].at.Before(from) })
				hi := lo + sort.Search(len(d)-lo, func(k int) bool { return prep[d[lo+k]].at.After(to) })
				d = d[lo:hi]
			}
			compare(i, x, d)
			compare(i, x, u)
		}
	}
	return edges
}

// prepare builds the TF-IDF vectors and name sets of docs. Each title and
// lead is tokenized once into interned words (see vocab); term ids are
// given in the order words are first used below (a doc's names, sorted,
// then its title's and its lead's content words), which fixes the order
// of every sum over terms.
func prepare(docs []Doc, p Params) []prepared {
	v := newVocab()
	// The tokens of every doc in one slice: doc k's title is
	// toks[at[2k]:at[2k+1]], its lead toks[at[2k+1]:at[2k+2]].
	toks := make([]tok, 0, len(docs)*(p.LeadWords+16))
	at := make([]int, 2*len(docs)+1)
	for k, d := range docs {
		toks = v.tokenize(toks, d.Title, -1)
		at[2*k+1] = len(toks)
		toks = v.tokenize(toks, d.Lead, p.LeadWords)
		at[2*k+2] = len(toks)
	}
	// lower holds the words seen in lower case anywhere in the collection:
	// a capitalised word never seen so ("California", "Moderna") is a name
	// even at the start of a sentence or in a Title Case headline.
	lower := make([]bool, len(v.norms))
	for _, t := range toks {
		if t.flags&flagCapitalised == 0 {
			lower[t.word] = true
		}
	}

	termOf := make([]int32, len(v.norms)) // term id + 1 of each word, 0 when it has none yet
	nTerms := int32(0)
	term := func(w int32) int32 {
		if termOf[w] == 0 {
			nTerms++
			termOf[w] = nTerms
		}
		return termOf[w] - 1
	}
	// Per-doc scratch indexed by term id: tf, and which doc last touched
	// the term as a word (tfDoc) or a name (nameDoc), as k+1.
	var tf []float64
	var tfDoc, nameDoc []int32
	grow := func() {
		for len(tf) < int(nTerms) {
			tf, tfDoc, nameDoc = append(tf, 0), append(tfDoc, 0), append(nameDoc, 0)
		}
	}
	type bag struct {
		terms []int32   // ascending
		tf    []float64 // by terms
		names []int32   // ascending
	}
	bags := make([]bag, len(docs))
	var df []int32
	var nameWords []int32
	for k := range docs {
		mark := int32(k + 1)
		title, lead := toks[at[2*k]:at[2*k+1]], toks[at[2*k+1]:at[2*k+2]]
		nameWords = names(nameWords[:0], v, title, lead, lower)
		var b bag
		for _, w := range nameWords {
			t := term(w)
			grow()
			nameDoc[t] = mark
			b.names = append(b.names, t)
		}
		add := func(ts []tok, weight float64) {
			for _, tk := range ts {
				if !v.kept[tk.word] {
					continue
				}
				t := term(tk.word)
				grow()
				if tfDoc[t] != mark {
					tfDoc[t], tf[t] = mark, 0
					b.terms = append(b.terms, t)
				}
				tf[t] += weight
			}
		}
		add(title, p.TitleWeight)
		add(lead, 1)
		slices.Sort(b.terms)
		slices.Sort(b.names)
		b.tf = make([]float64, len(b.terms))
		for i, t := range b.terms {
			b.tf[i] = tf[t]
		}
		for len(df) < int(nTerms) {
			df = append(df, 0)
		}
		for _, t := range b.terms {
			df[t]++
		}
		bags[k] = b
	}
	n := float64(len(docs))
	out := make([]prepared, len(docs))
	for k, b := range bags {
		weights := b.tf // turned into weights in place
		var norm float64
		names := b.names
		for i, t := range b.terms {
			idf := math.Log((n+1)/(float64(df[t])+1)) + 1
			w := (1 + math.Log(b.tf[i])) * idf
			for len(names) > 0 && names[0] < t {
				names = names[1:]
			}
			if len(names) > 0 && names[0] == t {
				w *= p.NameWeight
			}
			weights[i] = w
			norm += w * w
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for i := range weights {
				weights[i] /= norm
			}
		}
		out[k] = prepared{
			vec:   vector{terms: b.terms, weights: weights},
			names: b.names,
			at:    docs[k].Published,
			dated: !docs[k].Published.IsZero(),
		}
	}
	return out
}

// keep reports whether a normalized word is a content term.
func keep(w string) bool {
	if len(w) < 2 || stopwords[w] {
		return false
	}
	// A lone number of one or two digits ("3 killed") is too common to
	// identify an event; years and counts like "2411" are kept.
	if isDigits(w) && len(w) < 3 {
		return false
	}
	return true
}

func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// names appends to dst the words (vocab indexes) a doc names, sorted by
// the words' text and distinct: acronyms, and capitalised words that are
// either never seen in lower case in the collection (lower) or, in the lead
// and in a sentence-case title, capitalised where grammar does not require
// it (not the first word of a sentence). In a Title Case headline, where
// every word is capitalised, only the first rule applies.
func names(dst []int32, v *vocab, title, lead []tok, lower []bool) []int32 {
	isName := func(t tok, grammarFree bool) bool {
		if !v.kept[t.word] {
			return false
		}
		return t.flags&flagAcronym != 0 || t.flags&flagCapitalised != 0 &&
			(!lower[t.word] || grammarFree && t.flags&flagSentenceStart == 0)
	}
	for _, t := range lead {
		if isName(t, true) {
			dst = append(dst, t.word)
		}
	}
	caps, words := 0, 0
	for _, t := range title {
		if v.kept[t.word] {
			words++
			if t.flags&flagCapitalised != 0 {
				caps++
			}
		}
	}
	titleCase := words > 0 && caps*10 >= words*7
	for _, t := range title {
		if isName(t, !titleCase) {
			dst = append(dst, t.word)
		}
	}
	slices.SortFunc(dst, func(a, b int32) int { return strings.Compare(v.norms[a], v.norms[b]) })
	return slices.Compact(dst)
}

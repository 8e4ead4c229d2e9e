package cluster

// Reference copies of prepare, Cluster, Incremental and NearDuplicatePairs
// with their helpers as they were before the speed work (commit cca05c6): the
// tests check that the current code gives exactly the same groups, keys and
// pairs.

import (
	"math"
	"sort"
	"time"
)

func refDot(a, b refVector) float64 {
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
func refSharedCount(a, b []int32) int {
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

// Cluster groups docs that report the same event and returns the groups of
// two or more, as indexes into docs: each group ascending, groups ordered by
// their first index. An article in no group is a story of its own.
//
// Method: each doc becomes a TF-IDF refVector of its title (counted
// TitleWeight times) and the first LeadWords words of its lead, with
// stopwords removed, light stemming, and name terms weighted NameWeight
// times. Two docs are linked when published within Window of each other,
// sharing at least MinSharedNames names (when both have names), with cosine
// similarity of at least Threshold. Links are taken strongest first; two
// groups merge when the average similarity over all their cross pairs is at
// least Threshold (plus SameOutletPenalty when they share an outlet), so a
// chain of weak links cannot join two different events. Ties are broken by
// index, so the result does not depend on anything but the input.
func refCluster(docs []Doc, p Params) [][]int {
	p = p.withDefaults()
	n := len(docs)
	if n < 2 {
		return nil
	}
	prep := refPrepare(docs, p)
	edges := refCandidateEdges(docs, prep, p)
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

// pairSim is the similarity of two docs, or 0 when they cannot be linked.
func refPairSim(x, y refPrepared, p Params) float64 {
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
		refSharedCount(x.names, y.names) < p.MinSharedNames {
		return 0
	}
	return refDot(x.vec, y.vec)
}

// candidateEdges returns the linkable pairs with similarity of at least
// Threshold × linkFloor. Candidates come from an inverted index: two docs are compared
// only when they share a term found in at most max(100, n/100) docs (a
// rarer word or name; pairs that share only very common words cannot
// reach the threshold in practice) and, when both are dated, are within
// Window of each other. This keeps a 37k-article corpus to seconds.
func refCandidateEdges(docs []Doc, prep []refPrepared, p Params) []refEdge {
	n := len(prep)
	maxDF := max(100, n/100)
	floor := p.Threshold * linkFloor
	// Postings per term: dated docs in time order, then undated ones.
	order := make([]int, n)
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
	dated, undated := map[int32][]int32{}, map[int32][]int32{}
	for _, i := range order {
		m := undated
		if prep[i].dated {
			m = dated
		}
		for _, t := range prep[i].vec.terms {
			m[t] = append(m[t], int32(i))
		}
	}
	var edges []refEdge
	seen := make([]int32, n) // seen[j] == i+1 when j was compared with i
	compare := func(i int, x refPrepared, post []int32) {
		for _, j32 := range post {
			j := int(j32)
			if j <= i || seen[j] == int32(i+1) {
				continue
			}
			seen[j] = int32(i + 1)
			if sim := refPairSim(x, prep[j], p); sim >= floor {
				edges = append(edges, refEdge{i, j, sim})
			}
		}
	}
	for i := 0; i < n; i++ {
		x := prep[i]
		for _, t := range x.vec.terms {
			d, u := dated[t], undated[t]
			if len(d)+len(u) > maxDF {
				continue
			}
			if x.dated {
				// Only the dated docs within Window (postings are in time order).
				lo := sort.Search(len(d), func(k int) bool { return !prep[d[k]].at.Before(x.at.Add(-p.Window)) })
				hi := sort.Search(len(d), func(k int) bool { return prep[d[k]].at.After(x.at.Add(p.Window)) })
				d = d[lo:hi]
			}
			compare(i, x, d)
			compare(i, x, u)
		}
	}
	return edges
}

// prepare builds the TF-IDF refVectors and name sets of docs.
func refPrepare(docs []Doc, p Params) []refPrepared {
	ids := map[string]int32{}
	id := func(term string) int32 {
		if v, ok := ids[term]; ok {
			return v
		}
		v := int32(len(ids))
		ids[term] = v
		return v
	}
	type bag struct {
		tf    map[int32]float64
		names map[int32]bool
	}
	bags := make([]bag, len(docs))
	df := map[int32]int{}
	titles := make([][]token, len(docs))
	leads := make([][]token, len(docs))
	// lower holds the words seen in lower case anywhere in the collection:
	// a capitalised word never seen so ("California", "Moderna") is a name
	// even at the start of a sentence or in a Title Case headline.
	lower := map[string]bool{}
	for k, d := range docs {
		titles[k] = refTokenize(d.Title)
		leads[k] = refTokenize(d.Lead)
		if len(leads[k]) > p.LeadWords {
			leads[k] = leads[k][:p.LeadWords]
		}
		for _, ts := range [][]token{titles[k], leads[k]} {
			for _, t := range ts {
				if !t.capitalised {
					lower[t.norm] = true
				}
			}
		}
	}
	for k := range docs {
		b := bag{tf: map[int32]float64{}, names: map[int32]bool{}}
		title, lead := titles[k], leads[k]
		for _, n := range refNames(title, lead, lower) {
			b.names[id(n)] = true
		}
		for _, t := range title {
			if keep(t.norm) {
				b.tf[id(t.norm)] += p.TitleWeight
			}
		}
		for _, t := range lead {
			if keep(t.norm) {
				b.tf[id(t.norm)]++
			}
		}
		for t := range b.tf {
			df[t]++
		}
		bags[k] = b
	}
	n := float64(len(docs))
	out := make([]refPrepared, len(docs))
	for k, b := range bags {
		terms := make([]int32, 0, len(b.tf))
		for t := range b.tf {
			terms = append(terms, t)
		}
		sort.Slice(terms, func(a, c int) bool { return terms[a] < terms[c] })
		weights := make([]float64, len(terms))
		var norm float64
		for i, t := range terms {
			idf := math.Log((n+1)/(float64(df[t])+1)) + 1
			w := (1 + math.Log(b.tf[t])) * idf
			if b.names[t] {
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
		var nameIDs []int32
		for t := range b.names {
			nameIDs = append(nameIDs, t)
		}
		sort.Slice(nameIDs, func(a, c int) bool { return nameIDs[a] < nameIDs[c] })
		out[k] = refPrepared{
			vec:   refVector{terms: terms, weights: weights},
			names: nameIDs,
			at:    docs[k].Published,
			dated: !docs[k].Published.IsZero(),
		}
	}
	return out
}

// names returns the normalized names a doc mentions: acronyms, and
// capitalised words that are either never seen in lower case in the
// collection (lower) or, in the lead and in a sentence-case title,
// capitalised where grammar does not require it (not the first word of a
// sentence). In a Title Case headline, where every word is capitalised,
// only the first rule applies.
func refNames(title, lead []token, lower map[string]bool) []string {
	set := map[string]bool{}
	isName := func(t token, grammarFree bool) bool {
		if !keep(t.norm) {
			return false
		}
		return t.acronym || t.capitalised && (!lower[t.norm] || grammarFree && !t.sentenceStart)
	}
	for _, t := range lead {
		if isName(t, true) {
			set[t.norm] = true
		}
	}
	caps, words := 0, 0
	for _, t := range title {
		if keep(t.norm) {
			words++
			if t.capitalised {
				caps++
			}
		}
	}
	titleCase := words > 0 && caps*10 >= words*7
	for _, t := range title {
		if isName(t, !titleCase) {
			set[t.norm] = true
		}
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// refVector is a sparse unit refVector: term ids ascending, with weights.
type refVector struct {
	terms   []int32
	weights []float64
}

// refPrepared is one Doc made ready for comparison.
type refPrepared struct {
	vec   refVector
	names []int32 // term ids of names, ascending
	at    time.Time
	dated bool
}

type refEdge struct {
	i, j int
	sim  float64
}

// Incremental assigns newly imported docs to proposed stories without
// clustering the whole collection again. docs are the new docs, the older
// docs published within Window of them, and every other member of the
// stories those older docs belong to (the caller reads them with a
// date-range query and a query by key); keys[i] is the proposed story key
// doc i already has ("" when none), isNew[i] marks the new docs.
//
// It runs Cluster's merging (strongest links first, average link over
// every pair of the two groups at least Threshold, plus SameOutletPenalty
// when they share an outlet) starting from the existing stories as they
// are instead of from single docs, and only merges involving a new doc
// are made: a new doc joins an existing story when it is similar to the
// story as a whole, as in the full run; older docs are never regrouped
// among themselves. A group with a new doc keeps the key most of its older
// members have (ties: the smallest key), so a story keeps its key when
// articles join it; one with no keyed member gets mint(group). When new
// docs bring several stories together (a later article bridging two early
// reports of one event), the others merge into the kept one.
//
// background are other docs of the collection (a sample, titles and leads
// only) that count in the word statistics (how rare a word is, whether a
// capitalised word is a name) but are never grouped: without them a small
// window would weigh words by a handful of docs and group differently from
// the full run.
//
// Incremental returns the keys to set, by index (every new doc in a
// group, and the older docs of such a group that had no key), and the
// merges (old key -> kept key) to apply to every doc that has the old key.
// New docs in no group get no key.
func refIncremental(docs []Doc, keys []string, isNew []bool, background []Doc, p Params, mint func(group []int) string) (set map[int]string, merged map[string]string) {
	p = p.withDefaults()
	set, merged = map[int]string{}, map[string]string{}
	n := len(docs)
	all := docs
	if len(background) > 0 {
		// Background docs get dates far from each other and from any real
		// date, so no pair with one of them is ever linked.
		all = append(make([]Doc, 0, n+len(background)), docs...)
		base := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
		for k, d := range background {
			d.Published = base.Add(time.Duration(k+1) * 3 * p.Window)
			d.Outlet = ""
			all = append(all, d)
		}
	}
	prep := refPrepare(all, p)
	var edges []refEdge
	for _, e := range refCandidateEdges(all, prep, p) {
		if e.i < n && e.j < n {
			edges = append(edges, e)
		}
	}
	sort.Slice(edges, func(a, b int) bool {
		if edges[a].sim != edges[b].sim {
			return edges[a].sim > edges[b].sim
		}
		if edges[a].i != edges[b].i {
			return edges[a].i < edges[b].i
		}
		return edges[a].j < edges[b].j
	})

	// The starting groups: each older story as it is, every other doc alone.
	parent := make([]int, n)
	members := make([][]int, n)
	outlets := make([]map[string]bool, n)
	hasNew := make([]bool, n)
	root := map[string]int{}
	for i := range parent {
		parent[i] = i
		if !isNew[i] && keys[i] != "" {
			if r, ok := root[keys[i]]; ok {
				parent[i] = r
				members[r] = append(members[r], i)
				outlets[r][outletKey(docs[i].Outlet)] = true
				continue
			}
			root[keys[i]] = i
		}
		members[i] = []int{i}
		outlets[i] = map[string]bool{outletKey(docs[i].Outlet): true}
		hasNew[i] = isNew[i]
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	adj := make([]map[int]float64, n)
	for _, e := range edges {
		a, b := find(e.i), find(e.j)
		if a == b {
			continue
		}
		if adj[a] == nil {
			adj[a] = map[int]float64{}
		}
		if adj[b] == nil {
			adj[b] = map[int]float64{}
		}
		adj[a][b] += e.sim
		adj[b][a] += e.sim
	}
	for _, e := range edges {
		if e.sim < p.Threshold {
			break
		}
		a, b := find(e.i), find(e.j)
		if a == b || !hasNew[a] && !hasNew[b] {
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
		parent[b] = a
		members[a] = append(members[a], members[b]...)
		hasNew[a] = hasNew[a] || hasNew[b]
		for o := range outlets[b] {
			outlets[a][o] = true
		}
		for c, w := range adj[b] {
			if c == a {
				continue
			}
			if adj[a] == nil {
				adj[a] = map[int]float64{}
			}
			adj[a][c] += w
			adj[c][a] += w
			delete(adj[c], b)
		}
		delete(adj[a], b)
		members[b], outlets[b], adj[b] = nil, nil, nil
	}

	for r := 0; r < n; r++ {
		if find(r) != r || !hasNew[r] || len(members[r]) < 2 {
			continue
		}
		g := append([]int(nil), members[r]...)
		sort.Ints(g)
		votes := map[string]int{}
		for _, i := range g {
			if !isNew[i] && keys[i] != "" {
				votes[keys[i]]++
			}
		}
		key, best := "", 0
		for k, c := range votes {
			if c > best || c == best && k < key {
				key, best = k, c
			}
		}
		if key == "" {
			key = mint(g)
		}
		for k := range votes {
			if k != key {
				merged[k] = key
			}
		}
		for _, i := range g {
			if isNew[i] || keys[i] == "" {
				set[i] = key
			}
		}
	}
	return set, merged
}

// NearDuplicatePairs is NearDuplicates with each pair's similarity.
func refNearDuplicatePairs(texts []string, threshold float64) []Pair {
	n := len(texts)
	sketches := make([][]uint64, n)
	sizes := make([]int, n)
	index := map[uint64][]int32{}
	for i, t := range texts {
		sh := refShingles(t)
		sizes[i] = len(sh)
		sketches[i] = sh[:min(SketchSize, len(sh))] // sorted ascending: the smallest
		for _, h := range sketches[i] {
			index[h] = append(index[h], int32(i))
		}
	}
	maxPostings := max(500, n/20)
	var out []Pair
	seen := make([]int32, n) // seen[j] == i+1 when j was tried for i
	cache := map[int][]uint64{}
	set := func(i int) []uint64 {
		if s, ok := cache[i]; ok {
			return s
		}
		s := refShingles(texts[i])
		if len(cache) > 4096 {
			clear(cache) // bounded memory; texts are recomputed when needed
		}
		cache[i] = s
		return s
	}
	for i, sk := range sketches {
		if len(sk) == 0 {
			continue
		}
		probe := make([]uint64, 0, len(sk))
		for _, h := range sk {
			if len(index[h]) <= maxPostings {
				probe = append(probe, h)
			}
		}
		if len(probe) < 3 {
			// A text copied more than maxPostings times: its rarest
			// sketch values still find its copies.
			probe = append(probe[:0], sk...)
			sort.Slice(probe, func(a, b int) bool {
				if la, lb := len(index[probe[a]]), len(index[probe[b]]); la != lb {
					return la < lb
				}
				return probe[a] < probe[b]
			})
			probe = probe[:min(3, len(probe))]
		}
		for _, h := range probe {
			for _, j32 := range index[h] {
				j := int(j32)
				if j <= i || seen[j] == int32(i+1) {
					continue
				}
				seen[j] = int32(i + 1)
				a, b := sizes[i], sizes[j]
				small, large := min(a, b), max(a, b)
				if float64(small) < threshold*float64(large) {
					continue // even full containment could not reach threshold
				}
				if len(sk) == SketchSize && len(sketches[j]) == SketchSize && sharedHashes(sk, sketches[j]) < 2 {
					// One value in common: a shared boilerplate phrase, not
					// a copy (see the bound in the NearDuplicates comment).
					continue
				}
				shared := sharedHashes(set(i), set(j))
				jac := float64(shared) / float64(a+b-shared)
				if jac >= threshold {
					out = append(out, Pair{I: i, J: j, Jaccard: jac, Containment: float64(shared) / float64(small)})
				}
			}
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].I != out[b].I {
			return out[a].I < out[b].I
		}
		return out[a].J < out[b].J
	})
	return out
}

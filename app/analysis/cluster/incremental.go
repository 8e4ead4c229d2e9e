package cluster

import (
	"sort"
	"time"
)

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
func Incremental(docs []Doc, keys []string, isNew []bool, background []Doc, p Params, mint func(group []int) string) (set map[int]string, merged map[string]string) {
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
	prep := prepare(all, p)
	var edges []edge
	// Pairs with a background doc are never linked: only the first n
	// docs are compared.
	for _, e := range candidateEdges(prep, p, n) {
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

// Spans returns the publication-time ranges whose docs Incremental needs
// with the given new docs: Window either side of each dated doc, with
// overlapping ranges joined, in time order (none when no doc is dated).
// A batch of a few days is one range; a batch spread over years is many
// small ones, never the years between.
func (p Params) Spans(docs []Doc) [][2]time.Time {
	p = p.withDefaults()
	var dates []time.Time
	for _, d := range docs {
		if !d.Published.IsZero() {
			dates = append(dates, d.Published)
		}
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
	var out [][2]time.Time
	for _, d := range dates {
		from, to := d.Add(-p.Window), d.Add(p.Window)
		if n := len(out); n > 0 && !from.After(out[n-1][1]) {
			out[n-1][1] = to
			continue
		}
		out = append(out, [2]time.Time{from, to})
	}
	return out
}

package cluster

import "strings"

// Name proposes a name for a group of docs (indexes into docs, as Cluster
// returns them): the title of the member whose title shares the most
// content words with the other members' titles and leads, so the name is
// the most typical headline rather than the most colourful one. Ties go to
// the earliest published, then the lowest index. A member without a title
// is named by the first ten words of its lead.
func Name(docs []Doc, group []int) string {
	if len(group) == 0 {
		return ""
	}
	words := func(s string) map[string]bool {
		set := map[string]bool{}
		for _, t := range tokenize(s) {
			if keep(t.norm) {
				set[t.norm] = true
			}
		}
		return set
	}
	texts := make([]map[string]bool, len(group))
	for k, i := range group {
		texts[k] = words(docs[i].Title + "\n" + firstWordsOf(docs[i].Lead, 60))
	}
	best, bestScore := -1, -1
	for k, i := range group {
		title := words(docs[i].Title)
		if len(title) == 0 {
			continue
		}
		score := 0
		for k2 := range group {
			if k2 == k {
				continue
			}
			for w := range title {
				if texts[k2][w] {
					score++
				}
			}
		}
		if best < 0 || score > bestScore || score == bestScore && earlier(docs[i], docs[group[best]]) {
			best, bestScore = k, score
		}
	}
	if best < 0 {
		return firstWordsOf(docs[group[0]].Lead, 10)
	}
	return strings.Join(strings.Fields(docs[group[best]].Title), " ")
}

// earlier reports whether a was published before b (undated docs last).
func earlier(a, b Doc) bool {
	switch {
	case a.Published.IsZero():
		return false
	case b.Published.IsZero():
		return true
	}
	return a.Published.Before(b.Published)
}

func firstWordsOf(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

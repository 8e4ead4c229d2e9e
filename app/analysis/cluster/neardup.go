package cluster

import (
	"slices"
	"sort"
	"unicode"
)

// ShingleWords is the length, in words, of the overlapping word sequences
// (shingles) NearDuplicates compares.
const ShingleWords = 5

// DefaultNearDuplicate is a good NearDuplicates threshold for "the same
// wire story, lightly edited": two copies differing by one changed word in
// every 30 still share about 70% of their shingles (each changed word
// breaks five), and a copy cut to its first two thirds shares 67%; two
// different reports of one event share well under 10%.
const DefaultNearDuplicate = 0.5

// NearDuplicates returns the pairs {i, j} (i < j, in ascending order) of
// texts whose sets of word 5-grams have a Jaccard similarity of at least
// threshold: the same story lightly edited by several outlets (a changed
// headline, a trimmed ending, a local paragraph added). Exact copies are
// included (similarity 1). Words are compared lowercased and without
// punctuation, so typography and spacing do not matter. A text shorter
// than five words is one shingle of all its words.
//
// Candidates come from a bottom-k sketch (the SketchSize smallest shingle
// hashes of each text): the SketchSize smallest hashes of the union of two
// texts are each shared by both with probability J (their Jaccard
// similarity), and every shared one is in both sketches. A candidate is
// verified only when the two sketches have at least two values in common,
// so a pair at J >= 0.5 is missed with probability below 1e-8, at J >= 0.3
// below 2e-4 (binomial tails). Each verified candidate's similarity is
// computed exactly from its two shingle sets. A sketch value shared by more
// than max(500, n/20) texts (boilerplate) proposes no candidates unless it
// is among a text's three rarest values. Memory stays at the sketches plus
// the shingle sets of the texts being compared.
func NearDuplicates(texts []string, threshold float64) [][2]int {
	pairs := NearDuplicatePairs(texts, threshold)
	out := make([][2]int, len(pairs))
	for k, p := range pairs {
		out[k] = [2]int{p.I, p.J}
	}
	return out
}

// SketchSize is the number of smallest shingle hashes kept per text to
// find candidate near-duplicates.
const SketchSize = 32

// Pair is two near-duplicate texts with their similarity.
type Pair struct {
	I, J    int
	Jaccard float64 // shared shingles / all shingles of the two
	// Containment is shared shingles / the smaller text's shingles: 1 when
	// one text is a cut-down copy of the other.
	Containment float64
}

// NearDuplicatePairs is NearDuplicates with each pair's similarity.
func NearDuplicatePairs(texts []string, threshold float64) []Pair {
	n := len(texts)
	sketches := make([][]uint64, n)
	sizes := make([]int, n)
	index := map[uint64][]int32{}
	for i, t := range texts {
		sh := shingles(t)
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
		s := shingles(texts[i])
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

// shingles returns the sorted distinct hashes of the word 5-grams of text.
// Each word is hashed once (FNV-1a over its lowercased letters and digits)
// and a shingle's hash mixes its words' hashes in order.
func shingles(text string) []uint64 {
	var words []uint64
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
			for ; r > 0; r >>= 8 { // hash the rune's bytes, low first
				h ^= uint64(r & 0xff)
				h *= prime
			}
			in = true
			continue
		}
		if in {
			words = append(words, h)
			h, in = offset, false
		}
	}
	if in {
		words = append(words, h)
	}
	if len(words) == 0 {
		return nil
	}
	k := min(ShingleWords, len(words))
	out := make([]uint64, 0, len(words)-k+1)
	for i := 0; i+k <= len(words); i++ {
		var s uint64 = offset
		for _, w := range words[i : i+k] {
			s = (s ^ w) * prime
			s ^= s >> 29
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func sharedHashes(a, b []uint64) int {
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

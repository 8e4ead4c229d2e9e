package cluster

import (
	"cmp"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// ShingleWords is the length, in words, of the overlapping word sequences
// (shingles) NearDuplicates compares.
const ShingleWords = 5 // shingler.hash keeps five words in variables: change it there too

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
	sketches, sketchAt, sizes := sketchAll(texts)
	var sh shingler
	// The postings of every sketch value, as (value, text) pairs in value
	// then text order: the texts holding h are one run, found by binary
	// search (a map of slices would cost several times the memory).
	index := make([]posting, 0, len(sketches))
	for i := range n {
		for _, h := range sketches[sketchAt[i]:sketchAt[i+1]] {
			index = append(index, posting{h, int32(i)})
		}
	}
	slices.SortFunc(index, func(a, b posting) int {
		if c := cmp.Compare(a.hash, b.hash); c != 0 {
			return c
		}
		return cmp.Compare(a.text, b.text)
	})
	postings := func(h uint64) []posting {
		lo, _ := slices.BinarySearchFunc(index, h, func(p posting, h uint64) int { return cmp.Compare(p.hash, h) })
		hi := lo
		for hi < len(index) && index[hi].hash == h {
			hi++
		}
		return index[lo:hi]
	}
	maxPostings := max(500, n/20)
	var out []Pair
	seen := make([]int32, n) // seen[j] == i+1 when j was tried for i
	cache := shingleCache{sets: map[int][]uint64{}}
	var probe []uint64
	var runs [][]posting
	for i := range n {
		sk := sketches[sketchAt[i]:sketchAt[i+1]]
		if len(sk) == 0 {
			continue
		}
		probe, runs = probe[:0], runs[:0]
		for _, h := range sk {
			if run := postings(h); len(run) <= maxPostings {
				probe = append(probe, h)
				runs = append(runs, run)
			}
		}
		if len(probe) < 3 {
			// A text copied more than maxPostings times: its rarest
			// sketch values still find its copies.
			probe = append(probe[:0], sk...)
			sort.Slice(probe, func(a, b int) bool {
				if la, lb := len(postings(probe[a])), len(postings(probe[b])); la != lb {
					return la < lb
				}
				return probe[a] < probe[b]
			})
			probe = probe[:min(3, len(probe))]
			runs = runs[:0]
			for _, h := range probe {
				runs = append(runs, postings(h))
			}
		}
		for _, run := range runs {
			for _, pj := range run {
				j := int(pj.text)
				if j <= i || seen[j] == int32(i+1) {
					continue
				}
				seen[j] = int32(i + 1)
				a, b := sizes[i], sizes[j]
				small, large := min(a, b), max(a, b)
				if float64(small) < threshold*float64(large) {
					continue // even full containment could not reach threshold
				}
				skj := sketches[sketchAt[j]:sketchAt[j+1]]
				if len(sk) == SketchSize && len(skj) == SketchSize && sharedHashes(sk, skj) < 2 {
					// One value in common: a shared boilerplate phrase, not
					// a copy (see the bound in the NearDuplicates comment).
					continue
				}
				shared := sharedHashes(cache.get(&sh, texts, i), cache.get(&sh, texts, j))
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

// sketchAll returns the sketch of every text, in one slice (text i's is
// sketches[at[i]:at[i+1]]), and the number of distinct shingles of each.
// Texts are shingled on every core, each into its own slots, so the result
// does not depend on the scheduling.
func sketchAll(texts []string) (sketches []uint64, at []int, sizes []int) {
	n := len(texts)
	slots := make([]uint64, n*SketchSize)
	lens := make([]int, n)
	sizes = make([]int, n)
	workers := min(runtime.GOMAXPROCS(0), max(1, n/64))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var sh shingler
			for {
				from := int(next.Add(64)) - 64
				if from >= n {
					return
				}
				for i := from; i < min(from+64, n); i++ {
					sk, size := sh.sketch(texts[i])
					lens[i] = copy(slots[i*SketchSize:], sk)
					sizes[i] = size
				}
			}
		}()
	}
	wg.Wait()
	at = make([]int, n+1)
	for i := range n {
		at[i+1] = at[i] + lens[i]
	}
	sketches = slots[:0]
	for i := range n { // compact in place: at[i] <= i*SketchSize
		sketches = append(sketches, slots[i*SketchSize:i*SketchSize+lens[i]]...)
	}
	return sketches, at, sizes
}

// posting is one sketch value of one text.
type posting struct {
	hash uint64
	text int32
}

// shingleCache keeps the shingle sets of the texts being compared, up to
// maxCached hashes in all; texts are shingled again when needed after that.
type shingleCache struct {
	sets map[int][]uint64
	held int
}

const maxCached = 1 << 20 // 8 MB of hashes

func (c *shingleCache) get(sh *shingler, texts []string, i int) []uint64 {
	if s, ok := c.sets[i]; ok {
		return s
	}
	s := sh.set(texts[i])
	if c.held+len(s) > maxCached {
		clear(c.sets)
		c.held = 0
	}
	c.sets[i] = s
	c.held += len(s)
	return s
}

// shingles returns the sorted distinct hashes of the word 5-grams of text.
// Each word is hashed once (FNV-1a over its lowercased letters and digits)
// and a shingle's hash mixes its words' hashes in order.
func shingles(text string) []uint64 {
	var sh shingler
	return sh.set(text)
}

// shingler computes shingle hashes, reusing its buffers from one text to
// the next.
type shingler struct {
	hashes []uint64 // the shingle hashes of the last text, in text order
	table  []uint64 // open-addressing set for counting distinct hashes
	small  []uint64 // the sketch of the last text
}

const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211

// lowerAlnum maps an ASCII letter or digit to its lower case, anything
// else to 0.
var lowerAlnum = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// hash sets sh.hashes to the shingle hashes of text in text order,
// duplicates included. Plain ASCII goes through a byte table; other
// characters are decoded and classified by package unicode, and hashed as
// the rune's bytes, low first.
func (sh *shingler) hash(text string) {
	out := sh.hashes[:0]
	var w0, w1, w2, w3, w4 uint64 // the hashes of the last five words, oldest first
	words := 0
	h, in := uint64(fnvOffset), false
	for i := 0; i <= len(text); {
		// Each pass of the loop adds one letter or digit to the word, or
		// ends the word (at anything else and at the end of the text).
		if i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				i++
				if l := lowerAlnum[c]; l != 0 {
					h = (h ^ uint64(l)) * fnvPrime
					in = true
					continue
				}
			} else {
				r, size := utf8.DecodeRuneInString(text[i:])
				i += size
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					r = unicode.ToLower(r)
					for ; r > 0; r >>= 8 {
						h = (h ^ uint64(r&0xff)) * fnvPrime
					}
					in = true
					continue
				}
			}
		} else {
			i++
		}
		if !in {
			continue
		}
		w0, w1, w2, w3, w4 = w1, w2, w3, w4, h
		words++
		h, in = fnvOffset, false
		if words >= ShingleWords {
			out = append(out, mix(mix(mix(mix(mix(fnvOffset, w0), w1), w2), w3), w4))
		}
	}
	if words > 0 && words < ShingleWords {
		// One shingle of all the words: the last words of w0...w4.
		last := [ShingleWords]uint64{w0, w1, w2, w3, w4}
		s := uint64(fnvOffset)
		for _, w := range last[ShingleWords-words:] {
			s = mix(s, w)
		}
		out = append(out, s)
	}
	sh.hashes = out
}

// mix adds the hash of one word to the hash s of a shingle's words
// before it.
func mix(s, w uint64) uint64 {
	s = (s ^ w) * fnvPrime
	return s ^ s>>29
}

// set returns the sorted distinct shingle hashes of text, in a new slice.
func (sh *shingler) set(text string) []uint64 {
	sh.hash(text)
	if len(sh.hashes) == 0 {
		return nil
	}
	out := slices.Clone(sh.hashes)
	slices.Sort(out)
	return slices.Compact(out)
}

// sketch returns the SketchSize smallest distinct shingle hashes of text,
// ascending (in a buffer reused by the next call), and the number of
// distinct hashes: what sorting the whole set would give, without sorting
// it.
func (sh *shingler) sketch(text string) (smallest []uint64, distinct int) {
	sh.hash(text)
	hs := sh.hashes
	sk := sh.small[:0]
	for _, h := range hs {
		if len(sk) == SketchSize && h >= sk[SketchSize-1] {
			continue
		}
		at, found := slices.BinarySearch(sk, h)
		if found {
			continue
		}
		if len(sk) == SketchSize {
			sk = sk[:SketchSize-1]
		}
		sk = slices.Insert(sk, at, h)
	}
	sh.small = sk
	return sk, sh.countDistinct(hs)
}

// countDistinct counts the distinct values of hs with an open-addressing
// set (0 stands for an empty slot, so a zero hash is counted apart).
func (sh *shingler) countDistinct(hs []uint64) int {
	if len(hs) < 2 {
		return len(hs)
	}
	bits := bitsFor(2 * len(hs))
	size := 1 << bits
	if cap(sh.table) < size {
		sh.table = make([]uint64, size)
	}
	table := sh.table[:size]
	clear(table)
	n, zero := 0, false
	for _, h := range hs {
		if h == 0 {
			zero = true
			continue
		}
		k := (h * 0x9e3779b97f4a7c15) >> (64 - bits)
		for table[k] != 0 && table[k] != h {
			k = (k + 1) & uint64(size-1)
		}
		if table[k] == 0 {
			table[k] = h
			n++
		}
	}
	if zero {
		n++
	}
	return n
}

// bitsFor is the least b with 1<<b >= n (and at least 4).
func bitsFor(n int) uint {
	b := uint(4)
	for 1<<b < n {
		b++
	}
	return b
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

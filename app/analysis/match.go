package analysis

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// The matcher is a trie over word hashes. Each text word costs one map
// lookup at the root; only words that start some form walk further. At every
// word it collects every form that ends there (so a longer form that fails
// part-way never hides a shorter one), then keeps, per signal, the
// leftmost-longest matches that do not overlap.

type matchNode struct {
	next map[uint64]*matchNode // while building
	kids []matchKid            // after building: next as a slice sorted by hash
	ends []matchEnd
}

// matchKid is one child of a trie node. Most nodes have a few children, and
// scanning a short slice is cheaper than hashing into a map.
type matchKid struct {
	hash uint64
	node *matchNode
}

// child returns the child for the word hash h, or nil.
func (n *matchNode) child(h uint64) *matchNode {
	k := n.kids
	if len(k) <= 8 {
		for i := range k {
			if k[i].hash == h {
				return k[i].node
			}
		}
		return nil
	}
	i, j := 0, len(k)
	for i < j {
		m := int(uint(i+j) >> 1)
		if k[m].hash < h {
			i = m + 1
		} else {
			j = m
		}
	}
	if i < len(k) && k[i].hash == h {
		return k[i].node
	}
	return nil
}

// freeze turns the children maps into sorted slices, recursively.
func (n *matchNode) freeze() {
	for h, c := range n.next {
		n.kids = append(n.kids, matchKid{h, c})
		c.freeze()
	}
	slices.SortFunc(n.kids, func(a, b matchKid) int { return cmp.Compare(a.hash, b.hash) })
	n.next = nil
}

type matchEnd struct {
	entry int32
	exact []string // the form's words as written, for case-sensitive entries
}

type matcher struct {
	root      map[uint64]*matchNode
	filter    []uint64           // a bitset over hashes: words that may be in info
	pairs     []uint64           // a bitset over pair hashes: the first two words of forms
	pairTab   pairTable          // the first two words of forms -> their trie node
	small     *wordTable         // closed-class words (with their trie node, if any)
	info      *slotTable         // first words of forms that are not closed-class words
	prefix    map[uint64][]int32 // prefix forms ("pseudo-") by hash, with their entries
	entries   []*Entry
	einfo     []entryInfo // per entry: what matching and scoring read of it, packed
	notBefore [][]uint64  // per entry
	maxWords  int
}

// entryInfo is what the hot paths read of an entry, in one cache line
// (an Entry spans several).
type entryInfo struct {
	id, signal, category string
	weight               float64
	sig, frame           int16 // Entry.sig, Entry.frame
	// nameDrop: a one-word match of the entry inside a capitalised name is
	// dropped (see doc.dropNameParts).
	nameDrop bool
}

// wordInfo is what one lookup tells about a word: its classes and the trie
// node of forms starting with it.
type wordInfo struct {
	class uint32
	end1  int32 // with nOne: the entry of the node's one end
	node  *matchNode
	shape uint8 // nEnds, nKids, nOne: what node holds, so a word that starts only longer forms costs no visit to it
}

// wordInfo.shape bits.
const (
	nEnds uint8 = 1 << iota // forms end at the node (one-word forms)
	nKids                   // longer forms continue from it
	// nOne: one form ends at the node, of an entry without case or
	// not_before conditions, which end1 names: the match is certain
	// without a visit to the node.
	nOne
)

const pairBits = 1 << 19 // 64 KB

func pairBit(h1, h2 uint64) uint64 { return (h1*0x9E3779B97F4A7C15 ^ h2) >> (64 - 19) }

// mayPair reports whether some form starts with the words h1 h2.
func (m *matcher) mayPair(h1, h2 uint64) bool {
	b := pairBit(h1, h2)
	return m.pairs[b>>6]&(1<<(b&63)) != 0
}

const filterBits = 1 << 18 // 32 KB: stays in the first-level cache

func (m *matcher) mayHave(h uint64) bool {
	b := (h >> 7) & (filterBits - 1)
	return m.filter[b>>6]&(1<<(b&63)) != 0
}

func (m *matcher) addFilter(h uint64) {
	b := (h >> 7) & (filterBits - 1)
	m.filter[b>>6] |= 1 << (b & 63)
}

// finish builds the word tables and the filter. Closed-class words (about
// half of all running words) live in a small table that stays in cache;
// the first words of forms that are not closed-class words live in a large
// one behind a small bitset filter, so most content words cost one bit test.
func (m *matcher) finish() {
	m.filter = make([]uint64, filterBits/64)
	m.pairs = make([]uint64, pairBits/64)
	small := make(map[uint64]wordInfo, len(wordClass))
	large := make(map[uint64]wordInfo, len(m.root))
	var edges []pairEdge
	for h, c := range wordClass {
		small[h] = wordInfo{class: c}
	}
	for h, n := range m.root {
		n.freeze()
		var shape uint8
		if len(n.ends) > 0 {
			shape |= nEnds
		}
		if len(n.kids) > 0 {
			shape |= nKids
		}
		end1 := int32(-1)
		if len(n.ends) == 1 && n.ends[0].exact == nil && len(m.notBefore[n.ends[0].entry]) == 0 {
			shape |= nOne
			end1 = n.ends[0].entry
		}
		for _, k := range n.kids {
			b := pairBit(h, k.hash)
			m.pairs[b>>6] |= 1 << (b & 63)
			edges = append(edges, pairEdge{h, k.hash, k.node})
		}
		if wi, ok := small[h]; ok {
			wi.node, wi.shape, wi.end1 = n, shape, end1
			small[h] = wi
			continue
		}
		large[h] = wordInfo{node: n, shape: shape, end1: end1}
		m.addFilter(h)
	}
	for h := range m.prefix {
		m.addFilter(h)
	}
	m.small = newWordTable(small)
	m.info = newSlotTable(large)
	m.pairTab = newPairTable(edges)
}

// pairTable is an open-addressing table from the hashes of a form's first
// two words to the trie node they lead to: one probe, where the root node's
// children would cost a visit to the node and a search of its children.
type pairTable struct {
	keys  [][2]uint64 // {0, 0}: empty
	nodes []*matchNode
	shift uint
}

type pairEdge struct {
	h1, h2 uint64
	node   *matchNode
}

func newPairTable(edges []pairEdge) pairTable {
	log := uint(4)
	for 1<<log < 2*len(edges) {
		log++
	}
	t := pairTable{keys: make([][2]uint64, 1<<log), nodes: make([]*matchNode, 1<<log), shift: 64 - log}
	mask := uint64(1)<<log - 1
	for _, e := range edges {
		i := (e.h1*0x9E3779B97F4A7C15 ^ e.h2) >> t.shift
		for t.keys[i] != [2]uint64{} {
			i = (i + 1) & mask
		}
		t.keys[i], t.nodes[i] = [2]uint64{e.h1, e.h2}, e.node
	}
	return t
}

// child returns the node of the form start h1 h2, or nil.
func (t *pairTable) child(h1, h2 uint64) *matchNode {
	mask := uint64(len(t.keys) - 1)
	for i := (h1*0x9E3779B97F4A7C15 ^ h2) >> t.shift; ; i = (i + 1) & mask {
		switch k := t.keys[i]; {
		case k[0] == h1 && k[1] == h2:
			return t.nodes[i]
		case k == [2]uint64{}:
			return nil
		}
	}
}

// lookup returns what the tables know about the word hash h.
func (m *matcher) lookup(h uint64) wordInfo {
	if wi, ok := m.small.get(h); ok {
		return wi
	}
	if m.mayHave(h) {
		wi, _ := m.info.get(h)
		return wi
	}
	return wordInfo{}
}

// wordTable is an open-addressing table from word hash to wordInfo.
// Word hashes are already uniform, so a slot is a few bits of the hash.
// The keys are apart from the values: a probe for a word that is not there
// (most probes of the closed-class words) reads only the keys (16 KB),
// which stay in cache.
type wordTable struct {
	keys []uint64 // 0 marks an empty slot (no FNV-1a word hash is 0 in practice)
	vals []wordInfo
	mask uint64
}

// wordSlot is a key and its value (the entries of doc.wcache and
// slotTable).
type wordSlot struct {
	key uint64
	wordInfo
}

// slotTable is wordTable with each key beside its value (32 bytes, half a
// cache line): the table of first words, which the filter leaves probed
// mostly for words that are there, costs one miss per word, not two.
type slotTable struct {
	slots []wordSlot
	mask  uint64
}

func newSlotTable(m map[uint64]wordInfo) *slotTable {
	n := 1
	for n < 2*len(m)+1 {
		n <<= 1
	}
	t := &slotTable{slots: make([]wordSlot, n), mask: uint64(n - 1)}
	for h, v := range m {
		if h == 0 {
			continue
		}
		i := (h >> 17) & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{h, v}
	}
	return t
}

func (t *slotTable) get(h uint64) (wordInfo, bool) {
	for i := (h >> 17) & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case h:
			return t.slots[i].wordInfo, true
		case 0:
			return wordInfo{}, false
		}
	}
}

func newWordTable(m map[uint64]wordInfo) *wordTable {
	n := 1
	for n < 2*len(m)+1 {
		n <<= 1
	}
	t := &wordTable{keys: make([]uint64, n), vals: make([]wordInfo, n), mask: uint64(n - 1)}
	for h, v := range m {
		if h == 0 {
			continue
		}
		i := (h >> 17) & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = h, v
	}
	return t
}

func (t *wordTable) get(h uint64) (wordInfo, bool) {
	for i := (h >> 17) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return t.vals[i], true
		case 0:
			return wordInfo{}, false
		}
	}
}

// wordRef is a word of the text being matched.
type wordRef struct {
	node  *matchNode // trie node of forms starting with this word, or nil
	tok   int32      // index into the token slice
	end1  int32      // wordInfo.end1
	hash  uint64
	phash uint64 // hash of a hyphenated word's first part with its hyphen, or 0
	brk   bool   // punctuation or a line break separates it from the previous word
	shape uint8  // wordInfo.shape of node
	start int32
	end   int32
}

// candidate is one match: words [w, w+n) matched entry.
type candidate struct {
	w, n  int32
	entry int32
}

func buildMatcher(entries []*Entry) (*matcher, error) {
	m := &matcher{root: map[uint64]*matchNode{}, entries: entries, notBefore: make([][]uint64, len(entries)),
		einfo: make([]entryInfo, len(entries))}
	for i, e := range entries {
		m.einfo[i] = entryInfo{id: e.ID, signal: e.Signal, category: e.Category, weight: e.Weight, sig: int16(e.sig), frame: int16(e.frame),
			nameDrop: !e.CaseSensitive && e.Signal != "N1" && e.Signal != "E1"}
	}
	var toks []token
	for ei, e := range entries {
		for _, nb := range e.NotBefore {
			m.notBefore[ei] = append(m.notBefore[ei], hashWord(nb))
		}
		for _, form := range e.Forms {
			if p, ok := strings.CutSuffix(form, "-"); ok && p != "" && !strings.ContainsAny(p, " -") {
				// A prefix form ("pseudo-") matches any hyphenated word it starts.
				m.insertPrefix(hashWord(form), int32(ei))
				continue
			}
			toks = tokenize(form, toks)
			var words []string
			for ti, t := range toks {
				if t.kind == tPunct && (isApostrophe(t.ch) || t.ch == '.') && ti > 0 && toks[ti-1].kind == tWord && toks[ti-1].end == t.start {
					continue // a plural possessive ("taxpayers'") or an abbreviation ("Oct. 7")
				}
				if t.kind != tWord {
					return nil, &LexiconError{File: e.File, Line: e.Line,
						Msg: fmt.Sprintf("entry %s: form %q has punctuation between words (forms are words separated by spaces)", e.ID, form)}
				}
				words = append(words, t.text(form))
			}
			if len(words) == 0 {
				return nil, &LexiconError{File: e.File, Line: e.Line, Msg: fmt.Sprintf("entry %s: form %q has no words", e.ID, form)}
			}
			if len(words) > m.maxWords {
				m.maxWords = len(words)
			}
			last := words[len(words)-1]
			variants := []string{last}
			if e.Inflect {
				variants = append(variants, inflections(last)...)
			}
			variants = append(variants, last+"'s")
			seen := map[string]bool{}
			for _, v := range variants {
				key := strings.ToLower(v)
				if seen[key] {
					continue
				}
				seen[key] = true
				ws := append(append([]string(nil), words[:len(words)-1]...), v)
				m.insert(ws, int32(ei), e.CaseSensitive)
			}
		}
	}
	m.finish()
	return m, nil
}

func (m *matcher) insertPrefix(h uint64, entry int32) {
	if m.prefix == nil {
		m.prefix = map[uint64][]int32{}
	}
	for _, e := range m.prefix[h] {
		if e == entry {
			return
		}
	}
	m.prefix[h] = append(m.prefix[h], entry)
}

func (m *matcher) insert(words []string, entry int32, exact bool) {
	level := m.root
	var n *matchNode
	for i, w := range words {
		h := hashWord(w)
		n = level[h]
		if n == nil {
			n = &matchNode{}
			level[h] = n
		}
		if i < len(words)-1 {
			if n.next == nil {
				n.next = map[uint64]*matchNode{}
			}
			level = n.next
		}
	}
	for _, e := range n.ends {
		if e.entry == entry && (e.exact == nil) == !exact {
			return
		}
	}
	me := matchEnd{entry: entry}
	if exact {
		me.exact = words
	}
	n.ends = append(n.ends, me)
}

// inflections returns the regular English inflections of w: plural or third
// person -s/-es/-ies, past -ed/-ied/-d and -ing, with a doubled final
// consonant and a dropped final e where English does so. Spelling rules
// cannot tell every word apart, so both the doubled and plain forms are
// given for consonant-vowel-consonant endings; a form that is not a word
// never occurs in text and costs nothing.
func inflections(w string) []string {
	lw := strings.ToLower(w)
	n := len(lw)
	if n < 2 {
		return nil
	}
	for i := 0; i < n; i++ {
		c := lw[i]
		if c >= 0x80 {
			return nil // only plain ASCII words get English inflections
		}
	}
	last := lw[n-1]
	if !('a' <= last && last <= 'z') {
		return nil
	}
	isVowel := func(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
	var out []string
	stem := w[:n-1]
	switch {
	case strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "x") || strings.HasSuffix(lw, "z") ||
		strings.HasSuffix(lw, "ch") || strings.HasSuffix(lw, "sh"):
		out = append(out, w+"es")
	case last == 'y' && !isVowel(lw[n-2]):
		out = append(out, stem+"ies")
	default:
		out = append(out, w+"s")
	}
	switch {
	case last == 'e':
		out = append(out, w+"d")
	case last == 'y' && !isVowel(lw[n-2]):
		out = append(out, stem+"ied")
	default:
		out = append(out, w+"ed")
	}
	switch {
	case strings.HasSuffix(lw, "ie"):
		out = append(out, w[:n-2]+"ying")
	case strings.HasSuffix(lw, "ee") || strings.HasSuffix(lw, "ye") || strings.HasSuffix(lw, "oe"):
		out = append(out, w+"ing")
	case last == 'e':
		out = append(out, stem+"ing")
	default:
		out = append(out, w+"ing")
	}
	if n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(lw[n-2]) && !isVowel(lw[n-3]) {
		d := w + w[n-1:]
		out = append(out, d+"ed", d+"ing")
	}
	return out
}

// match returns every candidate match in words that passes its entry's
// case and not_before conditions, in order of start word.
func (m *matcher) match(text string, toks []token, words []wordRef, out []candidate) []candidate {
	out = out[:0]
	for i := range words {
		if words[i].phash != 0 && m.prefix != nil && m.mayHave(words[i].phash) {
			for _, e := range m.prefix[words[i].phash] {
				if m.accept(text, toks, words, i, i, matchEnd{entry: e}) {
					out = append(out, candidate{w: int32(i), n: 1, entry: e})
				}
			}
		}
		n := words[i].node
		if n == nil {
			continue
		}
		if words[i].shape&nOne != 0 {
			out = append(out, candidate{w: int32(i), n: 1, entry: words[i].end1})
		} else if words[i].shape&nEnds != 0 {
			for _, e := range n.ends {
				if m.accept(text, toks, words, i, i, e) {
					out = append(out, candidate{w: int32(i), n: 1, entry: e.entry})
				}
			}
		}
		j := i + 1
		if words[i].shape&nKids == 0 || j >= len(words) || words[j].brk || !m.mayPair(words[i].hash, words[j].hash) {
			continue
		}
		for n = m.pairTab.child(words[i].hash, words[j].hash); n != nil; n = n.child(words[j].hash) {
			for _, e := range n.ends {
				if m.accept(text, toks, words, i, j, e) {
					out = append(out, candidate{w: int32(i), n: int32(j - i + 1), entry: e.entry})
				}
			}
			j++
			if n.kids == nil || j >= len(words) || words[j].brk {
				break
			}
		}
	}
	return out
}

func (m *matcher) accept(text string, toks []token, words []wordRef, i, j int, e matchEnd) bool {
	if e.exact != nil {
		for k, w := range e.exact {
			if text[words[i+k].start:words[i+k].end] != w {
				return false
			}
		}
	}
	if nb := m.notBefore[e.entry]; nb != nil && i > 0 && !words[i].brk {
		prev := words[i-1].hash
		for _, h := range nb {
			if h == prev {
				return false
			}
		}
	}
	return true
}

// before orders candidates at one start word: longer first, then higher
// weight, then the first entry.
func (m *matcher) before(x, y candidate) bool {
	if x.n != y.n {
		return x.n > y.n
	}
	ex, ey := &m.einfo[x.entry], &m.einfo[y.entry]
	if ex.weight != ey.weight {
		return ex.weight > ey.weight
	}
	return x.entry < y.entry
}

// resolve keeps, for each signal separately, the leftmost-longest
// non-overlapping candidates; among candidates with the same span and signal
// it keeps the one with the highest weight, then the first entry. Shorter
// matches that do not overlap a kept one are kept. The result is sorted by
// start word.
func (m *matcher) resolve(cands []candidate) []candidate {
	if len(cands) == 0 {
		return cands
	}
	// match emits candidates by start word and, at one start, shortest
	// first: only the small groups at one start need reordering.
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && cands[j].w == cands[i].w {
			j++
		}
		if j-i > 1 {
			g := cands[i:j]
			for a := 1; a < len(g); a++ {
				for b := a; b > 0 && m.before(g[b], g[b-1]); b-- {
					g[b], g[b-1] = g[b-1], g[b]
				}
			}
		}
		i = j
	}
	// end of the last kept match per signal
	var sigs [16]string
	var ends [16]int32
	ns := 0
	kept := cands[:0]
	for _, c := range cands {
		sig := m.einfo[c.entry].signal
		k := 0
		for k < ns && sigs[k] != sig {
			k++
		}
		if k == ns {
			if ns == len(sigs) {
				continue
			}
			sigs[ns] = sig
			ends[ns] = -1
			ns++
		}
		if c.w < ends[k] {
			continue
		}
		ends[k] = c.w + c.n
		kept = append(kept, c)
	}
	return kept
}

package tone

import (
	"math/bits"
	"strings"
)

// scoreTables hold a model's weights arranged for Scorer: per word (by
// wordKey of its normalised text) the rows of its six word features with
// its VADER valence and negation; per word pair (by pairKey) the row of its
// bigram; and the rows of the valence and quotation features.
type scoreTables struct {
	w        [][3]float64 // weight rows
	words    wordTable    // wordKey -> the word's entry, held in the slot
	pairs    pairTable    // pairKey -> weights
	pairBits []uint64     // a bitset over pairKeys: most pairs of a sentence are no feature
	val      [4]int32     // v:pos, v:neg, v:pos1, v:neg1 (-1: none)
	valSide  [2][4]int32
	qIn      int32
	qHas     int32
}

type wordEntry struct {
	val     float64
	w0      [3]float64 // the weights of rows[0] (w:), the feature of every word, held here: no second miss
	rows    [6]int32   // w:, w:!, l:, l:!, r:, r:! (-1: none)
	hasRows bool
	negator bool
}

// The word feature prefixes in slot order.
var slotPrefixes = [6]string{"w:", "w:!", "l:", "l:!", "r:", "r:!"}

// wordKey is the key of a normalised word: its FNV-1a hash, never 0.
func wordKey(w []byte) uint64 {
	h := uint64(offset64)
	for _, c := range w {
		h = (h ^ uint64(c)) * prime64
	}
	return h | 1
}

func wordKeyString(w string) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * prime64
	}
	return h | 1
}

var keyTarget = wordKeyString("<t>")

// pairKey is the key of the bigram of words a and b (wordKeys).
func pairKey(a, b uint64) uint64 {
	return (a*0x9E3779B97F4A7C15 ^ bits.RotateLeft64(b, 29)*0xC2B2AE3D27D4EB4F) | 1
}

// featKey is the dedup key of word feature slot of the word with key k.
func featKey(slot int, k uint64) uint64 {
	return (k^slotSalt[slot])*0xFF51AFD7ED558CCD | 1
}

var slotSalt = [6]uint64{0x243F6A8885A308D3, 0x13198A2E03707344, 0xA4093822299F31D0, 0x082EFA98EC4E6C89, 0x452821E638D01377, 0xBE5466CF34E90C6C}

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

func nameHash(s string) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime64
	}
	return h | 1
}

// Dedup keys of the valence and quotation features: their name hashes.
var (
	hVal     = [4]uint64{nameHash("v:pos"), nameHash("v:neg"), nameHash("v:pos1"), nameHash("v:neg1")}
	hValSide = [2][4]uint64{
		{nameHash("vl:pos"), nameHash("vl:neg"), nameHash("vl:pos1"), nameHash("vl:neg1")},
		{nameHash("vr:pos"), nameHash("vr:neg"), nameHash("vr:pos1"), nameHash("vr:neg1")},
	}
	hQIn, hQHas = nameHash("q:in"), nameHash("q:has")
)

// tableBuilder collects named features for newScoreTables one at a time,
// keeping only their hashes, so a model's names need not all be held.
type tableBuilder struct {
	t        *scoreTables
	wordIdx  map[uint64]int32
	wordInfo []wordEntry // by wordIdx
	pairs    map[uint64]int32
	other    map[uint64]int32
}

func newTableBuilder(n int) *tableBuilder {
	return &tableBuilder{t: &scoreTables{w: make([][3]float64, 0, n)}, wordIdx: map[uint64]int32{},
		pairs: map[uint64]int32{}, other: map[uint64]int32{}}
}

func (b *tableBuilder) entry(k uint64) *wordEntry {
	i, ok := b.wordIdx[k]
	if !ok {
		i = int32(len(b.wordInfo))
		b.wordIdx[k] = i
		b.wordInfo = append(b.wordInfo, wordEntry{rows: [6]int32{-1, -1, -1, -1, -1, -1}})
	}
	return &b.wordInfo[i]
}

// add adds the feature name with weights w. Names that are neither word
// features nor bigrams are found by their name hash.
func (b *tableBuilder) add(name string, w [3]float64) {
	row := int32(len(b.t.w))
	b.t.w = append(b.t.w, w)
	if rest, ok := strings.CutPrefix(name, "b:"); ok {
		if x, y, ok := strings.Cut(rest, "_"); ok {
			b.pairs[pairKey(wordKeyString(x), wordKeyString(y))] = row
			return
		}
	}
	for s := len(slotPrefixes) - 1; s >= 0; s-- { // "w:!" before "w:"
		if word, ok := strings.CutPrefix(name, slotPrefixes[s]); ok && word != "" {
			e := b.entry(wordKeyString(word))
			e.rows[s] = row
			e.hasRows = true
			return
		}
	}
	b.other[nameHash(name)] = row
}

// finish adds the VADER valences and the negators and builds the tables.
func (b *tableBuilder) finish() *scoreTables {
	t := b.t
	for w, v := range valences() {
		if v != 0 {
			b.entry(wordKeyString(w)).val = v
		}
	}
	for w := range negators {
		b.entry(wordKeyString(w)).negator = true
	}
	t.words = newWordTable(b.wordIdx, b.wordInfo, t.w)
	t.pairs = newPairTable(b.pairs, t.w)
	t.pairBits = make([]uint64, pairFilterBits/64)
	for k := range b.pairs {
		bit := k >> (64 - pairFilterLog)
		t.pairBits[bit>>6] |= 1 << (bit & 63)
	}
	rowOf := func(h uint64) int32 {
		if r, ok := b.other[h]; ok {
			return r
		}
		return -1
	}
	for i := range 4 {
		t.val[i] = rowOf(hVal[i])
		t.valSide[0][i] = rowOf(hValSide[0][i])
		t.valSide[1][i] = rowOf(hValSide[1][i])
	}
	t.qIn, t.qHas = rowOf(hQIn), rowOf(hQHas)
	return t
}

const (
	pairFilterLog  = 19
	pairFilterBits = 1 << pairFilterLog // 64 KB
)

// pairWeights returns the weights of the bigram with key k, or nil.
func (t *scoreTables) pairWeights(k uint64) *[3]float64 {
	b := k >> (64 - pairFilterLog)
	if t.pairBits[b>>6]&(1<<(b&63)) == 0 {
		return nil
	}
	return t.pairs.find(k)
}

// pairTable is an open-addressing table from pairKey to the bigram's
// weights, held in the slot: a bigram costs one cache line.
type pairTable struct {
	slots []pairSlot
	mask  uint64
}

type pairSlot struct {
	key uint64 // 0: empty
	w   [3]float64
}

func newPairTable(m map[uint64]int32, rows [][3]float64) pairTable {
	n := 16
	for n < 2*len(m) {
		n <<= 1
	}
	t := pairTable{slots: make([]pairSlot, n), mask: uint64(n - 1)}
	for k, row := range m {
		i := (k >> 23) & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = pairSlot{k, rows[row]}
	}
	return t
}

func (t *pairTable) find(k uint64) *[3]float64 {
	if len(t.slots) == 0 {
		return nil
	}
	for i := (k >> 23) & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case k:
			return &t.slots[i].w
		case 0:
			return nil
		}
	}
}

// wordTable is an open-addressing table from a wordKey (never 0) to the
// word's entry. Keys are hashes already: the slot is a few of their bits.
// The keys (256 KB for the built-in model) are apart from the entries, so
// probing stays in the second-level cache and a word without features
// costs no miss into memory; an entry is 64 bytes, one cache line, with the
// weights of the word's w: feature held in it.
type wordTable struct {
	keys []uint64 // 0: empty
	ents []wordEntry
	mask uint64
}

// newWordTable builds the table of the entries info[idx[k]].
func newWordTable(idx map[uint64]int32, info []wordEntry, rows [][3]float64) wordTable {
	n := 16
	for n < len(idx)+len(idx)/2 {
		n <<= 1
	}
	t := wordTable{keys: make([]uint64, n), ents: make([]wordEntry, n), mask: uint64(n - 1)}
	for k, v := range idx {
		i := (k >> 23) & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		e := info[v]
		if e.rows[0] >= 0 {
			e.w0 = rows[e.rows[0]]
		}
		t.keys[i], t.ents[i] = k, e
	}
	return t
}

// find returns the entry of k, or nil.
func (t *wordTable) find(k uint64) *wordEntry {
	if len(t.keys) == 0 {
		return nil
	}
	for i := (k >> 23) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return &t.ents[i]
		case 0:
			return nil
		}
	}
}

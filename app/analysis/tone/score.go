package tone

import (
	"unicode"
	"unicode/utf8"
)

// Scorer scores the targets of one sentence: it tokenizes the sentence once,
// looks up each word's valence once, and remembers the weights of the
// features it has hashed, so that a second target in the same sentence
// costs a walk over the words and a few table reads. It computes exactly the
// features of Features, hashed as Probs hashes them, and adds their weights
// in the same order, so its probabilities equal those of the reference path
// bit for bit. A Scorer is not safe for concurrent use; its zero value is
// ready for Reset.
type Scorer struct {
	m    *Model
	text string
	toks []stok
	norm []byte // normalised words, back to back
	seq  []sitem
	ss   scoreSink
}

// stok is one token of the sentence with what scoring needs of it.
type stok struct {
	start, end int32 // bytes in the text
	n0, n1     int32 // the normalised word in Scorer.norm
	word       bool
	quote      bool // a quotation mark (isQuoteMark)
	stop       bool // ends a negation scope
	negator    bool
	val        float64 // VADER valence, 0 when none
	done       uint8   // which of feat are computed (1 << slot)
	feat       [7]featRef
}

// Feature slots of a word: "w:", "l:", "r:" with and without "!", and the
// bigram with the next word.
const (
	slotW = iota
	slotL = 2
	slotR = 4
	slotB = 6
)

// featRef is a feature's name hash (| 1) and its weight row, -1 when the
// model has no weights for it.
type featRef struct {
	h uint64
	w int32
}

// sitem is a word of the sequence, or the target ("<t>", tok -1).
type sitem struct {
	tok     int32
	negated bool
}

// NewScorer returns a Scorer for m.
func (m *Model) NewScorer() *Scorer { return &Scorer{m: m} }

// Reset prepares s to score targets of text with model m.
func (s *Scorer) Reset(m *Model, text string) {
	s.m, s.text = m, text
	s.toks = s.toks[:0]
	s.norm = s.norm[:0]
	lex := valences()
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isLetterOrDigit(r):
			j := scanToneWord(text, i, size)
			t := stok{start: int32(i), end: int32(j), word: true}
			t.n0 = int32(len(s.norm))
			s.norm = appendNorm(s.norm, text[i:j])
			t.n1 = int32(len(s.norm))
			w := s.norm[t.n0:t.n1]
			t.negator = isNegatorBytes(w)
			t.val = lex[string(w)]
			s.toks = append(s.toks, t)
			i = j
		case r < utf8.RuneSelf && asciiSpace(byte(r)) || r >= utf8.RuneSelf && unicode.IsSpace(r):
			i += size
		default:
			t := stok{start: int32(i), end: int32(i + size)}
			switch r {
			case '"', '“', '”', '«', '»', '‘':
				t.quote = true
			}
			switch r {
			case ',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '—', '–', '"', '“', '”':
				t.stop = true
			}
			s.toks = append(s.toks, t)
			i += size
		}
	}
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// scanToneWord returns the end of the word starting at i (its first rune
// size bytes), with the rules of tokenizeInto.
func scanToneWord(text string, i, size int) int {
	j := i + size
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			j++
			continue
		}
		r2, s2 := rune(c), 1
		if c >= utf8.RuneSelf {
			r2, s2 = utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
				j += s2
				continue
			}
		}
		if j+s2 < len(text) && (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '‐' || r2 == ',' || r2 == '.') {
			r3, _ := utf8.DecodeRuneInString(text[j+s2:])
			if r2 == ',' || r2 == '.' {
				prev, _ := utf8.DecodeLastRuneInString(text[:j])
				if unicode.IsDigit(prev) && unicode.IsDigit(r3) {
					j += s2
					continue
				}
			} else if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
				j += s2
				continue
			}
		}
		break
	}
	return j
}

// appendNorm appends normWord(w) to b.
func appendNorm(b []byte, w string) []byte {
	digits := true
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return append(b, normWord(w)...)
		}
		if !('0' <= c && c <= '9' || c == ',' || c == '.') {
			digits = false
		}
	}
	if digits {
		return append(b, '0')
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func isNegatorBytes(w []byte) bool {
	if negators[string(w)] {
		return true
	}
	n := len(w)
	return n >= 3 && w[n-3] == 'n' && w[n-2] == '\'' && w[n-1] == 't'
}

// Polarity is Model.Polarity for the target at text[start:end] of the
// sentence given to Reset.
func (s *Scorer) Polarity(start, end int) (label string, score float64) {
	p := s.Probs(start, end)
	best := 0
	for i := 1; i < 3; i++ {
		if p[i] > p[best] {
			best = i
		}
	}
	return Classes[best], p[2] - p[0]
}

// FNV-1a, as hashName.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime64
	}
	return h
}

func fnvBytes(h uint64, s []byte) uint64 {
	for _, c := range s {
		h = (h ^ uint64(c)) * prime64
	}
	return h
}

var (
	hW, hWBang = fnvString(offset64, "w:"), fnvString(offset64, "w:!")
	hL, hLBang = fnvString(offset64, "l:"), fnvString(offset64, "l:!")
	hR, hRBang = fnvString(offset64, "r:"), fnvString(offset64, "r:!")
	hB         = fnvString(offset64, "b:")
	hTarget    = "<t>"

	hVPos, hVNeg   = fnvString(offset64, "v:pos") | 1, fnvString(offset64, "v:neg") | 1
	hVPos1, hVNeg1 = fnvString(offset64, "v:pos1") | 1, fnvString(offset64, "v:neg1") | 1
	hVSide         = [2][4]uint64{ // [l, r][pos, neg, pos1, neg1]
		{fnvString(offset64, "vl:pos") | 1, fnvString(offset64, "vl:neg") | 1, fnvString(offset64, "vl:pos1") | 1, fnvString(offset64, "vl:neg1") | 1},
		{fnvString(offset64, "vr:pos") | 1, fnvString(offset64, "vr:neg") | 1, fnvString(offset64, "vr:pos1") | 1, fnvString(offset64, "vr:neg1") | 1},
	}
	hQIn, hQHas = fnvString(offset64, "q:in") | 1, fnvString(offset64, "q:has") | 1
)

// wordFeat returns the feature of slot (slotW, slotL or slotR, plus 1 when
// negated) of word token ti.
func (s *Scorer) wordFeat(ti int32, slot int) featRef {
	t := &s.toks[ti]
	if t.done&(1<<slot) != 0 {
		return t.feat[slot]
	}
	var h uint64
	switch slot {
	case slotW:
		h = hW
	case slotW + 1:
		h = hWBang
	case slotL:
		h = hL
	case slotL + 1:
		h = hLBang
	case slotR:
		h = hR
	case slotR + 1:
		h = hRBang
	}
	h = fnvBytes(h, s.norm[t.n0:t.n1]) | 1
	f := featRef{h, s.m.table.find(h)}
	t.feat[slot], t.done = f, t.done|1<<slot
	return f
}

// bigram returns the feature "b:A_B" of the sequence items a and b.
func (s *Scorer) bigram(a, b sitem) featRef {
	if a.tok >= 0 && b.tok >= 0 {
		t := &s.toks[a.tok]
		if t.done&(1<<slotB) != 0 {
			return t.feat[slotB]
		}
		f := s.bigramOf(a, b)
		t.feat[slotB], t.done = f, t.done|1<<slotB
		return f
	}
	return s.bigramOf(a, b)
}

func (s *Scorer) bigramOf(a, b sitem) featRef {
	h := hB
	if a.tok < 0 {
		h = fnvString(h, hTarget)
	} else {
		h = fnvBytes(h, s.norm[s.toks[a.tok].n0:s.toks[a.tok].n1])
	}
	h = (h ^ '_') * prime64
	if b.tok < 0 {
		h = fnvString(h, hTarget)
	} else {
		h = fnvBytes(h, s.norm[s.toks[b.tok].n0:s.toks[b.tok].n1])
	}
	h |= 1
	return featRef{h, s.m.table.find(h)}
}

// Probs is Model.Probs for the target at text[start:end] of the sentence
// given to Reset. It follows walk step by step.
func (s *Scorer) Probs(start, end int) [3]float64 {
	text := s.text
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if end < start {
		end = start
	}
	seq := s.seq[:0]
	tpos := -1
	quoteDepth := 0
	inQuote, hasQuote, neg := false, false, false
	for ti := range s.toks {
		t := &s.toks[ti]
		if int(t.end) > start && int(t.start) < end {
			if tpos < 0 {
				tpos = len(seq)
				inQuote = quoteDepth%2 == 1
				seq = append(seq, sitem{tok: -1})
			}
			continue
		}
		if !t.word {
			if t.quote {
				hasQuote = true
				quoteDepth++
			}
			if t.stop {
				neg = false
			}
			continue
		}
		seq = append(seq, sitem{tok: int32(ti), negated: neg})
		if t.negator {
			neg = true
		}
	}
	s.seq = seq
	ss := &s.ss
	ss.resetSized(s.m.bias, 8*len(seq)+16)
	tab := &s.m.table
	window := s.m.Window
	for i, it := range seq {
		if it.tok < 0 {
			continue
		}
		bang := 0
		if it.negated {
			bang = 1
		}
		side := -1
		if tpos >= 0 {
			if d := i - tpos; d < 0 && -d <= window {
				side = 0
			} else if d > 0 && d <= window {
				side = 1
			}
		}
		ss.addRef(tab, s.wordFeat(it.tok, slotW+bang), 1, false)
		if side >= 0 {
			ss.addRef(tab, s.wordFeat(it.tok, slotL+2*side+bang), 1, false)
		}
		v := s.toks[it.tok].val
		if v == 0 {
			continue
		}
		if it.negated {
			v *= -0.74 // VADER's negation scalar
		}
		pol := 0
		if v < 0 {
			pol, v = 1, -v
		}
		ss.addHash(tab, [2]uint64{hVPos, hVNeg}[pol], v/4, true)
		ss.addHash(tab, [2]uint64{hVPos1, hVNeg1}[pol], 1, false)
		if side >= 0 {
			ss.addHash(tab, hVSide[side][pol], v/4, true)
			ss.addHash(tab, hVSide[side][2+pol], 1, false)
		}
	}
	for i := 1; i < len(seq); i++ {
		ss.addRef(tab, s.bigram(seq[i-1], seq[i]), 1, false)
	}
	if inQuote {
		ss.addHash(tab, hQIn, 1, false)
	}
	if hasQuote {
		ss.addHash(tab, hQHas, 1, false)
	}
	return softmax(ss.z)
}

// addRef adds a feature whose weight row is known.
func (s *scoreSink) addRef(t *weightTable, f featRef, v float64, sum bool) {
	if !sum && !s.insert(f.h) {
		return
	}
	if f.w >= 0 {
		w := &t.w[f.w]
		s.z[0] += w[0] * v
		s.z[1] += w[1] * v
		s.z[2] += w[2] * v
	}
}

// addHash adds a feature by its name hash.
func (s *scoreSink) addHash(t *weightTable, h uint64, v float64, sum bool) {
	if !sum && !s.insert(h) {
		return
	}
	if i := t.find(h); i >= 0 {
		w := &t.w[i]
		s.z[0] += w[0] * v
		s.z[1] += w[1] * v
		s.z[2] += w[2] * v
	}
}

// resetSized clears the seen set, sized for about n features.
func (s *scoreSink) resetSized(bias [3]float64, n int) {
	s.z, s.n = bias, 0
	size := 64
	for size < 2*n {
		size <<= 1
	}
	if cap(s.seen) < size {
		s.seen = make([]uint64, size)
	}
	s.seen = s.seen[:size]
	clear(s.seen)
}

// weightTable is an open-addressing table from feature name hash (| 1, so
// never 0) to a row of w. Feature hashes are uniform already: the slot is
// a few of their bits.
type weightTable struct {
	keys []uint64 // 0: empty
	rows []int32
	w    [][3]float64
	mask uint64
}

func newWeightTable(byHash map[uint64][3]float64) weightTable {
	n := 16
	for n < 3*len(byHash) {
		n <<= 1
	}
	t := weightTable{keys: make([]uint64, n), rows: make([]int32, n), w: make([][3]float64, 0, len(byHash)), mask: uint64(n - 1)}
	for h, w := range byHash {
		i := (h >> 20) & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i] = h
		t.rows[i] = int32(len(t.w))
		t.w = append(t.w, w)
	}
	return t
}

// find returns the row of h, or -1.
func (t *weightTable) find(h uint64) int32 {
	if len(t.keys) == 0 {
		return -1
	}
	for i := (h >> 20) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return t.rows[i]
		case 0:
			return -1
		}
	}
}

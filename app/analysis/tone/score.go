package tone

import (
	"unicode"
	"unicode/utf8"
)

// Scorer scores the targets of one sentence: it tokenizes the sentence once
// and looks each word up once (its feature weights, VADER valence and
// negation), so that a target costs a walk over the words. It computes
// exactly the features of Features and adds their weights in the same
// order, so its probabilities equal those of the reference path bit for
// bit (TestScorerMatchesReference). A Scorer is not safe for concurrent use;
// its zero value is ready for Reset.
type Scorer struct {
	m    *Model
	text string
	toks []stok
	norm []byte // scratch: the normalised word
	seq  []sitem
	ss   scoreSink

	// A direct-mapped cache of word lookups (wordKey -> entry, nil for
	// none), kept across sentences and documents: the same words recur,
	// and the cache (64 KB) stays in the near caches where the word table
	// (1.5 MB) does not.
	cache      [wordCacheSize]wordCacheSlot
	cacheOwner *scoreTables
}

const wordCacheSize = 4096 // 64 KB

type wordCacheSlot struct {
	key uint64 // 0: empty
	e   *wordEntry
}

// word returns the entry of the word with key k, or nil.
func (s *Scorer) word(tab *scoreTables, k uint64) *wordEntry {
	c := &s.cache[(k>>20)&(wordCacheSize-1)] // not the low bits: a wordKey's lowest is always 1
	if c.key == k {
		return c.e
	}
	e := tab.words.find(k)
	*c = wordCacheSlot{k, e}
	return e
}

// stok is one token of the sentence with what scoring needs of it.
type stok struct {
	start, end int32 // bytes in the text
	word       bool
	quote      bool // a quotation mark (isQuoteMark)
	stop       bool // ends a negation scope
	negator    bool
	key        uint64      // wordKey of the normalised word
	val        float64     // VADER valence, 0 when none
	e          *wordEntry  // the word's entry, when it has weight rows (nil: none)
	next       *[3]float64 // cached weights of the bigram with the next word (nil: none)
	nextDone   bool        // next was looked up
}

// sitem is a word of the sequence, or the target ("<t>", tok -1).
type sitem struct {
	tok     int32
	negated bool
}

// Reset prepares s to score targets of text with model m.
func (s *Scorer) Reset(m *Model, text string) {
	s.m, s.text = m, text
	s.toks = s.toks[:0]
	if m == nil {
		return
	}
	tab := m.tables
	if s.cacheOwner != tab {
		clear(s.cache[:])
		s.cacheOwner = tab
	}
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r < utf8.RuneSelf && asciiAlnum[r] != 0:
			// A word of ASCII letters and digits ending at a space or at
			// punctuation that cannot continue it (most words): scanned,
			// normalised and hashed in one pass.
			h, digits := uint64(offset64), true
			j := i
			for ; j < len(text); j++ {
				c := asciiAlnum[text[j]]
				if c == 0 {
					break
				}
				digits = digits && c == 2
				h = (h ^ uint64(asciiLowerTone[text[j]])) * prime64
			}
			if j < len(text) {
				if c := text[j]; c >= utf8.RuneSelf || c == '\'' || c == '-' || c == ',' || c == '.' {
					s.toks = s.slowWord(text, i, size)
					i = int(s.toks[len(s.toks)-1].end)
					continue
				}
			}
			if digits {
				h = hDigits
			}
			s.toks = append(s.toks, stok{start: int32(i), end: int32(j), word: true, key: h | 1})
			i = j
		case isLetterOrDigit(r):
			s.toks = s.slowWord(text, i, size)
			i = int(s.toks[len(s.toks)-1].end)
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
	// The words' entries, and the weights of each word's bigram with the
	// next word (the same for every target: two words next to each other in
	// a target's sequence are next to each other in the sentence). They are
	// looked up in a loop of their own, so that the misses into the tables
	// overlap instead of waiting on the tokenizer.
	prev := -1
	for ti := range s.toks {
		t := &s.toks[ti]
		if !t.word {
			continue
		}
		if we := s.word(tab, t.key); we != nil {
			t.val = we.val
			t.negator = t.negator || we.negator
			if we.hasRows {
				t.e = we
			}
		}
		if prev >= 0 {
			p := &s.toks[prev]
			p.next, p.nextDone = tab.pairWeights(pairKey(p.key, t.key)), true
		}
		prev = ti
	}
}

// slowWord appends the word starting at i (its first rune size bytes) to
// s.toks, by the general rules of tokenizeInto and normWord.
func (s *Scorer) slowWord(text string, i, size int) []stok {
	j := scanToneWord(text, i, size)
	t := stok{start: int32(i), end: int32(j), word: true}
	s.norm = appendNorm(s.norm[:0], text[i:j])
	t.key = wordKey(s.norm)
	n := len(s.norm)
	t.negator = n >= 3 && s.norm[n-3] == 'n' && s.norm[n-2] == '\'' && s.norm[n-1] == 't'
	return append(s.toks, t)
}

// asciiAlnum is 1 for ASCII letters, 2 for digits, 0 for other bytes;
// asciiLowerTone lower-cases ASCII letters.
var asciiAlnum, asciiLowerTone = func() (cl, lo [256]uint8) {
	for c := 0; c < 256; c++ {
		lo[c] = uint8(c)
		switch {
		case 'a' <= c && c <= 'z':
			cl[c] = 1
		case 'A' <= c && c <= 'Z':
			cl[c] = 1
			lo[c] = uint8(c + 'a' - 'A')
		case '0' <= c && c <= '9':
			cl[c] = 2
		}
	}
	return
}()

// hDigits is the FNV-1a hash of "0", the normal form of every number.
var hDigits = wordKeyString("0") &^ 1 // |1 is added with the other keys

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

// Probs is Model.Probs for the target at text[start:end] of the sentence
// given to Reset. It follows walk step by step; a feature the model has no
// weights for adds nothing, so only features with weights are looked at.
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
	tab := s.m.tables
	ss := &s.ss
	ss.resetSized(s.m.bias, 4*len(seq)+16)
	window := s.m.Window
	for i, it := range seq {
		if it.tok < 0 {
			continue
		}
		t := &s.toks[it.tok]
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
		if e := t.e; e != nil {
			if bang == 0 {
				if e.rows[0] >= 0 {
					ss.addWeights(featKey(0, t.key), &e.w0, 1, false)
				}
			} else {
				ss.addRow(tab, featKey(bang, t.key), e.rows[bang], 1, false)
			}
			if side >= 0 {
				slot := 2 + 2*side + bang
				ss.addRow(tab, featKey(slot, t.key), e.rows[slot], 1, false)
			}
		}
		v := t.val
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
		ss.addRow(tab, hVal[pol], tab.val[pol], v/4, true)
		ss.addRow(tab, hVal[2+pol], tab.val[2+pol], 1, false)
		if side >= 0 {
			ss.addRow(tab, hValSide[side][pol], tab.valSide[side][pol], v/4, true)
			ss.addRow(tab, hValSide[side][2+pol], tab.valSide[side][2+pol], 1, false)
		}
	}
	for i := 1; i < len(seq); i++ {
		a, b := seq[i-1], seq[i]
		ka, kb := keyTarget, keyTarget
		if a.tok >= 0 {
			ka = s.toks[a.tok].key
		}
		if b.tok >= 0 {
			kb = s.toks[b.tok].key
		}
		k := pairKey(ka, kb)
		var w *[3]float64
		if a.tok >= 0 && b.tok >= 0 {
			// Two words next to each other in the sequence are next to
			// each other in the sentence: the pair is the same for every
			// target, so its weights are looked up once.
			t := &s.toks[a.tok]
			if !t.nextDone {
				t.next, t.nextDone = tab.pairWeights(k), true
			}
			w = t.next
		} else {
			w = tab.pairWeights(k)
		}
		ss.addWeights(k, w, 1, false)
	}
	if inQuote {
		ss.addRow(tab, hQIn, tab.qIn, 1, false)
	}
	if hasQuote {
		ss.addRow(tab, hQHas, tab.qHas, 1, false)
	}
	return softmax(ss.z)
}

// addRow adds the feature with dedup key k and weight row (-1: none). A
// presence feature (sum false) counts once per target.
func (s *scoreSink) addRow(t *scoreTables, k uint64, row int32, v float64, sum bool) {
	if row < 0 || !sum && !s.insert(k) {
		return
	}
	w := &t.w[row]
	s.z[0] += w[0] * v
	s.z[1] += w[1] * v
	s.z[2] += w[2] * v
}

// addWeights adds the feature with dedup key k and weights w (nil: none).
func (s *scoreSink) addWeights(k uint64, w *[3]float64, v float64, sum bool) {
	if w == nil || !sum && !s.insert(k) {
		return
	}
	s.z[0] += w[0] * v
	s.z[1] += w[1] * v
	s.z[2] += w[2] * v
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

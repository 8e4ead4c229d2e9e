package tone

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jonreiter/govader"
)

// token is a word or a punctuation mark with its byte span.
type token struct {
	text       string // lower-cased word, or the punctuation mark
	start, end int
	word       bool
}

// tokenize splits text into words (letters and digits, with apostrophes and
// hyphens inside a word kept) and single punctuation marks.
func tokenize(text string) []token { return tokenizeInto(nil, text) }

// tokenizeInto appends the tokens of text to toks[:0].
func tokenizeInto(toks []token, text string) []token {
	toks = toks[:0]
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += s2
					continue
				}
				if j+s2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+s2:])
					prev, _ := utf8.DecodeLastRuneInString(text[:j])
					inWord := (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '‐') && (unicode.IsLetter(r3) || unicode.IsDigit(r3))
					inNumber := (r2 == ',' || r2 == '.') && unicode.IsDigit(prev) && unicode.IsDigit(r3)
					if inWord || inNumber {
						j += s2
						continue
					}
				}
				break
			}
			toks = append(toks, token{text: normWord(text[i:j]), start: i, end: j, word: true})
			i = j
		case unicode.IsSpace(r):
			i += size
		default:
			toks = append(toks, token{text: string(r), start: i, end: i + size})
			i += size
		}
	}
	return toks
}

// normWord lower-cases a word, unifies apostrophes and maps numbers to "0".
func normWord(w string) string {
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	digits := true
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			digits = false
			break
		}
	}
	if digits {
		return "0"
	}
	return w
}

// negators open a negation scope that runs to the next punctuation mark.
var negators = map[string]bool{
	"not": true, "no": true, "never": true, "nor": true, "neither": true, "none": true,
	"nobody": true, "nothing": true, "without": true, "cannot": true, "hardly": true,
	"barely": true, "lack": true, "lacks": true, "lacked": true,
}

func isNegator(w string) bool {
	return negators[w] || strings.HasSuffix(w, "n't")
}

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "‘":
		return true
	}
	return false
}

// Feature is one named model input with its value (1 for word presence).
type Feature struct {
	Name  string
	Value float64
}

// Features returns the model's features for the target at text[start:end]:
//
//	w:WORD    every word of the sentence outside the target
//	l:WORD    words within window words before the target
//	r:WORD    words within window words after the target
//	b:W1_W2   word bigrams, the target itself written <t>
//	q:in      the target stands inside quotation marks
//	q:has     the sentence contains quotation marks
//	v:pos, v:neg, vl:..., vr:...   summed prior valence of the sentence's
//	          words (and of the window left and right of the target), from
//	          the VADER lexicon (Hutto & Gilbert 2014), divided by 4
//	v:pos1, v:neg1, ...            whether any such word is present
//
// Words in a negation scope (after not, never, n't, ... up to the next
// punctuation mark) are prefixed with "!" and their valence is reversed
// and damped, as VADER does. Presence features appear once; valence sums
// add up. The model scores the same features through hashes of their names
// (see Model.Probs), without building these strings.
func Features(text string, start, end, window int) []Feature {
	var sk nameSink
	walk(text, start, end, window, tokenize(text), nil, &sk)
	return sk.out
}

// sink receives features as the concatenation of up to five parts, so a
// sink can hash a name without building it.
type sink interface {
	add(parts *[5]string, v float64, sum bool)
}

// nameSink builds Feature values with string names.
type nameSink struct {
	out  []Feature
	seen map[string]int
}

func (s *nameSink) add(parts *[5]string, v float64, sum bool) {
	name := parts[0] + parts[1] + parts[2] + parts[3] + parts[4]
	if s.seen == nil {
		s.seen = map[string]int{}
	}
	if i, ok := s.seen[name]; ok {
		if sum {
			s.out[i].Value += v
		}
		return
	}
	s.seen[name] = len(s.out)
	s.out = append(s.out, Feature{name, v})
}

// item is a word of the sentence, or the target collapsed into one "<t>".
type item struct {
	text    string
	target  bool
	negated bool
}

// walk emits the features of Features to sk. toks is the tokenized text;
// seq is scratch space (may be nil).
func walk(text string, start, end, window int, toks []token, seq []item, sk sink) []item {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if end < start {
		end = start
	}
	seq = seq[:0]
	tpos := -1
	quoteDepth := 0
	inQuote := false
	hasQuote := false
	neg := false
	for _, t := range toks {
		inTarget := t.end > start && t.start < end
		if inTarget {
			if tpos < 0 {
				tpos = len(seq)
				inQuote = quoteDepth%2 == 1
				seq = append(seq, item{text: "<t>", target: true})
			}
			continue
		}
		if !t.word {
			if isQuoteMark(t.text) {
				hasQuote = true
				quoteDepth++
			}
			if strings.ContainsAny(t.text, ",.;:!?()[]—–\"“”") {
				neg = false
			}
			continue
		}
		seq = append(seq, item{text: t.text, negated: neg})
		if isNegator(t.text) {
			neg = true
		}
	}
	var p [5]string
	emit := func(a, b, c, d, e string, v float64, sum bool) {
		p = [5]string{a, b, c, d, e}
		sk.add(&p, v, sum)
	}
	lex := valences()
	for i, it := range seq {
		if it.target {
			continue
		}
		bang := ""
		if it.negated {
			bang = "!"
		}
		side := ""
		if tpos >= 0 {
			if d := i - tpos; d < 0 && -d <= window {
				side = "l"
			} else if d > 0 && d <= window {
				side = "r"
			}
		}
		emit("w:", bang, it.text, "", "", 1, false)
		if side != "" {
			emit(side, ":", bang, it.text, "", 1, false)
		}
		v, ok := lex[it.text]
		if !ok || v == 0 {
			continue
		}
		if it.negated {
			v *= -0.74 // VADER's negation scalar
		}
		pol := "pos"
		if v < 0 {
			pol, v = "neg", -v
		}
		emit("v:", pol, "", "", "", v/4, true)
		emit("v:", pol, "1", "", "", 1, false)
		if side != "" {
			emit("v", side, ":", pol, "", v/4, true)
			emit("v", side, ":", pol, "1", 1, false)
		}
	}
	for i := 1; i < len(seq); i++ {
		emit("b:", seq[i-1].text, "_", seq[i].text, "", 1, false)
	}
	if inQuote {
		emit("q:in", "", "", "", "", 1, false)
	}
	if hasQuote {
		emit("q:has", "", "", "", "", 1, false)
	}
	return seq
}

// hashName is 64-bit FNV-1a over the concatenated parts.
func hashName(parts *[5]string) uint64 {
	h := uint64(14695981039346656037)
	for _, s := range parts {
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
	}
	return h
}

// scoreSink adds each feature's weights to the class scores as it is
// emitted (see Scorer.Probs). A presence feature counts once (a small
// open-addressing set of name hashes remembers which were seen); valence
// sums count every time, as in Features.
type scoreSink struct {
	z    [3]float64
	seen []uint64 // open-addressing set; 0 marks an empty slot
	n    int
}

// insert adds h to the set and reports whether it was new. The table
// doubles when half full, so probing stays short for long sentences.
func (s *scoreSink) insert(h uint64) bool {
	if 2*(s.n+1) > len(s.seen) {
		old := s.seen
		s.seen = make([]uint64, 2*len(old))
		s.n = 0
		for _, x := range old {
			if x != 0 {
				s.insert(x)
			}
		}
	}
	mask := uint64(len(s.seen) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.seen[i] {
		case h:
			return false
		case 0:
			s.seen[i] = h
			s.n++
			return true
		}
	}
}

var (
	valenceOnce sync.Once
	valenceMap  map[string]float64
)

// valences returns the VADER lexicon's mean valence per lower-case word
// (-4..4), as shipped by the govader module.
func valences() map[string]float64 {
	valenceOnce.Do(func() {
		valenceMap = govader.NewSentimentIntensityAnalyzer().Lexicon
	})
	return valenceMap
}

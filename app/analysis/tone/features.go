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
func tokenize(text string) []token {
	var toks []token
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
// and damped, as VADER does. Features are deduplicated.
func Features(text string, start, end, window int) []Feature {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if end < start {
		end = start
	}
	toks := tokenize(text)
	// seq is the token sequence with the target collapsed into one <t>.
	type item struct {
		text    string
		target  bool
		negated bool
	}
	var seq []item
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
	seen := map[string]int{}
	var out []Feature
	add := func(f string, v float64) {
		if i, ok := seen[f]; ok {
			if v != 1 || out[i].Value != 1 {
				out[i].Value += v
			}
			return
		}
		seen[f] = len(out)
		out = append(out, Feature{f, v})
	}
	lex := valences()
	for i, it := range seq {
		if it.target {
			continue
		}
		w := it.text
		if it.negated {
			w = "!" + w
		}
		side := ""
		if tpos >= 0 {
			if d := i - tpos; d < 0 && -d <= window {
				side = "l"
			} else if d > 0 && d <= window {
				side = "r"
			}
		}
		add("w:"+w, 1)
		if side != "" {
			add(side+":"+w, 1)
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
		add("v:"+pol, v/4)
		add("v:"+pol+"1", 1)
		if side != "" {
			add("v"+side+":"+pol, v/4)
			add("v"+side+":"+pol+"1", 1)
		}
	}
	for i := 1; i < len(seq); i++ {
		add("b:"+seq[i-1].text+"_"+seq[i].text, 1)
	}
	if inQuote {
		add("q:in", 1)
	}
	if hasQuote {
		add("q:has", 1)
	}
	return out
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

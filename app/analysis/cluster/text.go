package cluster

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopwords are English function words and news boilerplate that say
// nothing about which event an article reports. Written for this package.
var stopwords = setOf(`a about above after again against ago all almost also although always am among an and
another any anyone anything are around as at away back be became because become been before being
below between both but by came can cannot could did do does doing done down during each either else
even ever every few first for from further get gets getting go goes going got had has have having he
her here hers herself him himself his how however i if in including into is it its itself just last
least less like made make makes many may me might more most much must my myself near need never new
news next no nor not now of off often on once one only or other others our ours ourselves out over
own per perhaps put rather really said same say saying says see seen she should since so some
something still such than that the their theirs them themselves then there these they thing things
this those though three through thus to today told too two under until up upon us very via was way
we week well were what when where whether which while who whom whose why will with within without
would year years yet you your yours yourself monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december mr mrs ms dr
according report reported reports update updated breaking live watch read click here sign newsletter
photo video image getty images ap reuters afp cnn associated press file`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// token is one word of a title or lead.
type token struct {
	norm          string // lowercased, possessive dropped, lightly stemmed
	capitalised   bool   // starts with an upper-case letter
	acronym       bool   // two or more letters, all upper case ("NATO", "FBI")
	sentenceStart bool   // first word of a sentence (or of the text)
}

// tokenize splits s into word tokens: runs of letters, digits and inner
// apostrophes, hyphens and dots ("U.S.", "al-Sadr", "2,411" becomes
// "2411"). It marks which words start a sentence, so capitalisation can be
// read as a sign of a name only where grammar does not require it.
func tokenize(s string) []token {
	v := newVocab()
	toks := v.tokenize(nil, s, -1)
	out := make([]token, len(toks))
	for k, t := range toks {
		out[k] = token{norm: v.norms[t.word], capitalised: t.flags&flagCapitalised != 0,
			acronym: t.flags&flagAcronym != 0, sentenceStart: t.flags&flagSentenceStart != 0}
	}
	return out
}

// tok is a token as prepare keeps it: its normalized word as an index into
// a vocab, and its flags.
type tok struct {
	word  int32
	flags uint8
}

const (
	flagCapitalised = 1 << iota
	flagAcronym
	flagSentenceStart
)

// vocab interns normalized words: each distinct word is one string and one
// index, whatever the number of its occurrences, and whether it is a
// content term (keep) is decided once.
type vocab struct {
	index map[string]int32
	norms []string
	kept  []bool
	buf   []byte
}

func newVocab() *vocab { return &vocab{index: map[string]int32{}} }

// word returns the index of the normalized word b, adding it when new.
func (v *vocab) word(b []byte) int32 {
	if w, ok := v.index[string(b)]; ok { // no allocation for a known word
		return w
	}
	s := string(b)
	w := int32(len(v.norms))
	v.index[s] = w
	v.norms = append(v.norms, s)
	v.kept = append(v.kept, keep(s))
	return w
}

// ASCII byte classes for the tokenizer's fast path; other bytes start a
// UTF-8 sequence and are decoded.
const (
	classWord  = 1 << iota // letter or digit
	classUpper             // A-Z
	classDigit             // 0-9
	classStop              // ends a sentence: . ? ! newline : "
)

var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for b := 'a'; b <= 'z'; b++ {
		c[b] = classWord
	}
	for b := 'A'; b <= 'Z'; b++ {
		c[b] = classWord | classUpper
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = classWord | classDigit
	}
	for _, b := range ".?!\n:\"" {
		c[b] |= classStop
	}
	return c
}()

// tokenize appends the tokens of s to dst, at most limit of them (all
// when limit is negative), as the package-level tokenize describes.
// Plain ASCII is classified through a byte table; other characters are
// decoded and classified by package unicode.
func (v *vocab) tokenize(dst []tok, s string, limit int) []tok {
	base := len(dst)
	start := true
	i := 0
	for i < len(s) && (limit < 0 || len(dst)-base < limit) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiClass[c]&classWord == 0 {
				if asciiClass[c]&classStop != 0 {
					start = true
				}
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			if r == '“' || r == '”' {
				start = true
			}
			i += size
			continue
		}
		j := wordEnd(s, i)
		if j < len(s) && s[j] == '.' && isAbbrevDot(s[i:j]) {
			j++ // "U.S." keeps its final dot, which does not end a sentence
		}
		dst = append(dst, v.token(s[i:j], start))
		start = false
		i = j
	}
	return dst
}

// wordEnd returns where the word starting at s[i] (a letter or digit)
// ends: after its letters and digits and its inner punctuation ("U.S",
// "al-Sadr", "don't", "2,411").
func wordEnd(s string, j int) int {
	for j < len(s) {
		c := s[j]
		size := 1
		r := rune(c)
		if c < utf8.RuneSelf {
			if asciiClass[c]&classWord != 0 {
				j++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += size
				continue
			}
		}
		if (r == '.' || r == '-' || r == '\'' || r == '’' || r == ',') && j+size < len(s) {
			next := firstRune(s[j+size:])
			prev := lastRune(s[:j])
			if isWordRune(next) && (r != ',' || isDigit(prev) && isDigit(next)) &&
				(r != '.' || isUpper(prev) && isUpper(next) || isDigit(prev) && isDigit(next)) {
				j += size
				continue
			}
		}
		break
	}
	return j
}

func firstRune(s string) rune {
	if s[0] < utf8.RuneSelf {
		return rune(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classWord != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classDigit != 0
	}
	return unicode.IsDigit(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classUpper != 0
	}
	return unicode.IsUpper(r)
}

// isAbbrevDot reports whether word followed by "." is an abbreviation of
// single capitals ("U.S", "U.N"): every part between its dots is one
// character.
func isAbbrevDot(word string) bool {
	if strings.IndexByte(word, '.') < 0 {
		return false
	}
	for {
		part, rest, found := strings.Cut(word, ".")
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		if !found {
			return true
		}
		word = rest
	}
}

// token makes the tok of word.
func (v *vocab) token(word string, sentenceStart bool) tok {
	var flags uint8
	if isUpper(firstRune(word)) {
		flags |= flagCapitalised
	}
	letters, upper := 0, 0
	bare := strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "’s")
	for k := 0; k < len(bare); {
		c := bare[k]
		if c < utf8.RuneSelf {
			if asciiClass[c]&(classWord|classDigit) == classWord {
				letters++
				if asciiClass[c]&classUpper != 0 {
					upper++
				}
			}
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(bare[k:])
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
		k += size
	}
	if letters >= 2 && upper == letters {
		flags |= flagAcronym
	}
	if sentenceStart {
		flags |= flagSentenceStart
	}
	v.buf = appendNorm(v.buf[:0], word)
	return tok{word: v.word(v.buf), flags: flags}
}

// appendNorm appends word normalized to dst: lower-cased, without dots,
// commas in numbers and a possessive, and without common endings (see
// stemBytes), so "Senators'", "senator" and "Senator's" are one term.
func appendNorm(dst []byte, word string) []byte {
	lower := word
	for k := 0; k < len(word); k++ {
		if word[k] >= utf8.RuneSelf {
			lower = strings.ToLower(word)
			break
		}
	}
	start := len(dst)
	dotted := false
	for k := 0; k < len(lower); k++ {
		switch c := lower[k]; {
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		case c == '.':
			dotted = true
		case c == ',':
		case c == 0xe2 && k+2 < len(lower) && lower[k+1] == 0x80 && lower[k+2] == 0x99: // ’
			dst = append(dst, '\'')
			k += 2
		default:
			dst = append(dst, c)
		}
	}
	w := dst[start:]
	w = bytesTrimSuffix(w, "'s")
	w = bytesTrimSuffix(w, "'")
	if dotted && len(w) <= 4 {
		return append(dst[:start+len(w)], '.') // "U.S." is not the pronoun "us"
	}
	return dst[:start+len(stemBytes(w))]
}

func bytesTrimSuffix(b []byte, suffix string) []byte {
	if len(b) >= len(suffix) && string(b[len(b)-len(suffix):]) == suffix {
		return b[:len(b)-len(suffix)]
	}
	return b
}

func hasSuffix(b []byte, suffix string) bool {
	return len(b) >= len(suffix) && string(b[len(b)-len(suffix):]) == suffix
}

// stemBytes removes common English plural and verb endings and a final
// "e": enough to join "strikes"/"strike", "votes"/"voted"/"voting" and
// "policies"/"policy". It is not a full stemmer; it only has to map the
// forms of one word to one term, consistently, and leave names distinct.
// It works in place and returns a prefix of w (with a "y" written over its
// end for "-ies").
func stemBytes(w []byte) []byte {
	n := len(w)
	if n <= 3 || !isLetters(w) {
		return w
	}
	switch {
	case n > 4 && hasSuffix(w, "ies"):
		w = append(w[:n-3], 'y')
	case n > 5 && hasSuffix(w, "ing"):
		w = trimDouble(w[:n-3])
	case n > 4 && hasSuffix(w, "ed") && !hasSuffix(w, "eed"):
		w = trimDouble(w[:n-2])
	case hasSuffix(w, "ses") || hasSuffix(w, "xes") || hasSuffix(w, "ches") || hasSuffix(w, "shes"):
		w = w[:n-2]
	case hasSuffix(w, "s") && !hasSuffix(w, "ss") && !hasSuffix(w, "us") && !hasSuffix(w, "is"):
		w = w[:n-1]
	}
	if len(w) > 3 && hasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

func isLetters(w []byte) bool {
	for k := 0; k < len(w); {
		c := w[k]
		if c < utf8.RuneSelf {
			if asciiClass[c]&(classWord|classDigit) != classWord && c != '-' && c != '\'' {
				return false
			}
			k++
			continue
		}
		r, size := utf8.DecodeRune(w[k:])
		if !unicode.IsLetter(r) {
			return false
		}
		k += size
	}
	return true
}

// trimDouble undoes consonant doubling before an ending ("stopped" ->
// "stop").
func trimDouble(w []byte) []byte {
	n := len(w)
	if n > 3 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' {
		return w[:n-1]
	}
	return w
}

package cluster

// Reference copies of the tokenizer and shingler as they were before their
// fast paths (commit cca05c6): the tests check that the fast versions give
// exactly the same tokens and hashes.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a title or lead.

// tokenize splits s into word tokens: runs of letters, digits and inner
// apostrophes, hyphens and dots ("U.S.", "al-Sadr", "2,411" becomes
// "2411"). It marks which words start a sentence, so capitalisation can be
// read as a sign of a name only where grammar does not require it.
func refTokenize(s string) []token {
	var out []token
	start := true
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !refIsWordRune(r) {
			if r == '.' || r == '?' || r == '!' || r == '\n' || r == ':' || r == '"' || r == '“' || r == '”' {
				start = true
			}
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[j:])
			if refIsWordRune(r2) {
				j += size2
				continue
			}
			// Inner punctuation: keep "U.S.", "al-Sadr", "don't", "2,411".
			if (r2 == '.' || r2 == '-' || r2 == '\'' || r2 == '’' || r2 == ',') && j+size2 < len(s) {
				next, _ := utf8.DecodeRuneInString(s[j+size2:])
				prev, _ := utf8.DecodeLastRuneInString(s[:j])
				if refIsWordRune(next) && (r2 != ',' || unicode.IsDigit(prev) && unicode.IsDigit(next)) &&
					(r2 != '.' || unicode.IsUpper(prev) && unicode.IsUpper(next) || unicode.IsDigit(prev) && unicode.IsDigit(next)) {
					j += size2
					continue
				}
			}
			break
		}
		if j < len(s) && s[j] == '.' && refIsAbbrevDot(s[i:j]) {
			j++ // "U.S." keeps its final dot, which does not end a sentence
		}
		out = append(out, refMakeToken(s[i:j], start))
		start = false
		i = j
	}
	return out
}

func refIsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isAbbrevDot reports whether word followed by "." is an abbreviation of
// single capitals ("U.S", "U.N").
func refIsAbbrevDot(word string) bool {
	if !strings.Contains(word, ".") {
		return false
	}
	for _, part := range strings.Split(word, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

func refMakeToken(word string, sentenceStart bool) token {
	first, _ := utf8.DecodeRuneInString(word)
	letters, upper := 0, 0
	bare := strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "’s")
	for _, r := range bare {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return token{
		norm:          refNormalize(word),
		capitalised:   unicode.IsUpper(first),
		acronym:       letters >= 2 && upper == letters,
		sentenceStart: sentenceStart,
	}
}

// refWordPunct folds the punctuation normalize keeps out of terms.
var refWordPunct = strings.NewReplacer("’", "'", ".", "", ",", "")

// normalize lowercases a word, drops dots, commas in numbers and a
// possessive, and strips common endings, so "Senators'", "senator" and
// "Senator's" are one term.
func refNormalize(word string) string {
	w := strings.ToLower(word)
	dotted := strings.Contains(w, ".")
	w = refWordPunct.Replace(w)
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	if dotted && len(w) <= 4 {
		return w + "." // "U.S." is not the pronoun "us"
	}
	return refStem(w)
}

// stem removes common English plural and verb endings and a final "e":
// enough to join "strikes"/"strike", "votes"/"voted"/"voting" and
// "policies"/"policy". It is not a full stemmer; it only has to map the
// forms of one word to one term, consistently, and leave names distinct.
func refStem(w string) string {
	n := len(w)
	if n <= 3 || !refIsLetters(w) {
		return w
	}
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = refTrimDouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		w = refTrimDouble(w[:n-2])
	case strings.HasSuffix(w, "ses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") ||
		strings.HasSuffix(w, "shes"):
		w = w[:n-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

func refIsLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// trimDouble undoes consonant doubling before an ending ("stopped" ->
// "stop").
func refTrimDouble(w string) string {
	n := len(w)
	if n > 3 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' {
		return w[:n-1]
	}
	return w
}

// shingles returns the sorted distinct hashes of the word 5-grams of text.
// Each word is hashed once (FNV-1a over its lowercased letters and digits)
// and a shingle's hash mixes its words' hashes in order.
func refShingles(text string) []uint64 {
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

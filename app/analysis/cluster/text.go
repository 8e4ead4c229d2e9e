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
	var out []token
	start := true
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			if r == '.' || r == '?' || r == '!' || r == '\n' || r == ':' || r == '"' || r == '“' || r == '”' {
				start = true
			}
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += size2
				continue
			}
			// Inner punctuation: keep "U.S.", "al-Sadr", "don't", "2,411".
			if (r2 == '.' || r2 == '-' || r2 == '\'' || r2 == '’' || r2 == ',') && j+size2 < len(s) {
				next, _ := utf8.DecodeRuneInString(s[j+size2:])
				prev, _ := utf8.DecodeLastRuneInString(s[:j])
				if isWordRune(next) && (r2 != ',' || unicode.IsDigit(prev) && unicode.IsDigit(next)) &&
					(r2 != '.' || unicode.IsUpper(prev) && unicode.IsUpper(next) || unicode.IsDigit(prev) && unicode.IsDigit(next)) {
					j += size2
					continue
				}
			}
			break
		}
		if j < len(s) && s[j] == '.' && isAbbrevDot(s[i:j]) {
			j++ // "U.S." keeps its final dot, which does not end a sentence
		}
		out = append(out, makeToken(s[i:j], start))
		start = false
		i = j
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isAbbrevDot reports whether word followed by "." is an abbreviation of
// single capitals ("U.S", "U.N").
func isAbbrevDot(word string) bool {
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

func makeToken(word string, sentenceStart bool) token {
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
		norm:          normalize(word),
		capitalised:   unicode.IsUpper(first),
		acronym:       letters >= 2 && upper == letters,
		sentenceStart: sentenceStart,
	}
}

// wordPunct folds the punctuation normalize keeps out of terms.
var wordPunct = strings.NewReplacer("’", "'", ".", "", ",", "")

// normalize lowercases a word, drops dots, commas in numbers and a
// possessive, and strips common endings, so "Senators'", "senator" and
// "Senator's" are one term.
func normalize(word string) string {
	w := strings.ToLower(word)
	dotted := strings.Contains(w, ".")
	w = wordPunct.Replace(w)
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	if dotted && len(w) <= 4 {
		return w + "." // "U.S." is not the pronoun "us"
	}
	return stem(w)
}

// stem removes common English plural and verb endings and a final "e":
// enough to join "strikes"/"strike", "votes"/"voted"/"voting" and
// "policies"/"policy". It is not a full stemmer; it only has to map the
// forms of one word to one term, consistently, and leave names distinct.
func stem(w string) string {
	n := len(w)
	if n <= 3 || !isLetters(w) {
		return w
	}
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = trimDouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		w = trimDouble(w[:n-2])
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

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// trimDouble undoes consonant doubling before an ending ("stopped" ->
// "stop").
func trimDouble(w string) string {
	n := len(w)
	if n > 3 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' {
		return w[:n-1]
	}
	return w
}

package ingest

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Language detection is deliberately small: Framelens only needs to know
// whether a text is English (and so can be analysed) and, cheaply, what it
// is otherwise. Texts in a non-Latin script are named by their script's
// main language; Latin-script texts by counting each language's most common
// function words, which make up a large share of any running text.

// functionWords lists, per language, frequent short words (articles,
// prepositions, conjunctions, pronouns, auxiliaries). Lists overlap where
// languages share words; a text's language is the one whose words it uses
// most.
var functionWords = map[string][]string{
	"en": strings.Fields("the and of to is that was for with he she it on his her they said have has be by this from at an are were which who not but would will their been had its"),
	"es": strings.Fields("el la los las de que y en del por con para una es se su al lo como más pero sus le ya fue este ha porque esta entre cuando muy sin sobre también hay desde"),
	"fr": strings.Fields("le la les de des et est un une du que qui dans pour pas sur au avec il elle ce sont par plus ont été mais nous vous leur aux cette ne"),
	"de": strings.Fields("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es wird wurde bei nach aus sie er wie oder über hat sind"),
	"it": strings.Fields("il di che e la per un una del della non sono è con gli le nel alla anche come più ha ma dei delle questo si da al"),
	"pt": strings.Fields("o a os as de que e do da em um uma para com não dos das no na por mais se ao é foi mas seu sua pelo pela também"),
	"nl": strings.Fields("de het een en van is dat op te in niet zijn voor met die er aan ook als bij maar om wordt werd naar heeft hij zij nog uit"),
	"sv": strings.Fields("och att det som en på är av för med till den har de inte om ett var men sig så från vid kan eller han hon efter"),
	"pl": strings.Fields("i w na nie z się że do to jest o jak a po co tak za od ale przez jego tylko być był była już oraz dla"),
	"tr": strings.Fields("ve bir bu da de için ile olarak daha çok gibi olan ama sonra kadar ne var değil ise her olduğunu"),
}

// languages are the keys of functionWords, sorted: a language's bit in
// functionWordIndex is its index here.
var languages = func() []string {
	var ls []string
	for lang := range functionWords {
		ls = append(ls, lang)
	}
	slices.Sort(ls)
	return ls
}()

// functionWordIndex maps each function word to the set of languages (bits
// by index in languages) that list it; maxFunctionWord is the longest
// word's length in bytes, so longer words are not looked up at all.
var functionWordIndex, maxFunctionWord = func() (map[string]uint16, int) {
	idx := map[string]uint16{}
	longest := 0
	for i, lang := range languages {
		for _, w := range functionWords[lang] {
			idx[w] |= 1 << i
			longest = max(longest, len(w))
		}
	}
	return idx, longest
}()

// scriptNames are the scripts DetectLanguage counts, sorted by name (ties
// between scripts go to the first).
var scriptNames = [...]string{"ar", "cyrillic", "el", "he", "hi", "ja", "ko", "th", "zh"}

const (
	scriptAr = iota
	scriptCyrillic
	scriptEl
	scriptHe
	scriptHi
	scriptJa
	scriptKo
	scriptTh
	scriptZh
)

// Detection limits: only the start of a long text is read, and a text needs
// enough letters and function words for a verdict.
const (
	langSampleBytes  = 8 << 10
	langMinLetters   = 20
	langMinHits      = 3
	langMinHitsShare = 0.10
	langMinLeadHits  = 20
	langShortWords   = 30
)

// DetectLanguage returns the ISO 639-1 code of text's language: "en" for
// English; for a text mostly in another script its main language (ru or uk
// for Cyrillic, ar or fa for Arabic script, he, el, hi, zh, ja, ko, th); for
// other Latin-script texts one of es, fr, de, it, pt, nl, sv, pl, tr; and
// "und" (undetermined) when the text is too short (fewer than 20 letters)
// or matches no language clearly enough. Clearly enough means function
// words of the language make up a tenth of the words and number at least 3
// (or, in a text of under 30 words, at least 1 with no other language
// matching as many), or number at least 20 and twice any other language's.
func DetectLanguage(text string) string {
	if len(text) > langSampleBytes {
		text = text[:langSampleBytes]
	}
	var letters, latin int
	var scripts [len(scriptNames)]int
	var ukLetters, faLetters, kana int
	var counts [16]int // by index in languages
	words := 0
	word := make([]byte, 0, 32)
	endWord := func() {
		if len(word) == 0 {
			return
		}
		words++
		if len(word) <= maxFunctionWord {
			for set := functionWordIndex[string(word)]; set != 0; set &= set - 1 {
				counts[bits.TrailingZeros16(set)]++
			}
		}
		word = word[:0]
	}
	for _, r := range text {
		if r < utf8.RuneSelf {
			switch {
			case 'a' <= r && r <= 'z':
				word = append(word, byte(r))
			case 'A' <= r && r <= 'Z':
				word = append(word, byte(r)+'a'-'A')
			default:
				endWord()
				continue
			}
			letters++
			latin++
			continue
		}
		if !unicode.IsLetter(r) {
			endWord()
			continue
		}
		letters++
		switch {
		case r < 0x250 || unicode.Is(unicode.Latin, r):
			latin++
			word = utf8.AppendRune(word, unicode.ToLower(r))
			continue
		case unicode.Is(unicode.Cyrillic, r):
			scripts[scriptCyrillic]++
			if strings.ContainsRune("іїєґІЇЄҐ", r) {
				ukLetters++
			}
		case unicode.Is(unicode.Arabic, r):
			scripts[scriptAr]++
			if strings.ContainsRune("پچژگک", r) {
				faLetters++
			}
		case unicode.Is(unicode.Hebrew, r):
			scripts[scriptHe]++
		case unicode.Is(unicode.Greek, r):
			scripts[scriptEl]++
		case unicode.Is(unicode.Devanagari, r):
			scripts[scriptHi]++
		case unicode.Is(unicode.Hangul, r):
			scripts[scriptKo]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			scripts[scriptJa]++
			kana++
		case unicode.Is(unicode.Han, r):
			scripts[scriptZh]++
		case unicode.Is(unicode.Thai, r):
			scripts[scriptTh]++
		}
		endWord()
	}
	endWord()
	if letters < langMinLetters {
		return "und"
	}
	if latin*2 < letters {
		best, n := "", 0
		for s, c := range scripts { // sorted by name: the first of equal counts wins
			if c > n {
				best, n = scriptNames[s], c
			}
		}
		switch {
		case n*2 < letters:
			return "und"
		case best == "cyrillic" && ukLetters > 0 && ukLetters*100 >= n:
			return "uk"
		case best == "cyrillic":
			return "ru"
		case best == "ar" && faLetters > 0 && faLetters*50 >= n:
			return "fa"
		case best == "zh" && kana*10 >= n:
			return "ja"
		}
		return best
	}
	// The most used language (the first by code of equal counts), and the
	// count of the next.
	best, n, second := "", 0, 0
	for i, lang := range languages {
		if c := counts[i]; c > n {
			best, n, second = lang, c, n
		} else if c > second {
			second = c
		}
	}
	// A text clears the bar by the share of its words that are function
	// words, or, when it is mostly names and figures (a table of dates, a
	// list of results), by many function words of one language clearly
	// ahead of every other.
	clearShare := n >= langMinHits && float64(n) >= langMinHitsShare*float64(words)
	clearLead := n >= langMinLeadHits && n >= 2*second
	// A short text (a headline, a pasted sentence) has few function words
	// at all; one language's, with no other language's as many, is enough.
	clearShort := words < langShortWords && n >= 1 && n > second && float64(n) >= langMinHitsShare*float64(words)
	if !clearShare && !clearLead && !clearShort {
		return "und"
	}
	return best
}

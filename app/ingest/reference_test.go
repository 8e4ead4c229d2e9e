package ingest

// Reference copies of the cleaning, hashing, language, JSON and text-check
// functions as they were before their fast paths (commit cca05c6): the tests
// check that the current ones give exactly the same results.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// isBoilerplate reports whether line (already trimmed of trailing space) is
// a known web boilerplate line.
func refIsBoilerplate(line string) bool {
	s := strings.TrimSpace(line)
	if s == "" || len(s) > maxBoilerplateLine {
		return false
	}
	s = strings.ToLower(s)
	if boilerplateLines[s] {
		return true
	}
	for _, re := range boilerplatePatterns {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// Clean returns text as Framelens stores it, the text every offset refers
// to: byte-order marks removed; CRLF, CR and Unicode line separators turned
// into LF; Unicode NFC; control characters other than tab and newline
// removed; trailing white space trimmed from every line; known web
// boilerplate lines (see boilerplateLines and boilerplatePatterns) removed;
// runs of blank lines collapsed to one blank line; and leading and trailing
// blank lines trimmed. Quotation marks, straight and curly, are kept exactly
// as given, and so is leading indentation. Invalid UTF-8 becomes U+FFFD.
// Clean is idempotent.
func refClean(text string) string {
	if !utf8.ValidString(text) {
		// Readers reject invalid UTF-8; for other callers, replacing it
		// first keeps the byte-level steps below from joining stray bytes
		// into new characters.
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = refNormalizeNewlines(text)
	text = refDropControls(text)
	text = norm.NFC.String(text)
	var b strings.Builder
	b.Grow(len(text))
	blank := 0
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if refIsBoilerplate(line) {
			continue
		}
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank > 0 {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String()
}

// cleanField cleans a one-line metadata value (title, outlet, author...):
// invalid UTF-8 replaced by U+FFFD, NFC, control characters removed, and
// every run of white space, newlines included, turned into one space.
func refCleanField(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = norm.NFC.String(refDropControls(refNormalizeNewlines(s)))
	return strings.Join(strings.Fields(s), " ")
}

// Hash returns the dedupe key of text: the hex SHA-256 of refClean(text) with
// every run of white space collapsed to one space. Two copies of an article
// that differ only in line endings, spacing, Unicode normalisation or
// boilerplate lines have the same hash; any change to a word changes it.
func refHash(text string) string {
	fields := strings.Fields(refClean(text))
	h := sha256.New()
	for i, f := range fields {
		if i > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// DetectLanguage returns the ISO 639-1 code of text's language: "en" for
// English; for a text mostly in another script its main language (ru or uk
// for Cyrillic, ar or fa for Arabic script, he, el, hi, zh, ja, ko, th); for
// other Latin-script texts one of es, fr, de, it, pt, nl, sv, pl, tr; and
// "und" (undetermined) when the text is too short (fewer than 20 letters)
// or matches no language clearly enough. Clearly enough means function
// words of the language make up a tenth of the words and number at least 3
// (or, in a text of under 30 words, at least 1 with no other language
// matching as many), or number at least 20 and twice any other language's.
func refDetectLanguage(text string) string {
	if len(text) > langSampleBytes {
		text = text[:langSampleBytes]
	}
	var letters, latin int
	scripts := map[string]int{}
	var ukLetters, faLetters, kana int
	counts := map[string]int{}
	words := 0
	word := make([]byte, 0, 32)
	endWord := func() {
		if len(word) == 0 {
			return
		}
		words++
		for _, lang := range refFunctionWordIndex[string(word)] {
			counts[lang]++
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
			scripts["cyrillic"]++
			if strings.ContainsRune("іїєґІЇЄҐ", r) {
				ukLetters++
			}
		case unicode.Is(unicode.Arabic, r):
			scripts["ar"]++
			if strings.ContainsRune("پچژگک", r) {
				faLetters++
			}
		case unicode.Is(unicode.Hebrew, r):
			scripts["he"]++
		case unicode.Is(unicode.Greek, r):
			scripts["el"]++
		case unicode.Is(unicode.Devanagari, r):
			scripts["hi"]++
		case unicode.Is(unicode.Hangul, r):
			scripts["ko"]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			scripts["ja"]++
			kana++
		case unicode.Is(unicode.Han, r):
			scripts["zh"]++
		case unicode.Is(unicode.Thai, r):
			scripts["th"]++
		}
		endWord()
	}
	endWord()
	if letters < langMinLetters {
		return "und"
	}
	if latin*2 < letters {
		best, n := "", 0
		for s, c := range scripts {
			if c > n || c == n && s < best {
				best, n = s, c
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
	best, n, second := "", 0, 0
	for lang, c := range counts {
		if c > n || c == n && lang < best {
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

// decodeObject decodes one JSON object, with its keys lower-cased and its
// numbers kept as written.
func refDecodeObject(line []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, newProblem(ErrMalformed, "malformed JSON line: %v", err)
	}
	if rest := bytes.TrimSpace(line[dec.InputOffset():]); len(rest) > 0 {
		return nil, newProblem(ErrMalformed, "malformed JSON line: unexpected %q after the object", firstRunes(string(rest), 20))
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, newProblem(ErrMalformed, "malformed JSON line: not an object")
	}
	lower := obj
	for k := range obj {
		if lk := strings.ToLower(strings.TrimSpace(k)); lk != k {
			lower = nil
			break
		}
	}
	if lower == nil {
		lower = make(map[string]any, len(obj))
		for k, val := range obj {
			lk := strings.ToLower(strings.TrimSpace(k))
			if _, dup := lower[lk]; !dup || k == lk {
				lower[lk] = val
			}
		}
	}
	return lower, nil
}

// checkText reports why data cannot be read as UTF-8 text, or nil.
func refCheckText(data []byte) error {
	if i := refIndexNUL(data); i >= 0 {
		return newProblem(ErrBinary, "binary file (NUL byte at offset %d)", i)
	}
	if refMostlyControl(data) {
		return newProblem(ErrBinary, "binary file (mostly control characters)")
	}
	if i := refInvalidUTF8(data); i >= 0 {
		return newProblem(ErrInvalidUTF8, "invalid UTF-8 at byte offset %d", i)
	}
	return nil
}

func refIndexNUL(data []byte) int {
	for i, c := range data {
		if c == 0 {
			return i
		}
	}
	return -1
}

// mostlyControl reports whether more than a tenth of the first 8 KiB are
// control bytes other than tab, newline, carriage return and form feed.
func refMostlyControl(data []byte) bool {
	if len(data) > 8<<10 {
		data = data[:8<<10]
	}
	n := 0
	for _, c := range data {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			n++
		}
	}
	return n*10 > len(data)
}

// invalidUTF8 returns the byte offset of the first invalid UTF-8 sequence in
// data, or -1.
func refInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// parsePublished reads a publication date in any of publishedLayouts, or a
// Unix time in seconds or milliseconds. Anything else gives the zero time:
// an unreadable date is not a reason to lose an article.
func refParsePublished(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range publishedLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		switch {
		case len(s) >= 9 && len(s) <= 10:
			return time.Unix(n, 0).UTC()
		case len(s) >= 12 && len(s) <= 13:
			return time.UnixMilli(n).UTC()
		}
	}
	return time.Time{}
}

// normalizeNewlines strips byte-order marks and turns CRLF, CR and the
// Unicode line and paragraph separators into LF.
func refNormalizeNewlines(s string) string {
	// Separate searches: each is a fast byte scan, where ContainsAny with
	// non-ASCII runes decodes every rune.
	if strings.IndexByte(s, '\r') < 0 && !strings.Contains(s, "\u2028") &&
		!strings.Contains(s, "\u2029") && !strings.Contains(s, "\ufeff") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				size = 2
			}
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\ufeff':
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// dropControls removes C0 control characters other than tab and newline, and
// DEL: they are invisible, never part of prose, and break offsets in browsers.
func refDropControls(s string) string {
	keep := func(c byte) bool { return c >= 0x20 && c != 0x7f || c == '\t' || c == '\n' }
	clean := true
	for i := 0; i < len(s); i++ {
		if !keep(s[i]) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if keep(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

var refFunctionWordIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, words := range functionWords {
		for _, w := range words {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

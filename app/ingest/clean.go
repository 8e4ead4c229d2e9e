package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// boilerplateLines are whole lines that web pages put around an article and
// that are never part of its prose. A line is removed only when, trimmed and
// lower-cased, it equals one of these exactly. The list is deliberately
// conservative: removing a real sentence would shift what the analysis sees.
var boilerplateLines = map[string]bool{
	"exit mobile version":                   true,
	"advertisement":                         true,
	"advertisements":                        true,
	"sponsored content":                     true,
	"story continues below advertisement":   true,
	"article continues below advertisement": true,
	"scroll to continue with content":       true,
	"advertisement - scroll to continue":    true,
	"skip to content":                       true,
	"skip to main content":                  true,
	"jump to content":                       true,
	"back to top":                           true,
	"share this article":                    true,
	"share this story":                      true,
	"share this":                            true,
	"share on facebook":                     true,
	"share on twitter":                      true,
	"share on x":                            true,
	"share via email":                       true,
	"copy link":                             true,
	"link copied":                           true,
	"print this article":                    true,
	"email this article":                    true,
	"subscribe to our newsletter":           true,
	"subscribe now":                         true,
	"click here to subscribe":               true,
	"sign up for our newsletter":            true,
	"continue reading":                      true,
	"continue reading below":                true,
	"read more":                             true,
	"related":                               true,
	"related articles":                      true,
	"related stories":                       true,
	"accept cookies":                        true,
	"accept all cookies":                    true,
	"cookie settings":                       true,
	"manage cookies":                        true,
	"manage cookie preferences":             true,
	"view comments":                         true,
	"show comments":                         true,
}

// boilerplatePatterns match whole boilerplate lines that vary in their
// details ("Sign up for the Morning Brief newsletter", "Follow us on X and
// Instagram", "Read more: ...", cookie notices). They apply only to lines of
// at most maxBoilerplateLine bytes, so a paragraph that happens to start the
// same way is never removed.
var boilerplatePatterns = []*regexp.Regexp{
	regexp.MustCompile(`^sign up (for|to) .*newsletters?[.!]?$`),
	regexp.MustCompile(`^subscribe to .*newsletters?[.!]?$`),
	regexp.MustCompile(`^click here to subscribe\b.*$`),
	regexp.MustCompile(`^follow us on [^.]*$`),
	regexp.MustCompile(`^read more:.*$`),
	regexp.MustCompile(`^(?:(?:print|email|share|save)(?: this (?:article|story|page))?\s*[|·•/]?\s*){2,}$`),
	regexp.MustCompile(`^related:.*$`),
	regexp.MustCompile(`^(this (web)?site|we) uses? cookies\b.*$`),
	regexp.MustCompile(`^by (continuing to use|using) this (web)?site,? you (agree|consent) to .*cookies.*$`),
}

const maxBoilerplateLine = 160

// isBoilerplate reports whether line (already trimmed of trailing space) is
// a known web boilerplate line.
func isBoilerplate(line string) bool {
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

// normalizeNewlines strips byte-order marks and turns CRLF, CR and the
// Unicode line and paragraph separators into LF.
func normalizeNewlines(s string) string {
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
func dropControls(s string) string {
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

// Clean returns text as Framelens stores it, the text every offset refers
// to: byte-order marks removed; CRLF, CR and Unicode line separators turned
// into LF; Unicode NFC; control characters other than tab and newline
// removed; trailing white space trimmed from every line; known web
// boilerplate lines (see boilerplateLines and boilerplatePatterns) removed;
// runs of blank lines collapsed to one blank line; and leading and trailing
// blank lines trimmed. Quotation marks, straight and curly, are kept exactly
// as given, and so is leading indentation. Invalid UTF-8 becomes U+FFFD.
// Clean is idempotent.
func Clean(text string) string {
	if !utf8.ValidString(text) {
		// Readers reject invalid UTF-8; for other callers, replacing it
		// first keeps the byte-level steps below from joining stray bytes
		// into new characters.
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = normalizeNewlines(text)
	text = dropControls(text)
	text = norm.NFC.String(text)
	var b strings.Builder
	b.Grow(len(text))
	blank := 0
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if isBoilerplate(line) {
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
func cleanField(s string) string {
	if isCleanField(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = norm.NFC.String(dropControls(normalizeNewlines(s)))
	return strings.Join(strings.Fields(s), " ")
}

// isCleanField reports whether s is plain printable ASCII with single
// spaces between words and none around them: what cleanField leaves as it
// is, so it need not build a new string.
func isCleanField(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') {
			return false
		}
	}
	return true
}

// Hash returns the dedupe key of text: the hex SHA-256 of Clean(text) with
// every run of white space collapsed to one space. Two copies of an article
// that differ only in line endings, spacing, Unicode normalisation or
// boilerplate lines have the same hash; any change to a word changes it.
func Hash(text string) string { return hashCleaned(Clean(text)) }

// hashCleaned is Hash of a text Clean already returned (Clean is
// idempotent, so it need not run again): the SHA-256 of its words (runs of
// anything but white space, as strings.Fields splits them) joined by one
// space, fed to the hash through a small buffer.
func hashCleaned(text string) string {
	h := sha256.New()
	var buf [8192]byte
	n := 0
	started, owed := false, false // a word was written; a space is owed before the next
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] != 0 {
				owed = started
				i++
				continue
			}
			if n+2 > len(buf) {
				h.Write(buf[:n])
				n = 0
			}
			if owed {
				buf[n] = ' '
				n++
				owed = false
			}
			buf[n] = c
			n++
			started = true
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			owed = started
			i += size
			continue
		}
		if n+1+size > len(buf) {
			h.Write(buf[:n])
			n = 0
		}
		if owed {
			buf[n] = ' '
			n++
			owed = false
		}
		n += copy(buf[n:], text[i:i+size]) // an invalid byte is copied as it is, as strings.Fields keeps it
		started = true
		i += size
	}
	h.Write(buf[:n])
	return hex.EncodeToString(h.Sum(nil))
}

// asciiSpace marks the ASCII white space strings.Fields splits at.
var asciiSpace = [utf8.RuneSelf]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

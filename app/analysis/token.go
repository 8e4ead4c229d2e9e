package analysis

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  uint8 = iota + 1 // letters/digits, with inner apostrophes and hyphens
	tPunct                  // one punctuation or symbol rune
	tBreak                  // a run of line breaks
)

// Token flags.
const (
	fCap     uint8 = 1 << iota // first rune is upper case
	fAllCaps                   // two or more letters, all upper case
	fInitial                   // an initialism written with dots ("U.S.", "a.m."), dot included
	fNumber                    // starts with a digit
	fHyphen                    // has an inner hyphen ("so-called")
)

// token is one token of a text. Offsets are bytes into the text. For words,
// hash is the FNV-1a hash of the normalised form: lower case, curly
// apostrophes as "'", Unicode hyphens as "-".
type token struct {
	start, end int32
	hash       uint64
	class      uint32 // word classes (words.go) of a tWord token, set by classify
	ch         rune   // the rune of a tPunct token
	kind       uint8
	flags      uint8
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }
func isHyphen(r rune) bool     { return r == '-' || r == '‐' || r == '‑' }

// runeAt decodes the rune at byte i of s (utf8.RuneError, 0 past the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// hashRune adds the normalised r to the hash h.
func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		c := byte(r)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return (h ^ uint64(c)) * fnvPrime
	}
	switch {
	case isApostrophe(r):
		return (h ^ '\'') * fnvPrime
	case isHyphen(r):
		return (h ^ '-') * fnvPrime
	}
	r = unicode.ToLower(r)
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, c := range buf[:n] {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// hashWord returns the hash of a word as the tokenizer computes it.
func hashWord(w string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range w {
		h = hashRune(h, r)
	}
	return h
}

// tokenize splits text into tokens, appending to toks (which it may reuse).
// Spaces are dropped; every other rune belongs to a token.
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		// Fast paths for ASCII spaces.
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			i++
			continue
		}
		if c == '\n' {
			j := i
			for j < n && (text[j] == '\n' || text[j] == '\r' || text[j] == ' ' || text[j] == '\t') {
				j++
			}
			// Trailing spaces are not part of the break token.
			k := j
			for k > i && text[k-1] != '\n' {
				k--
			}
			toks = append(toks, token{start: int32(i), end: int32(k), kind: tBreak})
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			if asciiWord[c] != 0 {
				toks = scanASCIIWord(text, i, toks)
				i = int(toks[len(toks)-1].end)
			} else {
				toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tPunct, ch: rune(c)})
				i++
			}
			continue
		}
		r, size := runeAt(text, i)
		if !isWordRune(r) {
			if r == '\u2028' || r == '\u2029' || r == 0x85 {
				toks = append(toks, token{start: int32(i), end: int32(i + size), kind: tBreak})
			} else if !unicode.IsSpace(r) {
				toks = append(toks, token{start: int32(i), end: int32(i + size), kind: tPunct, ch: r})
			}
			i += size
			continue
		}
		w := scanWord(text, i, r, size)
		toks = append(toks, w)
		i = int(w.end)
	}
	return toks
}

// Byte classes of ASCII letters and digits (0 for every other byte).
const (
	cLetter uint8 = 1
	cUpper  uint8 = 2
	cDigit  uint8 = 4
)

var asciiWord, asciiLower = func() (cl, lo [256]uint8) {
	for c := 0; c < 256; c++ {
		lo[c] = uint8(c)
		switch {
		case 'a' <= c && c <= 'z':
			cl[c] = cLetter
		case 'A' <= c && c <= 'Z':
			cl[c] = cLetter | cUpper
			lo[c] = uint8(c + 'a' - 'A')
		case '0' <= c && c <= '9':
			cl[c] = cDigit
		}
	}
	return
}()

// scanASCIIWord appends the word starting with the ASCII letter or digit
// at i. A word of ASCII letters and digits that ends at a space or at
// punctuation other than an apostrophe or hyphen (most words) is scanned
// here, except a number or single letter before a dot or comma; any other
// word by scanWord.
func scanASCIIWord(text string, i int, toks []token) []token {
	h := uint64(fnvOffset)
	j := i
	for j < len(text) {
		if asciiWord[text[j]] == 0 {
			break
		}
		h = (h ^ uint64(asciiLower[text[j]])) * fnvPrime
		j++
	}
	if j < len(text) {
		switch c := text[j]; {
		case c >= utf8.RuneSelf, c == '\'', c == '-':
			return append(toks, scanWord(text, i, rune(text[i]), 1))
		case c == '.' || c == ',':
			// A dot or comma continues only a number ("2.5", "1,000") or
			// makes an initialism of one letter ("U.S."); after a word of
			// letters it ends the word, as scanWord would find.
			if asciiWord[text[i]]&cLetter == 0 || c == '.' && j-i == 1 {
				return append(toks, scanWord(text, i, rune(text[i]), 1))
			}
		}
	}
	t := token{start: int32(i), end: int32(j), hash: h, kind: tWord}
	if c := asciiWord[text[i]]; c&cUpper != 0 {
		t.flags |= fCap
	} else if c == cDigit {
		t.flags |= fNumber
	}
	// All capitals: two or more letters, none lower case. A word that
	// starts with a lower-case letter (most words) cannot be.
	if asciiWord[text[i]] != cLetter {
		letters, upper := 0, 0
		for k := i; k < j; k++ {
			cl := asciiWord[text[k]]
			letters += int(cl & cLetter)
			upper += int(cl&cUpper) >> 1
		}
		if letters >= 2 && upper == letters {
			t.flags |= fAllCaps
		}
	}
	return append(toks, t)
}

// scanWord scans the word starting at i with first rune r of size bytes.
func scanWord(text string, i int, r rune, size int) token {
	t := token{start: int32(i), kind: tWord}
	h := uint64(fnvOffset)
	upper, letters := 0, 0
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			t.flags |= fCap
		case '0' <= r && r <= '9':
			t.flags |= fNumber
		}
	} else {
		if unicode.IsUpper(r) {
			t.flags |= fCap
		}
		if unicode.IsDigit(r) {
			t.flags |= fNumber
		}
	}
	// An initialism: letter, dot, letter, dot ... ("U.S.", "a.m.").
	if i+size < len(text) && text[i+size] == '.' && unicode.IsLetter(r) {
		if j, ok := scanInitialism(text, i); ok {
			for _, q := range text[i:j] {
				h = hashRune(h, q)
			}
			t.end = int32(j)
			t.hash = h
			t.flags |= fInitial
			if unicode.IsUpper(r) {
				t.flags |= fAllCaps
			}
			// "U.S.-Israel" continues as one word.
			if nr, ns := runeAt(text, j); isHyphen(nr) {
				if r2, _ := runeAt(text, j+ns); isWordRune(r2) {
					rest := scanWord(text, j+ns, r2, 0)
					h = hashRune(h, '-')
					for _, q := range text[j+ns : rest.end] {
						h = hashRune(h, q)
					}
					t.end = rest.end
					t.hash = h
					t.flags &^= fInitial
				}
			}
			return t
		}
	}
	j := i
	for j < len(text) {
		// ASCII letters and digits, the common case, without decoding.
		if cl := asciiWord[text[j]]; cl != 0 {
			h = (h ^ uint64(asciiLower[text[j]])) * fnvPrime
			letters += int(cl & cLetter)
			upper += int(cl&cUpper) >> 1
			j++
			continue
		}
		q, qs := runeAt(text, j)
		if isWordRune(q) {
			h = hashRune(h, q)
			if q >= utf8.RuneSelf || 'A' <= q && q <= 'Z' || 'a' <= q && q <= 'z' {
				if unicode.IsLetter(q) {
					letters++
					if unicode.IsUpper(q) {
						upper++
					}
				}
			}
			j += qs
			continue
		}
		// Inner apostrophes and hyphens, and digit group separators.
		if isApostrophe(q) || isHyphen(q) || (q == '.' || q == ',') && t.flags&fNumber != 0 {
			nq, _ := runeAt(text, j+qs)
			if j > i && isWordRune(nq) && (q != '.' && q != ',' || '0' <= nq && nq <= '9') {
				h = hashRune(h, q)
				if isHyphen(q) {
					t.flags |= fHyphen
				}
				j += qs
				continue
			}
		}
		break
	}
	t.end = int32(j)
	t.hash = h
	if letters >= 2 && upper == letters {
		t.flags |= fAllCaps
	}
	return t
}

// scanInitialism returns the end of an initialism starting at i: single
// letters each followed by a dot, at least two of them.
func scanInitialism(text string, i int) (int, bool) {
	j, count := i, 0
	for {
		r, s := runeAt(text, j)
		if s == 0 || !unicode.IsLetter(r) {
			break
		}
		if d, _ := runeAt(text, j+s); d != '.' {
			break
		}
		// The letter must be alone: the next rune after the dot is not a
		// letter directly followed by more letters.
		count++
		j += s + 1
		r2, s2 := runeAt(text, j)
		if s2 == 0 || !unicode.IsLetter(r2) {
			break
		}
		if r3, _ := runeAt(text, j+s2); r3 != '.' {
			break
		}
	}
	if count < 2 {
		return 0, false
	}
	return j, true
}

// tokenText returns the text of t.
func (t token) text(s string) string { return s[t.start:t.end] }

// classify sets the word classes of the word tokens (for tokenize callers
// without a lexicon).
func classify(toks []token) {
	for i := range toks {
		if toks[i].kind == tWord {
			toks[i].class = wordClass[toks[i].hash]
		}
	}
}

// prefixHash returns the hash of a hyphenated word's first part with its
// hyphen ("pseudo-" of "pseudo-science"), or 0.
func prefixHash(w string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range w {
		h = hashRune(h, r)
		if isHyphen(r) {
			return h
		}
	}
	return 0
}

package analysis

// The tokenizer before its byte-class fast path, kept as the reference the
// fast one must reproduce token for token (TestTokenizeMatchesReference).

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/framelens/framelens/app/internal/sharedtest"
)

// tokenizeRef splits text into tokens, appending to toks (which it may reuse).
// Spaces are dropped; every other rune belongs to a token.
func tokenizeRef(text string, toks []token) []token {
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
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				w := scanWordRef(text, i, rune(c), 1)
				toks = append(toks, w)
				i = int(w.end)
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
		w := scanWordRef(text, i, r, size)
		toks = append(toks, w)
		i = int(w.end)
	}
	return toks
}

// scanWordRef scans the word starting at i with first rune r of size bytes.
func scanWordRef(text string, i int, r rune, size int) token {
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
					rest := scanWordRef(text, j+ns, r2, 0)
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
		if c := text[j]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				h = (h ^ uint64(c)) * fnvPrime
				letters++
				j++
				continue
			case 'A' <= c && c <= 'Z':
				h = (h ^ uint64(c+'a'-'A')) * fnvPrime
				letters++
				upper++
				j++
				continue
			case '0' <= c && c <= '9':
				h = (h ^ uint64(c)) * fnvPrime
				j++
				continue
			}
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

// TestTokenizeMatchesReference compares tokenize with tokenizeRef on our
// sample texts, on every prefix and suffix of a mixed sample, and on the
// first articles of the shared corpus.
func TestTokenizeMatchesReference(t *testing.T) {
	mixed := "Israel’s “peace” U.S.-backed a.m. 32,000 2.5% don't 'End' harms’ ÜNÏ café — – ‐ ‑ x-ray A.B.C. J. K. 5.5.5 \u2028\u0085 \xff\xfe İ ǅ ʼ e\u0301 ½ ٣٤ 1,a 1.a a. ab. a, ab,c 1a. 1a,2 A1.B a.b."
	texts := []string{benchText(20000), mixed, ""}
	for i := 0; i <= len(mixed); i++ {
		texts = append(texts, mixed[:i], mixed[i:])
	}
	sameTokens(t, texts)
	t.Run("corpus", func(t *testing.T) {
		if testing.Short() {
			t.Skip("-short")
		}
		sameTokens(t, readCorpus(t, sharedtest.Path(t, "data/article-bias-prediction/articles_all.jsonl.gz"), 300))
	})
}

func sameTokens(t *testing.T, texts []string) {
	t.Helper()
	for _, text := range texts {
		got := tokenize(text, nil)
		want := tokenizeRef(text, nil)
		if len(got) != len(want) {
			t.Fatalf("tokenize(%.60q): %d tokens, want %d", text, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("tokenize(%.60q) token %d = %+v, want %+v", text, i, got[i], want[i])
			}
		}
	}
}

// FuzzTokenize checks tokenize against tokenizeRef on any text.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S. a.m. ab. a, 2.5 1,000 don't x-ray", "Israel’s “peace”", benchText(300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { sameTokens(t, []string{text}) })
}

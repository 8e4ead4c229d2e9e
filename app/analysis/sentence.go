package analysis

// sentence is a span of tokens [first, last) and its byte span.
type sentence struct {
	first, last int // token indices
	start, end  int // bytes
	para        int // paragraph number (line-break separated)
	headline    bool
}

func isSentenceEnd(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isClosing(r rune) bool {
	return r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || r == ']' || r == '»' || r == '›'
}

func isOpeningQuote(r rune) bool {
	return r == '"' || r == '“' || r == '„' || r == '«' || r == '‘'
}

// splitSentences splits toks into sentences. A sentence ends at a line break,
// or after ".", "!", "?" or "…" (with any closing quotes and brackets) when
// the next token starts a sentence: a capitalised word, a digit or an
// opening quote. A dot after a known abbreviation ("Mr.", "Gen.", "Jan.") or
// a single capital letter does not end a sentence; an initialism ("U.S.")
// ends one only before a typical sentence starter or a quote.
func splitSentences(text string, toks []token, out []sentence) []sentence {
	out = out[:0]
	para := 0
	first := -1
	emit := func(last int) {
		if first < 0 {
			return
		}
		// Trim to word or punctuation tokens (never a break).
		end := last
		for end > first && toks[end-1].kind == tBreak {
			end--
		}
		if end > first {
			out = append(out, sentence{first: first, last: end, start: int(toks[first].start), end: int(toks[end-1].end), para: para})
		}
		first = -1
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tBreak {
			emit(i)
			para++
			continue
		}
		if first < 0 {
			first = i
		}
		switch {
		case t.kind == tPunct && isSentenceEnd(t.ch):
			// Absorb repeated end marks and closing quotes/brackets.
			j := i + 1
			for j < len(toks) && toks[j].kind == tPunct && (isSentenceEnd(toks[j].ch) || isClosing(toks[j].ch) && !opensHere(text, toks, j)) {
				j++
			}
			if t.ch == '.' && i > 0 && toks[i-1].kind == tWord && int(toks[i-1].end) == int(t.start) && !endsAfterAbbrev(text, toks, i-1, j) {
				continue
			}
			if j < len(toks) && !startsSentence(toks, j) {
				continue
			}
			emit(j)
			i = j - 1
		case t.kind == tWord && t.flags&fInitial != 0:
			// "U.S." carries its dot.
			j := i + 1
			for j < len(toks) && toks[j].kind == tPunct && isClosing(toks[j].ch) && !opensHere(text, toks, j) {
				j++
			}
			if j == len(toks) || toks[j].kind == tBreak || toks[j].kind == tPunct && isOpeningQuote(toks[j].ch) || toks[j].kind == tWord && toks[j].flags&fCap != 0 && toks[j].is(wStarter) {
				emit(j)
				i = j - 1
			}
		}
	}
	emit(len(toks))
	return out
}

// endsAfterAbbrev decides whether the dot after word w ends a sentence;
// next is the token after the dot and any closing marks.
func endsAfterAbbrev(text string, toks []token, w, next int) bool {
	t := toks[w]
	if t.is(wAbbrev) {
		return false
	}
	// A single capital letter is an initial ("John F. Kennedy").
	if t.end-t.start == 1 && t.flags&fCap != 0 {
		return false
	}
	if t.is(wAbbrevEnd) {
		return next >= len(toks) || toks[next].kind == tBreak || toks[next].kind == tWord && toks[next].is(wStarter) && toks[next].flags&fCap != 0
	}
	return true
}

// startsSentence reports whether the token at j can start a sentence.
func startsSentence(toks []token, j int) bool {
	t := toks[j]
	switch t.kind {
	case tBreak:
		return true
	case tWord:
		return t.flags&(fCap|fNumber) != 0
	case tPunct:
		return isOpeningQuote(t.ch) || t.ch == '(' || t.ch == '[' || t.ch == '—' || t.ch == '-' || t.ch == '*' || t.ch == '•'
	}
	return false
}

// opensHere reports whether the quote mark at token j opens a quotation
// (it is followed directly by a word and preceded by a space) rather than
// closing one.
func opensHere(text string, toks []token, j int) bool {
	t := toks[j]
	switch t.ch {
	case '“', '„', '«', '‘':
		return true
	case '"', '\'':
	default:
		return false
	}
	spaceBefore := t.start == 0 || isSpaceByte(text[t.start-1])
	spaceAfter := int(t.end) >= len(text) || isSpaceByte(text[t.end])
	return spaceBefore && !spaceAfter
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// headlineEnd returns the byte offset where a headline line ends when the
// text starts with one: a first line of at most 25 words that does not end
// with a full stop, comma, colon or semicolon, followed by a line break and
// more text. It returns -1 otherwise.
func headlineEnd(text string, toks []token) int {
	words := 0
	for i, t := range toks {
		switch t.kind {
		case tWord:
			words++
			if words > 25 {
				return -1
			}
		case tBreak:
			if i == 0 || words == 0 {
				return -1
			}
			last := toks[i-1]
			if last.kind == tPunct && (last.ch == '.' || last.ch == ',' || last.ch == ':' || last.ch == ';') {
				return -1
			}
			// More text must follow.
			for _, u := range toks[i+1:] {
				if u.kind == tWord {
					return int(last.end)
				}
			}
			return -1
		}
	}
	return -1
}

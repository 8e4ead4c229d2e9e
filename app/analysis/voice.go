package analysis

import (
	"sort"
	"strings"
)

// Voice values of evidence and words.
const (
	VoiceHeadline    = "headline"
	VoiceNarrator    = "narrator"
	VoiceDirectQuote = "direct_quote"
	VoiceReported    = "reported"
)

const (
	vNarrator uint8 = iota
	vHeadline
	vReported
	vDirect
)

var voiceNames = [...]string{VoiceNarrator, VoiceHeadline, VoiceReported, VoiceDirectQuote}

// Speaker groups (Quote.SpeakerGroup, S1 evidence category).
const (
	GroupOfficial  = "official"
	GroupMilitary  = "military"
	GroupNGO       = "ngo"
	GroupCivilian  = "civilian"
	GroupExpert    = "expert"
	GroupAnonymous = "anonymous"
	GroupOther     = "other"
)

// qspan is a quotation-mark span found in the text.
type qspan struct {
	open, close int // token indices of the marks; close is the last token of the paragraph when unclosed
	closed      bool
	w0, w1      int // words inside: [w0, w1)
	sent        int // sentence of the opening mark
	scare       bool
	attr        int // index into doc.attrs, -1 when unattributed
}

// attribution is one speech act: a speech verb (or "according to") with its
// speaker, and the reported clause it introduces, if any.
type attribution struct {
	verbTok0, verbTok1 int // token span of the verb [verbTok0, verbTok1)
	verbEntry          int32
	verbClass          string
	speaker            string
	group              string
	person             bool // the speaker is a named person
	sent               int
	clause0, clause1   int  // reported clause, token span [clause0, clause1); clause0 < 0 when none
	backward           bool // a clause before the verb ("..., officials said."): never overrides
	thatClause         bool // the clause follows "that"
	used               bool // attributes a direct quote
}

// speechClasses gives the E1 class of the built-in speech verbs when no
// lexicon entry classifies them.
var speechClasses = func() map[uint64]string {
	m := map[uint64]string{}
	for class, list := range map[string]string{
		"doubt":     "claimed claims claim insisted insists insist alleged alleges allege asserted asserts maintained maintains contended contends argued argues",
		"endorsing": "admitted admits acknowledged acknowledges conceded concedes revealed reveals confirmed confirms",
		"emotive":   "slammed blasted lamented complained complains boasted boasts accused accuses charged",
	} {
		for _, w := range strings.Fields(list) {
			m[hashWord(w)] = class
		}
	}
	return m
}()

// findQuotes finds the double-quotation spans of the text. Curly quotes say
// which way they face; a straight quote opens after a space or at a line
// start and closes otherwise. A quote left open at the end of a paragraph
// ends there (the next paragraph may reopen it: a continued quotation).
func (d *doc) findQuotes() {
	toks := d.toks
	open := -1
	para := 0
	closeAt := func(i int, closed bool) {
		d.quotes = append(d.quotes, qspan{open: open, close: i, closed: closed, attr: -1})
		open = -1
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tBreak {
			if open >= 0 {
				closeAt(i-1, false)
			}
			para++
			continue
		}
		if t.kind != tPunct {
			continue
		}
		switch t.ch {
		case '“', '„', '«':
			if open >= 0 {
				closeAt(i-1, false)
			}
			open = i
		case '”', '»':
			if open >= 0 {
				closeAt(i, true)
			}
		case '"':
			opening := opensHere(d.text, toks, i)
			switch {
			case open < 0:
				if opening || int(t.start) == 0 || isSpaceByte(d.text[t.start-1]) || t.start > 0 && strings.ContainsRune("([—–-:", rune(d.text[t.start-1])) {
					open = i
				}
			case opening && i > open+1 && toks[i-1].kind == tBreak:
				closeAt(i-1, false)
				open = i
			default:
				closeAt(i, true)
			}
		}
	}
	if open >= 0 {
		closeAt(len(toks)-1, false)
	}
	// Words inside each quote, and the sentence of its opening mark.
	for qi := range d.quotes {
		q := &d.quotes[qi]
		q.w0, q.w1 = d.wordsIn(q.open+1, q.close+1)
		q.sent = d.sentOf[q.open]
		if q.closed && q.w1 > q.w0 && int(d.words[q.w1-1].tok) >= q.close {
			q.w1--
		}
		for w := q.w0; w < q.w1; w++ {
			d.inQuote[d.words[w].tok] = int32(qi) + 1
		}
		for ti := q.open; ti <= q.close; ti++ {
			d.inQuote[ti] = int32(qi) + 1
		}
	}
}

// wordsIn returns the word index range of tokens [t0, t1).
func (d *doc) wordsIn(t0, t1 int) (int, int) {
	w0 := -1
	w1 := -1
	for ti := t0; ti < t1 && ti < len(d.toks); ti++ {
		if w := d.wordOf[ti]; w >= 0 {
			if w0 < 0 {
				w0 = int(w)
			}
			w1 = int(w) + 1
		}
	}
	if w0 < 0 {
		// No words: an empty range at the position.
		for ti := t0; ti < len(d.toks); ti++ {
			if w := d.wordOf[ti]; w >= 0 {
				return int(w), int(w)
			}
		}
		return len(d.words), len(d.words)
	}
	return w0, w1
}

// isSpeechVerb reports whether the word token at ti is a speech verb used
// as a verb: lower case, outside quotes, not passive ("was said"), not a
// noun after a determiner ("his claims"); -ing forms only after a comma or
// dash ("..., saying ...").
func (d *doc) isSpeechVerb(ti int) bool {
	t := d.toks[ti]
	if t.kind != tWord || t.flags&fCap != 0 || d.inQuote[ti] != 0 {
		return false
	}
	c := t.class
	if c&(wSpeech|wSpeechIng) == 0 {
		return false
	}
	prev := ti - 1
	if prev < 0 {
		return c&wSpeech != 0
	}
	p := d.toks[prev]
	if c&wSpeechIng != 0 {
		return p.kind == tPunct && (p.ch == ',' || p.ch == '—' || p.ch == '–' || p.ch == '-')
	}
	if p.kind == tPunct && isApostrophe(p.ch) && prev > 0 && d.toks[prev-1].end == p.start {
		return false // "the suits' claims"
	}
	if p.kind == tWord && (p.class&(wDeterminer|wPassive) != 0 || p.hash == hTo) {
		// "to express support" is an infinitive, not a speech act.
		// "as reported by", "was reported" and "the claims" are not speech acts of a subject here.
		return false
	}
	return true
}

// attributions finds every speech act outside direct quotes, in text order,
// resolving speakers as it goes so that pronouns can refer back.
func (d *doc) attributions() {
	lastPerson, lastSpeaker := "", ""
	nextE1 := 0
	// Only the tokens of d.spk (speech words and "according") and the
	// starts of E1 matches can begin a speech act: the scan visits them
	// alone, in token order, from next on.
	spk := d.spk
	e1 := 0 // index into d.e1 of the next E1 start
	for si := range d.sents {
		s := &d.sents[si]
		firstInSent := len(d.attrs)
		sentQuote := -1 // hasQuote(d, s), computed when first needed
		for next := s.first; ; {
			for len(spk) > 0 && int(spk[0]) < next {
				spk = spk[1:]
			}
			for e1 < len(d.e1) && int(d.words[d.e1[e1].w].tok) < next {
				e1++
			}
			ti := s.last
			if len(spk) > 0 {
				ti = int(spk[0])
			}
			if e1 < len(d.e1) {
				ti = min(ti, int(d.words[d.e1[e1].w].tok))
			}
			if ti >= s.last {
				break
			}
			next = ti + 1
			t := d.toks[ti]
			if t.kind != tWord || d.inQuote[ti] != 0 {
				continue
			}
			// "according to X"
			if t.hash == hAccording && ti+1 < s.last && d.toks[ti+1].hash == hTo && d.toks[ti+1].kind == tWord {
				a := d.according(si, ti)
				if a.speaker != "" {
					d.attrs = append(d.attrs, a)
					lastSpeaker = a.speaker
				}
				next = ti + 2
				continue
			}
			lexOnly := false
			if !d.isSpeechVerb(ti) {
				// Any E1 verb of the lexicon ("fumed", "scoffed") attributes a
				// quotation in its sentence, but introduces no clause.
				if sentQuote < 0 {
					sentQuote = 0
					if hasQuote(d, s) {
						sentQuote = 1
					}
				}
				if sentQuote == 0 || t.flags&fCap != 0 || !d.e1Starts(ti) || ti > 0 && d.toks[ti-1].kind == tWord && (d.toks[ti-1].is(wDeterminer) || d.toks[ti-1].hash == hTo) {
					continue
				}
				lexOnly = true
			}
			a := attribution{verbTok0: ti, verbTok1: ti + 1, verbEntry: -1, sent: si, clause0: -1}
			// A lexicon E1 entry covering the verb classifies it.
			for nextE1 < len(d.e1) && int(d.words[d.e1[nextE1].w].tok) < ti {
				nextE1++
			}
			for k := nextE1; k < len(d.e1) && int(d.words[d.e1[k].w].tok) <= ti; k++ {
				c := d.e1[k]
				if int(d.words[c.w+c.n-1].tok) >= ti {
					a.verbEntry = c.entry
					a.verbTok0 = int(d.words[c.w].tok)
					a.verbTok1 = int(d.words[c.w+c.n-1].tok) + 1
				}
			}
			if a.verbEntry >= 0 {
				a.verbClass = d.lex.m.entries[a.verbEntry].Category
			} else if cl, ok := speechClasses[t.hash]; ok {
				a.verbClass = cl
			} else {
				a.verbClass = "neutral"
			}
			np0, np1, app0, app1, conj := d.subjectBefore(ti, s.first)
			after := false
			if p := ti - 1; p > s.first && d.toks[p].kind == tPunct && d.toks[p].ch == ',' && d.invertedTail(a.verbTok1, s.last) {
				// "..., said his spokesman, Conn Carroll.": the speaker follows.
				np0, np1 = d.subjectAfter(a.verbTok1, s.last)
				app0, app1, conj = -1, -1, false
				if np0 < np1 {
					after = true
					a.speaker, a.group, a.person = d.speakerOf(np0, np1, -1, -1, lastPerson, lastSpeaker)
					if n := d.toks[np1-1]; np1 < s.last && d.toks[np1].kind == tPunct && d.toks[np1].ch == ',' && n.flags&fCap == 0 {
						// A name after the role: "his spokesman, Conn Carroll".
						if m0, m1 := d.subjectAfter(np1+1, s.last); m0 < m1 && d.toks[m1-1].flags&fCap != 0 {
							a.speaker, _, a.person = d.speakerOf(m0, m1, -1, -1, lastPerson, lastSpeaker)
						}
					}
					d.backwardClause(&a, s, ti)
				}
			}
			if np0 == np1 && !conj && !after {
				// "“...,” said Netanyahu": the subject follows the verb.
				if p := ti - 1; p >= s.first && d.toks[p].kind == tPunct && (isClosing(d.toks[p].ch) ||
					d.toks[p].ch == ',' && p > s.first && d.toks[p-1].kind == tPunct && isClosing(d.toks[p-1].ch)) {
					np0, np1 = d.subjectAfter(a.verbTok1, s.last)
					after = np0 < np1
				}
			}
			switch {
			case after && a.speaker != "":
			case np0 < np1:
				a.speaker, a.group, a.person = d.speakerOf(np0, np1, app0, app1, lastPerson, lastSpeaker)
			case len(d.attrs) > firstInSent:
				// "... and said", "but added": the subject of the sentence's earlier speech act.
				prev := d.attrs[len(d.attrs)-1]
				a.speaker, a.group, a.person = prev.speaker, prev.group, prev.person
			case conj && d.relativeSubject(s, ti) >= 0:
				// "Senate Republicans, who moved to block ... and argued that"
				w := d.relativeSubject(s, ti)
				if n0 := d.collectNP(w-2, s.first); n0 < w-1 {
					a.speaker, a.group, a.person = d.speakerOf(n0, w-1, -1, -1, lastPerson, lastSpeaker)
				}
			default:
				if n0, n1 := d.sentenceSubject(s); n0 < n1 {
					a.speaker, a.group, a.person = d.speakerOf(n0, n1, -1, -1, lastPerson, lastSpeaker)
				}
			}
			if !after && !lexOnly {
				d.reportedClause(&a, s, np0)
			}
			if a.speaker != "" {
				lastSpeaker = a.speaker
				if a.person {
					lastPerson = a.speaker
				}
			}
			d.attrs = append(d.attrs, a)
			next = a.verbTok1
		}
		// A named person with a title in a sentence without speech acts is
		// the "last named person" for a following "he" or "she".
		if len(d.attrs) == firstInSent {
			if name := d.lastTitledName(s); name != "" {
				lastPerson = name
			}
		}
	}
}

// e1Starts reports whether a lexicon E1 match starts at token ti.
func (d *doc) e1Starts(ti int) bool {
	w := d.wordOf[ti]
	if w < 0 {
		return false
	}
	i := sort.Search(len(d.e1), func(i int) bool { return d.e1[i].w >= w })
	return i < len(d.e1) && d.e1[i].w == w
}

// hasQuote reports whether sentence s holds a quotation mark span.
func hasQuote(d *doc, s *sentence) bool {
	for ti := s.first; ti < s.last; ti++ {
		if d.inQuote[ti] != 0 {
			return true
		}
	}
	return false
}

var (
	hAccording = hashWord("according")
	hTo        = hashWord("to")
	hOf        = hashWord("of")
	hBy        = hashWord("by")
	hAs        = hashWord("as")
	hWhich     = hashWord("which")
	hWho       = hashWord("who")
	hThat      = hashWord("that")
)

// according handles "according to X, ..." and "..., according to X".
func (d *doc) according(si, ti int) attribution {
	s := &d.sents[si]
	a := attribution{verbTok0: ti, verbTok1: ti + 2, verbEntry: -1, verbClass: "neutral", sent: si, clause0: -1, backward: true}
	for _, c := range d.e1 {
		if int(d.words[c.w].tok) == ti {
			a.verbEntry = c.entry
			a.verbClass = d.lex.m.entries[c.entry].Category
		}
	}
	np0, np1 := d.subjectAfter(ti+2, s.last)
	if np0 >= np1 {
		return a
	}
	a.speaker, a.group, a.person = d.speakerOf(np0, np1, -1, -1, "", "")
	end := np1
	// "According to X, clause." or "Clause, according to X."
	if end < s.last && d.toks[end].kind == tPunct && d.toks[end].ch == ',' && ti <= s.first+1 {
		a.clause0, a.clause1 = end+1, d.clauseEnd(s, end+1, false)
		a.backward = false
	} else if ti > s.first && d.toks[ti-1].kind == tPunct && d.toks[ti-1].ch == ',' {
		a.clause0, a.clause1 = s.first, ti-1
	}
	return a
}

// subjectBefore walks back from the verb at ti to find its subject noun
// phrase [np0, np1), skipping auxiliaries and adverbs ("has also said").
// When a comma comes first it skips an appositive ("Jeremy Konyndyk,
// president of Refugees International, expressed") and returns it too.
// conj reports that a conjunction came first ("... and said").
func (d *doc) subjectBefore(ti, first int) (np0, np1, app0, app1 int, conj bool) {
	app0, app1 = -1, -1
	j := ti - 1
	for j >= first && d.toks[j].kind == tWord && d.toks[j].flags&fCap == 0 && d.toks[j].is(wAux) {
		j--
	}
	// A time adjunct ("on Monday", "last week") and a parenthesis ("(SEVP)")
	// between the subject and its verb.
	k := j
	for k >= first && d.toks[k].kind == tWord && (d.toks[k].is(wTime) || d.toks[k].flags&fCap == 0 && (d.toks[k].is(wAux) || d.toks[k].hash == hOn)) {
		k--
	}
	if k < j && k >= first {
		j = k
	}
	if j > first && d.toks[j].kind == tPunct && d.toks[j].ch == ')' {
		k := j - 1
		for k > first && j-k < 8 && !(d.toks[k].kind == tPunct && d.toks[k].ch == '(') {
			k--
		}
		if d.toks[k].kind == tPunct && d.toks[k].ch == '(' {
			j = k - 1
		}
	}
	np1 = j + 1
	np0 = d.collectNP(j, first)
	if np0 < np1 {
		return np0, np1, app0, app1, false
	}
	if j >= first && d.toks[j].kind == tWord && d.toks[j].is(wBoundary) {
		return np1, np1, app0, app1, true
	}
	if j >= first && d.toks[j].kind == tPunct && d.toks[j].ch == ',' {
		// An appositive: ", role words ," before the verb.
		k := j - 1
		for k >= first && k > j-14 && d.toks[k].kind == tWord {
			k--
		}
		if k >= first && k < j-1 && d.toks[k].kind == tPunct && d.toks[k].ch == ',' {
			n1 := k
			n0 := d.collectNP(k-1, first)
			if n0 < n1 {
				return n0, n1, k + 1, j, false
			}
		}
	}
	return np1, np1, app0, app1, false
}

// collectNP collects a noun phrase ending at token j (inclusive) walking
// back at most 10 words, stopping at punctuation, boundary words, other
// speech verbs and the sentence start. It returns the first token.
func (d *doc) collectNP(j, first int) int {
	k := j
	for k >= first && j-k < 10 {
		t := d.toks[k]
		if t.kind == tPunct && t.ch == '.' && k > first && d.toks[k-1].is(wAbbrev) && d.toks[k-1].end == t.start {
			k-- // "Dr. Sara Amin"
			continue
		}
		if t.kind != tWord || d.inQuote[k] != 0 {
			break
		}
		if t.flags&fCap == 0 && (t.is(wBoundary) || t.is(wSpeech|wSpeechIng)) {
			break
		}
		if t.flags&fCap != 0 && k == first && t.is(wBoundary) {
			break
		}
		k--
	}
	k++
	// Leading conjunctions and prepositions are not part of the phrase.
	for k <= j && d.toks[k].is(wStop) && !d.toks[k].is(wDeterminer) && !d.toks[k].is(wPronoun|wPluralPron) {
		k++
	}
	return k
}

// subjectAfter collects the noun phrase starting at token i: "said Netanyahu",
// "according to the health ministry". It stops at punctuation and
// subordinating words.
func (d *doc) subjectAfter(i, last int) (int, int) {
	k := i
	for k < last && k-i < 10 {
		t := d.toks[k]
		if t.kind == tPunct && t.ch == '.' && k > i && d.toks[k-1].is(wAbbrev) && d.toks[k-1].end == t.start && k+1 < last && d.toks[k+1].flags&fCap != 0 {
			k++ // "said Dr. Sara Amin"
			continue
		}
		if t.kind != tWord || d.inQuote[k] != 0 {
			break
		}
		if t.flags&fCap == 0 && k > i && t.is(wBoundary) {
			break
		}
		// Time words end the phrase: "said Netanyahu on Monday".
		if t.flags&fCap == 0 && (t.hash == hOn || t.hash == hIn || t.hash == hAt) && k > i {
			break
		}
		k++
	}
	return i, k
}

var (
	hOn = hashWord("on")
	hIn = hashWord("in")
	hAt = hashWord("at")
)

// relativeSubject returns the token index of a ", who" before token ti in
// sentence s, or -1.
func (d *doc) relativeSubject(s *sentence, ti int) int {
	for k := ti - 1; k > s.first+1; k-- {
		t := d.toks[k]
		if t.kind == tWord && t.hash == hWho && d.toks[k-1].kind == tPunct && d.toks[k-1].ch == ',' {
			return k
		}
		if t.kind == tPunct && isSentenceEnd(t.ch) {
			break
		}
	}
	return -1
}

// invertedTail reports whether the words from token i to the end of the
// sentence are a short speaker phrase (at most 8 words, at most one comma):
// "said his spokesman, Conn Carroll."
func (d *doc) invertedTail(i, last int) bool {
	if i >= last || d.toks[i].kind != tWord || d.toks[i].flags&fCap == 0 && d.toks[i].is(wStop) && !d.toks[i].is(wDeterminer) {
		return false // "remarked on this stance": a preposition, not a speaker
	}
	words, commas := 0, 0
	for k := i; k < last; k++ {
		t := d.toks[k]
		switch {
		case t.kind == tWord:
			if t.flags&fCap == 0 && t.is(wBoundary) {
				return false
			}
			words++
		case t.kind == tPunct && t.ch == ',':
			commas++
		case t.kind == tPunct && isSentenceEnd(t.ch) && k >= last-2:
		default:
			return false
		}
	}
	return words >= 1 && words <= 8 && commas <= 1
}

// sentenceSubject returns the noun phrase opening the sentence, up to its
// first auxiliary or speech verb (at most 6 words).
func (d *doc) sentenceSubject(s *sentence) (int, int) {
	i := s.first
	for i < s.last && (d.toks[i].kind != tWord || d.toks[i].is(wBoundary)) {
		i++
	}
	k := i
	for k < s.last && k-i < 6 {
		t := d.toks[k]
		if t.kind != tWord || d.inQuote[k] != 0 || t.flags&fCap == 0 && (t.is(wAux) || t.is(wSpeech) || t.is(wBoundary)) {
			break
		}
		k++
	}
	if k-i >= 6 || k == s.last {
		return i, i
	}
	return i, k
}

// speakerOf names the speaker of the noun phrase [np0, np1), with the
// appositive [app0, app1) if any: a named person or organisation (titles
// stripped and the name completed from an earlier full mention), a role
// phrase ("a US official"), or, for "he"/"she", the last named person.
func (d *doc) speakerOf(np0, np1, app0, app1 int, lastPerson, lastSpeaker string) (speaker, group string, person bool) {
	head := d.toks[np1-1]
	if np1-np0 == 1 && head.flags&fCap == 0 || np1-np0 == 1 && head.is(wPronoun|wPluralPron) {
		switch {
		case head.is(wPronoun):
			return lastPerson, d.groupOfName(lastPerson), lastPerson != ""
		case head.is(wPluralPron):
			return lastSpeaker, d.groupOfName(lastSpeaker), false
		}
	}
	g := d.groupOf(np0, np1)
	if app0 >= 0 {
		if ga := d.groupOf(app0, app1); ga != "" && (g == "" || ga == GroupNGO || ga == GroupExpert) {
			g = ga
		}
	}
	if head.flags&fCap != 0 && groupClass[head.hash] == 0 {
		// A name: the last capitalised run, without leading titles.
		r1 := np1
		r0 := r1 - 1
		// "of" joins a name ("Institute of International Education").
		for r0 > np0 && d.toks[r0-1].kind == tWord && (d.toks[r0-1].flags&fCap != 0 || d.toks[r0-1].hash == hOf && r0-2 >= np0 && d.toks[r0-2].flags&fCap != 0) {
			r0--
		}
		n0 := d.nameStart(r0, r1)
		name := d.text[d.toks[n0].start:d.toks[r1-1].end]
		name = d.fullName(name, d.toks[r1-1].hash)
		if g == "" {
			g = d.groupOfName(name)
		}
		if g == "" {
			g = GroupOther
		}
		// A single word of an organisation ("Pentagon", "CNN") is not a person.
		isPerson := r1-n0 >= 2 || d.titled[d.toks[r1-1].hash] != "" || d.names[d.toks[r1-1].hash] != ""
		return name, g, isPerson
	}
	// A role phrase: keep it as written ("a US official", "one of the officials").
	p := np0
	speaker = d.text[d.toks[p].start:d.toks[np1-1].end]
	if g == "" {
		g = GroupOther
	}
	return speaker, g, false
}

// nameStart returns where the name begins in the capitalised run [r0, r1):
// after the last title word before the run's final word ("Board President
// Camille Simms" -> "Camille Simms", "Secretary of State Antony Blinken" ->
// "Antony Blinken").
func (d *doc) nameStart(r0, r1 int) int {
	n0 := r0
	for k := r0; k < r1-1; k++ {
		if d.toks[k].is(wTitle) || d.toks[k].hash == hOf && k > r0 && d.toks[k-1].is(wTitle) {
			n0 = k + 1
		}
	}
	return n0
}

// groupOf applies the speaker-group rule to the words of [t0, t1): the
// first group, in the order ngo, military, official, expert, civilian,
// anonymous, with a role word present.
func (d *doc) groupOf(t0, t1 int) string {
	var bits uint32
	for ti := t0; ti < t1; ti++ {
		if d.toks[ti].kind == tWord {
			bits |= groupClass[d.toks[ti].hash]
		}
	}
	switch {
	case bits&gNGO != 0:
		return GroupNGO
	case bits&gMilitary != 0:
		return GroupMilitary
	case bits&gOfficial != 0:
		return GroupOfficial
	case bits&gExpert != 0:
		return GroupExpert
	case bits&gCivilian != 0:
		return GroupCivilian
	case bits&gAnonymous != 0:
		return GroupAnonymous
	}
	return ""
}

// groupOfName is the group recorded for a name from its titled mention
// ("Prime Minister Benjamin Netanyahu").
func (d *doc) groupOfName(name string) string {
	if name == "" {
		return ""
	}
	i := strings.LastIndexByte(name, ' ')
	return d.titled[hashWord(name[i+1:])]
}

// fullName completes a surname from an earlier full mention ("Netanyahu"
// -> "Benjamin Netanyahu").
func (d *doc) fullName(name string, last uint64) string {
	if full := d.names[last]; len(full) > len(name) && strings.HasSuffix(full, name) {
		return full
	}
	return name
}

// scanNames records every capitalised run preceded by title words outside
// quotes ("US President Joe Biden"): the name without titles by its last
// word, and the speaker group its titles give.
func (d *doc) scanNames() {
	toks := d.toks
	for i := 0; i < len(toks); {
		if toks[i].kind != tWord || toks[i].flags&fCap == 0 || d.inQuote[i] != 0 {
			i++
			continue
		}
		j := i
		for j < len(toks) && toks[j].kind == tWord && (toks[j].flags&fCap != 0 || toks[j].hash == hOf && j+1 < len(toks) && toks[j+1].flags&fCap != 0) {
			j++
		}
		// The run [i, j): titles then a name.
		n0 := d.nameStart(i, j)
		// Role words right before the run ("spokesperson Matthew Miller").
		t0 := i
		for t0 > 0 && i-t0 < 4 && toks[t0-1].kind == tWord && toks[t0-1].flags&fCap == 0 && groupClass[toks[t0-1].hash] != 0 {
			t0--
		}
		if (n0 > i || t0 < i) && j-n0 >= 1 && j-n0 <= 3 && !toks[j-1].is(wTitle) {
			last := toks[j-1].hash
			name := d.text[toks[n0].start:toks[j-1].end]
			if len(name) > len(d.names[last]) {
				d.names[last] = name
			}
			if d.titled[last] == "" {
				d.titled[last] = d.groupOf(t0, n0)
				d.titledBits |= 1 << (last & 63)
			}
		}
		i = j
	}
}

// lastTitledName returns the last titled name mentioned in sentence s.
func (d *doc) lastTitledName(s *sentence) string {
	if d.titledBits == 0 {
		return ""
	}
	name := ""
	for ti := s.first; ti < s.last; ti++ {
		t := d.toks[ti]
		if t.kind == tWord && t.flags&fCap != 0 && d.titledBits&(1<<(t.hash&63)) != 0 && d.inQuote[ti] == 0 && d.titled[t.hash] != "" {
			if ti+1 < s.last && d.toks[ti+1].kind == tWord && d.toks[ti+1].flags&fCap != 0 {
				continue
			}
			name = d.names[t.hash]
		}
	}
	return name
}

// reportedClause sets the clause a speech verb introduces: after "that"
// when it comes within a few words ("told reporters on Monday that ..."),
// else the words right after the verb ("said he would ..."), or, when the
// verb ends the sentence after a comma ("..., the ministry reported."), the
// sentence before the comma. A verb followed by a quotation introduces the
// quotation, not a clause.
func (d *doc) reportedClause(a *attribution, s *sentence, np0 int) {
	i := a.verbTok1
	// Where the subject was a parenthetical (", which US officials say
	// would ..."), the clause ends at the next comma.
	paren := false
	if np0 > s.first {
		p := np0 - 1
		if d.toks[p].kind == tWord && (d.toks[p].hash == hWhich || d.toks[p].hash == hWho) && p > s.first && d.toks[p-1].kind == tPunct && d.toks[p-1].ch == ',' {
			paren = true
		}
	}
	// Look for "that" within 12 tokens.
	for k := i; k < s.last && k-i < 12; k++ {
		t := d.toks[k]
		if d.inQuote[k] != 0 || t.kind == tWord && (t.is(wObjectStop) || d.isSpeechVerb(k)) {
			break
		}
		if t.kind == tPunct && (isSentenceEnd(t.ch) || t.ch == ';' || t.ch == ':') {
			break
		}
		if t.kind == tWord && t.hash == hThat && t.flags&fCap == 0 {
			a.clause0, a.clause1 = k+1, d.clauseEnd(s, k+1, paren)
			a.thatClause = true
			return
		}
	}
	if d.toks[a.verbTok0].is(wWeakSpeech) {
		// "maintained the alliance", "expressed support": no clause without "that".
		return
	}
	if i >= s.last {
		d.backwardClause(a, s, np0)
		return
	}
	// A listener after a tell-verb ("told CNN", "warned Israel").
	k := i
	if d.toks[a.verbTok0].is(wTellVerb) {
		for k < s.last && k-i < 4 && d.toks[k].kind == tWord && d.inQuote[k] == 0 && (!d.toks[k].is(wStop|wPrep) || d.toks[k].is(wDeterminer) && k == i) {
			k++
		}
	}
	if k >= s.last {
		d.backwardClause(a, s, np0)
		return
	}
	t := d.toks[k]
	switch {
	case d.inQuote[k] != 0 || d.inQuote[i] != 0:
		return
	case t.kind == tPunct && (t.ch == ':' || t.ch == ','):
		if k > i {
			d.backwardClause(a, s, np0)
		}
		return
	case t.kind == tPunct && isSentenceEnd(t.ch):
		d.backwardClause(a, s, np0)
		return
	case t.kind == tWord && t.hash == hBy:
		return
	case t.kind == tWord && t.flags&fCap == 0 && t.is(wPrep) && t.hash != hOf && t.hash != hTo:
		// "said on Monday", "told CNN on the heels of": the verb closes a
		// clause before it; "wrote in his ruling:" has no clause at all.
		d.backwardClause(a, s, np0)
		return
	}
	if k > i && d.toks[a.verbTok0].is(wTellVerb) && !t.is(wBoundary) {
		// "warned Israel against ...": the listener is not part of what was said.
		i = k
	}
	// "told Politico." / "told reporters Monday": an object and nothing more.
	end := d.clauseEnd(s, i, paren)
	words := 0
	for k := i; k < end; k++ {
		if d.toks[k].kind == tWord && d.inQuote[k] == 0 {
			words++
		}
	}
	if words < 2 {
		return
	}
	a.clause0, a.clause1 = i, end
}

// backwardClause sets the clause before the subject when a comma separates
// them and at least three words precede it ("More than 32,000 people have
// been killed, the ministry reported").
func (d *doc) backwardClause(a *attribution, s *sentence, np0 int) bool {
	if np0 > s.first+1 && d.toks[np0-1].kind == tPunct && d.toks[np0-1].ch == ',' {
		words := 0
		for k := s.first; k < np0-1; k++ {
			if d.toks[k].kind == tWord {
				words++
			}
		}
		if words >= 3 {
			a.clause0, a.clause1 = s.first, np0-1
			a.backward = true
			return true
		}
	}
	return false
}

// clauseEnd returns the end of a reported clause starting at token i: the
// end of the sentence (before its final mark) or a semicolon, or, for a
// parenthetical, the next comma.
func (d *doc) clauseEnd(s *sentence, i int, paren bool) int {
	k := i
	for ; k < s.last; k++ {
		t := d.toks[k]
		if t.kind != tPunct || d.inQuote[k] != 0 {
			continue
		}
		if t.ch == ';' || paren && t.ch == ',' {
			return k
		}
	}
	for k > i && d.toks[k-1].kind == tPunct && d.inQuote[k-1] == 0 && (isSentenceEnd(d.toks[k-1].ch) || d.toks[k-1].ch == ',') {
		k--
	}
	return k
}

// attributeQuotes gives each quotation its speaker: a speech act right
// after it ("“...,” Netanyahu told Politico"), else the last speech act
// before it in its sentence ("Biden said, “...”"), else, for a quotation
// that opens its sentence, the speech act of the previous sentence or a
// continued quotation. Quoted spans of one to three words with no speech
// act, or used as a modifier ("“peace” agreements"), or after a distancing
// word, are scare quotes.
func (d *doc) attributeQuotes() {
	for qi := range d.quotes {
		q := &d.quotes[qi]
		nw := q.w1 - q.w0
		q.attr = d.rightAttr(q)
		if a := q.attr; a >= 0 && !d.attrs[a].thatClause {
			// "“...,” Biden told the broadcaster": the verb introduces the quotation only.
			d.attrs[a].clause0 = -1
		}
		if q.attr < 0 {
			q.attr = d.leftAttr(q)
		}
		if q.attr < 0 {
			q.attr = d.clauseAttr(q)
		}
		short := nw >= 1 && nw <= 3
		if q.attr < 0 && !short {
			q.attr = d.inheritAttr(qi)
		}
		if short && (q.attr < 0 || d.modifierQuote(q) || d.afterDistancer(q)) {
			q.scare = true
			q.attr = -1
			continue
		}
		if nw == 0 {
			q.scare = true // empty quotes: nothing to attribute
			q.attr = -1
			continue
		}
		if q.attr >= 0 {
			d.attrs[q.attr].used = true
		}
	}
}

// rightAttr looks for a speech act right after the closing mark, when the
// quotation does not end with a full stop.
func (d *doc) rightAttr(q *qspan) int {
	if !q.closed {
		return -1
	}
	// The last mark inside the quotation.
	if p := q.close - 1; p > q.open && d.toks[p].kind == tPunct && d.toks[p].ch == '.' {
		return -1
	}
	k := q.close + 1
	limit := k + 12
	for ; k < len(d.toks) && k < limit; k++ {
		t := d.toks[k]
		if t.kind == tBreak || t.kind == tPunct && (isSentenceEnd(t.ch) || isOpeningQuote(t.ch) && opensHere(d.text, d.toks, k)) {
			return -1
		}
		for ai := range d.attrs {
			if d.attrs[ai].verbTok0 == k {
				return ai
			}
		}
		if t.kind == tWord && t.flags&fCap == 0 && t.is(wBoundary) {
			return -1
		}
	}
	return -1
}

// leftAttr returns the last speech act before the quotation in its sentence.
func (d *doc) leftAttr(q *qspan) int {
	best := -1
	first := d.sents[q.sent].first
	for ai := range d.attrs {
		a := &d.attrs[ai]
		if a.verbTok0 >= first && a.verbTok0 < q.open && a.speaker != "" {
			best = ai
		}
	}
	return best
}

// clauseAttr returns the innermost reported clause holding the quotation
// ("... a “better alternative” ..., US officials tell CNN").
func (d *doc) clauseAttr(q *qspan) int {
	best := -1
	for ai := range d.attrs {
		a := &d.attrs[ai]
		if a.clause0 >= 0 && a.clause0 <= q.open && q.open < a.clause1 && a.speaker != "" {
			if best < 0 || a.clause0 >= d.attrs[best].clause0 {
				best = ai
			}
		}
	}
	return best
}

// inheritAttr continues the previous speaker for a quotation that opens its
// sentence right after a sentence with a speech act, or continues a
// quotation left open at the end of the previous paragraph.
func (d *doc) inheritAttr(qi int) int {
	q := &d.quotes[qi]
	first := d.sents[q.sent].first
	for ti := first; ti < q.open; ti++ {
		if d.toks[ti].kind == tWord {
			return -1 // the quotation does not open its sentence
		}
	}
	if qi > 0 {
		p := &d.quotes[qi-1]
		if !p.closed && p.attr >= 0 && q.sent <= p.sent+8 && d.sents[q.sent].para == d.sents[d.sentOf[p.close]].para+1 {
			return p.attr
		}
	}
	best := -1
	for ai := range d.attrs {
		a := &d.attrs[ai]
		if a.speaker != "" && a.verbTok0 < q.open && (a.sent == q.sent-1 || a.sent == q.sent) {
			best = ai
		}
	}
	// A quotation before it in the previous sentence with a speaker.
	for pi := qi - 1; pi >= 0; pi-- {
		p := &d.quotes[pi]
		if p.scare {
			continue
		}
		ps := d.sentOf[p.close]
		if ps == q.sent-1 && p.attr >= 0 && (best < 0 || d.attrs[best].verbTok0 < p.close) {
			best = p.attr
		}
		break
	}
	return best
}

// modifierQuote reports whether the quoted span is used inside a noun
// phrase: followed directly by a content word ("“peace” agreements").
func (d *doc) modifierQuote(q *qspan) bool {
	if !q.closed || q.close+1 >= len(d.toks) {
		return false
	}
	if p := q.close - 1; d.toks[p].kind == tPunct {
		return false // the quotation ends with its own punctuation
	}
	n := d.toks[q.close+1]
	return n.kind == tWord && n.flags&fCap == 0 && !n.is(wStop) && !d.isSpeechVerb(q.close+1)
}

// afterDistancer reports whether the quotation follows a distancing word
// ("so-called", "self-styled"), an L5 lexicon hit ending right before it.
func (d *doc) afterDistancer(q *qspan) bool {
	p := q.open - 1
	if p < 0 || d.wordOf[p] < 0 {
		return false
	}
	w := d.wordOf[p]
	for _, c := range d.cands {
		if int(c.w+c.n-1) == int(w) && d.lex.m.entries[c.entry].Signal == "L5" {
			return true
		}
	}
	return false
}

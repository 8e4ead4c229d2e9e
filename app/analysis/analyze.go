// Package analysis turns an article's text into evidence: tokens and
// sentences with byte offsets, voices (headline, narrator, direct quote,
// reported speech) with speakers, lexicon matches and the signals of
// SPEC.md with their counts. It is pure: it reads nothing but the lexicon
// packs it is given.
package analysis

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/framelens/framelens/app/analysis/tone"
)

// Result is the analysis of one document.
type Result struct {
	Title             string // the headline line, if the text starts with one ("" otherwise)
	Words             int    // every word
	NarratorWords     int    // words in narrator voice: not headline, quotes or reported speech
	Sentences         int    // every sentence, the headline included
	NarratorSentences int    // sentences wholly in narrator voice (the E5 denominator)
	LexiconVersion    string
	Quotes            []Quote
	Evidence          []Evidence     // sorted by Start
	Counts            map[string]int // raw hit counts per signal id (every id present)
	Frames            []Frame        // every frame id, in a fixed order
}

// Quote is a direct quotation or a reported-speech clause.
type Quote struct {
	Start, End   int    // bytes; a direct quote includes its quotation marks
	Kind         string // "direct" or "reported"
	Speaker      string // "" when no speaker was found
	SpeakerGroup string // official, military, ngo, civilian, expert, anonymous, other
	Verb         string // the speech verb as written ("" when none)
	VerbClass    string // the verb's E1 class: neutral, doubt, endorsing, emotive
	Words        int
}

// Quote kinds.
const (
	KindDirect   = "direct"
	KindReported = "reported"
)

// Evidence is one highlighted span and the signal it carries.
type Evidence struct {
	Start, End int    // bytes into the analysed text
	Text       string // the text of the span
	Signal     string
	Category   string
	Entry      string // lexicon entry id, or a rule id ("rule.scare-quote")
	Voice      string // headline, narrator, direct_quote, reported
	Speaker    string // the speaker, for quotes and reported speech
	Negated    bool   // a negation shortly before the match ("not a massacre")
	Weight     float64
}

// Frame is one frame's standing in a document (see docs/FRAMES.md).
type Frame struct {
	Frame   string
	Cues    int     // sentences with at least one cue of the frame
	Share   float64 // Cues / Sentences
	Present bool
}

// Rule ids used as Evidence.Entry for signals that no lexicon entry gives.
const (
	RuleScareQuote   = "rule.scare-quote"
	RuleSpeechVerb   = "rule.speech-verb"
	RuleQuote        = "rule.quote"
	RuleUnattributed = "rule.unattributed-evaluative"
)

// doc holds the working state of one analysis.
type doc struct {
	lex    *Lexicon
	text   string
	toks   []token
	words  []wordRef
	wordOf []int32 // per token: word index or -1
	sentOf []int   // per token: sentence index
	sents  []sentence
	hlEnd  int

	inQuote []int32 // per token: quote index + 1 (0 outside quotes)
	quotes  []qspan
	attrs   []attribution

	ev        []Evidence  // scratch for result
	mentions  []int32     // scratch for result
	sentFlags []bool      // scratch for result
	cues      []int       // scratch for result
	runs      []int       // scratch: starts of the sorted runs of ev
	vspans    [][2]int32  // scratch: token spans of loaded speech verbs (loadedVerbs)
	qs        []Quote     // scratch for result
	cands     []candidate // resolved lexicon matches, E1 included
	e1        []candidate // the E1 matches

	voice []uint8 // per word
	wattr []int32 // per word: attribution index or -1
	spk   []int32 // tokens that may be speech verbs or "according" (attributions)

	names  map[uint64]string // surname -> full name
	titled map[uint64]string // surname -> group from titles
	// titledBits has bit hash&63 set for every key of titled: most
	// capitalised words need no map lookup.
	titledBits uint64

	tone tone.Scorer // T1: one tokenization per sentence, shared by its mentions

	// A direct-mapped cache of matcher lookups, kept across documents: the
	// same words recur, and the cache stays in the first-level cache where
	// the lexicon's word tables do not.
	wcache      [wordCacheSize]wordSlot
	wcacheOwner *matcher
}

const wordCacheSize = 1024

// lookup is m.lookup through the cache.
func (d *doc) lookup(m *matcher, h uint64) wordInfo {
	c := &d.wcache[(h>>20)&(wordCacheSize-1)]
	if c.key == h && h != 0 {
		return c.wordInfo
	}
	wi := m.lookup(h)
	*c = wordSlot{h, wi}
	return wi
}

var hOnly = hashWord("only")

var docPool = sync.Pool{New: func() any { return new(doc) }}

func (d *doc) reset(lex *Lexicon, text string) {
	d.lex, d.text = lex, text
	d.quotes = d.quotes[:0]
	d.attrs = d.attrs[:0]
	d.e1 = d.e1[:0]
	d.titledBits = 0
	if d.names == nil {
		d.names = map[uint64]string{}
		d.titled = map[uint64]string{}
	} else {
		clear(d.names)
		clear(d.titled)
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Analyze scores one document. It is safe to call from many goroutines at
// once with one *Lexicon.
func Analyze(lex *Lexicon, text string) *Result {
	d := docPool.Get().(*doc)
	d.reset(lex, text)
	r := d.run()
	d.lex, d.text = nil, ""
	d.tone.Reset(nil, "") // drop the reference to the text
	docPool.Put(d)
	return r
}

func (d *doc) run() *Result {
	text := d.text
	d.toks = tokenize(text, d.toks)
	toks := d.toks
	m := d.lex.m
	if d.wcacheOwner != m {
		clear(d.wcache[:])
		d.wcacheOwner = m
	}
	d.words = d.words[:0]
	d.spk = d.spk[:0]
	for ti := range toks {
		t := &toks[ti]
		if t.kind != tWord {
			continue
		}
		wi := d.lookup(m, t.hash)
		t.class = wi.class
		if wi.class&(wSpeech|wSpeechIng) != 0 || t.hash == hAccording {
			d.spk = append(d.spk, int32(ti))
		}
		var ph uint64
		if t.flags&fHyphen != 0 && m.prefix != nil {
			ph = prefixHash(text[t.start:t.end])
		}
		d.words = append(d.words, wordRef{node: wi.node, shape: wi.shape, end1: wi.end1, tok: int32(ti), hash: t.hash, phash: ph, start: t.start, end: t.end})
	}
	d.hlEnd = headlineEnd(text, toks)
	d.sents = splitSentences(text, toks, d.sents)
	for i := range d.sents {
		if d.sents[i].end <= d.hlEnd {
			d.sents[i].headline = true
		}
	}
	d.sentOf = grow(d.sentOf, len(toks))
	si := 0
	for ti := range toks {
		for si < len(d.sents)-1 && ti >= d.sents[si].last {
			si++
		}
		d.sentOf[ti] = si
	}
	d.wordOf = grow(d.wordOf, len(toks))
	prevWord := -2
	nw := 0
	for ti, t := range toks {
		if t.kind != tWord {
			d.wordOf[ti] = -1
			continue
		}
		d.wordOf[ti] = int32(nw)
		brk := prevWord != ti-1
		if prevWord >= 0 && prevWord == ti-2 && toks[ti-1].kind == tPunct && toks[ti-1].start == toks[prevWord].end &&
			(isApostrophe(toks[ti-1].ch) || toks[ti-1].ch == '.' && toks[prevWord].is(wAbbrev)) {
			brk = false // a plural possessive ("taxpayers' money") or an abbreviation ("Oct. 7")
		}
		d.words[nw].brk = brk
		nw++
		prevWord = ti
	}
	d.inQuote = grow(d.inQuote, len(toks))
	clear(d.inQuote)

	// Lexicon matches.
	d.cands = m.match(text, toks, d.words, d.cands)
	d.cands = d.dropNameParts(d.cands)
	d.cands = m.resolve(d.cands)
	for _, c := range d.cands {
		if m.einfo[c.entry].signal == "E1" {
			d.e1 = append(d.e1, c)
		}
	}

	// Voices.
	d.findQuotes()
	d.scanNames()
	d.attributions()
	d.attributeQuotes()
	d.assignVoices()

	return d.result()
}

// dropNameParts removes matches of lower-case entries that fall inside a
// capitalised name ("Yoav Gallant" is not "gallant"): a single capitalised
// word right after or before another capitalised word, not sentence-first.
func (d *doc) dropNameParts(cands []candidate) []candidate {
	out := cands[:0]
	for _, c := range cands {
		if c.n == 1 && d.lex.m.einfo[c.entry].nameDrop {
			w := int(c.w)
			t := d.toks[d.words[w].tok]
			if t.flags&fCap != 0 && t.flags&fAllCaps == 0 {
				prevCap := w > 0 && !d.words[w].brk && d.toks[d.words[w-1].tok].flags&fCap != 0 && d.sentOf[d.words[w-1].tok] == d.sentOf[d.words[w].tok] && !d.isSentFirst(w-1)
				nextCap := w+1 < len(d.words) && !d.words[w+1].brk && d.toks[d.words[w+1].tok].flags&fCap != 0
				if prevCap || nextCap && !d.isSentFirst(w) {
					continue
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// isSentFirst reports whether word w is the first word of its sentence.
func (d *doc) isSentFirst(w int) bool {
	ti := int(d.words[w].tok)
	s := &d.sents[d.sentOf[ti]]
	for k := s.first; k < ti; k++ {
		if d.toks[k].kind == tWord {
			return false
		}
	}
	return true
}

// assignVoices sets each word's voice: headline, then reported clauses in
// text order (an inner clause overrides the outer one; a clause before its
// verb never overrides), then direct quotations.
func (d *doc) assignVoices() {
	n := len(d.words)
	d.voice = grow(d.voice, n)
	d.wattr = grow(d.wattr, n)
	for w := range d.words {
		d.voice[w] = vNarrator
		d.wattr[w] = -1
		if int(d.words[w].end) <= d.hlEnd {
			d.voice[w] = vHeadline
		}
	}
	for ai := range d.attrs {
		a := &d.attrs[ai]
		if a.clause0 < 0 {
			continue
		}
		w0, w1 := d.wordsIn(a.clause0, a.clause1)
		for w := w0; w < w1; w++ {
			if d.voice[w] == vHeadline || a.backward && d.voice[w] != vNarrator {
				continue
			}
			d.voice[w] = vReported
			d.wattr[w] = int32(ai)
		}
	}
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if q.scare {
			continue
		}
		for w := q.w0; w < q.w1; w++ {
			d.voice[w] = vDirect
			d.wattr[w] = int32(q.attr)
		}
	}
}

func (d *doc) speakerAt(w int) string {
	if a := d.wattr[w]; a >= 0 {
		return d.attrs[a].speaker
	}
	return ""
}

// negated reports whether one of the three words before word w, in the same
// clause, is a negation.
func (d *doc) negated(w int) bool {
	for k := w - 1; k >= 0 && k >= w-3; k-- {
		if d.words[k+1].brk {
			return false
		}
		t := d.toks[d.words[k].tok]
		if t.is(wNegator) {
			// "not only" and "no longer"... "not only" adds, it does not negate.
			if k+1 < len(d.words) && !d.words[k+1].brk && d.words[k+1].hash == hOnly {
				continue
			}
			return true
		}
		s := d.text[t.start:t.end]
		if strings.HasSuffix(s, "n't") || strings.HasSuffix(s, "n’t") {
			return true
		}
	}
	return false
}

// outletVoice reports whether a voice is the outlet's own wording
// (headline, narrator, reported speech), which the L, N, E2, E4 and T1
// counts cover.
func outletVoice(v string) bool { return v != VoiceDirectQuote }

func (d *doc) result() *Result {
	text := d.text
	m := d.lex.m
	r := &Result{LexiconVersion: d.lex.version}
	var counts [numSignals]int
	if d.hlEnd >= 0 {
		r.Title = strings.TrimSpace(text[:d.hlEnd])
	}
	r.Words = len(d.words)
	for w := range d.words {
		if d.voice[w] == vNarrator {
			r.NarratorWords++
		}
	}
	r.Sentences = len(d.sents)
	// Records are gathered in a reused buffer and copied out once, sorted
	// and at their exact size: allocation, not computation, is what costs.
	ev := d.ev[:0]

	// Per-sentence flags for E5 and frames.
	nsent := len(d.sents)
	d.sentFlags = grow(d.sentFlags, 2*nsent)
	clear(d.sentFlags)
	evaluative, attributed := d.sentFlags[:nsent], d.sentFlags[nsent:]
	frameIdx := frameIndex()
	d.cues = grow(d.cues, 2*len(frameIdx))
	clear(d.cues)
	cues, lastCue := d.cues[:len(frameIdx)], d.cues[len(frameIdx):]
	for i := range lastCue {
		lastCue[i] = -1
	}

	mentions := d.mentions[:0] // indices into ev of N1 hits in the outlet's narration
	verbs := d.loadedVerbs()
	for _, c := range d.cands {
		e := &m.einfo[c.entry]
		if e.signal == "E1" {
			continue
		}
		w0, w1 := int(c.w), int(c.w+c.n)
		if e.signal[0] == 'L' && len(verbs) > 0 {
			// A loaded verb that introduces speech ("Warren slammed the bill:
			// “...”") is the E1 evidence of its speech act; the same verb
			// with no speech ("Trump slammed the ruling") stays the
			// narrator's own L3 (or L1) word.
			t0, t1 := int32(d.words[w0].tok), int32(d.words[w1-1].tok)
			for len(verbs) > 0 && verbs[0][1] <= t0 {
				verbs = verbs[1:]
			}
			if len(verbs) > 0 && verbs[0][0] <= t0 && t1 < verbs[0][1] {
				continue
			}
		}
		start, end := int(d.words[w0].start), int(d.words[w1-1].end)
		voice := voiceNames[d.voice[w0]]
		x := Evidence{Start: start, End: end, Text: text[start:end], Signal: e.signal, Category: e.category,
			Entry: e.id, Voice: voice, Speaker: d.speakerAt(w0), Negated: d.negated(w0), Weight: e.weight}
		ev = append(ev, x)
		sent := d.sentOf[d.words[w0].tok]
		switch e.signal {
		case "F1", "F2", "F4":
			counts[e.sig]++
			// Candidates come in text order, so a sentence is counted once per frame.
			if fi := int(e.frame); fi >= 0 && lastCue[fi] != sent {
				lastCue[fi] = sent
				cues[fi]++
			}
			continue
		}
		if outletVoice(voice) {
			counts[e.sig]++
			if e.signal[0] == 'L' {
				evaluative[sent] = true
			}
			if e.signal == "N1" && (voice == VoiceNarrator || voice == VoiceHeadline) {
				mentions = append(mentions, int32(len(ev)-1))
			}
		}
	}

	runs := append(d.runs[:0], 0, len(ev)) // starts of the sorted runs of ev: lexicon hits, then scare quotes
	// Scare quotes.
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if !q.scare || q.w1 <= q.w0 {
			continue
		}
		start, end := int(d.toks[q.open].start), int(d.toks[q.close].end)
		voice := voiceNames[d.voice[q.w0]]
		ev = append(ev, Evidence{Start: start, End: end, Text: text[start:end], Signal: "L5", Category: "distancing",
			Entry: RuleScareQuote, Voice: voice, Speaker: d.speakerAt(q.w0), Weight: 1})
		if outletVoice(voice) {
			counts[sigL5]++
			evaluative[d.sentOf[q.open]] = true
		}
	}

	// Quotes, S1 and E1.
	qs := d.qs[:0]
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if q.scare {
			continue
		}
		start, end := int(d.toks[q.open].start), int(d.toks[q.close].end)
		qs = append(qs, d.quoteOf(start, end, KindDirect, q.attr, q.w1-q.w0))
	}
	nDirect := len(qs)
	for ai := range d.attrs {
		a := &d.attrs[ai]
		if a.clause0 < 0 || a.clause1 <= a.clause0 {
			continue
		}
		w0, w1 := d.wordsIn(a.clause0, a.clause1)
		words := 0
		for w := w0; w < w1; w++ {
			if d.wattr[w] == int32(ai) && d.voice[w] == vReported {
				words++
			}
		}
		if words == 0 {
			continue
		}
		start, end := int(d.toks[a.clause0].start), int(d.toks[a.clause1-1].end)
		qs = append(qs, d.quoteOf(start, end, KindReported, ai, words))
	}
	// Direct quotes are in text order; reported clauses follow their verbs,
	// and a clause may come before its verb ("..., according to X"): sort
	// them, then merge the two.
	slices.SortStableFunc(qs[nDirect:], func(a, b Quote) int { return cmp.Compare(a.Start, b.Start) })
	r.Quotes = mergeQuotes(qs, nDirect)
	clear(qs)
	d.qs = qs[:0]
	runs = append(runs, len(ev))
	for _, q := range r.Quotes {
		ev = append(ev, Evidence{Start: q.Start, End: q.End, Text: text[q.Start:q.End], Signal: "S1", Category: q.SpeakerGroup,
			Entry: RuleQuote, Voice: quoteVoice(q.Kind), Speaker: q.Speaker, Weight: 1})
		counts[sigS1]++
	}
	runs = append(runs, len(ev))
	for ai := range d.attrs {
		a := &d.attrs[ai]
		if !a.used && a.clause0 < 0 {
			continue
		}
		start, end := int(d.toks[a.verbTok0].start), int(d.toks[a.verbTok1-1].end)
		entry := RuleSpeechVerb
		if a.verbEntry >= 0 {
			entry = m.entries[a.verbEntry].ID
		}
		voice := VoiceNarrator
		if w := d.wordOf[a.verbTok0]; w >= 0 {
			voice = voiceNames[d.voice[w]]
		}
		ev = append(ev, Evidence{Start: start, End: end, Text: text[start:end], Signal: "E1", Category: a.verbClass,
			Entry: entry, Voice: voice, Speaker: a.speaker, Weight: 1})
		counts[sigE1]++
	}

	runs = append(runs, len(ev))
	// E5: narrator sentences with evaluative cues and no attribution.
	for ai := range d.attrs {
		attributed[d.attrs[ai].sent] = true
	}
	for si := range d.sents {
		s := &d.sents[si]
		if s.headline || attributed[si] {
			continue
		}
		narr := true
		for ti := s.first; ti < s.last && narr; ti++ {
			if w := d.wordOf[ti]; w >= 0 && d.voice[w] != vNarrator {
				narr = false
			}
			if q := d.inQuote[ti]; q != 0 && !d.quotes[q-1].scare {
				narr = false // a quotation; scare quotes are the narrator's own
			}
		}
		if !narr {
			continue
		}
		r.NarratorSentences++
		if evaluative[si] {
			ev = append(ev, Evidence{Start: s.start, End: s.end, Text: text[s.start:s.end], Signal: "E5", Category: "unattributed",
				Entry: RuleUnattributed, Voice: VoiceNarrator, Weight: 1})
			counts[sigE5]++
		}
	}

	runs = append(runs, len(ev))
	// T1: tone toward actors at narrator mentions.
	if len(mentions) > 0 {
		model := tone.Default()
		last := -1
		for _, mi := range mentions {
			x := ev[mi]
			si := d.sentOf[d.words[d.wordAtByte(x.Start)].tok]
			s := &d.sents[si]
			if si != last {
				d.tone.Reset(model, text[s.start:s.end])
				last = si
			}
			label, _ := d.tone.Polarity(x.Start-s.start, x.End-s.start)
			ev = append(ev, Evidence{Start: x.Start, End: x.End, Text: x.Text, Signal: "T1", Category: label,
				Entry: x.Entry, Voice: x.Voice, Weight: 1})
			counts[sigT1]++
		}
	}

	r.Counts = make(map[string]int, numSignals)
	for i, id := range SignalIDs {
		r.Counts[id] = counts[i]
	}

	// A total order, so the unstable sort is deterministic. The records are
	// mostly in order already, which pattern-defeating quicksort exploits.
	// Each producer above appends in text order, so ev is a few sorted runs:
	// merge them instead of sorting (at equal spans the earlier run wins).
	runs = append(runs, len(ev))
	r.Evidence = mergeRuns(ev, runs)
	d.runs = runs[:0]
	d.mentions = mentions[:0]
	clear(ev) // drop references to the text
	d.ev = ev[:0]

	// Frames (docs/FRAMES.md).
	r.Frames = make([]Frame, 0, len(frameIdx))
	for _, f := range frameList {
		fi := frameIdx[f]
		fr := Frame{Frame: f, Cues: cues[fi]}
		if r.Sentences > 0 {
			fr.Share = float64(fr.Cues) / float64(r.Sentences)
		}
		fr.Present = f != "other" && (fr.Cues >= 2 && fr.Share >= 0.10 || r.Sentences < 10 && fr.Cues >= 1)
		r.Frames = append(r.Frames, fr)
	}
	return r
}

// mergeRuns merges the runs of ev (each sorted by start, longer first;
// bounds holds their starts and the end) into a new slice.
func mergeRuns(ev []Evidence, bounds []int) []Evidence {
	out := make([]Evidence, len(ev))
	n := len(bounds) - 1
	var buf [8]int
	heads := buf[:0]
	if n > len(buf) {
		heads = make([]int, 0, n)
	}
	heads = append(heads, bounds[:n]...)
	for i := range out {
		best := -1
		for r := 0; r < n; r++ {
			h := heads[r]
			if h >= bounds[r+1] {
				continue
			}
			if best < 0 {
				best = r
				continue
			}
			x, y := &ev[h], &ev[heads[best]]
			if x.Start < y.Start || x.Start == y.Start && x.End > y.End {
				best = r
			}
		}
		out[i] = ev[heads[best]]
		heads[best]++
	}
	return out
}

// loadedVerbs returns the token spans [start, end) of the speech verbs that
// introduce speech (a quotation or a reported clause) and that a lexicon E1
// entry of a loaded class (doubt, endorsing, emotive) covers, in text order.
// Those verbs are E1 evidence; an L1-L5 entry on the same words is not
// counted a second time.
func (d *doc) loadedVerbs() [][2]int32 {
	v := d.vspans[:0]
	for ai := range d.attrs {
		a := &d.attrs[ai]
		if !a.used && a.clause0 < 0 || a.verbEntry < 0 || a.verbClass == "neutral" {
			continue
		}
		v = append(v, [2]int32{int32(a.verbTok0), int32(a.verbTok1)})
	}
	d.vspans = v
	return v
}

// mergeQuotes merges the sorted runs qs[:n] and qs[n:] by Start, direct
// quotes first at equal starts.
func mergeQuotes(qs []Quote, n int) []Quote {
	out := make([]Quote, 0, len(qs))
	a, b := qs[:n], qs[n:]
	for len(a) > 0 && len(b) > 0 {
		if b[0].Start < a[0].Start {
			out = append(out, b[0])
			b = b[1:]
		} else {
			out = append(out, a[0])
			a = a[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

func quoteVoice(kind string) string {
	if kind == KindDirect {
		return VoiceDirectQuote
	}
	return VoiceReported
}

// wordAtByte returns the index of the word starting at byte b.
func (d *doc) wordAtByte(b int) int {
	return sort.Search(len(d.words), func(i int) bool { return int(d.words[i].start) >= b })
}

func (d *doc) quoteOf(start, end int, kind string, ai int, words int) Quote {
	q := Quote{Start: start, End: end, Kind: kind, Words: words, SpeakerGroup: GroupOther}
	if ai >= 0 {
		a := &d.attrs[ai]
		q.Speaker, q.VerbClass = a.speaker, a.verbClass
		q.Verb = d.text[d.toks[a.verbTok0].start:d.toks[a.verbTok1-1].end]
		if a.group != "" {
			q.SpeakerGroup = a.group
		}
		if a.speaker == "" {
			q.SpeakerGroup = GroupOther
		}
	}
	return q
}

// frameOrder is the order of Result.Frames: the policy frames, the conflict
// frames, then episodic and thematic.
func frameOrder() []string {
	out := make([]string, 0, len(PolicyFrames)+len(ConflictFrames)+len(NarrativeFrames))
	out = append(out, PolicyFrames...)
	out = append(out, ConflictFrames...)
	return append(out, NarrativeFrames...)
}

// frameList is frameOrder(), built once.
var frameList = frameOrder()

var frameIdxMap = func() map[string]int {
	m := map[string]int{}
	for i, f := range frameOrder() {
		m[f] = i
	}
	return m
}()

func frameIndex() map[string]int { return frameIdxMap }

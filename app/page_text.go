package app

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/framelens/framelens/store"
)

// An article's text is shown by cutting it at every span boundary (evidence
// and quotes, by their byte offsets) into segments, each escaped by
// html/template and wrapped in the spans that cover it: the innermost quote
// (shaded: another voice), a sentence-level claim (E5) and the innermost
// word-level highlight. Nothing from the text is ever trusted as HTML.

// segment is one run of text covered by the same spans.
type segment struct {
	Text    string
	Anchors []string // element IDs of spans starting here (e123, q45)
	Quote   *quoteRef
	Claim   *markRef
	Mark    *markRef
}

// quoteRef is the quote covering a segment.
type quoteRef struct {
	Kind  string // "direct" or "reported"
	Title string
}

// markRef is the highlight covering a segment.
type markRef struct {
	Signal  string
	Note    string // element ID of the note card
	Title   string
	Negated bool
	// Neutral marks a naming hit with a neutral label (formal,
	// descriptive): drawn quietly, so the loaded names stand out.
	Neutral bool
}

// noteCard is the explanation of one highlight, shown when it is chosen.
type noteCard struct {
	ID           string
	EvidenceID   int64
	Signal       string
	SignalName   string
	Category     string
	Entry        string
	EntryURL     string
	Text         string
	Explain      string
	Alternatives []string
	Voice        string
	Speaker      string
	Negated      bool
	Actor        string
	Label        string
}

// sentenceSignals are drawn as a claim layer under word highlights, because
// their spans are whole sentences.
var sentenceSignals = map[string]bool{"E5": true}

// hiddenSignals are not drawn in the text: S1 evidence repeats the quote
// spans, which are shaded anyway, and frame cues (F1, F2, F4) are listed in
// the sidebar: drawn inline they would cover most sentences and hide the
// word-level highlights a class discusses.
var hiddenSignals = map[string]bool{"S1": true, "N2": true, "F1": true, "F2": true, "F4": true}

// ruleExplain explains evidence made by a rule rather than a lexicon entry.
var ruleExplain = map[string]string{
	"L5": "Quotation marks around a short phrase with no speaker keep the words at arm's length: they hint the writer does not accept them (scare quotes).",
	"E5": "This sentence judges or evaluates in the outlet's own voice without saying who holds that view.",
	"E4": "The claim is put in the mouth of unnamed people (\"critics\", \"sources\"), so the reader cannot weigh who says it.",
	"E6": "The harm is described without saying who caused it.",
	"T1": "Words near this mention of an actor carry positive or negative feeling toward them.",
	"E1": "The speech verb tells the reader how to take the quote: neutral (said), doubtful (claimed), endorsing (revealed) or emotive (slammed).",
	"N1": "The name chosen for an actor carries a view of them; other outlets may call them something else.",
	"F1": "This sentence cues a frame: it presents the story through one particular angle.",
	"F2": "This sentence cues a conflict frame.",
	"F4": "This sentence tells the story through an individual case or through trends and policy.",
}

// renderedText is an article's text ready for the template.
type renderedText struct {
	Segments []segment
	Notes    []noteCard
	// First holds the anchor of each signal's first highlight, for the
	// sidebar's links.
	First map[string]string
}

// renderText cuts text at the spans' offsets. Spans outside the text or not
// on UTF-8 character boundaries are skipped (they cannot come from a
// scoring of this text). redact is applied to every piece of text shown.
func (s *server) renderText(text string, ev []store.EvidenceRow, quotes []store.QuoteRow, p Page, redact func(string) string) renderedText {
	valid := func(start, end int) bool {
		return start >= 0 && end <= len(text) && start < end && utf8.RuneStart(byteAt(text, start)) &&
			(end == len(text) || utf8.RuneStart(byteAt(text, end)))
	}
	cuts := map[int]bool{0: true, len(text): true}
	var evs []store.EvidenceRow
	for _, e := range ev {
		if hiddenSignals[e.Signal] || !valid(e.Start, e.End) {
			continue
		}
		evs = append(evs, e)
		cuts[e.Start], cuts[e.End] = true, true
	}
	var qs []store.QuoteRow
	for _, q := range quotes {
		if !valid(q.Start, q.End) {
			continue
		}
		qs = append(qs, q)
		cuts[q.Start], cuts[q.End] = true, true
	}
	points := make([]int, 0, len(cuts))
	for c := range cuts {
		points = append(points, c)
	}
	sort.Ints(points)

	rt := renderedText{First: map[string]string{}}
	for _, e := range evs {
		card := s.noteFor(e, p, redact)
		card.Text = redact(text[e.Start:e.End])
		rt.Notes = append(rt.Notes, card)
		if _, ok := rt.First[e.Signal]; !ok {
			rt.First[e.Signal] = fmt.Sprintf("e%d", e.ID)
		}
	}
	for i := 0; i+1 < len(points); i++ {
		a, b := points[i], points[i+1]
		seg := segment{Text: redact(text[a:b])}
		var bestQ *store.QuoteRow
		for j := range qs {
			q := &qs[j]
			if q.Start == a {
				seg.Anchors = append(seg.Anchors, fmt.Sprintf("q%d", q.ID))
			}
			if q.Start <= a && b <= q.End && (bestQ == nil || q.End-q.Start < bestQ.End-bestQ.Start) {
				bestQ = q
			}
		}
		if bestQ != nil {
			title := "Direct quote"
			if bestQ.Kind == "reported" {
				title = "Reported speech (the outlet's paraphrase)"
			}
			if bestQ.Speaker != "" {
				title += ": " + redact(bestQ.Speaker)
			}
			if bestQ.Verb != "" {
				title += " (" + bestQ.Verb + ")"
			}
			seg.Quote = &quoteRef{Kind: bestQ.Kind, Title: title}
		}
		var bestW, bestS *store.EvidenceRow
		for j := range evs {
			e := &evs[j]
			if e.Start == a {
				seg.Anchors = append(seg.Anchors, fmt.Sprintf("e%d", e.ID))
			}
			if !(e.Start <= a && b <= e.End) {
				continue
			}
			if sentenceSignals[e.Signal] {
				if bestS == nil || e.End-e.Start < bestS.End-bestS.Start {
					bestS = e
				}
			} else if bestW == nil || e.End-e.Start < bestW.End-bestW.Start {
				bestW = e
			}
		}
		if bestS != nil {
			seg.Claim = &markRef{Signal: bestS.Signal, Note: fmt.Sprintf("note-e%d", bestS.ID), Title: signalName(bestS.Signal)}
		}
		if bestW != nil {
			seg.Mark = &markRef{Signal: bestW.Signal, Note: fmt.Sprintf("note-e%d", bestW.ID),
				Title: bestW.Signal + " " + signalName(bestW.Signal) + " — select for the explanation", Negated: bestW.Negated}
			if bestW.Signal == "N1" {
				label := bestW.Category
				if en, ok := s.lex.Entry(bestW.Entry); ok && en.Label != "" {
					label = en.Label
				}
				seg.Mark.Neutral = labelClass(label) == "neutral"
			}
		}
		rt.Segments = append(rt.Segments, seg)
	}
	return rt
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

// noteFor explains one highlight from its lexicon entry, or from the rule
// that made it.
func (s *server) noteFor(e store.EvidenceRow, p Page, redact func(string) string) noteCard {
	card := noteCard{ID: fmt.Sprintf("note-e%d", e.ID), EvidenceID: e.ID, Signal: e.Signal, SignalName: signalName(e.Signal),
		Category: e.Category, Entry: e.Entry, EntryURL: entryLink(p, e.Entry), Voice: voiceName(e.Voice),
		Speaker: redact(e.Speaker), Negated: e.Negated}
	if en, ok := s.lex.Entry(e.Entry); ok {
		card.Explain = en.Explain
		card.Alternatives = en.Alternatives
		card.Actor = en.Actor
		card.Label = en.Label
	} else {
		card.Explain = ruleExplain[e.Signal]
		card.EntryURL = ""
	}
	return card
}

// voiceName describes a voice id for readers.
func voiceName(v string) string {
	switch v {
	case "narrator":
		return "the outlet's own voice (narrator)"
	case "reported":
		return "reported speech: the outlet's paraphrase of a speaker"
	case "direct_quote":
		return "inside a direct quote: the speaker's words, not the outlet's"
	case "headline":
		return "headline"
	}
	return v
}

// leadOf returns the first paragraph of text (up to about 600 bytes, cut at
// a word), for the story comparison's lead row.
func leadOf(text string) string {
	text = strings.TrimSpace(text)
	if i := strings.Index(text, "\n"); i >= 0 {
		text = text[:i]
	}
	if len(text) > 600 {
		cut := strings.LastIndex(text[:600], " ")
		if cut < 300 {
			cut = 600
		}
		text = store.TrimEnd(text[:cut]) + " …"
	}
	return text
}

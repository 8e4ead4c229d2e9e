package app

import (
	"sort"
	"strings"

	"github.com/framelens/framelens/store"
)

// Excerpts-only mode (FRAMELENS_EXCERPTS=1) is for public instances:
// article texts belong to their publishers, so pages and the API show the
// sentences that carry highlights, not the whole text. excerpt cuts a text
// down to those sentences and moves the highlights and quotes onto the cut
// text, so the reader's renderer needs no change.

const (
	excerptGap       = " […] "
	maxExcerpts      = 12  // sentences shown at most
	maxExcerptShare  = 0.4 // of the text's bytes shown at most
	maxSentenceBytes = 400 // a "sentence" longer than this is cut around its highlight
)

// excerpt returns text, ev and qs unchanged when excerpts mode is off;
// otherwise the highlighted sentences joined by " […] ", with the spans
// that fall inside them moved to the new offsets and the others dropped.
func (s *server) excerpt(text string, ev []store.EvidenceRow, qs []store.QuoteRow) (string, []store.EvidenceRow, []store.QuoteRow) {
	if !s.sec.excerpts {
		return text, ev, qs
	}
	return excerptText(text, ev, qs)
}

type byteRange struct{ start, end int }

func excerptText(text string, ev []store.EvidenceRow, qs []store.QuoteRow) (string, []store.EvidenceRow, []store.QuoteRow) {
	var ranges []byteRange
	budget := int(float64(len(text)) * maxExcerptShare)
	used := 0
	sorted := append([]store.EvidenceRow(nil), ev...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	for _, e := range sorted {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
			continue
		}
		if n := len(ranges); n > 0 && e.Start >= ranges[n-1].start && e.End <= ranges[n-1].end {
			continue // inside a sentence already kept
		}
		if len(ranges) >= maxExcerpts {
			break
		}
		r := sentenceAround(text, e.Start, e.End)
		if n := len(ranges); n > 0 && r.start < ranges[n-1].end {
			r.start = ranges[n-1].end
			if r.start >= r.end {
				continue
			}
		}
		if used+(r.end-r.start) > budget {
			if len(ranges) > 0 {
				break
			}
			// Always show the first highlight, cut tight around it.
			r = byteRange{start: e.Start, end: e.End}
		}
		used += r.end - r.start
		ranges = append(ranges, r)
	}
	var b strings.Builder
	offset := make([]int, len(ranges)) // new start of each range
	for i, r := range ranges {
		switch {
		case i > 0:
			b.WriteString(excerptGap)
		case r.start > 0:
			b.WriteString(strings.TrimLeft(excerptGap, " "))
		}
		offset[i] = b.Len()
		b.WriteString(text[r.start:r.end])
	}
	if len(ranges) > 0 && ranges[len(ranges)-1].end < len(text) {
		b.WriteString(strings.TrimRight(excerptGap, " "))
	}
	move := func(start, end int) (int, int, bool) {
		for i, r := range ranges {
			if start >= r.start && end <= r.end {
				return start - r.start + offset[i], end - r.start + offset[i], true
			}
		}
		return 0, 0, false
	}
	var nev []store.EvidenceRow
	for _, e := range ev {
		if ns, ne, ok := move(e.Start, e.End); ok {
			e.Start, e.End = ns, ne
			nev = append(nev, e)
		}
	}
	var nqs []store.QuoteRow
	for _, q := range qs {
		if ns, ne, ok := move(q.Start, q.End); ok {
			q.Start, q.End = ns, ne
			nqs = append(nqs, q)
		}
	}
	return b.String(), nev, nqs
}

// sentenceAround returns the sentence holding [start, end): from after the
// previous sentence end (. ! ? followed by space, or a line break) to the
// next one, cut to maxSentenceBytes around the span on whole words.
func sentenceAround(text string, start, end int) byteRange {
	lo := start
	for lo > 0 {
		c := text[lo-1]
		if c == '\n' || (c == ' ' && lo >= 2 && strings.IndexByte(".!?", text[lo-2]) >= 0) {
			break
		}
		lo--
	}
	hi := end
	for hi < len(text) {
		c := text[hi]
		if c == '\n' {
			break
		}
		hi++
		if strings.IndexByte(".!?", c) >= 0 && (hi == len(text) || text[hi] == ' ' || text[hi] == '\n') {
			break
		}
	}
	if hi-lo > maxSentenceBytes {
		room := max(0, (maxSentenceBytes-(end-start))/2)
		if start-lo > room {
			lo = min(wordStart(text, start-room), start)
		}
		if hi-end > room {
			hi = max(wordEnd(text, end+room), end)
		}
	}
	for lo < start && text[lo] == ' ' {
		lo++
	}
	return byteRange{start: lo, end: hi}
}

// wordStart moves i forward to the start of a word (never inside a UTF-8
// sequence).
func wordStart(text string, i int) int {
	for i < len(text) && text[i] != ' ' && text[i] != '\n' {
		i++
	}
	for i < len(text) && (text[i] == ' ' || text[i] == '\n') {
		i++
	}
	return i
}

// wordEnd moves i back to the end of a word.
func wordEnd(text string, i int) int {
	for i > 0 && i < len(text) && text[i] != ' ' && text[i] != '\n' {
		i--
	}
	return i
}

// leadText is the lead a story column shows: the first paragraph
// (leadOf), or in excerpts-only mode just the first sentence, cut like
// leadOf with " …" when it is not the whole text.
func (s *server) leadText(text string) string {
	if !s.sec.excerpts {
		return leadOf(text)
	}
	text = strings.TrimSpace(text)
	r := sentenceAround(text, 0, 0)
	if r.end >= len(text) {
		return text
	}
	return strings.TrimRight(text[:r.end], " ") + " …"
}

package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framelens/framelens/app/analysis"
)

// Sentence is one BABE/MBIC row: the text, the majority label and the
// words the annotators marked as biased.
type Sentence struct {
	Text        string
	Biased      bool
	NoAgreement bool     // label_bias "No agreement": left out of sentence scores
	BiasedWords []string // lower-cased words, phrases split into words
}

// readBABE reads final_labels_SG1/SG2 (semicolon-separated, UTF-8 BOM) or
// final_labels_MBIC (comma-separated): the delimiter is taken from the
// header line.
func readBABE(path string) ([]Sentence, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s := strings.TrimPrefix(string(b), "\ufeff")
	header, _, _ := strings.Cut(s, "\n")
	r := csv.NewReader(strings.NewReader(s))
	r.Comma = ','
	if strings.Count(header, ";") > strings.Count(header, ",") {
		r.Comma = ';'
	}
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(h)] = i
	}
	for _, need := range []string{"text", "label_bias", "biased_words"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("%s: no %q column in %q", path, need, head)
		}
	}
	var out []Sentence
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: record %d: %w", path, line, err)
		}
		if len(rec) <= col["biased_words"] || len(rec) <= col["text"] {
			return nil, fmt.Errorf("%s: record %d: %d fields", path, line, len(rec))
		}
		items, err := parsePyList(rec[col["biased_words"]])
		if err != nil {
			return nil, fmt.Errorf("%s: record %d: biased_words: %w", path, line, err)
		}
		var words []string
		for _, it := range items {
			for _, w := range words0(it) {
				words = append(words, w.text)
			}
		}
		label := strings.TrimSpace(rec[col["label_bias"]])
		out = append(out, Sentence{
			Text:        rec[col["text"]],
			Biased:      label == "Biased",
			NoAgreement: label != "Biased" && label != "Non-biased",
			BiasedWords: words,
		})
	}
	return out, nil
}

// parsePyList parses a Python list literal of strings such as
// ['bizarre', "Trump's"] (with backslash escapes). "" and "[]" are empty.
func parsePyList(s string) ([]string, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "[]" {
		return nil, nil
	}
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return nil, fmt.Errorf("not a list: %q", s)
	}
	s = s[1 : len(s)-1]
	var out []string
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == ',' || c == '\t' || c == '\n':
			i++
		case c == '\'' || c == '"':
			var b strings.Builder
			j := i + 1
			for ; j < len(s) && s[j] != c; j++ {
				if s[j] == '\\' && j+1 < len(s) {
					j++
				}
				b.WriteByte(s[j])
			}
			if j >= len(s) {
				return nil, fmt.Errorf("unterminated string in %q", s)
			}
			out = append(out, b.String())
			i = j + 1
		default:
			return nil, fmt.Errorf("unexpected %q in %q", c, s)
		}
	}
	return out, nil
}

// word is a lower-cased word and its byte span.
type word struct {
	text       string
	start, end int
}

// words0 splits text into lower-cased words: letters and digits with
// apostrophes and hyphens inside a word kept, curly apostrophes made
// straight. It is the evaluation's own tokenizer, so that the scores do not
// depend on the engine's.
func words0(text string) []word {
	var out []word
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
				j += s2
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' {
				if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); j+s2 < len(text) && (unicode.IsLetter(r3) || unicode.IsDigit(r3)) {
					j += s2
					continue
				}
			}
			break
		}
		out = append(out, word{strings.ToLower(strings.ReplaceAll(text[i:j], "’", "'")), i, j})
		i = j
	}
	return out
}

// highlightSignals are the signals whose outlet-voice evidence counts as a
// "this word is loaded" highlight in the BABE comparison (issue 3).
var highlightSignals = map[string]bool{"L1": true, "L2": true, "L3": true, "L4": true, "L5": true, "E2": true}

// loadedClasses are the E1 verb classes and N1 label classes that carry the
// writer's judgement; the diagnostic variants add them to the highlights.
var loadedClasses = map[string]map[string]bool{
	"E1": {"doubt": true, "endorsing": true, "emotive": true},
	"N1": {"delegitimising": true, "dehumanising": true, "glorifying": true, "legitimising": true},
}

// isHighlight reports whether a span is one of the highlights.
func isHighlight(s Span) bool { return highlightSignals[s.Signal] }

// isLoadedChoice reports whether a span is a loaded speech verb (E1) or a
// loaded actor label (N1).
func isLoadedChoice(s Span) bool { return loadedClasses[s.Signal][s.Category] }

// outletSpans returns the evidence of r outside direct quotes that is a
// highlight or a loaded choice: the outlet's own wording.
func outletSpans(r *analysis.Result) []Span {
	var out []Span
	for _, e := range r.Evidence {
		if e.Voice == analysis.VoiceDirectQuote {
			continue
		}
		s := Span{Start: e.Start, End: e.End, Signal: e.Signal, Category: e.Category, Entry: e.Entry}
		if isHighlight(s) || isLoadedChoice(s) {
			out = append(out, s)
		}
	}
	return out
}

// Prediction is the engine's output for one sentence, reduced to what the
// scores need: the highlighted spans and their signals.
type Prediction struct {
	Spans []Span
}

// Span is one highlighted byte span.
type Span struct {
	Start, End int
	Signal     string
	Category   string
	Entry      string
}

// WordScores are the word- and sentence-level results on one data set.
type WordScores struct {
	Sentences        int
	TP, FP, FN       int
	Precision        float64
	Recall           float64
	F1               float64
	SentMacroF1      float64
	SentAccuracy     float64
	SentN            int               // sentences with an agreed label
	BySignal         map[string][2]int // signal -> [highlighted words, of which expert-marked]
	Missed           map[string]int    // expert word -> times missed
	FalseHits        map[string]int    // highlighted word not marked -> times
	SentConfusion    [2][2]int         // [gold biased][predicted biased]
	GoldWords        int
	HighlightedWords int
}

// scoreWords compares highlights with the experts' words, sentence by
// sentence. In each sentence a word type is gold when the experts marked
// it, predicted when any occurrence of it lies inside a highlight; true
// positives are word types both gold and predicted (sets per sentence, so
// a repeated word counts once). A sentence is predicted biased when it has
// at least minHits highlights.
func scoreWords(sents []Sentence, preds []Prediction, minHits int) WordScores {
	s := WordScores{BySignal: map[string][2]int{}, Missed: map[string]int{}, FalseHits: map[string]int{}}
	for i, sent := range sents {
		s.Sentences++
		gold := map[string]bool{}
		for _, w := range sent.BiasedWords {
			gold[w] = true
		}
		pred := map[string]bool{}
		bySig := map[string]map[string]bool{}
		for _, w := range words0(sent.Text) {
			for _, sp := range preds[i].Spans {
				if w.start < sp.End && w.end > sp.Start {
					pred[w.text] = true
					if bySig[sp.Signal] == nil {
						bySig[sp.Signal] = map[string]bool{}
					}
					bySig[sp.Signal][w.text] = true
				}
			}
		}
		for w := range pred {
			if gold[w] {
				s.TP++
			} else {
				s.FP++
				s.FalseHits[w]++
			}
		}
		for w := range gold {
			if !pred[w] {
				s.FN++
				s.Missed[w]++
			}
		}
		s.GoldWords += len(gold)
		s.HighlightedWords += len(pred)
		for sig, ws := range bySig {
			c := s.BySignal[sig]
			for w := range ws {
				c[0]++
				if gold[w] {
					c[1]++
				}
			}
			s.BySignal[sig] = c
		}
		if sent.NoAgreement {
			continue
		}
		s.SentN++
		g, p := 0, 0
		if sent.Biased {
			g = 1
		}
		if len(preds[i].Spans) >= minHits {
			p = 1
		}
		s.SentConfusion[g][p]++
	}
	s.Precision = ratio(s.TP, s.TP+s.FP)
	s.Recall = ratio(s.TP, s.TP+s.FN)
	s.F1 = f1(s.Precision, s.Recall)
	c := s.SentConfusion
	// Macro-F1 over the classes "biased" and "non-biased".
	f1b := f1(ratio(c[1][1], c[1][1]+c[0][1]), ratio(c[1][1], c[1][1]+c[1][0]))
	f1n := f1(ratio(c[0][0], c[0][0]+c[1][0]), ratio(c[0][0], c[0][0]+c[0][1]))
	s.SentMacroF1 = (f1b + f1n) / 2
	s.SentAccuracy = ratio(c[0][0]+c[1][1], s.SentN)
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// topCounts returns the n keys with the highest counts (ties by key).
func topCounts(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

// Command eval measures the analysis engine against annotated data in
// ../shared/data and prints the results as Markdown:
//
//   - BABE (SG2, expert labels; Spinde et al. 2021) and MBIC (crowd labels;
//     SG1, the expert labels of the same sentences): word-level precision,
//     recall and F1 of the engine's outlet-voice highlights (L1-L5 and E2
//     evidence outside direct quotes) against the words the annotators
//     marked as biased, and sentence-level macro-F1 (a sentence is predicted
//     biased when it has at least one highlight);
//   - NewsMTSC (Hamborg & Donnay 2021): macro-F1 of the tone model (package
//     tone) on devtest_rw and devtest_mt, with a sentence-level VADER
//     baseline.
//
// Usage (from the repository root):
//
//	go run ./app/analysis/eval [-data ../shared/data] [-lexicon DIR] [-update docs/EVALUATION.md]
//
// -update replaces the block between the results markers of the given file.
// The same evaluation runs as a test: go test ./app/analysis/eval -run TestEvaluate -eval -v
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/jonreiter/govader"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/app/analysis/tone"
	"github.com/framelens/framelens/assets"
)

const (
	beginMarker = "<!-- results:begin (written by go run ./app/analysis/eval -update docs/EVALUATION.md) -->"
	endMarker   = "<!-- results:end -->"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fset := flag.NewFlagSet("eval", flag.ContinueOnError)
	data := fset.String("data", "../shared/data", "directory holding babe/ and newsmtsc/")
	lexDir := fset.String("lexicon", "", "use the *.lex packs of this directory instead of the built-in ones")
	update := fset.String("update", "", "write the results into this Markdown file between the results markers")
	if err := fset.Parse(args); err != nil {
		return err
	}
	var lexFS fs.FS = assets.Lexicon()
	if *lexDir != "" {
		lexFS = os.DirFS(*lexDir)
	}
	lex, err := analysis.LoadLexicon(lexFS)
	if err != nil {
		return err
	}
	rep, err := evaluate(*data, lex)
	if err != nil {
		return err
	}
	md := rep.markdown()
	fmt.Fprint(w, md)
	if *update != "" {
		return updateBlock(*update, md)
	}
	return nil
}

// report holds every figure of one evaluation run.
type report struct {
	LexiconVersion string
	Entries        int
	Bias           []biasResult
	Tone           []toneResult
	Frames         *frameResult
	MPQA           map[string]string // word -> "strongsubj adj" etc., for the missed-word breakdown
}

type biasResult struct {
	Name    string
	File    string
	Scores  WordScores
	Entries map[string][2]int // lexicon entry -> [highlighted words, of which expert-marked]
	// Variants scores the same predictions restricted to subsets of the
	// highlights, to show which signals help or hurt.
	Variants []variant
}

type variant struct {
	Name   string
	Scores WordScores
}

// variants are the diagnostic subsets of highlights.
var variants = []struct {
	name string
	keep func(Span) bool
}{
	{"without E2 (hedges)", func(s Span) bool { return isHighlight(s) && s.Signal != "E2" }},
	{"without E2 and the scare-quote rule", func(s Span) bool {
		return isHighlight(s) && s.Signal != "E2" && s.Entry != analysis.RuleScareQuote
	}},
	{"loaded word choices: L1, L3, L4, lexical L5, loaded E1 verbs and N1 labels", func(s Span) bool {
		switch s.Signal {
		case "L1", "L3", "L4":
			return true
		case "L5":
			return s.Entry != analysis.RuleScareQuote
		}
		return isLoadedChoice(s)
	}},
	{"L1 and L3 only", func(s Span) bool { return s.Signal == "L1" || s.Signal == "L3" }},
}

func filterPreds(preds []Prediction, keep func(Span) bool) []Prediction {
	out := make([]Prediction, len(preds))
	for i, p := range preds {
		for _, sp := range p.Spans {
			if keep(sp) {
				out[i].Spans = append(out[i].Spans, sp)
			}
		}
	}
	return out
}

type toneResult struct {
	Split string
	Model tone.Scores
	VADER tone.Scores
}

func evaluate(data string, lex *analysis.Lexicon) (*report, error) {
	rep := &report{LexiconVersion: lex.Version(), Entries: len(lex.Entries())}
	sets := []struct{ name, file string }{
		{"BABE (SG2, experts)", "babe/final_labels_SG2.csv"},
		{"MBIC (crowd)", "babe/final_labels_MBIC.csv"},
		{"SG1 (experts, MBIC sentences)", "babe/final_labels_SG1.csv"},
	}
	read := map[string][]Sentence{}
	for _, s := range sets {
		sents, err := readBABE(filepath.Join(data, s.file))
		if err != nil {
			return nil, err
		}
		read[s.file] = sents
	}
	// SG2 contains almost every SG1 sentence (1,694 of 1,700). Lexicon work
	// from this session on looks only at the SG2 sentences that are also in
	// SG1 (dev); the rest of SG2 (held-out) is only scored.
	dev, held := splitBySentences(read["babe/final_labels_SG2.csv"], read["babe/final_labels_SG1.csv"])
	sets = append(sets,
		struct{ name, file string }{"BABE dev (SG2 sentences also in SG1)", "babe/final_labels_SG2.csv#dev"},
		struct{ name, file string }{"BABE held-out (SG2 sentences not in SG1)", "babe/final_labels_SG2.csv#held-out"})
	read["babe/final_labels_SG2.csv#dev"], read["babe/final_labels_SG2.csv#held-out"] = dev, held
	for _, s := range sets {
		sents := read[s.file]
		all, entries := predict(lex, sents)
		preds := filterPreds(all, isHighlight)
		br := biasResult{Name: s.name, File: s.file, Scores: scoreWords(sents, preds, 1), Entries: entries}
		for _, v := range variants {
			br.Variants = append(br.Variants, variant{v.name, scoreWords(sents, filterPreds(all, v.keep), 1)})
		}
		rep.Bias = append(rep.Bias, br)
	}
	vader := govader.NewSentimentIntensityAnalyzer()
	for _, split := range []string{"devtest_rw", "devtest_mt"} {
		exs, err := tone.ReadNewsMTSC(filepath.Join(data, "newsmtsc", split+".jsonl"))
		if err != nil {
			return nil, err
		}
		gold := make([]int, len(exs))
		vpred := make([]int, len(exs))
		for i, ex := range exs {
			gold[i] = ex.Label
			c := vader.PolarityScores(ex.Text).Compound
			switch {
			case c >= 0.05:
				vpred[i] = 2
			case c <= -0.05:
				vpred[i] = 0
			default:
				vpred[i] = 1
			}
		}
		rep.Tone = append(rep.Tone, toneResult{Split: split, Model: tone.Default().Evaluate(exs), VADER: tone.Score(gold, vpred)})
	}
	fr, err := frameRates(lex, filepath.Join(data, "article-bias-prediction/articles_all.jsonl.gz"), 25)
	if err != nil {
		return nil, err
	}
	rep.Frames = fr
	rep.MPQA = readMPQA(filepath.Join(data, "lexicons/mpqa_subjectivity_clues/subjclueslen1-HLTEMNLP05.tff"))
	return rep, nil
}

// splitBySentences splits sents into those whose text is also in ref and
// the others, keeping their order.
func splitBySentences(sents, ref []Sentence) (in, out []Sentence) {
	seen := make(map[string]bool, len(ref))
	for _, r := range ref {
		seen[r.Text] = true
	}
	for _, s := range sents {
		if seen[s.Text] {
			in = append(in, s)
		} else {
			out = append(out, s)
		}
	}
	return in, out
}

// predict analyses every sentence (in parallel; results keep their order)
// and returns its outlet-voice spans (highlights and loaded choices), with
// per-entry counts of highlighted words.
func predict(lex *analysis.Lexicon, sents []Sentence) ([]Prediction, map[string][2]int) {
	preds := make([]Prediction, len(sents))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				preds[i].Spans = outletSpans(analysis.Analyze(lex, sents[i].Text))
			}
		}()
	}
	for i := range sents {
		next <- i
	}
	close(next)
	wg.Wait()
	entries := map[string][2]int{}
	for i, s := range sents {
		gold := map[string]bool{}
		for _, w := range s.BiasedWords {
			gold[w] = true
		}
		for _, sp := range preds[i].Spans {
			c := entries[sp.Entry]
			for _, w := range words0(s.Text) {
				if w.start < sp.End && w.end > sp.Start {
					c[0]++
					if gold[w.text] {
						c[1]++
					}
				}
			}
			entries[sp.Entry] = c
		}
	}
	return preds, entries
}

// readMPQA maps each single-word clue of the MPQA subjectivity lexicon
// (Wilson et al. 2005) to "type pos", e.g. "strongsubj adj". A missing file
// gives an empty map: the breakdown is then skipped.
func readMPQA(path string) map[string]string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		f := map[string]string{}
		for _, kv := range strings.Fields(line) {
			k, v, _ := strings.Cut(kv, "=")
			f[k] = v
		}
		if f["word1"] != "" {
			if _, seen := m[f["word1"]]; !seen {
				m[f["word1"]] = f["type"] + " " + f["pos1"]
			}
		}
	}
	return m
}

func (r *report) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Lexicon version `%s` (%d entries).\n\n", r.LexiconVersion, r.Entries)
	b.WriteString("### Loaded-language highlights vs expert-marked words\n\n")
	b.WriteString("| data set | sentences | word P | word R | word F1 | sentence macro-F1 | sentence acc. | highlighted / gold words |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|\n")
	for _, br := range r.Bias {
		s := br.Scores
		fmt.Fprintf(&b, "| %s | %d | %.3f | %.3f | **%.3f** | %.3f | %.3f | %d / %d |\n",
			br.Name, s.Sentences, s.Precision, s.Recall, s.F1, s.SentMacroF1, s.SentAccuracy, s.HighlightedWords, s.GoldWords)
	}
	b.WriteString("\nPublished comparison: feature-based word-level F1 0.43 on MBIC (Spinde et al. 2021). Target: F1 >= 0.45 at precision >= 0.55.\n")
	b.WriteString("\n**Diagnostic: the same run scored on subsets of the highlights** (word P / R / F1, sentence macro-F1):\n\n")
	b.WriteString("| data set | subset | word P | word R | word F1 | sentence macro-F1 |\n|---|---|---|---|---|---|\n")
	for _, br := range r.Bias {
		for _, v := range br.Variants {
			fmt.Fprintf(&b, "| %s | %s | %.3f | %.3f | %.3f | %.3f |\n", br.Name, v.Name, v.Scores.Precision, v.Scores.Recall, v.Scores.F1, v.Scores.SentMacroF1)
		}
	}
	for _, br := range r.Bias[:1] {
		fmt.Fprintf(&b, "\n**Per signal on %s** (highlighted word types per sentence, and the share the experts marked):\n\n", br.Name)
		b.WriteString("| signal | highlighted words | expert-marked | precision |\n|---|---|---|---|\n")
		sigs := make([]string, 0, len(br.Scores.BySignal))
		for s := range br.Scores.BySignal {
			sigs = append(sigs, s)
		}
		sort.Strings(sigs)
		for _, s := range sigs {
			c := br.Scores.BySignal[s]
			fmt.Fprintf(&b, "| %s | %d | %d | %.3f |\n", s, c[0], c[1], ratio(c[1], c[0]))
		}
		c := br.Scores.SentConfusion
		fmt.Fprintf(&b, "\nSentences (rows gold, columns predicted): biased predicted biased %d, biased predicted not %d, "+
			"not biased predicted biased %d, not biased predicted not %d.\n", c[1][1], c[1][0], c[0][1], c[0][0])
		r.writeEntries(&b, br)
		r.writeMissed(&b, br)
	}
	b.WriteString("\n### Tone toward targets (NewsMTSC)\n\n")
	b.WriteString("| split | targets | tone model macro-F1 | acc. | F1 neg / neu / pos | VADER (sentence) macro-F1 |\n|---|---|---|---|---|---|\n")
	for _, t := range r.Tone {
		fmt.Fprintf(&b, "| %s | %d | **%.3f** | %.3f | %.3f / %.3f / %.3f | %.3f |\n", t.Split, t.Model.N, t.Model.MacroF1, t.Model.Accuracy,
			t.Model.F1[0], t.Model.F1[1], t.Model.F1[2], t.VADER.MacroF1)
	}
	b.WriteString("\nPublished comparison: VADER about 0.51-0.53 macro-F1 on NewsMTSC (Hamborg & Donnay 2021). Target: >= 0.60 on devtest_rw.\n")
	if r.Frames != nil {
		r.Frames.markdown(&b)
	}
	return b.String()
}

// writeEntries lists the lexicon entries that produce the most highlights
// the experts did not mark: where precision is lost.
func (r *report) writeEntries(b *strings.Builder, br biasResult) {
	type row struct {
		id       string
		hl, good int
	}
	var rows []row
	for id, c := range br.Entries {
		rows = append(rows, row{id, c[0], c[1]})
	}
	sort.Slice(rows, func(i, j int) bool {
		fi, fj := rows[i].hl-rows[i].good, rows[j].hl-rows[j].good
		if fi != fj {
			return fi > fj
		}
		return rows[i].id < rows[j].id
	})
	if len(rows) > 15 {
		rows = rows[:15]
	}
	b.WriteString("\n**Entries with the most highlighted words the experts did not mark** (candidates for review):\n\n")
	b.WriteString("| entry | highlighted words | expert-marked | precision |\n|---|---|---|---|\n")
	for _, rw := range rows {
		fmt.Fprintf(b, "| `%s` | %d | %d | %.2f |\n", rw.id, rw.hl, rw.good, ratio(rw.good, rw.hl))
	}
}

// writeMissed breaks the expert-marked words the engine missed down by
// their MPQA subjectivity type and part of speech; it names no words, so
// that no BABE word list leaks into the lexicon.
func (r *report) writeMissed(b *strings.Builder, br biasResult) {
	if len(r.MPQA) == 0 {
		return
	}
	kinds := map[string]int{}
	total := 0
	for w, n := range br.Scores.Missed {
		k := r.MPQA[w]
		if k == "" {
			switch {
			case strings.HasSuffix(w, "ly"):
				k = "not in MPQA, -ly adverb"
			case strings.Contains(w, "-"):
				k = "not in MPQA, hyphenated"
			default:
				k = "not in MPQA"
			}
		}
		kinds[k] += n
		total += n
	}
	fmt.Fprintf(b, "\n**Missed expert-marked words by kind** (%d misses; kind from the MPQA subjectivity lexicon, Wilson et al. 2005):\n\n", total)
	b.WriteString("| kind | misses | share |\n|---|---|---|\n")
	for _, k := range topCounts(kinds, 12) {
		fmt.Fprintf(b, "| %s | %d | %.2f |\n", k, kinds[k], ratio(kinds[k], total))
	}
}

// updateBlock replaces the text between the results markers of path.
func updateBlock(path, md string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	i := bytes.Index(b, []byte(beginMarker))
	j := bytes.Index(b, []byte(endMarker))
	if i < 0 || j < i {
		return errors.New(path + ": results markers not found")
	}
	var out bytes.Buffer
	out.Write(b[:i+len(beginMarker)])
	out.WriteString("\n\n" + md + "\n")
	out.Write(b[j:])
	return os.WriteFile(path, out.Bytes(), 0o644)
}

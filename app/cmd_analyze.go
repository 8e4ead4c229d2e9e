package app

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/assets"
)

// analyzeOutput is one line of `framelens analyze` JSON: exactly the fields
// of issue 3, never null.
type analyzeOutput struct {
	File           string            `json:"file"`
	Title          string            `json:"title"`
	Words          int               `json:"words"`
	NarratorWords  int               `json:"narrator_words"`
	Sentences      int               `json:"sentences"`
	LexiconVersion string            `json:"lexicon_version"`
	Quotes         []analyzeQuote    `json:"quotes"`
	Evidence       []analyzeEvidence `json:"evidence"`
	Counts         map[string]int    `json:"counts"`
	Frames         []analyzeFrame    `json:"frames"`
}

type analyzeQuote struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Speaker string `json:"speaker"`
	Verb    string `json:"verb"`
	Kind    string `json:"kind"`
}

type analyzeEvidence struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Signal   string `json:"signal"`
	Category string `json:"category"`
	Entry    string `json:"entry"`
	Voice    string `json:"voice"`
	Speaker  string `json:"speaker"`
	Negated  bool   `json:"negated"`
}

type analyzeFrame struct {
	Frame   string  `json:"frame"`
	Cues    int     `json:"cues"`
	Share   float64 `json:"share"`
	Present bool    `json:"present"`
}

func runAnalyze(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("analyze", "framelens analyze [--lexicon DIR] [--format json|text] FILE...|-", `
Score files without a database. Each FILE (or "-" for standard input) is one
document, read as plain text with no cleaning. JSON output is one object per
line with the document's words, sentences, quotes with speaker and verb,
evidence with byte offsets into the input as read, raw counts per signal and
frame cues. --format text prints each document with its spans marked.`)
	lexDir := fs.String("lexicon", "", "use the *.lex packs of `DIR` instead of the built-in lexicon")
	format := fs.String("format", "json", "output `format`: json or text")
	files, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if *format != "json" && *format != "text" {
		fmt.Fprintf(e.stderr, "framelens analyze: --format must be json or text, not %q\n", *format)
		return errUsage
	}
	if len(files) == 0 {
		fmt.Fprintln(e.stderr, "framelens analyze: give one or more files, or - for standard input")
		return errUsage
	}
	lex, err := loadLexicon(*lexDir)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		var data []byte
		if name == "-" {
			data, err = io.ReadAll(e.stdin)
		} else {
			data, err = os.ReadFile(name)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		res := analysis.Analyze(lex, string(data))
		if *format == "text" {
			writeMarked(w, name, string(data), res)
			continue
		}
		b, err := json.Marshal(toOutput(name, res))
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		w.Write(b)
		w.WriteByte('\n')
	}
	return w.Flush()
}

// loadLexicon loads the packs of dir, or the built-in packs when dir is "".
func loadLexicon(dir string) (*analysis.Lexicon, error) {
	var fsys fs.FS = assets.Lexicon()
	if dir != "" {
		st, err := os.Stat(dir)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("lexicon: %s is not a directory", dir)
		}
		fsys = os.DirFS(dir)
	}
	lex, err := analysis.LoadLexicon(fsys)
	if err != nil {
		if dir != "" {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
		return nil, err
	}
	return lex, nil
}

func toOutput(file string, r *analysis.Result) analyzeOutput {
	out := analyzeOutput{
		File: file, Title: r.Title, Words: r.Words, NarratorWords: r.NarratorWords, Sentences: r.Sentences,
		LexiconVersion: r.LexiconVersion,
		Quotes:         make([]analyzeQuote, 0, len(r.Quotes)),
		Evidence:       make([]analyzeEvidence, 0, len(r.Evidence)),
		Counts:         r.Counts,
		Frames:         make([]analyzeFrame, 0, len(r.Frames)),
	}
	if out.Counts == nil {
		out.Counts = map[string]int{}
	}
	for _, q := range r.Quotes {
		out.Quotes = append(out.Quotes, analyzeQuote{Start: q.Start, End: q.End, Speaker: q.Speaker, Verb: q.Verb, Kind: q.Kind})
	}
	for _, x := range r.Evidence {
		out.Evidence = append(out.Evidence, analyzeEvidence{Start: x.Start, End: x.End, Text: x.Text, Signal: x.Signal,
			Category: x.Category, Entry: x.Entry, Voice: x.Voice, Speaker: x.Speaker, Negated: x.Negated})
	}
	for _, f := range r.Frames {
		out.Frames = append(out.Frames, analyzeFrame{Frame: f.Frame, Cues: f.Cues, Share: f.Share, Present: f.Present})
	}
	return out
}

// writeMarked prints the text with each evidence span wrapped as
// [[span]{signal:category voice}] and the quotes listed after it. Spans that
// overlap an earlier one are listed below the text instead of inline. E5, S1
// and T1 spans are listed, not marked inline.
func writeMarked(w io.Writer, name, text string, r *analysis.Result) {
	fmt.Fprintf(w, "== %s  (words %d, narrator words %d, sentences %d, lexicon %s)\n", name, r.Words, r.NarratorWords, r.Sentences, r.LexiconVersion)
	if r.Title != "" {
		fmt.Fprintf(w, "title: %s\n", r.Title)
	}
	var b strings.Builder
	pos := 0
	var listed []analysis.Evidence
	for _, x := range r.Evidence {
		if x.Signal == "E5" || x.Signal == "S1" || x.Signal == "T1" || x.Start < pos {
			listed = append(listed, x)
			continue
		}
		b.WriteString(text[pos:x.Start])
		tag := x.Signal + ":" + x.Category
		if x.Voice != analysis.VoiceNarrator {
			tag += " " + x.Voice
		}
		if x.Negated {
			tag += " negated"
		}
		fmt.Fprintf(&b, "[[%s]{%s}]", x.Text, tag)
		pos = x.End
	}
	b.WriteString(text[pos:])
	fmt.Fprintln(w, strings.TrimRight(b.String(), "\n"))
	fmt.Fprintln(w, "-- quotes:")
	for _, q := range r.Quotes {
		fmt.Fprintf(w, "  %-8s %5d-%-5d %-24q verb %-12q (%s) %s\n", q.Kind, q.Start, q.End, q.Speaker, q.Verb, q.SpeakerGroup, clipText(text[q.Start:q.End], 70))
	}
	fmt.Fprintln(w, "-- also:")
	for _, x := range listed {
		fmt.Fprintf(w, "  %s:%s %d-%d %s %q %s\n", x.Signal, x.Category, x.Start, x.End, x.Voice, x.Speaker, clipText(x.Text, 70))
	}
	fmt.Fprint(w, "-- counts:")
	keys := make([]string, 0, len(r.Counts))
	for k := range r.Counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, " %s=%d", k, r.Counts[k])
	}
	fmt.Fprint(w, "\n-- frames present:")
	for _, f := range r.Frames {
		if f.Present {
			fmt.Fprintf(w, " %s(%d)", f.Frame, f.Cues)
		}
	}
	fmt.Fprint(w, "\n\n")
}

func clipText(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

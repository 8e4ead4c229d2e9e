package app

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

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
	jobs := fs.Int("jobs", runtime.GOMAXPROCS(0), "analyse this many documents at once (output keeps the input order)")
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
	// A batch over many documents allocates a result per document and keeps
	// little: collecting less often trades some memory (a few times the
	// lexicon's size) for about a tenth of the CPU time.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	if *jobs < 1 {
		*jobs = 1
	}
	// Documents are analysed by --jobs workers and written in input order;
	// at most a few documents per worker wait in memory.
	w := bufio.NewWriterSize(e.stdout, 1<<16)
	defer w.Flush()
	type result struct {
		out []byte
		err error
	}
	results := make([]chan result, len(files))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	window := make(chan struct{}, 4**jobs)
	next := make(chan int)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(next)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var stdinData []byte
	var stdinErr error
	for _, f := range files {
		if f == "-" {
			stdinData, stdinErr = io.ReadAll(e.stdin)
			break
		}
	}
	for range *jobs {
		go func() {
			var buf []byte
			for i := range next {
				name := files[i]
				var data []byte
				var err error
				if name == "-" {
					data, err = stdinData, stdinErr
				} else {
					data, err = os.ReadFile(name)
				}
				if err != nil {
					results[i] <- result{err: fmt.Errorf("%s: %w", name, err)}
					continue
				}
				res := analysis.Analyze(lex, string(data))
				if *format == "text" {
					var b bytes.Buffer
					writeMarked(&b, name, string(data), res)
					results[i] <- result{out: b.Bytes()}
					continue
				}
				out := toOutput(name, res)
				buf = appendJSON(buf[:0], &out)
				buf = append(buf, '\n')
				results[i] <- result{out: bytes.Clone(buf)}
			}
		}()
	}
	for i := range files {
		var r result
		select {
		case r = <-results[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-window
		if r.err != nil {
			return r.err
		}
		if _, err := w.Write(r.out); err != nil {
			return err
		}
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

// appendJSON appends o as one line of JSON, byte for byte what
// encoding/json.Marshal writes for analyzeOutput. Encoding is a large share
// of `analyze` on big corpora (the output is several times the input), and
// this writer avoids reflection and per-field allocations; a test checks it
// against encoding/json.
func appendJSON(b []byte, o *analyzeOutput) []byte {
	b = append(b, `{"file":`...)
	b = appendString(b, o.File)
	b = append(b, `,"title":`...)
	b = appendString(b, o.Title)
	b = append(b, `,"words":`...)
	b = strconv.AppendInt(b, int64(o.Words), 10)
	b = append(b, `,"narrator_words":`...)
	b = strconv.AppendInt(b, int64(o.NarratorWords), 10)
	b = append(b, `,"sentences":`...)
	b = strconv.AppendInt(b, int64(o.Sentences), 10)
	b = append(b, `,"lexicon_version":`...)
	b = appendString(b, o.LexiconVersion)
	b = append(b, `,"quotes":[`...)
	for i, q := range o.Quotes {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(q.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(q.End), 10)
		b = append(b, `,"speaker":`...)
		b = appendString(b, q.Speaker)
		b = append(b, `,"verb":`...)
		b = appendString(b, q.Verb)
		b = append(b, `,"kind":`...)
		b = appendString(b, q.Kind)
		b = append(b, '}')
	}
	b = append(b, `],"evidence":[`...)
	for i, e := range o.Evidence {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(e.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(e.End), 10)
		b = append(b, `,"text":`...)
		b = appendString(b, e.Text)
		b = append(b, `,"signal":`...)
		b = appendString(b, e.Signal)
		b = append(b, `,"category":`...)
		b = appendString(b, e.Category)
		b = append(b, `,"entry":`...)
		b = appendString(b, e.Entry)
		b = append(b, `,"voice":`...)
		b = appendString(b, e.Voice)
		b = append(b, `,"speaker":`...)
		b = appendString(b, e.Speaker)
		b = append(b, `,"negated":`...)
		b = strconv.AppendBool(b, e.Negated)
		b = append(b, '}')
	}
	b = append(b, `],"counts":{`...)
	keys := make([]string, 0, len(o.Counts))
	for k := range o.Counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, k)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(o.Counts[k]), 10)
	}
	b = append(b, `},"frames":[`...)
	for i, f := range o.Frames {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"frame":`...)
		b = appendString(b, f.Frame)
		b = append(b, `,"cues":`...)
		b = strconv.AppendInt(b, int64(f.Cues), 10)
		b = append(b, `,"share":`...)
		b = appendFloat(b, f.Share)
		b = append(b, `,"present":`...)
		b = strconv.AppendBool(b, f.Present)
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

// appendFloat formats f as encoding/json does.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, '0')
	}
	abs := math.Abs(f)
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		b = strconv.AppendFloat(b, f, 'e', -1, 64)
		// encoding/json writes e-07, not e-7.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
		return b
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

const hexDigits = "0123456789abcdef"

// jsonPlain marks the ASCII bytes encoding/json writes as they are.
var jsonPlain = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendString appends s as a JSON string the way encoding/json does:
// HTML-significant characters, control characters, U+2028 and U+2029 are
// escaped, and invalid UTF-8 becomes U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonPlain[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

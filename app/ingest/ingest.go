// Package ingest turns files into normalized articles: plain text and
// Markdown (with optional front matter), CSV/TSV and JSON Lines (or a .json
// array of objects) with named columns, HTML pages (main text and metadata
// through go-readability, see ParseHTML), gzip-compressed copies of any of
// these, directories of them, and manifests that map files to outlet,
// story and title. It cleans each text into the form every offset refers
// to (see Clean), provides its dedupe key (Hash) and detects its language
// (DetectLanguage), and reports each unreadable input as a Failure naming
// the file and line, so the rest can still be imported.
//
// Reading streams: tables are read row by row and one-article files are
// bounded by Options.MaxArticleBytes, so memory stays bounded whatever the
// size of the input.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Article is one normalized article ready to store.
type Article struct {
	Title, Outlet, Story, URL, Author string
	Published                         time.Time // zero when unknown
	Text                              string    // cleaned body, what all offsets refer to
	Hash                              string    // Hash(Text), set by Read and ReadManifest for text, Markdown and table rows; "" when not computed
	Language                          string    // "en", another ISO 639-1 code, or "und"
	Format                            string    // "text", "markdown", "csv", "jsonl", "html"
	Source                            string    // the file path as given ("-" for stdin)
	Line                              int       // line of a CSV/JSONL row; 0 for whole files
}

// Failure is one input that could not be read, named by file and line (0
// for the whole file).
type Failure struct {
	Source string
	Line   int
	Err    error
}

// Error returns "FILE:LINE: problem", or "FILE: problem" for a whole file.
func (f Failure) Error() string {
	if f.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", f.Source, f.Line, f.Err)
	}
	return fmt.Sprintf("%s: %v", f.Source, f.Err)
}

// Unwrap returns the underlying problem, for errors.Is.
func (f Failure) Unwrap() error { return f.Err }

// The kinds of problem a Failure reports; test them with errors.Is.
var (
	ErrBinary       = errors.New("binary file")
	ErrInvalidUTF8  = errors.New("invalid UTF-8")
	ErrEmpty        = errors.New("empty")
	ErrMalformed    = errors.New("malformed")
	ErrNoTextColumn = errors.New("no text column")
	ErrNoColumn     = errors.New("no such column")
	ErrTooLarge     = errors.New("over the size limit")
	ErrNotFound     = errors.New("not found")
	ErrUnsupported  = errors.New("unsupported input")
)

// problem is an error with its own message that still matches its kind
// with errors.Is.
type problem struct {
	kind error
	msg  string
}

func (p *problem) Error() string { return p.msg }
func (p *problem) Unwrap() error { return p.kind }

func newProblem(kind error, format string, args ...any) error {
	return &problem{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// DefaultMaxArticleBytes is the article size limit when Options gives none.
const DefaultMaxArticleBytes = 5 << 20

// Options control Read and ReadManifest.
type Options struct {
	// Outlet and Story are the defaults for inputs that name none.
	Outlet, Story string
	// Map overrides which column (CSV) or key (JSON Lines) holds a field:
	// {"text": "content_original"}. Fields are title, text, outlet, url,
	// author, published and story; names match case-insensitively.
	Map map[string]string
	// MaxArticleBytes limits one article's text; DefaultMaxArticleBytes when 0.
	MaxArticleBytes int
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Progress, when set, is called as input is read with the bytes read of
	// all inputs so far (compressed bytes for .gz files) and their total
	// size (0 when unknown, as for standard input).
	Progress func(done, total int64)
}

// Fields are the article fields a table column can be mapped to.
var Fields = []string{"title", "text", "outlet", "url", "author", "published", "story"}

// input is one file to read, with what a manifest says about it.
type input struct {
	path   string
	size   int64 // -1 when unknown
	isDir  bool
	over   meta
	origin *Failure // where a missing file was named (a manifest row)
}

// meta is what a manifest row says about a file.
type meta struct {
	Title, Outlet, Story string
}

// reader holds the state of one Read or ReadManifest call.
type reader struct {
	opts  Options
	emit  func(Article) error
	fail  func(Failure)
	done  int64
	total int64
	last  int64           // done at the last Progress call
	want  map[string]bool // JSON keys whose values are read (see wanted)
}

// Read streams articles from paths (files, directories recursively, "-" for
// standard input; ".gz" files are read transparently) in a deterministic
// order: paths in the order given, each directory's files sorted by name,
// hidden files and directories skipped. It calls emit for each good article
// and fail for each problem, and carries on after a problem; it returns
// early with ctx.Err() or emit's error, and returns an error before reading
// anything when opts.Map names an unknown field.
func Read(ctx context.Context, paths []string, opts Options, emit func(Article) error, fail func(Failure)) error {
	r, err := newReader(opts, emit, fail)
	if err != nil {
		return err
	}
	inputs := make([]input, 0, len(paths))
	for _, p := range paths {
		inputs = append(inputs, input{path: p})
	}
	return r.run(ctx, inputs)
}

func newReader(opts Options, emit func(Article) error, fail func(Failure)) (*reader, error) {
	for field := range opts.Map {
		if !isField(field) {
			return nil, fmt.Errorf("ingest: unknown field %q in column map (fields are %s)", field, strings.Join(Fields, ", "))
		}
	}
	if opts.MaxArticleBytes <= 0 {
		opts.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if fail == nil {
		fail = func(Failure) {}
	}
	return &reader{opts: opts, emit: emit, fail: fail}, nil
}

func isField(name string) bool {
	for _, f := range Fields {
		if strings.EqualFold(f, name) {
			return true
		}
	}
	return false
}

// run expands directories into their files, totals the sizes for
// progress, and reads every file in order.
func (r *reader) run(ctx context.Context, inputs []input) error {
	var files []input
	for _, in := range inputs {
		expanded, err := r.expand(ctx, in)
		if err != nil {
			return err
		}
		files = append(files, expanded...)
	}
	for _, f := range files {
		if f.size < 0 {
			r.total = 0
			break
		}
		r.total += f.size
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		start := r.done
		if err := r.readFile(ctx, f); err != nil {
			return err
		}
		// A file given up part-way still counts as read in full.
		if f.size >= 0 {
			r.done = max(r.done, start+f.size)
		}
	}
	r.progress(true)
	return nil
}

// expand returns in itself when it is a file, or the files under it when it
// is a directory. Paths that cannot be read are reported as failures.
func (r *reader) expand(ctx context.Context, in input) ([]input, error) {
	if in.path == "-" {
		in.size = -1
		return []input{in}, nil
	}
	info, err := os.Stat(in.path)
	if err != nil {
		r.failMissing(in, openProblem(err))
		return nil, nil
	}
	if !info.IsDir() {
		in.size = info.Size()
		return []input{in}, nil
	}
	var files []input
	err = filepath.WalkDir(in.path, func(p string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			r.fail(Failure{Source: p, Err: openProblem(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != in.path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		fi, err := os.Stat(p)
		if err != nil {
			r.fail(Failure{Source: p, Err: openProblem(err)})
			return nil
		}
		if fi.IsDir() {
			// A symbolic link to a directory is not followed, so a link
			// cycle cannot make the walk endless.
			return nil
		}
		files = append(files, input{path: p, size: fi.Size(), over: in.over})
		return nil
	})
	if err != nil && ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if err != nil {
		r.failInput(in, err)
	}
	// WalkDir visits each directory's entries in lexical order, depth
	// first, which is the deterministic order Read promises.
	return files, nil
}

// openProblem turns an error from opening a path into the problem reported.
func openProblem(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if errors.Is(err, fs.ErrNotExist) {
		return newProblem(ErrNotFound, "no such file or directory")
	}
	return err
}

// failInput reports a problem with a whole input.
func (r *reader) failInput(in input, err error) {
	r.fail(Failure{Source: in.path, Err: err})
}

// failMissing reports an input that cannot be opened: at the manifest row
// that named it when there is one, so the user knows which row to fix.
func (r *reader) failMissing(in input, err error) {
	if in.origin != nil {
		f := *in.origin
		f.Err = fmt.Errorf("%s: %w", in.path, err)
		r.fail(f)
		return
	}
	r.fail(Failure{Source: in.path, Err: err})
}

// progress reports progress when enough has been read since the last
// report, or always when force is set.
func (r *reader) progress(force bool) {
	if r.opts.Progress == nil {
		return
	}
	if force || r.done-r.last >= 256<<10 {
		r.last = r.done
		r.opts.Progress(r.done, r.total)
	}
}

// countingReader adds the bytes read through it to the reader's progress.
type countingReader struct {
	r  io.Reader
	rd *reader
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.rd.done += int64(n)
	c.rd.progress(false)
	return n, err
}

// format names how a file is read.
type format int

const (
	formatSniff format = iota
	formatText
	formatMarkdown
	formatCSV
	formatTSV
	formatJSONL
	formatHTML
)

// formatOf picks the format from a file name's extension (after any ".gz").
func formatOf(name string) (f format, gz bool) {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".gz") {
		gz = true
		lower = strings.TrimSuffix(lower, ".gz")
	}
	switch filepath.Ext(lower) {
	case ".txt", ".text":
		return formatText, gz
	case ".md", ".markdown":
		return formatMarkdown, gz
	case ".csv":
		return formatCSV, gz
	case ".tsv", ".tab":
		return formatTSV, gz
	case ".jsonl", ".ndjson", ".json":
		return formatJSONL, gz
	case ".html", ".htm", ".xhtml":
		return formatHTML, gz
	case "":
		return formatText, gz
	}
	return formatSniff, gz
}

// readFile reads one file (or standard input) of any format.
func (r *reader) readFile(ctx context.Context, in input) error {
	var (
		src io.Reader
		f   format
		gz  bool
	)
	if in.path == "-" {
		if r.opts.Stdin == nil {
			r.fail(Failure{Source: "-", Err: newProblem(ErrUnsupported, "standard input is not available")})
			return nil
		}
		src = r.opts.Stdin
		f = formatSniff
	} else {
		file, err := os.Open(in.path)
		if err != nil {
			r.failInput(in, openProblem(err))
			return nil
		}
		defer file.Close()
		src = file
		f, gz = formatOf(in.path)
	}
	br := bufio.NewReaderSize(&countingReader{r: src, rd: r}, 64<<10)
	var body io.Reader = br
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		gz = true
	} else if gz {
		r.failInput(in, newProblem(ErrMalformed, "not a gzip file"))
		return nil
	}
	if gz {
		zr, err := gzip.NewReader(br)
		if err != nil {
			r.failInput(in, newProblem(ErrMalformed, "gzip: %v", err))
			return nil
		}
		defer zr.Close()
		body = bufio.NewReaderSize(zr, 64<<10)
	}
	bbody := body.(*bufio.Reader)
	if head, _ := bbody.Peek(2); len(head) == 2 && (head[0] == 0xff && head[1] == 0xfe || head[0] == 0xfe && head[1] == 0xff) {
		// UTF-16 with a byte-order mark, as Windows Notepad and Excel's
		// "Unicode text" save it: decoded to UTF-8 for every format.
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		bbody = bufio.NewReaderSize(transform.NewReader(bbody, dec), 64<<10)
	}
	if f == formatSniff {
		f = sniff(bbody, in.path == "-")
	}
	source := in.path
	switch f {
	case formatCSV, formatTSV:
		return r.readCSV(ctx, in, source, bbody, f == formatTSV)
	case formatJSONL:
		return r.readJSONL(ctx, in, source, bbody)
	case formatHTML:
		return r.readHTML(ctx, in, source, bbody)
	default:
		return r.readWhole(ctx, in, source, bbody, f)
	}
}

// sniff decides the format of a file whose name does not say: JSON Lines
// when standard input starts with "{", HTML when it starts with a tag,
// otherwise text (binary content is caught when the text is read).
func sniff(br *bufio.Reader, stdin bool) format {
	head, _ := br.Peek(512)
	s := strings.TrimLeft(string(head), " \t\r\n\ufeff")
	switch {
	case stdin && strings.HasPrefix(s, "{"):
		return formatJSONL
	case strings.HasPrefix(strings.ToLower(s), "<!doctype html"), strings.HasPrefix(strings.ToLower(s), "<html"):
		return formatHTML
	}
	return formatText
}

// maxMeasure bounds how much of an input over the size limit is read just
// to say how large it is, so a compressed bomb cannot keep the reader busy.
const maxMeasure = 256 << 20

// readLimited reads all of br, keeping at most limit bytes. When there is
// more, it reads on (discarding, up to maxMeasure) to learn the full size
// and returns over set; size is then a lower bound when it reached
// maxMeasure.
func readLimited(br io.Reader, limit int) (data []byte, size int64, over bool, err error) {
	data, err = io.ReadAll(io.LimitReader(br, int64(limit)+1))
	if err != nil {
		return nil, 0, false, err
	}
	size = int64(len(data))
	if len(data) <= limit {
		return data, size, false, nil
	}
	n, err := io.CopyN(io.Discard, br, maxMeasure-size)
	if errors.Is(err, io.EOF) {
		err = nil
	}
	return nil, size + n, true, err
}

// tooLarge describes an article over the size limit.
func tooLarge(size int64, limit int) error {
	if size >= maxMeasure {
		return newProblem(ErrTooLarge, "article is more than %s, over the %s limit (--max-article-size)", megabytes(size), megabytes(int64(limit)))
	}
	return newProblem(ErrTooLarge, "article is %s, over the %s limit (--max-article-size)", megabytes(size), megabytes(int64(limit)))
}

// megabytes formats n bytes as "7.2 MB" (MB of 2^20 bytes), or in KB or
// bytes when smaller than that.
func megabytes(n int64) string {
	unit, div := " MB", float64(1<<20)
	switch {
	case n < 1<<10:
		return strconv.FormatInt(n, 10) + " bytes"
	case n < 1<<20:
		unit, div = " KB", 1<<10
	}
	s := strconv.FormatFloat(float64(n)/div, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0") + unit
}

// within describes where in a file a text problem is, for rows whose
// offsets are not file offsets: "invalid UTF-8 at byte offset 3 of the
// text field".
func within(err error, where string) error {
	var p *problem
	if errors.As(err, &p) && errors.Is(p.kind, ErrInvalidUTF8) {
		return &problem{kind: p.kind, msg: p.msg + " of " + where}
	}
	return err
}

// checkText reports why data cannot be read as UTF-8 text, or nil.
func checkText(data []byte) error {
	if i := indexNUL(data); i >= 0 {
		return newProblem(ErrBinary, "binary file (NUL byte at offset %d)", i)
	}
	if mostlyControl(data) {
		return newProblem(ErrBinary, "binary file (mostly control characters)")
	}
	if utf8.Valid(data) {
		return nil // the common case, checked a word at a time
	}
	if i := invalidUTF8(data); i >= 0 {
		return newProblem(ErrInvalidUTF8, "invalid UTF-8 at byte offset %d", i)
	}
	return nil
}

func indexNUL(data []byte) int { return bytes.IndexByte(data, 0) }

// mostlyControl reports whether more than a tenth of the first 8 KiB are
// control bytes other than tab, newline, carriage return and form feed.
func mostlyControl(data []byte) bool {
	if len(data) > 8<<10 {
		data = data[:8<<10]
	}
	n := 0
	for _, c := range data {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			n++
		}
	}
	return n*10 > len(data)
}

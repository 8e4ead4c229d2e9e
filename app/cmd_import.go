package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/framelens/framelens/app/ingest"
	"github.com/framelens/framelens/store"
)

const importDescription = `Import articles into the database, scoring each English article with the
lexicon as it is stored. PATH may be a file, a directory (read recursively), or
- for standard input. Flags may come before or after the paths.

Formats, chosen by extension (.gz files are read transparently; files with
another extension and standard input are sniffed):
  .txt, .md     one article per file; optional front matter between --- lines
                with title, outlet, url, author, published, story. Without it,
                the first line is the title if it looks like a headline.
  .html, .htm   one saved web page: main text, title, author, date, site name
                and language are extracted (go-readability)
  .csv, .tsv    one article per row, named columns
  .jsonl        one JSON object per line (.ndjson too; a .json file may hold
                one array of objects)
UTF-8, or UTF-16 with a byte-order mark. Column names recognised by default:
  text       text, body, content_original, content, full_text
  title      title
  outlet     outlet, source, site, publication, publisher
  url        url, link, article_url
  published  published, date, published_at, pubdate, publish_date
  story      story, event, story_id, event_id
  author     author, authors, byline
Override with --map FIELD=COLUMN, e.g. --map text=content_original.

A PATH starting with http:// or https:// is fetched: a web page becomes one
article (main text extracted), a feed its entries. --feed URL reads a feed's
entries (each entry's page is fetched when the feed carries only a summary).
Fetching refuses loopback, private, link-local and cloud-metadata addresses
(checked after DNS, on every redirect) and bounds size, time and redirects.
Without --outlet, a fetched article's outlet is its site name or domain,
mapped through --outlet-map FILE (lines "edition.cnn.com cnn.com => CNN").

A manifest CSV (header file,outlet,story,title; paths relative to the manifest)
imports exactly the files it lists: framelens import --manifest seeds/manifest.csv

The same text from the same outlet is imported once (later copies are reported
as duplicates); the same text from another outlet is imported and marked as a
syndicated copy. Each bad input (binary, invalid UTF-8, empty, malformed row,
missing text column, too large) is reported with its file and line and the
rest is imported; the exit status is 1 when anything failed. Articles are
committed whole, in transactions of 500; undo an import with
framelens delete --batch ID.`

func runImport(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("import", "framelens import [flags] PATH... | framelens import --manifest FILE [flags]", importDescription)
	db := e.dbFlag(fs)
	outlet := fs.String("outlet", "", "outlet `name` for inputs that name none")
	story := fs.String("story", "", "story `key` for inputs that name none")
	manifest := fs.String("manifest", "", "import the files listed in this manifest `CSV` (file,outlet,story,title)")
	colMap := mapFlag{}
	fs.Var(colMap, "map", "take `field=column` from another column (repeatable; fields: "+strings.Join(ingest.Fields, ", ")+")")
	maxSize := sizeFlag(ingest.DefaultMaxArticleBytes)
	fs.Var(&maxSize, "max-article-size", "refuse articles larger than this `size` (e.g. 5MB, 800KB)")
	lexDir := fs.String("lexicon", e.getenv("FRAMELENS_LEXICON"), "score with the .lex packs in `dir` instead of the built-in ones ($FRAMELENS_LEXICON)")
	var feeds multiFlag
	fs.Var(&feeds, "feed", "import the entries of the RSS/Atom feed at `URL` (repeatable)")
	outletMap := fs.String("outlet-map", e.getenv("FRAMELENS_OUTLET_MAP"), "`file` mapping site domains to outlet names, for fetched pages ($FRAMELENS_OUTLET_MAP)")
	asJSON := fs.Bool("json", false, "print the summary as one JSON object on standard output")
	quiet := fs.Bool("quiet", false, "no progress output")
	paths, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if *manifest == "" && len(paths) == 0 && len(feeds) == 0 {
		fmt.Fprintln(e.stderr, "framelens import: give at least one PATH (or - for standard input, or a URL), --feed URL, or --manifest FILE")
		fs.Usage()
		return errUsage
	}
	if *manifest != "" && len(paths) > 0 {
		return fmt.Errorf("--manifest imports exactly the files it lists: give no PATH with it (got %q)", paths[0])
	}
	mapping, err := loadOutletMap(*outletMap)
	if err != nil {
		return err
	}
	if _, err := openLexicon(*lexDir); err != nil {
		return err // a bad --lexicon is reported before any database is made
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	// The packs with the lexicon edits saved from the web laid over them, so
	// the command line scores exactly as the server does.
	lex, err := lexiconWithEdits(ctx, st, *lexDir)
	if err != nil {
		return err
	}

	prog := newProgress(e.stderr, *quiet)
	opts := ingest.Options{Outlet: *outlet, Story: *story, Map: colMap, MaxArticleBytes: int(maxSize),
		Stdin: e.stdin, Progress: prog.bytes}
	var src source
	batchSource := strings.Join(paths, " ")
	if *manifest != "" {
		batchSource = "manifest " + *manifest
		src = func(ctx context.Context, emit func(ingest.Article) error, fail func(ingest.Failure)) error {
			return ingest.ReadManifest(ctx, *manifest, opts, emit, fail)
		}
	} else {
		var files, urls []string
		for _, p := range paths {
			if isURL(p) {
				urls = append(urls, p)
			} else {
				files = append(files, p)
			}
		}
		fetch := webSource{opts: e.fetch, outlet: *outlet, story: *story, mapping: mapping}
		src = func(ctx context.Context, emit func(ingest.Article) error, fail func(ingest.Failure)) error {
			if len(files) > 0 {
				if err := ingest.Read(ctx, files, opts, emit, fail); err != nil {
					return err
				}
			}
			return fetch.read(ctx, urls, feeds, emit, fail)
		}
	}
	prog.start()
	stats, err := importArticles(ctx, st, lex, src, batchSource, false,
		func(f ingest.Failure) { prog.printf("%s\n", f.Error()) }, prog.stored)
	prog.stop()
	interrupted := errors.Is(err, context.Canceled)
	if err != nil && !interrupted {
		return err
	}
	if stats.Batch != 0 && !interrupted {
		// New articles join proposed stories (framelens cluster re-runs everything).
		if _, err := suggestRecent(ctx, st, stats.Batch); err != nil {
			fmt.Fprintf(e.stderr, "warning: proposing stories for the new articles: %v (framelens cluster proposes them all again)\n", err)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(stats); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(e.stdout, "imported %d articles (%d syndicated copies, %d not analysed: not English), %d duplicates skipped, %d failed",
			stats.Imported, stats.Syndicated, stats.NotAnalysed, stats.Duplicates, len(stats.Failed))
		if stats.Batch != 0 {
			fmt.Fprintf(e.stdout, "; batch %d (undo: framelens delete --batch %d)", stats.Batch, stats.Batch)
		}
		fmt.Fprintln(e.stdout)
	}
	if interrupted {
		return exitError{code: 130, msg: "interrupted: the articles stored before the interrupt are kept, whole"}
	}
	if len(stats.Failed) > 0 {
		return exitError{code: 1, msg: fmt.Sprintf("%d inputs failed (listed above)", len(stats.Failed))}
	}
	return nil
}

// exitError is an error with its own exit status.
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }
func (e exitError) ExitCode() int { return e.code }

// mapFlag collects repeated --map field=column flags.
type mapFlag map[string]string

func (m mapFlag) String() string {
	var parts []string
	for _, k := range sortedKeys(m) {
		parts = append(parts, k+"="+m[k])
	}
	return strings.Join(parts, ",")
}

func (m mapFlag) Set(v string) error {
	field, col, ok := strings.Cut(v, "=")
	field, col = strings.TrimSpace(strings.ToLower(field)), strings.TrimSpace(col)
	if !ok || field == "" || col == "" {
		return fmt.Errorf("want field=column, got %q", v)
	}
	for _, f := range ingest.Fields {
		if f == field {
			m[field] = col
			return nil
		}
	}
	return fmt.Errorf("unknown field %q (fields: %s)", field, strings.Join(ingest.Fields, ", "))
}

// sizeFlag is a byte size given as 5000, 800KB, 5MB, 5MiB.
type sizeFlag int64

func (s *sizeFlag) String() string { return formatBytes(int64(*s)) }

func (s *sizeFlag) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = sizeFlag(n)
	return nil
}

func parseSize(v string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(v))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}, {"KB", 1000}, {"MB", 1000 * 1000}, {"GB", 1000 * 1000 * 1000}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f <= 0 {
		return 0, fmt.Errorf("size %q: want a positive number of bytes, optionally with KB, MB, KiB or MiB", v)
	}
	return int64(f * float64(mult)), nil
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', -1, 64) + "MiB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', -1, 64) + "KiB"
	}
	return strconv.FormatInt(n, 10) + "B"
}

// progress reports a long import: a redrawn bar with rate and ETA on a
// terminal, a plain line every few seconds otherwise.
type progress struct {
	w        io.Writer
	tty      bool
	off      bool
	done     atomic.Int64
	total    atomic.Int64
	articles atomic.Int64
	mu       sync.Mutex
	began    time.Time
	quit     chan struct{}
	wg       sync.WaitGroup
	drawn    bool
}

func newProgress(w io.Writer, quiet bool) *progress {
	p := &progress{w: w, off: quiet, quit: make(chan struct{})}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

func (p *progress) bytes(done, total int64) { p.done.Store(done); p.total.Store(total) }

func (p *progress) stored(store.Outcome) { p.articles.Add(1) }

func (p *progress) start() {
	p.began = time.Now()
	if p.off {
		return
	}
	every := 5 * time.Second
	if p.tty {
		every = 200 * time.Millisecond
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-p.quit:
				return
			case <-t.C:
				p.draw()
			}
		}
	}()
}

func (p *progress) stop() {
	close(p.quit)
	p.wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn && p.tty {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// printf prints a message line without garbling the bar.
func (p *progress) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
	fmt.Fprintf(p.w, format, args...)
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	elapsed := time.Since(p.began).Seconds()
	n := p.articles.Load()
	done, total := p.done.Load(), p.total.Load()
	rate := float64(n) / max(elapsed, 0.001)
	line := fmt.Sprintf("%d articles, %.0f/s", n, rate)
	if total > 0 && done > 0 {
		frac := min(1, float64(done)/float64(total))
		eta := time.Duration(elapsed*(1-frac)/frac) * time.Second
		if p.tty {
			const width = 30
			fill := int(frac * width)
			line = fmt.Sprintf("[%s%s] %3.0f%% %s, ETA %s", strings.Repeat("=", fill), strings.Repeat(" ", width-fill),
				frac*100, line, eta.Round(time.Second))
		} else {
			line = fmt.Sprintf("%.0f%% read, %s, ETA %s", frac*100, line, eta.Round(time.Second))
		}
	}
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s", line)
	} else {
		fmt.Fprintf(p.w, "import: %s\n", line)
	}
	p.drawn = true
}

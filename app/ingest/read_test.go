package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// collect runs Read (or ReadManifest when manifest is set) and returns what
// it emitted and reported.
func collect(t *testing.T, paths []string, opts Options) ([]Article, []Failure) {
	t.Helper()
	var arts []Article
	var fails []Failure
	err := Read(context.Background(), paths, opts,
		func(a Article) error { arts = append(arts, a); return nil },
		func(f Failure) { fails = append(fails, f) })
	if err != nil {
		t.Fatalf("Read(%v) = %v, want nil", paths, err)
	}
	return arts, fails
}

// writeFile writes content to name in a fresh temp dir and returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestReadDirectory(t *testing.T) {
	dir := filepath.Join("testdata", "corpus")
	arts, fails := collect(t, []string{dir}, Options{Outlet: "Default Outlet", Story: "default-story"})
	if len(fails) != 0 {
		t.Fatalf("failures: %v", fails)
	}
	type want struct {
		source, format, title, outlet, story, url, author string
		line                                              int
		published                                         time.Time
		textHas                                           string
	}
	wants := []want{
		{source: "a-headline.txt", format: "text", title: "Harbour Council Votes to Close the Old Ferry Pier", outlet: "Default Outlet", story: "default-story",
			textHas: "Harbour Council Votes to Close the Old Ferry Pier\n\nThe harbour council"},
		{source: "b-nohead.txt", format: "text", title: "", outlet: "Default Outlet", story: "default-story",
			textHas: "“painful but necessary.”"},
		{source: "e-table.csv", format: "csv", line: 2, title: "Pier to close", outlet: "Bay Times", story: "pier-closure", url: "https://bay.example/1",
			author: "Lee Park, Sam Ito", published: date("2024-05-06T00:00:00Z"), textHas: "the pier.\nEngineers"},
		{source: "e-table.csv", format: "csv", line: 4, title: "Commuters react", outlet: "Bay Times", story: "pier-closure", url: "https://bay.example/2",
			published: date("2024-05-07T00:00:00Z"), textHas: `was "too long".`},
		{source: "f-lines.jsonl", format: "jsonl", line: 1, title: "Pier closure approved", outlet: "Harbour Radio", story: "42", url: "https://radio.example/1",
			author: "Kim Lee, Jo Hart", published: date("2024-05-06T18:00:00Z"), textHas: "seven votes to two"},
		{source: "f-lines.jsonl", format: "jsonl", line: 3, title: "Pier closure: the vote", outlet: "Harbour Radio", story: "42",
			published: time.Unix(1715018400, 0).UTC(), textHas: "two against"},
		{source: "g-tabs.tsv", format: "csv", line: 2, title: "Pier shut", outlet: "West Post", story: "default-story", textHas: "shut from Monday"},
		{source: "h-noext", format: "text", outlet: "Default Outlet", story: "default-story", textHas: "no extension"},
		{source: "markdown/c-front.md", format: "markdown", title: "Pier Closure: What It Means for Commuters", outlet: "The Coastal Ledger",
			story: "pier-closure", url: "https://ledger.example/pier", author: "Ana Ruiz, Tom Beck", published: date("2024-05-06T09:30:00Z"),
			textHas: "A headline inside the body\n\nCommuters who use the old ferry pier will need to walk to the new terminal from next month.\n\n\"It adds ten minutes"},
		{source: "markdown/d-heading.markdown", format: "markdown", title: "Ferry Pier to Close After Safety Review.", outlet: "Default Outlet",
			story: "default-story", textHas: "Ferry Pier to Close After Safety Review.\n\nThe council said"},
	}
	if len(arts) != len(wants) {
		for _, a := range arts {
			t.Logf("got %s:%d", a.Source, a.Line)
		}
		t.Fatalf("got %d articles, want %d", len(arts), len(wants))
	}
	for i, w := range wants {
		a := arts[i]
		t.Run(w.source, func(t *testing.T) {
			if got, wantSrc := a.Source, filepath.Join(dir, w.source); got != wantSrc {
				t.Errorf("source: got %q, want %q", got, wantSrc)
			}
			checks := []struct{ name, got, want string }{
				{"format", a.Format, w.format}, {"title", a.Title, w.title}, {"outlet", a.Outlet, w.outlet},
				{"story", a.Story, w.story}, {"url", a.URL, w.url}, {"author", a.Author, w.author}, {"language", a.Language, "en"},
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
				}
			}
			if a.Line != w.line {
				t.Errorf("line: got %d, want %d", a.Line, w.line)
			}
			if !a.Published.Equal(w.published) {
				t.Errorf("published: got %v, want %v", a.Published, w.published)
			}
			if !strings.Contains(a.Text, w.textHas) {
				t.Errorf("text: got %q, want it to contain %q", a.Text, w.textHas)
			}
			if strings.ContainsAny(a.Text, "#*[]>") && w.format == "markdown" {
				t.Errorf("markdown text keeps markup: %q", a.Text)
			}
		})
	}
}

func TestReadManifest(t *testing.T) {
	manifest := filepath.Join("testdata", "manifest.csv")
	var arts []Article
	var fails []Failure
	err := ReadManifest(context.Background(), manifest, Options{Outlet: "Default Outlet", Story: "default-story"},
		func(a Article) error { arts = append(arts, a); return nil },
		func(f Failure) { fails = append(fails, f) })
	if err != nil {
		t.Fatalf("ReadManifest = %v", err)
	}
	type row struct{ source, title, outlet, story string }
	var got []row
	for _, a := range arts {
		got = append(got, row{filepath.ToSlash(a.Source), a.Title, a.Outlet, a.Story})
	}
	want := []row{
		{"testdata/corpus/b-nohead.txt", "Manifest Title", "Manifest Outlet", "manifest-story"},
		{"testdata/corpus/markdown/c-front.md", "Pier Closure: What It Means for Commuters", "Manifest Outlet", "pier-closure"},
		{"testdata/corpus/e-table.csv", "Pier to close", "Bay Times", "pier-closure"},
		{"testdata/corpus/e-table.csv", "Commuters react", "Bay Times", "pier-closure"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("articles:\ngot  %v\nwant %v", got, want)
	}
	if len(fails) != 1 {
		t.Fatalf("got failures %v, want one for the missing file", fails)
	}
	f := fails[0]
	if f.Source != manifest || f.Line != 5 || !errors.Is(f, ErrNotFound) || !strings.Contains(f.Error(), "missing.txt") {
		t.Errorf("failure: got %q (line %d), want %s:5 naming missing.txt as not found", f.Error(), f.Line, manifest)
	}
}

func TestManifestWithoutFileColumn(t *testing.T) {
	p := writeFile(t, "manifest.csv", "path,outlet\na.txt,X\n")
	var fails []Failure
	err := ReadManifest(context.Background(), p, Options{}, func(Article) error { return nil }, func(f Failure) { fails = append(fails, f) })
	if err != nil {
		t.Fatal(err)
	}
	if len(fails) != 1 || fails[0].Line != 0 || !errors.Is(fails[0], ErrNoColumn) {
		t.Errorf("got %v, want one whole-manifest failure for the missing file column", fails)
	}
}

func TestTableColumns(t *testing.T) {
	tests := []struct {
		name, file, content string
		m                   map[string]string
		wantText, wantTitle string
		wantOutlet          string
		wantErr             error
	}{
		{name: "text preferred", file: "a.csv", content: "text,body,content\nT,B,C\n", wantText: "T"},
		{name: "body before content", file: "a.csv", content: "content,body\nC,B\n", wantText: "B"},
		{name: "content_original before content", file: "a.csv", content: "content,content_original\ntokenised ,real\n", wantText: "real"},
		{name: "header case and spaces", file: "a.csv", content: " Title ,TEXT,Publication\nHi,Body here,Post\n", wantText: "Body here", wantTitle: "Hi", wantOutlet: "Post"},
		{name: "map overrides default", file: "a.csv", content: "text,content_original\nT,C\n", m: map[string]string{"text": "content_original"}, wantText: "C"},
		{name: "map outlet", file: "a.csv", content: "text,source,paper\nT,S,P\n", m: map[string]string{"outlet": "PAPER"}, wantText: "T", wantOutlet: "P"},
		{name: "map missing text", file: "a.csv", content: "text\nT\n", m: map[string]string{"text": "nope"}, wantErr: ErrNoTextColumn},
		{name: "map missing other", file: "a.csv", content: "text\nT\n", m: map[string]string{"url": "nope"}, wantErr: ErrNoColumn},
		{name: "no text column", file: "a.csv", content: "title,summary\nA,B\n", wantErr: ErrNoTextColumn},
		{name: "jsonl map", file: "a.jsonl", content: `{"content":"tok","content_original":"real","Outlet":"O"}` + "\n", m: map[string]string{"text": "content_original"}, wantText: "real", wantOutlet: "O"},
		{name: "jsonl default order", file: "a.jsonl", content: `{"content":"tok","content_original":"real"}` + "\n", wantText: "real"},
		{name: "jsonl no text", file: "a.jsonl", content: `{"title":"x","summary":"y"}` + "\n", wantErr: ErrNoTextColumn},
		{name: "jsonl coerce", file: "a.json", content: `{"text":"T","title":12.5,"outlet":{"name":"Named"}}` + "\n", wantText: "T", wantTitle: "12.5", wantOutlet: "Named"},
		{name: "jsonl bool and nested", file: "a.ndjson", content: `{"text":["one","two"],"title":true,"outlet":{"id":1}}` + "\n", wantText: "one, two", wantTitle: "true", wantOutlet: `{"id":1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, tt.file, tt.content)
			arts, fails := collect(t, []string{p}, Options{Map: tt.m})
			if tt.wantErr != nil {
				if len(arts) != 0 || len(fails) != 1 || !errors.Is(fails[0], tt.wantErr) || fails[0].Line != 0 {
					t.Fatalf("got %d articles, failures %v; want one whole-file %v", len(arts), fails, tt.wantErr)
				}
				if !strings.Contains(fails[0].Error(), p) {
					t.Errorf("failure %q does not name the file", fails[0].Error())
				}
				return
			}
			if len(fails) != 0 || len(arts) != 1 {
				t.Fatalf("got %d articles, failures %v; want 1 article", len(arts), fails)
			}
			a := arts[0]
			if a.Text != tt.wantText || a.Title != tt.wantTitle || a.Outlet != tt.wantOutlet {
				t.Errorf("got text %q title %q outlet %q, want %q %q %q", a.Text, a.Title, a.Outlet, tt.wantText, tt.wantTitle, tt.wantOutlet)
			}
		})
	}
}

func TestUnknownMapField(t *testing.T) {
	err := Read(context.Background(), []string{"testdata"}, Options{Map: map[string]string{"body": "x"}},
		func(Article) error { t.Error("emitted an article"); return nil }, func(Failure) { t.Error("reported a failure") })
	if err == nil || !strings.Contains(err.Error(), `"body"`) {
		t.Errorf("got %v, want an error naming the unknown field", err)
	}
}

func TestBadInputs(t *testing.T) {
	big := strings.Repeat("word ", 300) // 1500 bytes
	tests := []struct {
		name, file, content string
		max                 int
		wantKind            error
		wantLines           []int // lines of the failures; 0 for the whole file
		wantMsg             string
		wantArticles        int
	}{
		{name: "binary", file: "a.txt", content: "GIF89a\x00\x01\x02", wantKind: ErrBinary, wantLines: []int{0}, wantMsg: "binary file"},
		{name: "binary unknown extension", file: "a.dat", content: "\x7fELF\x02\x01\x01\x00\x00", wantKind: ErrBinary, wantLines: []int{0}},
		{name: "control bytes", file: "a.bin", content: strings.Repeat("\x01\x02\x03abc", 50), wantKind: ErrBinary, wantLines: []int{0}},
		{name: "invalid utf8", file: "a.txt", content: "Caf\xe9 au lait is served.", wantKind: ErrInvalidUTF8, wantLines: []int{0}, wantMsg: "invalid UTF-8 at byte offset 3"},
		{name: "empty", file: "a.txt", content: "", wantKind: ErrEmpty, wantLines: []int{0}, wantMsg: "empty file"},
		{name: "only whitespace", file: "a.md", content: "\n \n\t\n", wantKind: ErrEmpty, wantLines: []int{0}, wantMsg: "empty after cleaning"},
		{name: "only boilerplate", file: "a.txt", content: "Advertisement\r\nExit mobile version\r\n", wantKind: ErrEmpty, wantLines: []int{0}},
		{name: "empty csv", file: "a.csv", content: "", wantKind: ErrEmpty, wantLines: []int{0}},
		{name: "empty jsonl", file: "a.jsonl", content: "\n\n", wantKind: ErrEmpty, wantLines: []int{0}},
		{name: "malformed csv row", file: "a.csv", content: "title,text\nA,good one\nB,\"bad \"quote\" here\nC,good two\n",
			wantKind: ErrMalformed, wantLines: []int{3}, wantMsg: "malformed CSV row", wantArticles: 2},
		{name: "csv wrong field count", file: "a.csv", content: "title,text\nA,good\nB,x,extra\n", wantKind: ErrMalformed, wantLines: []int{3}, wantArticles: 1},
		{name: "malformed json line", file: "a.jsonl", content: "{\"text\":\"good one\"}\n{\"text\": \"broken\n{\"text\":\"good two\"}\n[1,2]\n",
			wantKind: ErrMalformed, wantLines: []int{2, 4}, wantMsg: "malformed JSON line", wantArticles: 2},
		{name: "json row without text", file: "a.jsonl", content: "{\"text\":\"good\"}\n{\"title\":\"no body\"}\n", wantKind: ErrNoTextColumn, wantLines: []int{2}, wantArticles: 1},
		{name: "empty text row", file: "a.csv", content: "title,text\nA,\nB,fine\n", wantKind: ErrEmpty, wantLines: []int{2}, wantArticles: 1},
		{name: "binary csv row", file: "a.csv", content: "title,text\nA,\"x\x00y\"\nB,fine\n", wantKind: ErrBinary, wantLines: []int{2}, wantArticles: 1},
		{name: "oversized text", file: "a.txt", content: big, max: 1000, wantKind: ErrTooLarge, wantLines: []int{0}, wantMsg: "article is 1.5 KB, over the 1000 bytes limit (--max-article-size)"},
		{name: "oversized csv row", file: "a.csv", content: "text\n" + big + "\nsmall\n", max: 1000, wantKind: ErrTooLarge, wantLines: []int{2}, wantArticles: 1},
		{name: "oversized json line", file: "a.jsonl", content: `{"text":"` + big + `"}` + "\n" + `{"text":"small"}` + "\n", max: 1000,
			wantKind: ErrTooLarge, wantLines: []int{1}, wantArticles: 1},
		{name: "csv record over the read limit", file: "a.csv", content: "text\nsmall\n\"" + strings.Repeat("x", 1200<<10) + "\"\nnot read\n", max: 1000,
			wantKind: ErrTooLarge, wantLines: []int{3}, wantMsg: "rest of file skipped", wantArticles: 1},
		{name: "invalid utf8 csv header", file: "a.csv", content: "title,te\xffxt\nA,b\n", wantKind: ErrInvalidUTF8, wantLines: []int{0}, wantMsg: "invalid UTF-8 at byte offset 8 of the header"},
		{name: "header only csv", file: "a.csv", content: "title,text\n", wantKind: ErrEmpty, wantLines: []int{0}, wantMsg: "no rows after the header"},
		{name: "invalid utf8 csv field", file: "a.csv", content: "title,text\nA,ok\nB,caf\xe9\n", wantKind: ErrInvalidUTF8, wantLines: []int{3},
			wantMsg: "invalid UTF-8 at byte offset 3 of the text field", wantArticles: 1},
		{name: "invalid utf8 json line", file: "a.jsonl", content: "{\"text\":\"caf\xe9\"}\n{\"text\":\"ok\"}\n", wantKind: ErrInvalidUTF8, wantLines: []int{1},
			wantMsg: "of the line", wantArticles: 1},
		{name: "not gzip", file: "a.txt.gz", content: "plain text", wantKind: ErrMalformed, wantLines: []int{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, tt.file, tt.content)
			arts, fails := collect(t, []string{p}, Options{MaxArticleBytes: tt.max})
			var lines []int
			for _, f := range fails {
				lines = append(lines, f.Line)
				if f.Source != p {
					t.Errorf("failure source: got %q, want %q", f.Source, p)
				}
				if !strings.HasPrefix(f.Error(), p) {
					t.Errorf("message %q does not start with the file name", f.Error())
				}
				if !errors.Is(f, tt.wantKind) {
					t.Errorf("failure %q: not a %v", f.Error(), tt.wantKind)
				}
				if !strings.Contains(f.Error(), tt.wantMsg) {
					t.Errorf("message: got %q, want it to contain %q", f.Error(), tt.wantMsg)
				}
			}
			if !slices.Equal(lines, tt.wantLines) {
				t.Errorf("failure lines: got %v, want %v (%v)", lines, tt.wantLines, fails)
			}
			if len(arts) != tt.wantArticles {
				t.Errorf("articles: got %d, want %d", len(arts), tt.wantArticles)
			}
		})
	}
}

func TestOversizedMessage(t *testing.T) {
	got := tooLarge(7_549_747, DefaultMaxArticleBytes).Error()
	want := "article is 7.2 MB, over the 5 MB limit (--max-article-size)"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMissingPath(t *testing.T) {
	_, fails := collect(t, []string{filepath.Join(t.TempDir(), "nope.txt")}, Options{})
	if len(fails) != 1 || !errors.Is(fails[0], ErrNotFound) {
		t.Errorf("got %v, want one not-found failure", fails)
	}
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGzipAndProgress(t *testing.T) {
	dir := t.TempDir()
	var rows strings.Builder
	for i := range 2000 {
		rows.WriteString(`{"title":"Row","text":"Row number ` + strings.Repeat("x", i%50) + ` is here."}` + "\n")
	}
	data := gzipped(t, rows.String())
	if err := os.WriteFile(filepath.Join(dir, "rows.jsonl.gz"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "note.txt.gz"), gzipped(t, "A gzipped note.\r\nSecond line."), 0o644); err != nil {
		t.Fatal(err)
	}
	var calls [][2]int64
	arts, fails := collect(t, []string{dir}, Options{Progress: func(done, total int64) { calls = append(calls, [2]int64{done, total}) }})
	if len(fails) != 0 || len(arts) != 2001 {
		t.Fatalf("got %d articles and %v, want 2001 and no failures", len(arts), fails)
	}
	if got := arts[0].Text; got != "A gzipped note.\nSecond line." {
		t.Errorf("gzipped text: got %q", got)
	}
	fi1, _ := os.Stat(filepath.Join(dir, "rows.jsonl.gz"))
	fi2, _ := os.Stat(filepath.Join(dir, "note.txt.gz"))
	total := fi1.Size() + fi2.Size()
	if len(calls) == 0 {
		t.Fatal("Progress never called")
	}
	last := calls[len(calls)-1]
	if last != [2]int64{total, total} {
		t.Errorf("last progress: got %v, want [%d %d] (compressed bytes)", last, total, total)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] < calls[i-1][0] {
			t.Fatalf("progress went backwards: %v then %v", calls[i-1], calls[i])
		}
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name, in, wantFormat, wantText string
		wantN                          int
	}{
		{"text", "Short Title Here\n\nBody of the article from standard input.", "text", "Body of the article", 1},
		{"jsonl", `{"text":"one article"}` + "\n" + `{"text":"two"}`, "jsonl", "one article", 2},
		{"gzip", string(gzipped(t, "Compressed standard input text.")), "text", "Compressed", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, fails := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(tt.in)})
			if len(fails) != 0 || len(arts) != tt.wantN {
				t.Fatalf("got %d articles, %v; want %d", len(arts), fails, tt.wantN)
			}
			a := arts[0]
			if a.Source != "-" || a.Format != tt.wantFormat || !strings.Contains(a.Text, tt.wantText) {
				t.Errorf("got source %q format %q text %q", a.Source, a.Format, a.Text)
			}
		})
	}
}

func TestStopEarly(t *testing.T) {
	dir := filepath.Join("testdata", "corpus")
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{dir}, Options{}, func(Article) error { n++; return stop }, nil)
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("emit error: got %v after %d articles, want stop after 1", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Read(ctx, []string{dir}, Options{}, func(Article) error { n++; cancel(); return nil }, nil)
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("cancel: got %v after %d articles, want context.Canceled after 1", err, n)
	}
}

func TestReadJSONArray(t *testing.T) {
	const file = "\ufeff[\n" +
		"  {\n    \"title\": \"First\",\n    \"text\": \"The first article.\"\n  },\n" +
		"  {\"title\": \"Second\", \"text\": \"The second article.\"},\n" +
		"  42,\n" +
		"  {\n    \"title\": \"Fourth\",\n    \"body\": \"The fourth article.\"\n  }\n" +
		"]\n"
	tests := []struct {
		name, content string
		wantTitles    []string
		wantLines     []int
		wantFailLines []int
		wantKind      error
	}{
		{name: "pretty printed", content: file, wantTitles: []string{"First", "Second", "Fourth"}, wantLines: []int{2, 6, 8}, wantFailLines: []int{7}, wantKind: ErrMalformed},
		{name: "syntax error stops", content: "[\n{\"text\":\"ok\"},\n{\"text\": oops},\n{\"text\":\"never read\"}\n]", wantTitles: []string{""}, wantLines: []int{2}, wantFailLines: []int{3}, wantKind: ErrMalformed},
		{name: "empty array", content: "[ ]", wantFailLines: []int{0}, wantKind: ErrEmpty},
		{name: "no text field", content: "[{\"title\":\"x\"}]", wantFailLines: []int{0}, wantKind: ErrNoTextColumn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, "a.json", tt.content)
			arts, fails := collect(t, []string{p}, Options{})
			var titles []string
			var lines, failLines []int
			for _, a := range arts {
				titles = append(titles, a.Title)
				lines = append(lines, a.Line)
			}
			for _, f := range fails {
				failLines = append(failLines, f.Line)
				if !errors.Is(f, tt.wantKind) {
					t.Errorf("failure %v: want kind %v", f, tt.wantKind)
				}
			}
			if !slices.Equal(titles, tt.wantTitles) || !slices.Equal(lines, tt.wantLines) || !slices.Equal(failLines, tt.wantFailLines) {
				t.Errorf("got titles %q lines %v failure lines %v (%v); want %q %v %v", titles, lines, failLines, fails, tt.wantTitles, tt.wantLines, tt.wantFailLines)
			}
		})
	}
}

// utf16LE encodes s as UTF-16 little-endian with a byte-order mark, as
// Windows Notepad saves "Unicode" text.
func utf16LE(s string) string {
	b := []byte{0xff, 0xfe}
	for _, r := range s {
		if r > 0xffff {
			r -= 0x10000
			hi, lo := 0xd800+(r>>10), 0xdc00+(r&0x3ff)
			b = append(b, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
			continue
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func TestUTF16(t *testing.T) {
	tests := []struct{ name, file, content, wantText string }{
		{"text", "a.txt", "Pier Closes\r\n\r\nThe council said “no”, café owners 🙁.", "Pier Closes\n\nThe council said “no”, café owners 🙁."},
		{"tsv", "a.tsv", "title\ttext\r\nT\tBody of the row.\r\n", "Body of the row."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, tt.file, utf16LE(tt.content))
			arts, fails := collect(t, []string{p}, Options{})
			if len(fails) != 0 || len(arts) != 1 {
				t.Fatalf("got %d articles, %v; want 1 article", len(arts), fails)
			}
			if arts[0].Text != tt.wantText {
				t.Errorf("text: got %q, want %q", arts[0].Text, tt.wantText)
			}
		})
	}
}

func TestDirectoryOrderAndProgress(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":   "Second file of the walk, in the top folder.",
		"a-b.txt": "First file at the top, after the folder a.",
		"a/x.txt": "A file inside the folder a comes first.",
		// Given up after its first line, long before its end.
		"a/y.jsonl":  "{\"title\":\"no text field\"}\n" + strings.Repeat("{\"text\":\"never read\"}\n", 20000),
		".git/c.txt": "Hidden folders are skipped.",
	}
	var total int64
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(name, ".") {
			total += int64(len(content))
		}
	}
	var last [2]int64
	arts, fails := collect(t, []string{dir}, Options{Progress: func(done, all int64) { last = [2]int64{done, all} }})
	var got []string
	for _, a := range arts {
		rel, _ := filepath.Rel(dir, a.Source)
		got = append(got, filepath.ToSlash(rel))
	}
	if want := []string{"a/x.txt", "a-b.txt", "b.txt"}; !slices.Equal(got, want) {
		t.Errorf("order: got %v, want %v", got, want)
	}
	if len(fails) != 1 || !errors.Is(fails[0], ErrNoTextColumn) {
		t.Errorf("failures: got %v, want the file without a text column", fails)
	}
	if last != [2]int64{total, total} {
		t.Errorf("last progress: got %v, want [%d %d]", last, total, total)
	}
}

// endless is a reader that never ends, like a decompression bomb.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestReadLimitedStops(t *testing.T) {
	_, size, over, err := readLimited(endless{}, 1000)
	if err != nil || !over || size != maxMeasure {
		t.Fatalf("got size %d over %v err %v, want %d true nil", size, over, err, maxMeasure)
	}
	want := "article is more than 256 MB, over the 1000 bytes limit (--max-article-size)"
	if got := tooLarge(size, 1000).Error(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestLargeManifest(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("The one article every row names."), 0o644); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("file,outlet,story,title,notes\n")
	const rows = 8000 // over 1 MB of manifest
	for i := range rows {
		fmt.Fprintf(&b, "a.txt,Outlet %d,story,,%s\n", i, strings.Repeat("n", 150))
	}
	manifest := filepath.Join(dir, "manifest.csv")
	if err := os.WriteFile(manifest, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	n := 0
	var fails []Failure
	err := ReadManifest(context.Background(), manifest, Options{}, func(Article) error { n++; return nil }, func(f Failure) { fails = append(fails, f) })
	if err != nil || len(fails) != 0 || n != rows {
		t.Errorf("got %d articles, %v, err %v; want %d and no failures", n, fails, err, rows)
	}
}

package app

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/framelens/framelens/store"
)

// exportRow is one exported article. The field names are an interface:
// outside evaluations read them, and `framelens import` reads them back.
type exportRow struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Story     string `json:"story"`
	URL       string `json:"url"`
	Author    string `json:"author"`
	Published string `json:"published"`
	Text      string `json:"text"`
	// SuggestedStory is the story clustering proposes ("" when none).
	SuggestedStory string `json:"suggested_story"`
}

var exportColumns = []string{"id", "title", "outlet", "story", "url", "author", "published", "text", "suggested_story"}

func (r *exportRow) record() []string {
	return []string{strconv.FormatInt(r.ID, 10), r.Title, r.Outlet, r.Story, r.URL, r.Author, r.Published, r.Text, r.SuggestedStory}
}

func runExport(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("export", "framelens export [--format jsonl|csv] [--outlet NAME] [--story KEY] [--output FILE]",
		`Export every article (or those of one outlet or story) as JSON Lines or CSV, with the
fields id, title, outlet, story, url, author, published (RFC 3339 or ""), text
and suggested_story (the story "framelens cluster" proposes, or "").
Missing values are "", never null. The output can be imported again with
"framelens import FILE" (it is then all duplicates).`)
	db := e.dbFlag(fs)
	format := fs.String("format", "jsonl", "output `format`: jsonl or csv")
	outlet := fs.String("outlet", "", "only articles of this outlet `name`")
	story := fs.String("story", "", "only articles of this story `key`")
	output := fs.String("output", "", "write to `file` instead of standard output")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q (export takes only flags)", pos[0])
	}
	if *format != "jsonl" && *format != "csv" {
		return fmt.Errorf("--format %q: want jsonl or csv", *format)
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	var out io.Writer = e.stdout
	var file *os.File
	if *output != "" {
		file, err = os.Create(*output)
		if err != nil {
			return err
		}
		defer file.Close()
		out = file
	}
	bw := bufio.NewWriterSize(out, 1<<16)
	var write func(*exportRow) error
	var cw *csv.Writer
	switch *format {
	case "jsonl":
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		write = func(r *exportRow) error { return enc.Encode(r) }
	case "csv":
		cw = csv.NewWriter(bw)
		if err := cw.Write(exportColumns); err != nil {
			return err
		}
		write = func(r *exportRow) error { return cw.Write(r.record()) }
	}
	err = st.Export(ctx, store.ExportFilter{Outlet: *outlet, Story: *story}, func(a *store.ExportArticle) error {
		return write(&exportRow{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Story: a.Story, URL: a.URL,
			Author: a.Author, Published: a.Published, Text: a.Text, SuggestedStory: a.SuggestedStory})
	})
	if err != nil {
		return err
	}
	if cw != nil {
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if file != nil {
		return file.Close()
	}
	return nil
}

// openExisting opens a database that must already exist, so a mistyped
// --db is reported instead of silently creating an empty database.
func openExisting(ctx context.Context, path string) (*store.DB, error) {
	if store.IsPostgresURL(path) {
		return store.Open(ctx, path) // the server says whether the database exists
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("database %s: %w (import something first, or pass --db)", path, err)
	}
	return store.Open(ctx, path)
}

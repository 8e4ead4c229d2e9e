package ingest

import (
	"context"
	"io"
	"strings"
	"unicode/utf8"
)

// invalidUTF8 returns the byte offset of the first invalid UTF-8 sequence in
// data, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// readWhole reads a file that holds one article: plain text or Markdown.
func (r *reader) readWhole(ctx context.Context, in input, source string, body io.Reader, f format) error {
	data, size, over, err := readLimited(body, r.opts.MaxArticleBytes)
	switch {
	case err != nil:
		r.failInput(in, err)
		return nil
	case over:
		r.failInput(in, tooLarge(size, r.opts.MaxArticleBytes))
		return nil
	case len(data) == 0:
		r.failInput(in, newProblem(ErrEmpty, "empty file"))
		return nil
	}
	if err := checkText(data); err != nil {
		r.failInput(in, err)
		return nil
	}
	a, err := parseWhole(string(data), f == formatMarkdown)
	if err != nil {
		r.failInput(in, err)
		return nil
	}
	a.Source = source
	r.finish(&a, in.over, true)
	a.Hash = hashCleaned(a.Text) // parseWhole's text is Clean's
	return r.emitArticle(ctx, a)
}

// parseWhole turns the content of a text or Markdown file into an article
// (without source or defaults): front matter, Markdown markup, cleaning, and
// the headline rule.
func parseWhole(s string, markdown bool) (Article, error) {
	s = normalizeNewlines(s)
	fm, body, hasFM := splitFrontMatter(s)
	a := Article{Format: "text"}
	mdTitle := ""
	if markdown {
		a.Format = "markdown"
		body, mdTitle = markdownToText(body)
	}
	a.Text = Clean(body)
	if a.Text == "" {
		return a, newProblem(ErrEmpty, "empty after cleaning (only white space or boilerplate)")
	}
	if hasFM {
		a.Title, a.Outlet, a.Story, a.URL, a.Author = fm.Title, fm.Outlet, fm.Story, fm.URL, fm.Author
		a.Published = parsePublished(fm.Published)
	}
	if a.Title == "" {
		if mdTitle != "" {
			a.Title = mdTitle
		} else {
			a.Title = headline(a.Text)
		}
	}
	return a, nil
}

// finish applies a manifest row's values and the defaults to a, and sets
// its language. For whole-file articles (whole set) the manifest's values
// win over what the file says, because the manifest names this one file;
// for table rows they only fill fields the row leaves empty.
func (r *reader) finish(a *Article, over meta, whole bool) {
	pick := func(field *string, manifest, def string) {
		if manifest != "" && (whole || *field == "") {
			*field = manifest
		}
		if *field == "" {
			*field = def
		}
	}
	pick(&a.Title, cleanField(over.Title), "")
	pick(&a.Outlet, cleanField(over.Outlet), cleanField(r.opts.Outlet))
	pick(&a.Story, cleanField(over.Story), cleanField(r.opts.Story))
	a.Language = DetectLanguage(a.Text)
}

// emitArticle hands a to the caller, first checking for cancellation.
func (r *reader) emitArticle(ctx context.Context, a Article) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r.progress(false)
	return r.emit(a)
}

// trimBOM removes a leading byte-order mark.
func trimBOM(s string) string { return strings.TrimPrefix(s, "\ufeff") }

package ingest

import (
	"context"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ReadManifest reads a manifest CSV and streams exactly the files it lists,
// in its order. The manifest has a header row with a "file" column and
// optional "outlet", "story" and "title" columns (others are ignored);
// relative paths are relative to the manifest's folder, and a listed
// directory is read like a directory given to Read. A row's non-empty
// outlet, story and title replace the defaults in opts and, for
// one-article files, what the file itself says; for tables (CSV, JSON
// Lines) they fill only the fields a row leaves empty. A malformed row or a
// missing file is a Failure at the manifest's line. Errors are returned as
// by Read.
func ReadManifest(ctx context.Context, manifest string, opts Options, emit func(Article) error, fail func(Failure)) error {
	r, err := newReader(opts, emit, fail)
	if err != nil {
		return err
	}
	f, err := os.Open(manifest)
	if err != nil {
		r.fail(Failure{Source: manifest, Err: openProblem(err)})
		return nil
	}
	defer f.Close()
	inputs, err := r.readManifest(manifest, f)
	if err != nil {
		r.fail(Failure{Source: manifest, Err: err})
		return nil
	}
	return r.run(ctx, inputs)
}

// maxManifestRows bounds how many rows a manifest may list, so that a huge
// file passed as a manifest by mistake cannot exhaust memory.
const maxManifestRows = 10_000_000

// readManifest parses the manifest into the inputs it lists, reporting
// malformed rows as failures.
func (r *reader) readManifest(manifest string, src io.Reader) ([]input, error) {
	dir := filepath.Dir(manifest)
	lim := &recordLimiter{r: src, max: 1 << 20}
	cr := csv.NewReader(lim)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, newProblem(ErrEmpty, "empty manifest")
	}
	if err != nil {
		return nil, csvProblem(err, "header")
	}
	col := map[string]int{"file": -1, "outlet": -1, "story": -1, "title": -1}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(trimBOM(h)))
		if j, ok := col[h]; ok && j < 0 {
			col[h] = i
		}
	}
	if col["file"] < 0 {
		return nil, newProblem(ErrNoColumn, "manifest has no \"file\" column; its header is: %s", strings.Join(header, ","))
	}
	get := func(rec []string, name string) string {
		if i := col[name]; i >= 0 && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var inputs []input
	for len(inputs) < maxManifestRows {
		lim.n = 0
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			r.fail(Failure{Source: manifest, Line: pe.StartLine, Err: csvProblem(err, "row")})
			continue
		}
		if err != nil {
			return inputs, newProblem(ErrMalformed, "manifest: %v", err)
		}
		line, _ := cr.FieldPos(0)
		name := get(rec, "file")
		if name == "" {
			if len(rec) > 1 || strings.TrimSpace(rec[0]) != "" {
				r.fail(Failure{Source: manifest, Line: line, Err: newProblem(ErrMalformed, "manifest row has no file name")})
			}
			continue
		}
		path := filepath.FromSlash(name)
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		inputs = append(inputs, input{
			path:   path,
			over:   meta{Title: get(rec, "title"), Outlet: get(rec, "outlet"), Story: get(rec, "story")},
			origin: &Failure{Source: manifest, Line: line},
		})
	}
	return inputs, nil
}

package ingest

import (
	"context"
	"io"
)

// readHTML reads an HTML page. Main-text extraction is not built yet, so
// HTML files are reported as unsupported rather than imported with their
// markup.
func (r *reader) readHTML(ctx context.Context, in input, source string, body io.Reader) error {
	r.failInput(in, newProblem(ErrUnsupported, "HTML import is not supported yet"))
	return nil
}

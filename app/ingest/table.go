package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// defaultColumns lists, per field, the column names (CSV) or keys (JSON
// Lines) tried in order when Options.Map does not name one. For text,
// content_original comes before content because data sets that have both
// (such as Article-Bias-Prediction) keep the real text in content_original
// and a tokenised copy in content.
var defaultColumns = map[string][]string{
	"title":     {"title", "headline"},
	"text":      {"text", "body", "content_original", "content", "full_text"},
	"outlet":    {"outlet", "source", "site", "publication", "publisher"},
	"url":       {"url", "link", "article_url"},
	"published": {"published", "date", "published_at", "pubdate", "publish_date", "publication_date"},
	"story":     {"story", "event", "story_id", "event_id"},
	"author":    {"author", "authors", "byline"},
}

// columnsFor returns the candidate column names for field: the mapped
// column alone when opts.Map names one, the defaults otherwise.
func (r *reader) columnsFor(field string) (names []string, mapped bool) {
	for k, v := range r.opts.Map {
		if strings.EqualFold(k, field) {
			return []string{strings.ToLower(strings.TrimSpace(v))}, true
		}
	}
	return defaultColumns[field], false
}

// noTextColumn describes a table without a text column.
func (r *reader) noTextColumn(have []string) error {
	names, mapped := r.columnsFor("text")
	if mapped {
		return newProblem(ErrNoTextColumn, "no text column %q (from the column map); the columns are: %s", names[0], strings.Join(have, ", "))
	}
	return newProblem(ErrNoTextColumn, "no text column (looked for %s); the columns are: %s; name it with --map text=COLUMN",
		strings.Join(names, ", "), strings.Join(have, ", "))
}

// row holds one table row's raw field values.
type row struct {
	title, text, outlet, url, published, story, author string
}

// tableArticle turns a row into an article, or reports why it cannot.
func (r *reader) tableArticle(ctx context.Context, in input, line int, format string, v row) error {
	if len(v.text) > r.opts.MaxArticleBytes {
		r.fail(Failure{Source: in.path, Line: line, Err: tooLarge(int64(len(v.text)), r.opts.MaxArticleBytes)})
		return nil
	}
	a := Article{
		Title:     cleanField(v.title),
		Outlet:    cleanField(v.outlet),
		Story:     cleanField(v.story),
		URL:       cleanField(v.url),
		Author:    cleanField(v.author),
		Published: parsePublished(v.published),
		Text:      Clean(v.text),
		Format:    format,
		Source:    in.path,
		Line:      line,
	}
	if a.Text == "" {
		r.fail(Failure{Source: in.path, Line: line, Err: newProblem(ErrEmpty, "empty text")})
		return nil
	}
	r.finish(&a, in.over, false)
	a.Hash = hashCleaned(a.Text) // the text is Clean's
	return r.emitArticle(ctx, a)
}

// recordLimiter fails a read when one CSV record has pulled more than max
// bytes, so a broken quote cannot make the reader hold a whole file.
type recordLimiter struct {
	r   io.Reader
	n   int
	max int
}

var errRecordTooLarge = errors.New("record too large")

func (l *recordLimiter) Read(p []byte) (int, error) {
	if l.n > l.max {
		return 0, errRecordTooLarge
	}
	n, err := l.r.Read(p)
	l.n += n
	return n, err
}

// maxRecord is the most one CSV record or JSON line may hold: twice the
// article limit (escapes and other columns take room) plus 1 MiB.
func (r *reader) maxRecord() int { return 2*r.opts.MaxArticleBytes + 1<<20 }

// readCSV reads a CSV (or, with tab set, TSV) file with a header row, one
// article per row.
func (r *reader) readCSV(ctx context.Context, in input, source string, body io.Reader, tab bool) error {
	lim := &recordLimiter{r: body, max: r.maxRecord()}
	cr := csv.NewReader(lim)
	if tab {
		cr.Comma = '\t'
	}
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			r.failInput(in, newProblem(ErrEmpty, "empty file"))
		} else {
			r.failInput(in, csvProblem(err, "header"))
		}
		return nil
	}
	if err := checkText([]byte(strings.Join(header, ","))); err != nil {
		r.failInput(in, within(err, "the header"))
		return nil
	}
	names := make([]string, len(header))
	index := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(trimBOM(h)))
		names[i] = h
		if _, dup := index[h]; !dup {
			index[h] = i
		}
	}
	cols := map[string]int{}
	for _, field := range Fields {
		cands, mapped := r.columnsFor(field)
		cols[field] = -1
		for _, c := range cands {
			if i, ok := index[c]; ok {
				cols[field] = i
				break
			}
		}
		if cols[field] >= 0 || !mapped {
			continue
		}
		if field == "text" {
			break
		}
		r.failInput(in, newProblem(ErrNoColumn, "no column %q (from --map %s=%s); the columns are: %s", cands[0], field, cands[0], strings.Join(names, ", ")))
		return nil
	}
	if cols["text"] < 0 {
		r.failInput(in, r.noTextColumn(names))
		return nil
	}
	get := func(rec []string, field string) string {
		if i := cols[field]; i >= 0 && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	lastLine := 1
	rows := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		lim.n = 0
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			if rows == 0 {
				r.failInput(in, newProblem(ErrEmpty, "no rows after the header"))
			}
			return nil
		}
		rows++
		if errors.Is(err, errRecordTooLarge) {
			r.fail(Failure{Source: source, Line: lastLine + 1, Err: newProblem(ErrTooLarge,
				"row is over %s, more than one article may hold (--max-article-size); rest of file skipped", megabytes(int64(lim.max)))})
			return nil
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			lastLine = pe.Line
			r.fail(Failure{Source: source, Line: pe.StartLine, Err: csvProblem(err, "row")})
			continue
		}
		if err != nil {
			r.fail(Failure{Source: source, Line: lastLine + 1, Err: err})
			return nil
		}
		line, _ := cr.FieldPos(0)
		lastLine, _ = cr.FieldPos(len(rec) - 1)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if err := checkText([]byte(get(rec, "text"))); err != nil {
			r.fail(Failure{Source: source, Line: line, Err: within(err, "the text field")})
			continue
		}
		v := row{
			title: get(rec, "title"), text: get(rec, "text"), outlet: get(rec, "outlet"), url: get(rec, "url"),
			published: get(rec, "published"), story: get(rec, "story"), author: get(rec, "author"),
		}
		if err := r.tableArticle(ctx, in, line, "csv", v); err != nil {
			return err
		}
	}
}

// csvProblem describes a CSV parse error without repeating its position,
// which the Failure already gives.
func csvProblem(err error, what string) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return newProblem(ErrMalformed, "malformed CSV %s: %v", what, pe.Err)
	}
	return newProblem(ErrMalformed, "malformed CSV %s: %v", what, err)
}

// errLineTooLong ends a file whose line is too long even to skip.
var errLineTooLong = errors.New("line too long")

// readLine reads one line (without its newline) of at most max bytes. A
// longer line is read to its end and discarded; size is its full length.
// A line over maxMeasure gives errLineTooLong.
func readLine(br *bufio.Reader, buf []byte, max int) (line []byte, size int, err error) {
	line = buf[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		size += len(chunk)
		if size > maxMeasure {
			return nil, size, errLineTooLong
		}
		if len(line)+len(chunk) <= max {
			line = append(line, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if size > max {
			line = line[:0]
		}
		line = bytes.TrimRight(line, "\r\n")
		if err == io.EOF && size > 0 {
			err = nil
		}
		return line, size, err
	}
}

// readJSONL reads a JSON Lines file: one JSON object per line, blank lines
// allowed.
func (r *reader) readJSONL(ctx context.Context, in input, source string, br *bufio.Reader) error {
	max := r.maxRecord()
	if head, _ := br.Peek(512); bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n\ufeff"), []byte("[")) {
		return r.readJSONArray(ctx, in, source, br)
	}
	var buf []byte
	lineNo := 0
	seenObject := false
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, size, err := readLine(br, buf, max)
		if err == io.EOF {
			if !seenObject {
				r.failInput(in, newProblem(ErrEmpty, "empty file"))
			}
			return nil
		}
		if errors.Is(err, errLineTooLong) {
			r.fail(Failure{Source: source, Line: lineNo + 1, Err: newProblem(ErrTooLarge,
				"line is more than %s, more than one article may hold (%s, --max-article-size); rest of file skipped", megabytes(maxMeasure), megabytes(int64(r.opts.MaxArticleBytes)))})
			return nil
		}
		if err != nil {
			r.fail(Failure{Source: source, Line: lineNo + 1, Err: err})
			return nil
		}
		buf = line[:0]
		lineNo++
		if size > max {
			r.fail(Failure{Source: source, Line: lineNo, Err: newProblem(ErrTooLarge,
				"line is %s, more than one article may hold (%s, --max-article-size)", megabytes(int64(size)), megabytes(int64(r.opts.MaxArticleBytes)))})
			continue
		}
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := checkText(line); err != nil {
			r.fail(Failure{Source: source, Line: lineNo, Err: within(err, "the line")})
			continue
		}
		obj, err := decodeObject(line, r.wanted())
		if err != nil {
			r.fail(Failure{Source: source, Line: lineNo, Err: err})
			continue
		}
		stop, err := r.jsonObject(ctx, in, lineNo, obj, &seenObject)
		if err != nil || stop {
			return err
		}
	}
}

// jsonObject turns one decoded JSON object into an article. A first object
// without a text field fails the whole file (stop is set); a later one
// fails its own line.
func (r *reader) jsonObject(ctx context.Context, in input, line int, obj map[string]any, seen *bool) (stop bool, err error) {
	textKeys, _ := r.columnsFor("text")
	if _, ok := lookup(obj, textKeys); !ok {
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if !*seen {
			r.failInput(in, r.noTextColumn(keys))
			return true, nil
		}
		r.fail(Failure{Source: in.path, Line: line, Err: newProblem(ErrNoTextColumn, "no text field; the keys are: %s", strings.Join(keys, ", "))})
		return false, nil
	}
	*seen = true
	return false, r.tableArticle(ctx, in, line, "jsonl", r.objectRow(obj))
}

// lineCounter counts the newlines read through it, and answers which line
// a byte offset is on while remembering only the newlines not yet passed.
type lineCounter struct {
	r       io.Reader
	read    int64   // bytes read so far
	pending []int64 // offsets of newlines at or after the last query
	line    int     // line of the last queried offset, from 1
}

func (l *lineCounter) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for i, c := range p[:n] {
		if c == '\n' {
			l.pending = append(l.pending, l.read+int64(i))
		}
	}
	l.read += int64(n)
	return n, err
}

// lineAt returns the line holding byte offset off; offsets must not
// decrease from one call to the next.
func (l *lineCounter) lineAt(off int64) int {
	i := 0
	for i < len(l.pending) && l.pending[i] < off {
		i++
	}
	l.line += i
	l.pending = l.pending[i:]
	return l.line + 1
}

// readJSONArray reads a .json file holding one array of objects, streaming
// element by element. Each article's line is where its object starts. A
// syntax error ends the file, since the rest of an array cannot be found
// reliably after one.
func (r *reader) readJSONArray(ctx context.Context, in input, source string, br *bufio.Reader) error {
	if head, _ := br.Peek(3); string(head) == "\ufeff" {
		br.Discard(3)
	}
	lc := &lineCounter{r: br}
	lim := &recordLimiter{r: lc, max: r.maxRecord()}
	dec := json.NewDecoder(lim)
	if _, err := dec.Token(); err != nil {
		r.failInput(in, newProblem(ErrMalformed, "malformed JSON: %v", err))
		return nil
	}
	seen := false
	for dec.More() {
		if err := ctx.Err(); err != nil {
			return err
		}
		lim.n = 0
		var raw json.RawMessage
		err := dec.Decode(&raw)
		end := dec.InputOffset()
		line := lc.lineAt(end) - bytes.Count(raw, []byte("\n"))
		if errors.Is(err, errRecordTooLarge) {
			r.fail(Failure{Source: source, Line: line, Err: newProblem(ErrTooLarge,
				"array element is over %s, more than one article may hold (--max-article-size); rest of file skipped", megabytes(int64(lim.max)))})
			return nil
		}
		if err != nil {
			// The error is at the first byte after the separator and white
			// space the decoder stopped before.
			rest, _ := io.ReadAll(io.LimitReader(dec.Buffered(), 4096))
			skip := len(rest) - len(bytes.TrimLeft(rest, " \t\r\n,"))
			line += bytes.Count(rest[:skip], []byte("\n"))
			r.fail(Failure{Source: source, Line: line, Err: newProblem(ErrMalformed, "malformed JSON: %v; rest of file skipped", err)})
			return nil
		}
		if err := checkText(raw); err != nil {
			r.fail(Failure{Source: source, Line: line, Err: within(err, "the array element")})
			continue
		}
		obj, err := decodeObject(raw, r.wanted())
		if err != nil {
			r.fail(Failure{Source: source, Line: line, Err: newProblem(ErrMalformed, "malformed JSON array element: %v", strings.TrimPrefix(err.Error(), "malformed JSON line: "))})
			continue
		}
		stop, err := r.jsonObject(ctx, in, line, obj, &seen)
		if err != nil || stop {
			return err
		}
	}
	if !seen {
		r.failInput(in, newProblem(ErrEmpty, "empty JSON array"))
	}
	return nil
}

// objectRow picks the fields of a row out of a JSON object.
func (r *reader) objectRow(obj map[string]any) row {
	var v row
	for _, f := range []struct {
		field string
		dst   *string
	}{{"title", &v.title}, {"text", &v.text}, {"outlet", &v.outlet}, {"url", &v.url}, {"published", &v.published}, {"story", &v.story}, {"author", &v.author}} {
		keys, _ := r.columnsFor(f.field)
		if val, ok := lookup(obj, keys); ok {
			*f.dst = coerce(val)
		}
	}
	return v
}

// wanted returns the keys whose values objectRow may read: every candidate
// column of every field.
func (r *reader) wanted() map[string]bool {
	if r.want == nil {
		r.want = map[string]bool{}
		for _, f := range Fields {
			names, _ := r.columnsFor(f)
			for _, n := range names {
				r.want[n] = true
			}
		}
	}
	return r.want
}

// decodeObject decodes one JSON object, with its keys lower-cased and its
// numbers kept as written. The values of keys not in want may be left nil
// (they are never read; the keys are all there).
func decodeObject(line []byte, want map[string]bool) (map[string]any, error) {
	if obj, ok := flatObject(line, want); ok {
		return obj, nil
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, newProblem(ErrMalformed, "malformed JSON line: %v", err)
	}
	if rest := bytes.TrimSpace(line[dec.InputOffset():]); len(rest) > 0 {
		return nil, newProblem(ErrMalformed, "malformed JSON line: unexpected %q after the object", firstRunes(string(rest), 20))
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, newProblem(ErrMalformed, "malformed JSON line: not an object")
	}
	lower := obj
	for k := range obj {
		if lk := strings.ToLower(strings.TrimSpace(k)); lk != k {
			lower = nil
			break
		}
	}
	if lower == nil {
		lower = make(map[string]any, len(obj))
		for k, val := range obj {
			lk := strings.ToLower(strings.TrimSpace(k))
			if _, dup := lower[lk]; !dup || k == lk {
				lower[lk] = val
			}
		}
	}
	return lower, nil
}

// flatObject decodes the usual JSON Lines row in one pass: a single object
// of valid UTF-8 whose values are strings, numbers, true, false or null. It
// gives exactly what encoding/json gives (the general path of decodeObject)
// for such a row, decoding only the strings of keys in want; for anything
// else (a nested array or object, a \u escape of a surrogate, two keys
// folding to one name, any syntax error) ok is false and the general path
// decodes the row or reports what is wrong with it.
func flatObject(line []byte, want map[string]bool) (obj map[string]any, ok bool) {
	if !utf8.Valid(line) {
		return nil, false
	}
	i := skipJSONSpace(line, 0)
	if i == len(line) || line[i] != '{' {
		return nil, false
	}
	obj = make(map[string]any, 16)
	var rawKeys map[string]string // lower-cased key -> key as written, when they differ
	i = skipJSONSpace(line, i+1)
	if i < len(line) && line[i] == '}' {
		i++
	} else {
		for {
			if i == len(line) || line[i] != '"' {
				return nil, false
			}
			key, next, ok := jsonString(line, i, true)
			if !ok {
				return nil, false
			}
			i = skipJSONSpace(line, next)
			if i == len(line) || line[i] != ':' {
				return nil, false
			}
			i = skipJSONSpace(line, i+1)
			if i == len(line) {
				return nil, false
			}
			lk := key
			if !isLowerKey(key) {
				lk = strings.ToLower(strings.TrimSpace(key))
			}
			var val any
			switch c := line[i]; {
			case c == '"':
				var s string
				s, i, ok = jsonString(line, i, want[lk])
				if want[lk] {
					val = s
				}
			case c == '-' || '0' <= c && c <= '9':
				var end int
				if end, ok = jsonNumber(line, i); ok {
					val, i = json.Number(line[i:end]), end
				}
			case c == 't':
				val, ok = true, bytes.HasPrefix(line[i:], []byte("true"))
				i += 4
			case c == 'f':
				val, ok = false, bytes.HasPrefix(line[i:], []byte("false"))
				i += 5
			case c == 'n':
				val, ok = nil, bytes.HasPrefix(line[i:], []byte("null"))
				i += 4
			default:
				ok = false
			}
			if !ok {
				return nil, false
			}
			// Keys written differently that fold to one name: the general
			// path decides which value is kept.
			if _, seen := obj[lk]; seen {
				if prev, folded := rawKeys[lk]; folded && prev != key || !folded && lk != key {
					return nil, false
				}
			}
			if lk != key {
				if rawKeys == nil {
					rawKeys = map[string]string{}
				}
				rawKeys[lk] = key
			}
			obj[lk] = val // a repeated key keeps its last value, as encoding/json does
			i = skipJSONSpace(line, i)
			if i < len(line) && line[i] == ',' {
				i = skipJSONSpace(line, i+1)
				continue
			}
			if i < len(line) && line[i] == '}' {
				i++
				break
			}
			return nil, false
		}
	}
	if len(bytes.TrimSpace(line[i:])) > 0 {
		return nil, false
	}
	return obj, true
}

// isLowerKey reports whether key has no upper-case ASCII letter, no byte
// outside ASCII and no space around it: strings.ToLower(strings.TrimSpace)
// would leave it as it is.
func isLowerKey(key string) bool {
	for i := 0; i < len(key); i++ {
		if c := key[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return false
		}
	}
	return key == "" || asciiSpace[key[0]] == 0 && asciiSpace[key[len(key)-1]] == 0
}

func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// jsonString reads the JSON string starting at b[i] (a quote): its value
// (when decode is set) and the index after its closing quote. ok is false
// for a string encoding/json would reject and for a \u escape of a
// surrogate (left to the general path).
func jsonString(b []byte, i int, decode bool) (s string, next int, ok bool) {
	j := plainRun(b, i+1)
	if j == len(b) || b[j] < 0x20 {
		return "", 0, false
	}
	if b[j] == '"' {
		if decode {
			s = string(b[i+1 : j])
		}
		return s, j + 1, true
	}
	var out []byte
	if decode {
		out = make([]byte, 0, j-i+256)
		out = append(out, b[i+1:j]...)
	}
	for j < len(b) {
		switch c := b[j]; {
		case c == '"':
			if decode {
				s = string(out)
			}
			return s, j + 1, true
		case c < 0x20:
			return "", 0, false
		case c != '\\':
			k := plainRun(b, j)
			if decode {
				out = append(out, b[j:k]...)
			}
			j = k
			continue
		}
		if j+1 == len(b) {
			return "", 0, false
		}
		var r rune
		switch e := b[j+1]; e {
		case '"', '\\', '/':
			r = rune(e)
		case 'b':
			r = '\b'
		case 'f':
			r = '\f'
		case 'n':
			r = '\n'
		case 'r':
			r = '\r'
		case 't':
			r = '\t'
		case 'u':
			if j+6 > len(b) {
				return "", 0, false
			}
			u, err := strconv.ParseUint(string(b[j+2:j+6]), 16, 16)
			if err != nil || utf16.IsSurrogate(rune(u)) {
				return "", 0, false
			}
			if decode {
				out = utf8.AppendRune(out, rune(u))
			}
			j += 6
			continue
		default:
			return "", 0, false
		}
		if decode {
			out = append(out, byte(r))
		}
		j += 2
	}
	return "", 0, false
}

// plainRun returns the end of the run of string bytes from b[j] that need
// no decoding: up to a quote, a backslash or a control byte.
func plainRun(b []byte, j int) int {
	for j < len(b) && b[j] != '"' && b[j] != '\\' && b[j] >= 0x20 {
		j++
	}
	return j
}

// jsonNumber returns the end of the JSON number starting at b[i], and
// whether it is one: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func jsonNumber(b []byte, i int) (end int, ok bool) {
	digits := func(i int) int {
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
		return i
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		i = digits(i)
	default:
		return 0, false
	}
	if i < len(b) && b[i] == '.' {
		j := digits(i + 1)
		if j == i+1 {
			return 0, false
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return 0, false
		}
		i = j
	}
	return i, true
}

// firstRunes returns at most n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// lookup returns the value of the first of keys present in obj.
func lookup(obj map[string]any, keys []string) (any, bool) {
	for _, k := range keys {
		if v, ok := obj[k]; ok {
			return v, true
		}
	}
	return nil, false
}

// coerce turns any JSON value into the string a field holds: strings as
// they are, numbers as written, true/false, null as "", arrays as their
// items joined with ", ", and objects by their "name" (as authors often
// are) or else their compact JSON.
func coerce(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		return strconv.FormatBool(v)
	case []any:
		parts := make([]string, 0, len(v))
		for _, it := range v {
			if s := strings.TrimSpace(coerce(it)); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		if name, ok := v["name"]; ok {
			return coerce(name)
		}
		b, err := json.Marshal(v)
		if err != nil {
			return ""
		}
		return string(b)
	}
	return fmt.Sprint(v)
}

package app

import (
	"encoding/csv"
	"fmt"
	"html/template"
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/charts"
)

// Page is what every page template gets: the layout's needs (title,
// navigation, blind mode, demo banner) and the page's tables and charts.
type Page struct {
	Title   string
	Section string // the navigation entry to mark as current
	Blind   bool
	// Path and Query are the current address, for the blind toggle and the
	// CSV links, which keep every other parameter.
	Path  string
	Query url.Values
	// DemoBatches are the import batches holding the demo corpus, shown in
	// a banner with how to remove them.
	DemoBatches []int64
	Tables      []Table
	Charts      []charts.Chart
	// Wide pages (the story comparison) use the whole screen width.
	Wide bool
}

// Link returns path (which may carry its own query) with blind=1 added
// when the page is in blind mode, so blind mode survives navigation.
func (p Page) Link(path string) string {
	if !p.Blind {
		return path
	}
	frag := ""
	if i := strings.IndexByte(path, '#'); i >= 0 {
		path, frag = path[:i], path[i:]
	}
	if strings.Contains(path, "?") {
		return path + "&blind=1" + frag
	}
	return path + "?blind=1" + frag
}

// Self returns the current address with key set to value ("" deletes it).
func (p Page) Self(key, value string) string {
	q := url.Values{}
	for k, vs := range p.Query {
		q[k] = append([]string(nil), vs...)
	}
	if value == "" {
		q.Del(key)
	} else {
		q.Set(key, value)
	}
	if len(q) == 0 {
		return p.Path
	}
	return p.Path + "?" + q.Encode()
}

// BlindToggle is the address of this page with blind mode switched.
func (p Page) BlindToggle() string {
	if p.Blind {
		return p.Self("blind", "")
	}
	return p.Self("blind", "1")
}

// CSV is the address of table id's CSV export.
func (p Page) CSV(id string) string { return p.Self("csv", id) }

// Chart returns the chart with id, for templates that place charts one by one.
func (p Page) Chart(id string) *charts.Chart {
	for i := range p.Charts {
		if p.Charts[i].ID == id {
			return &p.Charts[i]
		}
	}
	return nil
}

// Table is a table shown on a page and exportable as CSV.
type Table struct {
	ID      string
	Caption string
	Note    string
	Columns []Column
	Rows    [][]Cell
}

// Column is a table column; numeric columns are right-aligned.
type Column struct {
	Name string
	Num  bool
}

// Cell is one table cell: text, an optional link and class, and a title
// shown on hover. CSV exports use Text only.
type Cell struct {
	Text  string
	URL   string
	Class string
	Title string
}

// basePage fills the parts of Page every handler needs.
func (s *server) basePage(c *fiber.Ctx, title string) Page {
	q, _ := url.ParseQuery(string(c.Request().URI().QueryString()))
	q.Del("csv")
	p := Page{Title: title, Blind: isBlind(c), Path: c.Path(), Query: q}
	if ids, err := s.db.DemoBatches(c.UserContext()); err == nil {
		p.DemoBatches = ids
	}
	s.warmOnce(c.UserContext())
	return p
}

// isBlind reports whether the request asks for blind mode.
func isBlind(c *fiber.Ctx) bool {
	v := c.Query("blind")
	return v == "1" || v == "true" || v == "on"
}

// view returns how this request shows outlet names.
func (s *server) view(c *fiber.Ctx) (*view, error) {
	v := &view{blind: isBlind(c)}
	if !v.blind {
		return v, nil
	}
	names, err := s.blindNames(c.UserContext())
	if err != nil {
		return nil, err
	}
	v.names = names
	return v, nil
}

// sendCSV answers a ?csv=ID request with that table of the page, or
// reports false when the request is not a CSV export.
func sendCSV(c *fiber.Ctx, p *Page) (bool, error) {
	id := c.Query("csv")
	if id == "" {
		return false, nil
	}
	for _, t := range p.Tables {
		if t.ID != id {
			continue
		}
		c.Set(fiber.HeaderContentType, "text/csv; charset=utf-8")
		c.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="framelens-%s.csv"`, t.ID))
		w := csv.NewWriter(c.Response().BodyWriter())
		head := make([]string, len(t.Columns))
		for i, col := range t.Columns {
			head[i] = col.Name
		}
		if err := w.Write(head); err != nil {
			return true, err
		}
		for _, row := range t.Rows {
			rec := make([]string, len(row))
			for i, cell := range row {
				rec[i] = csvSafe(cell.Text)
			}
			if err := w.Write(rec); err != nil {
				return true, err
			}
		}
		w.Flush()
		return true, w.Error()
	}
	return true, errBadRequest("this page has no table %q to export", id)
}

// csvSafe keeps a spreadsheet from reading a cell as a formula: text that
// starts with = + - @ gets a leading apostrophe (numbers are left alone).
func csvSafe(s string) string {
	if s == "" {
		return s
	}
	if _, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64); err == nil {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// idParam parses a positive integer route parameter.
func idParam(c *fiber.Ctx, name string) (int64, error) {
	id, err := strconv.ParseInt(c.Params(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, errBadRequest("%q is not a valid %s", c.Params(name), name)
	}
	return id, nil
}

// templateFuncs are the helpers templates may call.
var templateFuncs = template.FuncMap{
	"num":     formatInt,
	"rate":    formatRate,
	"pct":     formatPct,
	"signame": signalName,
	"add":     func(a, b int) int { return a + b },
	"lower":   strings.ToLower,
	"join":    strings.Join,
	"tbl":     func(p Page, t Table) tableArgs { return tableArgs{P: p, T: t} },
}

// tableArgs is what the "table" template gets: the page (for links) and
// the table.
type tableArgs struct {
	P Page
	T Table
}

// formatInt writes n with thousands separators.
func formatInt(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + formatInt(-n)
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// formatRate writes a rate with two decimals, or a dash for NaN.
func formatRate(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

// formatPct writes a share in [0,1] as a whole percentage.
func formatPct(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	return strconv.FormatFloat(v*100, 'f', 0, 64) + "%"
}

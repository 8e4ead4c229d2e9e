package app

import (
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/charts"
	"github.com/framelens/framelens/store"
)

// termsPage searches a word or phrase across the corpus: which outlets use
// it, when, and in which words (keyword in context).
type termsPage struct {
	Page  `json:"-"`
	Q     string `json:"q"`
	Story string `json:"story,omitempty"`
	From  string `json:"from,omitempty"`
	To    string `json:"to,omitempty"`
	Total int    `json:"articles"`
	// Counted is how many matching articles the counts cover: all of
	// them, or the newest termCountLimit when Capped.
	Counted  int          `json:"counted"`
	Capped   bool         `json:"capped"`
	ByOutlet []termOutlet `json:"by_outlet"`
	ByMonth  []termMonth  `json:"by_month"`
	Lines    []kwicLine   `json:"lines"`
	// perMonth counts matching articles per outlet and month, for the
	// chart of use over time.
	perMonth map[int64]map[string]int
}

// termOutletLines is how many outlets get their own line over time.
const termOutletLines = 5

// termOutlet is how many of an outlet's articles contain the term.
type termOutlet struct {
	OutletID int64   `json:"outlet_id"`
	Outlet   string  `json:"outlet"`
	Articles int     `json:"articles"`
	Of       int     `json:"of"`
	Share    float64 `json:"share"`
}

// termMonth is the number of matching articles in a month.
type termMonth struct {
	Month    string `json:"month"`
	Articles int    `json:"articles"`
}

// kwicLine is one occurrence of the term with its context.
type kwicLine struct {
	ArticleID int64  `json:"article_id"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Before    string `json:"before"`
	Match     string `json:"match"`
	After     string `json:"after"`
	URL       string `json:"-"`
}

// The page reads a bounded number of rows whatever the corpus size: the
// termArticleLimit best-ranked articles for keyword in context (ranked in
// the full-text index, among the newest termCountLimit matches), and counts
// over the newest termCountLimit matching articles (the page says so when
// there are more).
const (
	termArticleLimit = 60
	termLineLimit    = 200
	termCountLimit   = 20000
)

func (s *server) terms(c *fiber.Ctx) (*termsPage, error) {
	ctx := c.UserContext()
	p := &termsPage{Page: s.basePage(c, "Terms"), Q: strings.TrimSpace(c.Query("q")), Story: strings.TrimSpace(c.Query("story"))}
	p.Section = "terms"
	if len(p.Q) > 200 {
		return nil, errBadRequest("the search is too long (200 characters at most)")
	}
	if p.Q == "" {
		return p, nil
	}
	p.Title = "Terms: " + p.Q
	v, err := s.view(c)
	if err != nil {
		return nil, err
	}
	f := store.Filter{Story: p.Story}
	for _, d := range []struct {
		name string
		dst  *string
	}{{"from", &f.From}, {"to", &f.To}} {
		if val := strings.TrimSpace(c.Query(d.name)); val != "" {
			if !dateRE.MatchString(val) {
				return nil, errBadRequest("%s must be a date like 2024-05-01, not %q", d.name, val)
			}
			*d.dst = val
		}
	}
	p.From, p.To = f.From, f.To
	counts, total, capped, err := s.db.SearchCountsNewest(ctx, p.Q, f, termCountLimit)
	if err != nil {
		return nil, err
	}
	figs, err := s.outletFigures(ctx, f)
	if err != nil {
		return nil, err
	}
	of := map[int64]int{}
	for _, o := range figs {
		of[o.ID] = o.Articles
	}
	byOutlet := map[int64]*termOutlet{}
	byMonth := map[string]int{}
	p.perMonth = map[int64]map[string]int{}
	for _, c := range counts {
		if p.perMonth[c.OutletID] == nil {
			p.perMonth[c.OutletID] = map[string]int{}
		}
		p.perMonth[c.OutletID][c.Month] += c.Articles
		t, ok := byOutlet[c.OutletID]
		if !ok {
			t = &termOutlet{OutletID: c.OutletID, Outlet: v.outlet(c.OutletID, c.Outlet), Of: of[c.OutletID]}
			byOutlet[c.OutletID] = t
		}
		t.Articles += c.Articles
		p.Counted += c.Articles
		if c.Month != "" {
			byMonth[c.Month] += c.Articles
		}
	}
	p.Total, p.Capped = max(total, p.Counted), capped
	for _, t := range byOutlet {
		if t.Of > 0 {
			t.Share = float64(t.Articles) / float64(t.Of)
		}
		p.ByOutlet = append(p.ByOutlet, *t)
	}
	sort.Slice(p.ByOutlet, func(i, j int) bool {
		if p.ByOutlet[i].Articles != p.ByOutlet[j].Articles {
			return p.ByOutlet[i].Articles > p.ByOutlet[j].Articles
		}
		return p.ByOutlet[i].Outlet < p.ByOutlet[j].Outlet
	})
	for _, m := range sortedKeys(byMonth) {
		p.ByMonth = append(p.ByMonth, termMonth{Month: m, Articles: byMonth[m]})
	}
	rows, err := s.db.SearchTop(ctx, p.Q, f, termArticleLimit, termCountLimit)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		for _, span := range findAll(r.Text, p.Q, 5) {
			before := store.TrimStart(r.Text[max(0, span[0]-90):span[0]])
			after := store.TrimEnd(r.Text[span[1]:min(len(r.Text), span[1]+90)])
			p.Lines = append(p.Lines, kwicLine{ArticleID: r.ID, Outlet: v.outlet(r.OutletID, r.Outlet), Title: v.text(r.Title),
				Published: r.Published, Start: span[0], End: span[1], Before: v.text(before), Match: r.Text[span[0]:span[1]],
				After: v.text(after), URL: p.Link(fmt.Sprintf("/article/%d", r.ID))})
			if len(p.Lines) >= termLineLimit {
				break
			}
		}
		if len(p.Lines) >= termLineLimit {
			break
		}
	}
	s.termsCharts(p)
	s.termsTables(p)
	return p, nil
}

// findAll returns the byte spans of up to limit case-insensitive, whole-word
// occurrences of q in text. Case folding is ASCII-and-Unicode simple
// (strings.EqualFold per candidate), which keeps offsets in the original text.
func findAll(text, q string, limit int) [][2]int {
	var out [][2]int
	lower := strings.ToLower(text)
	lq := strings.ToLower(q)
	if len(lower) != len(text) || lq == "" {
		// Lower-casing changed byte lengths (rare scripts): fall back to
		// exact matches so offsets stay right.
		lower, lq = text, q
	}
	for from := 0; from < len(lower) && len(out) < limit; {
		i := strings.Index(lower[from:], lq)
		if i < 0 {
			break
		}
		start, end := from+i, from+i+len(lq)
		if wordEdge(text, start, true) && wordEdge(text, end, false) {
			out = append(out, [2]int{start, end})
		}
		from = end
	}
	return out
}

// wordEdge reports whether offset i in text is a word boundary.
func wordEdge(text string, i int, start bool) bool {
	isWord := func(b byte) bool {
		return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
	}
	if start {
		return i == 0 || !isWord(text[i-1])
	}
	return i >= len(text) || !isWord(text[i])
}

func (s *server) termsCharts(p *termsPage) {
	top := p.ByOutlet
	if len(top) > chartLimit {
		top = top[:chartLimit]
	}
	var cats []string
	ser := charts.Series{Name: "articles containing the term"}
	for _, t := range top {
		cats = append(cats, t.Outlet)
		ser.Values = append(ser.Values, float64(t.Articles))
		ser.URLs = append(ser.URLs, p.Link(fmt.Sprintf("/outlet/%d", t.OutletID)))
	}
	if len(cats) > 0 {
		p.Charts = append(p.Charts, charts.StackedBars("chart-term-outlets", "Articles containing “"+p.Q+"” per outlet", "articles", false, cats, []charts.Series{ser}))
	}
	if len(p.ByMonth) > 1 {
		var months []string
		monthURL := func(m string) string {
			q := url.Values{"q": {p.Q}, "from": {m + "-01"}, "to": {m + "-31"}}
			if p.Story != "" {
				q.Set("story", p.Story)
			}
			return p.Link("/terms?" + q.Encode())
		}
		all := charts.Series{Name: "all outlets"}
		for _, m := range p.ByMonth {
			months = append(months, m.Month)
			all.Values = append(all.Values, float64(m.Articles))
			all.URLs = append(all.URLs, monthURL(m.Month))
		}
		series := []charts.Series{all}
		// The outlets that use the term most, each over time.
		for i, o := range p.ByOutlet {
			if i == termOutletLines {
				break
			}
			ser := charts.Series{Name: o.Outlet}
			for _, m := range p.ByMonth {
				ser.Values = append(ser.Values, float64(p.perMonth[o.OutletID][m.Month]))
				ser.URLs = append(ser.URLs, monthURL(m.Month))
			}
			series = append(series, ser)
		}
		p.Charts = append(p.Charts, charts.Lines("chart-term-months", "Articles containing “"+p.Q+"” per month", "articles", months, series))
	}
}

func (s *server) termsTables(p *termsPage) {
	t := Table{ID: "outlets", Caption: "Use per outlet", Columns: []Column{{Name: "Outlet"}, {Name: "Articles with the term", Num: true},
		{Name: "Of", Num: true}, {Name: "Share", Num: true}}}
	for _, o := range p.ByOutlet {
		t.Rows = append(t.Rows, []Cell{{Text: o.Outlet, URL: p.Link(fmt.Sprintf("/outlet/%d", o.OutletID))}, {Text: formatInt(o.Articles)},
			{Text: formatInt(o.Of)}, {Text: formatPct(o.Share)}})
	}
	k := Table{ID: "kwic", Caption: "Keyword in context", Columns: []Column{{Name: "Outlet"}, {Name: "Before", Num: true}, {Name: "Term"},
		{Name: "After"}, {Name: "Article"}, {Name: "Start", Num: true}, {Name: "End", Num: true}}}
	for _, l := range p.Lines {
		k.Rows = append(k.Rows, []Cell{{Text: l.Outlet}, {Text: l.Before}, {Text: l.Match, URL: l.URL}, {Text: l.After},
			{Text: orDash(l.Title), URL: l.URL}, {Text: fmt.Sprint(l.Start)}, {Text: fmt.Sprint(l.End)}})
	}
	p.Tables = append(p.Tables, t, k)
}

func (s *server) handleTerms(c *fiber.Ctx) error {
	p, err := s.terms(c)
	if err != nil {
		return err
	}
	if ok, err := sendCSV(c, &p.Page); ok {
		return err
	}
	return s.render(c, "terms", p)
}

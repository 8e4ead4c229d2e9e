package app

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/charts"
	"github.com/framelens/framelens/store"
)

// outletPage is one outlet's profile.
type outletPage struct {
	Page      `json:"-"`
	ID        int64            `json:"id"`
	Name      string           `json:"outlet"`
	Figures   outletFigures    `json:"figures"`
	TopTerms  []topTerm        `json:"top_terms"`
	Naming    []outletNaming   `json:"naming"`
	Tone      []topTerm        `json:"tone"`
	Sourcing  []sourcingFigure `json:"sourcing"`
	Group     string           `json:"group,omitempty"`
	QuoteList []quoteLine      `json:"quotes"`
	Articles  []articleLine    `json:"articles"`
	More      int              `json:"more_articles"`
}

// topTerm is a matched term and how often the outlet uses it.
type topTerm struct {
	Signal   string `json:"signal"`
	Category string `json:"category,omitempty"`
	Entry    string `json:"entry"`
	Term     string `json:"term"`
	Count    int    `json:"count"`
	URL      string `json:"-"`
}

// outletNaming is a name the outlet uses for an actor.
type outletNaming struct {
	Actor string `json:"actor"`
	Label string `json:"label"`
	Term  string `json:"term"`
	Count int    `json:"count"`
	URL   string `json:"-"`
}

// quoteLine is one quote in a list across articles.
type quoteLine struct {
	ArticleID int64  `json:"article_id"`
	Title     string `json:"title"`
	Speaker   string `json:"speaker"`
	Group     string `json:"speaker_group"`
	Verb      string `json:"verb"`
	VerbClass string `json:"verb_class"`
	Kind      string `json:"kind"`
	Words     int    `json:"words"`
	URL       string `json:"-"`
}

// articleLine is one article in a list.
type articleLine struct {
	ID        int64          `json:"id"`
	Title     string         `json:"title"`
	Story     string         `json:"story"`
	Published string         `json:"published"`
	Analysed  bool           `json:"analysed"`
	Words     int            `json:"narrator_words"`
	Counts    map[string]int `json:"counts"`
	URL       string         `json:"-"`
}

const outletArticleLimit = 300

func (s *server) outlet(c *fiber.Ctx) (*outletPage, error) {
	ctx := c.UserContext()
	id, err := idParam(c, "id")
	if err != nil {
		return nil, err
	}
	o, err := s.db.Outlet(ctx, id)
	if err != nil {
		return nil, err
	}
	v, err := s.view(c)
	if err != nil {
		return nil, err
	}
	name := v.outlet(o.ID, o.Name)
	p := &outletPage{Page: s.basePage(c, "Outlet: "+name), ID: o.ID, Name: name, Group: c.Query("group")}
	data, err := s.outletData(ctx, id)
	if err != nil {
		return nil, err
	}
	if len(data.figures) > 0 {
		p.Figures = data.figures[0]
		p.Figures.Name = name
	}
	terms := data.terms
	type nk struct{ actor, label, term string }
	naming := map[nk]*outletNaming{}
	for _, t := range terms {
		tt := topTerm{Signal: t.Signal, Entry: t.Entry, Term: v.text(t.Term), Count: t.Count,
			URL: p.Link(fmt.Sprintf("/evidence?outlet=%d&signal=%s&term=%s&voice=own", id, t.Signal, url.QueryEscape(t.Term)))}
		switch t.Signal {
		case "N1":
			actor, label := s.actorLabel(t.Entry, "")
			k := nk{actor, label, tt.Term}
			if n, ok := naming[k]; ok {
				n.Count += t.Count
			} else {
				naming[k] = &outletNaming{Actor: actor, Label: label, Term: tt.Term, Count: t.Count, URL: tt.URL}
			}
		case "T1":
			p.Tone = append(p.Tone, tt)
		case "S1", "F1", "F2", "F4", "E5":
			// Quotes, frame cues and whole sentences are not "terms".
		default:
			if len(p.TopTerms) < 30 {
				p.TopTerms = append(p.TopTerms, tt)
			}
		}
	}
	for _, n := range naming {
		p.Naming = append(p.Naming, *n)
	}
	sort.Slice(p.Naming, func(i, j int) bool {
		if p.Naming[i].Actor != p.Naming[j].Actor {
			return p.Naming[i].Actor < p.Naming[j].Actor
		}
		return p.Naming[i].Count > p.Naming[j].Count
	})
	groups := map[string]*sourcingFigure{}
	for _, q := range data.sourcing {
		g := q.Group
		if g == "" {
			g = "unknown"
		}
		if groups[g] == nil {
			groups[g] = &sourcingFigure{OutletID: id, Outlet: name, Group: g}
		}
		groups[g].Quotes += q.Quotes
		groups[g].Words += q.Words
	}
	for _, g := range sortedKeys(groups) {
		p.Sourcing = append(p.Sourcing, *groups[g])
	}
	// Quotes of the outlet's newest articles only: the list is bounded
	// whatever the outlet's size (its sourcing counts above are totals).
	qs, err := s.db.RecentQuotes(ctx, id, p.Group, outletArticleLimit, 200)
	if err != nil {
		return nil, err
	}
	for _, q := range qs {
		p.QuoteList = append(p.QuoteList, quoteLine{ArticleID: q.ArticleID, Title: v.text(q.Title), Speaker: v.text(q.Speaker),
			Group: q.SpeakerGroup, Verb: q.Verb, VerbClass: q.VerbClass, Kind: q.Kind, Words: q.Words,
			URL: p.Link(fmt.Sprintf("/article/%d#q%d", q.ArticleID, q.ID))})
	}
	stats := append([]store.ArticleStat(nil), data.stats...)
	sort.SliceStable(stats, func(i, j int) bool { return stats[i].Published > stats[j].Published })
	if data.total > len(stats) {
		p.More = data.total - len(stats)
	}
	for i, a := range stats {
		if i >= outletArticleLimit {
			break
		}
		p.Articles = append(p.Articles, articleLine{ID: a.ID, Title: v.text(a.Title), Story: a.Story, Published: a.Published,
			Analysed: a.Analysed, Words: a.NarratorWords, Counts: a.Counts, URL: p.Link(fmt.Sprintf("/article/%d", a.ID))})
	}
	s.outletCharts(p, data.frames)
	s.outletTables(p)
	return p, nil
}

// outletStats are the parts of an outlet profile read from the aggregates
// (and its recent articles), cached per outlet and data version.
type outletStats struct {
	stats    []store.ArticleStat // the outletArticleLimit most recent
	total    int                 // the outlet's articles
	figures  []outletFigures
	terms    []store.TermStat
	sourcing []store.SourcingStat
	frames   []store.FrameStat
}

func (s *server) outletData(ctx context.Context, id int64) (*outletStats, error) {
	v, err := s.cachedValue(ctx, fmt.Sprintf("outlet|%d", id), func(ctx context.Context) (any, error) {
		// Everything from the aggregates but the list of recent articles,
		// so the profile's cost does not grow with the outlet's articles.
		f := store.Filter{Outlet: id}
		units, err := s.db.OutletUnits(ctx, f, signalIDs)
		if err != nil {
			return nil, err
		}
		stats, total, err := s.db.RecentArticleStats(ctx, id, signalIDs, outletArticleLimit)
		if err != nil {
			return nil, err
		}
		terms, err := s.db.TermTotals(ctx, id, 60)
		if err != nil {
			return nil, err
		}
		src, err := s.db.SourcingTotals(ctx, f)
		if err != nil {
			return nil, err
		}
		frames, err := s.db.FrameTotals(ctx, f)
		if err != nil {
			return nil, err
		}
		return &outletStats{stats: stats, total: total, figures: poolUnits(units), terms: terms, sourcing: src, frames: frames}, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*outletStats), nil
}

func (s *server) outletCharts(p *outletPage, frames []store.FrameStat) {
	var rows []charts.Interval
	for _, sig := range rateSignals {
		r := p.Figures.Rates[sig]
		rows = append(rows, charts.Interval{Label: sig + " " + signalName(sig), Rate: r.Rate, Lo: r.Lo, Hi: r.Hi, N: r.N,
			Insufficient: r.Insufficient, URL: p.Link(fmt.Sprintf("/evidence?outlet=%d&signal=%s&voice=own", p.ID, sig))})
	}
	p.Charts = append(p.Charts, charts.RateBars("chart-outlet-rates", "Rates per 1,000 narrator words, with 95% intervals",
		"per 1,000 narrator words", rows))
	present := map[string]int{}
	for _, fr := range frames {
		present[fr.Frame] = fr.Present
	}
	var labels []string
	ser := charts.Series{Name: "% of articles"}
	for _, fr := range append(append([]string{}, policyFrames...), conflictFrames...) {
		share := 0.0
		if p.Figures.Analysed > 0 {
			share = float64(present[fr]) / float64(p.Figures.Analysed) * 100
		}
		labels = append(labels, frameName(fr))
		ser.Values = append(ser.Values, share)
		ser.URLs = append(ser.URLs, p.Link(fmt.Sprintf("/evidence?outlet=%d&category=%s", p.ID, url.QueryEscape(fr))))
	}
	p.Charts = append(p.Charts, charts.StackedBars("chart-outlet-frames", "Frames: % of the outlet's articles where each is present",
		"% of articles", true, labels, []charts.Series{ser}))
}

func (s *server) outletTables(p *outletPage) {
	tt := Table{ID: "terms", Caption: "Top highlighted terms", Note: "The outlet's own wording (quotes left out).",
		Columns: []Column{{Name: "Term"}, {Name: "Signal"}, {Name: "Entry"}, {Name: "Hits", Num: true}}}
	for _, t := range p.TopTerms {
		tt.Rows = append(tt.Rows, []Cell{{Text: t.Term, URL: t.URL}, {Text: t.Signal, Title: signalName(t.Signal)},
			{Text: t.Entry, URL: entryLink(p.Page, t.Entry)}, {Text: fmt.Sprint(t.Count)}})
	}
	nt := Table{ID: "naming", Caption: "Naming choices", Note: "Which names the outlet uses for each actor, with the label class.",
		Columns: []Column{{Name: "Actor"}, {Name: "Name used"}, {Name: "Label class"}, {Name: "Times", Num: true}}}
	for _, n := range p.Naming {
		nt.Rows = append(nt.Rows, []Cell{{Text: n.Actor}, {Text: n.Term, URL: n.URL}, {Text: n.Label}, {Text: fmt.Sprint(n.Count)}})
	}
	tn := Table{ID: "tone", Caption: "Tone toward actors (T1)", Columns: []Column{{Name: "Words"}, {Name: "Entry"}, {Name: "Hits", Num: true}}}
	for _, t := range p.Tone {
		tn.Rows = append(tn.Rows, []Cell{{Text: t.Term, URL: t.URL}, {Text: t.Entry}, {Text: fmt.Sprint(t.Count)}})
	}
	st := Table{ID: "sourcing", Caption: "Sourcing", Columns: []Column{{Name: "Speaker group"}, {Name: "Quotes", Num: true}, {Name: "Quoted words", Num: true}}}
	for _, g := range p.Sourcing {
		st.Rows = append(st.Rows, []Cell{{Text: g.Group, URL: p.Link(fmt.Sprintf("/outlet/%d?group=%s#table-quotes", p.ID, url.QueryEscape(g.Group)))},
			{Text: fmt.Sprint(g.Quotes)}, {Text: fmt.Sprint(g.Words)}})
	}
	caption := "Quotes"
	if p.Group != "" {
		caption = "Quotes from speaker group “" + p.Group + "”"
	}
	qt := Table{ID: "quotes", Caption: caption,
		Note: fmt.Sprintf("Up to 200 quotes from the outlet's %d most recently published articles, newest first.", outletArticleLimit),
		Columns: []Column{{Name: "Speaker"}, {Name: "Group"}, {Name: "Verb"},
			{Name: "Kind"}, {Name: "Words", Num: true}, {Name: "Article"}}}
	for _, q := range p.QuoteList {
		verb := q.Verb
		if q.VerbClass != "" {
			verb += " (" + q.VerbClass + ")"
		}
		qt.Rows = append(qt.Rows, []Cell{{Text: orDash(q.Speaker), URL: q.URL}, {Text: q.Group}, {Text: verb}, {Text: q.Kind},
			{Text: fmt.Sprint(q.Words)}, {Text: orDash(q.Title)}})
	}
	at := Table{ID: "articles", Caption: "Articles", Columns: []Column{{Name: "Title"}, {Name: "Story"}, {Name: "Published"},
		{Name: "Narrator words", Num: true}, {Name: "L1", Num: true}, {Name: "Highlights", Num: true}}}
	if p.More > 0 {
		at.Note = fmt.Sprintf("The %d most recent; %d more are in the metrics export.", outletArticleLimit, p.More)
	}
	for _, a := range p.Articles {
		total := 0
		for sig, n := range a.Counts {
			if sig != "S1" && !strings.HasPrefix(sig, "F") {
				total += n
			}
		}
		title := orDash(a.Title)
		if !a.Analysed {
			title += " (not analysed)"
		}
		at.Rows = append(at.Rows, []Cell{{Text: title, URL: a.URL}, {Text: a.Story}, {Text: dateOnly(a.Published)},
			{Text: formatInt(a.Words)}, {Text: fmt.Sprint(a.Counts["L1"])}, {Text: fmt.Sprint(total)}})
	}
	p.Tables = append(p.Tables, tt, nt, tn, st, qt, at)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func (s *server) handleOutlet(c *fiber.Ctx) error {
	p, err := s.outlet(c)
	if err != nil {
		return err
	}
	if ok, err := sendCSV(c, &p.Page); ok {
		return err
	}
	return s.render(c, "outlet", p)
}

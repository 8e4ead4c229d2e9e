package app

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"unicode"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/charts"
	"github.com/framelens/framelens/store"
)

// storyPage compares how each outlet told one story: the centre of the
// product. One column per article (usually one per outlet).
type storyPage struct {
	Page       `json:"-"`
	Key        string          `json:"key"`
	StoryTitle string          `json:"title"`
	Articles   []storyColumn   `json:"articles"`
	Naming     []namingRow     `json:"naming"`
	Outlets    []string        `json:"outlets"`
	Quotes     []storyQuotes   `json:"quotes"`
	Terms      []outletTerms   `json:"distinctive_terms"`
	Deviations []deviationItem `json:"deviations"`
	Truncated  int             `json:"truncated"`
	Signals    []signalInfo    `json:"-"`
}

// storyColumn is one article of the story.
type storyColumn struct {
	ID            int64          `json:"id"`
	Anchor        string         `json:"-"`
	Outlet        string         `json:"outlet"`
	OutletID      int64          `json:"outlet_id"`
	Headline      string         `json:"title"`
	Lead          string         `json:"lead"`
	Published     string         `json:"published"`
	Analysed      bool           `json:"analysed"`
	NarratorWords int            `json:"narrator_words"`
	Counts        map[string]int `json:"counts"`
	URL           string         `json:"-"`
	LeadBody      renderedText   `json:"-"`
	Body          renderedText   `json:"-"`
}

// namingRow is one actor: what each outlet calls it.
type namingRow struct {
	Actor string       `json:"actor"`
	Cells []namingCell `json:"cells"` // one per column of Outlets
}

// namingCell is the names one outlet uses for an actor.
type namingCell struct {
	Outlet string       `json:"outlet"`
	Names  []namingTerm `json:"names"`
}

// namingTerm is one wording with its label class and its spans.
type namingTerm struct {
	Term  string `json:"term"`
	Label string `json:"label"`
	Class string `json:"-"` // colour family of the label class (labelClass)
	Count int    `json:"count"`
	URL   string `json:"-"`
}

// storyQuotes is who one outlet quotes, and how.
type storyQuotes struct {
	Outlet   string        `json:"outlet"`
	Speakers []speakerItem `json:"speakers"`
}

// speakerItem is one speaker quoted by an outlet.
type speakerItem struct {
	Speaker string   `json:"speaker"`
	Group   string   `json:"group"`
	Quotes  int      `json:"quotes"`
	Words   int      `json:"words"`
	Verbs   []string `json:"verbs"`
	URL     string   `json:"-"`
}

// actorLabel names the actor an N1 (naming) hit refers to and the label
// class it uses, from its lexicon entry; the hit's category (may be "")
// stands in for either when the entry names none.
func (s *server) actorLabel(entry, category string) (actor, label string) {
	actor, label = category, category
	if en, ok := s.lex.Entry(entry); ok {
		if en.Actor != "" {
			actor = en.Actor
		}
		if en.Label != "" {
			label = en.Label
		}
	}
	if actor == "" {
		actor = "(actor not named in the lexicon)"
	}
	return actor, label
}

// speakers groups quotes by speaker, as name shows them, with their quote
// and word counts and speech verbs (the class of a non-neutral verb in
// brackets), most quoted words first. link, when not nil, gives each speaker
// the address of their first quote.
func speakers(qs []store.QuoteRow, name func(string) string, link func(store.QuoteRow) string) []speakerItem {
	by := map[string]*speakerItem{}
	var order []string
	for _, q := range qs {
		sp := name(q.Speaker)
		if sp == "" {
			sp = "(unnamed)"
		}
		it, ok := by[sp]
		if !ok {
			it = &speakerItem{Speaker: sp, Group: q.SpeakerGroup}
			if link != nil {
				it.URL = link(q)
			}
			by[sp] = it
			order = append(order, sp)
		}
		it.Quotes++
		it.Words += q.Words
		verb := q.Verb
		if q.VerbClass != "" && q.VerbClass != "neutral" {
			verb += " (" + q.VerbClass + ")"
		}
		if verb != "" && !contains(it.Verbs, verb) {
			it.Verbs = append(it.Verbs, verb)
		}
	}
	out := make([]speakerItem, 0, len(order))
	for _, sp := range order {
		out = append(out, *by[sp])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Words > out[j].Words })
	return out
}

// outletTerms are the words one outlet uses distinctively in the story.
type outletTerms struct {
	Outlet string     `json:"outlet"`
	Terms  []termItem `json:"terms"`
}

// termItem is one distinctive word: the outlet's count, the other outlets'
// count and the z-score of the log-odds difference.
type termItem struct {
	Term    string  `json:"term"`
	Count   int     `json:"count"`
	Others  int     `json:"others"`
	LogOdds float64 `json:"log_odds"`
	Z       float64 `json:"z"`
	URL     string  `json:"-"`
}

// deviationItem is one outlet's loaded-language rate against the others'.
type deviationItem struct {
	Outlet       string  `json:"outlet"`
	Rate         float64 `json:"rate_per_1000"`
	Others       float64 `json:"others_per_1000"`
	Deviation    float64 `json:"deviation_per_1000"`
	Lo           float64 `json:"lo"`
	Hi           float64 `json:"hi"`
	Insufficient bool    `json:"insufficient"`
}

// storyColumns is the most articles a story comparison shows side by side.
const storyColumns = 12

func (s *server) story(c *fiber.Ctx) (*storyPage, error) {
	ctx := c.UserContext()
	key := c.Params("key")
	if k, err := url.PathUnescape(key); err == nil {
		key = k
	}
	st, err := s.db.Story(ctx, key)
	if err != nil {
		return nil, err
	}
	v, err := s.view(c)
	if err != nil {
		return nil, err
	}
	p := &storyPage{Page: s.basePage(c, ""), Key: st.Key, StoryTitle: v.text(storyLabel(st.Key, st.Title)), Signals: signals}
	p.Wide = true
	p.Title = "Story: " + p.StoryTitle
	arts, err := s.db.StoryArticles(ctx, key, storyColumns)
	if err != nil {
		return nil, err
	}
	if st.Articles > len(arts) {
		p.Truncated = st.Articles - len(arts)
	}
	stats, err := s.db.ArticleStats(ctx, store.Filter{Story: key}, signalIDs)
	if err != nil {
		return nil, err
	}
	statByID := map[int64]store.ArticleStat{}
	for _, a := range stats {
		statByID[a.ID] = a
	}
	type loaded struct {
		a  *store.StoredArticle
		ev []store.EvidenceRow
		qs []store.QuoteRow
	}
	var all []loaded
	for _, a := range arts {
		ev, err := s.db.ArticleEvidence(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		qs, err := s.db.ArticleQuotes(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		all = append(all, loaded{a, ev, qs})
		name := v.outlet(a.OutletID, a.Outlet)
		col := storyColumn{ID: a.ID, Anchor: fmt.Sprintf("a%d", a.ID), Outlet: name, OutletID: a.OutletID,
			Headline: v.text(a.Title), Published: a.Published, Analysed: a.Analysed, NarratorWords: a.NarratorWords,
			Counts: statByID[a.ID].Counts, URL: p.Link(fmt.Sprintf("/article/%d", a.ID))}
		lead := s.leadText(a.Text) // the first sentence only in excerpts-only mode (page_admin_excerpts.go)
		col.Lead = v.text(lead)
		leadEnd := len(lead)
		if strings.HasSuffix(lead, " …") {
			leadEnd = len(lead) - len(" …")
		}
		col.LeadBody = s.renderText(a.Text[:min(leadEnd, len(a.Text))], clipEvidence(ev, leadEnd), clipQuotes(qs, leadEnd), p.Page, v.text)
		for i := range col.LeadBody.Segments {
			// The full text below holds the anchors; IDs must be unique.
			col.LeadBody.Segments[i].Anchors = nil
		}
		et, eev, eqs := s.excerpt(a.Text, ev, qs) // excerpts-only mode cuts the text (page_admin_excerpts.go)
		col.Body = s.renderText(et, eev, eqs, p.Page, v.text)
		p.Articles = append(p.Articles, col)
	}

	// Naming: N1 evidence, grouped by the entry's actor and the outlet.
	seenOutlet := map[string]bool{}
	for _, col := range p.Articles {
		if !seenOutlet[col.Outlet] {
			seenOutlet[col.Outlet] = true
			p.Outlets = append(p.Outlets, col.Outlet)
		}
	}
	type nameKey struct{ actor, outlet, term, label string }
	nameCount := map[nameKey]int{}
	nameURL := map[nameKey]string{}
	actors := map[string]bool{}
	for _, l := range all {
		outlet := v.outlet(l.a.OutletID, l.a.Outlet)
		for _, e := range l.ev {
			if e.Signal != "N1" || e.Voice == "direct_quote" {
				continue
			}
			actor, label := s.actorLabel(e.Entry, e.Category)
			term := v.text(strings.ToLower(safeSlice(l.a.Text, e.Start, e.End)))
			k := nameKey{actor, outlet, term, label}
			nameCount[k]++
			if _, ok := nameURL[k]; !ok {
				nameURL[k] = p.Link(fmt.Sprintf("/article/%d#e%d", l.a.ID, e.ID))
			}
			actors[actor] = true
		}
	}
	for _, actor := range sortedKeys(actors) {
		row := namingRow{Actor: actor}
		for _, outlet := range p.Outlets {
			cell := namingCell{Outlet: outlet}
			for k, n := range nameCount {
				if k.actor == actor && k.outlet == outlet {
					cell.Names = append(cell.Names, namingTerm{Term: k.term, Label: k.label, Class: labelClass(k.label), Count: n, URL: nameURL[k]})
				}
			}
			// Loaded labels first: they are the differences a class looks for.
			sort.Slice(cell.Names, func(i, j int) bool {
				ni, nj := cell.Names[i].Class == "neutral", cell.Names[j].Class == "neutral"
				if ni != nj {
					return nj
				}
				if cell.Names[i].Count != cell.Names[j].Count {
					return cell.Names[i].Count > cell.Names[j].Count
				}
				return cell.Names[i].Term < cell.Names[j].Term
			})
			row.Cells = append(row.Cells, cell)
		}
		p.Naming = append(p.Naming, row)
	}
	// Actors some outlet names with a loaded label come first: they are
	// where the outlets differ.
	hasLoaded := func(r namingRow) bool {
		for _, c := range r.Cells {
			for _, n := range c.Names {
				if n.Class != "neutral" {
					return true
				}
			}
		}
		return false
	}
	sort.SliceStable(p.Naming, func(i, j int) bool { return hasLoaded(p.Naming[i]) && !hasLoaded(p.Naming[j]) })

	// Who is quoted, per outlet.
	for _, l := range all {
		outlet := v.outlet(l.a.OutletID, l.a.Outlet)
		a := l.a
		sq := storyQuotes{Outlet: outlet, Speakers: speakers(l.qs, v.text, func(q store.QuoteRow) string {
			return p.Link(fmt.Sprintf("/article/%d#q%d", a.ID, q.ID))
		})}
		p.Quotes = append(p.Quotes, sq)
	}

	// Distinctive words per outlet, from the outlet's own wording.
	counts := map[string]map[string]int{}
	for _, l := range all {
		outlet := v.outlet(l.a.OutletID, l.a.Outlet)
		if counts[outlet] == nil {
			counts[outlet] = map[string]int{}
		}
		for _, w := range contentWords(ownWording(l.a.Text, l.qs)) {
			counts[outlet][w]++
		}
	}
	if len(counts) >= 2 {
		dt := analysis.DistinctiveTerms(counts, analysis.DistinctiveOptions{TopK: 12})
		for _, outlet := range p.Outlets {
			ot := outletTerms{Outlet: outlet}
			for _, t := range dt[outlet] {
				ot.Terms = append(ot.Terms, termItem{Term: t.Term, Count: t.Count, Others: t.Others, LogOdds: t.LogOdds, Z: t.Z,
					URL: p.Link("/terms?story=" + url.QueryEscape(key) + "&q=" + url.QueryEscape(t.Term))})
			}
			p.Terms = append(p.Terms, ot)
		}
	}

	// Within-story deviation of loaded language (L1).
	byOutlet := map[string][]analysis.Sample{}
	outletID := map[string]int64{}
	for _, a := range stats {
		if !a.Analysed {
			continue
		}
		name := v.outlet(a.OutletID, a.Outlet)
		outletID[name] = a.OutletID
		byOutlet[name] = append(byOutlet[name], analysis.Sample{Hits: float64(a.Counts["L1"]), Denom: float64(a.NarratorWords)})
	}
	var rows []charts.Interval
	if len(byOutlet) >= 2 {
		for _, d := range analysis.Deviation(byOutlet, analysis.RateOptions{MinArticles: 1, MinDenom: 250}) {
			p.Deviations = append(p.Deviations, deviationItem{Outlet: d.Outlet, Rate: d.Rate.Rate * 1000, Others: d.Others * 1000,
				Deviation: d.Deviation * 1000, Lo: d.Lo * 1000, Hi: d.Hi * 1000, Insufficient: d.Insufficient})
			rows = append(rows, charts.Interval{Label: d.Outlet, Rate: d.Rate.Rate * 1000, Lo: d.Rate.Lo * 1000, Hi: d.Rate.Hi * 1000,
				N: d.Rate.N, Insufficient: d.Rate.Insufficient,
				URL: p.Link(fmt.Sprintf("/evidence?story=%s&outlet=%d&signal=L1&voice=own", url.QueryEscape(key), outletID[d.Outlet]))})
		}
		p.Charts = append(p.Charts, charts.RateBars("chart-story-loaded", "Loaded language (L1) per 1,000 narrator words, this story",
			"L1 per 1,000 narrator words", rows))
	}
	if err := s.storyFrames(ctx, p, key, stats, v); err != nil {
		return nil, err
	}
	s.storyCharts(p, key, stats, v)
	s.storyTables(p)
	return p, nil
}

// storyCharts adds the signal-profile and frame charts of a story.
func (s *server) storyCharts(p *storyPage, key string, stats []store.ArticleStat, v *view) {
	var cats []string
	var ids []int64
	hits := map[int64]map[string]int{}
	for _, a := range stats {
		if _, ok := hits[a.OutletID]; !ok {
			hits[a.OutletID] = map[string]int{}
			cats = append(cats, v.outlet(a.OutletID, a.Outlet))
			ids = append(ids, a.OutletID)
		}
		for sig, n := range a.Counts {
			hits[a.OutletID][sig] += n
		}
	}
	var series []charts.Series
	for _, sig := range append(append([]string{}, mixSignals...), "N1", "E1") {
		ser := charts.Series{Name: sig + " " + signalName(sig)}
		for _, id := range ids {
			ser.Values = append(ser.Values, float64(hits[id][sig]))
			ser.URLs = append(ser.URLs, p.Link(fmt.Sprintf("/evidence?story=%s&outlet=%d&signal=%s&voice=own", url.QueryEscape(key), id, sig)))
		}
		series = append(series, ser)
	}
	p.Charts = append(p.Charts, charts.StackedBars("chart-story-signals", "Highlights per outlet by signal (counts)", "highlights", false, cats, series))
}

// storyFrames adds the frame heatmap of a story: for each outlet and frame,
// the sentences cueing the frame (the "present" rule of docs/FRAMES.md is in
// the tooltip), each cell opening the cue sentences.
func (s *server) storyFrames(ctx context.Context, p *storyPage, key string, stats []store.ArticleStat, v *view) error {
	type cell struct{ cues, present, articles int }
	byOutlet := map[int64]map[string]*cell{}
	var ids []int64
	var names []string
	used := map[string]bool{}
	for _, a := range stats {
		if !a.Analysed {
			continue
		}
		if _, ok := byOutlet[a.OutletID]; !ok {
			byOutlet[a.OutletID] = map[string]*cell{}
			ids = append(ids, a.OutletID)
			names = append(names, v.outlet(a.OutletID, a.Outlet))
		}
		frames, err := s.db.ArticleFrames(ctx, a.ID)
		if err != nil {
			return err
		}
		for _, fr := range frames {
			c := byOutlet[a.OutletID][fr.Frame]
			if c == nil {
				c = &cell{}
				byOutlet[a.OutletID][fr.Frame] = c
			}
			c.cues += fr.Cues
			c.articles++
			if fr.Present {
				c.present++
			}
			if fr.Cues > 0 {
				used[fr.Frame] = true
			}
		}
	}
	var cols, colIDs []string
	for _, fr := range append(append([]string{}, policyFrames...), conflictFrames...) {
		if used[fr] {
			cols = append(cols, frameName(fr))
			colIDs = append(colIDs, fr)
		}
	}
	if len(cols) == 0 || len(ids) == 0 {
		return nil
	}
	var cells []charts.Cell
	for y, id := range ids {
		for x, fr := range colIDs {
			c := byOutlet[id][fr]
			if c == nil || c.cues == 0 {
				continue
			}
			cells = append(cells, charts.Cell{X: x, Y: y, Value: float64(c.cues),
				Label: fmt.Sprintf("%d cue sentences; present in %d of %d articles", c.cues, c.present, c.articles),
				URL:   p.Link(fmt.Sprintf("/evidence?story=%s&outlet=%d&category=%s", url.QueryEscape(key), id, url.QueryEscape(fr)))})
		}
	}
	p.Charts = append(p.Charts, charts.Heatmap("chart-story-frames", "Frames per outlet: sentences cueing each frame",
		"cue sentences", cols, names, cells))
	return nil
}

// storyTables are the story's exportable tables.
func (s *server) storyTables(p *storyPage) {
	nt := Table{ID: "naming", Caption: "What each outlet calls them", Columns: []Column{{Name: "Actor"}}}
	for _, o := range p.Outlets {
		nt.Columns = append(nt.Columns, Column{Name: o})
	}
	for _, r := range p.Naming {
		row := []Cell{{Text: r.Actor}}
		for _, c := range r.Cells {
			var parts []string
			for _, n := range c.Names {
				parts = append(parts, fmt.Sprintf("%s [%s] ×%d", n.Term, n.Label, n.Count))
			}
			row = append(row, Cell{Text: strings.Join(parts, "; ")})
		}
		nt.Rows = append(nt.Rows, row)
	}
	qt := Table{ID: "quotes", Caption: "Who is quoted", Columns: []Column{{Name: "Outlet"}, {Name: "Speaker"}, {Name: "Group"},
		{Name: "Quotes", Num: true}, {Name: "Words", Num: true}, {Name: "Verbs"}}}
	for _, q := range p.Quotes {
		for _, sp := range q.Speakers {
			qt.Rows = append(qt.Rows, []Cell{{Text: q.Outlet}, {Text: sp.Speaker, URL: sp.URL}, {Text: sp.Group},
				{Text: fmt.Sprint(sp.Quotes)}, {Text: fmt.Sprint(sp.Words)}, {Text: strings.Join(sp.Verbs, ", ")}})
		}
	}
	tt := Table{ID: "terms", Caption: "Distinctive words", Columns: []Column{{Name: "Outlet"}, {Name: "Term"},
		{Name: "Count", Num: true}, {Name: "Others", Num: true}, {Name: "z", Num: true}}}
	for _, o := range p.Terms {
		for _, t := range o.Terms {
			tt.Rows = append(tt.Rows, []Cell{{Text: o.Outlet}, {Text: t.Term, URL: t.URL}, {Text: fmt.Sprint(t.Count)},
				{Text: fmt.Sprint(t.Others)}, {Text: formatRate(t.Z)}})
		}
	}
	dt := Table{ID: "deviation", Caption: "Loaded language against the other outlets",
		Note:    "L1 hits per 1,000 narrator words; deviation is the outlet's rate minus the mean of the other outlets' rates, with a 95% bootstrap interval.",
		Columns: []Column{{Name: "Outlet"}, {Name: "Rate", Num: true}, {Name: "Others", Num: true}, {Name: "Deviation", Num: true}, {Name: "95% interval", Num: true}}}
	for _, d := range p.Deviations {
		row := []Cell{{Text: d.Outlet}, {Text: formatRate(d.Rate)}, {Text: formatRate(d.Others)}, {Text: formatRate(d.Deviation)},
			{Text: formatRate(d.Lo) + " – " + formatRate(d.Hi)}}
		if d.Insufficient {
			row[3] = Cell{Text: formatRate(d.Deviation) + " (insufficient data)", Class: "thin"}
		}
		dt.Rows = append(dt.Rows, row)
	}
	p.Tables = append(p.Tables, nt, qt, tt, dt)
}

// labelClass groups a naming label into a colour family: neutral (formal,
// descriptive), against (delegitimising, dehumanising, ...), for
// (legitimising, glorifying, ...), soft (euphemistic) or other. Each family
// has its own border style as well as colour.
func labelClass(label string) string {
	l := strings.ToLower(label)
	switch {
	case l == "formal" || l == "descriptive" || l == "neutral" || l == "self-label" || l == "official":
		return "neutral"
	case strings.HasPrefix(l, "de") || strings.Contains(l, "pejorative") || strings.Contains(l, "hostile") || strings.Contains(l, "loaded"):
		return "against"
	case strings.Contains(l, "legitimis") || strings.Contains(l, "legitimiz") || strings.Contains(l, "glorif") || strings.Contains(l, "sympathetic") || strings.Contains(l, "heroic"):
		return "for"
	case strings.Contains(l, "euphem"):
		return "soft"
	}
	return "other"
}

func clipEvidence(ev []store.EvidenceRow, end int) []store.EvidenceRow {
	var out []store.EvidenceRow
	for _, e := range ev {
		if e.End <= end {
			out = append(out, e)
		}
	}
	return out
}

func clipQuotes(qs []store.QuoteRow, end int) []store.QuoteRow {
	var out []store.QuoteRow
	for _, q := range qs {
		if q.End <= end {
			out = append(out, q)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// ownWording returns text with direct quotes blanked out: what the outlet
// wrote itself (narrator and reported speech).
func ownWording(text string, qs []store.QuoteRow) string {
	b := []byte(text)
	for _, q := range qs {
		if q.Kind != "direct" || q.Start < 0 || q.End > len(b) || q.Start >= q.End {
			continue
		}
		for i := q.Start; i < q.End; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// contentWords splits text into lower-cased words, leaving out function
// words, numbers and words of fewer than three letters, which say nothing
// about an outlet's choices.
func contentWords(text string) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-'
	})
	out := words[:0]
	for _, w := range words {
		w = strings.Trim(w, "'’-")
		if len([]rune(w)) < 3 || stopWords[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// stopWords are English function words left out of distinctive-word counts.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for that with from this was were are has have had not but its his her
		their they them she him who whom which what when where while will would could should can may might must
		been being into onto than then there these those also about after before over under again against between
		during through our ours your yours you all any both each few more most other some such only own same too
		very just now did does doing out off upon said says say told one two three four five six seven eight nine ten
		per via yet nor because until since though although whether either neither many much how why here its it's
		mr mrs ms monday tuesday wednesday thursday friday saturday sunday last first next year years week weeks
		day days time new like including according added least across around among within without`) {
		m[w] = true
	}
	return m
}()

func (s *server) handleStory(c *fiber.Ctx) error {
	p, err := s.story(c)
	if err != nil {
		return err
	}
	if ok, err := sendCSV(c, &p.Page); ok {
		return err
	}
	return s.render(c, "story", p)
}

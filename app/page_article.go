package app

import (
	"fmt"
	"net/url"
	"sort"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/store"
)

// articlePage is the article reader: the text with every highlight
// explained and a sidebar of the article's metrics.
type articlePage struct {
	Page           `json:"-"`
	ID             int64            `json:"id"`
	Outlet         string           `json:"outlet"`
	OutletID       int64            `json:"outlet_id"`
	OutletURL      string           `json:"-"`
	Story          string           `json:"story"`
	StoryURL       string           `json:"-"`
	Headline       string           `json:"title"`
	URL            string           `json:"url"`
	Author         string           `json:"author"`
	Published      string           `json:"published"`
	Language       string           `json:"language"`
	Analysed       bool             `json:"analysed"`
	SyndicatedOf   int64            `json:"syndicated_of"`
	SyndicatedURL  string           `json:"-"`
	LexiconVersion string           `json:"lexicon_version"`
	Demo           bool             `json:"demo"`
	Words          int              `json:"words"`
	NarratorWords  int              `json:"narrator_words"`
	Sentences      int              `json:"sentences"`
	Quotes         int              `json:"quotes"`
	Metrics        []metricRow      `json:"metrics"`
	QuoteList      []quoteItem      `json:"quote_list"`
	Frames         []store.Frame    `json:"frames"`
	Evidence       []evidenceItem   `json:"evidence"`
	Text           string           `json:"text"`
	Body           renderedText     `json:"-"`
	Signals        []signalInfo     `json:"-"`
	Stale          bool             `json:"stale"`
	Others         []articleSibling `json:"-"`
}

// metricRow is one signal's count in the article, its denominator and rate.
type metricRow struct {
	Signal string `json:"signal"`
	Name   string `json:"name"`
	Count  int    `json:"count"`
	// InQuotes counts hits inside direct quotes: the speakers' words, not
	// in Count.
	InQuotes int     `json:"in_quotes"`
	Per      string  `json:"per"`
	Denom    int     `json:"denominator"`
	Rate     float64 `json:"rate_per_1000"`
	First    string  `json:"-"` // anchor of its first highlight
	// RateText is the rate as shown: per 1,000 words for word
	// denominators, a percentage for sentences and quotes, nothing for
	// per-article signals.
	RateText string `json:"-"`
	ListURL  string `json:"-"`
}

// quoteItem is a quote as the sidebar lists it.
type quoteItem struct {
	ID        int64  `json:"id"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Kind      string `json:"kind"`
	Speaker   string `json:"speaker"`
	Group     string `json:"speaker_group"`
	Verb      string `json:"verb"`
	VerbClass string `json:"verb_class"`
	Words     int    `json:"words"`
}

// evidenceItem is one highlight in the article's JSON.
type evidenceItem struct {
	ID       int64   `json:"id"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Signal   string  `json:"signal"`
	Category string  `json:"category"`
	Entry    string  `json:"entry"`
	Voice    string  `json:"voice"`
	Speaker  string  `json:"speaker"`
	Negated  bool    `json:"negated"`
	Weight   float64 `json:"weight"`
}

// articleSibling links to the same story in another outlet.
type articleSibling struct {
	Outlet, Title, URL string
}

// article builds the reader's data.
func (s *server) article(c *fiber.Ctx) (*articlePage, error) {
	ctx := c.UserContext()
	id, err := idParam(c, "id")
	if err != nil {
		return nil, err
	}
	a, err := s.db.StoredArticle(ctx, id)
	if err != nil {
		return nil, err
	}
	v, err := s.view(c)
	if err != nil {
		return nil, err
	}
	ev, err := s.db.ArticleEvidence(ctx, id)
	if err != nil {
		return nil, err
	}
	qs, err := s.db.ArticleQuotes(ctx, id)
	if err != nil {
		return nil, err
	}
	frames, err := s.db.ArticleFrames(ctx, id)
	if err != nil {
		return nil, err
	}
	a.Text, ev, qs = s.excerpt(a.Text, ev, qs) // excerpts-only mode cuts the text (page_admin_excerpts.go)
	p := &articlePage{Page: s.basePage(c, ""), ID: a.ID, Outlet: v.outlet(a.OutletID, a.Outlet), OutletID: a.OutletID,
		Story: a.Story, Headline: v.text(a.Title), Published: a.Published, Language: a.Language, Analysed: a.Analysed,
		SyndicatedOf: a.SyndicatedOf, LexiconVersion: a.LexiconVersion, Demo: a.Demo, Words: a.Words,
		NarratorWords: a.NarratorWords, Sentences: a.Sentences, Quotes: a.Quotes, Signals: signals,
		Stale: a.Analysed && a.LexiconVersion != s.lex.Version()}
	p.Title = p.Headline
	if p.Title == "" {
		p.Title = fmt.Sprintf("Article %d", a.ID)
	}
	if !v.blind {
		// The address and author identify the outlet, so blind mode hides them.
		p.URL, p.Author = a.URL, a.Author
	}
	p.OutletURL = p.Link(fmt.Sprintf("/outlet/%d", a.OutletID))
	if a.Story != "" {
		p.StoryURL = p.Link("/story/" + url.PathEscape(a.Story) + fmt.Sprintf("#a%d", a.ID))
	}
	if a.SyndicatedOf != 0 {
		p.SyndicatedURL = p.Link(fmt.Sprintf("/article/%d", a.SyndicatedOf))
	}
	p.Body = s.renderText(a.Text, ev, qs, p.Page, v.text)
	p.Text = v.text(a.Text)
	// Metrics count the outlet's own wording, as the stored counts and the
	// rates do; hits inside direct quotes are counted apart.
	counts, quoted := map[string]int{}, map[string]int{}
	for _, e := range ev {
		if e.Voice == "direct_quote" {
			quoted[e.Signal]++
		} else {
			counts[e.Signal]++
		}
		p.Evidence = append(p.Evidence, evidenceItem{ID: e.ID, Start: e.Start, End: e.End, Text: v.text(safeSlice(a.Text, e.Start, e.End)),
			Signal: e.Signal, Category: e.Category, Entry: e.Entry, Voice: e.Voice, Speaker: v.text(e.Speaker),
			Negated: e.Negated, Weight: e.Weight})
	}
	for _, sig := range signals {
		n := counts[sig.ID]
		if n == 0 && quoted[sig.ID] == 0 {
			continue
		}
		m := metricRow{Signal: sig.ID, Name: sig.Name, Count: n, InQuotes: quoted[sig.ID], Per: sig.Per,
			ListURL: p.Link(fmt.Sprintf("/evidence?article=%d&signal=%s&voice=own", a.ID, sig.ID))}
		switch sig.Per {
		case "narrator words":
			m.Denom = a.NarratorWords
		case "narrator sentences":
			m.Denom = a.NarratorSentences
		case "sentences":
			m.Denom = a.Sentences
		case "quotes":
			m.Denom = a.Quotes
		}
		if m.Denom > 0 {
			m.Rate = float64(n) / float64(m.Denom) * 1000
			if sig.Per == "narrator words" {
				m.RateText = formatRate(m.Rate) + " per 1,000 words"
			} else {
				m.RateText = formatPct(float64(n)/float64(m.Denom)) + " of " + sig.Per
			}
		}
		if anchor, ok := p.Body.First[sig.ID]; ok {
			m.First = "#" + anchor
		}
		p.Metrics = append(p.Metrics, m)
	}
	for _, q := range qs {
		p.QuoteList = append(p.QuoteList, quoteItem{ID: q.ID, Start: q.Start, End: q.End, Kind: q.Kind,
			Speaker: v.text(q.Speaker), Group: q.SpeakerGroup, Verb: q.Verb, VerbClass: q.VerbClass, Words: q.Words})
	}
	p.Frames = frames
	sort.SliceStable(p.Frames, func(i, j int) bool { return p.Frames[i].Present && !p.Frames[j].Present })
	if a.Story != "" {
		others, err := s.db.ArticleStats(ctx, store.Filter{Story: a.Story}, signalIDs)
		if err != nil {
			return nil, err
		}
		for _, o := range others {
			if o.ID == a.ID {
				continue
			}
			p.Others = append(p.Others, articleSibling{Outlet: v.outlet(o.OutletID, o.Outlet), Title: v.text(o.Title),
				URL: p.Link(fmt.Sprintf("/article/%d", o.ID))})
		}
	}
	s.articleTables(p)
	return p, nil
}

// articleTables are the reader's exportable tables.
func (s *server) articleTables(p *articlePage) {
	m := Table{ID: "metrics", Caption: "Metrics", Columns: []Column{{Name: "Signal"}, {Name: "Name"},
		{Name: "Hits", Num: true}, {Name: "Per"}, {Name: "Denominator", Num: true}, {Name: "Per 1,000", Num: true}}}
	for _, r := range p.Metrics {
		m.Rows = append(m.Rows, []Cell{{Text: r.Signal}, {Text: r.Name}, {Text: fmt.Sprint(r.Count)}, {Text: r.Per},
			{Text: fmt.Sprint(r.Denom)}, {Text: formatRate(r.Rate)}})
	}
	q := Table{ID: "quotes", Caption: "Quotes", Columns: []Column{{Name: "Start", Num: true}, {Name: "End", Num: true},
		{Name: "Kind"}, {Name: "Speaker"}, {Name: "Speaker group"}, {Name: "Verb"}, {Name: "Verb class"}, {Name: "Words", Num: true}}}
	for _, r := range p.QuoteList {
		q.Rows = append(q.Rows, []Cell{{Text: fmt.Sprint(r.Start)}, {Text: fmt.Sprint(r.End)}, {Text: r.Kind},
			{Text: r.Speaker}, {Text: r.Group}, {Text: r.Verb}, {Text: r.VerbClass}, {Text: fmt.Sprint(r.Words)}})
	}
	e := Table{ID: "evidence", Caption: "Highlights", Columns: []Column{{Name: "Start", Num: true}, {Name: "End", Num: true},
		{Name: "Text"}, {Name: "Signal"}, {Name: "Category"}, {Name: "Entry"}, {Name: "Voice"}, {Name: "Speaker"}, {Name: "Negated"}}}
	for _, r := range p.Evidence {
		e.Rows = append(e.Rows, []Cell{{Text: fmt.Sprint(r.Start)}, {Text: fmt.Sprint(r.End)}, {Text: r.Text},
			{Text: r.Signal}, {Text: r.Category}, {Text: r.Entry}, {Text: r.Voice}, {Text: r.Speaker}, {Text: fmt.Sprint(r.Negated)}})
	}
	p.Tables = append(p.Tables, m, q, e)
}

// safeSlice returns text[start:end], or "" when the offsets do not fit.
func safeSlice(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	return text[start:end]
}

func (s *server) handleArticle(c *fiber.Ctx) error {
	p, err := s.article(c)
	if err != nil {
		return err
	}
	if ok, err := sendCSV(c, &p.Page); ok {
		return err
	}
	return s.render(c, "article", p)
}

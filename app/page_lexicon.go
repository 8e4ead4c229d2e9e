package app

import (
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/store"
)

// lexiconPage browses and searches the lexicon packs and their entries.
// Editing arrives with the admin login (issue 5): each entry has its own
// address (/lexicon/ID), which the edit form will extend.
type lexiconPage struct {
	Page    `json:"-"`
	Version string      `json:"version"`
	Q       string      `json:"q"`
	Pack    string      `json:"pack"`
	Signal  string      `json:"signal"`
	Packs   []packItem  `json:"packs"`
	Entries []entryItem `json:"entries"`
	Total   int         `json:"matching"`
	Shown   int         `json:"shown"`
	Signals []option    `json:"-"`
}

// packItem is one lexicon pack.
type packItem struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Topic       string `json:"topic"`
	Reviewed    string `json:"reviewed"`
	Entries     int    `json:"entries"`
	URL         string `json:"-"`
	Selected    bool   `json:"-"`
}

// entryItem is one lexicon entry with its hits in the database.
type entryItem struct {
	ID           string   `json:"id"`
	Pack         string   `json:"pack"`
	Forms        []string `json:"forms"`
	Signal       string   `json:"signal"`
	Category     string   `json:"category"`
	Weight       float64  `json:"weight"`
	Explain      string   `json:"explain"`
	Alternatives []string `json:"alternatives"`
	Actor        string   `json:"actor,omitempty"`
	Label        string   `json:"label,omitempty"`
	Side         string   `json:"side,omitempty"`
	Notes        string   `json:"notes,omitempty"`
	Sources      string   `json:"sources,omitempty"`
	Hits         int      `json:"hits"`
	Articles     int      `json:"articles"`
	URL          string   `json:"-"`
	HitsURL      string   `json:"-"`
}

const lexiconPageLimit = 300

func (s *server) lexicon(c *fiber.Ctx) (*lexiconPage, error) {
	p := &lexiconPage{Page: s.basePage(c, "Lexicon"), Version: s.lex.Version(), Q: strings.TrimSpace(c.Query("q")),
		Pack: strings.TrimSpace(c.Query("pack")), Signal: strings.TrimSpace(c.Query("signal"))}
	p.Section = "lexicon"
	hits, err := s.entryHits(c)
	if err != nil {
		return nil, err
	}
	known := false
	for _, pk := range s.lex.Packs() {
		sel := pk.ID == p.Pack
		known = known || sel
		p.Packs = append(p.Packs, packItem{ID: pk.ID, Title: pk.Title, Description: pk.Description, Topic: pk.Topic,
			Reviewed: pk.Reviewed, Entries: pk.Entries, URL: p.Link("/lexicon?pack=" + url.QueryEscape(pk.ID)), Selected: sel})
	}
	if p.Pack != "" && !known {
		return nil, errBadRequest("there is no lexicon pack %q", p.Pack)
	}
	if p.Signal != "" && !signalKnown(p.Signal) {
		return nil, errBadRequest("there is no signal %q", p.Signal)
	}
	seen := map[string]bool{}
	for _, e := range s.lex.Entries() {
		if !seen[e.Signal] {
			seen[e.Signal] = true
		}
	}
	for _, sig := range signals {
		if seen[sig.ID] {
			p.Signals = append(p.Signals, option{Value: sig.ID, Label: sig.ID + " " + sig.Name, Selected: sig.ID == p.Signal})
		}
	}
	q := strings.ToLower(p.Q)
	for _, e := range s.lex.Entries() {
		if p.Pack != "" && e.Pack != p.Pack || p.Signal != "" && e.Signal != p.Signal || q != "" && !entryMatches(e, q) {
			continue
		}
		p.Total++
		if len(p.Entries) < lexiconPageLimit {
			p.Entries = append(p.Entries, s.entryItem(p.Page, e, hits))
		}
	}
	p.Shown = len(p.Entries)
	t := Table{ID: "entries", Caption: "Entries", Columns: []Column{{Name: "Entry"}, {Name: "Forms"}, {Name: "Signal"},
		{Name: "Category"}, {Name: "Explanation"}, {Name: "Neutral alternatives"}, {Name: "Hits", Num: true}, {Name: "Articles", Num: true}}}
	for _, e := range p.Entries {
		t.Rows = append(t.Rows, []Cell{{Text: e.ID, URL: e.URL}, {Text: strings.Join(e.Forms, "; ")}, {Text: e.Signal, Title: signalName(e.Signal)},
			{Text: e.Category}, {Text: e.Explain}, {Text: strings.Join(e.Alternatives, "; ")},
			{Text: fmt.Sprint(e.Hits), URL: e.HitsURL}, {Text: fmt.Sprint(e.Articles)}})
	}
	if p.Total > p.Shown {
		t.Note = fmt.Sprintf("Showing %d of %d matching entries: narrow the search or choose a pack.", p.Shown, p.Total)
	}
	p.Tables = append(p.Tables, t)
	return p, nil
}

// entryHits returns hits and articles per entry, cached per data version.
func (s *server) entryHits(c *fiber.Ctx) (map[string][2]int, error) {
	return s.entryHitCounts(c.UserContext())
}

func entryMatches(e *analysis.Entry, q string) bool {
	if strings.Contains(strings.ToLower(e.ID), q) || strings.Contains(strings.ToLower(e.Explain), q) ||
		strings.Contains(strings.ToLower(e.Category), q) || strings.Contains(strings.ToLower(e.Actor), q) {
		return true
	}
	for _, f := range e.Forms {
		if strings.Contains(strings.ToLower(f), q) {
			return true
		}
	}
	for _, a := range e.Alternatives {
		if strings.Contains(strings.ToLower(a), q) {
			return true
		}
	}
	return false
}

func (s *server) entryItem(p Page, e *analysis.Entry, hits map[string][2]int) entryItem {
	h := hits[e.ID]
	return entryItem{ID: e.ID, Pack: e.Pack, Forms: e.Forms, Signal: e.Signal, Category: e.Category, Weight: e.Weight,
		Explain: e.Explain, Alternatives: e.Alternatives, Actor: e.Actor, Label: e.Label, Side: e.Side, Notes: e.Notes,
		Sources: e.Sources, Hits: h[0], Articles: h[1], URL: p.Link("/lexicon/" + url.PathEscape(e.ID)),
		HitsURL: p.Link("/evidence?signal=" + url.QueryEscape(e.Signal) + "&entry=" + url.QueryEscape(e.ID))}
}

// entryPage is one lexicon entry and the articles it hits.
type entryPage struct {
	Page     `json:"-"`
	Entry    entryItem      `json:"entry"`
	PackName string         `json:"pack_title"`
	Articles []entryArticle `json:"articles"`
}

// entryArticle is an article with hits of the entry.
type entryArticle struct {
	ID     int64  `json:"id"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	Hits   int    `json:"hits"`
	URL    string `json:"-"`
}

func (s *server) lexiconEntry(c *fiber.Ctx) (*entryPage, error) {
	id := c.Params("entry")
	if u, err := url.PathUnescape(id); err == nil {
		id = u
	}
	e, ok := s.lex.Entry(id)
	if !ok {
		return nil, fmt.Errorf("lexicon entry %q: %w", id, store.ErrNotFound)
	}
	v, err := s.view(c)
	if err != nil {
		return nil, err
	}
	hits, err := s.entryHits(c)
	if err != nil {
		return nil, err
	}
	p := &entryPage{Page: s.basePage(c, "Lexicon entry "+e.ID)}
	p.Section = "lexicon"
	p.Entry = s.entryItem(p.Page, e, hits)
	for _, pk := range s.lex.Packs() {
		if pk.ID == e.Pack {
			p.PackName = pk.Title
		}
	}
	arts, err := s.db.EntryArticles(c.UserContext(), e.Signal, e.ID, 200)
	if err != nil {
		return nil, err
	}
	for _, a := range arts {
		p.Articles = append(p.Articles, entryArticle{ID: a.ID, Outlet: v.outlet(a.OutletID, a.Outlet), Title: v.text(a.Title),
			Hits: a.Hits, URL: p.Link(fmt.Sprintf("/article/%d", a.ID))})
	}
	sort.SliceStable(p.Articles, func(i, j int) bool { return p.Articles[i].Hits > p.Articles[j].Hits })
	t := Table{ID: "articles", Caption: "Articles this entry highlights", Columns: []Column{{Name: "Outlet"}, {Name: "Article"}, {Name: "Hits", Num: true}}}
	for _, a := range p.Articles {
		t.Rows = append(t.Rows, []Cell{{Text: a.Outlet}, {Text: orDash(a.Title), URL: a.URL}, {Text: fmt.Sprint(a.Hits)}})
	}
	p.Tables = append(p.Tables, t)
	return p, nil
}

func (s *server) handleLexicon(c *fiber.Ctx) error {
	p, err := s.lexicon(c)
	if err != nil {
		return err
	}
	if ok, err := sendCSV(c, &p.Page); ok {
		return err
	}
	return s.render(c, "lexicon", p)
}

func (s *server) handleLexiconEntry(c *fiber.Ctx) error {
	p, err := s.lexiconEntry(c)
	if err != nil {
		return err
	}
	if ok, err := sendCSV(c, &p.Page); ok {
		return err
	}
	return s.render(c, "entry", p)
}

package app

import (
	"encoding/csv"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/store"
)

// evidencePage lists the highlights behind a number: the page every chart
// bar and table figure opens.
type evidencePage struct {
	Page     `json:"-"`
	Heading  string        `json:"heading"`
	Filter   evidenceQuery `json:"filter"`
	Hits     []hitItem     `json:"hits"`
	Offset   int           `json:"offset"`
	Limit    int           `json:"limit"`
	More     bool          `json:"more"`
	NextURL  string        `json:"-"`
	PrevURL  string        `json:"-"`
	ExportTo string        `json:"-"`
}

// evidenceQuery is the evidence list's filter as given in the URL.
type evidenceQuery struct {
	Outlet     int64    `json:"outlet,omitempty"`
	Article    int64    `json:"article,omitempty"`
	Story      string   `json:"story,omitempty"`
	Signal     string   `json:"signal,omitempty"`
	Entry      string   `json:"entry,omitempty"`
	Term       string   `json:"term,omitempty"`
	Voice      string   `json:"voice,omitempty"`
	Categories []string `json:"categories,omitempty"`
	From       string   `json:"from,omitempty"`
	To         string   `json:"to,omitempty"`
	Pack       string   `json:"pack,omitempty"`
}

// hitItem is one highlight in context.
type hitItem struct {
	EvidenceID int64  `json:"evidence_id"`
	ArticleID  int64  `json:"article_id"`
	Outlet     string `json:"outlet"`
	OutletID   int64  `json:"outlet_id"`
	Title      string `json:"title"`
	Published  string `json:"published"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Before     string `json:"before"`
	Text       string `json:"text"`
	After      string `json:"after"`
	Signal     string `json:"signal"`
	Category   string `json:"category"`
	Entry      string `json:"entry"`
	Voice      string `json:"voice"`
	Speaker    string `json:"speaker"`
	Negated    bool   `json:"negated"`
	URL        string `json:"-"`
	EntryURL   string `json:"-"`
}

const evidencePageSize = 100

// hitFilter reads the evidence filter from the query.
func (s *server) hitFilter(c *fiber.Ctx) (evidenceQuery, store.HitFilter, error) {
	ff, f, err := s.parseFilter(c)
	if err != nil {
		return evidenceQuery{}, store.HitFilter{}, err
	}
	eq := evidenceQuery{Story: ff.Story, From: ff.From, To: ff.To, Pack: ff.Pack, Categories: ff.Categories,
		Signal: strings.TrimSpace(c.Query("signal")), Entry: strings.TrimSpace(c.Query("entry")),
		Term: strings.TrimSpace(c.Query("term")), Voice: strings.TrimSpace(c.Query("voice"))}
	if eq.Signal != "" && !signalKnown(eq.Signal) {
		return eq, store.HitFilter{}, errBadRequest("there is no signal %q", eq.Signal)
	}
	if o := c.Query("outlet"); o != "" {
		id, err := strconv.ParseInt(o, 10, 64)
		if err != nil || id <= 0 {
			return eq, store.HitFilter{}, errBadRequest("outlet must be an outlet number, not %q", o)
		}
		eq.Outlet = id
		f.Outlet = id
	}
	if a := c.Query("article"); a != "" {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			return eq, store.HitFilter{}, errBadRequest("article must be an article number, not %q", a)
		}
		eq.Article = id
	}
	hf := store.HitFilter{Filter: f, Signal: eq.Signal, Entry: eq.Entry, Term: eq.Term, Voice: eq.Voice, ArticleID: eq.Article}
	return eq, hf, nil
}

// evidence builds the evidence list.
func (s *server) evidence(c *fiber.Ctx) (*evidencePage, error) {
	ctx := c.UserContext()
	eq, hf, err := s.hitFilter(c)
	if err != nil {
		return nil, err
	}
	v, err := s.view(c)
	if err != nil {
		return nil, err
	}
	p := &evidencePage{Page: s.basePage(c, "Evidence"), Filter: eq, Limit: evidencePageSize}
	p.Section = "evidence"
	if off := c.Query("offset"); off != "" {
		n, err := strconv.Atoi(off)
		if err != nil || n < 0 {
			return nil, errBadRequest("offset must be a number of rows, not %q", off)
		}
		p.Offset = n
	}
	hf.Limit, hf.Offset = evidencePageSize+1, p.Offset
	hits, err := s.db.Hits(ctx, hf)
	if err != nil {
		return nil, err
	}
	if len(hits) > evidencePageSize {
		p.More = true
		hits = hits[:evidencePageSize]
	}
	for _, h := range hits {
		p.Hits = append(p.Hits, hitItem{EvidenceID: h.ID, ArticleID: h.ArticleID, OutletID: h.OutletID,
			Outlet: v.outlet(h.OutletID, h.Outlet), Title: v.text(h.Title), Published: h.Published,
			Start: h.Start, End: h.End, Before: v.text(h.Before), Text: v.text(h.Match), After: v.text(h.After),
			Signal: h.Signal, Category: h.Category, Entry: h.Entry, Voice: h.Voice, Speaker: v.text(h.Speaker), Negated: h.Negated,
			URL:      p.Link(fmt.Sprintf("/article/%d#e%d", h.ArticleID, h.ID)),
			EntryURL: entryLink(p.Page, h.Entry)})
	}
	var parts []string
	if eq.Signal != "" {
		parts = append(parts, eq.Signal+" "+signalName(eq.Signal))
	}
	if eq.Outlet != 0 {
		o, err := s.db.Outlet(ctx, eq.Outlet)
		if err != nil {
			return nil, err
		}
		parts = append(parts, "in "+v.outlet(o.ID, o.Name))
	}
	if eq.Article != 0 {
		parts = append(parts, fmt.Sprintf("article %d", eq.Article))
	}
	if eq.Story != "" {
		parts = append(parts, "story "+eq.Story)
	}
	if eq.Entry != "" {
		parts = append(parts, "entry "+eq.Entry)
	}
	if eq.Term != "" {
		parts = append(parts, "“"+eq.Term+"”")
	}
	if len(eq.Categories) > 0 {
		parts = append(parts, "category "+strings.Join(eq.Categories, ", "))
	}
	switch eq.Voice {
	case "":
	case "own":
		parts = append(parts, "in the outlet's own words (quotes left out)")
	default:
		parts = append(parts, "voice "+eq.Voice)
	}
	p.Heading = "Every highlight"
	if len(parts) > 0 {
		p.Heading = "Highlights: " + strings.Join(parts, " · ")
	}
	p.Title = p.Heading
	if p.More {
		p.NextURL = p.Self("offset", strconv.Itoa(p.Offset+evidencePageSize))
	}
	if p.Offset > 0 {
		prev := p.Offset - evidencePageSize
		if prev <= 0 {
			p.PrevURL = p.Self("offset", "")
		} else {
			p.PrevURL = p.Self("offset", strconv.Itoa(prev))
		}
	}
	q := url.Values{}
	for k, vs := range p.Query {
		if k != "offset" {
			q[k] = vs
		}
	}
	p.ExportTo = "/evidence.csv"
	if len(q) > 0 {
		p.ExportTo += "?" + q.Encode()
	}
	return p, nil
}

// entryLink is the lexicon page of an entry, or "" for rule-made evidence.
func entryLink(p Page, entry string) string {
	if entry == "" || strings.HasPrefix(entry, "rule.") {
		return ""
	}
	return p.Link("/lexicon/" + url.PathEscape(entry))
}

func (s *server) handleEvidence(c *fiber.Ctx) error {
	p, err := s.evidence(c)
	if err != nil {
		return err
	}
	return s.render(c, "evidence", p)
}

func (s *server) apiEvidence(c *fiber.Ctx) error {
	p, err := s.evidence(c)
	if err != nil {
		return err
	}
	return c.JSON(p)
}

// handleEvidenceCSV exports every highlight matching the filter, with byte
// offsets into the stored text, streaming row by row.
func (s *server) handleEvidenceCSV(c *fiber.Ctx) error {
	_, hf, err := s.hitFilter(c)
	if err != nil {
		return err
	}
	v, err := s.view(c)
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, "text/csv; charset=utf-8")
	c.Set("Content-Disposition", `attachment; filename="framelens-evidence.csv"`)
	w := csv.NewWriter(c.Response().BodyWriter())
	if err := w.Write([]string{"evidence_id", "article_id", "outlet", "story", "title", "published", "start", "end",
		"text", "signal", "category", "entry", "voice", "speaker", "negated", "weight", "lexicon_version"}); err != nil {
		return err
	}
	err = s.db.EachHit(c.UserContext(), hf, func(h *store.Hit) error {
		return w.Write([]string{strconv.FormatInt(h.ID, 10), strconv.FormatInt(h.ArticleID, 10),
			csvSafe(v.outlet(h.OutletID, h.Outlet)), csvSafe(h.Story), csvSafe(v.text(h.Title)), h.Published,
			strconv.Itoa(h.Start), strconv.Itoa(h.End), csvSafe(v.text(h.Match)), h.Signal, csvSafe(h.Category),
			csvSafe(h.Entry), h.Voice, csvSafe(v.text(h.Speaker)), strconv.FormatBool(h.Negated),
			strconv.FormatFloat(h.Weight, 'g', -1, 64), h.LexiconVersion})
	})
	if err != nil {
		return err
	}
	w.Flush()
	return w.Error()
}

// handleMetricsCSV exports, per article, its denominators and hit counts
// per signal: everything the dashboard's rates are computed from.
func (s *server) handleMetricsCSV(c *fiber.Ctx) error {
	_, f, err := s.parseFilter(c)
	if err != nil {
		return err
	}
	v, err := s.view(c)
	if err != nil {
		return err
	}
	stats, err := s.db.ArticleStats(c.UserContext(), f, signalIDs)
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, "text/csv; charset=utf-8")
	c.Set("Content-Disposition", `attachment; filename="framelens-metrics.csv"`)
	w := csv.NewWriter(c.Response().BodyWriter())
	head := []string{"article_id", "outlet", "story", "title", "published", "analysed", "syndicated", "words",
		"narrator_words", "sentences", "narrator_sentences", "quotes"}
	for _, sig := range signals {
		head = append(head, sig.ID)
	}
	if err := w.Write(head); err != nil {
		return err
	}
	for _, a := range stats {
		rec := []string{strconv.FormatInt(a.ID, 10), csvSafe(v.outlet(a.OutletID, a.Outlet)), csvSafe(a.Story),
			csvSafe(v.text(a.Title)), a.Published, strconv.FormatBool(a.Analysed), strconv.FormatBool(a.Syndicated),
			strconv.Itoa(a.Words), strconv.Itoa(a.NarratorWords), strconv.Itoa(a.Sentences),
			strconv.Itoa(a.NarratorSentences), strconv.Itoa(a.Quotes)}
		for _, sig := range signals {
			rec = append(rec, strconv.Itoa(a.Counts[sig.ID]))
		}
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}

package app

import (
	"context"
	"fmt"
	"math"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/charts"
	"github.com/framelens/framelens/store"
)

// overviewPage is the corpus at a glance.
type overviewPage struct {
	Page         `json:"-"`
	Totals       store.Totals     `json:"totals"`
	Filter       filterForm       `json:"filter"`
	Stories      []storyItem      `json:"stories"`
	StoriesTotal int              `json:"stories_total"`
	Outlets      []outletFigures  `json:"outlets"`
	OutletsTotal int              `json:"outlets_total"`
	Frames       []frameFigure    `json:"frames"`
	Sourcing     []sourcingFigure `json:"sourcing"`
	ChartLimit   int              `json:"chart_limit"`
	Packs        []option         `json:"-"`
	Categories   []option         `json:"-"`
	StoryOpts    []option         `json:"-"`
	// Outlet list: the top outlets, the ones chosen with ?outlet=ID, or
	// (?outlets=all) every outlet a page at a time.
	Chosen     bool      `json:"-"`
	AllOutlets bool      `json:"-"`
	Pager      pagerView `json:"outlets_page"`
	charted    []outletFigures
	allFrames  []frameFigure
	allSources []sourcingFigure
}

// pagerView is where a paged list stands, with the addresses of its
// neighbours.
type pagerView struct {
	Page  int    `json:"page"`
	Pages int    `json:"pages"`
	From  int    `json:"first"`
	To    int    `json:"last"`
	Prev  string `json:"-"`
	Next  string `json:"-"`
}

// filterForm is the overview's filters as they appear in the URL.
type filterForm struct {
	Story      string   `json:"story"`
	From       string   `json:"from"`
	To         string   `json:"to"`
	Pack       string   `json:"pack"`
	Categories []string `json:"categories"`
}

// option is one choice of a select or checkbox group.
type option struct {
	Value, Label string
	Selected     bool
}

// storyItem is a story in a list.
type storyItem struct {
	Key      string `json:"key"`
	Title    string `json:"title"`
	Articles int    `json:"articles"`
	Outlets  int    `json:"outlets"`
	First    string `json:"first_published"`
	URL      string `json:"-"`
}

// rateFigure is a pooled rate per 1,000 units of its denominator.
type rateFigure struct {
	Hits         int     `json:"hits"`
	Denom        int     `json:"denominator"`
	Rate         float64 `json:"rate_per_1000"`
	Lo           float64 `json:"lo"`
	Hi           float64 `json:"hi"`
	N            int     `json:"articles"`
	Insufficient bool    `json:"insufficient"`
}

// outletFigures are one outlet's key figures.
type outletFigures struct {
	ID            int64                 `json:"id"`
	Name          string                `json:"outlet"`
	Articles      int                   `json:"articles"`
	Analysed      int                   `json:"analysed"`
	NarratorWords int                   `json:"narrator_words"`
	Quotes        int                   `json:"quotes"`
	Hits          map[string]int        `json:"hits"`
	Rates         map[string]rateFigure `json:"rates"`
}

// frameFigure is how many of an outlet's articles carry a frame.
type frameFigure struct {
	OutletID int64   `json:"outlet_id"`
	Outlet   string  `json:"outlet"`
	Frame    string  `json:"frame"`
	Present  int     `json:"articles_present"`
	Articles int     `json:"articles"`
	Share    float64 `json:"share"`
}

// sourcingFigure counts an outlet's quotes from one speaker group.
type sourcingFigure struct {
	OutletID int64  `json:"outlet_id"`
	Outlet   string `json:"outlet"`
	Group    string `json:"speaker_group"`
	Quotes   int    `json:"quotes"`
	Words    int    `json:"words"`
}

// rateSignals are the signals shown as rates per 1,000 narrator words.
var rateSignals = store.RateSignals // L1, L2, L3, E2: their cluster moments are kept (migration 0010)

// A projector shows 20 bars, not 491: the overview's charts show the
// chartLimit outlets with the most articles (or those chosen in the URL),
// its table the tableLimit first; ?outlets=all pages through every outlet,
// outletsPerPage at a time. The stories table and the story menu are bounded
// the same way (the whole list is /api/stories). The CSV export of the
// outlets table always has every outlet.
const (
	chartLimit      = 20
	tableLimit      = 30
	outletsPerPage  = 50
	storyTableLimit = 30
	storyMenuLimit  = 200
)

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// parseFilter reads and validates the filters in the query.
func (s *server) parseFilter(c *fiber.Ctx) (filterForm, store.Filter, error) {
	var ff filterForm
	ff.Story = strings.TrimSpace(c.Query("story"))
	ff.From = strings.TrimSpace(c.Query("from"))
	ff.To = strings.TrimSpace(c.Query("to"))
	ff.Pack = strings.TrimSpace(c.Query("pack"))
	q, _ := url.ParseQuery(string(c.Request().URI().QueryString()))
	for _, v := range q["category"] {
		if v = strings.TrimSpace(v); v != "" {
			ff.Categories = append(ff.Categories, v)
		}
	}
	f := store.Filter{Story: ff.Story, Categories: ff.Categories}
	for _, d := range []struct{ name, v string }{{"from", ff.From}, {"to", ff.To}} {
		if d.v != "" && !dateRE.MatchString(d.v) {
			return ff, f, errBadRequest("%s must be a date like 2024-05-01, not %q", d.name, d.v)
		}
	}
	f.From, f.To = ff.From, ff.To
	if ff.Pack != "" {
		found := false
		for _, e := range s.lex.Entries() {
			if e.Pack == ff.Pack {
				f.Entries = append(f.Entries, e.ID)
				found = true
			}
		}
		if !found {
			return ff, f, errBadRequest("there is no lexicon pack %q", ff.Pack)
		}
	}
	return ff, f, nil
}

// filterKey identifies a filter in the cache.
func filterKey(f store.Filter) string {
	return fmt.Sprintf("%s|%d|%s|%s|%s|%s", f.Story, f.Outlet, f.From, f.To, strings.Join(f.Entries, ","), strings.Join(f.Categories, ","))
}

// outletFigures pools the filter's articles per outlet (cached per data
// version and filter), outlets with the most articles first.
func (s *server) outletFigures(ctx context.Context, f store.Filter) ([]outletFigures, error) {
	v, err := s.cachedValue(ctx, "outlets|"+filterKey(f), func(ctx context.Context) (any, error) {
		if f.Whole() || f.ByMonth() {
			// The whole corpus or a date range: a row per outlet,
			// whatever the corpus size.
			return sumFigures(ctx, s.db, f)
		}
		if f.Aggregated() {
			return aggregatedFigures(ctx, s.db, f)
		}
		// A lexicon pack, categories or dates inside a month need the
		// per-article rows (and the evidence): cached per data version.
		stats, err := s.db.ArticleStats(ctx, f, signalIDs)
		if err != nil {
			return nil, err
		}
		return poolOutlets(stats), nil
	})
	if err != nil {
		return nil, err
	}
	// A copy: callers rename outlets for blind mode.
	return append([]outletFigures(nil), v.([]outletFigures)...), nil
}

// poolOutlets computes each outlet's pooled rates with bootstrap intervals
// over its analysed articles (stories as clusters).
func poolOutlets(stats []store.ArticleStat) []outletFigures {
	byOutlet := map[int64]*outletFigures{}
	samples := map[int64]map[string][]analysis.Sample{}
	var order []int64
	for _, a := range stats {
		o, ok := byOutlet[a.OutletID]
		if !ok {
			o = &outletFigures{ID: a.OutletID, Name: a.Outlet, Hits: map[string]int{}, Rates: map[string]rateFigure{}}
			byOutlet[a.OutletID] = o
			samples[a.OutletID] = map[string][]analysis.Sample{}
			order = append(order, a.OutletID)
		}
		o.Articles++
		if !a.Analysed {
			continue
		}
		o.Analysed++
		o.NarratorWords += a.NarratorWords
		o.Quotes += a.Quotes
		for sig, n := range a.Counts {
			o.Hits[sig] += n
		}
		for _, sig := range rateSignals {
			samples[a.OutletID][sig] = append(samples[a.OutletID][sig],
				analysis.Sample{Group: a.Story, Hits: float64(a.Counts[sig]), Denom: float64(a.NarratorWords)})
		}
	}
	out := make([]outletFigures, 0, len(order))
	for _, id := range order {
		o := byOutlet[id]
		for _, sig := range rateSignals {
			o.Rates[sig] = pooled(samples[id][sig], analysis.RateOptions{MinDenom: 250})
		}
		out = append(out, *o)
	}
	sortFigures(out)
	return out
}

// sortFigures orders outlets by articles (most first), then name.
func sortFigures(out []outletFigures) {
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Name < out[j].Name
	})
}

// clusterMin is the number of clusters (stories; for articles in no story,
// months) from which an outlet's rate intervals come from the
// cluster-robust variance of the ratio (clusterRate) instead of the
// bootstrap. Below it the bootstrap is cheap and better for few clusters;
// from about 50 clusters the normal approximation agrees with the cluster
// bootstrap within a few percent of the interval's width
// (TestClusterRateMatchesBootstrap), while the bootstrap's cost grows with
// the clusters (1,000 replicates, four rates: over a minute for the 454k
// clusters of 1M articles, 16 s for one year of them). Tests lower it.
var clusterMin = 50

// unitCluster is a cluster's sums while pooling units.
type unitCluster struct {
	analysed, x int64
	y           [4]int64 // per rateSignals
}

// poolUnits is poolOutlets over the aggregates: per-(outlet, story, month)
// sums instead of articles. The pooled rates are the same sums. An outlet
// with fewer than clusterMin clusters gets bootstrap intervals that
// resample stories, then the month sums within a story (see
// store/aggregates.go), so its cost is bounded by outlets x stories x
// months, not by articles; one with more gets clusterRate's. N and the
// "insufficient data" rule still count articles.
func poolUnits(units []store.OutletUnit) []outletFigures {
	byOutlet := map[int64]*outletFigures{}
	samples := map[int64]map[string][]analysis.Sample{}
	type ckey struct {
		outlet       int64
		story, month string
	}
	clusters := map[ckey]*unitCluster{}
	var order []int64
	for _, u := range units {
		o, ok := byOutlet[u.OutletID]
		if !ok {
			o = &outletFigures{ID: u.OutletID, Name: u.Outlet, Hits: map[string]int{}, Rates: map[string]rateFigure{}}
			byOutlet[u.OutletID] = o
			samples[u.OutletID] = map[string][]analysis.Sample{}
			order = append(order, u.OutletID)
		}
		o.Articles += u.Articles
		k := ckey{u.OutletID, u.Story, ""}
		if u.Story == "" {
			k.month = u.Month // articles in no story: a cluster per month
		}
		c := clusters[k]
		if c == nil {
			c = &unitCluster{}
			clusters[k] = c
		}
		c.analysed += int64(u.Analysed)
		c.x += int64(u.NarratorWords)
		for i, sig := range rateSignals {
			c.y[i] += int64(u.Counts[sig])
		}
		if u.Analysed == 0 {
			continue
		}
		o.Analysed += u.Analysed
		o.NarratorWords += u.NarratorWords
		o.Quotes += u.Quotes
		for sig, n := range u.Counts {
			o.Hits[sig] += n
		}
		for _, sig := range rateSignals {
			samples[u.OutletID][sig] = append(samples[u.OutletID][sig],
				analysis.Sample{Group: u.Story, Hits: float64(u.Counts[sig]), Denom: float64(u.NarratorWords)})
		}
	}
	moments := map[int64]*[4]store.RateMoments{}
	for k, c := range clusters {
		if c.analysed == 0 {
			continue
		}
		m := moments[k.outlet]
		if m == nil {
			m = &[4]store.RateMoments{}
			moments[k.outlet] = m
		}
		for i := range rateSignals {
			addCluster(&m[i], c.x, c.y[i])
		}
	}
	out := make([]outletFigures, 0, len(order))
	for _, id := range order {
		o := byOutlet[id]
		opts := analysis.RateOptions{MinDenom: 250}
		for i, sig := range rateSignals {
			var r rateFigure
			if m := moments[id]; m != nil && m[i].Clusters >= clusterMin {
				r = clusterRate(m[i])
			} else {
				r = pooled(samples[id][sig], opts)
			}
			o.Rates[sig] = outletRate(r, o.Analysed)
		}
		out = append(out, *o)
	}
	sortFigures(out)
	return out
}

// addCluster adds a cluster (x narrator words, y hits) to m.
func addCluster(m *store.RateMoments, x, y int64) {
	m.Clusters++
	m.X += x
	m.XX += x * x
	m.Y += y
	m.YY += y * y
	m.XY += x * y
}

// outletRate sets a rate's N to the outlet's analysed articles and decides
// from it whether the data are insufficient.
func outletRate(r rateFigure, analysed int) rateFigure {
	r.N = analysed
	r.Insufficient = r.N < analysis.DefaultMinArticles || r.Denom < 250 || r.Denom == 0
	return r
}

// clusterRate is the pooled rate Y/X per 1,000 with a 95% interval from
// the cluster-robust (linearization, or sandwich) variance of a ratio:
// with R = Y/X and each cluster's residual e = y - R x,
//
//	Var(R) = G/(G-1) * sum(e^2) / X^2,  sum(e^2) = YY - 2 R XY + R^2 XX,
//
// and the interval R +- 1.96 sqrt(Var(R)), cut at 0. It treats clusters as
// independent draws and articles inside one as moving together, as the
// one-stage cluster bootstrap does (TestClusterRateMatchesBootstrap compares
// them); it is computed from sums kept at write time, so it costs nothing
// at any size.
func clusterRate(m store.RateMoments) rateFigure {
	r := rateFigure{Hits: int(m.Y), Denom: int(m.X)}
	if m.X <= 0 {
		return r
	}
	x, y := float64(m.X), float64(m.Y)
	rate := y / x
	ss := float64(m.YY) - 2*rate*float64(m.XY) + rate*rate*float64(m.XX)
	g := float64(m.Clusters)
	se := 0.0
	if g > 1 && ss > 0 {
		se = math.Sqrt(g / (g - 1) * ss / (x * x))
	}
	const z = 1.959963984540054 // the normal's 97.5th percentile
	r.Rate = rate * 1000
	r.Lo = math.Max(0, rate-z*se) * 1000
	r.Hi = (rate + z*se) * 1000
	return r
}

// aggregatedFigures is poolUnits over f's units, read with the hits of the
// rate signals only (a date range over every story reads them from the
// month-first rollup); every signal's hits are summed per outlet apart
// (store.SignalHits). The result equals poolUnits over units carrying
// every signal (TestAggregatedFiguresEqualPoolUnits).
func aggregatedFigures(ctx context.Context, db *store.DB, f store.Filter) ([]outletFigures, error) {
	units, err := db.OutletUnits(ctx, f, rateSignals)
	if err != nil {
		return nil, err
	}
	hits, err := db.SignalHits(ctx, f)
	if err != nil {
		return nil, err
	}
	figs := poolUnits(units)
	for i := range figs {
		if figs[i].Analysed > 0 {
			figs[i].Hits = pageHits(hits[figs[i].ID])
		}
	}
	return figs, nil
}

// pageHits keeps the hits of the signals the pages show.
func pageHits(counts map[string]int) map[string]int {
	out := make(map[string]int, len(signalIDs))
	for _, sig := range signalIDs {
		if n := counts[sig]; n != 0 {
			out[sig] = n
		}
	}
	return out
}

// sumFigures is poolUnits over the whole corpus or a date range (f is
// Whole or ByMonth), read as a row per outlet (store.OutletSumsFor):
// outlets with clusterMin clusters or more take their intervals from the
// cluster moments; only the others' units are read, for their bootstrap.
// The result equals poolUnits over every unit
// (TestSumFiguresEqualPoolUnits).
func sumFigures(ctx context.Context, db *store.DB, f store.Filter) ([]outletFigures, error) {
	sums, err := db.OutletSumsFor(ctx, f)
	if err != nil {
		return nil, err
	}
	out := make([]outletFigures, 0, len(sums))
	var small []int64
	for _, u := range sums {
		o := outletFigures{ID: u.OutletID, Name: u.Outlet, Articles: u.Articles, Hits: map[string]int{}, Rates: map[string]rateFigure{}}
		if u.Analysed > 0 {
			o.Analysed, o.NarratorWords, o.Quotes = u.Analysed, u.NarratorWords, u.Quotes
			o.Hits = pageHits(u.Counts)
		}
		big := true
		for _, sig := range rateSignals {
			m, ok := u.Moments[sig]
			if !ok || m.Clusters < clusterMin {
				big = false
				break
			}
			o.Rates[sig] = outletRate(clusterRate(m), o.Analysed)
		}
		if !big {
			small = append(small, u.OutletID)
		}
		out = append(out, o)
	}
	units, err := db.OutletUnitsIn(ctx, f, small, rateSignals)
	if err != nil {
		return nil, err
	}
	rates := map[int64]map[string]rateFigure{}
	for _, o := range poolUnits(units) {
		rates[o.ID] = o.Rates
	}
	for i := range out {
		if r, ok := rates[out[i].ID]; ok {
			out[i].Rates = r
		}
	}
	sortFigures(out)
	return out, nil
}

// pooled is analysis.PooledRate per 1,000 units.
func pooled(samples []analysis.Sample, opts analysis.RateOptions) rateFigure {
	r := analysis.PooledRate(samples, opts)
	return rateFigure{Hits: int(r.Hits), Denom: int(r.Denom), Rate: r.Rate * 1000, Lo: r.Lo * 1000, Hi: r.Hi * 1000,
		N: r.N, Insufficient: r.Insufficient}
}

// overview builds the overview page's data.
func (s *server) overview(c *fiber.Ctx) (*overviewPage, error) {
	ctx := c.UserContext()
	ff, f, err := s.parseFilter(c)
	if err != nil {
		return nil, err
	}
	v, err := s.view(c)
	if err != nil {
		return nil, err
	}
	p := &overviewPage{Page: s.basePage(c, "Overview"), Filter: ff, ChartLimit: chartLimit}
	chosen, err := chosenOutlets(c)
	if err != nil {
		return nil, err
	}
	p.Section = "overview"
	if p.Totals, err = s.totals(ctx); err != nil {
		return nil, err
	}
	stories, err := s.stories(ctx)
	if err != nil {
		return nil, err
	}
	p.StoriesTotal = len(stories)
	for i, st := range stories {
		if i < storyTableLimit {
			p.Stories = append(p.Stories, storyItem{Key: st.Key, Title: v.text(st.Title), Articles: st.Articles,
				Outlets: st.Outlets, First: st.First, URL: p.Link("/story/" + url.PathEscape(st.Key))})
		}
		if i < storyMenuLimit || st.Key == ff.Story {
			p.StoryOpts = append(p.StoryOpts, option{Value: st.Key, Label: storyLabel(st.Key, v.text(st.Title)), Selected: st.Key == ff.Story})
		}
	}
	for _, pk := range s.lex.Packs() {
		p.Packs = append(p.Packs, option{Value: pk.ID, Label: pk.Title, Selected: pk.ID == ff.Pack})
	}
	p.Categories = s.categoryOptions(ff.Categories)
	figs, err := s.outletFigures(ctx, f)
	if err != nil {
		return nil, err
	}
	for i := range figs {
		figs[i].Name = v.outlet(figs[i].ID, figs[i].Name)
	}
	if err := p.pickOutlets(figs, chosen, c.Query("outlets") == "all", c.Query("page")); err != nil {
		return nil, err
	}
	mix, err := s.corpusMix(ctx, f)
	if err != nil {
		return nil, err
	}
	frames := mix.frames
	articles := map[int64]int{}
	names := map[int64]string{}
	for _, o := range figs {
		articles[o.ID] = o.Analysed
		names[o.ID] = o.Name
	}
	for _, fr := range frames {
		share := 0.0
		if articles[fr.OutletID] > 0 {
			share = float64(fr.Present) / float64(articles[fr.OutletID])
		}
		p.allFrames = append(p.allFrames, frameFigure{OutletID: fr.OutletID, Outlet: names[fr.OutletID], Frame: fr.Frame,
			Present: fr.Present, Articles: articles[fr.OutletID], Share: share})
	}
	groups := map[[2]string]*sourcingFigure{}
	for _, q := range mix.sourcing {
		g := q.Group
		if g == "" {
			g = "unknown"
		}
		k := [2]string{fmt.Sprint(q.OutletID), g}
		sf, ok := groups[k]
		if !ok {
			sf = &sourcingFigure{OutletID: q.OutletID, Outlet: names[q.OutletID], Group: g}
			groups[k] = sf
		}
		sf.Quotes += q.Quotes
		sf.Words += q.Words
	}
	for _, sf := range groups {
		p.allSources = append(p.allSources, *sf)
	}
	sort.Slice(p.allSources, func(i, j int) bool {
		if p.allSources[i].OutletID != p.allSources[j].OutletID {
			return p.allSources[i].OutletID < p.allSources[j].OutletID
		}
		return p.allSources[i].Group < p.allSources[j].Group
	})
	// The JSON twin carries the frames and sourcing of the outlets listed.
	listed := map[int64]bool{}
	for _, o := range p.Outlets {
		listed[o.ID] = true
	}
	for _, fr := range p.allFrames {
		if listed[fr.OutletID] {
			p.Frames = append(p.Frames, fr)
		}
	}
	for _, sf := range p.allSources {
		if listed[sf.OutletID] {
			p.Sourcing = append(p.Sourcing, sf)
		}
	}
	s.overviewTables(p, figs, c.Query("csv") == "outlets")
	s.overviewCharts(p)
	return p, nil
}

// chosenOutlets reads the outlets chosen with ?outlet=ID (repeatable).
func chosenOutlets(c *fiber.Ctx) (map[int64]bool, error) {
	q, _ := url.ParseQuery(string(c.Request().URI().QueryString()))
	var chosen map[int64]bool
	for _, v := range q["outlet"] {
		id, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		if err != nil || id <= 0 {
			return nil, errBadRequest("outlet must be an outlet number, not %q", v)
		}
		if chosen == nil {
			chosen = map[int64]bool{}
		}
		chosen[id] = true
	}
	return chosen, nil
}

// pickOutlets decides which outlets the charts show and the table lists:
// the chosen ones, or the top ones, or with ?outlets=all (all) one page
// (pageParam, from 1) of every outlet.
func (p *overviewPage) pickOutlets(figs []outletFigures, chosen map[int64]bool, all bool, pageParam string) error {
	p.OutletsTotal = len(figs)
	if chosen != nil {
		p.Chosen = true
		for _, o := range figs {
			if chosen[o.ID] {
				p.charted = append(p.charted, o)
			}
		}
		p.ChartLimit = len(p.charted)
	} else {
		p.charted = figs[:min(chartLimit, len(figs))]
	}
	p.AllOutlets = all
	if !p.AllOutlets {
		if chosen != nil {
			p.Outlets = p.charted
		} else {
			p.Outlets = figs[:min(tableLimit, len(figs))]
		}
		p.Pager = pagerView{Page: 1, Pages: 1, From: min(1, len(p.Outlets)), To: len(p.Outlets)}
		return nil
	}
	page := 1
	if pageParam != "" {
		n, err := strconv.Atoi(pageParam)
		if err != nil || n < 1 {
			return errBadRequest("page must be a page number, not %q", pageParam)
		}
		page = n
	}
	pages := max(1, (len(figs)+outletsPerPage-1)/outletsPerPage)
	page = min(page, pages)
	from := (page - 1) * outletsPerPage
	to := min(from+outletsPerPage, len(figs))
	p.Outlets = figs[from:to]
	p.Pager = pagerView{Page: page, Pages: pages, From: min(from+1, to), To: to}
	if page > 1 {
		p.Pager.Prev = p.Link(p.Self("page", strconv.Itoa(page-1)) + "#table-outlets")
	}
	if page < pages {
		p.Pager.Next = p.Link(p.Self("page", strconv.Itoa(page+1)) + "#table-outlets")
	}
	return nil
}

// AllOutletsURL is this overview listing every outlet, a page at a time.
func (p *overviewPage) AllOutletsURL() string {
	q := url.Values{}
	for k, vs := range p.Query {
		if k != "outlet" && k != "page" && k != "blind" {
			q[k] = vs
		}
	}
	q.Set("outlets", "all")
	return p.Link(p.Path + "?" + q.Encode() + "#table-outlets")
}

// TopOutletsURL is this overview back at the top outlets.
func (p *overviewPage) TopOutletsURL() string {
	q := url.Values{}
	for k, vs := range p.Query {
		if k != "outlet" && k != "page" && k != "outlets" && k != "blind" {
			q[k] = vs
		}
	}
	if len(q) == 0 {
		return p.Link(p.Path)
	}
	return p.Link(p.Path + "?" + q.Encode())
}

// storyLabel is a story's name in lists: its title, or its key.
func storyLabel(key, title string) string {
	if title != "" {
		return title
	}
	return key
}

// categoryOptions lists the lexicon's categories as toggles.
func (s *server) categoryOptions(selected []string) []option {
	seen := map[string]bool{}
	var cats []string
	for _, e := range s.lex.Entries() {
		if e.Category != "" && !seen[e.Category] {
			seen[e.Category] = true
			cats = append(cats, e.Category)
		}
	}
	sort.Strings(cats)
	sel := map[string]bool{}
	for _, c := range selected {
		sel[c] = true
	}
	out := make([]option, len(cats))
	for i, c := range cats {
		out[i] = option{Value: c, Label: c, Selected: sel[c]}
	}
	return out
}

// evidenceURL is the address of the evidence list for the filter plus the
// given parameters.
func (p Page) evidenceURL(f store.Filter, kv ...string) string {
	q := url.Values{}
	if f.Story != "" {
		q.Set("story", f.Story)
	}
	if f.From != "" {
		q.Set("from", f.From)
	}
	if f.To != "" {
		q.Set("to", f.To)
	}
	for _, c := range f.Categories {
		q.Add("category", c)
	}
	if pk := p.Query.Get("pack"); pk != "" {
		q.Set("pack", pk)
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			q.Set(kv[i], kv[i+1])
		}
	}
	return p.Link("/evidence?" + q.Encode())
}

// rateCell shows a rate with its interval and sample size, or the counts
// with "insufficient data" when the evidence is thin (SPEC principle 4).
func rateCell(r rateFigure) Cell {
	if r.Denom == 0 {
		return Cell{Text: "–", Title: "no analysed text"}
	}
	if r.Insufficient {
		return Cell{Text: fmt.Sprintf("%s / %s words (insufficient data)", plural(r.Hits, "hit", "hits"), formatInt(r.Denom)),
			Class: "thin", Title: fmt.Sprintf("fewer than 3 articles or 250 words: n = %d", r.N)}
	}
	return Cell{Text: fmt.Sprintf("%.2f [%.2f–%.2f]", r.Rate, r.Lo, r.Hi),
		Title: fmt.Sprintf("%d hits in %s narrator words, %d articles; 95%% bootstrap interval", r.Hits, formatInt(r.Denom), r.N)}
}

// overviewTables builds the stories and outlets tables; the outlets table
// lists p.Outlets, or every outlet (all) for the CSV export.
func (s *server) overviewTables(p *overviewPage, all []outletFigures, csvAll bool) {
	t := Table{ID: "outlets", Caption: "Outlets",
		Note:    "Rates are hits per 1,000 narrator words (the outlet's own voice), pooled over articles, with 95% bootstrap intervals. Corpus-wide figures mix stories: compare outlets within one story first.",
		Columns: []Column{{Name: "Outlet"}, {Name: "Articles", Num: true}, {Name: "Narrator words", Num: true}}}
	for _, sig := range rateSignals {
		t.Columns = append(t.Columns, Column{Name: sig + " " + signalName(sig), Num: true})
	}
	t.Columns = append(t.Columns, Column{Name: "Quotes", Num: true})
	f := store.Filter{Story: p.Filter.Story, From: p.Filter.From, To: p.Filter.To, Categories: p.Filter.Categories}
	listed := p.Outlets
	if csvAll {
		listed = all
	}
	for _, o := range listed {
		row := []Cell{{Text: o.Name, URL: p.Link(fmt.Sprintf("/outlet/%d", o.ID))},
			{Text: formatInt(o.Articles), URL: p.Link(fmt.Sprintf("/outlet/%d#table-articles", o.ID))},
			{Text: formatInt(o.NarratorWords)}}
		for _, sig := range rateSignals {
			cell := rateCell(o.Rates[sig])
			cell.URL = p.evidenceURL(f, "outlet", fmt.Sprint(o.ID), "signal", sig, "voice", "own")
			row = append(row, cell)
		}
		row = append(row, Cell{Text: formatInt(o.Quotes), URL: p.Link(fmt.Sprintf("/outlet/%d#table-quotes", o.ID))})
		t.Rows = append(t.Rows, row)
	}
	st := Table{ID: "stories", Caption: "Stories", Note: "Compare like with like: a story groups the articles about one event.",
		Columns: []Column{{Name: "Story"}, {Name: "Outlets", Num: true}, {Name: "Articles", Num: true}, {Name: "First published"}}}
	for _, s := range p.Stories {
		st.Rows = append(st.Rows, []Cell{{Text: storyLabel(s.Key, s.Title), URL: s.URL}, {Text: formatInt(s.Outlets)},
			{Text: formatInt(s.Articles)}, {Text: dateOnly(s.First)}})
	}
	p.Tables = append(p.Tables, st, t)
}

// plural writes n with the singular or plural noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return formatInt(n) + " " + many
}

// dateOnly returns the date part of an RFC 3339 time stamp.
func dateOnly(ts string) string {
	if len(ts) >= 10 {
		return ts[:10]
	}
	return ts
}

func (s *server) overviewCharts(p *overviewPage) {
	f := store.Filter{Story: p.Filter.Story, From: p.Filter.From, To: p.Filter.To, Categories: p.Filter.Categories}
	top := p.charted
	var rows []charts.Interval
	for _, o := range top {
		r := o.Rates["L1"]
		rows = append(rows, charts.Interval{Label: o.Name, Rate: r.Rate, Lo: r.Lo, Hi: r.Hi, N: r.N,
			Insufficient: r.Insufficient, URL: p.evidenceURL(f, "outlet", fmt.Sprint(o.ID), "signal", "L1", "voice", "own")})
	}
	p.Charts = append(p.Charts, charts.RateBars("chart-loaded", "Loaded language (L1) per 1,000 narrator words",
		"L1 per 1,000 narrator words", rows))

	cats := make([]string, len(top))
	for i, o := range top {
		cats[i] = o.Name
	}
	var mix []charts.Series
	for _, sig := range mixSignals {
		ser := charts.Series{Name: sig + " " + signalName(sig)}
		for _, o := range top {
			total := 0
			for _, s2 := range mixSignals {
				total += o.Hits[s2]
			}
			share := 0.0
			if total > 0 {
				share = float64(o.Hits[sig]) / float64(total) * 100
			}
			ser.Values = append(ser.Values, share)
			ser.URLs = append(ser.URLs, p.evidenceURL(f, "outlet", fmt.Sprint(o.ID), "signal", sig, "voice", "own"))
		}
		mix = append(mix, ser)
	}
	p.Charts = append(p.Charts, charts.StackedBars("chart-mix", "Signal mix: share of each outlet's hits (%)", "% of hits", true, cats, mix))

	idx := map[int64]int{}
	for i, o := range top {
		idx[o.ID] = i
	}
	frameIdx := map[string]int{}
	var frameCols []string
	for _, fr := range append(append([]string{}, policyFrames...), conflictFrames...) {
		frameIdx[fr] = len(frameCols)
		frameCols = append(frameCols, frameName(fr))
	}
	var cells []charts.Cell
	for _, fr := range p.allFrames {
		y, ok := idx[fr.OutletID]
		x, ok2 := frameIdx[fr.Frame]
		if !ok || !ok2 {
			continue
		}
		cells = append(cells, charts.Cell{X: x, Y: y, Value: math.Round(fr.Share * 100),
			Label: fmt.Sprintf("%d of %d articles", fr.Present, fr.Articles),
			URL:   p.evidenceURL(f, "outlet", fmt.Sprint(fr.OutletID), "category", fr.Frame)})
	}
	p.Charts = append(p.Charts, charts.Heatmap("chart-frames", "Frames: % of each outlet's articles where the frame is present",
		"% of articles", frameCols, cats, cells))

	groupSet := map[string]bool{}
	for _, sf := range p.allSources {
		if _, ok := idx[sf.OutletID]; ok {
			groupSet[sf.Group] = true
		}
	}
	groups := sortedKeys(groupSet)
	var srcSeries []charts.Series
	for _, g := range groups {
		ser := charts.Series{Name: g}
		for _, o := range top {
			total, n := 0, 0
			for _, sf := range p.allSources {
				if sf.OutletID == o.ID {
					total += sf.Quotes
					if sf.Group == g {
						n += sf.Quotes
					}
				}
			}
			share := 0.0
			if total > 0 {
				share = float64(n) / float64(total) * 100
			}
			ser.Values = append(ser.Values, share)
			ser.URLs = append(ser.URLs, p.Link(fmt.Sprintf("/outlet/%d?group=%s#table-quotes", o.ID, url.QueryEscape(g))))
		}
		srcSeries = append(srcSeries, ser)
	}
	p.Charts = append(p.Charts, charts.StackedBars("chart-sourcing", "Sourcing: share of quotes by speaker group (%)", "% of quotes", true, cats, srcSeries))
}

// handleOverview serves the overview page.
func (s *server) handleOverview(c *fiber.Ctx) error {
	p, err := s.overview(c)
	if err != nil {
		return err
	}
	if ok, err := sendCSV(c, &p.Page); ok {
		return err
	}
	return s.render(c, "overview", p)
}

package app

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/framelens/framelens/app/analysis/cluster"
	"github.com/framelens/framelens/app/ingest"
	"github.com/framelens/framelens/app/ingest/web"
	"github.com/framelens/framelens/store"
)

// eventArticle is one article of a made-up news week.
type eventArticle struct {
	outlet, title, lead, url string
	at                       time.Time
}

func eventDay(d, h int) time.Time { return time.Date(2026, 3, d, h, 0, 0, 0, time.UTC) }

// damDay1 and damDay2 report one event (a dam failure) on two days; ferry
// reports another; the distractor shares a place with the first.
var (
	damDay1 = []eventArticle{
		{"Daily Ledger", "Riverton dam collapses after days of heavy rain, thousands evacuated",
			"The Hollins Creek dam above Riverton gave way early on Tuesday after a week of record rainfall, sending a wall of water through the lower town. Emergency crews evacuated about 4,000 residents overnight.",
			"https://www.ledger.example/news/dam", eventDay(3, 6)},
		{"Morning Star", "Floodwaters pour into Riverton as Hollins Creek dam gives way",
			"Residents of Riverton fled to higher ground on Tuesday when the ageing Hollins Creek dam failed under the pressure of days of rain. Officials said no deaths had been confirmed.",
			"https://star.example/dam", eventDay(3, 9)},
		{"The Courier", "Governor Mbeki declares emergency after Riverton dam breach",
			"Governor Ada Mbeki declared a state of emergency in Hollins County on Tuesday after the dam on Hollins Creek was breached and floodwater swamped much of Riverton.",
			"https://courier.example/dam", eventDay(3, 14)},
		{"Daily Ledger", "Riverton school board approves budget for new library",
			"The Riverton school board voted 5-2 on Wednesday to approve a budget that includes a new library for the high school.",
			"https://ledger.example/school", eventDay(4, 10)},
	}
	damDay2 = []eventArticle{
		{"Channel 9", "Questions over inspections as Riverton counts cost of Hollins Creek dam failure",
			"A day after the Hollins Creek dam collapsed, Riverton residents returned to flooded homes and asked why warnings about the dam, raised in a 2019 inspection, were not acted on.",
			"https://ch9.example/dam", eventDay(4, 8)},
		{"Daily Ledger", "Ferry crews strike in Port Aster, stranding island travellers",
			"Ferry crews walked out in Port Aster on Friday in a dispute over pay and rosters, leaving hundreds of passengers bound for Gull Island stranded at the terminal.",
			"https://ledger.example/ferry", eventDay(6, 6)},
		{"Morning Star", "Port Aster ferry walkout leaves Gull Island cut off",
			"No ferries sailed between Port Aster and Gull Island on Friday after the Maritime Workers Union began a 48-hour strike over pay and rosters by ferry crews.",
			"https://star.example/ferry", eventDay(6, 9)},
	}
)

// importEvents imports articles as one batch and runs incremental
// clustering on it, as the import command does.
func importEvents(t *testing.T, db *store.DB, f *adminFixture, arts []eventArticle) int64 {
	t.Helper()
	src := func(ctx context.Context, emit func(ingest.Article) error, fail func(ingest.Failure)) error {
		for _, a := range arts {
			text := a.lead + "\n\nMore details were expected later in the day, officials said."
			if err := emit(ingest.Article{Title: a.title, Outlet: a.outlet, URL: a.url, Published: a.at, Text: text,
				Language: "en", Format: "text", Source: "test"}); err != nil {
				return err
			}
		}
		return nil
	}
	stats, err := importArticles(context.Background(), db, f.srv.lex.load(), src, "test", false, nil, nil)
	if err != nil || stats.Imported != len(arts) {
		t.Fatalf("import: %+v, %v", stats, err)
	}
	if _, err := suggestRecent(context.Background(), db, stats.Batch); err != nil {
		t.Fatal(err)
	}
	return stats.Batch
}

// suggestedGroups returns the titles grouped by suggested story, each group
// sorted, groups sorted, with the key of each title.
func suggestedGroups(t *testing.T, f *adminFixture) ([][]string, map[string]string) {
	t.Helper()
	by := map[string][]string{}
	keyOf := map[string]string{}
	for _, a := range articles(t, f) {
		keyOf[a.Title] = a.SuggestedStory
		if a.SuggestedStory != "" && a.SuggestedStory != store.NoSuggestion {
			by[a.SuggestedStory] = append(by[a.SuggestedStory], a.Title)
		}
	}
	var groups [][]string
	for _, g := range by {
		sort.Strings(g)
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i][0] < groups[j][0] })
	return groups, keyOf
}

func TestClusterIncrementalAfterImportsAgreesWithFull(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	importEvents(t, f.db, f, damDay1)
	_, keys1 := suggestedGroups(t, f)
	damKey := keys1[damDay1[0].title]
	if damKey == "" || keys1[damDay1[1].title] != damKey || keys1[damDay1[2].title] != damKey {
		t.Fatalf("after the first import: keys %v, want the three dam reports under one key", keys1)
	}
	if k := keys1[damDay1[3].title]; k != "" {
		t.Errorf("after the first import: the school story got %q, want none", k)
	}
	importEvents(t, f.db, f, damDay2)
	inc, keys2 := suggestedGroups(t, f)
	if got := keys2[damDay2[0].title]; got != damKey {
		t.Errorf("the later dam report got %q, want the existing key %q", got, damKey)
	}
	for _, a := range damDay1[:3] {
		if keys2[a.title] != damKey {
			t.Errorf("%q changed key to %q, want %q kept", a.title, keys2[a.title], damKey)
		}
	}
	if keys2[damDay2[1].title] == "" || keys2[damDay2[1].title] != keys2[damDay2[2].title] || keys2[damDay2[1].title] == damKey {
		t.Errorf("ferry reports: keys %q and %q, want one new key", keys2[damDay2[1].title], keys2[damDay2[2].title])
	}

	// The full re-run groups the same articles.
	if _, _, err := suggestStories(context.Background(), f.db, cluster.Params{}); err != nil {
		t.Fatal(err)
	}
	full, _ := suggestedGroups(t, f)
	if fmt.Sprint(inc) != fmt.Sprint(full) {
		t.Errorf("incremental groups %v, want the full run's %v", inc, full)
	}
}

// TestClusterIncrementalChunks imports both days as one batch placed two
// articles at a time (as a bulk import is placed in chunks): each chunk
// sees the articles of the chunks before it, and the groups are the full
// run's.
func TestClusterIncrementalChunks(t *testing.T) {
	old := recentChunk
	recentChunk = 2
	t.Cleanup(func() { recentChunk = old })
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	importEvents(t, f.db, f, append(append([]eventArticle{}, damDay1...), damDay2...))
	inc, keys := suggestedGroups(t, f)
	if len(inc) != 2 {
		t.Errorf("chunked: groups %v, want the dam and the ferry", inc)
	}
	if k := keys[damDay1[0].title]; k == "" || keys[damDay2[0].title] != k {
		t.Errorf("chunked: the dam reports of both days under %q and %q, want one key", k, keys[damDay2[0].title])
	}
	if _, _, err := suggestStories(context.Background(), f.db, cluster.Params{}); err != nil {
		t.Fatal(err)
	}
	if full, _ := suggestedGroups(t, f); fmt.Sprint(inc) != fmt.Sprint(full) {
		t.Errorf("chunked groups %v, want the full run's %v", inc, full)
	}
}

func TestAdminStoriesPage(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	xss := damDay1[0]
	xss.title = "Riverton dam collapses " + adminXSS
	importEvents(t, f.db, f, append([]eventArticle{xss}, damDay1[1:]...))
	_, keys := suggestedGroups(t, f)
	sug := keys[damDay1[1].title]
	if sug == "" {
		t.Fatal("no suggestion to curate")
	}

	anon := f.browser()
	if r := anon.get("/admin/stories"); r.status != http.StatusSeeOther {
		t.Errorf("stories page without login: status %d, want 303 to the login", r.status)
	}
	b := f.adminBrowser()
	r := b.get("/admin/stories")
	if r.status != http.StatusOK {
		t.Fatalf("stories page: status %d: %s", r.status, r.body)
	}
	if strings.Contains(r.body, "<script>alert(1)") {
		t.Error("stories page: a title is not escaped")
	}
	if !strings.Contains(r.body, sug) || !strings.Contains(r.body, "Governor Mbeki declares emergency") {
		t.Errorf("stories page: suggestion %s or its articles missing", sug)
	}
	tok := b.csrf("/admin/stories")

	// Accept without the token is refused; with it, the articles get the story.
	form := url.Values{"suggested": {sug}, "key": {"riverton-dam"}, "title": {"Riverton dam " + adminXSS}}
	if r := b.post("/admin/stories/accept", form); r.status != http.StatusForbidden {
		t.Errorf("accept without CSRF: status %d, want 403", r.status)
	}
	form.Set("csrf", tok)
	if r := b.post("/admin/stories/accept", form); r.status != http.StatusSeeOther {
		t.Fatalf("accept: status %d, want 303: %s", r.status, r.body)
	}
	st, err := f.db.Story(context.Background(), "riverton-dam")
	if err != nil || st.Articles != 3 {
		t.Fatalf("accepted story: %+v, %v; want 3 articles", st, err)
	}
	for _, bad := range []url.Values{
		{"csrf": {tok}, "suggested": {sug}, "key": {"suggested-x"}},
		{"csrf": {tok}, "suggested": {sug}, "key": {""}},
		{"csrf": {tok}, "suggested": {sug}, "key": {"riverton-dam"}},
	} {
		if r := b.post("/admin/stories/accept", bad); r.status != http.StatusBadRequest {
			t.Errorf("accept %v: status %d, want 400", bad, r.status)
		}
	}
	r = b.get("/admin/stories/view?key=riverton-dam")
	if r.status != http.StatusOK || strings.Contains(r.body, "<script>alert(1)") {
		t.Errorf("story page: status %d, escaped %v", r.status, !strings.Contains(r.body, "<script>alert(1)"))
	}
	ids := regexp.MustCompile(`name="article" value="(\d+)"`).FindAllStringSubmatch(r.body, -1)
	if len(ids) != 3 {
		t.Fatalf("story page: %d article checkboxes, want 3", len(ids))
	}

	// Split one article into a new story, then merge it back, then rename.
	split := url.Values{"csrf": {tok}, "from": {"riverton-dam"}, "article": {ids[2][1]}, "to": {"story"}, "key": {"riverton-governor"}, "title": {"Governor"}}
	if r := b.post("/admin/stories/split", split); r.status != http.StatusSeeOther {
		t.Fatalf("split: status %d: %s", r.status, r.body)
	}
	if st, _ := f.db.Story(context.Background(), "riverton-governor"); st.Articles != 1 {
		t.Errorf("split: new story has %d articles, want 1", st.Articles)
	}
	merge := url.Values{"csrf": {tok}, "from": {"riverton-governor"}, "into": {"riverton-dam"}}
	if r := b.post("/admin/stories/merge", merge); r.status != http.StatusSeeOther {
		t.Fatalf("merge: status %d: %s", r.status, r.body)
	}
	if st, _ := f.db.Story(context.Background(), "riverton-dam"); st.Articles != 3 {
		t.Errorf("merge: story has %d articles, want 3", st.Articles)
	}
	if r := b.post("/admin/stories/merge", url.Values{"csrf": {tok}, "from": {"riverton-dam"}, "into": {"suggested:" + sug}}); r.status != http.StatusBadRequest {
		t.Errorf("merge a story into a suggestion: status %d, want 400", r.status)
	}
	rename := url.Values{"csrf": {tok}, "key": {"riverton-dam"}, "title": {"Hollins Creek dam " + adminXSS}}
	if r := b.post("/admin/stories/rename", rename); r.status != http.StatusSeeOther {
		t.Fatalf("rename: status %d: %s", r.status, r.body)
	}
	r = b.get("/admin/stories/view?key=riverton-dam&done=renamed")
	if !strings.Contains(r.body, "Hollins Creek dam &#34;&gt;&lt;script&gt;") || strings.Contains(r.body, "<script>alert(1)") {
		t.Errorf("renamed story page: title missing or not escaped")
	}
	// Split out of every story: re-clustering leaves it alone.
	out := url.Values{"csrf": {tok}, "from": {"riverton-dam"}, "article": {ids[0][1]}, "to": {"none"}}
	if r := b.post("/admin/stories/split", out); r.status != http.StatusSeeOther {
		t.Fatalf("split out: status %d: %s", r.status, r.body)
	}
	if _, _, err := suggestStories(context.Background(), f.db, cluster.Params{}); err != nil {
		t.Fatal(err)
	}
	for _, a := range articles(t, f) {
		if fmt.Sprint(a.ID) == ids[0][1] && (a.Story != "" || a.SuggestedStory != store.NoSuggestion) {
			t.Errorf("article split out: story %q, suggested %q after re-clustering; want none", a.Story, a.SuggestedStory)
		}
		if fmt.Sprint(a.ID) == ids[1][1] && a.Story != "riverton-dam" {
			t.Errorf("accepted article: story %q after re-clustering, want riverton-dam", a.Story)
		}
	}
}

func TestAdminOutletsMergeRenameAndMapping(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	importEvents(t, f.db, f, damDay1)
	mapFile := filepath.Join(t.TempDir(), "outlets.map")
	if err := os.WriteFile(mapFile, []byte("# my outlets\nledger.example => Daily Ledger\nstar.example => Morning Star\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	old := outletMapPath
	outletMapPath = func() string { return mapFile }
	t.Cleanup(func() { outletMapPath = old })

	ctx := context.Background()
	ledger, _ := f.db.OutletByName(ctx, "Daily Ledger")
	star, _ := f.db.OutletByName(ctx, "Morning Star")
	b := f.adminBrowser()
	r := b.get("/admin/outlets")
	if r.status != http.StatusOK || !strings.Contains(r.body, "Morning Star") || !strings.Contains(r.body, mapFile) {
		t.Fatalf("outlets page: status %d, outlets or mapping file missing", r.status)
	}
	tok := b.csrf("/admin/outlets")
	rename := url.Values{"csrf": {tok}, "outlet": {fmt.Sprint(ledger)}, "name": {"The Ledger " + adminXSS}, "map": {"1"}}
	if r := b.post("/admin/outlets/rename", rename); r.status != http.StatusSeeOther {
		t.Fatalf("rename: status %d: %s", r.status, r.body)
	}
	if r := b.get("/admin/outlets"); strings.Contains(r.body, "<script>alert(1)") {
		t.Error("outlets page: a name is not escaped")
	}
	if r := b.post("/admin/outlets/rename", url.Values{"csrf": {tok}, "outlet": {fmt.Sprint(star)}, "name": {"The Courier"}}); r.status != http.StatusBadRequest {
		t.Errorf("rename to a taken name: status %d, want 400", r.status)
	}
	if r := b.post("/admin/outlets/merge", url.Values{"outlet": {fmt.Sprint(star)}, "from": {fmt.Sprint(star)}, "into": {fmt.Sprint(ledger)}}); r.status != http.StatusForbidden {
		t.Errorf("merge without CSRF: status %d, want 403", r.status)
	}
	merge := url.Values{"csrf": {tok}, "from": {fmt.Sprint(star)}, "into": {fmt.Sprint(ledger)}, "map": {"1"}}
	r = b.post("/admin/outlets/merge", merge)
	if r.status != http.StatusSeeOther || !strings.Contains(r.header.Get("Location"), "map=written") {
		t.Fatalf("merge: status %d, location %q: %s", r.status, r.header.Get("Location"), r.body)
	}
	o, err := f.db.Outlet(ctx, ledger)
	if err != nil || o.Articles != 3 {
		t.Errorf("merged outlet: %+v, %v; want 3 articles", o, err)
	}
	data, _ := os.ReadFile(mapFile)
	m, err := web.ParseMapping(strings.NewReader(string(data)))
	if err != nil {
		t.Fatalf("mapping after merge: %v\n%s", err, data)
	}
	into := "The Ledger " + adminXSS
	for _, c := range []struct{ url, site string }{
		{"https://star.example/x", ""}, {"https://www.ledger.example/y", ""}, {"", "Morning Star"}, {"", "daily ledger"},
	} {
		if got := web.ResolveOutlet(c.url, c.site, m); got != into {
			t.Errorf("mapping after rename and merge: %q %q resolves to %q, want %q", c.url, c.site, got, into)
		}
	}
	if !strings.HasPrefix(string(data), "# my outlets\n") {
		t.Errorf("mapping file lost its comment:\n%s", data)
	}
}

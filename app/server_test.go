package app

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/store"
)

// xssName is an outlet name, title and text fragment that would run as
// script if any page or chart put user text into HTML or JS unescaped, or
// through go-echarts' own renderer.
const xssName = `</script><script>alert(1)</script> __f__alert(1)__f__`

// fixture is a temp-file database with a few hand-made articles whose
// evidence is written directly (not by the analysis engine), so these tests
// pin the dashboard's behaviour whatever the lexicon finds.
type fixture struct {
	db   *store.DB
	srv  *server
	app  *fiber.App
	ids  map[string]int64 // article IDs by outlet name
	text map[int64]string
}

// fixtureArticle describes one article and the spans to mark in it.
type fixtureArticle struct {
	outlet, story, title, text string
	marks                      []fixtureMark
	quotes                     []fixtureMark
}

// fixtureMark marks the first occurrence of phrase in the text.
type fixtureMark struct {
	phrase, signal, entry, category, voice, speaker string
}

var fixtureArticles = []fixtureArticle{
	{outlet: "Alpha Daily", story: "vell-vote", title: "Vell regime slammed over vote",
		text: "Alpha Daily reports that the regime slammed its critics on Monday.\n\n\"We will win this vote,\" said the minister. The government met again on Tuesday, and critics slammed the plan.",
		marks: []fixtureMark{
			{phrase: "regime", signal: "N1", entry: "dt.name.regime", category: "delegitimising", voice: "narrator"},
			{phrase: "slammed", signal: "L1", entry: "dt.loaded.slammed", category: "emotive", voice: "narrator"},
			{phrase: "government", signal: "N1", entry: "dt.name.government", category: "formal", voice: "narrator"},
			{phrase: "win", signal: "L1", entry: "dt.loaded.slammed", category: "emotive", voice: "direct_quote", speaker: "the minister"},
		},
		quotes: []fixtureMark{{phrase: "\"We will win this vote,\"", voice: "direct", speaker: "the minister", category: "official"}}},
	{outlet: "Beta Wire", story: "vell-vote", title: "Vell government holds vote",
		text: "The government of Vell held a vote on Monday. Officials said it went well. Beta Wire could not verify the count.",
		marks: []fixtureMark{
			{phrase: "government", signal: "N1", entry: "dt.name.government", category: "formal", voice: "narrator"},
		},
		quotes: []fixtureMark{{phrase: "it went well", voice: "reported", speaker: "Officials", category: "official"}}},
	{outlet: xssName, story: "vell-vote", title: "Title " + xssName,
		text: "Text " + xssName + " and the regime slammed everyone. More text follows here.",
		marks: []fixtureMark{
			{phrase: "<script>alert(1)", signal: "L1", entry: "dt.loaded.slammed", category: "emotive", voice: "narrator"},
			{phrase: "slammed", signal: "L1", entry: "dt.loaded.slammed", category: "emotive", voice: "narrator", speaker: xssName},
		}},
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	db := testOpenDB(t, "test.db")
	lex, err := analysis.LoadLexicon(os.DirFS("testdata/dashboard/lexicon"))
	if err != nil {
		t.Fatal(err)
	}
	im, err := db.NewImporter(ctx, "fixture", false)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{db: db, ids: map[string]int64{}, text: map[int64]string{}}
	for i, fa := range fixtureArticles {
		an := &store.Analysis{LexiconVersion: lex.Version(), Words: 300, NarratorWords: 280, Sentences: 12,
			NarratorSentences: 10, Quotes: len(fa.quotes), Counts: map[string]int{}}
		for _, m := range fa.marks {
			start := strings.Index(fa.text, m.phrase)
			if start < 0 {
				t.Fatalf("fixture: %q not in text", m.phrase)
			}
			an.Evidence = append(an.Evidence, store.Evidence{Start: start, End: start + len(m.phrase), Signal: m.signal,
				Category: m.category, Entry: m.entry, Voice: m.voice, Speaker: m.speaker, Weight: 1, Term: strings.ToLower(m.phrase)})
			if m.voice != "direct_quote" {
				// As the analysis counts: the outlet's own wording only.
				an.Counts[m.signal]++
			}
		}
		for _, q := range fa.quotes {
			start := strings.Index(fa.text, q.phrase)
			an.QuoteSpans = append(an.QuoteSpans, store.Quote{Start: start, End: start + len(q.phrase), Kind: q.voice,
				Speaker: q.speaker, SpeakerGroup: q.category, Verb: "said", VerbClass: "neutral", Words: 4})
		}
		an.Frames = []store.Frame{{Frame: "political", Cues: 2, Present: true}, {Frame: "economic", Cues: 1}}
		id, _, err := im.Add(&store.Article{Title: fa.title, Outlet: fa.outlet, Story: fa.story, Text: fa.text,
			Language: "en", Hash: "hash-" + strconv.Itoa(i), Published: time.Date(2031, 5, 1+i, 9, 0, 0, 0, time.UTC),
			URL: "https://" + strings.ToLower(strings.ReplaceAll(fa.outlet, " ", "-")) + ".example/a", Analysis: an})
		if err != nil {
			t.Fatal(err)
		}
		f.ids[fa.outlet] = id
		f.text[id] = fa.text
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
	f.srv, err = newServer(db, lex, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	f.app = f.srv.newApp()
	return f
}

// get requests path and returns the status, content type and body.
func (f *fixture) get(t *testing.T, path string) (int, string, string) {
	t.Helper()
	resp, err := f.app.Test(httptest.NewRequest(http.MethodGet, path, nil), -1)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(b)
}

func (f *fixture) id(outlet string) string { return strconv.FormatInt(f.ids[outlet], 10) }

func TestRoutes(t *testing.T) {
	f := newFixture(t)
	alpha, beta := f.id("Alpha Daily"), f.id("Beta Wire")
	var alphaOutlet int64
	outlets, err := f.db.Outlets(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range outlets {
		if o.Name == "Alpha Daily" {
			alphaOutlet = o.ID
		}
	}
	outletID := strconv.FormatInt(alphaOutlet, 10)
	tests := []struct {
		path   string
		status int
		ctype  string
		want   []string
	}{
		{"/healthz", 200, "application/json", []string{`"ok"`}},
		{"/readyz", 200, "application/json", []string{`"ready"`}},
		{"/", 200, "text/html", []string{"Overview", "Alpha Daily", "Beta Wire", "vell-vote", `id="chart-loaded"`, `id="chart-frames"`, "insufficient data"}},
		{"/?story=vell-vote&from=2031-05-01&to=2031-05-31&category=emotive", 200, "text/html", []string{"Alpha Daily"}},
		{"/?pack=dashboard-test", 200, "text/html", []string{"Alpha Daily"}},
		{"/?from=yesterday", 400, "text/html", []string{"from must be a date"}},
		{"/?pack=nope", 400, "text/html", []string{"no lexicon pack"}},
		{"/story/vell-vote", 200, "text/html", []string{"What each outlet calls them", "Vell government", "regime", "delegitimising", "Who is quoted", "the minister", `href="/article/` + alpha + `#e`, `id="chart-story-frames"`, `id="chart-story-loaded"`}},
		{"/story/no-such-story", 404, "text/html", []string{"nothing at this address"}},
		{"/article/" + alpha, 200, "text/html", []string{"Vell regime slammed over vote", `class="hl sig-L1"`, `class="hl sig-N1"`, "Test explanation: &#34;slammed&#34; turns criticism into a fight.", "criticised; said", "dt.loaded.slammed", `class="q direct"`, "Who is quoted"}},
		{"/article/" + beta, 200, "text/html", []string{"Beta Wire could not verify", `class="q reported"`}},
		{"/article/999999", 404, "text/html", nil},
		{"/article/abc", 400, "text/html", []string{"not a valid id"}},
		{"/outlet/" + outletID, 200, "text/html", []string{"Alpha Daily", "Naming choices", "regime", "Rates with intervals"}},
		{"/outlet/999999", 404, "text/html", nil},
		{"/evidence?signal=L1", 200, "text/html", []string{"Highlights: L1", "slammed"}},
		{"/evidence?signal=ZZ", 400, "text/html", []string{"no signal"}},
		{"/evidence?entry=dt.name.regime", 200, "text/html", []string{"regime"}},
		{"/terms?q=vote", 200, "text/html", []string{"appears in 2 articles", "<mark>vote</mark>"}},
		{"/terms", 200, "text/html", []string{"Search a word"}},
		{"/terms?q=" + strings.Repeat("x", 300), 400, "text/html", nil},
		{"/lexicon", 200, "text/html", []string{"Dashboard test pack", "dt.name.regime"}},
		{"/lexicon?q=regime", 200, "text/html", []string{"dt.name.regime"}},
		{"/lexicon/dt.name.regime", 200, "text/html", []string{"Vell government", "delegitimising", "Articles this entry highlights"}},
		{"/lexicon/no.such.entry", 404, "text/html", nil},
		{"/evidence.csv", 200, "text/csv", []string{"evidence_id,article_id,outlet", "dt.loaded.slammed"}},
		{"/metrics.csv", 200, "text/csv", []string{"article_id,outlet,story", "Alpha Daily"}},
		{"/?csv=outlets", 200, "text/csv", []string{"Outlet,Articles", "Alpha Daily"}},
		{"/story/vell-vote?csv=naming", 200, "text/csv", []string{"Actor", "Vell government"}},
		{"/?csv=nope", 400, "text/html", nil},
		{"/api/overview", 200, "application/json", []string{`"outlets"`, `"rate_per_1000"`}},
		{"/api/stories", 200, "application/json", []string{"vell-vote"}},
		{"/api/story/vell-vote", 200, "application/json", []string{`"naming"`, "Vell government"}},
		{"/api/article/" + alpha, 200, "application/json", []string{`"evidence"`, `"start"`}},
		{"/api/article/999999", 404, "application/json", []string{`"error"`}},
		{"/api/outlet/" + outletID, 200, "application/json", []string{`"figures"`}},
		{"/api/evidence?signal=N1", 200, "application/json", []string{`"hits"`, "regime"}},
		{"/api/terms?q=vote", 200, "application/json", []string{`"by_outlet"`}},
		{"/api/lexicon", 200, "application/json", []string{"dt.name.regime"}},
		{"/api/lexicon/dt.name.regime", 200, "application/json", []string{`"articles"`}},
		{"/static/app.js", 200, "text/javascript", []string{"encodeHTML"}},
		{"/static/vendor/echarts/echarts.min.js", 200, "text/javascript", nil},
		{"/static/nope.js", 404, "", nil},
		{"/nope", 404, "text/html", nil},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			status, ctype, body := f.get(t, tt.path)
			if status != tt.status {
				t.Errorf("status = %d, want %d; body: %.300s", status, tt.status, body)
			}
			if !strings.HasPrefix(ctype, tt.ctype) {
				t.Errorf("content type = %q, want %q...", ctype, tt.ctype)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("body does not contain %q", w)
				}
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t)
	resp, err := f.app.Test(httptest.NewRequest(http.MethodGet, "/", nil), -1)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	for h, want := range map[string]string{
		"Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'",
		"X-Content-Type-Options":  "nosniff",
		"X-Frame-Options":         "DENY",
	} {
		if got := resp.Header.Get(h); !strings.HasPrefix(got, want) {
			t.Errorf("%s = %q, want %q...", h, got, want)
		}
	}
}

// pages are the HTML pages checked for blind mode and injection.
func (f *fixture) pages(t *testing.T) []string {
	outlets, err := f.db.Outlets(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{"/", "/story/vell-vote", "/evidence", "/evidence?signal=L1", "/terms?q=vote", "/terms?q=alert",
		"/lexicon", "/lexicon/dt.loaded.slammed", "/evidence.csv", "/metrics.csv", "/?csv=outlets", "/story/vell-vote?csv=quotes",
		"/api/overview", "/api/story/vell-vote"}
	for _, id := range f.ids {
		paths = append(paths, "/article/"+strconv.FormatInt(id, 10), "/api/article/"+strconv.FormatInt(id, 10))
	}
	for _, o := range outlets {
		paths = append(paths, "/outlet/"+strconv.FormatInt(o.ID, 10))
	}
	return paths
}

func TestBlindModeHidesNames(t *testing.T) {
	f := newFixture(t)
	for _, path := range f.pages(t) {
		sep := "?"
		if strings.Contains(path, "?") {
			sep = "&"
		}
		t.Run(path, func(t *testing.T) {
			status, _, body := f.get(t, path+sep+"blind=1")
			if status != 200 {
				t.Fatalf("status = %d, want 200", status)
			}
			for _, name := range []string{"Alpha Daily", "Beta Wire", "alpha-daily", "beta-wire"} {
				if strings.Contains(strings.ToLower(body), strings.ToLower(name)) {
					t.Errorf("blind page contains %q", name)
				}
			}
			if !strings.Contains(body, "Outlet ") {
				t.Errorf("blind page names no \"Outlet X\"")
			}
			if strings.HasPrefix(body, "<!doctype") {
				// Links must keep blind mode: every internal page link carries
				// blind=1, except the toggle that turns it off.
				body = regexp.MustCompile(`<a class="blind-toggle"[^>]*>`).ReplaceAllString(body, "")
				for _, m := range regexp.MustCompile(`href="(/(?:article|outlet|story|evidence|terms|lexicon)[^"]*)"`).FindAllStringSubmatch(body, -1) {
					if !strings.Contains(m[1], "blind=1") {
						t.Errorf("link %s drops blind mode", m[1])
					}
				}
			}
		})
	}
}

func TestBlindLabelsStable(t *testing.T) {
	outlets := []store.OutletRow{{ID: 1, Name: "Zeta"}, {ID: 2, Name: "Alpha"}, {ID: 3, Name: "Mid"}, {ID: 4, Name: "Beta"}}
	a, b := newBlindNames("salt-1", outlets), newBlindNames("salt-1", outlets)
	seen := map[string]bool{}
	for _, o := range outlets {
		if a.label[o.ID] != b.label[o.ID] {
			t.Errorf("outlet %s: labels %q and %q differ for the same salt", o.Name, a.label[o.ID], b.label[o.ID])
		}
		seen[a.label[o.ID]] = true
	}
	for _, want := range []string{"Outlet A", "Outlet B", "Outlet C", "Outlet D"} {
		if !seen[want] {
			t.Errorf("labels %v lack %q", a.label, want)
		}
	}
	if got := (&view{blind: true, names: a}).text("ZETA said, and Zetas did not."); got != "[Outlet "+a.label[1][7:]+"] said, and Zetas did not." {
		t.Errorf("redacted text = %q", got)
	}
}

func TestLetters(t *testing.T) {
	for _, tt := range []struct {
		i    int
		want string
	}{{0, "A"}, {1, "B"}, {25, "Z"}, {26, "AA"}, {27, "AB"}, {51, "AZ"}, {52, "BA"}, {701, "ZZ"}, {702, "AAA"}} {
		if got := letters(tt.i); got != tt.want {
			t.Errorf("letters(%d) = %q, want %q", tt.i, got, tt.want)
		}
	}
}

var scriptTag = regexp.MustCompile(`(?is)<script([^>]*)>(.*?)</script>`)

func TestNoScriptInjection(t *testing.T) {
	f := newFixture(t)
	for _, path := range f.pages(t) {
		for _, blind := range []string{"", "blind=1"} {
			p := path
			if blind != "" {
				if strings.Contains(p, "?") {
					p += "&" + blind
				} else {
					p += "?" + blind
				}
			}
			t.Run(p, func(t *testing.T) {
				_, ctype, body := f.get(t, p)
				if strings.HasPrefix(ctype, "text/csv") {
					// CSV is data served as text/csv with nosniff: it keeps the
					// text exactly as imported.
					return
				}
				if strings.Contains(body, "<script>alert") || strings.Contains(body, "<script>\nalert") {
					t.Errorf("page contains an executable <script>alert")
				}
				if !strings.HasPrefix(ctype, "text/html") {
					return
				}
				for _, m := range scriptTag.FindAllStringSubmatch(body, -1) {
					attrs, content := m[1], m[2]
					switch {
					case strings.Contains(attrs, `type="application/json"`):
						var v any
						if err := json.Unmarshal([]byte(content), &v); err != nil {
							t.Errorf("JSON block does not parse: %v: %.200s", err, content)
						}
						if strings.Contains(strings.ToLower(content), "</script") || strings.Contains(content, "<script") {
							t.Errorf("JSON block holds a raw script tag: %.200s", content)
						}
					case strings.Contains(attrs, `src="/static/`) && strings.TrimSpace(content) == "":
					default:
						t.Errorf("unexpected script element <script%s>%.100s", attrs, content)
					}
				}
				if n := strings.Count(body, "<script"); n != len(scriptTag.FindAllString(body, -1)) {
					t.Errorf("%d <script openings but %d whole elements", n, len(scriptTag.FindAllString(body, -1)))
				}
			})
		}
	}
}

func TestEvidenceCSVOffsets(t *testing.T) {
	f := newFixture(t)
	_, _, body := f.get(t, "/evidence.csv")
	recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) < 2 {
		t.Fatalf("got %d rows, want a header and hits", len(recs))
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, r := range recs[1:] {
		id, _ := strconv.ParseInt(r[col["article_id"]], 10, 64)
		start, _ := strconv.Atoi(r[col["start"]])
		end, _ := strconv.Atoi(r[col["end"]])
		text := f.text[id]
		got := strings.TrimPrefix(r[col["text"]], "'")
		if want := text[start:end]; got != want {
			t.Errorf("row %v: text = %q, want text[%d:%d] = %q", r[0], got, start, end, want)
		}
	}
}

func TestRenderTextKeepsEveryByte(t *testing.T) {
	s := &server{lex: newLiveLexicon(mustLexicon(t))}
	text := "Ünïcode “quoted” regime slammed — end"
	i := strings.Index(text, "regime")
	j := strings.Index(text, "slammed")
	q := strings.Index(text, "“")
	ev := []store.EvidenceRow{
		{ID: 1, Start: i, End: j + len("slammed"), Signal: "E5"},
		{ID: 2, Start: i, End: i + len("regime"), Signal: "N1", Entry: "dt.name.regime"},
		{ID: 3, Start: j, End: j + len("slammed"), Signal: "L1", Entry: "dt.loaded.slammed"},
		{ID: 4, Start: 1, End: 3, Signal: "L1"},             // inside the two-byte "Ü": not a character boundary
		{ID: 5, Start: 0, End: len(text) + 5, Signal: "L1"}, // past the end
	}
	qs := []store.QuoteRow{{ID: 9, Start: q, End: q + len("“quoted”"), Kind: "direct"}}
	rt := s.renderText(text, ev, qs, Page{}, func(s string) string { return s })
	var b strings.Builder
	anchors := map[string]bool{}
	for _, seg := range rt.Segments {
		b.WriteString(seg.Text)
		for _, a := range seg.Anchors {
			if anchors[a] {
				t.Errorf("anchor %s twice", a)
			}
			anchors[a] = true
		}
	}
	if b.String() != text {
		t.Errorf("segments join to %q, want %q", b.String(), text)
	}
	for _, want := range []string{"e1", "e2", "e3", "q9"} {
		if !anchors[want] {
			t.Errorf("no anchor %s", want)
		}
	}
	for _, bad := range []string{"e4", "e5"} {
		if anchors[bad] {
			t.Errorf("invalid span %s was drawn", bad)
		}
	}
	for _, seg := range rt.Segments {
		if seg.Text == "regime" && (seg.Mark == nil || seg.Mark.Signal != "N1" || seg.Claim == nil || seg.Claim.Signal != "E5") {
			t.Errorf("regime: mark %+v claim %+v, want N1 inside E5", seg.Mark, seg.Claim)
		}
		if seg.Text == "“quoted”" && seg.Quote == nil {
			t.Errorf("quote not shaded")
		}
	}
}

func mustLexicon(t *testing.T) *analysis.Lexicon {
	t.Helper()
	lex, err := analysis.LoadLexicon(os.DirFS("testdata/dashboard/lexicon"))
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

func TestServeShutsDown(t *testing.T) {
	f := newFixture(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.srv.serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("readyz = %d, want 200", resp.StatusCode)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve returned %v after cancel, want nil", err)
	}
}

func TestOpenURL(t *testing.T) {
	for _, tt := range []struct{ addr, want string }{
		{"127.0.0.1:8080", "http://127.0.0.1:8080/"},
		{"0.0.0.0:80", "http://127.0.0.1:80/"},
		{"[::]:8080", "http://127.0.0.1:8080/"},
		{"[::1]:8080", "http://[::1]:8080/"},
	} {
		a, err := net.ResolveTCPAddr("tcp", tt.addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := openURL(a); got != tt.want {
			t.Errorf("openURL(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}

// TestCountsMatchTheirEvidence checks that every outlet's count on the
// overview opens onto exactly that many highlights.
func TestCountsMatchTheirEvidence(t *testing.T) {
	f := newFixture(t)
	_, _, body := f.get(t, "/api/overview")
	var ov struct {
		Outlets []struct {
			ID   int64          `json:"id"`
			Hits map[string]int `json:"hits"`
		} `json:"outlets"`
	}
	if err := json.Unmarshal([]byte(body), &ov); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, o := range ov.Outlets {
		for _, sig := range []string{"L1", "N1"} {
			_, _, eb := f.get(t, "/api/evidence?voice=own&signal="+sig+"&outlet="+strconv.FormatInt(o.ID, 10))
			var ev struct {
				Hits []json.RawMessage `json:"hits"`
			}
			if err := json.Unmarshal([]byte(eb), &ev); err != nil {
				t.Fatal(err)
			}
			if got, want := len(ev.Hits), o.Hits[sig]; got != want {
				t.Errorf("outlet %d %s: evidence list has %d hits, overview counts %d", o.ID, sig, got, want)
			}
			checked += o.Hits[sig]
		}
	}
	if checked == 0 {
		t.Errorf("no hits checked")
	}
}

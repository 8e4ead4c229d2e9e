package app

// Browser tests: every page opened in a real headless Chromium, on the demo
// corpus, on the seeds and on the injection fixture. They need
// /usr/bin/chromium: without it they skip, except under CI=true, where they
// fail. Screenshots go to testdata/screenshots (git-ignored).

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/framelens/framelens/app/internal/sharedtest"
	"github.com/framelens/framelens/store"
)

const chromiumPath = "/usr/bin/chromium"

// browserCtx starts one headless Chromium for a test, or skips (fails
// under CI=true) when it is not installed.
func browserCtx(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing (%v); CI=true, so the browser tests fail instead of skipping", chromiumPath, err)
		}
		t.Skipf("skipping browser test: %s is missing (apt-get install chromium)", chromiumPath)
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 720),
	)
	t.Cleanup(cancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return bctx
}

// site is a running server with the database it serves.
type site struct {
	name    string
	base    string // http://127.0.0.1:PORT
	db      *store.DB
	outlets []string // real outlet names, which blind mode must hide
}

// startSite serves db on a free loopback port until the test ends.
func startSite(t *testing.T, name string, db *store.DB, srv *server) *site {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	s := &site{name: name, base: "http://" + ln.Addr().String(), db: db}
	outlets, err := db.Outlets(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range outlets {
		s.outlets = append(s.outlets, o.Name)
	}
	return s
}

// demoSite is a fresh database with the demo corpus, scored by the built-in
// lexicon, as `framelens serve` starts on an empty database.
func demoSite(t *testing.T) *site {
	t.Helper()
	ctx := context.Background()
	lex, err := openLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := loadDemoIfEmpty(ctx, db, lex, log); err != nil {
		t.Fatal(err)
	}
	srv, err := newServer(db, lex, log)
	if err != nil {
		t.Fatal(err)
	}
	return startSite(t, "demo", db, srv)
}

// seedSite imports ../shared/seeds with its manifest through the import
// command, as the README tells users to.
func seedSite(t *testing.T) *site {
	t.Helper()
	seeds := sharedtest.Path(t, "seeds")
	path := filepath.Join(t.TempDir(), "seeds.db")
	var out, errOut bytes.Buffer
	getenv := func(string) string { return "" }
	if code := Run(context.Background(), []string{"import", "--db", path, "--quiet", "--manifest", filepath.Join(seeds, "manifest.csv")},
		getenv, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("import seeds: exit %d: %s", code, errOut.String())
	}
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	lex, err := openLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := newServer(db, lex, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return startSite(t, "seeds", db, srv)
}

// paths lists every page of a site: overview, each story, each article,
// each outlet, the evidence list, a term search, the lexicon and an entry.
func (s *site) paths(t *testing.T) []string {
	t.Helper()
	ctx := context.Background()
	paths := []string{"/", "/evidence?signal=L1", "/lexicon"}
	stories, err := s.db.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range stories {
		paths = append(paths, "/story/"+url.PathEscape(st.Key))
	}
	stats, err := s.db.ArticleStats(ctx, store.Filter{}, signalIDs)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range stats {
		paths = append(paths, "/article/"+strconv.FormatInt(a.ID, 10))
	}
	outlets, err := s.db.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range outlets {
		paths = append(paths, "/outlet/"+strconv.FormatInt(o.ID, 10))
	}
	hits, err := s.db.Hits(ctx, store.HitFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		paths = append(paths, "/terms?q="+url.QueryEscape(h.Term))
		if h.Entry != "" && !strings.HasPrefix(h.Entry, "rule.") {
			paths = append(paths, "/lexicon/"+url.PathEscape(h.Entry))
		}
	}
	return paths
}

// visit is what one page load showed.
type visit struct {
	errors   []string // console errors and uncaught exceptions
	foreign  []string // requests to anything but the site
	dialogs  []string // alert/confirm/prompt dialogs opened
	html     string   // the document after scripts ran
	charts   int      // chart elements
	canvases int      // chart elements holding a canvas
}

// open loads base+path in a new tab and records what happened.
func open(t *testing.T, bctx context.Context, s *site, path string, shot string, width, height int64) visit {
	t.Helper()
	ctx, cancel := chromedp.NewContext(bctx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	defer cancelT()
	var mu sync.Mutex
	var v visit
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height)); err != nil {
		t.Fatalf("%s: viewport: %v", path, err)
	}
	lctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(3)
	console := chromedp.Console(lctx)
	requests := chromedp.Events(lctx, network.RequestWillBeSent)
	dialogs := chromedp.Events(lctx, page.JavascriptDialogOpening)
	go func() {
		defer wg.Done()
		for m, err := range console {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == "error" {
				mu.Lock()
				v.errors = append(v.errors, m.String()+" at "+m.URL)
				mu.Unlock()
			}
		}
	}()
	go func() {
		defer wg.Done()
		for ev, err := range requests {
			if err != nil {
				return
			}
			u := ev.Request.URL
			if !strings.HasPrefix(u, s.base+"/") && !strings.HasPrefix(u, "data:") && u != "about:blank" {
				mu.Lock()
				v.foreign = append(v.foreign, u)
				mu.Unlock()
			}
		}
	}()
	go func() {
		defer wg.Done()
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			mu.Lock()
			v.dialogs = append(v.dialogs, string(ev.Type)+": "+ev.Message)
			mu.Unlock()
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	if err := chromedp.Do(ctx, chromedp.Navigate(s.base+path)); err != nil {
		t.Fatalf("%s: navigate: %v", path, err)
	}
	// Charts are drawn after DOMContentLoaded; wait until each has its
	// canvas or a few seconds have passed.
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`(() => {
		const cs = document.querySelectorAll('.chart');
		return Array.from(cs).every(c => c.querySelector('canvas'));
	})()`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Logf("%s: charts not all drawn: %v", path, err)
	}
	counts, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.querySelectorAll('.chart').length,
		Array.from(document.querySelectorAll('.chart')).filter(c => c.querySelector('canvas')).length]`))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	v.charts, v.canvases = counts[0], counts[1]
	html, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.outerHTML`))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	v.html = html
	if shot != "" {
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Errorf("%s: screenshot: %v", path, err)
		} else if err := os.WriteFile(shot, buf, 0o644); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
	stop()
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	return v
}

// screenshotDir returns testdata/screenshots, created.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("testdata", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

var unsafeFile = regexp.MustCompile(`[^a-zA-Z0-9._-]+`)

// checkSite opens every page of s normally and in blind mode.
func checkSite(t *testing.T, bctx context.Context, s *site) {
	dir := screenshotDir(t)
	shotTaken := map[string]bool{}
	for _, path := range s.paths(t) {
		for _, blind := range []bool{false, true} {
			p := path
			if blind {
				if strings.Contains(p, "?") {
					p += "&blind=1"
				} else {
					p += "?blind=1"
				}
			}
			t.Run(p, func(t *testing.T) {
				// Screenshots (slow on long pages) of one page of each kind,
				// and of the blind overview and stories.
				shot := ""
				kind := strings.SplitN(strings.TrimPrefix(path, "/"), "/", 2)[0]
				if !shotTaken[kind] && !blind || blind && (path == "/" || strings.HasPrefix(path, "/story/")) {
					if !blind {
						shotTaken[kind] = kind != "story"
					}
					name := strings.Trim(unsafeFile.ReplaceAllString(p, "_"), "_")
					if name == "" || name == "blind_1" {
						name = "overview" + strings.TrimPrefix(name, "blind_1")
						if blind {
							name = "overview_blind"
						}
					}
					shot = filepath.Join(dir, s.name+"-"+name+".png")
				}
				v := open(t, bctx, s, p, shot, 1280, 720)
				for _, e := range v.errors {
					t.Errorf("console error: %s", e)
				}
				for _, u := range v.foreign {
					t.Errorf("request leaves the site: %s", u)
				}
				for _, d := range v.dialogs {
					t.Errorf("dialog opened: %s", d)
				}
				if v.canvases != v.charts {
					t.Errorf("%d of %d charts have a canvas", v.canvases, v.charts)
				}
				if !strings.Contains(v.html, "Framelens") {
					t.Errorf("page did not render the layout")
				}
				if blind {
					low := strings.ToLower(v.html)
					for _, name := range s.outlets {
						if strings.Contains(low, strings.ToLower(name)) {
							t.Errorf("blind page shows outlet name %q", name)
						}
					}
				}
			})
		}
	}
}

func TestBrowserDemo(t *testing.T) {
	bctx := browserCtx(t)
	s := demoSite(t)
	checkSite(t, bctx, s)
	t.Run("click a bar opens its evidence", func(t *testing.T) { clickBar(t, bctx, s, "/", "chart-loaded") })
	t.Run("phone", func(t *testing.T) {
		dir := screenshotDir(t)
		stories, err := s.db.Stories(context.Background())
		if err != nil || len(stories) == 0 {
			t.Fatalf("stories: %v", err)
		}
		for name, path := range map[string]string{"overview": "/", "story": "/story/" + stories[0].Key, "article": "/article/1"} {
			v := open(t, bctx, s, path, filepath.Join(dir, "demo-phone-"+name+".png"), 390, 844)
			if len(v.errors) > 0 {
				t.Errorf("%s: console errors: %v", path, v.errors)
			}
		}
	})
}

func TestBrowserSeeds(t *testing.T) {
	bctx := browserCtx(t)
	s := seedSite(t)
	checkSite(t, bctx, s)
	t.Run("click a bar opens its evidence", func(t *testing.T) { clickBar(t, bctx, s, "/story/rafah-2024", "chart-story-signals") })
}

func TestBrowserInjection(t *testing.T) {
	bctx := browserCtx(t)
	f := newFixture(t)
	s := startSite(t, "xss", f.db, f.srv)
	checkSite(t, bctx, s)
}

// clickBar clicks the first bar with a link in chart id on path and checks
// that the browser lands on a page listing evidence.
func clickBar(t *testing.T, bctx context.Context, s *site, path, id string) {
	t.Helper()
	ctx, cancel := chromedp.NewContext(bctx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	defer cancelT()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(s.base+path)); err != nil {
		t.Fatal(err)
	}
	// Find a bar with a value and a link, scroll it into view and return its
	// centre in viewport coordinates.
	js := fmt.Sprintf(`(() => {
		const el = document.getElementById(%q);
		if (!el || !window.echarts) { return null; }
		const chart = echarts.getInstanceByDom(el);
		if (!chart) { return null; }
		el.scrollIntoView({block: 'center'});
		const spec = JSON.parse(document.getElementById(%q).textContent);
		const series = chart.getOption().series;
		for (let s = 0; s < series.length; s++) {
			if (series[s].type !== 'bar') { continue; }
			const data = series[s].data;
			for (let i = 0; i < data.length; i++) {
				const v = (data[i] && typeof data[i] === 'object') ? data[i].value : data[i];
				const link = (spec.links[s] || [])[i];
				if (!(v > 0) || !link) { continue; }
				let x0 = 0;
				for (let k = 0; k < s; k++) {
					const d = series[k].data[i];
					if (series[k].stack && series[k].stack === series[s].stack) { x0 += (d && typeof d === 'object') ? d.value : d; }
				}
				const p = chart.convertToPixel({seriesIndex: s}, [x0 + v / 2, i]);
				const r = el.getBoundingClientRect();
				return [r.left + p[0], r.top + p[1], link];
			}
		}
		return null;
	})()`, id, id+"-data")
	var target []any
	var err error
	for range 50 {
		target, err = chromedp.Run(ctx, chromedp.Evaluate[[]any](js))
		if err == nil && len(target) == 3 {
			break
		}
		if err := chromedp.Do(ctx, chromedp.Sleep(100*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
	}
	if len(target) != 3 {
		t.Fatalf("no clickable bar in %s on %s (err %v)", id, path, err)
	}
	x, _ := target[0].(float64)
	y, _ := target[1].(float64)
	want, _ := target[2].(string)
	if _, err := chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.MouseClickXY(x, y))); err != nil {
		t.Fatalf("click at %.0f,%.0f: %v", x, y, err)
	}
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	if loc != s.base+want {
		t.Errorf("after the click the browser is at %s, want %s", loc, s.base+want)
	}
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('tr.kwic').length`))
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Errorf("the evidence page at %s lists no highlight", loc)
	}
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err == nil {
		os.WriteFile(filepath.Join(screenshotDir(t), s.name+"-after-click.png"), buf, 0o644)
	}
}

// TestBrowserLayout opens the pages of a story told by 12 outlets, one of
// them with a 40-word name, at projector and phone widths, and checks that
// no page is wider than the window (wide content scrolls inside its box).
func TestBrowserLayout(t *testing.T) {
	bctx := browserCtx(t)
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "layout.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	lex := mustLexicon(t)
	im, err := db.NewImporter(ctx, "layout", false)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.TrimSpace(strings.Repeat("Extraordinarily Long Regional Evening ", 10)) + " Herald"
	if n := len(strings.Fields(long)); n != 41 {
		t.Fatalf("long name has %d words", n)
	}
	text := "The regime slammed the plan on Monday, and the government said it would answer. " +
		strings.Repeat("Officials met again to discuss the vote and its consequences for the region. ", 12)
	for i := 0; i < 12; i++ {
		outlet := fmt.Sprintf("Outlet Number %02d", i)
		if i == 5 {
			outlet = long
		}
		start := strings.Index(text, "slammed")
		an := &store.Analysis{LexiconVersion: lex.Version(), Words: 160, NarratorWords: 150, Sentences: 13, NarratorSentences: 13,
			Counts:   map[string]int{"L1": 1},
			Evidence: []store.Evidence{{Start: start, End: start + len("slammed"), Signal: "L1", Entry: "dt.loaded.slammed", Voice: "narrator", Weight: 1, Term: "slammed"}},
			Frames:   []store.Frame{{Frame: "political", Cues: i % 3, Present: i%3 > 0}}}
		if _, _, err := im.Add(&store.Article{Title: "A headline long enough to wrap across more than one line of a column " + outlet,
			Outlet: outlet, Story: "twelve", Text: text, Language: "en", Hash: fmt.Sprint("layout-", i),
			Published: time.Date(2031, 6, 1+i, 8, 0, 0, 0, time.UTC), Analysis: an}); err != nil {
			t.Fatal(err)
		}
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
	srv, err := newServer(db, lex, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	s := startSite(t, "layout", db, srv)
	outlets, err := db.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var longID int64
	for _, o := range outlets {
		if o.Name == long {
			longID = o.ID
		}
	}
	dir := screenshotDir(t)
	for _, size := range []struct {
		name string
		w, h int64
	}{{"projector", 1280, 720}, {"phone", 390, 844}} {
		for _, path := range []string{"/", "/story/twelve", fmt.Sprintf("/outlet/%d", longID), "/article/6", "/evidence?signal=L1"} {
			t.Run(size.name+path, func(t *testing.T) {
				shot := filepath.Join(dir, "layout-"+size.name+"-"+strings.Trim(unsafeFile.ReplaceAllString(path, "_"), "_")+".png")
				v := open(t, bctx, s, path, shot, size.w, size.h)
				for _, e := range v.errors {
					t.Errorf("console error: %s", e)
				}
				if v.canvases != v.charts {
					t.Errorf("%d of %d charts have a canvas", v.canvases, v.charts)
				}
				tctx, cancel := chromedp.NewContext(bctx)
				defer cancel()
				if err := chromedp.Do(tctx, chromedp.EmulateViewport(size.w, size.h), chromedp.Navigate(s.base+path)); err != nil {
					t.Fatal(err)
				}
				widths, err := chromedp.Run(tctx, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, window.innerWidth]`))
				if err != nil {
					t.Fatal(err)
				}
				if widths[0] > widths[1]+1 {
					t.Errorf("page is %dpx wide in a %dpx window", widths[0], widths[1])
				}
			})
		}
	}
}

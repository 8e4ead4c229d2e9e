package app

// The classroom in a real headless Chromium: a teacher runs a blind lesson
// on the seeds (lesson page, presentation with the keyboard, worksheet
// printed on A4 and Letter), starts an exercise, and three students on a
// phone (touch), a tablet (touch) and a laptop (mouse and text selection)
// join, mark words and send them; the teacher's live view shows the marks.
// Like browser_test.go it skips without /usr/bin/chromium and fails under
// CI=true. Screenshots and PDFs go to testdata/screenshots (git-ignored).

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// user is one person's browser: its own browser context (cookies), tab
// and viewport, with the console errors and foreign requests it saw.
type user struct {
	t      *testing.T
	name   string
	ctx    context.Context
	site   *site
	mu     sync.Mutex
	errors []string
	out    []string
}

func newUser(t *testing.T, bctx context.Context, s *site, name string, width, height int64, touch bool) *user {
	t.Helper()
	ctx, cancel := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	u := &user{t: t, name: name, ctx: ctx, site: s}
	opts := []chromedp.EmulateViewportOption{}
	if touch {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height, opts...)); err != nil {
		t.Fatalf("%s: viewport: %v", name, err)
	}
	lctx, stop := context.WithCancel(ctx)
	t.Cleanup(stop)
	console := chromedp.Console(lctx)
	requests := chromedp.Events(lctx, network.RequestWillBeSent)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == "error" {
				u.mu.Lock()
				u.errors = append(u.errors, m.String()+" at "+m.URL)
				u.mu.Unlock()
			}
		}
	}()
	go func() {
		for ev, err := range requests {
			if err != nil {
				return
			}
			if r := ev.Request.URL; !strings.HasPrefix(r, s.base+"/") && !strings.HasPrefix(r, "data:") && r != "about:blank" {
				u.mu.Lock()
				u.out = append(u.out, r)
				u.mu.Unlock()
			}
		}
	}()
	return u
}

// do runs actions, failing the test on error.
func (u *user) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	u.t.Helper()
	ctx, cancel := context.WithTimeout(u.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		u.t.Fatalf("%s: %s: %v", u.name, what, err)
	}
}

// eval evaluates a JavaScript expression.
func eval[T any](u *user, expr string) T {
	u.t.Helper()
	ctx, cancel := context.WithTimeout(u.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		u.t.Fatalf("%s: %s: %v", u.name, expr, err)
	}
	return v
}

// waitFor evaluates a JavaScript condition until it holds or 20 seconds
// pass. Evaluation errors while a page navigates are retried.
func (u *user) waitFor(what, cond string) {
	u.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(u.ctx, 5*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond))
		cancel()
		if err == nil && ok {
			return
		}
		last = err
		time.Sleep(100 * time.Millisecond)
	}
	u.t.Fatalf("%s: waiting for %s: gave up after 20s (last error: %v)", u.name, what, last)
}

func (u *user) open(path string) {
	u.t.Helper()
	u.do("open "+path, chromedp.Navigate(u.site.base+path))
}

func (u *user) shot(file string) {
	u.t.Helper()
	ctx, cancel := context.WithTimeout(u.ctx, 30*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		u.t.Errorf("%s: screenshot: %v", u.name, err)
		return
	}
	if err := os.WriteFile(filepath.Join(screenshotDir(u.t), file), buf, 0o644); err != nil {
		u.t.Error(err)
	}
}

// viewShot saves what the screen shows (not the whole page).
func (u *user) viewShot(file string) {
	u.t.Helper()
	ctx, cancel := context.WithTimeout(u.ctx, 30*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		u.t.Errorf("%s: screenshot: %v", u.name, err)
		return
	}
	if err := os.WriteFile(filepath.Join(screenshotDir(u.t), file), buf, 0o644); err != nil {
		u.t.Error(err)
	}
}

// html is the current document.
func (u *user) html() string { return eval[string](u, `document.documentElement.outerHTML`) }

// noLeaks fails when the current page names an outlet or a news
// organisation the seed texts mention.
func (u *user) noLeaks(where string, names []string) {
	u.t.Helper()
	h := u.html()
	for _, n := range names {
		if i := strings.Index(h, n); i >= 0 {
			u.t.Errorf("%s: %s shows %q: …%s…", u.name, where, n, h[max(0, i-60):min(len(h), i+60)])
		}
	}
}

// check reports console errors and requests to other hosts seen so far.
func (u *user) check() {
	u.t.Helper()
	u.mu.Lock()
	defer u.mu.Unlock()
	for _, e := range u.errors {
		u.t.Errorf("%s: console error: %s", u.name, e)
	}
	for _, r := range u.out {
		u.t.Errorf("%s: request leaves the site: %s", u.name, r)
	}
	u.errors, u.out = nil, nil
}

var mediaBox = regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]`)

func TestBrowserClassroom(t *testing.T) {
	bctx := browserCtx(t)
	db := seedDB(t)
	lex, err := openLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := newServer(db, lex, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	srv.sec.setAdminPassword(adminPassword)
	s := startSite(t, "class", db, srv)
	names := append(append([]string{}, s.outlets...), "CNN", "MSNBC", "Politico", "Liptak")
	dir := screenshotDir(t)

	// The teacher logs in and makes a blind lesson on the seed story.
	teacher := newUser(t, bctx, s, "teacher", 1280, 720, false)
	teacher.open("/login?as=admin&next=/class")
	teacher.do("log in",
		chromedp.SetValue(chromedp.CSS(`input[name=password]`), adminPassword),
		chromedp.Click(chromedp.CSS(`form button[type=submit]`)))
	teacher.waitFor("the classroom page", `location.pathname === '/class'`)
	teacher.do("make a lesson", chromedp.Click(chromedp.CSS(`form[action="/class/lessons"] button`)))
	teacher.waitFor("the lesson page", `/^\/class\/lesson\/\d+$/.test(location.pathname) && document.readyState === 'complete'`)
	lesson := eval[string](teacher, `location.pathname`)
	teacher.waitFor("the lesson chart", `!!document.querySelector('.chart canvas')`)
	teacher.shot("class-lesson-1280.png")
	teacher.noLeaks("lesson page", names)
	if got := eval[string](teacher, `document.title`); !strings.HasPrefix(got, "Lesson ") {
		t.Errorf("lesson title %q, want it to start with \"Lesson \"", got)
	}

	// Presentation: large type, one panel at a time, keyboard navigation.
	teacher.open(lesson + "/present")
	teacher.waitFor("the deck", `document.body.classList.contains('js-deck') && document.querySelectorAll('.slide.current').length === 1`)
	teacher.viewShot("class-present-1-1280x720.png")
	slides := eval[int](teacher, `document.querySelectorAll('.slide').length`)
	if slides < 5 {
		t.Errorf("presentation has %d slides, want title, headlines, one lead per outlet, naming and chart", slides)
	}
	for i := 2; i <= slides; i++ {
		teacher.do("next slide", chromedp.KeyEvent(kb.ArrowRight))
		teacher.waitFor(fmt.Sprintf("slide %d", i), fmt.Sprintf(`document.getElementById('slide-count').textContent === '%d / %d'`, i, slides))
		// Readable at the back of the room, and nothing cut off sideways.
		size := eval[float64](teacher, `parseFloat(getComputedStyle(document.querySelector('.slide.current p, .slide.current td, .slide.current .chart')).fontSize)`)
		if size < 20 {
			t.Errorf("slide %d: text is %.0fpx, want at least 20px on a 1280×720 projector", i, size)
		}
		if w := eval[int](teacher, `document.documentElement.scrollWidth`); w > 1280 {
			t.Errorf("slide %d: page is %dpx wide, wider than the 1280px projector", i, w)
		}
		if below := eval[[]string](teacher, `Array.from(document.querySelectorAll('.slide.current *')).filter(e => e.getBoundingClientRect().bottom > innerHeight - 40 && e.getClientRects().length).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 30))`); len(below) > 0 {
			t.Errorf("slide %d: content below the screen or under the navigation bar: %q", i, below)
		}
		if h := eval[int](teacher, `document.documentElement.scrollHeight`); h > 720 {
			t.Errorf("slide %d: page is %dpx tall, taller than the 720px projector: %q", i, h,
				eval[[]string](teacher, `Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().bottom > innerHeight && e.getClientRects().length && getComputedStyle(e).position !== 'fixed').map(e => e.tagName + '.' + e.className + '#' + e.id)`))
		}
		if i <= 3 || i == slides || eval[bool](teacher, `!!document.querySelector('.slide.current .naming-table')`) {
			teacher.viewShot(fmt.Sprintf("class-present-%d-1280x720.png", i))
		}
		teacher.noLeaks(fmt.Sprintf("slide %d", i), names)
	}
	if got := eval[int](teacher, `Array.from(document.querySelectorAll('.slide.current .chart canvas')).length`); got != 1 {
		t.Errorf("last slide: %d chart canvases, want the chart drawn", got)
	}
	teacher.do("previous slide", chromedp.KeyEvent(kb.ArrowLeft))
	teacher.waitFor("the slide before", fmt.Sprintf(`document.getElementById('slide-count').textContent === '%d / %d'`, slides-1, slides))
	teacher.do("leave", chromedp.KeyEvent(kb.Escape))
	teacher.waitFor("back on the lesson page", fmt.Sprintf(`location.pathname === %q`, lesson))

	// Worksheet: prints on A4 and on Letter, nothing wider than the paper.
	for _, paper := range []struct {
		name          string
		widthPx       int64   // printable width: paper minus the @page margins
		width, height float64 // PDF points
	}{{"a4", 680, 595.92, 841.92}, {"letter", 724, 612, 792}} {
		teacher.open(lesson + "/worksheet?paper=" + paper.name)
		teacher.do("print media",
			chromedp.EmulateViewport(paper.widthPx, 1000),
			chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
				return err
			}))
		if w := eval[int](teacher, `document.documentElement.scrollWidth`); int64(w) > paper.widthPx {
			t.Errorf("worksheet %s: %dpx wide in print, wider than the %dpx printable width", paper.name, w, paper.widthPx)
		}
		over := eval[[]string](teacher, `Array.from(document.querySelectorAll('table, .ws-text, h1, h2, p')).filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.tagName + '.' + e.className)`)
		if len(over) > 0 {
			t.Errorf("worksheet %s: content cut off in %v", paper.name, over)
		}
		teacher.viewShot("class-worksheet-" + paper.name + "-print.png")
		teacher.noLeaks("worksheet "+paper.name, names)
		ctx, cancel := context.WithTimeout(teacher.ctx, 60*time.Second)
		pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize(), chromedp.PDFPrintBackground()))
		cancel()
		if err != nil {
			t.Fatalf("worksheet %s: print: %v", paper.name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, "class-worksheet-"+paper.name+".pdf"), pdf, 0o644); err != nil {
			t.Error(err)
		}
		m := mediaBox.FindSubmatch(pdf)
		if m == nil {
			t.Errorf("worksheet %s: no page size in the PDF", paper.name)
		} else {
			w, _ := strconv.ParseFloat(string(m[1]), 64)
			h, _ := strconv.ParseFloat(string(m[2]), 64)
			if w < paper.width-2 || w > paper.width+2 || h < paper.height-2 || h > paper.height+2 {
				t.Errorf("worksheet %s: printed on %.0f×%.0f pt, want %.0f×%.0f", paper.name, w, h, paper.width, paper.height)
			}
		}
		if n := strings.Count(string(pdf), "/Type /Page\n") + strings.Count(string(pdf), "/Type /Page "); n > 0 && n < 3 {
			t.Errorf("worksheet %s: %d pages, want articles, questions and answers on separate pages", paper.name, n)
		}
		teacher.do("screen media", chromedp.EmulateViewport(1280, 720), chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
			return err
		}))
	}

	// An exercise on the article that says "told CNN".
	teacher.open(lesson)
	var article string
	for _, a := range mustStoryArticles(t, s) {
		if strings.Contains(a.text, "told CNN") {
			article = a.id
		}
	}
	teacher.do("start an exercise",
		chromedp.SetValue(chromedp.CSS(`form[action="/class/exercises"] select[name=article]`), article),
		chromedp.Click(chromedp.CSS(`form[action="/class/exercises"] button`)))
	teacher.waitFor("the exercise page", `/^\/class\/exercise\/\d+$/.test(location.pathname) && !!document.querySelector('.big-code')`)
	exercise := eval[string](teacher, `location.pathname`)
	code := eval[string](teacher, `document.querySelector('.big-code').textContent.trim()`)

	// Three students: a phone and a tablet tapping, a laptop clicking and
	// selecting text.
	type device struct {
		name          string
		width, height int64
		touch         bool
	}
	devices := []device{{"phone", 390, 844, true}, {"tablet", 768, 1024, true}, {"laptop", 1280, 720, false}}
	targets := []string{"pariah", "catastrophe", "hungry"}
	for i, d := range devices {
		st := newUser(t, bctx, s, d.name, d.width, d.height, d.touch)
		st.open("/join")
		st.do("join",
			chromedp.SetValue(chromedp.CSS(`input[name=code]`), strings.ToLower(code)),
			chromedp.SetValue(chromedp.CSS(`input[name=nickname]`), d.name),
			chromedp.Click(chromedp.CSS(`.join-form button`)))
		st.waitFor("the marking page", `!!document.getElementById('mark-text') && document.readyState === 'complete'`)
		if w := eval[int](st, `document.documentElement.scrollWidth`); int64(w) > d.width {
			t.Errorf("%s: the marking page is %dpx wide on a %dpx screen", d.name, w, d.width)
		}
		if h := eval[float64](st, `document.querySelector('#mark-text button.w').getBoundingClientRect().height`); d.touch && h < 24 {
			t.Errorf("%s: word buttons are %.0fpx tall, too small to tap", d.name, h)
		}
		st.noLeaks("marking page", names)
		// Everyone marks the first target; each also marks one more.
		want := []string{targets[0], targets[1+i%2]}
		for j, w := range want {
			sel := fmt.Sprintf(`(() => { const b = Array.from(document.querySelectorAll('#mark-text button.w')).find(b => b.textContent === %q); return b ? 'button.w[data-s="' + b.dataset.s + '"]' : ''; })()`, w)
			css := eval[string](st, sel)
			if css == "" {
				t.Fatalf("%s: no word %q to mark", d.name, w)
			}
			st.do("reason", chromedp.SetValue(chromedp.CSS(`#reason`), []string{"L1", "N1"}[j]))
			switch {
			case d.touch:
				st.do("tap "+w, chromedp.Tap(chromedp.CSS(css)))
			case j == 0:
				st.do("click "+w, chromedp.Click(chromedp.CSS(css)))
			default:
				// Select the word's text with the mouse's range, then mark the selection.
				_ = eval[bool](st, fmt.Sprintf(`(() => { const b = document.querySelector(%q); const r = document.createRange(); r.selectNodeContents(b); const s = getSelection(); s.removeAllRanges(); s.addRange(r); return true; })()`, css))
				st.do("mark selection", chromedp.Click(chromedp.CSS(`#mark-selection`)))
			}
			st.waitFor("the mark on "+w, fmt.Sprintf(`document.querySelector(%q).classList.contains('on')`, css))
		}
		st.do("send", chromedp.Click(chromedp.CSS(`#send`)))
		st.waitFor("the marks sent", `/^Sent: 2 words/.test(document.getElementById('mark-status').textContent)`)
		st.viewShot("class-student-" + d.name + ".png")
		st.check()
	}

	// The teacher's live view shows the class.
	teacher.open(exercise)
	teacher.waitFor("three submissions", `document.getElementById('live').getAttribute('data-submitted') === '3'`)
	heat := eval[string](teacher, fmt.Sprintf(`(() => { const w = Array.from(document.querySelectorAll('.heat .w')).find(w => w.textContent === %q); return w ? w.className : ''; })()`, targets[0]))
	if !strings.Contains(heat, "heat-5") {
		t.Errorf("the word all 3 students marked has classes %q, want heat-5", heat)
	}
	if rows := eval[int](teacher, `document.querySelectorAll('#agree tbody tr').length`); rows != 3 {
		t.Errorf("agreement table: %d rows, want the 3 words marked", rows)
	}
	teacher.do("open the tool's highlights", chromedp.Click(chromedp.CSS(`details.tool-reveal summary`)))
	teacher.shot("class-exercise-live-1280.png")
	teacher.noLeaks("live view", names)

	// Closing: a student's page no longer sends.
	teacher.do("close", chromedp.Click(chromedp.CSS(`form[action$="/close"] button`)))
	teacher.waitFor("closed", `/^Closed/.test(document.getElementById('live-state').textContent)`)
	late := newUser(t, bctx, s, "late phone", 390, 844, true)
	late.open("/join?code=" + code)
	late.do("join", chromedp.Click(chromedp.CSS(`.join-form button`)))
	late.waitFor("the marking page", `!!document.getElementById('send')`)
	if !eval[bool](late, `document.getElementById('send').disabled`) {
		t.Error("after closing, a student's send button is enabled")
	}
	late.viewShot("class-student-closed-phone.png")
	teacher.check()
	late.check()
}

// storyArticle is an article of the seed story, for picking one.
type storyArticle struct{ id, text string }

func mustStoryArticles(t *testing.T, s *site) []storyArticle {
	t.Helper()
	arts, err := s.db.StoryArticles(context.Background(), "rafah-2024", 12)
	if err != nil {
		t.Fatal(err)
	}
	var out []storyArticle
	for _, a := range arts {
		out = append(out, storyArticle{strconv.FormatInt(a.ID, 10), a.Text})
	}
	return out
}

package app

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/framelens/framelens/app/ingest"
	"github.com/framelens/framelens/app/internal/sharedtest"
	"github.com/framelens/framelens/store"
)

// classFixture serves db (already loaded) with the built-in lexicon, an
// admin password, an optional viewer password and a clock tests can move.
func classFixture(t *testing.T, db *store.DB, viewer string) *adminFixture {
	t.Helper()
	lex, err := openLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := newServer(db, lex, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.closeUploads)
	f := &adminFixture{t: t, db: db, srv: srv, clock: time.Date(2031, 3, 4, 9, 0, 0, 0, time.UTC)}
	srv.sec.now = f.now
	srv.sec.setAdminPassword(adminPassword)
	srv.sec.setViewerPassword(viewer)
	f.app = srv.newApp()
	return f
}

// demoDB is a temp-file database holding the demo corpus.
func demoDB(t *testing.T) *store.DB {
	t.Helper()
	ctx := context.Background()
	lex, err := openLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	db := testOpenDB(t, "class.db")
	if err := loadDemoIfEmpty(ctx, db, lex, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
	return db
}

// seedDB is a temp-file database with ../shared/seeds imported through
// the import command and its manifest.
func seedDB(t *testing.T) *store.DB {
	t.Helper()
	seeds := sharedtest.Path(t, "seeds")
	path := testDBPath(t, "seeds.db")
	var out, errOut bytes.Buffer
	if code := Run(context.Background(), []string{"import", "--db", path, "--quiet", "--manifest", filepath.Join(seeds, "manifest.csv")},
		func(string) string { return "" }, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("import seeds: exit %d: %s", code, errOut.String())
	}
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

var (
	lessonPath   = regexp.MustCompile(`^/class/lesson/(\d+)$`)
	exercisePath = regexp.MustCompile(`^/class/exercise/(\d+)$`)
	outletLetter = regexp.MustCompile(`Outlet [A-Z]\b`)
)

// newLesson makes a lesson on story and returns its address.
func newLesson(t *testing.T, b *browser, story string) string {
	t.Helper()
	r := b.post("/class/lessons", url.Values{"csrf": {b.csrf("/class")}, "story": {story}})
	loc := r.header.Get("Location")
	if r.status != http.StatusSeeOther || !lessonPath.MatchString(loc) {
		t.Fatalf("create lesson: status %d, location %q, want 303 to /class/lesson/N: %s", r.status, loc, r.body)
	}
	return loc
}

// firstStory is the story with the most outlets.
func firstStory(t *testing.T, db *store.DB) string {
	t.Helper()
	st, err := db.Stories(context.Background())
	if err != nil || len(st) == 0 {
		t.Fatalf("stories: %v, %d", err, len(st))
	}
	return st[0].Key
}

// TestLessonBlindLeaksNothing runs a blind lesson on the seeds and reads
// every page, printout and export of it for the outlets' names and the
// news organisations their texts mention.
func TestLessonBlindLeaksNothing(t *testing.T) {
	db := seedDB(t)
	f := classFixture(t, db, "")
	b := f.adminBrowser()
	lesson := newLesson(t, b, "rafah-2024")

	page := b.get(lesson)
	if page.status != 200 {
		t.Fatalf("GET %s: status %d", lesson, page.status)
	}
	letters := map[string]bool{}
	for _, m := range outletLetter.FindAllString(page.body, -1) {
		letters[m] = true
	}
	if len(letters) != 5 {
		t.Errorf("lesson page shows letters %v, want 5 (Outlet A to E)", letters)
	}
	// An exercise of the lesson, with a student who joined and marked.
	arts, err := db.StoryArticles(context.Background(), "rafah-2024", 12)
	if err != nil {
		t.Fatal(err)
	}
	var cnnArticle int64
	for _, a := range arts {
		if strings.Contains(a.Text, "told CNN") {
			cnnArticle = a.ID
		}
	}
	if cnnArticle == 0 {
		t.Fatal("no seed article says \"told CNN\"")
	}
	lessonID := lessonPath.FindStringSubmatch(lesson)[1]
	r := b.post("/class/exercises", url.Values{"csrf": {b.csrf(lesson)}, "lesson": {lessonID}, "article": {fmt.Sprint(cnnArticle)}})
	exercise := r.header.Get("Location")
	if !exercisePath.MatchString(exercise) {
		t.Fatalf("create exercise: status %d, location %q: %s", r.status, exercise, r.body)
	}
	code := regexp.MustCompile(`class="code big-code">([A-Z0-9]+)<`).FindStringSubmatch(b.get(exercise).body)
	if code == nil {
		t.Fatal("exercise page shows no class code")
	}
	student := f.browser()
	joinPage := student.get("/join/" + code[1])
	if joinPage.status != http.StatusSeeOther {
		t.Fatalf("GET /join/CODE before joining: status %d, want 303 to the join form", joinPage.status)
	}
	join(t, student, code[1], "")

	names := []string{"Source 000", "Source 001", "Source 002", "Source 003", "Source 004", "source 00",
		"CNN", "MSNBC", "Politico", "Liptak", "Donald Judd"}
	urls := []string{lesson, lesson + "/present", lesson + "/worksheet", lesson + "/worksheet?paper=letter",
		lesson + "?csv=naming", lesson + "?csv=highlights", lesson + "?csv=counts", "/api" + lesson,
		exercise, exercise + "/live", exercise + "/csv", exercise + "/csv?by=word"}
	for _, u := range urls {
		r := b.get(u)
		if r.status != 200 {
			t.Errorf("GET %s: status %d, want 200", u, r.status)
			continue
		}
		for _, n := range names {
			if i := strings.Index(r.body, n); i >= 0 {
				t.Errorf("GET %s shows %q in a blind lesson: …%s…", u, n, r.body[max(0, i-80):min(len(r.body), i+80)])
			}
		}
		if cd := r.header.Get("Content-Disposition"); strings.Contains(strings.ToLower(cd), "source") {
			t.Errorf("GET %s: file name %q names an outlet", u, cd)
		}
	}
	for _, u := range []string{"/join/" + code[1], "/join/" + code[1] + "/marks"} {
		r := student.get(u)
		for _, n := range names {
			if strings.Contains(r.body, n) {
				t.Errorf("student GET %s shows %q", u, n)
			}
		}
	}
	// The JSON twin's highlights stay on whole words of the masked texts
	// (offsets moved wrongly past a mask would cut words apart).
	var lj lessonJSON
	if err := json.Unmarshal([]byte(b.get("/api"+lesson).body), &lj); err != nil || len(lj.Articles) != 5 {
		t.Fatalf("GET /api%s: %v, %d articles", lesson, err, len(lj.Articles))
	}
	letter := func(s string, i int) bool {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return unicode.IsLetter(r)
	}
	checked := 0
	for _, a := range lj.Articles {
		for _, h := range a.Highlights {
			if h.Start < 0 || h.End > len(a.Text) || h.Start >= h.End {
				t.Errorf("%s: highlight %d-%d outside the text", a.Outlet, h.Start, h.End)
				continue
			}
			if (h.Start > 0 && letter(a.Text, h.Start-1) && letter(a.Text, h.Start)) ||
				(h.End < len(a.Text) && letter(a.Text, h.End) && letter(a.Text, h.End-1)) {
				t.Errorf("%s: highlight %q at %d-%d cuts a word: …%s…", a.Outlet, h.Words, h.Start, h.End,
					a.Text[max(0, h.Start-10):min(len(a.Text), h.End+10)])
			}
			checked++
		}
	}
	if checked < 50 {
		t.Errorf("the lesson's JSON has %d highlights, want the seeds' many", checked)
	}
	// Page titles say which lesson, never which outlet.
	title := regexp.MustCompile(`<title>([^<]*)</title>`)
	for _, u := range []string{lesson, lesson + "/present", lesson + "/worksheet"} {
		m := title.FindStringSubmatch(b.get(u).body)
		if m == nil || strings.Contains(m[1], "Source") {
			t.Errorf("GET %s: title %q", u, m)
		}
	}
	// The teacher sees what was masked, on its own page.
	masked := b.get(lesson + "/masked").body
	for _, want := range []string{"CNN", "credit line", "[news outlet]"} {
		if !strings.Contains(masked, want) {
			t.Errorf("masked list lacks %q", want)
		}
	}
	// The mapping is fixed for the lesson: each letter keeps its article.
	heads := regexp.MustCompile(`<h3>(Outlet [A-Z])</h3>\s*<p class="headline">([^<]*)</p>\s*<p class="lead-text">(.{0,80})`)
	first, again := heads.FindAllStringSubmatch(page.body, -1), heads.FindAllStringSubmatch(b.get(lesson).body, -1)
	if len(first) != 5 || fmt.Sprint(first) != fmt.Sprint(again) {
		t.Errorf("letters and leads differ between two requests (or are not 5):\n%q\n%q", first, again)
	}

	// Reveal: the names come back, with the mapping.
	r = b.post(lesson+"/reveal", url.Values{"csrf": {b.csrf(lesson)}, "reveal": {"1"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("reveal: status %d: %s", r.status, r.body)
	}
	revealed := b.get(lesson).body
	for _, n := range []string{"Source 000", "Source 004", "Who was who", "CNN"} {
		if !strings.Contains(revealed, n) {
			t.Errorf("revealed lesson lacks %q", n)
		}
	}
	// Students still see the text masked after the reveal.
	if body := student.get("/join/" + code[1]).body; strings.Contains(body, "CNN") || strings.Contains(body, "Source 00") {
		t.Error("student page shows a name after the reveal")
	}
}

// TestLessonMappingsDiffer: each lesson draws its own letters.
func TestLessonMappingsDiffer(t *testing.T) {
	db := demoDB(t)
	f := classFixture(t, db, "")
	b := f.adminBrowser()
	story := firstStory(t, db)
	seen := map[string]bool{}
	for range 6 {
		id := lessonPath.FindStringSubmatch(newLesson(t, b, story))[1]
		var n int64
		fmt.Sscan(id, &n)
		l, err := db.Lesson(context.Background(), n)
		if err != nil {
			t.Fatal(err)
		}
		letters := map[string]bool{}
		var keys []string
		for o, letter := range l.Letters {
			letters[letter] = true
			keys = append(keys, fmt.Sprintf("%d=%s", o, letter))
		}
		if len(letters) != len(l.Letters) || len(l.Letters) < 2 {
			t.Fatalf("lesson %s letters %v: want distinct letters for at least 2 outlets", id, l.Letters)
		}
		sort.Strings(keys)
		seen[strings.Join(keys, ",")] = true
	}
	if len(seen) < 2 {
		t.Errorf("6 lessons drew %d distinct mappings, want more than 1", len(seen))
	}
}

// TestLessonLateOutlet: an outlet whose article joins the story after the
// lesson was made gets the next letter, and keeps it.
func TestLessonLateOutlet(t *testing.T) {
	db := demoDB(t)
	f := classFixture(t, db, "")
	b := f.adminBrowser()
	story := firstStory(t, db)
	lesson := newLesson(t, b, story)
	before := len(outletLetters(b.get(lesson).body))
	src := func(ctx context.Context, emit func(ingest.Article) error, fail func(ingest.Failure)) error {
		return emit(ingest.Article{Title: "Late", Outlet: "Late Courier", Story: story, Language: "en", Format: "text", Source: "test",
			Text: "The Late Courier reports that the council met again on Friday and the vote was delayed."})
	}
	if _, err := importArticles(context.Background(), db, f.srv.lex.load(), src, "test", false, nil, nil); err != nil {
		t.Fatal(err)
	}
	first := b.get(lesson).body
	got := outletLetters(first)
	if len(got) != before+1 || strings.Contains(first, "Outlet ?") || strings.Contains(first, "Late Courier") {
		t.Errorf("after a late article: letters %v (had %d), want one more and no name", got, before)
	}
	if again := outletLetters(b.get(lesson).body); fmt.Sprint(again) != fmt.Sprint(got) {
		t.Errorf("letters changed: %v, then %v", got, again)
	}
}

// outletLetters lists the distinct column headings of a lesson page.
func outletLetters(page string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`<h3>(Outlet [A-Z?]+)</h3>\s*<p class="headline">`).FindAllStringSubmatch(page, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	return out
}

func TestLessonMaskSpans(t *testing.T) {
	outlets := []store.OutletRow{{ID: 1, Name: "Quillon Wire Service", Domain: "quillon.example"}, {ID: 2, Name: "The Daily Vell"}}
	m := newLessonMask(outlets, map[int64]string{1: "Outlet B"}, []string{"Anna Berg"})
	tests := []struct {
		in, want string
	}{
		{"a US official told CNN that", "a US official told [news outlet] that"},
		{"as reported by CNN.", "as reported by [news outlet]."},
		{"Netanyahu told Politico.", "Netanyahu told [news outlet]."},
		{"CNN’s Kevin Liptak and Donald Judd contributed to this report.", "[credit line removed]"},
		{"First line.\nBy Anna Smith and Tom Ray\nLast line.", "First line.\n[credit line removed]\nLast line."},
		{"See https://www.example.com/a?b=1 for more.", "See [web address] for more."},
		{"according to quillon.example and quillon wire", "according to [Outlet B] and [Outlet B]"},
		{"Quillon Wire Service said", "[Outlet B] said"},
		{"He left. Reuters contributed reporting.\nNext.", "He left. [credit line removed]\nNext."},
		{"Daily Vell reported", "[news outlet] reported"},
		{"the sun rose over the guardian post", "the sun rose over the guardian post"},
		{"Reporter Anna Berg wrote", "Reporter [hidden] wrote"},
		{"An AP photo", "An [news outlet] photo"},
		{"an APC drove", "an APC drove"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := m.text(tt.in); got != tt.want {
				t.Errorf("mask(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestMaskArticleKeepsOffsets: every highlight kept on the masked text
// covers the same words it covered in the original.
func TestMaskArticleKeepsOffsets(t *testing.T) {
	text := "Officials told CNN that the regime slammed critics. CNN’s reporter contributed to this report.\nThe regime met."
	m := newLessonMask(nil, nil, nil)
	span := func(s string, nth int) (int, int) {
		i := -1
		for range nth + 1 {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return i, i + len(s)
	}
	var ev []store.EvidenceRow
	for i, w := range []struct {
		s string
		n int
	}{{"regime", 0}, {"slammed", 0}, {"regime", 1}, {"reporter", 0}, {"told CNN", 0}} {
		a, b := span(w.s, w.n)
		ev = append(ev, store.EvidenceRow{ID: int64(i + 1), Start: a, End: b, Signal: "L1"})
	}
	ma := maskArticle(m, text, ev, nil)
	if strings.Contains(ma.Text, "CNN") {
		t.Fatalf("masked text still says CNN: %q", ma.Text)
	}
	got := map[int64]string{}
	for _, e := range ma.Ev {
		got[e.ID] = ma.Text[e.Start:e.End]
	}
	want := map[int64]string{1: "regime", 2: "slammed", 3: "regime", 5: "told [news outlet]"}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("evidence %d on the masked text: got %q, want %q", id, got[id], w)
		}
	}
	if _, ok := got[4]; ok {
		t.Errorf("evidence inside the masked credit line was kept: %q", got[4])
	}
}

func TestTokenize(t *testing.T) {
	text := "Don't call it a \"Hamas-run\" ministry—ever.\n\n2,000 people, CNN said."
	spans := newLessonMask(nil, nil, nil).spans(text)
	paras := tokenize(text, spans)
	var words []string
	var rebuilt strings.Builder
	for pi, p := range paras {
		if pi > 0 {
			rebuilt.WriteString("|")
		}
		for _, tk := range p.Tokens {
			if tk.Word {
				words = append(words, tk.Text)
				if text[tk.Start:tk.End] != tk.Text {
					t.Errorf("token %q at %d-%d does not match the text %q", tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
				}
			}
			rebuilt.WriteString(tk.Text)
		}
	}
	if got, want := strings.Join(words, " "), "Don't call it a Hamas-run ministry ever 2 000 people said"; got != want {
		t.Errorf("words:\n got %q\nwant %q", got, want)
	}
	if got, want := rebuilt.String(), "Don't call it a \"Hamas-run\" ministry—ever.|2,000 people, [news outlet] said."; got != want {
		t.Errorf("paragraphs:\n got %q\nwant %q", got, want)
	}
}

func TestGluePunctuation(t *testing.T) {
	text := "He said: \u201cstop.\u201d The Hamas-run ministry, 2,000 (approx)."
	paras := tokenize(text, nil)
	gluePunctuation(paras)
	var got []string
	var rebuilt strings.Builder
	for _, tk := range paras[0].Tokens {
		rebuilt.WriteString(tk.Head + tk.Text + tk.Tail)
		if tk.Word && (tk.Head != "" || tk.Tail != "") {
			got = append(got, tk.Head+"["+tk.Text+"]"+tk.Tail)
		}
	}
	if rebuilt.String() != text {
		t.Errorf("text changed:\n got %q\nwant %q", rebuilt.String(), text)
	}
	want := []string{"[said]:", "\u201c[stop].\u201d", "[ministry],", "([approx])."}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("glued words:\n got %q\nwant %q", got, want)
	}
}

func TestNormalizeCode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"7KX4PM", "7KX4PM"},
		{"ac3-d4e", "AC3D4E"},
		{"ACD EFH", "ACDEFH"},
		{"acdefh", "ACDEFH"},
		{"ACDEF0", ""}, // 0 is not in the alphabet
		{"ACDEFHJ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normalizeCode(tt.in); got != tt.want {
			t.Errorf("normalizeCode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for range 100 {
		c := newClassCode()
		if normalizeCode(strings.ToLower(c)) != c {
			t.Fatalf("a drawn code %q does not read back", c)
		}
	}
}

// join joins the exercise with code as nickname and returns the student's
// marking page.
func join(t *testing.T, b *browser, code, nickname string) response {
	t.Helper()
	tok := b.csrf("/join?code=" + code)
	r := b.post("/join", url.Values{"csrf": {tok}, "code": {strings.ToLower(code)}, "nickname": {nickname}})
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/join/"+code {
		t.Fatalf("join %s: status %d, location %q: %s", code, r.status, r.header.Get("Location"), r.body)
	}
	page := b.get("/join/" + code)
	if page.status != 200 {
		t.Fatalf("GET /join/%s after joining: status %d", code, page.status)
	}
	return page
}

var (
	studentCSRF = regexp.MustCompile(`data-csrf="([^"]+)"`)
	wordButton  = regexp.MustCompile(`<button type="button" class="w[^"]*" data-s="(\d+)" data-e="(\d+)"[^>]*>([^<]+)</button>`)
)

// wordsOf returns the marking page's words by their text (the first
// occurrence of each).
func wordsOf(page string) map[string][2]int {
	out := map[string][2]int{}
	for _, m := range wordButton.FindAllStringSubmatch(page, -1) {
		var s, e int
		fmt.Sscan(m[1], &s)
		fmt.Sscan(m[2], &e)
		if _, ok := out[m[3]]; !ok {
			out[m[3]] = [2]int{s, e}
		}
	}
	return out
}

// submit sends marks as the student's page does.
func submit(b *browser, code, csrf string, marks []joinMark) response {
	body, _ := json.Marshal(map[string]any{"marks": marks})
	req := httptest.NewRequest(http.MethodPost, "/join/"+code+"/marks", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if csrf != "" {
		req.Header.Set(csrfHeader, csrf)
	}
	return b.do(req)
}

// TestExerciseFlow runs a whole exercise on the demo corpus behind a
// viewer password: students join without it, mark, revise; the teacher's
// results count them; closing stops changes; the CSV has every mark;
// deleting removes the class's data at once; expiry ends the code.
func TestExerciseFlow(t *testing.T) {
	db := demoDB(t)
	f := classFixture(t, db, "viewer password here")
	teacher := f.adminBrowser()
	ctx := context.Background()
	story := firstStory(t, db)
	arts, err := db.StoryArticles(ctx, story, 12)
	if err != nil || len(arts) == 0 {
		t.Fatal(err)
	}
	art := arts[0]
	r := teacher.post("/class/exercises", url.Values{"csrf": {teacher.csrf("/class")}, "article": {fmt.Sprint(art.ID)}, "hours": {"2"}})
	exercise := r.header.Get("Location")
	if !exercisePath.MatchString(exercise) {
		t.Fatalf("create exercise: status %d: %s", r.status, r.body)
	}
	var exID int64
	fmt.Sscan(exercisePath.FindStringSubmatch(exercise)[1], &exID)
	ex, err := db.Exercise(ctx, exID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Code) != codeLength || normalizeCode(ex.Code) != ex.Code {
		t.Fatalf("class code %q: want %d characters of %s", ex.Code, codeLength, codeAlphabet)
	}

	// Students need no password, but the rest of the site stays private.
	s1, s2, s3 := f.browser(), f.browser(), f.browser()
	if r := s1.get("/"); r.status != http.StatusSeeOther {
		t.Errorf("student GET / behind a viewer password: status %d, want 303 to login", r.status)
	}
	if r := s1.get("/class"); r.status == 200 {
		t.Error("a student can open the teacher's /class")
	}
	page1 := join(t, s1, ex.Code, "Ada <b>")
	page2 := join(t, s2, ex.Code, "")
	join(t, s3, ex.Code, "Cy")
	if !strings.Contains(page1.body, "Ada &lt;b&gt;") {
		t.Error("the nickname is not shown escaped")
	}
	words := wordsOf(page1.body)
	if len(words) < 20 {
		t.Fatalf("marking page has %d distinct words, want a whole article", len(words))
	}
	// Two words the tool does not highlight, to check agreement counts.
	var plain []string
	for _, w := range []string{"the", "and", "of", "a", "to", "in"} {
		if _, ok := words[w]; ok {
			plain = append(plain, w)
		}
	}
	if len(plain) < 2 {
		t.Fatalf("no common words found on the page: %v", words)
	}
	w0, w1 := words[plain[0]], words[plain[1]]
	csrf1 := studentCSRF.FindStringSubmatch(page1.body)[1]
	csrf2 := studentCSRF.FindStringSubmatch(page2.body)[1]

	// CSRF: no token, or another student's token, is refused.
	if r := submit(s1, ex.Code, "", []joinMark{{w0[0], w0[1], "L1"}}); r.status != http.StatusForbidden {
		t.Errorf("submit without a token: status %d, want 403", r.status)
	}
	if r := submit(s1, ex.Code, csrf2, []joinMark{{w0[0], w0[1], "L1"}}); r.status != http.StatusForbidden {
		t.Errorf("submit with another student's token: status %d, want 403", r.status)
	}
	// Marks must be words of the text with a known reason.
	if r := submit(s1, ex.Code, csrf1, []joinMark{{w0[0], w0[1] + 1, "L1"}}); r.status != http.StatusBadRequest {
		t.Errorf("submit a mark off the word boundaries: status %d, want 400", r.status)
	}
	if r := submit(s1, ex.Code, csrf1, []joinMark{{w0[0], w0[1], "X9"}}); r.status != http.StatusBadRequest {
		t.Errorf("submit an unknown reason: status %d, want 400", r.status)
	}
	if r := submit(s1, ex.Code, csrf1, []joinMark{{w0[0], w0[1], "L1"}, {w1[0], w1[1], "E2"}}); r.status != 200 {
		t.Fatalf("submit: status %d: %s", r.status, r.body)
	}
	if r := submit(s2, ex.Code, csrf2, []joinMark{{w0[0], w0[1], "L3"}}); r.status != 200 {
		t.Fatalf("submit: status %d: %s", r.status, r.body)
	}
	// A revision replaces the student's marks.
	if r := submit(s1, ex.Code, csrf1, []joinMark{{w0[0], w0[1], "L1"}}); r.status != 200 {
		t.Fatalf("revise: status %d: %s", r.status, r.body)
	}
	// The student's page shows their own marks after a reload.
	if again := s1.get("/join/" + ex.Code).body; !strings.Contains(again, fmt.Sprintf(`data-s="%d" data-e="%d" data-r="L1"`, w0[0], w0[1])) {
		t.Error("after a reload the student's page does not show their mark")
	}

	live := liveOf(t, teacher, exercise)
	if live.Students != 3 || live.Submitted != 2 {
		t.Errorf("live: %d joined, %d submitted; want 3 and 2", live.Students, live.Submitted)
	}
	byStart := map[int]liveWord{}
	for _, w := range live.Words {
		byStart[w.Start] = w
	}
	if got := byStart[w0[0]]; got.Marked != 2 || got.Share != 1 || got.Reasons["L1"] != 1 || got.Reasons["L3"] != 1 {
		t.Errorf("word %q: %+v, want marked by 2 of 2 (L1 and L3)", plain[0], got)
	}
	if got := byStart[w1[0]]; got.Marked != 0 {
		t.Errorf("word %q after the revision: marked %d, want 0", plain[1], got.Marked)
	}
	if len(byStart[w0[0]].Tool) == 0 && !hasWord(live.StudentsOnly, w0[0]) {
		t.Errorf("%q is marked by students and not by the tool, but not listed as such", plain[0])
	}

	// CSV: one row per mark.
	rows := csvRows(t, teacher.get(exercise+"/csv").body)
	if len(rows) != 1+2 {
		t.Errorf("marks CSV: %d rows, want a header and 2 marks: %v", len(rows), rows)
	}

	// Closing stops changes; the page says so.
	if r := teacher.post(exercise+"/close", url.Values{"csrf": {teacher.csrf(exercise)}}); r.status != http.StatusSeeOther {
		t.Fatalf("close: status %d", r.status)
	}
	if r := submit(s2, ex.Code, csrf2, []joinMark{}); r.status != http.StatusConflict {
		t.Errorf("submit after closing: status %d, want 409", r.status)
	}
	if !strings.Contains(s2.get("/join/"+ex.Code).body, "closed this exercise") {
		t.Error("the student page does not say the exercise is closed")
	}

	// Delete: everything of the class goes at once.
	if r := teacher.post(exercise+"/delete", url.Values{"csrf": {teacher.csrf(exercise)}}); r.status != http.StatusSeeOther {
		t.Fatalf("delete: status %d", r.status)
	}
	if marks, err := db.ExerciseMarks(ctx, exID); err != nil || len(marks) != 0 {
		t.Errorf("after delete: %d marks, %v; want none", len(marks), err)
	}
	if st, err := db.ExerciseStudents(ctx, exID); err != nil || len(st) != 0 {
		t.Errorf("after delete: %d students, %v; want none", len(st), err)
	}
	if r := s1.get("/join/" + ex.Code); r.status != http.StatusNotFound {
		t.Errorf("student page after delete: status %d, want 404", r.status)
	}

	// Expiry: a code stops working when its exercise expires.
	r = teacher.post("/class/exercises", url.Values{"csrf": {teacher.csrf("/class")}, "article": {fmt.Sprint(art.ID)}, "hours": {"1"}})
	fmt.Sscan(exercisePath.FindStringSubmatch(r.header.Get("Location"))[1], &exID)
	ex2, err := db.Exercise(ctx, exID)
	if err != nil {
		t.Fatal(err)
	}
	join(t, s3, ex2.Code, "")
	f.advance(61 * time.Minute)
	if r := s3.get("/join/" + ex2.Code); r.status != http.StatusNotFound {
		t.Errorf("student page after expiry: status %d, want 404", r.status)
	}
	teacher.get("/class") // purges expired exercises
	if _, err := db.Exercise(ctx, exID); err == nil {
		t.Error("the expired exercise is still in the database after the class page was opened")
	}
}

func hasWord(ws []liveWord, start int) bool {
	for _, w := range ws {
		if w.Start == start {
			return true
		}
	}
	return false
}

func liveOf(t *testing.T, b *browser, exercise string) liveResults {
	t.Helper()
	r := b.get(exercise + "/live")
	var live liveResults
	if err := json.Unmarshal([]byte(r.body), &live); err != nil {
		t.Fatalf("GET %s/live: status %d: %v: %s", exercise, r.status, err, r.body)
	}
	return live
}

func csvRows(t *testing.T, body string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("CSV: %v: %s", err, body)
	}
	return rows
}

package app

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/charts"
	"github.com/framelens/framelens/store"
)

// Classroom mode (docs/CLASSROOM.md): a teacher, logged in as admin, makes
// a lesson from a story. The lesson shows the story blind, under a mapping
// of outlets to letters drawn at random for it and stored, on its page, in
// presentation mode, on the worksheet and in its exports, until the
// teacher reveals the names. Exercises (page_class_exercise.go) let
// students mark words on their own devices through /join (page_join.go).

// classRoutes registers the classroom's pages. Everything under /class is
// the teacher's and needs the admin login; /join is the students' and
// needs no password at all (auth.go exempts it from the viewer password).
func (s *server) classRoutes(app *fiber.App) {
	cl := app.Group("/class", s.requireAdmin)
	cl.Get("/", s.handleClass)
	cl.Post("/lessons", s.handleCreateLesson)
	cl.Get("/lesson/:id", s.handleLesson)
	cl.Get("/lesson/:id/masked", s.handleLessonMasked)
	cl.Get("/lesson/:id/present", s.handlePresent)
	cl.Get("/lesson/:id/worksheet", s.handleWorksheet)
	cl.Post("/lesson/:id/reveal", s.handleLessonReveal)
	cl.Post("/lesson/:id/masks", s.handleLessonMasks)
	cl.Post("/lesson/:id/delete", s.handleLessonDelete)
	cl.Post("/exercises", s.handleCreateExercise)
	app.Get("/api/class/lesson/:id", s.requireAdmin, s.apiLesson)
	cl.Get("/exercise/:id", s.handleExercise)
	cl.Get("/exercise/:id/live", s.handleExerciseLive)
	cl.Get("/exercise/:id/csv", s.handleExerciseCSV)
	cl.Post("/exercise/:id/close", s.handleExerciseClose)
	cl.Post("/exercise/:id/open", s.handleExerciseOpen)
	cl.Post("/exercise/:id/delete", s.handleExerciseDelete)

	app.Get("/join", s.handleJoinForm)
	app.Post("/join", s.handleJoin)
	app.Get("/join/:code", s.handleJoinMark)
	app.Get("/join/:code/marks", s.handleJoinMarks)
	app.Post("/join/:code/marks", s.handleJoinSubmit)
}

// classPage lists the lessons and live exercises and makes new ones.
type classPage struct {
	Page
	CSRF      string
	Stories   []store.StoryRow
	Lessons   []lessonItem
	Exercises []exerciseItem
	Article   string // prefilled article number for a new exercise (?article=)
}

type lessonItem struct {
	ID       int64
	Story    string
	Created  string
	Revealed bool
}

type exerciseItem struct {
	ID        int64
	Code      string
	Article   string
	Lesson    int64
	Expires   string
	Closed    bool
	Students  int
	Submitted int
}

func (s *server) handleClass(c *fiber.Ctx) error {
	ctx := c.UserContext()
	p := &classPage{Page: s.basePage(c, "Classroom"), CSRF: s.csrfToken(c)}
	if id, err := strconv.ParseInt(c.Query("article"), 10, 64); err == nil && id > 0 {
		p.Article = strconv.FormatInt(id, 10)
	}
	p.Section = "class"
	stories, err := s.db.Stories(ctx)
	if err != nil {
		return err
	}
	p.Stories = stories
	lessons, err := s.db.Lessons(ctx)
	if err != nil {
		return err
	}
	titles := map[string]string{}
	for _, st := range stories {
		titles[st.Key] = storyLabel(st.Key, st.Title)
	}
	for _, l := range lessons {
		p.Lessons = append(p.Lessons, lessonItem{ID: l.ID, Story: titles[l.Story], Created: l.Created.Format("2006-01-02 15:04"),
			Revealed: l.Revealed})
	}
	if _, err := s.db.DeleteExpiredExercises(ctx, s.sec.now()); err != nil {
		return err
	}
	exs, err := s.db.Exercises(ctx, s.sec.now())
	if err != nil {
		return err
	}
	for _, e := range exs {
		it := exerciseItem{ID: e.ID, Code: e.Code, Lesson: e.LessonID, Expires: e.Expires.Format("2006-01-02 15:04 MST"),
			Closed: e.Closed, Students: e.Students, Submitted: e.Submitted}
		it.Article = fmt.Sprintf("article %d", e.Article)
		if e.LessonID == 0 {
			if a, err := s.db.StoredArticle(ctx, e.Article); err == nil && a.Title != "" {
				it.Article = a.Title
			}
		}
		p.Exercises = append(p.Exercises, it)
	}
	return s.render(c, "class", p)
}

// lessonLetters draws a random order of letters for the outlets.
func lessonLetters(outlets []int64) map[int64]string {
	order := append([]int64(nil), outlets...)
	for i := len(order) - 1; i > 0; i-- {
		j := randInt(i + 1)
		order[i], order[j] = order[j], order[i]
	}
	m := map[int64]string{}
	for i, o := range order {
		m[o] = letters(i)
	}
	return m
}

// randInt returns a uniform random int in [0, n) from crypto/rand: the
// mapping must not be guessable from the time the lesson was made.
func randInt(n int) int {
	v, err := rand.Int(rand.Reader, big.NewInt(int64(n)))
	if err != nil {
		panic("crypto/rand: " + err.Error()) // never fails on supported systems
	}
	return int(v.Int64())
}

func (s *server) handleCreateLesson(c *fiber.Ctx) error {
	ctx := c.UserContext()
	key := strings.TrimSpace(c.FormValue("story"))
	if key == "" {
		return errBadRequest("choose a story for the lesson")
	}
	if _, err := s.db.Story(ctx, key); err != nil {
		return err
	}
	arts, err := s.db.StoryArticles(ctx, key, storyColumns)
	if err != nil {
		return err
	}
	var outlets []int64
	seen := map[int64]bool{}
	for _, a := range arts {
		if !seen[a.OutletID] {
			seen[a.OutletID] = true
			outlets = append(outlets, a.OutletID)
		}
	}
	id, err := s.db.CreateLesson(ctx, key, lessonLetters(outlets), s.sec.now())
	if err != nil {
		return err
	}
	return c.Redirect(fmt.Sprintf("/class/lesson/%d", id), fiber.StatusSeeOther)
}

func (s *server) handleLessonReveal(c *fiber.Ctx) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	if err := s.db.SetLessonRevealed(c.UserContext(), id, c.FormValue("reveal") != "0"); err != nil {
		return err
	}
	return c.Redirect(fmt.Sprintf("/class/lesson/%d", id), fiber.StatusSeeOther)
}

func (s *server) handleLessonMasks(c *fiber.Ctx) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	var masks []string
	for _, l := range strings.Split(c.FormValue("masks"), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			if len(l) > 200 || len(masks) >= 100 {
				return errBadRequest("masks: at most 100 terms of 200 characters each")
			}
			masks = append(masks, l)
		}
	}
	if err := s.db.SetLessonMasks(c.UserContext(), id, masks); err != nil {
		return err
	}
	return c.Redirect(fmt.Sprintf("/class/lesson/%d/masked", id), fiber.StatusSeeOther)
}

func (s *server) handleLessonDelete(c *fiber.Ctx) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	if err := s.db.DeleteLesson(c.UserContext(), id); err != nil {
		return err
	}
	return c.Redirect("/class", fiber.StatusSeeOther)
}

// lessonPage is a lesson's story comparison: blind (letters, masked
// texts) until the teacher reveals the names.
type lessonPage struct {
	Page
	ID         int64
	Revealed   bool
	Hidden     bool // outlets are hidden: !Revealed
	CSRF       string
	StoryTitle string
	Columns    []lessonColumn
	Labels     []string
	Naming     []namingRow
	Quotes     []storyQuotes
	Masked     []maskedItem
	ExtraMasks string
	Signals    []signalInfo
	Exercises  []exerciseItem
	Mapping    []mappingItem // shown to the teacher once revealed
}

// lessonColumn is one article of a lesson.
type lessonColumn struct {
	ArticleID int64
	Label     string // "Outlet A", or the outlet's name once revealed
	Headline  string
	FirstLine string // the text's first sentence, for slides of articles with no headline
	Lead      renderedText
	Body      renderedText
	Text      string // the text as shown (masked while hidden)
	Analysed  bool
	Counts    map[string]int
	Evidence  []store.EvidenceRow // on Text's offsets
	Quotes    []store.QuoteRow    // on Text's offsets
}

// maskedItem is one kind of thing masked in one article, for the teacher.
type maskedItem struct {
	Label string
	Found string
	Repl  string
	Why   string
	Count int
}

// mappingItem is a letter and the outlet behind it.
type mappingItem struct {
	Letter string
	Outlet string
}

// lessonView is how a lesson shows outlets and texts.
type lessonView struct {
	hidden bool
	labels map[int64]string // outlet ID -> "Outlet A"
	mask   *lessonMask
}

func (v *lessonView) outlet(id int64, name string) string {
	if !v.hidden {
		return name
	}
	if l, ok := v.labels[id]; ok {
		return l
	}
	return "Outlet ?"
}

func (v *lessonView) text(s string) string {
	if !v.hidden {
		return s
	}
	return v.mask.text(s)
}

// lessonViewOf builds the view of lesson l.
func (s *server) lessonViewOf(ctx context.Context, l store.Lesson) (*lessonView, error) {
	v := &lessonView{hidden: !l.Revealed, labels: map[int64]string{}}
	for id, letter := range l.Letters {
		v.labels[id] = "Outlet " + letter
	}
	if v.hidden {
		outlets, err := s.db.Outlets(ctx)
		if err != nil {
			return nil, err
		}
		v.mask = newLessonMask(outlets, v.labels, l.ExtraMasks)
	}
	return v, nil
}

// lesson builds the lesson page's data for lesson id.
func (s *server) lesson(c *fiber.Ctx) (*lessonPage, *lessonView, error) {
	ctx := c.UserContext()
	id, err := idParam(c, "id")
	if err != nil {
		return nil, nil, err
	}
	l, err := s.db.Lesson(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	st, err := s.db.Story(ctx, l.Story)
	if err != nil {
		return nil, nil, err
	}
	arts, err := s.db.StoryArticles(ctx, l.Story, storyColumns)
	if err != nil {
		return nil, nil, err
	}
	// Outlets added to the story since the lesson was made get the next
	// letters, stored, so they too keep theirs.
	used := map[string]bool{}
	for _, letter := range l.Letters {
		used[letter] = true
	}
	add := map[int64]string{}
	for _, a := range arts {
		if _, ok := l.Letters[a.OutletID]; ok {
			continue
		}
		if _, ok := add[a.OutletID]; ok {
			continue
		}
		i := 0
		for used[letters(i)] {
			i++
		}
		used[letters(i)] = true
		add[a.OutletID] = letters(i)
	}
	if len(add) > 0 {
		if err := s.db.AddLessonLetters(ctx, id, add); err != nil {
			return nil, nil, err
		}
		if l, err = s.db.Lesson(ctx, id); err != nil {
			return nil, nil, err
		}
	}
	v, err := s.lessonViewOf(ctx, l)
	if err != nil {
		return nil, nil, err
	}
	p := &lessonPage{ID: id, Revealed: l.Revealed, Hidden: !l.Revealed, CSRF: s.csrfToken(c), Signals: signals,
		ExtraMasks: strings.Join(l.ExtraMasks, "\n")}
	p.StoryTitle = v.text(storyLabel(st.Key, st.Title))
	p.Page = s.basePage(c, fmt.Sprintf("Lesson %d: %s", id, p.StoryTitle))
	p.Section = "class"
	p.Wide = true
	// The header shows blind mode on while the lesson is blind, and its
	// links keep blind mode, so leaving the lesson for the dashboard in
	// front of the class shows no names either.
	p.Blind = p.Hidden
	stats, err := s.db.ArticleStats(ctx, store.Filter{Story: l.Story}, signalIDs)
	if err != nil {
		return nil, nil, err
	}
	counts := map[int64]map[string]int{}
	for _, a := range stats {
		counts[a.ID] = a.Counts
	}
	masked := map[[3]string]*maskedItem{}
	var maskOrder [][3]string
	noteMasked := func(label string, spans []maskSpan) {
		for _, sp := range spans {
			k := [3]string{label, sp.Found, sp.Why}
			if it, ok := masked[k]; ok {
				it.Count++
				continue
			}
			masked[k] = &maskedItem{Label: label, Found: sp.Found, Repl: sp.Repl, Why: sp.Why, Count: 1}
			maskOrder = append(maskOrder, k)
		}
	}
	for _, a := range arts {
		ev, err := s.db.ArticleEvidence(ctx, a.ID)
		if err != nil {
			return nil, nil, err
		}
		qs, err := s.db.ArticleQuotes(ctx, a.ID)
		if err != nil {
			return nil, nil, err
		}
		col := lessonColumn{ArticleID: a.ID, Label: v.outlet(a.OutletID, a.Outlet), Analysed: a.Analysed, Counts: counts[a.ID]}
		ma := maskedArticle{Text: a.Text, Ev: ev, Quotes: qs}
		col.Headline = a.Title
		if v.hidden {
			ma = maskArticle(v.mask, a.Text, ev, qs)
			hs := v.mask.spans(a.Title)
			col.Headline, _ = applyMask(a.Title, hs)
			noteMasked(col.Label, hs)
			noteMasked(col.Label, ma.Spans)
		}
		col.Text, col.Evidence, col.Quotes = ma.Text, ma.Ev, ma.Quotes
		lead := leadOf(ma.Text)
		if col.FirstLine = firstSentence(lead); col.Headline != "" && strings.HasPrefix(strings.TrimSpace(lead), strings.TrimSpace(col.Headline)) {
			col.FirstLine = "" // the text starts with its headline
		}
		leadEnd := len(lead)
		if strings.HasSuffix(lead, " …") {
			leadEnd -= len(" …")
		}
		leadEnd = min(leadEnd+(len(ma.Text)-len(strings.TrimLeft(ma.Text, " \t\r\n"))), len(ma.Text))
		col.Lead = s.renderText(ma.Text[:leadEnd], clipEvidence(ma.Ev, leadEnd), clipQuotes(ma.Quotes, leadEnd), p.Page, v.text)
		for i := range col.Lead.Segments {
			col.Lead.Segments[i].Anchors = nil
		}
		col.Body = s.renderText(ma.Text, ma.Ev, ma.Quotes, p.Page, v.text)
		// Lesson pages link nowhere that names outlets: the lexicon entry
		// pages list articles by outlet.
		for i := range col.Body.Notes {
			col.Body.Notes[i].EntryURL = ""
		}
		p.Columns = append(p.Columns, col)
	}
	sort.SliceStable(p.Columns, func(i, j int) bool {
		if len(p.Columns[i].Label) != len(p.Columns[j].Label) && p.Hidden {
			return len(p.Columns[i].Label) < len(p.Columns[j].Label) // Outlet Z before Outlet AA
		}
		return p.Columns[i].Label < p.Columns[j].Label
	})
	for _, k := range maskOrder {
		p.Masked = append(p.Masked, *masked[k])
	}
	sort.SliceStable(p.Masked, func(i, j int) bool { return p.Masked[i].Label < p.Masked[j].Label })
	for _, col := range p.Columns {
		if !contains(p.Labels, col.Label) {
			p.Labels = append(p.Labels, col.Label)
		}
	}
	if l.Revealed {
		for _, a := range arts {
			if letter, ok := l.Letters[a.OutletID]; ok && !containsMapping(p.Mapping, letter) {
				p.Mapping = append(p.Mapping, mappingItem{Letter: "Outlet " + letter, Outlet: a.Outlet})
			}
		}
		sort.Slice(p.Mapping, func(i, j int) bool { return p.Mapping[i].Letter < p.Mapping[j].Letter })
	}
	s.lessonNaming(p)
	s.lessonQuotes(p, v)
	s.lessonCharts(p)
	s.lessonTables(p)
	exs, err := s.db.Exercises(ctx, s.sec.now())
	if err != nil {
		return nil, nil, err
	}
	for _, e := range exs {
		if e.LessonID == id {
			p.Exercises = append(p.Exercises, exerciseItem{ID: e.ID, Code: e.Code, Closed: e.Closed, Students: e.Students,
				Submitted: e.Submitted, Article: p.columnLabel(e.Article), Expires: e.Expires.Format("15:04 MST")})
		}
	}
	return p, v, nil
}

// firstSentence returns the first sentence of text (at least 40 bytes, cut
// at about 220 on a word).
func firstSentence(text string) string {
	text = strings.TrimSuffix(text, " …")
	for i := 40; i < len(text)-1; i++ {
		if (text[i] == '.' || text[i] == '?' || text[i] == '!') && text[i+1] == ' ' {
			return text[:i+1]
		}
	}
	if len(text) > 220 {
		cut := strings.LastIndex(text[:220], " ")
		if cut < 100 {
			cut = 220
		}
		return store.TrimEnd(text[:cut]) + " …"
	}
	return text
}

func containsMapping(ms []mappingItem, letter string) bool {
	for _, m := range ms {
		if m.Letter == "Outlet "+letter {
			return true
		}
	}
	return false
}

// columnLabel is the label of the lesson column showing article id.
func (p *lessonPage) columnLabel(id int64) string {
	for _, col := range p.Columns {
		if col.ArticleID == id {
			return col.Label
		}
	}
	return fmt.Sprintf("article %d", id)
}

// lessonNaming fills the naming table from the N1 highlights in the
// outlets' own voice, on the texts as shown.
func (s *server) lessonNaming(p *lessonPage) {
	type key struct{ actor, label, term, class string }
	per := map[string]map[key]int{} // column label -> names
	actors := map[string]bool{}
	for _, col := range p.Columns {
		if per[col.Label] == nil {
			per[col.Label] = map[key]int{}
		}
		for _, e := range col.Evidence {
			if e.Signal != "N1" || e.Voice == "direct_quote" {
				continue
			}
			actor, label := s.actorLabel(e.Entry, e.Category)
			term := strings.ToLower(safeSlice(col.Text, e.Start, e.End))
			per[col.Label][key{actor, label, term, labelClass(label)}]++
			actors[actor] = true
		}
	}
	for _, actor := range sortedKeys(actors) {
		row := namingRow{Actor: actor}
		for _, lb := range p.Labels {
			cell := namingCell{Outlet: lb}
			for k, n := range per[lb] {
				if k.actor == actor {
					cell.Names = append(cell.Names, namingTerm{Term: k.term, Label: k.label, Class: k.class, Count: n})
				}
			}
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
}

// lessonQuotes lists who each column quotes.
func (s *server) lessonQuotes(p *lessonPage, v *lessonView) {
	for _, col := range p.Columns {
		sq := storyQuotes{Outlet: col.Label, Speakers: speakers(col.Quotes, v.text, nil)}
		p.Quotes = append(p.Quotes, sq)
	}
}

// lessonChartSignals are the signals of the lesson's chart: the word-level
// highlights a class can find in the text.
var lessonChartSignals = []string{"L1", "L2", "L3", "L4", "L5", "N1", "E1", "E2", "E4", "E6"}

// lessonCharts adds the highlights-per-outlet chart, labelled as the
// lesson shows outlets and linking nowhere (the evidence pages name them).
func (s *server) lessonCharts(p *lessonPage) {
	hits := map[string]map[string]int{}
	for _, col := range p.Columns {
		if hits[col.Label] == nil {
			hits[col.Label] = map[string]int{}
		}
		for _, e := range col.Evidence {
			hits[col.Label][e.Signal]++
		}
	}
	var series []charts.Series
	for _, sig := range lessonChartSignals {
		ser := charts.Series{Name: sig + " " + signalName(sig)}
		for _, lb := range p.Labels {
			ser.Values = append(ser.Values, float64(hits[lb][sig]))
		}
		series = append(series, ser)
	}
	p.Charts = append(p.Charts, charts.StackedBars("chart-lesson-signals", "Highlights per outlet by signal (counts)",
		"highlights", false, p.Labels, series))
}

// lessonTables are the lesson's exports, labelled as the lesson shows
// outlets.
func (s *server) lessonTables(p *lessonPage) {
	nt := Table{ID: "naming", Caption: "What each outlet calls them", Columns: []Column{{Name: "Actor"}}}
	for _, lb := range p.Labels {
		nt.Columns = append(nt.Columns, Column{Name: lb})
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
	ht := Table{ID: "highlights", Caption: "Every highlight", Columns: []Column{{Name: "Outlet"}, {Name: "Signal"},
		{Name: "Words"}, {Name: "Voice"}, {Name: "Entry"}}}
	for _, col := range p.Columns {
		for _, e := range col.Evidence {
			if hiddenSignals[e.Signal] {
				continue
			}
			ht.Rows = append(ht.Rows, []Cell{{Text: col.Label}, {Text: e.Signal}, {Text: safeSlice(col.Text, e.Start, e.End)},
				{Text: e.Voice}, {Text: e.Entry}})
		}
	}
	ct := Table{ID: "counts", Caption: "Highlights per outlet", Columns: []Column{{Name: "Outlet"}}}
	for _, sig := range lessonChartSignals {
		ct.Columns = append(ct.Columns, Column{Name: sig, Num: true})
	}
	for _, col := range p.Columns {
		row := []Cell{{Text: col.Label}}
		for _, sig := range lessonChartSignals {
			n := 0
			for _, e := range col.Evidence {
				if e.Signal == sig {
					n++
				}
			}
			row = append(row, Cell{Text: fmt.Sprint(n)})
		}
		ct.Rows = append(ct.Rows, row)
	}
	p.Tables = append(p.Tables, nt, ht, ct)
}

func (s *server) handleLesson(c *fiber.Ctx) error {
	p, _, err := s.lesson(c)
	if err != nil {
		return err
	}
	if ok, err := sendLessonCSV(c, p); ok {
		return err
	}
	return s.render(c, "class_lesson", p)
}

// handleLessonMasked lists what the lesson masks in its texts: for the
// teacher's screen, not the projector.
func (s *server) handleLessonMasked(c *fiber.Ctx) error {
	p, _, err := s.lesson(c)
	if err != nil {
		return err
	}
	p.Title = fmt.Sprintf("Lesson %d: what is hidden", p.ID)
	return s.render(c, "class_masked", p)
}

// sendLessonCSV exports a lesson table, named for the lesson so the file
// name says nothing of the outlets.
func sendLessonCSV(c *fiber.Ctx, p *lessonPage) (bool, error) {
	if c.Query("csv") == "" {
		return false, nil
	}
	ok, err := sendCSV(c, &p.Page)
	c.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="framelens-lesson-%d-%s.csv"`, p.ID, safeName(c.Query("csv"))))
	return ok, err
}

func safeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// renderRoot executes a page's own root template (presentation mode and
// the worksheet have no site navigation) into a buffer and sends it.
func (s *server) renderRoot(c *fiber.Ctx, page, root string, data any) error {
	t, ok := s.pages[page]
	if !ok {
		return fmt.Errorf("render: no template %q", page)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, root, data); err != nil {
		return fmt.Errorf("render %s: %w", page, err)
	}
	c.Type("html", "utf-8")
	return c.Send(buf.Bytes())
}

// classNow is the time classroom code uses: the security clock, which
// tests can move.
func (s *server) classNow() time.Time { return s.sec.now() }

// lessonJSON is a lesson as the JSON API gives it: outlets as the lesson
// shows them, texts masked while it is blind, highlight offsets on the
// texts as given.
type lessonJSON struct {
	ID       int64           `json:"id"`
	Story    string          `json:"story"`
	Revealed bool            `json:"revealed"`
	Outlets  []string        `json:"outlets"`
	Articles []lessonArticle `json:"articles"`
	Naming   []namingRow     `json:"naming"`
	Quotes   []storyQuotes   `json:"quotes"`
	Mapping  []lessonMapping `json:"mapping,omitempty"`
}

type lessonArticle struct {
	Outlet     string            `json:"outlet"`
	Title      string            `json:"title"`
	Text       string            `json:"text"`
	Highlights []lessonHighlight `json:"highlights"`
}

type lessonHighlight struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Words  string `json:"words"`
	Signal string `json:"signal"`
	Entry  string `json:"entry"`
	Voice  string `json:"voice"`
}

type lessonMapping struct {
	Letter string `json:"letter"`
	Outlet string `json:"outlet"`
}

// apiLesson is the lesson page's JSON twin.
func (s *server) apiLesson(c *fiber.Ctx) error {
	p, _, err := s.lesson(c)
	if err != nil {
		return err
	}
	out := lessonJSON{ID: p.ID, Story: p.StoryTitle, Revealed: p.Revealed, Outlets: p.Labels, Articles: []lessonArticle{},
		Naming: p.Naming, Quotes: p.Quotes}
	for _, col := range p.Columns {
		a := lessonArticle{Outlet: col.Label, Title: col.Headline, Text: col.Text, Highlights: []lessonHighlight{}}
		for _, e := range col.Evidence {
			a.Highlights = append(a.Highlights, lessonHighlight{Start: e.Start, End: e.End, Words: safeSlice(col.Text, e.Start, e.End),
				Signal: e.Signal, Entry: e.Entry, Voice: e.Voice})
		}
		out.Articles = append(out.Articles, a)
	}
	for _, m := range p.Mapping {
		out.Mapping = append(out.Mapping, lessonMapping{Letter: m.Letter, Outlet: m.Outlet})
	}
	return c.JSON(out)
}

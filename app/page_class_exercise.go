package app

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/store"
)

// An exercise is one article a class marks: each student taps the words
// they find loaded and gives a reason; the teacher's live view shows the
// class's marks as a heat map beside the tool's highlights. Words are the
// unit: a mark is a word's byte offsets in the article, so marks compare
// directly with the evidence offsets.

// Exercise limits.
const (
	exerciseLife    = 4 * time.Hour // default: a school day's lessons
	maxExerciseLife = 7 * 24 * time.Hour
	codeLength      = 6
	maxNickname     = 40
	maxStudents     = 300 // a lecture hall; bounds what one leaked code can add
)

// codeAlphabet has no characters that read alike on a projector or a
// phone keyboard (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, G/6, Q).
const codeAlphabet = "ACDEFHJKMNPRTUVWXY34679"

// newClassCode draws a random class code.
func newClassCode() string {
	b := make([]byte, codeLength)
	for i := range b {
		b[i] = codeAlphabet[randInt(len(codeAlphabet))]
	}
	return string(b)
}

// normalizeCode reads a code as a student may type it: any case, with
// spaces or dashes, and with look-alike characters taken for the ones the
// alphabet has.
func normalizeCode(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch r {
		case ' ', '-', '\t':
			continue
		}
		if r < utf8.RuneSelf && strings.ContainsRune(codeAlphabet, r) {
			b.WriteRune(r)
		} else {
			return "" // not a code: no guessing what was meant
		}
	}
	if b.Len() != codeLength {
		return ""
	}
	return b.String()
}

// markReasons are the reasons a student can give, by signal id, in
// words for students.
var markReasons = []reason{
	{"L1", "Loaded or judging word"},
	{"L2", "Exaggerates (intensifier)"},
	{"L3", "Praise or insult word"},
	{"L4", "Softens something harsh (euphemism)"},
	{"L5", "Scare quotes or distancing"},
	{"N1", "Name chosen for a person or group"},
	{"E1", "Speech verb that tells you what to think"},
	{"E2", "Hedge (reportedly, may)"},
	{"E4", "Vague source (critics say)"},
	{"E6", "Hides who did it"},
}

type reason struct{ ID, Name string }

func reasonKnown(id string) bool { return markSignal[id] }

// wordToken is a piece of an article's text as an exercise shows it.
type wordToken struct {
	Start, End int
	Text       string
	Word       bool // a word that can be marked
	Masked     bool // a masked span (shows its replacement)
	// GlueBefore and GlueAfter mark a separator that touches the word
	// before or after it (punctuation, no space).
	GlueBefore, GlueAfter bool
	// Head and Tail are the punctuation touching a word, drawn with it so
	// that a line never breaks between a word button and its "." or "“"
	// (gluePunctuation moves them out of the separators).
	Head, Tail string
	Tool       string // space-separated signals of the tool's highlights covering the word
	Reason     string // the viewing student's reason, when marked
}

// paragraph is a run of tokens between line breaks.
type paragraph struct{ Tokens []wordToken }

// isWordRune reports whether r belongs to a word: letters, digits, and
// apostrophes or hyphens inside a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// tokenize cuts text into paragraphs of words and separators, keeping
// masked spans whole.
func tokenize(text string, spans []maskSpan) []paragraph {
	var paras []paragraph
	cur := paragraph{}
	flush := func() {
		if len(cur.Tokens) > 0 {
			paras = append(paras, cur)
		}
		cur = paragraph{}
	}
	si := 0
	i := 0
	for i < len(text) {
		if si < len(spans) && spans[si].Start == i {
			sp := spans[si]
			cur.Tokens = append(cur.Tokens, wordToken{Start: sp.Start, End: sp.End, Text: sp.Repl, Masked: true})
			i = sp.End
			si++
			continue
		}
		next := len(text)
		if si < len(spans) {
			next = spans[si].Start
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			flush()
			i += n
		case isWordRune(r):
			j := i + n
			for j < next {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// An apostrophe or hyphen joins two word parts (don't, Hamas-run).
				if r2 == '\'' || r2 == '’' || r2 == '-' {
					if j+n2 < next {
						r3, _ := utf8.DecodeRuneInString(text[j+n2:])
						if isWordRune(r3) {
							j += n2
							continue
						}
					}
				}
				break
			}
			cur.Tokens = append(cur.Tokens, wordToken{Start: i, End: j, Text: text[i:j], Word: true})
			i = j
		default:
			j := i + n
			for j < next {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '\n' || isWordRune(r2) {
					break
				}
				j += n2
			}
			sep := text[i:j]
			first, _ := utf8.DecodeRuneInString(sep)
			last, _ := utf8.DecodeLastRuneInString(sep)
			cur.Tokens = append(cur.Tokens, wordToken{Start: i, End: j, Text: sep,
				GlueBefore: !unicode.IsSpace(first), GlueAfter: !unicode.IsSpace(last)})
			i = j
		}
	}
	flush()
	return paras
}

// exerciseData is an exercise with its article as the viewer may see it.
// Everything but ex is derived from the article, the lesson's mapping and
// masks, and is shared between requests: read it, never change it.
type exerciseData struct {
	ex       store.Exercise
	art      *store.StoredArticle
	label    string // the article's outlet as this viewer may see it
	headline string
	spans    []maskSpan
	paras    []paragraph
	words    map[[2]int]string // word offsets -> text
	tool     map[[2]int][]string
	ev       []store.EvidenceRow
	qs       []store.QuoteRow
	mask     *lessonMask
}

// exerciseFor loads what an exercise shows. Students always get masked
// texts; the teacher sees names once the exercise's lesson is revealed.
// The article's part is computed once per data version, lesson state and
// viewer kind, so a class submitting at once does not redo it 35 times.
func (s *server) exerciseFor(ctx context.Context, ex store.Exercise, teacher bool) (*exerciseData, error) {
	lesson := store.Lesson{Letters: map[int64]string{}}
	if ex.LessonID != 0 {
		l, err := s.db.Lesson(ctx, ex.LessonID)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		if err == nil {
			lesson = l
		}
	}
	hide := !teacher || !lesson.Revealed
	key := fmt.Sprintf("class-exercise\x00%d\x00%d\x00%t\x00%s", ex.Article, ex.LessonID, hide, strings.Join(lesson.ExtraMasks, "\x00"))
	v, err := s.cachedValue(ctx, key, func(ctx context.Context) (any, error) {
		return s.exerciseText(ctx, ex.Article, lesson, hide)
	})
	if err != nil {
		return nil, err
	}
	d := *v.(*exerciseData)
	d.ex = ex
	return &d, nil
}

// markSignal reports whether a signal is one students can give as a reason.
var markSignal = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range markReasons {
		m[r.ID] = true
	}
	return m
}()

// toolMarks reports whether a highlight is one a student could mark as
// loaded: a word-level signal a student can give as a reason, leaving out
// neutral names ("Israel", formal or descriptive labels) and neutral speech
// verbs ("said"), which the tool records but nobody should mark.
func (s *server) toolMarks(e store.EvidenceRow) bool {
	if !markSignal[e.Signal] {
		return false
	}
	switch e.Signal {
	case "N1":
		label := e.Category
		if en, ok := s.lex.Entry(e.Entry); ok && en.Label != "" {
			label = en.Label
		}
		return labelClass(label) != "neutral"
	case "E1":
		return e.Category != "neutral"
	}
	return true
}

// exerciseText tokenizes an article for an exercise and finds the tool's
// highlights on each word.
func (s *server) exerciseText(ctx context.Context, article int64, lesson store.Lesson, hide bool) (*exerciseData, error) {
	art, err := s.db.StoredArticle(ctx, article)
	if err != nil {
		return nil, err
	}
	d := &exerciseData{art: art, label: "the article", words: map[[2]int]string{}, tool: map[[2]int][]string{}}
	outlets, err := s.db.Outlets(ctx)
	if err != nil {
		return nil, err
	}
	labels := map[int64]string{}
	for id, letter := range lesson.Letters {
		labels[id] = "Outlet " + letter
	}
	d.mask = newLessonMask(outlets, labels, lesson.ExtraMasks)
	if l, ok := labels[art.OutletID]; ok {
		d.label = l
	}
	d.headline = art.Title
	if hide {
		d.spans = d.mask.spans(art.Text)
		d.headline = d.mask.text(art.Title)
	} else {
		d.label = art.Outlet
	}
	d.paras = tokenize(art.Text, d.spans)
	if d.ev, err = s.db.ArticleEvidence(ctx, art.ID); err != nil {
		return nil, err
	}
	if d.qs, err = s.db.ArticleQuotes(ctx, art.ID); err != nil {
		return nil, err
	}
	// Evidence is ordered by start: each word looks only at the highlights
	// that start before it ends.
	var marks []store.EvidenceRow
	for _, e := range d.ev {
		if s.toolMarks(e) {
			marks = append(marks, e)
		}
	}
	for pi := range d.paras {
		for ti := range d.paras[pi].Tokens {
			t := &d.paras[pi].Tokens[ti]
			if !t.Word {
				continue
			}
			k := [2]int{t.Start, t.End}
			d.words[k] = t.Text
			var sigs []string
			for _, e := range marks {
				if e.Start >= t.End {
					break
				}
				if t.Start < e.End && !contains(sigs, e.Signal) {
					sigs = append(sigs, e.Signal)
				}
			}
			if len(sigs) > 0 {
				d.tool[k] = sigs
				t.Tool = strings.Join(sigs, " ")
			}
		}
	}
	return d, nil
}

// exercisePage is the teacher's live view of an exercise.
type exercisePage struct {
	Page
	ID        int64
	Code      string
	JoinURL   string
	Label     string
	Headline  string
	Closed    bool
	Expires   string
	LessonID  int64
	CSRF      string
	Paras     []paragraph
	Tool      renderedText
	Reasons   []reason
	Signals   []signalInfo
	Students  int
	Submitted int
}

func (s *server) exerciseParam(c *fiber.Ctx) (store.Exercise, error) {
	id, err := idParam(c, "id")
	if err != nil {
		return store.Exercise{}, err
	}
	return s.db.Exercise(c.UserContext(), id)
}

func (s *server) handleExercise(c *fiber.Ctx) error {
	ex, err := s.exerciseParam(c)
	if err != nil {
		return err
	}
	d, err := s.exerciseFor(c.UserContext(), ex, true)
	if err != nil {
		return err
	}
	p := &exercisePage{ID: ex.ID, Code: ex.Code, Label: d.label, Headline: d.headline, Closed: ex.Closed,
		Expires: ex.Expires.Format("2006-01-02 15:04 MST"), LessonID: ex.LessonID, CSRF: s.csrfToken(c), Paras: d.paras,
		Reasons: markReasons, Signals: signals, Students: ex.Students, Submitted: ex.Submitted}
	p.Page = s.basePage(c, "Class exercise "+ex.Code)
	p.Section = "class"
	p.Wide = true
	p.JoinURL = c.BaseURL() + "/join"
	ma := maskedArticle{Text: d.art.Text, Ev: d.ev, Quotes: d.qs}
	if len(d.spans) > 0 {
		ma = maskArticle(d.mask, d.art.Text, d.ev, d.qs)
	}
	redact := func(s string) string { return s }
	if len(d.spans) > 0 || d.label != d.art.Outlet {
		redact = d.mask.text
	}
	p.Tool = s.renderText(ma.Text, ma.Ev, ma.Quotes, p.Page, redact)
	for i := range p.Tool.Notes {
		p.Tool.Notes[i].EntryURL = ""
	}
	return s.render(c, "class_exercise", p)
}

// liveResults is the teacher's live view as JSON, polled every few seconds.
type liveResults struct {
	Students     int        `json:"students"`
	Submitted    int        `json:"submitted"`
	Closed       bool       `json:"closed"`
	Words        []liveWord `json:"words"`
	StudentsOnly []liveWord `json:"students_only"`
	ToolOnly     []toolSpan `json:"tool_only"`
	Nicknames    []string   `json:"nicknames"`
}

// liveWord is one word's marks: how many students marked it, their share
// of the students who submitted, their reasons, and the tool's signals.
type liveWord struct {
	Start   int            `json:"start"`
	End     int            `json:"end"`
	Word    string         `json:"word"`
	Marked  int            `json:"marked"`
	Share   float64        `json:"share"`
	Reasons map[string]int `json:"reasons"`
	Tool    []string       `json:"tool"`
}

// toolSpan is a highlight of the tool that no student marked a word of.
type toolSpan struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Words  string `json:"words"`
	Signal string `json:"signal"`
	Voice  string `json:"voice"`
}

// results computes an exercise's class results from the database.
func (s *server) results(ctx context.Context, d *exerciseData) (*liveResults, error) {
	students, err := s.db.ExerciseStudents(ctx, d.ex.ID)
	if err != nil {
		return nil, err
	}
	marks, err := s.db.ExerciseMarks(ctx, d.ex.ID)
	if err != nil {
		return nil, err
	}
	r := &liveResults{Closed: d.ex.Closed, Students: len(students), Words: []liveWord{}, StudentsOnly: []liveWord{},
		ToolOnly: []toolSpan{}, Nicknames: []string{}}
	for _, st := range students {
		if st.Submitted {
			r.Submitted++
		}
		if st.Nickname != "" {
			r.Nicknames = append(r.Nicknames, st.Nickname)
		}
	}
	by := map[[2]int]*liveWord{}
	for _, m := range marks {
		k := [2]int{m.Start, m.End}
		w, ok := d.words[k]
		if !ok {
			continue // a word no longer shown (the lesson's masks changed)
		}
		lw := by[k]
		if lw == nil {
			lw = &liveWord{Start: m.Start, End: m.End, Word: w, Reasons: map[string]int{}, Tool: d.tool[k]}
			by[k] = lw
		}
		lw.Marked++
		lw.Reasons[m.Reason]++
	}
	for k, sigs := range d.tool {
		if by[k] == nil {
			by[k] = &liveWord{Start: k[0], End: k[1], Word: d.words[k], Reasons: map[string]int{}, Tool: sigs}
		}
	}
	for _, lw := range by {
		if r.Submitted > 0 {
			lw.Share = float64(lw.Marked) / float64(r.Submitted)
		}
		if lw.Tool == nil {
			lw.Tool = []string{}
		}
		r.Words = append(r.Words, *lw)
		if lw.Marked > 0 && len(lw.Tool) == 0 {
			r.StudentsOnly = append(r.StudentsOnly, *lw)
		}
	}
	sort.Slice(r.Words, func(i, j int) bool { return r.Words[i].Start < r.Words[j].Start })
	sort.SliceStable(r.StudentsOnly, func(i, j int) bool {
		if r.StudentsOnly[i].Marked != r.StudentsOnly[j].Marked {
			return r.StudentsOnly[i].Marked > r.StudentsOnly[j].Marked
		}
		return r.StudentsOnly[i].Start < r.StudentsOnly[j].Start
	})
	// Tool highlights none of whose words any student marked.
	seen := map[[2]int]bool{}
	for _, e := range d.ev {
		if !s.toolMarks(e) || seen[[2]int{e.Start, e.End}] || insideMask(d.spans, e.Start, e.End) {
			continue
		}
		marked := false
		for k, lw := range by {
			if lw.Marked > 0 && k[0] < e.End && e.Start < k[1] {
				marked = true
				break
			}
		}
		if !marked {
			seen[[2]int{e.Start, e.End}] = true
			r.ToolOnly = append(r.ToolOnly, toolSpan{Start: e.Start, End: e.End, Words: safeSlice(d.art.Text, e.Start, e.End),
				Signal: e.Signal, Voice: e.Voice})
		}
	}
	sort.Slice(r.ToolOnly, func(i, j int) bool { return r.ToolOnly[i].Start < r.ToolOnly[j].Start })
	return r, nil
}

func (s *server) handleExerciseLive(c *fiber.Ctx) error {
	ex, err := s.exerciseParam(c)
	if err != nil {
		return err
	}
	d, err := s.exerciseFor(c.UserContext(), ex, true)
	if err != nil {
		return err
	}
	r, err := s.results(c.UserContext(), d)
	if err != nil {
		return err
	}
	return c.JSON(r)
}

// handleExerciseCSV exports the class's results: one row per mark, or
// with ?by=word one row per word marked by a student or the tool.
func (s *server) handleExerciseCSV(c *fiber.Ctx) error {
	ctx := c.UserContext()
	ex, err := s.exerciseParam(c)
	if err != nil {
		return err
	}
	d, err := s.exerciseFor(ctx, ex, true)
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, "text/csv; charset=utf-8")
	w := csv.NewWriter(c.Response().BodyWriter())
	if c.Query("by") == "word" {
		c.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="framelens-exercise-%s-words.csv"`, ex.Code))
		r, err := s.results(ctx, d)
		if err != nil {
			return err
		}
		if err := w.Write([]string{"start", "end", "word", "students", "share", "reasons", "tool_signals"}); err != nil {
			return err
		}
		for _, lw := range r.Words {
			var reasons []string
			for _, id := range sortedKeys(lw.Reasons) {
				reasons = append(reasons, fmt.Sprintf("%s:%d", id, lw.Reasons[id]))
			}
			if err := w.Write([]string{strconv.Itoa(lw.Start), strconv.Itoa(lw.End), csvSafe(lw.Word), strconv.Itoa(lw.Marked),
				strconv.FormatFloat(lw.Share, 'f', 3, 64), strings.Join(reasons, " "), strings.Join(lw.Tool, " ")}); err != nil {
				return err
			}
		}
		w.Flush()
		return w.Error()
	}
	c.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="framelens-exercise-%s-marks.csv"`, ex.Code))
	students, err := s.db.ExerciseStudents(ctx, ex.ID)
	if err != nil {
		return err
	}
	marks, err := s.db.ExerciseMarks(ctx, ex.ID)
	if err != nil {
		return err
	}
	num := map[int64]int{}
	nick := map[int64]string{}
	for i, st := range students {
		num[st.ID] = i + 1
		nick[st.ID] = st.Nickname
	}
	if err := w.Write([]string{"student", "nickname", "start", "end", "word", "reason", "tool_signals"}); err != nil {
		return err
	}
	for _, m := range marks {
		k := [2]int{m.Start, m.End}
		word, ok := d.words[k]
		if !ok {
			continue
		}
		if err := w.Write([]string{strconv.Itoa(num[m.Student]), csvSafe(nick[m.Student]), strconv.Itoa(m.Start),
			strconv.Itoa(m.End), csvSafe(word), m.Reason, strings.Join(d.tool[k], " ")}); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}

func (s *server) handleCreateExercise(c *fiber.Ctx) error {
	ctx := c.UserContext()
	artID, err := strconv.ParseInt(c.FormValue("article"), 10, 64)
	if err != nil || artID <= 0 {
		return errBadRequest("choose an article for the exercise")
	}
	if _, err := s.db.StoredArticle(ctx, artID); err != nil {
		return err
	}
	var lesson int64
	if v := c.FormValue("lesson"); v != "" {
		if lesson, err = strconv.ParseInt(v, 10, 64); err != nil || lesson < 0 {
			return errBadRequest("%q is not a lesson", v)
		}
		if lesson > 0 {
			if _, err := s.db.Lesson(ctx, lesson); err != nil {
				return err
			}
		}
	}
	life := exerciseLife
	if v := c.FormValue("hours"); v != "" {
		h, err := strconv.Atoi(v)
		if err != nil || h < 1 || time.Duration(h)*time.Hour > maxExerciseLife {
			return errBadRequest("an exercise lasts from 1 to %d hours", int(maxExerciseLife/time.Hour))
		}
		life = time.Duration(h) * time.Hour
	}
	now := s.classNow()
	if _, err := s.db.DeleteExpiredExercises(ctx, now); err != nil {
		return err
	}
	for range 20 {
		id, err := s.db.CreateExercise(ctx, store.Exercise{Code: newClassCode(), LessonID: lesson, Article: artID,
			Created: now, Expires: now.Add(life)})
		if errors.Is(err, store.ErrCodeTaken) {
			continue
		}
		if err != nil {
			return err
		}
		return c.Redirect(fmt.Sprintf("/class/exercise/%d", id), fiber.StatusSeeOther)
	}
	return errors.New("class: no free class code after 20 draws")
}

func (s *server) handleExerciseClose(c *fiber.Ctx) error { return s.setExerciseClosed(c, true) }
func (s *server) handleExerciseOpen(c *fiber.Ctx) error  { return s.setExerciseClosed(c, false) }

func (s *server) setExerciseClosed(c *fiber.Ctx, closed bool) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	if err := s.db.SetExerciseClosed(c.UserContext(), id, closed); err != nil {
		return err
	}
	return c.Redirect(fmt.Sprintf("/class/exercise/%d", id), fiber.StatusSeeOther)
}

func (s *server) handleExerciseDelete(c *fiber.Ctx) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	if err := s.db.DeleteExercise(c.UserContext(), id); err != nil {
		return err
	}
	return c.Redirect("/class", fiber.StatusSeeOther)
}

// gluePunctuation moves the punctuation touching each word out of the
// separators into the word's Head and Tail, in place.
func gluePunctuation(paras []paragraph) {
	for pi := range paras {
		ts := paras[pi].Tokens
		for i := range ts {
			if !ts[i].Word {
				continue
			}
			if i+1 < len(ts) && !ts[i+1].Word && !ts[i+1].Masked && ts[i+1].GlueBefore {
				sep := ts[i+1].Text
				n := strings.IndexFunc(sep, unicode.IsSpace)
				if n < 0 {
					n = len(sep)
				}
				if i+2 < len(ts) && n == len(sep) && ts[i+2].Word {
					continue // "Hamas-run", "2,000": leave the joint between two words
				}
				ts[i].Tail, ts[i+1].Text = sep[:n], sep[n:]
			}
			if i > 0 && !ts[i-1].Word && !ts[i-1].Masked && ts[i-1].GlueAfter {
				sep := ts[i-1].Text
				n := strings.LastIndexFunc(sep, unicode.IsSpace) + 1
				if n == 0 && i >= 2 && ts[i-2].Word {
					continue
				}
				ts[i].Head, ts[i-1].Text = sep[n:], sep[:n]
			}
		}
	}
}

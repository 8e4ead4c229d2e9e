package app

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"strings"
	"time"
	"unicode"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/store"
)

// Students join an exercise at /join with its class code and an optional
// nickname: no account, no password, no other personal data. Joining
// gives the student a random token in a cookie scoped to the exercise's
// address (the database keeps only its hash) and a per-join CSRF token
// that every submission carries, since students have no session.

const joinFormCookie = "framelens_join" // double-submit token of the join form

// studentCookie is the name of the cookie holding a student's token for
// an exercise.
func studentCookie(code string) string { return "framelens_class_" + code }

// joinPage is the form to enter a class code.
type joinPage struct {
	Page
	Code     string
	Nickname string
	CSRF     string
	Error    string
}

func (s *server) joinToken(c *fiber.Ctx) string {
	tok := c.Cookies(joinFormCookie)
	if len(tok) != 43 {
		tok = newToken()
		s.setCookie(c, joinFormCookie, tok, time.Time{})
	}
	return tok
}

func (s *server) handleJoinForm(c *fiber.Ctx) error {
	return s.renderJoin(c, c.Query("code"), "", "", fiber.StatusOK)
}

func (s *server) renderJoin(c *fiber.Ctx, code, nick, msg string, status int) error {
	p := &joinPage{Page: s.basePage(c, "Join a class exercise"), Code: code, Nickname: nick, CSRF: s.joinToken(c), Error: msg}
	p.Section = "join"
	p.DemoBatches = nil
	p.Blind = true // should a student leave for the dashboard, it is blind
	c.Set(fiber.HeaderCacheControl, "no-store")
	if err := s.render(c, "join", p); err != nil {
		return err
	}
	c.Status(status)
	return nil
}

// cleanNickname keeps a nickname short and printable.
func cleanNickname(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return -1
		}
		return r
	}, strings.TrimSpace(s))
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > maxNickname {
		s = string(r[:maxNickname])
	}
	return s
}

func (s *server) handleJoin(c *fiber.Ctx) error {
	rawCode, nick := c.FormValue("code"), cleanNickname(c.FormValue("nickname"))
	cookie, field := c.Cookies(joinFormCookie), c.FormValue(csrfField)
	if len(cookie) != 43 || subtle.ConstantTimeCompare([]byte(cookie), []byte(field)) != 1 {
		return s.renderJoin(c, rawCode, nick, "The form's security token did not match (it may be an old page). Try again.", fiber.StatusForbidden)
	}
	code := normalizeCode(rawCode)
	if code == "" {
		return s.renderJoin(c, rawCode, nick, "A class code has 6 letters and digits, like 7KX4PM. Check it on the board.", fiber.StatusBadRequest)
	}
	ctx := c.UserContext()
	now := s.classNow()
	ex, err := s.db.ExerciseByCode(ctx, code, now)
	if errors.Is(err, store.ErrNotFound) {
		return s.renderJoin(c, rawCode, nick, "No open exercise has this code. Check it on the board, or ask your teacher.", fiber.StatusNotFound)
	}
	if err != nil {
		return err
	}
	// Already joined from this device: keep the same student and marks.
	if tok := c.Cookies(studentCookie(code)); len(tok) == 43 {
		if _, err := s.db.StudentByToken(ctx, ex.ID, hashToken(tok)); err == nil {
			return c.Redirect("/join/"+code, fiber.StatusSeeOther)
		}
	}
	if ex.Students >= maxStudents {
		return s.renderJoin(c, rawCode, nick, "This exercise is full. Ask your teacher.", fiber.StatusConflict)
	}
	tok := newToken()
	if _, err := s.db.JoinExercise(ctx, ex.ID, hashToken(tok), newToken(), nick, now); err != nil {
		return err
	}
	c.Cookie(&fiber.Cookie{Name: studentCookie(code), Value: tok, Path: "/join/" + code, Expires: ex.Expires, HTTPOnly: true,
		Secure: secureRequest(c), SameSite: fiber.CookieSameSiteStrictMode})
	return c.Redirect("/join/"+code, fiber.StatusSeeOther)
}

// student returns the exercise of the code in the address and the student
// of the request's cookie.
func (s *server) student(c *fiber.Ctx) (store.Exercise, store.Student, error) {
	code := normalizeCode(c.Params("code"))
	if code == "" {
		return store.Exercise{}, store.Student{}, store.ErrNotFound
	}
	ctx := c.UserContext()
	ex, err := s.db.ExerciseByCode(ctx, code, s.classNow())
	if err != nil {
		return ex, store.Student{}, err
	}
	tok := c.Cookies(studentCookie(code))
	if len(tok) != 43 {
		return ex, store.Student{}, errNotJoined
	}
	st, err := s.db.StudentByToken(ctx, ex.ID, hashToken(tok))
	if errors.Is(err, store.ErrNotFound) {
		return ex, st, errNotJoined
	}
	return ex, st, err
}

var errNotJoined = errors.New("not joined")

// markPage is a student's marking page.
type markPage struct {
	Page
	Code     string
	Nickname string
	Headline string
	CSRF     string
	Closed   bool
	Paras    []paragraph
	Reasons  []reason
	Marked   int
}

func (s *server) handleJoinMark(c *fiber.Ctx) error {
	ex, st, err := s.student(c)
	if errors.Is(err, errNotJoined) {
		return c.Redirect("/join?code="+ex.Code, fiber.StatusSeeOther)
	}
	if errors.Is(err, store.ErrNotFound) {
		return s.renderJoin(c, c.Params("code"), "", "This exercise has ended or its code is wrong.", fiber.StatusNotFound)
	}
	if err != nil {
		return err
	}
	ctx := c.UserContext()
	d, err := s.exerciseFor(ctx, ex, false)
	if err != nil {
		return err
	}
	marks, err := s.db.StudentMarks(ctx, st.ID)
	if err != nil {
		return err
	}
	mine := map[[2]int]string{}
	for _, m := range marks {
		mine[[2]int{m.Start, m.End}] = m.Reason
	}
	p := &markPage{Page: s.basePage(c, "Class exercise "+ex.Code), Code: ex.Code, Nickname: st.Nickname,
		Headline: d.headline, CSRF: st.CSRF, Closed: ex.Closed, Reasons: markReasons}
	// d is shared: copy the tokens before marking them for this student.
	p.Paras = make([]paragraph, len(d.paras))
	for i, para := range d.paras {
		p.Paras[i].Tokens = append([]wordToken(nil), para.Tokens...)
	}
	gluePunctuation(p.Paras)
	p.Section = "join"
	p.DemoBatches = nil
	p.Blind = true
	for pi := range p.Paras {
		for ti := range p.Paras[pi].Tokens {
			t := &p.Paras[pi].Tokens[ti]
			t.Tool = "" // students see their own marks only
			if r, ok := mine[[2]int{t.Start, t.End}]; ok && t.Word {
				t.Reason = r
				p.Marked++
			}
		}
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	return s.render(c, "join_mark", p)
}

// joinMark is one mark as the student's page sends and receives it.
type joinMark struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Reason string `json:"reason"`
}

// joinState is what the student's page learns after a submission or when
// it checks: whether the exercise is still open and the marks stored.
type joinState struct {
	Closed bool       `json:"closed"`
	Marks  []joinMark `json:"marks"`
	Error  string     `json:"error,omitempty"`
}

func joinError(c *fiber.Ctx, status int, msg string) error {
	return c.Status(status).JSON(joinState{Error: msg, Marks: []joinMark{}})
}

func (s *server) handleJoinMarks(c *fiber.Ctx) error {
	ex, st, err := s.student(c)
	if errors.Is(err, errNotJoined) || errors.Is(err, store.ErrNotFound) {
		return joinError(c, fiber.StatusNotFound, "This exercise has ended, or you have not joined it on this device.")
	}
	if err != nil {
		return err
	}
	return s.sendJoinState(c, ex, st)
}

func (s *server) sendJoinState(c *fiber.Ctx, ex store.Exercise, st store.Student) error {
	marks, err := s.db.StudentMarks(c.UserContext(), st.ID)
	if err != nil {
		return err
	}
	out := joinState{Closed: ex.Closed, Marks: []joinMark{}}
	for _, m := range marks {
		out.Marks = append(out.Marks, joinMark{Start: m.Start, End: m.End, Reason: m.Reason})
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	return c.JSON(out)
}

// handleJoinSubmit stores a student's marks (replacing earlier ones). The
// body is JSON: {"marks": [{"start": 10, "end": 16, "reason": "L1"}]}, with
// the per-join token in the X-CSRF-Token header.
func (s *server) handleJoinSubmit(c *fiber.Ctx) error {
	ex, st, err := s.student(c)
	if errors.Is(err, errNotJoined) || errors.Is(err, store.ErrNotFound) {
		return joinError(c, fiber.StatusNotFound, "This exercise has ended, or you have not joined it on this device.")
	}
	if err != nil {
		return err
	}
	tok := c.Get(csrfHeader)
	if tok == "" || subtle.ConstantTimeCompare([]byte(tok), []byte(st.CSRF)) != 1 {
		return joinError(c, fiber.StatusForbidden, "This page's security token is not valid. Reload the page and try again.")
	}
	if ex.Closed {
		return joinError(c, fiber.StatusConflict, "Your teacher has closed this exercise: your marks can no longer change.")
	}
	var body struct {
		Marks []joinMark `json:"marks"`
	}
	if err := json.Unmarshal(c.Body(), &body); err != nil {
		return joinError(c, fiber.StatusBadRequest, "The marks could not be read.")
	}
	d, err := s.exerciseFor(c.UserContext(), ex, false)
	if err != nil {
		return err
	}
	if len(body.Marks) > len(d.words) {
		return joinError(c, fiber.StatusBadRequest, "More marks than words.")
	}
	seen := map[int]bool{}
	marks := make([]store.Mark, 0, len(body.Marks))
	for _, m := range body.Marks {
		if _, ok := d.words[[2]int{m.Start, m.End}]; !ok || !reasonKnown(m.Reason) || seen[m.Start] {
			return joinError(c, fiber.StatusBadRequest, "A mark is not on a word of this text, or has no reason.")
		}
		seen[m.Start] = true
		marks = append(marks, store.Mark{Start: m.Start, End: m.End, Reason: m.Reason})
	}
	err = s.db.SubmitMarks(c.UserContext(), st.ID, marks, s.classNow())
	if errors.Is(err, store.ErrExerciseClosed) {
		return joinError(c, fiber.StatusConflict, "Your teacher has closed this exercise: your marks can no longer change.")
	}
	if err != nil {
		return err
	}
	return s.sendJoinState(c, ex, st)
}

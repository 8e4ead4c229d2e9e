package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a log sink shared by the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// classSize is a full class.
const classSize = 35

// TestClassLoad: a full class joins one exercise on a loopback server with
// a temp-file database and submits at the same moment, twice (a first
// answer, then a revision). Every submission must succeed, every mark must
// be stored, and the server must log no error ("database is locked" above
// all).
func TestClassLoad(t *testing.T) {
	db := demoDB(t)
	f := classFixture(t, db, "")
	var logs lockedBuffer
	f.srv.log = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
	teacher := f.adminBrowser()
	ctx := context.Background()
	arts, err := db.StoryArticles(ctx, firstStory(t, db), 1)
	if err != nil || len(arts) == 0 {
		t.Fatal(err)
	}
	r := teacher.post("/class/exercises", url.Values{"csrf": {teacher.csrf("/class")}, "article": {fmt.Sprint(arts[0].ID)}})
	var exID int64
	fmt.Sscan(exercisePath.FindStringSubmatch(r.header.Get("Location"))[1], &exID)
	ex, err := db.Exercise(ctx, exID)
	if err != nil {
		t.Fatal(err)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.srv.serve(sctx, ln) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	base := "http://" + ln.Addr().String()

	// Join: each student its own client and cookie jar, as on 35 phones.
	type student struct {
		c     *http.Client
		csrf  string
		words [][2]int
	}
	students := make([]*student, classSize)
	formTok := regexp.MustCompile(`name="csrf" value="([^"]+)"`)
	var wg sync.WaitGroup
	errs := make(chan error, 4*classSize)
	for i := range students {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			jar, _ := cookiejar.New(nil)
			c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			body, _, err := fetch(c, http.MethodGet, base+"/join?code="+ex.Code, "", nil, nil)
			if err != nil {
				errs <- err
				return
			}
			m := formTok.FindStringSubmatch(body)
			if m == nil {
				errs <- fmt.Errorf("student %d: no form token", i)
				return
			}
			form := url.Values{"csrf": {m[1]}, "code": {ex.Code}, "nickname": {fmt.Sprintf("s%02d", i)}}
			if _, st, err := fetch(c, http.MethodPost, base+"/join", "application/x-www-form-urlencoded",
				strings.NewReader(form.Encode()), nil); err != nil || st != http.StatusSeeOther {
				errs <- fmt.Errorf("student %d: join: status %d, %v", i, st, err)
				return
			}
			page, st, err := fetch(c, http.MethodGet, base+"/join/"+ex.Code, "", nil, nil)
			if err != nil || st != 200 {
				errs <- fmt.Errorf("student %d: marking page: status %d, %v", i, st, err)
				return
			}
			s := &student{c: c, csrf: studentCSRF.FindStringSubmatch(page)[1]}
			for _, w := range wordButton.FindAllStringSubmatch(page, -1) {
				var a, b int
				fmt.Sscan(w[1], &a)
				fmt.Sscan(w[2], &b)
				s.words = append(s.words, [2]int{a, b})
			}
			students[i] = s
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}

	// Submit: all at once, twice. Student i marks words i..i+k of the
	// text, k growing in the revision.
	submitAll := func(round int) {
		start := make(chan struct{})
		errs := make(chan error, classSize)
		var wg sync.WaitGroup
		for i, s := range students {
			wg.Add(1)
			go func(i int, s *student) {
				defer wg.Done()
				var marks []joinMark
				for k := 0; k < 3+round; k++ {
					w := s.words[(i*7+k)%len(s.words)]
					marks = append(marks, joinMark{Start: w[0], End: w[1], Reason: markReasons[(i+k)%len(markReasons)].ID})
				}
				body, _ := json.Marshal(map[string]any{"marks": marks})
				<-start
				res, st, err := fetch(s.c, http.MethodPost, base+"/join/"+ex.Code+"/marks", "application/json",
					bytes.NewReader(body), map[string]string{csrfHeader: s.csrf})
				if err != nil || st != 200 {
					errs <- fmt.Errorf("round %d, student %d: status %d, %v: %s", round, i, st, err, res)
				}
			}(i, s)
		}
		close(start)
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
	}
	for round := range 2 {
		began := time.Now()
		submitAll(round)
		t.Logf("round %d: %d simultaneous submissions answered in %v", round, classSize, time.Since(began).Round(time.Millisecond))
	}

	// Nothing lost: every student submitted, with exactly their revision.
	live := liveOf(t, teacher, "/class/exercise/"+fmt.Sprint(exID))
	if live.Students != classSize || live.Submitted != classSize {
		t.Errorf("after the class: %d joined, %d submitted; want %d and %d", live.Students, live.Submitted, classSize, classSize)
	}
	marks, err := db.ExerciseMarks(ctx, exID)
	if err != nil {
		t.Fatal(err)
	}
	perStudent := map[int64]int{}
	for _, m := range marks {
		perStudent[m.Student]++
	}
	for id, n := range perStudent {
		if n != 4 {
			t.Errorf("student %d has %d marks stored, want the revision's 4", id, n)
		}
	}
	if len(perStudent) != classSize {
		t.Errorf("%d students have marks, want %d", len(perStudent), classSize)
	}
	if l := logs.String(); strings.Contains(l, "locked") || strings.Contains(l, "level=ERROR") {
		t.Errorf("the server logged errors under load:\n%s", l)
	}
}

// fetch makes one request and returns the body and status.
func fetch(c *http.Client, method, u, ctype string, body io.Reader, header map[string]string) (string, int, error) {
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		return "", 0, err
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := c.Do(req)
	if err != nil {
		return "", 0, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return string(b), res.StatusCode, err
}

package app

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/app/ingest"
	"github.com/framelens/framelens/store"
)

// adminPassword is the admin password of the test servers.
const adminPassword = "correct horse battery staple"

// adminXSS would run as script if any admin page put user input into HTML
// unescaped.
const adminXSS = `"><script>alert(1)</script><img src=x onerror=alert(2)>`

// testPack is a small lexicon pack written for these tests.
const testPack = `@pack test-loaded
@title Test pack: loaded words
@description Written for the admin tests.

# Comment lines stay where they are when an entry is edited.
id: t.loaded.slammed
forms: slammed
signal: L1
category: emotive
explain: "Slammed" turns criticism into a blow.
alternatives: criticised

id: t.loaded.tirade
forms: tirade
signal: L3
explain: "Tirade" dismisses a speech as a rant.
alternatives: speech
`

// adminFixture is a server on a temp-file database with a test lexicon and
// a clock the test moves.
type adminFixture struct {
	t      *testing.T
	db     *store.DB
	srv    *server
	app    *fiber.App
	mu     sync.Mutex
	clock  time.Time
	lexDir string
}

type fixtureOpts struct {
	admin, viewer string
	excerpts      bool
	limits        *uploadLimits
}

func newAdminFixture(t *testing.T, o fixtureOpts) *adminFixture {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	lexDir := filepath.Join(dir, "lexicon")
	if err := os.Mkdir(lexDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(lexDir, "test-loaded.lex"), []byte(testPack), 0o644); err != nil {
		t.Fatal(err)
	}
	lex, err := analysis.LoadLexicon(os.DirFS(lexDir))
	if err != nil {
		t.Fatal(err)
	}
	db := testOpenDB(t, "admin.db")
	srv, err := newServer(db, lex, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.closeUploads) // as serve does when it stops
	f := &adminFixture{t: t, db: db, srv: srv, clock: time.Date(2031, 3, 4, 9, 0, 0, 0, time.UTC), lexDir: lexDir}
	srv.sec.now = f.now
	srv.sec.setAdminPassword(o.admin)
	srv.sec.setViewerPassword(o.viewer)
	srv.sec.excerpts = o.excerpts
	if o.limits != nil {
		srv.sec.limits = *o.limits
	}
	if err := srv.loadLocalLexicon(ctx, lexiconBase{fsys: os.DirFS(lexDir), lex: lex}); err != nil {
		t.Fatal(err)
	}
	f.app = srv.newApp()
	return f
}

func (f *adminFixture) now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.clock
}

func (f *adminFixture) advance(d time.Duration) {
	f.mu.Lock()
	f.clock = f.clock.Add(d)
	f.mu.Unlock()
}

// browser is a client with a cookie jar.
type browser struct {
	f       *adminFixture
	cookies map[string]*http.Cookie
	header  map[string]string // added to every request
}

func (f *adminFixture) browser() *browser {
	return &browser{f: f, cookies: map[string]*http.Cookie{}, header: map[string]string{}}
}

// response is what a request returned.
type response struct {
	status int
	header http.Header
	body   string
	set    []*http.Cookie
}

func (b *browser) do(req *http.Request) response {
	b.f.t.Helper()
	for _, c := range b.cookies {
		req.AddCookie(c)
	}
	for k, v := range b.header {
		req.Header.Set(k, v)
	}
	res, err := b.f.app.Test(req, -1)
	if err != nil {
		b.f.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		b.f.t.Fatal(err)
	}
	for _, c := range res.Cookies() {
		if c.MaxAge < 0 || c.Value == "" {
			delete(b.cookies, c.Name)
		} else {
			b.cookies[c.Name] = &http.Cookie{Name: c.Name, Value: c.Value}
		}
	}
	return response{status: res.StatusCode, header: res.Header, body: string(body), set: res.Cookies()}
}

func (b *browser) get(path string) response {
	return b.do(httptest.NewRequest(http.MethodGet, path, nil))
}

func (b *browser) post(path string, form url.Values) response {
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return b.do(req)
}

// part is one part of a multipart form: a field, or a file when file is set.
type part struct {
	name, file, value string
}

func multipartBody(t *testing.T, parts []part) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, p := range parts {
		var err error
		if p.file != "" {
			var fw io.Writer
			fw, err = w.CreateFormFile(p.name, p.file)
			if err == nil {
				_, err = io.WriteString(fw, p.value)
			}
		} else {
			err = w.WriteField(p.name, p.value)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return w.FormDataContentType(), buf.Bytes()
}

func (b *browser) postMultipart(path string, parts []part) response {
	ct, body := multipartBody(b.f.t, parts)
	req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	req.Header.Set("Content-Type", ct)
	return b.do(req)
}

var csrfInput = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf reads the CSRF token from a page's form.
func (b *browser) csrf(path string) string {
	b.f.t.Helper()
	r := b.get(path)
	m := csrfInput.FindStringSubmatch(r.body)
	if m == nil {
		b.f.t.Fatalf("GET %s (%d): no csrf field in the page", path, r.status)
	}
	return m[1]
}

// login logs in with the password and returns the response.
func (b *browser) login(as, password string) response {
	tok := b.csrf("/login?as=" + as)
	return b.post("/login", url.Values{"csrf": {tok}, "as": {as}, "password": {password}})
}

// adminBrowser is a browser logged in as admin.
func (f *adminFixture) adminBrowser() *browser {
	f.t.Helper()
	b := f.browser()
	if r := b.login("admin", adminPassword); r.status != http.StatusSeeOther {
		f.t.Fatalf("admin login: status %d, want 303: %s", r.status, r.body)
	}
	return b
}

func TestNoAdminPasswordRefusesEveryChange(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{})
	b := f.browser()
	tests := []struct {
		method, path string
	}{
		{"GET", "/admin"},
		{"GET", "/admin/import"},
		{"POST", "/admin/import"},
		{"POST", "/admin/batch/1/delete"},
		{"POST", "/admin/article/1/delete"},
		{"POST", "/admin/lexicon/entry"},
		{"POST", "/admin/rescore"},
		{"GET", "/api/admin/rescore"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			r := b.do(httptest.NewRequest(tt.method, tt.path, nil))
			if r.status != http.StatusForbidden {
				t.Errorf("status %d, want 403", r.status)
			}
			if !strings.Contains(r.body, "command line") {
				t.Errorf("body does not say changes are possible from the command line: %.300s", r.body)
			}
		})
	}
	r := b.get("/login")
	if r.status != 200 || !strings.Contains(r.body, "no admin password is set") || strings.Contains(r.body, `type="password"`) {
		t.Errorf("GET /login: status %d; want 200 explaining no admin password and no password field: %.400s", r.status, r.body)
	}
	// Even an empty password does not log in.
	tok := newToken()
	b.cookies[loginCookie] = &http.Cookie{Name: loginCookie, Value: tok}
	r = b.post("/login", url.Values{"csrf": {tok}, "as": {"admin"}, "password": {""}})
	if r.status != http.StatusForbidden {
		t.Errorf("POST /login with no admin password set: status %d, want 403", r.status)
	}
}

func TestAdminLogin(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	t.Run("wrong password", func(t *testing.T) {
		b := f.browser()
		r := b.login("admin", "correct horse battery stapl")
		if r.status != http.StatusUnauthorized || !strings.Contains(r.body, "Wrong password") {
			t.Errorf("status %d, want 401 with 'Wrong password'", r.status)
		}
		if _, ok := b.cookies[sessionCookie]; ok {
			t.Error("a wrong password set a session cookie")
		}
		if r := b.get("/admin"); r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/login") {
			t.Errorf("GET /admin after a wrong password: status %d to %q, want 303 to /login", r.status, r.header.Get("Location"))
		}
	})
	t.Run("no login token", func(t *testing.T) {
		b := f.browser()
		r := b.post("/login", url.Values{"as": {"admin"}, "password": {adminPassword}})
		if r.status != http.StatusForbidden {
			t.Errorf("status %d, want 403", r.status)
		}
	})
	t.Run("right password", func(t *testing.T) {
		b := f.browser()
		r := b.login("admin", adminPassword)
		if r.status != http.StatusSeeOther || r.header.Get("Location") != "/admin" {
			t.Fatalf("status %d to %q, want 303 to /admin", r.status, r.header.Get("Location"))
		}
		var sc *http.Cookie
		for _, c := range r.set {
			if c.Name == sessionCookie {
				sc = c
			}
		}
		if sc == nil {
			t.Fatal("no session cookie")
		}
		if !sc.HttpOnly || sc.SameSite != http.SameSiteStrictMode || sc.Secure || len(sc.Value) != 43 {
			t.Errorf("cookie HttpOnly=%v SameSite=%v Secure=%v len=%d; want HttpOnly, Strict, not Secure over HTTP, 43 characters",
				sc.HttpOnly, sc.SameSite, sc.Secure, len(sc.Value))
		}
		if r := b.get("/admin"); r.status != 200 || !strings.Contains(r.body, "logged in as admin") {
			t.Errorf("GET /admin: status %d, want 200 for the admin", r.status)
		}
		// The database holds the hash of the session ID, never the ID.
		if _, err := f.db.Session(context.Background(), sc.Value, f.now()); err == nil {
			t.Error("the session ID itself finds a session: the database must hold only its hash")
		}
	})
	t.Run("secure behind TLS proxy", func(t *testing.T) {
		b := f.browser()
		b.header["X-Forwarded-Proto"] = "https"
		r := b.login("admin", adminPassword)
		for _, c := range r.set {
			if c.Name == sessionCookie && !c.Secure {
				t.Error("session cookie without Secure behind X-Forwarded-Proto: https")
			}
		}
	})
	t.Run("next stays on this site", func(t *testing.T) {
		b := f.browser()
		tok := b.csrf("/login")
		r := b.post("/login", url.Values{"csrf": {tok}, "as": {"admin"}, "password": {adminPassword}, "next": {"//evil.example/x"}})
		if loc := r.header.Get("Location"); r.status != http.StatusSeeOther || loc != "/admin" {
			t.Errorf("status %d to %q, want 303 to /admin", r.status, loc)
		}
	})
}

func TestLoginRateLimit(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	b := f.browser()
	for i := 1; i <= freeFailures; i++ {
		if r := b.login("admin", "guess"); r.status != http.StatusUnauthorized {
			t.Fatalf("failure %d: status %d, want 401", i, r.status)
		}
	}
	// The delay starts after the free failures: one second, then doubling.
	r := b.login("admin", adminPassword)
	if r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") != "1" {
		t.Fatalf("right password right after %d failures: status %d Retry-After %q, want 429 and 1",
			freeFailures, r.status, r.header.Get("Retry-After"))
	}
	f.advance(time.Second)
	if r := b.login("admin", "guess"); r.status != http.StatusUnauthorized {
		t.Fatalf("after waiting: status %d, want the password checked (401)", r.status)
	}
	if r := b.login("admin", "guess"); r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") != "2" {
		t.Fatalf("next attempt: status %d Retry-After %q, want 429 and 2", r.status, r.header.Get("Retry-After"))
	}
	f.advance(2 * time.Second)
	if r := b.login("admin", adminPassword); r.status != http.StatusSeeOther {
		t.Fatalf("right password after the delay: status %d, want 303", r.status)
	}
	// Success forgets the failures.
	if r := b.login("admin", "guess"); r.status != http.StatusUnauthorized {
		t.Errorf("after a success: status %d, want 401 (no delay)", r.status)
	}
}

func TestViewerFailuresDoNotDelayTheAdmin(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword, viewer: "class-of-2031"})
	class := f.browser()
	for range freeFailures + 3 {
		class.login("viewer", "mistyped")
	}
	if r := class.login("viewer", "class-of-2031"); r.status != http.StatusTooManyRequests {
		t.Fatalf("viewer login right after many failures: status %d, want 429", r.status)
	}
	teacher := f.browser() // same address: app.Test has one
	if r := teacher.login("admin", adminPassword); r.status != http.StatusSeeOther {
		t.Errorf("admin login from the same network: status %d, want 303", r.status)
	}
}

func TestCSRF(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	b := f.adminBrowser()
	tok := b.csrf("/admin")
	form := func(tok string) url.Values {
		v := url.Values{"id": {"local-one"}, "title": {"One"}}
		if tok != "" {
			v.Set("csrf", tok)
		}
		return v
	}
	tests := []struct {
		name   string
		form   url.Values
		header map[string]string
		want   int
	}{
		{"no token", form(""), nil, http.StatusForbidden},
		{"wrong token", form(strings.Repeat("A", 43)), nil, http.StatusForbidden},
		{"cross-site", form(tok), map[string]string{"Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"foreign origin", form(tok), map[string]string{"Origin": "https://evil.example"}, http.StatusForbidden},
		{"foreign origin behind a proxy", form(tok), map[string]string{"Origin": "https://evil.example", "X-Forwarded-Host": "framelens.school.example"}, http.StatusForbidden},
		{"right token", form(tok), map[string]string{"Origin": "http://example.com"}, http.StatusSeeOther},
		{"right token behind a proxy", url.Values{"csrf": {tok}, "id": {"local-two"}}, map[string]string{"Origin": "https://framelens.school.example",
			"X-Forwarded-Host": "framelens.school.example", "Host": "127.0.0.1:8080"}, http.StatusSeeOther},
		{"right token, same-origin fetch", url.Values{"csrf": {tok}, "id": {"local-three"}}, map[string]string{"Sec-Fetch-Site": "same-origin",
			"Origin": "https://framelens.school.example"}, http.StatusSeeOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodPost, "/admin/lexicon/pack", strings.NewReader(tt.form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			if r := b.do(req); r.status != tt.want {
				t.Errorf("status %d, want %d: %.200s", r.status, tt.want, r.body)
			}
		})
	}
	// Only the request with the right token changed the lexicon.
	h, err := f.db.LexiconHistory(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 3 || h[2].Change != "added pack local-one" {
		t.Errorf("history = %+v, want three changes (the packs added with the right token)", h)
	}
	// A multipart upload without its token writes nothing and is refused.
	r := b.postMultipart("/admin/import", []part{{name: "mode", value: "upload"}, {name: "files", file: "a.txt", value: "text"}})
	if r.status != http.StatusForbidden {
		t.Errorf("upload without token: status %d, want 403", r.status)
	}
	// Another admin session's token is not this session's.
	other := f.adminBrowser()
	if r := b.post("/admin/lexicon/pack", form(other.csrf("/admin"))); r.status != http.StatusForbidden {
		t.Errorf("token of another session: status %d, want 403", r.status)
	}
}

func TestLogoutAndReplayedCookie(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	b := f.adminBrowser()
	tok := b.csrf("/admin")
	stolen := *b.cookies[sessionCookie]
	if r := b.post("/logout", url.Values{}); r.status != http.StatusForbidden {
		t.Errorf("logout without token: status %d, want 403", r.status)
	}
	if r := b.post("/logout", url.Values{"csrf": {tok}}); r.status != http.StatusSeeOther {
		t.Fatalf("logout: status %d, want 303", r.status)
	}
	if _, ok := b.cookies[sessionCookie]; ok {
		t.Error("logout left the session cookie in the browser")
	}
	replay := f.browser()
	replay.cookies[sessionCookie] = &stolen
	if r := replay.get("/admin"); r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/login") {
		t.Errorf("replayed cookie GET /admin: status %d, want 303 to /login", r.status)
	}
	if r := replay.post("/admin/lexicon/pack", url.Values{"csrf": {tok}, "id": {"local-two"}}); r.status != http.StatusForbidden {
		t.Errorf("replayed cookie and token POST: status %d, want 403", r.status)
	}
}

func TestSessionExpires(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	b := f.adminBrowser()
	f.advance(adminSession - time.Minute)
	if r := b.get("/admin"); r.status != 200 {
		t.Fatalf("before expiry: status %d, want 200", r.status)
	}
	tok := b.csrf("/admin")
	f.advance(time.Minute)
	if r := b.get("/admin"); r.status != http.StatusSeeOther {
		t.Errorf("at expiry: status %d, want 303 to the login", r.status)
	}
	if r := b.post("/admin/lexicon/pack", url.Values{"csrf": {tok}, "id": {"late"}}); r.status != http.StatusForbidden {
		t.Errorf("POST after expiry: status %d, want 403", r.status)
	}
}

func TestUploadLimits(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword, limits: &uploadLimits{request: 64 << 10, file: 2000, files: 2}})
	b := f.adminBrowser()
	tok := b.csrf("/admin/import")
	small := strings.Repeat("word ", 50)
	tests := []struct {
		name  string
		parts []part
		want  int
		msg   string
	}{
		{"file over the limit", []part{{name: "csrf", value: tok}, {name: "mode", value: "upload"},
			{name: "files", file: "big.txt", value: strings.Repeat("x", 2001)}}, 413, "big.txt"},
		{"too many files", []part{{name: "csrf", value: tok}, {name: "mode", value: "upload"},
			{name: "files", file: "a.txt", value: small}, {name: "files", file: "b.txt", value: small},
			{name: "files", file: "c.txt", value: small}}, 413, "at most 2"},
		{"no file", []part{{name: "csrf", value: tok}, {name: "mode", value: "upload"}}, 400, "at least one file"},
		{"empty paste", []part{{name: "csrf", value: tok}, {name: "mode", value: "paste"}, {name: "outlet", value: "X"}}, 400, "text field is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := b.postMultipart("/admin/import", tt.parts)
			if r.status != tt.want || !strings.Contains(r.body, tt.msg) {
				t.Errorf("status %d, want %d with %q: %.300s", r.status, tt.want, tt.msg, r.body)
			}
		})
	}
	t.Run("malformed", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodPost, "/admin/import", strings.NewReader("--XYZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"+tok+"\r\n--XYZ\r\nbroken"))
		req.Header.Set("Content-Type", "multipart/form-data; boundary=XYZ")
		r := b.do(req)
		if r.status != 400 || !strings.Contains(r.body, "malformed") {
			t.Errorf("status %d, want 400 saying the upload is malformed: %.300s", r.status, r.body)
		}
	})
	t.Run("not multipart", func(t *testing.T) {
		r := b.post("/admin/import", url.Values{"csrf": {tok}})
		if r.status != 400 || !strings.Contains(r.body, "multipart/form-data") {
			t.Errorf("status %d, want 400 naming multipart/form-data: %.300s", r.status, r.body)
		}
	})
	t.Run("request over the limit", func(t *testing.T) {
		r := b.postMultipart("/admin/import", []part{{name: "csrf", value: tok}, {name: "text", value: strings.Repeat("y", 70<<10)}})
		if r.status != 413 || !strings.Contains(r.body, "limit") {
			t.Errorf("status %d, want 413 naming the limit: %.300s", r.status, r.body)
		}
	})
	t.Run("over the server's body limit", func(t *testing.T) {
		// fasthttp refuses the body before any handler, so this needs a real
		// connection (app.Test returns the error instead of the response).
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Skip("no loopback listener:", err)
		}
		app := f.srv.newApp()
		go app.Listener(ln)
		defer app.Shutdown()
		// Only the headers: the server answers from Content-Length alone, and
		// a client still writing the body would race the closed connection.
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		fmt.Fprintf(conn, "POST /admin/import HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: %d\r\n\r\n", bodyLimit+1)
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 413 || !strings.Contains(string(body), "at most 64 KiB") {
			t.Errorf("status %d, want 413 with a page saying the request is too large: %.300s", res.StatusCode, body)
		}
	})
	t.Run("large body elsewhere", func(t *testing.T) {
		r := b.post("/admin/lexicon/pack", url.Values{"csrf": {tok}, "title": {strings.Repeat("z", 60<<10)}})
		if r.status != 200 && r.status != 303 && r.status != 400 {
			t.Errorf("60 KiB form: status %d, want it accepted or refused as invalid, not failed", r.status)
		}
	})
	// Nothing was imported, and no upload folder was left behind.
	if n, _ := f.db.Batches(context.Background(), 10); len(n) != 0 {
		t.Errorf("batches after refused uploads = %+v, want none", n)
	}
	left, _ := filepath.Glob(filepath.Join(f.srv.uploadDir(), ".framelens-upload-*"))
	if len(left) != 0 {
		t.Errorf("upload folders left: %v", left)
	}
}

// waitImport waits for web import id to end and returns its JSON.
func waitImport(t *testing.T, f *adminFixture, b *browser, id string) importJob {
	t.Helper()
	job, ok := f.srv.imports.snapshot(id)
	if !ok {
		t.Fatalf("no import job %q", id)
	}
	<-job.done
	r := b.get("/api/admin/import/" + id)
	var out importJob
	if err := json.Unmarshal([]byte(r.body), &out); err != nil {
		t.Fatalf("import JSON: %v: %s", err, r.body)
	}
	return out
}

func jobID(t *testing.T, r response) string {
	t.Helper()
	loc := r.header.Get("Location")
	if r.status != http.StatusSeeOther || !strings.HasPrefix(loc, "/admin/import/") {
		t.Fatalf("status %d to %q, want 303 to the import's page: %.300s", r.status, loc, r.body)
	}
	return strings.TrimPrefix(loc, "/admin/import/")
}

const goodArticle = `---
title: Minister slammed over the budget
outlet: Gamma Post
story: budget
---
The minister slammed the opposition on Tuesday in what critics called a tirade. The budget passed by two votes after a long night of debate in the chamber.

Officials said the plan would take effect in spring, and the opposition blasted the timing of the vote.
`

func TestWebImportUploadPasteDelete(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	b := f.adminBrowser()
	tok := b.csrf("/admin/import")
	r := b.postMultipart("/admin/import", []part{{name: "csrf", value: tok}, {name: "mode", value: "upload"},
		{name: "files", file: "../../etc/good.txt", value: goodArticle},
		{name: "files", file: "binary.txt", value: "\x00\x01\x02\x03 binary"}})
	job := waitImport(t, f, b, jobID(t, r))
	if job.Running || job.Stats == nil || job.Stats.Imported != 1 || len(job.Failed) != 1 {
		t.Fatalf("job = %+v, want 1 imported and 1 failed", job)
	}
	if job.Failed[0].Source != "binary.txt" || !strings.Contains(job.Failed[0].Error, "binary") {
		t.Errorf("failure = %+v, want binary.txt named with its problem", job.Failed[0])
	}
	page := b.get("/admin/import/" + job.ID)
	if page.status != 200 || !strings.Contains(page.body, "binary.txt") || !strings.Contains(page.body, "Imported 1 article") {
		t.Errorf("job page: status %d, want the result and the failed file: %.500s", page.status, page.body)
	}
	stats := articles(t, f)
	if len(stats) != 1 || stats[0].Outlet != "Gamma Post" {
		t.Fatalf("articles = %+v, want the one from Gamma Post", stats)
	}
	batches, err := f.db.Batches(context.Background(), 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(batches) != 1 || batches[0].Source != "web upload: good.txt binary.txt" {
		t.Errorf("batches = %+v, want one named by the uploaded files' clean names", batches)
	}

	r = b.postMultipart("/admin/import", []part{{name: "csrf", value: tok}, {name: "mode", value: "paste"},
		{name: "outlet", value: "Delta News"}, {name: "story", value: "budget"}, {name: "title", value: "Budget passes"},
		{name: "text", value: "The budget passed on Tuesday after a debate that lasted the whole night in the chamber."}})
	job = waitImport(t, f, b, jobID(t, r))
	if job.Stats == nil || job.Stats.Imported != 1 || job.Stats.Batch == 0 {
		t.Fatalf("paste job = %+v, want 1 imported", job)
	}
	tok = b.csrf("/admin/import")
	if r := b.post(fmt.Sprintf("/admin/batch/%d/delete", job.Stats.Batch), url.Values{"csrf": {tok}}); r.status != http.StatusSeeOther {
		t.Fatalf("delete batch: status %d, want 303", r.status)
	}
	if r := b.post("/admin/article/delete", url.Values{"csrf": {tok}, "article": {fmt.Sprint(stats[0].ID)}}); r.status != http.StatusSeeOther {
		t.Fatalf("delete article: status %d, want 303", r.status)
	}
	if left := articles(t, f); len(left) != 0 {
		t.Errorf("articles after deleting = %+v, want none", left)
	}
	if r := b.post("/admin/article/delete", url.Values{"csrf": {tok}, "article": {fmt.Sprint(stats[0].ID)}}); r.status != 404 {
		t.Errorf("deleting it again: status %d, want 404", r.status)
	}
}

func TestScriptInEveryFieldIsEscaped(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	b := f.adminBrowser()
	tok := b.csrf("/admin/import")
	r := b.postMultipart("/admin/import", []part{{name: "csrf", value: tok}, {name: "mode", value: "paste"},
		{name: "outlet", value: adminXSS}, {name: "story", value: adminXSS}, {name: "title", value: adminXSS},
		{name: "url", value: adminXSS}, {name: "text", value: "The council slammed the plan. " + adminXSS + " More words follow here."}})
	id := jobID(t, r)
	waitImport(t, f, b, id)
	r = b.postMultipart("/admin/import", []part{{name: "csrf", value: tok}, {name: "mode", value: "upload"},
		{name: "outlet", value: adminXSS}, {name: "files", file: adminXSS + ".txt", value: "\x00binary"}})
	id2 := jobID(t, r)
	waitImport(t, f, b, id2)
	tok = b.csrf("/admin/lexicon")
	r = b.post("/admin/lexicon/entry", url.Values{"csrf": {tok}, "new": {"1"}, "id": {"t.xss"}, "pack": {"test-loaded"},
		"forms": {"zzqx"}, "signal": {"L1"}, "explain": {adminXSS}, "alternatives": {adminXSS}, "notes": {adminXSS}, "sources": {adminXSS}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("save entry: status %d: %.300s", r.status, r.body)
	}
	r = b.post("/admin/lexicon/entry", url.Values{"csrf": {tok}, "new": {"1"}, "id": {adminXSS}, "pack": {"test-loaded"}})
	if r.status != 400 || strings.Contains(r.body, "<script>alert(1)") {
		t.Errorf("entry with a script id: status %d, want 400 with the id escaped", r.status)
	}
	pages := []string{"/admin/import/" + id, "/admin/import/" + id2, "/admin/import", "/admin/lexicon",
		"/admin/lexicon/entry?id=t.xss", "/login?next=" + url.QueryEscape(adminXSS), "/lexicon/t.xss", "/admin"}
	for _, p := range pages {
		r := b.get(p)
		if r.status != 200 {
			t.Errorf("GET %s: status %d, want 200", p, r.status)
		}
		if strings.Contains(r.body, "<script>alert(1)") || strings.Contains(r.body, "<img src=x") {
			t.Errorf("GET %s: user input appears unescaped", p)
		}
	}
	// The file name keeps its base name ("/" starts a folder): what is left
	// of the script is shown as text.
	if r := b.get("/admin/import/" + id2); !strings.Contains(r.body, "&lt;img src=x onerror=alert(2)&gt;.txt") {
		t.Errorf("the failed file's name is not shown escaped: %.600s", r.body)
	}
}

func TestViewerPassword(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword, viewer: "class-of-2031"})
	anon := f.browser()
	tests := []struct {
		path string
		want int
	}{
		{"/", http.StatusSeeOther},
		{"/lexicon", http.StatusSeeOther},
		{"/api/overview", http.StatusUnauthorized},
		{"/api/lexicon", http.StatusUnauthorized},
		{"/healthz", 200},
		{"/readyz", 200},
		{"/login?as=viewer", 200},
		{"/static/app.css", 200},
	}
	for _, tt := range tests {
		if r := anon.get(tt.path); r.status != tt.want {
			t.Errorf("anonymous GET %s: status %d, want %d", tt.path, r.status, tt.want)
		}
	}
	// /join is for students with a class code: the viewer gate lets it through
	// (no route answers yet, so 404, never the login redirect).
	if r := anon.get("/join"); r.status == http.StatusSeeOther || r.status == http.StatusUnauthorized {
		t.Errorf("GET /join: status %d, want it exempt from the viewer password", r.status)
	}
	if r := anon.login("viewer", "wrong"); r.status != http.StatusUnauthorized {
		t.Errorf("wrong viewer password: status %d, want 401", r.status)
	}
	viewer := f.browser()
	if r := viewer.login("viewer", "class-of-2031"); r.status != http.StatusSeeOther {
		t.Fatalf("viewer login: status %d, want 303", r.status)
	}
	if r := viewer.get("/lexicon"); r.status != 200 {
		t.Errorf("viewer GET /lexicon: status %d, want 200", r.status)
	}
	if r := viewer.get("/api/lexicon"); r.status != 200 {
		t.Errorf("viewer GET /api/lexicon: status %d, want 200", r.status)
	}
	if r := viewer.get("/admin"); r.status != http.StatusSeeOther {
		t.Errorf("viewer GET /admin: status %d, want 303 to the admin login", r.status)
	}
	// The admin password is not the viewer password and vice versa.
	if r := f.browser().login("admin", "class-of-2031"); r.status != http.StatusUnauthorized {
		t.Errorf("admin login with the viewer password: status %d, want 401", r.status)
	}
	// An admin can view too.
	admin := f.adminBrowser()
	if r := admin.get("/lexicon"); r.status != 200 {
		t.Errorf("admin GET /lexicon: status %d, want 200", r.status)
	}
}

// importText stores one article through importArticles and returns its ID.
func importText(t *testing.T, f *adminFixture, outlet, text string) int64 {
	t.Helper()
	src := func(ctx context.Context, emit func(ingest.Article) error, fail func(ingest.Failure)) error {
		return emit(ingest.Article{Title: "T", Outlet: outlet, Story: "s", Text: text, Language: "en", Format: "text", Source: "test"})
	}
	stats, err := importArticles(context.Background(), f.db, f.srv.lex.load(), src, "test", false, nil, nil)
	if err != nil || stats.Imported != 1 {
		t.Fatalf("import: %+v, %v", stats, err)
	}
	all := articles(t, f)
	return all[len(all)-1].ID
}

// articles lists the stored articles in ID order.
func articles(t *testing.T, f *adminFixture) []store.ExportArticle {
	t.Helper()
	var out []store.ExportArticle
	if err := f.db.Export(context.Background(), store.ExportFilter{}, func(a *store.ExportArticle) error {
		out = append(out, *a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestExcerptsMode(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{excerpts: true})
	text := "The weather was mild on Monday morning in the capital. The minister slammed the report in a long speech. " +
		"Farmers planted wheat across the northern valleys this spring. Trains ran on time for the whole week."
	id := importText(t, f, "Epsilon Times", text)
	b := f.browser()
	for _, path := range []string{fmt.Sprintf("/article/%d", id), fmt.Sprintf("/api/article/%d", id)} {
		r := b.get(path)
		if r.status != 200 {
			t.Fatalf("GET %s: status %d", path, r.status)
		}
		if !strings.Contains(r.body, "slammed") {
			t.Errorf("GET %s: the highlighted sentence is missing", path)
		}
		for _, hidden := range []string{"The weather was mild", "Farmers planted wheat", "Trains ran on time"} {
			if strings.Contains(r.body, hidden) {
				t.Errorf("GET %s shows %q: excerpts mode must show only highlighted sentences", path, hidden)
			}
		}
	}
	var got struct {
		Text     string `json:"text"`
		Evidence []struct {
			Start, End int
			Text       string
		} `json:"evidence"`
	}
	if err := json.Unmarshal([]byte(b.get(fmt.Sprintf("/api/article/%d", id)).body), &got); err != nil {
		t.Fatal(err)
	}
	for _, e := range got.Evidence {
		if e.End > len(got.Text) || got.Text[e.Start:e.End] != e.Text {
			t.Errorf("evidence %+v does not point into the excerpt %q", e, got.Text)
		}
	}
	// The story comparison shows the lead sentence and the highlighted ones.
	r := b.get("/story/s")
	if r.status != 200 || !strings.Contains(r.body, "slammed") {
		t.Errorf("GET /story/s: status %d, want 200 with the highlighted sentence", r.status)
	}
	for _, hidden := range []string{"Farmers planted wheat", "Trains ran on time"} {
		if strings.Contains(r.body, hidden) {
			t.Errorf("GET /story/s shows %q: excerpts mode must show only the lead and highlighted sentences", hidden)
		}
	}
	// Off, the whole text is there.
	f.srv.sec.excerpts = false
	if r := b.get(fmt.Sprintf("/api/article/%d", id)); !strings.Contains(r.body, "Farmers planted wheat") {
		t.Error("with excerpts mode off the full text is missing")
	}
}

func TestExcerptText(t *testing.T) {
	text := "First sentence here. Second has a loaded word. Third is plain. Fourth is plain too. Fifth ends."
	at := strings.Index(text, "loaded")
	ev := []store.EvidenceRow{{ID: 1, Start: at, End: at + len("loaded"), Signal: "L1"}}
	got, nev, _ := excerptText(text, ev, nil)
	if want := "[…] Second has a loaded word. […]"; got != want {
		t.Errorf("excerpt = %q, want %q", got, want)
	}
	if len(nev) != 1 || got[nev[0].Start:nev[0].End] != "loaded" {
		t.Errorf("moved evidence = %+v, want it on \"loaded\" in %q", nev, got)
	}
	if got, nev, _ := excerptText(text, nil, nil); got != "" || len(nev) != 0 {
		t.Errorf("no highlights: excerpt = %q, want nothing", got)
	}
	// A text with a highlight in every sentence is still cut to a share of it.
	var long strings.Builder
	var many []store.EvidenceRow
	for i := range 40 {
		start := long.Len() + len("Sentence ")
		fmt.Fprintf(&long, "Sentence %02d is loaded. ", i)
		many = append(many, store.EvidenceRow{ID: int64(i), Start: start, End: start + 2})
	}
	got, _, _ = excerptText(long.String(), many, nil)
	if float64(len(got)) > float64(long.Len())*maxExcerptShare+2*float64(len(excerptGap)) {
		t.Errorf("excerpt of %d bytes from %d: over the %.0f%% share", len(got), long.Len(), maxExcerptShare*100)
	}
}

// waitRescore waits for the web rescore to end.
func waitRescore(t *testing.T, f *adminFixture) {
	t.Helper()
	for f.srv.rescoring.Load() {
		runtime.Gosched()
		time.Sleep(5 * time.Millisecond)
	}
}

func entriesOf(t *testing.T, f *adminFixture, id int64) map[string]bool {
	t.Helper()
	ev, err := f.db.ArticleEvidence(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	for _, e := range ev {
		m[e.Entry] = true
	}
	return m
}

func TestLexiconEditRescore(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	ctx := context.Background()
	id := importText(t, f, "Zeta Daily", "The mayor slammed the council on Friday. Critics blasted the plan as a waste of money and time.")
	v0 := f.srv.lex.Version()
	if got := entriesOf(t, f, id); !got["t.loaded.slammed"] || got["local.blasted"] {
		t.Fatalf("before the edit: entries %v, want t.loaded.slammed only", got)
	}
	b := f.adminBrowser()
	tok := b.csrf("/admin/lexicon")
	// An entry that would not load is refused with its reason, and nothing changes.
	r := b.post("/admin/lexicon/entry", url.Values{"csrf": {tok}, "new": {"1"}, "id": {"local.bad"}, "pack": {"test-loaded"},
		"forms": {"bad"}, "signal": {"Q9"}, "explain": {"x"}})
	if r.status != 400 || !strings.Contains(r.body, "unknown signal") {
		t.Errorf("bad signal: status %d, want 400 naming the unknown signal: %.300s", r.status, r.body)
	}
	if f.srv.lex.Version() != v0 {
		t.Fatal("a refused edit changed the lexicon")
	}
	r = b.post("/admin/lexicon/entry", url.Values{"csrf": {tok}, "new": {"1"}, "id": {"local.blasted"}, "pack": {"test-loaded"},
		"forms": {"blasted"}, "signal": {"L3"}, "explain": {"\"Blasted\" makes criticism an explosion.\nsignal: L1"}, "alternatives": {"criticised"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("add entry: status %d: %.300s", r.status, r.body)
	}
	r = b.post("/admin/lexicon/entry/disable", url.Values{"csrf": {tok}, "id": {"t.loaded.slammed"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("disable entry: status %d: %.300s", r.status, r.body)
	}
	v2 := f.srv.lex.Version()
	if v2 == v0 {
		t.Fatal("the edits did not make a new lexicon version")
	}
	if e, ok := f.srv.lex.Entry("local.blasted"); !ok || e.Signal != "L3" || !strings.Contains(e.Explain, "signal: L1") {
		t.Errorf("entry local.blasted = %+v, want L3 with the newline folded into its explanation", e)
	}
	h, err := f.db.LexiconHistory(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 || h[0].Version != v2 || h[1].Version == v0 {
		t.Errorf("history = %+v, want two versions, the latest %s", h, v2)
	}
	page := b.get("/admin/lexicon")
	for _, want := range []string{"local.blasted", "added", "t.loaded.slammed", "disabled", v2} {
		if !strings.Contains(page.body, want) {
			t.Errorf("/admin/lexicon does not show %q", want)
		}
	}
	// The article is stale until the rescore brings it to the new version.
	if r := b.post("/admin/rescore", url.Values{"csrf": {tok}}); r.status != http.StatusSeeOther {
		t.Fatalf("rescore: status %d: %.300s", r.status, r.body)
	}
	waitRescore(t, f)
	got := entriesOf(t, f, id)
	if !got["local.blasted"] || got["t.loaded.slammed"] {
		t.Errorf("after the rescore: entries %v, want local.blasted and no t.loaded.slammed", got)
	}
	a, err := f.db.StoredArticle(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if a.LexiconVersion != v2 {
		t.Errorf("article version %s, want %s", a.LexiconVersion, v2)
	}
	var rs struct {
		Job struct {
			Done  int
			State string
		}
	}
	if err := json.Unmarshal([]byte(b.get("/api/admin/rescore").body), &rs); err != nil || rs.Job.State != "done" || rs.Job.Done != 1 {
		t.Errorf("rescore JSON = %+v (%v), want done with 1 article", rs, err)
	}
	// Export gives the effective pack; importing it back as-is changes nothing
	// in the matches.
	exp := b.get("/admin/lexicon/export/test-loaded")
	if exp.status != 200 || !strings.Contains(exp.body, "id: local.blasted") || strings.Contains(exp.body, "id: t.loaded.slammed") ||
		!strings.Contains(exp.body, "# Comment lines stay") {
		t.Errorf("export: status %d, want the pack with the edits and its comments: %s", exp.status, exp.body)
	}
	// Back to built-in: undoing both edits restores the original version.
	for _, id := range []string{"local.blasted", "t.loaded.slammed"} {
		if r := b.post("/admin/lexicon/entry/revert", url.Values{"csrf": {tok}, "id": {id}}); r.status != http.StatusSeeOther {
			t.Fatalf("revert %s: status %d: %.300s", id, r.status, r.body)
		}
	}
	if got := f.srv.lex.Version(); got != v0 {
		t.Errorf("after undoing every edit the version is %s, want the built-in %s", got, v0)
	}
}

func TestPackImportAndDisable(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	b := f.adminBrowser()
	tok := b.csrf("/admin/lexicon")
	pack := "@pack local-school\n@title School pack\n\nid: school.loaded.fiasco\nforms: fiasco\nsignal: L3\nexplain: \"Fiasco\" calls something a disaster.\n"
	r := b.postMultipart("/admin/lexicon/import", []part{{name: "csrf", value: tok}, {name: "files", file: "school.lex", value: pack}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("import pack: status %d: %.300s", r.status, r.body)
	}
	if _, ok := f.srv.lex.Entry("school.loaded.fiasco"); !ok {
		t.Fatal("the imported pack's entry is not in the lexicon")
	}
	r = b.postMultipart("/admin/lexicon/import", []part{{name: "csrf", value: tok}, {name: "files", file: "broken.lex", value: "id: x\nforms: y\n"}})
	if r.status != 400 {
		t.Errorf("broken pack: status %d, want 400", r.status)
	}
	// An entry of an imported pack is disabled and enabled again; the same for
	// the pack itself.
	steps := []struct {
		path, id string
		present  bool
	}{
		{"/admin/lexicon/entry/disable", "school.loaded.fiasco", false},
		{"/admin/lexicon/entry/revert", "school.loaded.fiasco", true},
		{"/admin/lexicon/pack/disable", "local-school", false},
		{"/admin/lexicon/pack/revert", "local-school", true},
	}
	for _, st := range steps {
		if r := b.post(st.path, url.Values{"csrf": {tok}, "id": {st.id}}); r.status != http.StatusSeeOther {
			t.Fatalf("%s %s: status %d: %.300s", st.path, st.id, r.status, r.body)
		}
		if _, ok := f.srv.lex.Entry("school.loaded.fiasco"); ok != st.present {
			t.Errorf("after %s %s: entry present = %v, want %v", st.path, st.id, ok, st.present)
		}
	}
	if r := b.post("/admin/lexicon/pack/disable", url.Values{"csrf": {tok}, "id": {"test-loaded"}}); r.status != http.StatusSeeOther {
		t.Fatalf("disable pack: status %d", r.status)
	}
	if _, ok := f.srv.lex.Entry("t.loaded.slammed"); ok {
		t.Error("an entry of the disabled pack is still in the lexicon")
	}
	// A restart lays the saved edits over the shipped packs again.
	srv2, err := newServer(f.db, f.srv.lexBase.lex, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if err := srv2.loadLocalLexicon(context.Background(), f.srv.lexBase); err != nil {
		t.Fatal(err)
	}
	if srv2.lex.Version() != f.srv.lex.Version() {
		t.Errorf("after a restart the version is %s, want %s", srv2.lex.Version(), f.srv.lex.Version())
	}
	// The command line scores with the same lexicon as the web.
	cli, err := lexiconWithEdits(context.Background(), f.db, f.lexDir)
	if err != nil {
		t.Fatal(err)
	}
	if cli.Version() != f.srv.lex.Version() {
		t.Errorf("lexiconWithEdits version %s, want the server's %s", cli.Version(), f.srv.lex.Version())
	}
}

func TestSpliceEntries(t *testing.T) {
	pack := "@pack p\n\n# about a\nid: a\nforms: a\n\nid: b\nforms: b\n"
	tests := []struct {
		name  string
		edits []store.LocalEntry
		want  string
	}{
		{"replace", []store.LocalEntry{{ID: "a", Body: "id: a\nforms: aa\n"}}, "@pack p\n\n# about a\nid: a\nforms: aa\n\nid: b\nforms: b\n"},
		{"disable", []store.LocalEntry{{ID: "b", Disabled: true}}, "@pack p\n\n# about a\nid: a\nforms: a\n\n"},
		{"add", []store.LocalEntry{{ID: "c", Body: "id: c\nforms: c\n"}}, "@pack p\n\n# about a\nid: a\nforms: a\n\nid: b\nforms: b\n\nid: c\nforms: c\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := spliceEntries(pack, tt.edits); got != tt.want {
				t.Errorf("spliceEntries = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLocalNext(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/story/x?blind=1", "/story/x?blind=1"},
		{"//evil.example", "/"},
		{"/\\evil.example", "/"},
		{"https://evil.example/", "/"},
		{"/login", "/"},
		{"", "/"},
		{"/a\r\nSet-Cookie: x", "/"},
	}
	for _, tt := range tests {
		if got := localNext(tt.in); got != tt.want {
			t.Errorf("localNext(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLoadSecurity(t *testing.T) {
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwFile, []byte("from-a-file-secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		env     map[string]string
		wantErr string
		check   func(*security) bool
	}{
		{"nothing set", nil, "", func(s *security) bool { return !s.hasAdmin && !s.hasViewer && !s.excerpts }},
		{"admin from file", map[string]string{"FRAMELENS_ADMIN_PASSWORD_FILE": pwFile}, "",
			func(s *security) bool {
				return s.checkPassword(roleAdmin, "from-a-file-secret") && !s.checkPassword(roleAdmin, "")
			}},
		{"both forms", map[string]string{"FRAMELENS_ADMIN_PASSWORD": "a", "FRAMELENS_ADMIN_PASSWORD_FILE": pwFile}, "use one", nil},
		{"same passwords", map[string]string{"FRAMELENS_ADMIN_PASSWORD": "same-secret-123", "FRAMELENS_VIEWER_PASSWORD": "same-secret-123"}, "same", nil},
		{"excerpts", map[string]string{"FRAMELENS_EXCERPTS": "1"}, "", func(s *security) bool { return s.excerpts }},
		{"bad excerpts", map[string]string{"FRAMELENS_EXCERPTS": "maybe"}, "FRAMELENS_EXCERPTS", nil},
		{"limits", map[string]string{"FRAMELENS_MAX_UPLOAD": "8MB", "FRAMELENS_MAX_FILE": "1MB", "FRAMELENS_MAX_FILES": "3"}, "",
			func(s *security) bool { return s.limits == uploadLimits{request: 8e6, file: 1e6, files: 3} }},
		{"file over request", map[string]string{"FRAMELENS_MAX_UPLOAD": "1MB", "FRAMELENS_MAX_FILE": "2MB"}, "larger than", nil},
		{"bad count", map[string]string{"FRAMELENS_MAX_FILES": "0"}, "FRAMELENS_MAX_FILES", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &env{getenv: func(k string) string { return tt.env[k] }, stdout: io.Discard, stderr: io.Discard}
			sec, err := loadSecurity(e, slog.New(slog.NewTextHandler(io.Discard, nil)))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(sec) {
				t.Errorf("security = %+v: check failed", sec)
			}
		})
	}
}

func TestSecurityHeadersOnAdminPages(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	b := f.adminBrowser()
	for _, path := range []string{"/login", "/admin", "/admin/import", "/admin/lexicon", "/admin/lexicon/entry?id=t.loaded.tirade"} {
		r := b.get(path)
		if r.status != 200 {
			t.Errorf("GET %s: status %d", path, r.status)
			continue
		}
		want := map[string]string{
			"Content-Security-Policy": "frame-ancestors 'none'",
			"X-Content-Type-Options":  "nosniff",
			"Referrer-Policy":         "no-referrer",
			"Cache-Control":           "no-store",
		}
		for h, v := range want {
			if !strings.Contains(r.header.Get(h), v) {
				t.Errorf("GET %s: %s = %q, want it to contain %q", path, h, r.header.Get(h), v)
			}
		}
		if !strings.Contains(r.header.Get("Content-Security-Policy"), "script-src 'self'") {
			t.Errorf("GET %s: CSP %q allows more than this site's scripts", path, r.header.Get("Content-Security-Policy"))
		}
		if strings.Contains(r.body, "<script>") || strings.Contains(r.body, " onclick=") {
			t.Errorf("GET %s: inline script in the page", path)
		}
	}
}

func TestWebImportFromURL(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Council slammed over housing - Kappa Herald</title>
<meta property="og:site_name" content="Kappa Herald"></head><body><article><h1>Council slammed over housing</h1>
<p>The council was slammed on Monday for a housing plan that residents called a tirade of broken promises, and the debate ran late into the night.</p>
<p>Officials said the plan would be revised before the summer, and that residents would be heard at a public meeting in the town hall next month.</p>
<p>The mayor said the city needs more homes for families and that the council would publish the revised figures within weeks of the meeting.</p>
</article></body></html>`
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	defer ts.Close()
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	b := f.adminBrowser()
	tok := b.csrf("/admin/import")
	// By default the fetcher refuses the loopback address the test server is on.
	r := b.postMultipart("/admin/import", []part{{name: "csrf", value: tok}, {name: "mode", value: "url"}, {name: "url", value: ts.URL + "/a"}})
	job := waitImport(t, f, b, jobID(t, r))
	if job.Stats == nil || job.Stats.Imported != 0 || len(job.Failed) != 1 || !strings.Contains(job.Failed[0].Error, "refused") {
		t.Fatalf("loopback URL: job = %+v, want it refused", job)
	}
	f.srv.fetchOptions.AllowAddr = func(a netip.Addr) bool { return a.IsLoopback() }
	r = b.postMultipart("/admin/import", []part{{name: "csrf", value: tok}, {name: "mode", value: "url"}, {name: "url", value: ts.URL + "/a"},
		{name: "story", value: "housing"}})
	job = waitImport(t, f, b, jobID(t, r))
	if job.Stats == nil || job.Stats.Imported != 1 {
		t.Fatalf("job = %+v, want 1 imported", job)
	}
	all := articles(t, f)
	if len(all) != 1 || all[0].Outlet != "Kappa Herald" || all[0].Story != "housing" || !strings.Contains(all[0].Text, "public meeting") {
		t.Errorf("article = %+v, want Kappa Herald's page in story housing", all)
	}
	if r := b.postMultipart("/admin/import", []part{{name: "csrf", value: tok}, {name: "mode", value: "url"}, {name: "url", value: "file:///etc/passwd"}}); r.status != 400 {
		t.Errorf("file: URL: status %d, want 400", r.status)
	}
}

func TestCheckFormToken(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	// The server's own routes plus one form handler that checks the token.
	app := fiber.New(fiber.Config{ErrorHandler: f.srv.handleError})
	app.Post("/test-form", func(c *fiber.Ctx) error {
		if err := f.srv.checkFormToken(c); err != nil {
			return err
		}
		return c.SendString("ok")
	})
	inner := f.app.Handler()
	app.Use(func(c *fiber.Ctx) error {
		inner(c.Context())
		return nil
	})
	f.app = app
	anon := f.browser()
	tok := anon.csrf("/login") // sets the double-submit cookie
	tests := []struct {
		name string
		b    *browser
		tok  string
		want int
	}{
		{"anonymous with the cookie's token", anon, tok, 200},
		{"anonymous with another token", anon, newToken(), 403},
		{"anonymous without a token", anon, "", 403},
		{"no cookie", f.browser(), tok, 403},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := tt.b.post("/test-form", url.Values{"csrf": {tt.tok}}); r.status != tt.want {
				t.Errorf("status %d, want %d", r.status, tt.want)
			}
		})
	}
	admin := f.adminBrowser()
	if r := admin.post("/test-form", url.Values{"csrf": {admin.csrf("/admin")}}); r.status != 200 {
		t.Errorf("admin with the session's token: status %d, want 200", r.status)
	}
}

func TestConfigureAdminRemovesStaleUploads(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{})
	// On SQLite, folders beside the database; on PostgreSQL, the folders
	// of processes of this host that no longer run and an earlier one's
	// under this process's ID, but neither a running process's folder nor
	// this server's own.
	stale := []string{filepath.Join(f.srv.uploadDir(), ".framelens-upload-123")}
	var live []string
	if f.db.Postgres() {
		dead := exec.Command(os.Args[0], "-test.run=^$")
		if err := dead.Run(); err != nil {
			t.Fatal(err)
		}
		prefix := filepath.Join(os.TempDir(), uploadFolderPrefix+uploadHost()+"-")
		stale = []string{fmt.Sprintf("%s%d-test", prefix, dead.Process.Pid), fmt.Sprintf("%s%d-earlier", prefix, os.Getpid())}
		live = []string{fmt.Sprintf("%s%d-test", prefix, os.Getppid()), f.srv.uploadDir()}
		if err := os.MkdirAll(live[0], 0o700); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			for _, d := range append(stale, live...) {
				os.RemoveAll(d)
			}
		})
	}
	for _, d := range stale {
		if err := os.MkdirAll(filepath.Join(d, "000"), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	id, err := f.db.StartRescoreJob(context.Background(), "v", 3)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{getenv: func(k string) string {
		return map[string]string{"FRAMELENS_ADMIN_PASSWORD": adminPassword}[k]
	}, stdout: io.Discard, stderr: io.Discard}
	if err := f.srv.configureAdmin(context.Background(), e, f.lexDir); err != nil {
		t.Fatal(err)
	}
	for _, d := range stale {
		if _, err := os.Stat(d); !os.IsNotExist(err) {
			t.Errorf("stale upload folder %s still there (%v)", d, err)
		}
	}
	for _, d := range live {
		if _, err := os.Stat(d); err != nil {
			t.Errorf("the upload folder %s of a running server was removed (%v)", d, err)
		}
	}
	jobs, err := f.db.RescoreJobs(context.Background(), 1)
	if err != nil || len(jobs) != 1 || jobs[0].ID != id || jobs[0].State != "interrupted" {
		t.Errorf("rescore jobs = %+v (%v), want job %d interrupted", jobs, err, id)
	}
	if !f.srv.sec.hasAdmin || f.srv.lex.Version() != f.srv.lexBase.lex.Version() {
		t.Error("configureAdmin did not read the admin password or changed the lexicon")
	}
}

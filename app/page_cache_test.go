package app

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/framelens/framelens/store"
)

// do sends a GET with the given headers and returns the response with its
// body read.
func (f *fixture) do(t *testing.T, path string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := f.app.Test(req, -1)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

func TestPageCacheServesRenderedPages(t *testing.T) {
	f := newFixture(t)
	// The first blind page creates the database's blind salt: a commit,
	// after which the page is rendered again once.
	if _, err := f.db.BlindSalt(context.Background()); err != nil {
		t.Fatal(err)
	}
	paths := []string{"/", "/?blind=1", "/story/vell-vote", "/outlet/" + f.id("Alpha Daily"), "/api/overview",
		"/api/story/vell-vote", "/terms?q=regime", "/lexicon", "/?csv=outlets"}
	for _, p := range paths {
		t.Run(p, func(t *testing.T) {
			first, body := f.do(t, p, nil)
			if first.StatusCode != 200 {
				t.Fatalf("status %d, want 200", first.StatusCode)
			}
			etag := first.Header.Get("ETag")
			if etag == "" {
				t.Fatalf("no ETag on a cached page")
			}
			hits := f.srv.pc.hits.Load()
			again, body2 := f.do(t, p, nil)
			if f.srv.pc.hits.Load() != hits+1 {
				t.Errorf("second GET was not served from the cache")
			}
			if !bytes.Equal(body, body2) || again.Header.Get("Content-Type") != first.Header.Get("Content-Type") ||
				again.Header.Get("Content-Disposition") != first.Header.Get("Content-Disposition") {
				t.Errorf("cached response differs from the rendered one: %q vs %q", again.Header, first.Header)
			}
			if got := again.Header.Get("Content-Security-Policy"); got == "" {
				t.Errorf("cached response has no Content-Security-Policy")
			}
			nm, nmBody := f.do(t, p, map[string]string{"If-None-Match": etag})
			if nm.StatusCode != http.StatusNotModified || len(nmBody) != 0 {
				t.Errorf("If-None-Match %s: status %d with %d bytes, want 304 and no body", etag, nm.StatusCode, len(nmBody))
			}
			gz, gzBody := f.do(t, p, map[string]string{"Accept-Encoding": "gzip, deflate, br"})
			if gz.Header.Get("Content-Encoding") == "gzip" {
				zr, err := gzip.NewReader(bytes.NewReader(gzBody))
				if err != nil {
					t.Fatal(err)
				}
				plain, err := io.ReadAll(zr)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(plain, body) {
					t.Errorf("gzipped copy differs from the page")
				}
				if gz.Header.Get("ETag") == etag {
					t.Errorf("gzipped copy has the same ETag %s as the plain one", etag)
				}
			} else if len(body) > 4096 {
				t.Errorf("a %d-byte page was not gzipped for a client that takes gzip", len(body))
			}
		})
	}
}

func TestPageCacheSeesWritesOfOtherConnections(t *testing.T) {
	f := newFixture(t)
	if _, body := f.do(t, "/", nil); strings.Contains(string(body), "Gamma Post") {
		t.Fatal("Gamma Post already on the overview")
	}
	// Another connection to the file, as "framelens import" beside the
	// server would: the server's pools never see this write happen.
	other, err := store.Open(context.Background(), testDBPath(t, "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	im, err := other.NewImporter(context.Background(), "later", false)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := im.Add(&store.Article{Title: "Later", Outlet: "Gamma Post", Story: "vell-vote", Text: "Gamma Post text.",
		Language: "en", Hash: "later", Published: time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/", "/api/overview", "/story/vell-vote"} {
		if _, body := f.do(t, p, nil); !strings.Contains(string(body), "Gamma Post") {
			t.Errorf("GET %s after another process imported Gamma Post: not on the page", p)
		}
	}
}

func TestPageCacheKeepsAdminsAndViewersApart(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword, viewer: "class-of-2031"})
	viewer := f.browser()
	if r := viewer.login("viewer", "class-of-2031"); r.status != http.StatusSeeOther {
		t.Fatalf("viewer login: status %d", r.status)
	}
	if r := viewer.get("/lexicon"); r.status != 200 {
		t.Fatalf("viewer GET /lexicon: %d", r.status)
	}
	// The cached page is not for someone who has not logged in.
	if r := f.browser().get("/lexicon"); r.status != http.StatusSeeOther {
		t.Errorf("anonymous GET /lexicon after a viewer's: status %d, want 303 to the login", r.status)
	}
	// A made-up or expired session cookie is no login either.
	forged := f.browser()
	forged.cookies[sessionCookie] = &http.Cookie{Name: sessionCookie, Value: strings.Repeat("A", 43)}
	for _, p := range []string{"/lexicon", "/"} {
		if r := forged.get(p); r.status != http.StatusSeeOther {
			t.Errorf("GET %s with a forged session cookie: status %d, want 303 to the login", p, r.status)
		}
	}
	hits, misses := f.srv.pc.hits.Load(), f.srv.pc.misses.Load()
	admin := f.adminBrowser()
	for i := 0; i < 2; i++ {
		if r := admin.get("/lexicon"); r.status != 200 || r.header.Get("ETag") != "" {
			t.Errorf("admin GET /lexicon: status %d, ETag %q; want 200 and no cache", r.status, r.header.Get("ETag"))
		}
	}
	if h, m := f.srv.pc.hits.Load(), f.srv.pc.misses.Load(); h != hits || m != misses {
		t.Errorf("admin requests went through the page cache: hits %d -> %d, misses %d -> %d", hits, h, misses, m)
	}
}

func TestPageCacheEvictsByBytes(t *testing.T) {
	pc := newPageCache(80 << 10)
	put := func(key string, n int) {
		if e, wait := pc.lookup(key, 1, nil); e != nil || wait != nil {
			t.Fatalf("%s: already cached or rendering", key)
		}
		pc.finish(key, &pageEntry{key: key, gen: 1, body: make([]byte, n)})
	}
	put("a", 9<<10)
	put("b", 9<<10)
	for i := 0; i < 7; i++ {
		if e, _ := pc.lookup("a", 1, nil); e == nil { // keeps "a" recently used
			t.Fatalf("a evicted after %d more pages", i)
		}
		put(string(rune('c'+i)), 9<<10)
	}
	if got := pc.bytes(); got > 80<<10 {
		t.Errorf("cache holds %d bytes, want at most %d", got, 80<<10)
	}
	if e, _ := pc.lookup("b", 1, nil); e != nil {
		t.Errorf("b, the least recently used, is still cached")
	}
	pc.finish("b", nil)
	if e, _ := pc.lookup("a", 2, nil); e != nil {
		t.Errorf("a served for a newer generation")
	}
	pc.finish("a", nil)
	put("huge", 20<<10) // over an eighth of the cache: served, never kept
	if e, _ := pc.lookup("huge", 1, nil); e != nil {
		t.Errorf("a page over an eighth of the cache was kept")
	}
}

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		header string
		want   bool
	}{
		{"", false},
		{"gzip", true},
		{"gzip, deflate, br", true},
		{"br;q=1.0, gzip;q=0.8", true},
		{"gzip;q=0", false},
		{"deflate", false},
		{"*", true},
	}
	for _, tt := range tests {
		if got := acceptsGzip(tt.header); got != tt.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

func TestETagMatches(t *testing.T) {
	tests := []struct {
		header, etag string
		want         bool
	}{
		{"", `"3-ab"`, false},
		{`"3-ab"`, `"3-ab"`, true},
		{`"3-ab-gz"`, `"3-ab"`, true},
		{`W/"3-ab"`, `"3-ab"`, true},
		{`"1-xx", "3-ab"`, `"3-ab"`, true},
		{`"2-ab"`, `"3-ab"`, false},
		{"*", `"3-ab"`, true},
	}
	for _, tt := range tests {
		if got := etagMatches(tt.header, tt.etag); got != tt.want {
			t.Errorf("etagMatches(%q, %q) = %v, want %v", tt.header, tt.etag, got, tt.want)
		}
	}
}

func TestGenerationNeverStale(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	g0, err := f.srv.generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Readers hammer generation() while feeds are added: every call that
	// starts after a write has returned must see a newer generation. (A
	// feed, not a session: on PostgreSQL the change counter leaves out the
	// sessions table, since a login changes no page.)
	stop := make(chan struct{})
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			for {
				select {
				case <-stop:
					errs <- nil
					return
				default:
				}
				if _, err := f.srv.generation(ctx); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	prev := g0
	for i := 0; i < 20; i++ {
		if _, err := f.db.AddFeed(ctx, store.NewFeed{URL: "https://feeds.test/" + strconv.Itoa(i)}, time.Now()); err != nil {
			t.Fatal(err)
		}
		g, err := f.srv.generation(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if g <= prev {
			t.Fatalf("write %d: generation %d, want more than %d", i, g, prev)
		}
		prev = g
	}
	close(stop)
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	f.srv.bump()
	if g, _ := f.srv.generation(ctx); g <= prev {
		t.Errorf("after bump: generation %d, want more than %d", g, prev)
	}
}

func TestPagesFollowCuration(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	outlets, err := f.db.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var alpha int64
	for _, o := range outlets {
		if o.Name == "Alpha Daily" {
			alpha = o.ID
		}
	}
	pages := []string{"/", "/api/overview", "/api/stories"}
	for _, p := range pages { // fill both caches
		f.do(t, p, nil)
	}
	if err := f.db.RenameOutlet(ctx, alpha, "Alpha Evening"); err != nil {
		t.Fatal(err)
	}
	if err := f.db.RenameStory(ctx, "vell-vote", "The Vell vote"); err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		_, body := f.do(t, p, nil)
		if p != "/api/stories" && !strings.Contains(string(body), "Alpha Evening") {
			t.Errorf("GET %s after renaming the outlet: new name missing", p)
		}
		if !strings.Contains(string(body), "The Vell vote") {
			t.Errorf("GET %s after renaming the story: new title missing", p)
		}
	}
}

package app

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/framelens/framelens/app/ingest/web"
	"github.com/framelens/framelens/store"
)

// feedServer is an RSS feed on a local test server with ETag support: it
// answers 304 when If-None-Match names its current ETag, and records the
// conditional headers of every feed request.
type feedServer struct {
	t        *testing.T
	srv      *httptest.Server
	mu       sync.Mutex
	title    string
	items    []string          // titles, newest first
	texts    map[string]string // an entry's description when not entryText(title)
	status   int               // when not 0, the feed answers with this status
	retry    string            // Retry-After sent with that status
	requests []string          // If-None-Match of each feed request ("" when none)
	// hold, when set, makes feed requests wait until it is closed or the
	// request is cancelled; started gets a value when such a request arrives.
	hold    chan struct{}
	started chan struct{}
}

func newFeedServer(t *testing.T, title string, items ...string) *feedServer {
	fs := &feedServer{t: t, title: title, items: items}
	fs.srv = httptest.NewServer(http.HandlerFunc(fs.serve))
	t.Cleanup(fs.srv.Close)
	return fs
}

func (fs *feedServer) url() string { return fs.srv.URL + "/feed.xml" }

func (fs *feedServer) etag() string { return fmt.Sprintf(`"v%d"`, len(fs.items)) }

// entryText is an entry's text, long enough (over 150 words) that the feed
// reader keeps it instead of fetching the entry's page.
func entryText(title string) string {
	return strings.Repeat("The report on "+title+" was read out at the council meeting on Monday, and residents asked many questions. ", 12)
}

func (fs *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/feed.xml" {
		http.NotFound(w, r)
		return
	}
	fs.mu.Lock()
	fs.requests = append(fs.requests, r.Header.Get("If-None-Match"))
	hold, started, status, retry := fs.hold, fs.started, fs.status, fs.retry
	fs.mu.Unlock()
	if hold != nil {
		started <- struct{}{}
		select {
		case <-hold:
		case <-r.Context().Done():
			return
		}
	}
	if status != 0 {
		if retry != "" {
			w.Header().Set("Retry-After", retry)
		}
		http.Error(w, "try later", status)
		return
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if r.Header.Get("If-None-Match") == fs.etag() {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	w.Header().Set("ETag", fs.etag())
	fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><link>http://wire.example/</link>`, fs.title)
	for _, it := range fs.items {
		slug := strings.ReplaceAll(strings.ToLower(it), " ", "-")
		text, ok := fs.texts[it]
		if !ok {
			text = entryText(it)
		}
		// Entry pages are not served (404): a summary-only entry keeps its summary.
		fmt.Fprintf(w, `<item><title>%s</title><link>%s/%s</link><guid>%s</guid><description>%s</description></item>`,
			it, fs.srv.URL, slug, slug, text)
	}
	fmt.Fprint(w, `</channel></rss>`)
}

func (fs *feedServer) set(fn func(*feedServer)) {
	fs.mu.Lock()
	fn(fs)
	fs.mu.Unlock()
}

func (fs *feedServer) seen() []string {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return append([]string(nil), fs.requests...)
}

// allowLoopback lets the fetcher reach the test servers (loopback is
// refused otherwise) with no politeness pause between requests.
func allowLoopback(s *server) {
	s.fetchOptions = web.Options{UserAgent: web.UserAgent(Version), HostInterval: -1,
		AllowAddr: func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.1") }}
}

// feedFixture is an admin fixture whose fetcher reaches the test servers.
func feedFixture(t *testing.T) (*adminFixture, *browser) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	allowLoopback(f.srv)
	return f, f.adminBrowser()
}

// subscribe adds a feed through the admin form and returns it.
func subscribe(t *testing.T, f *adminFixture, b *browser, form url.Values) store.Feed {
	t.Helper()
	form.Set("csrf", b.csrf("/admin/feeds"))
	if r := b.post("/admin/feeds", form); r.status != http.StatusSeeOther {
		t.Fatalf("subscribe: status %d, want 303: %s", r.status, r.body)
	}
	feed, err := f.db.FeedByURL(context.Background(), form.Get("url"))
	if err != nil {
		t.Fatal(err)
	}
	return feed
}

func feedNow(t *testing.T, db *store.DB, id int64) store.Feed {
	t.Helper()
	feed, err := db.Feed(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return feed
}

func pollDue(t *testing.T, fp *feedPoller, want int) {
	t.Helper()
	n, err := fp.pollDue(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n != want {
		t.Fatalf("pollDue polled %d feeds, want %d", n, want)
	}
}

func TestFeedSubscribePollConditional(t *testing.T) {
	ctx := context.Background()
	fs := newFeedServer(t, "Example Wire", "Storm closes port", "Harbour reopens")
	f, b := feedFixture(t)
	feed := subscribe(t, f, b, url.Values{"url": {fs.url()}, "story": {"storm"}})
	fp := f.srv.newFeedPoller(30 * time.Minute)

	// The first poll imports both entries as one batch, named by the feed.
	pollDue(t, fp, 1)
	got := feedNow(t, f.db, feed.ID)
	if got.LastStatus != feedOK || got.LastImported != 2 || got.Imported != 2 || got.LastBatch == 0 || got.Title != "Example Wire" ||
		!got.NextPoll.Equal(f.now().Add(30*time.Minute)) || got.LeaseOwner != "" || got.Failures != 0 {
		t.Fatalf("after the first poll: %+v, want 2 imported, next poll in 30 min, lease released", got)
	}
	all := articles(t, f)
	if len(all) != 2 {
		t.Fatalf("%d articles, want 2", len(all))
	}
	for _, a := range all {
		if a.Outlet != "Example Wire" || a.Story != "storm" || !strings.HasPrefix(a.URL, fs.srv.URL+"/") {
			t.Errorf("article %q: outlet %q, story %q, URL %q; want Example Wire, storm, the entry's link", a.Title, a.Outlet, a.Story, a.URL)
		}
	}
	batches, err := f.db.Batches(ctx, 5)
	if err != nil || len(batches) != 1 || batches[0].ID != got.LastBatch || batches[0].Source != "feed: "+fs.url() || batches[0].Articles != 2 {
		t.Fatalf("batches = %+v (%v), want the poll's batch of 2 named after the feed", batches, err)
	}

	// Not due yet: nothing is fetched.
	f.advance(29 * time.Minute)
	pollDue(t, fp, 0)
	// Due: a conditional request, answered 304, imports nothing and leaves no batch.
	f.advance(time.Minute)
	pollDue(t, fp, 1)
	if reqs := fs.seen(); len(reqs) != 2 || reqs[0] != "" || reqs[1] != `"v2"` {
		t.Fatalf("If-None-Match of the feed requests = %q, want none then \"v2\"", reqs)
	}
	got = feedNow(t, f.db, feed.ID)
	if got.LastStatus != feedUnchanged || got.LastImported != 0 || got.Imported != 2 {
		t.Fatalf("after the 304: %+v, want unchanged, still 2 imported", got)
	}
	if bs, _ := f.db.Batches(ctx, 5); len(bs) != 1 {
		t.Errorf("%d batches after a 304, want 1", len(bs))
	}

	// A new entry: only it is imported, in a batch of its own.
	fs.set(func(fs *feedServer) { fs.items = append([]string{"Ferries resume"}, fs.items...) })
	f.advance(30 * time.Minute)
	pollDue(t, fp, 1)
	got = feedNow(t, f.db, feed.ID)
	if got.LastImported != 1 || got.Imported != 3 || len(articles(t, f)) != 3 {
		t.Fatalf("after a new entry: %+v, want 1 more article, 3 in all", got)
	}
	// "delete --batch" undoes one poll.
	if _, err := f.db.DeleteBatch(ctx, got.LastBatch); err != nil {
		t.Fatal(err)
	}
	if n := len(articles(t, f)); n != 2 {
		t.Errorf("%d articles after deleting the last poll's batch, want 2", n)
	}
}

// TestFeedPollProposesStories: a poll's articles join proposed stories, as
// after any import (these two entries are nearly the same text).
func TestFeedPollProposesStories(t *testing.T) {
	fs := newFeedServer(t, "Example Wire", "Storm closes port", "Storm closes harbour")
	f, b := feedFixture(t)
	subscribe(t, f, b, url.Values{"url": {fs.url()}})
	pollDue(t, f.srv.newFeedPoller(0), 1)
	all := articles(t, f)
	if len(all) != 2 || all[0].SuggestedStory == "" || all[0].SuggestedStory != all[1].SuggestedStory {
		t.Fatalf("articles %+v, want two in one proposed story", all)
	}
}

// TestFeedEntryNotes polls a feed with a summary-only entry whose page
// cannot be read (kept with its summary, and said so) and an entry with no
// text at all (not imported, and said so).
func TestFeedEntryNotes(t *testing.T) {
	fs := newFeedServer(t, "Example Wire", "Storm closes port", "Harbour reopens", "Ferries resume")
	fs.set(func(fs *feedServer) {
		fs.texts = map[string]string{"Harbour reopens": "The harbour reopened on Wednesday, officials said.", "Ferries resume": ""}
	})
	f, b := feedFixture(t)
	feed := subscribe(t, f, b, url.Values{"url": {fs.url()}})
	pollDue(t, f.srv.newFeedPoller(0), 1)
	got := feedNow(t, f.db, feed.ID)
	if got.LastStatus != feedOK || got.LastImported != 2 ||
		!strings.Contains(got.LastError, "only the feed's summary for 1 of 3 new entries") ||
		!strings.Contains(got.LastError, `1 entry could not be imported: "Ferries resume" has no text`) {
		t.Fatalf("after the poll: %+v, want 2 imported with notes on the summary and the empty entry", got)
	}
	if page := b.get("/admin/feeds"); !strings.Contains(page.body, "only the feed&#39;s summary for 1 of 3") {
		t.Errorf("the page does not show the note:\n%s", page.body)
	}
}

func TestFeedFailureBacksOffAndShowsError(t *testing.T) {
	fs := newFeedServer(t, "Example Wire", "Storm closes port")
	fs.set(func(fs *feedServer) { fs.status = http.StatusServiceUnavailable })
	f, b := feedFixture(t)
	feed := subscribe(t, f, b, url.Values{"url": {fs.url()}, "interval": {"10m"}})
	if feed.Interval != 10*time.Minute {
		t.Fatalf("interval %v, want 10m", feed.Interval)
	}
	fp := f.srv.newFeedPoller(30 * time.Minute)
	for i, wait := range []time.Duration{20 * time.Minute, 40 * time.Minute, 80 * time.Minute} {
		pollDue(t, fp, 1)
		got := feedNow(t, f.db, feed.ID)
		if got.LastStatus != feedError || got.Failures != i+1 || !strings.Contains(got.LastError, "503") ||
			!got.NextPoll.Equal(f.now().Add(wait)) || !got.LastSuccess.IsZero() {
			t.Fatalf("failure %d: %+v, want the 503 recorded and the next poll in %v", i+1, got, wait)
		}
		pollDue(t, fp, 0) // not due again before its backoff
		f.advance(wait)
	}
	page := b.get("/admin/feeds")
	if page.status != http.StatusOK || !strings.Contains(page.body, "failed (3 times in a row)") ||
		!strings.Contains(page.body, "503 Service Unavailable") {
		t.Fatalf("the feeds page does not show the failure (%d):\n%s", page.status, page.body)
	}
	// The first success resets the backoff.
	fs.set(func(fs *feedServer) { fs.status = 0 })
	pollDue(t, fp, 1)
	got := feedNow(t, f.db, feed.ID)
	if got.LastStatus != feedOK || got.Failures != 0 || got.LastError != "" || !got.NextPoll.Equal(f.now().Add(10*time.Minute)) {
		t.Fatalf("after recovering: %+v, want ok, no failures, next poll in 10m", got)
	}
	// A server that asks for a longer pause with Retry-After gets it.
	fs.set(func(fs *feedServer) { fs.status, fs.retry = http.StatusTooManyRequests, "7200" })
	f.advance(10 * time.Minute)
	pollDue(t, fp, 1)
	if got := feedNow(t, f.db, feed.ID); got.Failures != 1 || !got.NextPoll.Equal(f.now().Add(2*time.Hour)) {
		t.Fatalf("429 with Retry-After: 7200: %+v, want the next poll in 2 h (not 20 min)", got)
	}
	// A refused address is an error in words, and the fetcher never reaches it.
	f.srv.fetchOptions = web.Options{}
	refused := subscribe(t, f, b, url.Values{"url": {fs.srv.URL + "/other.xml"}})
	before := len(fs.seen())
	pollDue(t, f.srv.newFeedPoller(0), 1)
	got = feedNow(t, f.db, refused.ID)
	if got.LastStatus != feedError || !strings.Contains(got.LastError, "refused") || len(fs.seen()) != before {
		t.Fatalf("loopback feed with the default fetcher: %+v, want refused without a request", got)
	}
}

// TestFeedLeaseOnePollerAtATime runs two pollers, as two replicas, each with
// its own connection to one database: while one polls a feed, the other
// does not take it, even when it is due.
func TestFeedLeaseOnePollerAtATime(t *testing.T) {
	ctx := context.Background()
	fs := newFeedServer(t, "Example Wire", "Storm closes port")
	hold, started := make(chan struct{}), make(chan struct{}, 4)
	fs.set(func(fs *feedServer) { fs.hold, fs.started = hold, started })
	f, b := feedFixture(t)
	feed := subscribe(t, f, b, url.Values{"url": {fs.url()}})

	// A second replica: another store.DB on the same database, another server.
	db2, err := store.Open(ctx, testDBPath(t, "admin.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db2.Close() })
	srv2, err := newServer(db2, f.srv.lex.load(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	srv2.sec.now = f.now
	allowLoopback(srv2)
	one, two := f.srv.newFeedPoller(0), srv2.newFeedPoller(0)
	if one.owner == two.owner {
		t.Fatalf("two pollers share the owner name %q", one.owner)
	}

	done := make(chan int)
	go func() {
		n, _ := one.pollDue(ctx)
		done <- n
	}()
	<-started // replica one is inside its poll, holding the lease
	if got := feedNow(t, db2, feed.ID); got.LeaseOwner != one.owner || !got.Polling(f.now()) {
		t.Fatalf("while polling: lease %q until %v, want %q's", got.LeaseOwner, got.LeaseUntil, one.owner)
	}
	if page := b.get("/admin/feeds"); !strings.Contains(page.body, "being polled now") {
		t.Errorf("the feeds page does not say the feed is being polled:\n%s", page.body)
	}
	pollDue(t, two, 0)
	// Even a "poll now" does not let the second replica in while the lease holds.
	if r := b.post(fmt.Sprintf("/admin/feeds/%d/poll", feed.ID), url.Values{"csrf": {b.csrf("/admin/feeds")}}); r.status != http.StatusSeeOther {
		t.Fatalf("poll now: status %d", r.status)
	}
	pollDue(t, two, 0)
	close(hold)
	if n := <-done; n != 1 {
		t.Fatalf("replica one polled %d feeds, want 1", n)
	}
	if reqs := fs.seen(); len(reqs) != 1 {
		t.Fatalf("the feed was requested %d times, want once", len(reqs))
	}
	got := feedNow(t, db2, feed.ID)
	if got.LeaseOwner != "" || got.Imported != 1 || len(articles(t, f)) != 1 {
		t.Fatalf("after the poll: %+v, want the lease released and 1 article", got)
	}
	// Once the lease is released, the other replica polls it when it is due.
	f.advance(defaultFeedInterval)
	fs.set(func(fs *feedServer) { fs.hold = nil })
	pollDue(t, two, 1)
	pollDue(t, one, 0)

	// A replica that dies mid-poll leaves its lease; it expires and the other takes over.
	f.advance(defaultFeedInterval)
	if _, err := f.db.ClaimDueFeed(ctx, "dead replica", f.now(), feedLease); err != nil {
		t.Fatal(err)
	}
	pollDue(t, two, 0)
	f.advance(feedLease + time.Second)
	pollDue(t, two, 1)
}

func TestFeedPauseResumePollNowDelete(t *testing.T) {
	fs := newFeedServer(t, "Example Wire", "Storm closes port")
	f, b := feedFixture(t)
	feed := subscribe(t, f, b, url.Values{"url": {fs.url()}, "outlet": {"The Wire"}})
	fp := f.srv.newFeedPoller(time.Hour)
	action := func(name string) response {
		t.Helper()
		return b.post(fmt.Sprintf("/admin/feeds/%d/%s", feed.ID, name), url.Values{"csrf": {b.csrf("/admin/feeds")}})
	}

	if r := action("pause"); r.status != http.StatusSeeOther {
		t.Fatalf("pause: status %d", r.status)
	}
	pollDue(t, fp, 0) // due, but paused
	if r := action("poll"); r.status != http.StatusBadRequest {
		t.Errorf("poll now of a paused feed: status %d, want 400", r.status)
	}
	if page := b.get("/admin/feeds"); !strings.Contains(page.body, "<strong>paused</strong>") || !strings.Contains(page.body, ">Resume<") {
		t.Errorf("the page does not show the feed paused with a Resume button")
	}
	action("resume")
	pollDue(t, fp, 1)
	if a := articles(t, f); len(a) != 1 || a[0].Outlet != "The Wire" {
		t.Fatalf("articles = %+v, want one, outlet The Wire as given", a)
	}
	// Poll now: due at once instead of in an hour.
	pollDue(t, fp, 0)
	action("poll")
	pollDue(t, fp, 1)
	if got := feedNow(t, f.db, feed.ID); got.LastStatus != feedUnchanged {
		t.Errorf("poll now: status %q, want unchanged", got.LastStatus)
	}
	// Change the interval, outlet and story.
	r := b.post(fmt.Sprintf("/admin/feeds/%d/edit", feed.ID), url.Values{"csrf": {b.csrf("/admin/feeds")},
		"outlet": {""}, "story": {"port"}, "interval": {"2h"}})
	if got := feedNow(t, f.db, feed.ID); r.status != http.StatusSeeOther || got.Outlet != "" || got.Story != "port" || got.Interval != 2*time.Hour {
		t.Errorf("edit: status %d, feed %+v", r.status, got)
	}
	if r := b.post(fmt.Sprintf("/admin/feeds/%d/edit", feed.ID), url.Values{"csrf": {b.csrf("/admin/feeds")}, "interval": {"10s"}}); r.status != http.StatusBadRequest {
		t.Errorf("interval of 10s: status %d, want 400", r.status)
	}
	// Unsubscribe: the feed goes, its articles stay.
	if r := action("delete"); r.status != http.StatusSeeOther {
		t.Fatalf("delete: status %d", r.status)
	}
	if _, err := f.db.Feed(context.Background(), feed.ID); err == nil {
		t.Error("the feed is still there after unsubscribing")
	}
	if n := len(articles(t, f)); n != 1 {
		t.Errorf("%d articles after unsubscribing, want the 1 imported kept", n)
	}
	if r := action("pause"); r.status != http.StatusNotFound {
		t.Errorf("pause of a removed feed: status %d, want 404", r.status)
	}
}

func TestAdminFeedsPage(t *testing.T) {
	fs := newFeedServer(t, "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; Wire", "Storm closes port")
	f, b := feedFixture(t)
	tests := []struct {
		name   string
		form   url.Values
		status int
		want   string
	}{
		{"not a web address", url.Values{"url": {"ftp://example.com/feed"}}, 400, "starting with http:// or https://"},
		{"file", url.Values{"url": {"file:///etc/passwd"}}, 400, "starting with http:// or https://"},
		{"credentials", url.Values{"url": {"https://user:pw@example.com/feed"}}, 400, "user name or password"},
		{"interval too short", url.Values{"url": {"https://example.com/feed"}, "interval": {"30s"}}, 400, "at most once a minute"},
		{"interval not a duration", url.Values{"url": {"https://example.com/feed"}, "interval": {"often"}}, 400, "not a duration"},
		{"subscribed", url.Values{"url": {fs.url()}, "outlet": {adminXSS}}, 303, ""},
		{"twice", url.Values{"url": {fs.url()}}, 400, "already subscribed"},
		{"script in the address", url.Values{"url": {fs.srv.URL + "/missing?q=" + adminXSS}}, 303, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.form.Set("csrf", b.csrf("/admin/feeds"))
			r := b.post("/admin/feeds", tt.form)
			if r.status != tt.status || !strings.Contains(r.body, tt.want) {
				t.Errorf("status %d, want %d with %q:\n%s", r.status, tt.status, tt.want, r.body)
			}
		})
	}
	pollDue(t, f.srv.newFeedPoller(0), 2)
	page := b.get("/admin/feeds")
	if page.status != 200 {
		t.Fatalf("GET /admin/feeds: %d", page.status)
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt; Wire", "1 new article", "the server answered 400 Bad Request", "outlet &#34;&gt;&lt;script&gt;"} {
		if !strings.Contains(page.body, want) {
			t.Errorf("the page lacks %q:\n%s", want, page.body)
		}
	}
	if strings.Contains(page.body, "<script>alert") || strings.Contains(page.body, "<img src=x") {
		t.Errorf("a feed's title, outlet or error reached the page unescaped:\n%s", page.body)
	}
	if admin := b.get("/admin"); !strings.Contains(admin.body, `href="/admin/feeds"`) {
		t.Error("the admin page does not link to /admin/feeds")
	}
	api := b.get("/api/admin/feeds")
	if api.status != 200 || !strings.Contains(api.body, `"status":"error"`) || !strings.Contains(api.body, `"imported":1`) {
		t.Errorf("GET /api/admin/feeds: %d %s", api.status, api.body)
	}

	// Admin only, with the form's token.
	anon := f.browser()
	if r := anon.get("/admin/feeds"); r.status != http.StatusSeeOther {
		t.Errorf("anonymous GET: status %d, want a login redirect", r.status)
	}
	if r := anon.post("/admin/feeds", url.Values{"url": {"https://example.com/x"}}); r.status != http.StatusForbidden {
		t.Errorf("anonymous POST: status %d, want 403", r.status)
	}
	if r := b.post("/admin/feeds", url.Values{"url": {"https://example.com/x"}}); r.status != http.StatusForbidden {
		t.Errorf("POST without the CSRF token: status %d, want 403", r.status)
	}
	if r := anon.get("/api/admin/feeds"); r.status != http.StatusForbidden {
		t.Errorf("anonymous API: status %d, want 403", r.status)
	}
}

// TestServeStopsFeedPoller cancels the server's context while a poll waits
// on a feed that does not answer: the poller stops within its bound,
// records nothing and releases the lease, so the feed stays due.
func TestServeStopsFeedPoller(t *testing.T) {
	fs := newFeedServer(t, "Example Wire", "Storm closes port")
	hold, started := make(chan struct{}), make(chan struct{}, 1)
	defer close(hold)
	fs.set(func(fs *feedServer) { fs.hold, fs.started = hold, started })
	f, b := feedFixture(t)
	feed := subscribe(t, f, b, url.Values{"url": {fs.url()}})
	ctx, cancel := context.WithCancel(context.Background())
	wait := f.srv.startFeeds(ctx, feedSettings{interval: time.Hour, poll: true})
	<-started
	cancel()
	stopped := make(chan struct{})
	go func() { wait(); close(stopped) }()
	<-stopped
	got := feedNow(t, f.db, feed.ID)
	if got.LeaseOwner != "" || got.LastStatus != "" || !got.NextPoll.Equal(feed.NextPoll) {
		t.Fatalf("after shutdown mid-poll: %+v, want no lease, nothing recorded, still due", got)
	}
	// Polling off: nothing starts.
	wait = f.srv.startFeeds(context.Background(), feedSettings{poll: false})
	wait()
	if n := len(fs.seen()); n != 1 {
		t.Errorf("%d feed requests, want 1", n)
	}
}

func TestFeedSettings(t *testing.T) {
	intervals := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"30m", 30 * time.Minute, true}, {"2h", 2 * time.Hour, true}, {"45", 45 * time.Minute, true}, {"1m", time.Minute, true},
		{"59s", 0, false}, {"0", 0, false}, {"-5m", 0, false}, {"soon", 0, false}, {"", 0, false}, {"5 min", 0, false},
	}
	for _, tt := range intervals {
		got, err := parseFeedInterval(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseFeedInterval(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	for d, want := range map[time.Duration]string{30 * time.Minute: "30m", 2 * time.Hour: "2h", 90 * time.Minute: "1h30m", 24 * time.Hour: "24h"} {
		got := feedIntervalValue(d)
		if back, err := parseFeedInterval(got); got != want || back != d || err != nil {
			t.Errorf("feedIntervalValue(%v) = %q (read back as %v, %v), want %q", d, got, back, err, want)
		}
	}
	polls := []struct {
		in       string
		want, ok bool
	}{{"", true, true}, {"on", true, true}, {"OFF", false, true}, {"0", false, true}, {"maybe", false, false}}
	for _, tt := range polls {
		got, err := parseFeedPoll(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseFeedPoll(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	out, _, code := run(t, "", "config")
	if code != 0 || !strings.Contains(out, "FRAMELENS_FEED_INTERVAL") || !strings.Contains(out, "FRAMELENS_FEED_POLL") {
		t.Errorf("config (exit %d) does not list the feed settings:\n%s", code, out)
	}
	out, _, _ = run(t, "", "serve", "--help")
	if !strings.Contains(out, "--feed-interval") && !strings.Contains(out, "-feed-interval") || !strings.Contains(out, "feed-poll") {
		t.Errorf("serve --help does not list the feed flags:\n%s", out)
	}
	db := filepath.Join(t.TempDir(), "x.db")
	if _, errOut, code := run(t, "", "serve", "--db", db, "--feed-interval", "10s"); code == 0 || !strings.Contains(errOut, "feed-interval") {
		t.Errorf("serve --feed-interval 10s: exit %d, %q; want refused", code, errOut)
	}
	if _, errOut, code := run(t, "", "serve", "--db", db, "--feed-poll", "sometimes"); code == 0 || !strings.Contains(errOut, "feed-poll") {
		t.Errorf("serve --feed-poll sometimes: exit %d, %q; want refused", code, errOut)
	}
}

func TestFeedsCommand(t *testing.T) {
	db := testDBPath(t, "feeds.db")
	steps := []struct {
		args []string
		code int
		want string // in stdout, or stderr when the command fails
	}{
		{[]string{"list"}, 0, "no feed subscriptions"},
		{[]string{"add", "https://news.test/rss", "--outlet", "News Test", "--interval", "2h"}, 0, "subscribed to https://news.test/rss"},
		{[]string{"add", "https://news.test/rss"}, 1, "already subscribed"},
		{[]string{"add", "ftp://news.test/rss"}, 1, "http:// or https://"},
		{[]string{"add", "https://other.test/atom", "--interval", "5s"}, 1, "at most once a minute"},
		{[]string{"list"}, 0, "https://news.test/rss"},
		{[]string{"pause", "https://news.test/rss"}, 0, "paused"},
		{[]string{"poll", "https://news.test/rss"}, 1, "is paused"},
		{[]string{"list"}, 0, "paused"},
		{[]string{"resume", "https://news.test/rss"}, 0, "resumed"},
		{[]string{"poll", "https://news.test/rss"}, 0, "due now"},
		{[]string{"remove", "https://news.test/rss"}, 0, "the 0 articles it imported stay"},
		{[]string{"remove", "https://news.test/rss"}, 1, "no subscription"},
		{[]string{"add"}, 2, "want 1 feed address"},
		{[]string{"frobnicate", "https://news.test/rss"}, 2, "unknown action"},
	}
	for _, st := range steps {
		out, errOut, code := run(t, "", append([]string{"feeds", "--db", db}, st.args...)...)
		got := out
		if code != 0 {
			got = errOut
		}
		if code != st.code || !strings.Contains(got, st.want) {
			t.Errorf("feeds %s: exit %d, want %d with %q:\nstdout: %s\nstderr: %s", strings.Join(st.args, " "), code, st.code, st.want, out, errOut)
		}
	}
}

// TestBrowserAdminFeeds opens /admin/feeds in Chromium with three
// subscriptions (one polled, one failing, one paused) and saves a screenshot.
func TestBrowserAdminFeeds(t *testing.T) {
	bctx := browserCtx(t)
	fs := newFeedServer(t, "Example Wire", "Storm closes port", "Harbour reopens")
	broken := newFeedServer(t, "Broken Times")
	broken.set(func(fs *feedServer) { fs.status = http.StatusServiceUnavailable })
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	allowLoopback(f.srv)
	f.srv.sec.now = time.Now // the browser's session cookie expires in real time
	ctx := context.Background()
	for _, nf := range []store.NewFeed{{URL: fs.url(), Story: "storm"}, {URL: broken.url(), Interval: 10 * time.Minute},
		{URL: "https://paused.example/rss", Outlet: "Paused Post"}} {
		if _, err := f.db.AddFeed(ctx, nf, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	paused := true
	if err := f.db.UpdateFeed(ctx, 3, store.FeedUpdate{Paused: &paused}); err != nil {
		t.Fatal(err)
	}
	pollDue(t, f.srv.newFeedPoller(0), 2)
	s := startSite(t, "feeds", f.db, f.srv)
	u := newUser(t, bctx, s, "admin", 1280, 720, false)
	u.open("/login?as=admin&next=/admin/feeds")
	u.do("log in",
		chromedp.SetValue(chromedp.CSS(`input[name=password]`), adminPassword),
		chromedp.Click(chromedp.CSS(`form button[type=submit]`)))
	u.waitFor("the feeds page", `location.pathname === '/admin/feeds' && document.readyState === 'complete'`)
	if got := eval[int](u, `document.querySelectorAll('tr[id^=feed-]').length`); got != 3 {
		t.Errorf("%d feed rows, want 3", got)
	}
	for _, want := range []string{"2 new articles", "503 Service Unavailable", "paused"} {
		if !eval[bool](u, fmt.Sprintf(`document.body.innerText.includes(%q)`, want)) {
			t.Errorf("the page does not show %q", want)
		}
	}
	if w := eval[int](u, `document.documentElement.scrollWidth`); w > 1280 {
		t.Errorf("the page is %dpx wide, wider than the 1280px window", w)
	}
	u.shot("admin-feeds-1280.png")
	if len(u.errors) > 0 || len(u.out) > 0 {
		t.Errorf("script errors %q, requests to other hosts %q", u.errors, u.out)
	}
}

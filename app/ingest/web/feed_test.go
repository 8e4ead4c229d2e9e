package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// longText returns n words of made-up article prose.
func longText(topic string, n int) string {
	words := strings.Fields("the council met on tuesday evening and members debated the plan for several hours before a vote was taken on the proposal which residents had discussed at length in the weeks before")
	var b strings.Builder
	b.WriteString(topic)
	for i := 0; i < n; i++ {
		b.WriteString(" ")
		b.WriteString(words[i%len(words)])
		if i%20 == 19 {
			b.WriteString(".")
		}
	}
	return b.String()
}

// feedSite serves a small news site: an RSS feed whose entries are a full
// article, a summary linking to a page, a summary linking to a missing page
// and a summary linking to a private address; an Atom feed in ISO-8859-1;
// a home page that links to the RSS feed; and JSON that is no feed.
type feedSite struct {
	mu       sync.Mutex
	extra    bool // adds a fourth RSS entry
	requests map[string]int
}

func (s *feedSite) handler() http.Handler {
	mux := http.NewServeMux()
	count := func(r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.requests == nil {
			s.requests = map[string]int{}
		}
		s.requests[r.URL.Path]++
	}
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		count(r)
		s.mu.Lock()
		extra := s.extra
		s.mu.Unlock()
		etag := `"feed-v1"`
		if extra {
			etag = `"feed-v2"`
		}
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		var items strings.Builder
		if extra {
			items.WriteString(`<item><title>Fourth story</title><link>/article/4</link><guid>urn:story:4</guid>
<pubDate>Sat, 21 Nov 2026 12:00:00 GMT</pubDate><description>A short teaser.</description></item>`)
		}
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Riverside Gazette</title><link>http://news.test/</link><language>en-gb</language>
%s
<item><title>Council approves bridge &amp; road plan</title><link>http://news.test/article/1</link><guid>urn:story:1</guid>
<pubDate>Fri, 20 Nov 2026 09:30:00 GMT</pubDate><dc:creator>Ana Ortiz</dc:creator>
<description>Teaser one.</description>
<content:encoded><![CDATA[<p>%s</p><script>track()</script><p>Second paragraph of the full story.</p>]]></content:encoded></item>
<item><title>Flood defences delayed</title><link>/article/2</link><guid>urn:story:2</guid>
<pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate><description>&lt;p&gt;Work on the flood wall will slip.&lt;/p&gt;</description></item>
<item><title>Missing page</title><link>/gone</link><guid>urn:story:3</guid>
<description>The summary of a page that is gone.</description></item>
<item><title>Intranet story</title><link>http://10.0.0.5/story</link><guid>urn:story:private</guid>
<description>The summary of a story on a private address.</description></item>
</channel></rss>`, items.String(), longText("Bridge", 200))
	})
	mux.HandleFunc("/article/", func(w http.ResponseWriter, r *http.Request) {
		count(r)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!DOCTYPE html><html lang="en"><head><title>Flood defences delayed | Riverside Gazette</title>
<meta property="og:site_name" content="Riverside Gazette">
<meta property="article:published_time" content="2026-11-20T08:00:00Z">
<link rel="canonical" href="http://%s%s"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Flood defences delayed</h1><p class="byline">By Sam Lee</p>
<p>Work on the flood wall along the river will slip by a year, the county engineer said on Thursday.</p>
<p>%s</p><p>%s</p></article>
<aside><h2>Most read</h2><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside>
<footer>Copyright Riverside Gazette</footer></body></html>`, r.Host, r.URL.Path, longText("Engineers", 120), longText("Residents", 120))
	})
	mux.HandleFunc("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		count(r)
		body, _ := charmap.ISO8859_1.NewEncoder().String(`<?xml version="1.0" encoding="ISO-8859-1"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Zürcher Blatt</title>
<entry><title>Straße gesperrt</title><id>tag:blatt,2026:1</id><link href="http://news.test/z/1"/>
<updated>2026-11-19T10:00:00Z</updated><author><name>Jürg Müller</name></author>
<content type="html">` + strings.Repeat("Die Straße bleibt wegen Bauarbeiten bis Freitag gesperrt. ", 40) + `</content></entry></feed>`)
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprint(w, body)
	})
	mux.HandleFunc("/legacy.xml", func(w http.ResponseWriter, r *http.Request) {
		// No encoding in the XML declaration; the charset is only in the header.
		body, _ := charmap.Windows1252.NewEncoder().String(`<?xml version="1.0"?><rss version="2.0"><channel><title>Café Times</title>
<item><title>Naïve “quotes” – and dashes</title><guid>l1</guid><description>Résumé of the day.</description></item></channel></rss>`)
		w.Header().Set("Content-Type", "text/xml; charset=windows-1252")
		fmt.Fprint(w, body)
	})
	mux.HandleFunc("/home", func(w http.ResponseWriter, r *http.Request) {
		count(r)
		fmt.Fprint(w, `<!DOCTYPE html><html><head><title>Gazette</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml"></head><body>Home</body></html>`)
	})
	mux.HandleFunc("/data.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `{"not": "a feed"}`)
	})
	return mux
}

func TestFeedArticles(t *testing.T) {
	site := &feedSite{}
	srv := httptest.NewServer(site.handler())
	defer srv.Close()
	f, _ := newTestFetcher(t, Options{})
	feedURL := hostURL(t, srv.URL, "news.test", "/rss.xml")
	ctx := context.Background()

	pages, st, err := FeedArticles(ctx, f, feedURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 4 {
		t.Fatalf("first poll: %d pages, want 4", len(pages))
	}
	byGUID := map[string]Page{}
	for _, p := range pages {
		byGUID[p.GUID] = p
	}

	full := byGUID["urn:story:1"]
	if full.FullText || full.Format != "feed" || full.Note != "" {
		t.Errorf("entry 1: FullText=%v Format=%q Note=%q, want the feed's own content", full.FullText, full.Format, full.Note)
	}
	if full.Title != "Council approves bridge & road plan" || full.Author != "Ana Ortiz" || full.Outlet != "The Riverside Gazette" {
		t.Errorf("entry 1: title %q author %q outlet %q", full.Title, full.Author, full.Outlet)
	}
	if !strings.Contains(full.Text, "Second paragraph") || strings.Contains(full.Text, "track()") || strings.Contains(full.Text, "<p>") {
		t.Errorf("entry 1 text = %q, want paragraphs without markup or script", full.Text)
	}
	if want := time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC); !full.Published.Equal(want) {
		t.Errorf("entry 1 published = %v, want %v", full.Published, want)
	}
	if full.Language != "en" {
		t.Errorf("entry 1 language = %q, want en", full.Language)
	}

	summary := byGUID["urn:story:2"]
	if !summary.FullText || summary.Format != "html" {
		t.Errorf("entry 2: FullText=%v Format=%q Note=%q, want the page's text", summary.FullText, summary.Format, summary.Note)
	}
	if !strings.Contains(summary.Text, "Work on the flood wall") || !strings.Contains(summary.Text, "Residents") {
		t.Errorf("entry 2 text misses the article body: %q", summary.Text)
	}
	for _, junk := range []string{"Most read", "Other story one", "Copyright"} {
		if strings.Contains(summary.Text, junk) {
			t.Errorf("entry 2 text contains page furniture %q", junk)
		}
	}
	if want := hostURL(t, srv.URL, "news.test", "/article/2"); summary.URL != want {
		t.Errorf("entry 2 URL = %q, want the relative link made absolute, %q", summary.URL, want)
	}
	if summary.Outlet != "Riverside Gazette" {
		t.Errorf("entry 2 outlet = %q, want the page's site name", summary.Outlet)
	}

	gone := byGUID["urn:story:3"]
	if gone.FullText || gone.Text != "The summary of a page that is gone." || !strings.Contains(gone.Note, "404") {
		t.Errorf("entry 3: FullText=%v Text=%q Note=%q, want the summary and a note naming the 404", gone.FullText, gone.Text, gone.Note)
	}
	private := byGUID["urn:story:private"]
	if private.FullText || !strings.Contains(private.Note, "refused: 10.0.0.5 is a private address") {
		t.Errorf("private entry: FullText=%v Note=%q, want the summary and the refusal", private.FullText, private.Note)
	}

	if st.ETag != `"feed-v1"` || st.Title != "The Riverside Gazette" || len(st.Seen) != 4 {
		t.Errorf("state = %+v, want ETag \"feed-v1\", the title and 4 seen entries", st)
	}

	// Second poll: the server answers 304; nothing new, state unchanged.
	pages2, st2, err := FeedArticles(ctx, f, feedURL, st)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages2) != 0 || st2.ETag != st.ETag || len(st2.Seen) != 4 {
		t.Errorf("second poll: %d pages, state %+v; want none and the same state", len(pages2), st2)
	}

	// Third poll: a new entry appears; only it is returned.
	site.mu.Lock()
	site.extra = true
	site.mu.Unlock()
	pages3, st3, err := FeedArticles(ctx, f, feedURL, st2)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages3) != 1 || pages3[0].GUID != "urn:story:4" {
		t.Fatalf("third poll: %d pages (%+v), want only urn:story:4", len(pages3), pages3)
	}
	if st3.ETag != `"feed-v2"` || len(st3.Seen) != 5 || st3.Seen[0] != "urn:story:4" {
		t.Errorf("third state = %+v, want ETag \"feed-v2\" and 5 seen, newest first", st3)
	}
	if got := site.requests["/article/2"]; got != 1 {
		t.Errorf("/article/2 fetched %d times, want 1 (seen entries are not fetched again)", got)
	}
}

func TestFeedVariants(t *testing.T) {
	site := &feedSite{}
	srv := httptest.NewServer(site.handler())
	defer srv.Close()
	f, _ := newTestFetcher(t, Options{})
	ctx := context.Background()

	t.Run("atom in ISO-8859-1", func(t *testing.T) {
		pages, st, err := FeedArticles(ctx, f, hostURL(t, srv.URL, "news.test", "/atom.xml"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(pages) != 1 {
			t.Fatalf("%d pages, want 1", len(pages))
		}
		p := pages[0]
		if p.Title != "Straße gesperrt" || p.Author != "Jürg Müller" || st.Title != "Zürcher Blatt" {
			t.Errorf("title %q author %q feed %q, want the decoded ISO-8859-1 text", p.Title, p.Author, st.Title)
		}
		if p.Language != "de" || p.GUID != "tag:blatt,2026:1" || p.FullText {
			t.Errorf("language %q guid %q fulltext %v", p.Language, p.GUID, p.FullText)
		}
	})
	t.Run("charset only in the header", func(t *testing.T) {
		r := &FeedReader{Fetcher: f, SummaryWords: -1}
		pages, st, err := r.Articles(ctx, hostURL(t, srv.URL, "news.test", "/legacy.xml"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(pages) != 1 || pages[0].Title != "Naïve “quotes” – and dashes" || pages[0].Text != "Résumé of the day." || st.Title != "Café Times" {
			t.Errorf("pages %+v, feed title %q; want the windows-1252 text decoded", pages, st.Title)
		}
	})
	t.Run("discovered from a page", func(t *testing.T) {
		pages, st, err := FeedArticles(ctx, f, hostURL(t, srv.URL, "news.test", "/home"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(pages) != 4 || !strings.HasSuffix(st.URL, "/rss.xml") {
			t.Errorf("%d pages, state URL %q; want 4 and the discovered feed URL", len(pages), st.URL)
		}
	})
	t.Run("not a feed", func(t *testing.T) {
		_, _, err := FeedArticles(ctx, f, hostURL(t, srv.URL, "news.test", "/data.json"), nil)
		if !errors.Is(err, ErrNotFeed) {
			t.Errorf("error = %v, want ErrNotFeed", err)
		}
	})
	t.Run("page without a feed link", func(t *testing.T) {
		_, _, err := FeedArticles(ctx, f, hostURL(t, srv.URL, "news.test", "/article/9"), nil)
		if !errors.Is(err, ErrNotFeed) || !strings.Contains(err.Error(), "links to no RSS or Atom feed") {
			t.Errorf("error = %v, want ErrNotFeed saying the page links to no feed", err)
		}
	})
	t.Run("no page fetching", func(t *testing.T) {
		r := &FeedReader{Fetcher: f, SummaryWords: -1, MaxEntries: 2}
		pages, _, err := r.Articles(ctx, hostURL(t, srv.URL, "news.test", "/rss.xml"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(pages) != 2 {
			t.Fatalf("%d pages, want MaxEntries=2", len(pages))
		}
		for _, p := range pages {
			if p.FullText {
				t.Errorf("%s: FullText with SummaryWords < 0", p.GUID)
			}
		}
		// The two newest dated entries are kept.
		if pages[0].GUID != "urn:story:1" || pages[1].GUID != "urn:story:2" {
			t.Errorf("kept %s, %s; want urn:story:1, urn:story:2", pages[0].GUID, pages[1].GUID)
		}
	})
}

func TestFragmentText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain title", "Plain title"},
		{"Tom &amp; Jerry", "Tom & Jerry"},
		{"<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"a<br>b", "a\nb"},
		{"<p>Keep</p><script>var x = '<p>no</p>';</script><style>p{}</style>", "Keep"},
	}
	for _, tt := range tests {
		if got := fragmentText(tt.in); got != tt.want {
			t.Errorf("fragmentText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

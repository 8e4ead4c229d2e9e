package app

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/framelens/framelens/app/ingest/web"
)

const testPage = `<!doctype html><html lang="en"><head><title>Council passes budget - The Example Times</title>
<meta property="og:site_name" content="The Example Times"><link rel="canonical" href="https://example.com/budget">
</head><body><nav>Home | World | Sport</nav><article><h1>Council passes budget</h1>
<p>The city council passed the budget on Tuesday after a long debate about bus fares and library hours.</p>
<p>Officials said the plan would raise fares by ten cents, while critics say the so-called reform is a giveaway.</p>
<p>"We had no choice," the mayor told reporters after the vote, adding that the libraries would reopen in spring.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>`

const testFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title><link>http://wire.example/</link>
<item><title>Storm closes port</title><link>%[1]s/storm</link><guid>storm-1</guid>
<description>A storm closed the port on Monday, officials said, and ferries were cancelled until the wind drops below gale force.</description></item>
<item><title>Harbour reopens</title><link>%[1]s/harbour</link><guid>harbour-1</guid>
<description>The harbour reopened on Wednesday after the storm passed, the port authority said in a statement to local media.</description></item>
</channel></rss>`

func TestImportFromURLsAndFeeds(t *testing.T) {
	var base string
	mux := http.NewServeMux()
	mux.HandleFunc("/budget.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, testFeed, base)
	})
	mux.HandleFunc("/storm", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/harbour", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL
	db := testDBPath(t, "web.db")

	runWith := func(opts web.Options, args ...string) (string, string, int) {
		var out, errb bytes.Buffer
		e := &env{getenv: func(string) string { return "" }, stdin: strings.NewReader(""), stdout: &out, stderr: &errb, fetch: opts}
		err := runImport(context.Background(), e, args)
		code := 0
		if err != nil {
			code = 1
			errb.WriteString(err.Error())
		}
		return out.String(), errb.String(), code
	}
	loopback := netip.MustParseAddr("127.0.0.1")
	allowTest := web.Options{HostInterval: -1, AllowAddr: func(a netip.Addr) bool { return a == loopback }}

	out, errOut, code := runWith(allowTest, "--db", db, "--json", "--quiet", srv.URL+"/budget.html", "--feed", srv.URL+"/feed.xml")
	if code != 0 {
		t.Fatalf("import of a page and a feed: exit %d: %s", code, errOut)
	}
	s := decodeSummary(t, out)
	if s.Imported != 3 {
		t.Fatalf("imported %d, want 3 (one page, two feed entries): %+v", s.Imported, s)
	}
	exp, _, _ := run(t, "", "export", "--db", db)
	for _, want := range []string{`"title":"Council passes budget"`, `"outlet":"The Example Times"`, `"url":"https://example.com/budget"`, `"title":"Storm closes port"`} {
		if !strings.Contains(exp, want) {
			t.Errorf("export lacks %s:\n%s", want, exp)
		}
	}
	if strings.Contains(exp, "Subscribe to our newsletter") || strings.Contains(exp, "Home | World") {
		t.Errorf("page boilerplate was imported:\n%s", exp)
	}

	// Without the test's exception, loopback is refused, and the failure
	// names the URL.
	out, errOut, code = runWith(web.Options{}, "--db", db, "--json", "--quiet", srv.URL+"/budget.html")
	if code == 0 {
		t.Fatalf("a loopback URL was fetched: %s", out)
	}
	s = decodeSummary(t, out)
	if len(s.Failed) != 1 || s.Failed[0].Source != srv.URL+"/budget.html" || !strings.Contains(s.Failed[0].Error, "refused") {
		t.Fatalf("failures = %+v, want one refusal naming the URL", s.Failed)
	}
	if _, errOut, code := run(t, "", "import", "--db", db, "--feed", "ftp://example.com/x"); code != 2 || !strings.Contains(errOut, "not an http") {
		t.Fatalf("--feed with a non-web address: exit %d, %q", code, errOut)
	}
}

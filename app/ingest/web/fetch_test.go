package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// fakeResolver maps made-up host names to addresses, counting lookups.
type fakeResolver struct {
	mu      sync.Mutex
	answers map[string][][]netip.Addr // successive answers; the last repeats
	lookups map[string]int
}

func (r *fakeResolver) LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.lookups == nil {
		r.lookups = map[string]int{}
	}
	answers, ok := r.answers[host]
	if !ok {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	n := r.lookups[host]
	r.lookups[host]++
	if n >= len(answers) {
		n = len(answers) - 1
	}
	return answers[n], nil
}

var loopback = netip.MustParseAddr("127.0.0.1")

// newTestFetcher returns a Fetcher that may reach 127.0.0.1 (where httptest
// servers listen) and nothing else non-public, with "news.test" resolving
// there, and no politeness interval.
func newTestFetcher(t *testing.T, opts Options) (*Fetcher, *fakeResolver) {
	t.Helper()
	res := &fakeResolver{answers: map[string][][]netip.Addr{
		"news.test":     {{loopback}},
		"news2.test":    {{loopback}},
		"intranet.test": {{netip.MustParseAddr("10.0.0.5")}},
		"mixed.test":    {{loopback, netip.MustParseAddr("192.168.1.1")}},
		"meta.test":     {{netip.MustParseAddr("169.254.169.254")}},
		// rebind.test answers 127.0.0.1 first, then a loopback address the
		// rule refuses: the second connection must be refused.
		"rebind.test": {{loopback}, {netip.MustParseAddr("127.0.0.2")}},
	}}
	if opts.Resolver == nil {
		opts.Resolver = res
	}
	if opts.AllowAddr == nil {
		opts.AllowAddr = func(a netip.Addr) bool { return a == loopback || PublicAddr(a) }
	}
	if opts.HostInterval == 0 {
		opts.HostInterval = -1
	}
	return New(opts), res
}

// hostURL rewrites a test server URL to use host instead of 127.0.0.1.
func hostURL(t *testing.T, srvURL, host, path string) string {
	t.Helper()
	u, err := url.Parse(srvURL)
	if err != nil {
		t.Fatal(err)
	}
	u.Host = host + ":" + u.Port()
	u.Path = path
	return u.String()
}

func TestForbiddenReason(t *testing.T) {
	tests := []struct {
		addr string
		want string // substring of the reason; "" means allowed
	}{
		{"8.8.8.8", ""},
		{"93.184.216.34", ""},
		{"2606:4700::6810:84e5", ""},
		{"10.0.0.5", "private"},
		{"172.16.3.4", "private"},
		{"172.31.255.255", "private"},
		{"172.32.0.1", ""},
		{"192.168.0.1", "private"},
		{"127.0.0.1", "loopback"},
		{"127.255.0.9", "loopback"},
		{"0.0.0.0", "unspecified"},
		{"169.254.169.254", "cloud-metadata"},
		{"169.254.1.1", "link-local"},
		{"100.64.0.1", "carrier-grade NAT"},
		{"100.100.100.200", "cloud-metadata"},
		{"224.0.0.251", "multicast"},
		{"255.255.255.255", "reserved"},
		{"::1", "loopback"},
		{"::", "unspecified"},
		{"fe80::1", "link-local"},
		{"fd12:3456::1", "unique-local"},
		{"fd00:ec2::254", "cloud-metadata"},
		{"ff02::1", "multicast"},
		{"::ffff:10.0.0.1", "private"},
		{"::ffff:8.8.8.8", ""},
		{"64:ff9b::a00:1", "private address (inside a NAT64 address)"},
		{"64:ff9b::808:808", ""},
		{"2002:c0a8:0101::1", "private address (inside a 6to4 address)"},
		{"2001:db8::1", "documentation"},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			got := ForbiddenReason(netip.MustParseAddr(tt.addr))
			if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
				t.Errorf("ForbiddenReason(%s) = %q, want %q", tt.addr, got, tt.want)
			}
		})
	}
}

func TestFetchRefused(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, "secret")
	}))
	defer srv.Close()
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	f, _ := newTestFetcher(t, Options{})
	tests := []struct {
		url  string
		want string
	}{
		{"http://10.0.0.5/", "refused: 10.0.0.5 is a private address"},
		{"http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a cloud-metadata address"},
		{"http://[fd00:ec2::254]/latest/meta-data/", "refused: fd00:ec2::254 is a cloud-metadata address"},
		{fmt.Sprintf("http://127.0.0.2:%d/", port), "refused: 127.0.0.2 is a loopback address"},
		{fmt.Sprintf("http://[::1]:%d/", port), "refused: ::1 is a loopback address"},
		{"http://[::ffff:192.168.1.1]/", "refused: 192.168.1.1 is a private address"},
		{"http://0.0.0.0/", "refused: 0.0.0.0 is an unspecified"},
		{"http://intranet.test/", "refused: intranet.test (10.0.0.5) is a private address"},
		{"http://meta.test/", "refused: meta.test (169.254.169.254) is a cloud-metadata address"},
		{fmt.Sprintf("http://mixed.test:%d/", port), "refused: mixed.test (192.168.1.1) is a private address"},
		{"https://10.1.2.3/", "refused: 10.1.2.3 is a private address"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), tt.url, Conditional{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Fetch(%s) error = %v, want it to contain %q", tt.url, err, tt.want)
			}
			if !errors.Is(err, ErrRefused) {
				t.Errorf("errors.Is(err, ErrRefused) = false for %v", err)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the test server was reached %d times, want 0", n)
	}
}

func TestFetchBadURLs(t *testing.T) {
	f, _ := newTestFetcher(t, Options{})
	tests := []struct {
		url, want string
	}{
		{"file:///etc/passwd", "only http and https"},
		{"ftp://news.test/a", "only http and https"},
		{"gopher://news.test/", "only http and https"},
		{"javascript:alert(1)", "only http and https"},
		{"http://user:pw@news.test/", "user name or password"},
		{"http:///nohost", "no host"},
		{"http://nosuch.test/", "no such host"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), tt.url, Conditional{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Fetch(%s) error = %v, want it to contain %q", tt.url, err, tt.want)
			}
		})
	}
}

func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/iam/", http.StatusFound)
	})
	mux.HandleFunc("/to-private-name", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://intranet.test/admin", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-loopback6", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://[::1]/", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/chain/"), "%d", &n)
		if n == 0 {
			fmt.Fprint(w, "arrived")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f, _ := newTestFetcher(t, Options{})
	tests := []struct {
		path    string
		want    string // error substring; "" for success
		wantErr error
	}{
		{"/to-metadata", "refused: 169.254.169.254 is a cloud-metadata address", ErrRefused},
		{"/to-private-name", "refused: intranet.test (10.0.0.5) is a private address", ErrRefused},
		{"/to-loopback6", "refused: ::1 is a loopback address", ErrRefused},
		{"/to-file", "only http and https", ErrScheme},
		{"/chain/5", "", nil},
		{"/chain/6", "too many redirects (more than 5)", ErrTooManyRedirects},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := f.Fetch(context.Background(), hostURL(t, srv.URL, "news.test", tt.path), Conditional{})
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Fetch error = %v, want none", err)
				}
				if got := string(resp.Body); got != "arrived" {
					t.Errorf("body = %q, want %q", got, "arrived")
				}
				if !strings.HasSuffix(resp.URL, "/chain/0") {
					t.Errorf("final URL = %q, want it to end in /chain/0", resp.URL)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Fetch error = %v, want it to contain %q", err, tt.want)
			}
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.wantErr)
			}
		})
	}
}

func TestFetchDNSRebinding(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Connection", "close") // each fetch dials anew
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	f, res := newTestFetcher(t, Options{})
	u := hostURL(t, srv.URL, "rebind.test", "/")
	if _, err := f.Fetch(context.Background(), u, Conditional{}); err != nil {
		t.Fatalf("first fetch error = %v, want none", err)
	}
	_, err := f.Fetch(context.Background(), u, Conditional{})
	if want := "refused: rebind.test (127.0.0.2) is a loopback address"; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("second fetch error = %v, want it to contain %q", err, want)
	}
	if got := res.lookups["rebind.test"]; got != 2 {
		t.Errorf("lookups = %d, want 2 (one per connection)", got)
	}
}

func TestFetchLimits(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		// Headers, then a trickle that never ends.
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		for {
			if _, err := w.Write([]byte("<p>")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	})
	mux.HandleFunc("/silent", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // never answers
	})
	mux.HandleFunc("/gigabytes", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("a"), 64<<10)
		for i := 0; i < 1<<14; i++ { // 1 GiB unless the client hangs up
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/lying-length", func(w http.ResponseWriter, r *http.Request) {
		// Claims 5 GB in Content-Length and sends 2 MB before hanging up:
		// the limit must be counted while reading, not taken from the header.
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		defer conn.Close()
		buf.WriteString("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5000000000\r\n\r\n")
		buf.Write(bytes.Repeat([]byte("b"), 2<<20))
		buf.Flush()
	})
	mux.HandleFunc("/gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zero := make([]byte, 1<<20)
		for i := 0; i < 8; i++ {
			zw.Write(zero)
		}
		zw.Close()
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/plain")
		w.Write(buf.Bytes())
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f, _ := newTestFetcher(t, Options{Timeout: 300 * time.Millisecond, MaxBytes: 1 << 20})
	tests := []struct {
		path    string
		wantErr error
		want    string
	}{
		{"/endless", ErrTimeout, "timed out after 300ms"},
		{"/silent", ErrTimeout, "timed out after 300ms"},
		{"/gigabytes", ErrTooLarge, "more than 1 MB"},
		{"/gzip-bomb", ErrTooLarge, "more than 1 MB"},
		{"/lying-length", ErrTooLarge, "more than 1 MB"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := f.Fetch(context.Background(), hostURL(t, srv.URL, "news.test", tt.path), Conditional{})
			if err == nil {
				t.Fatalf("Fetch returned %d bytes and no error, want %v", len(resp.Body), tt.wantErr)
			}
			if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Fetch error = %v, want %v containing %q", err, tt.wantErr, tt.want)
			}
		})
	}
}

func TestFetchConditionalAndStatus(t *testing.T) {
	var gotUA, gotINM, gotIMS string
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		gotINM, gotIMS = r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Sat, 21 Nov 2026 10:00:00 GMT")
		if gotINM == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, "<rss/>")
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no", http.StatusNotFound)
	})
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f, _ := newTestFetcher(t, Options{UserAgent: UserAgent("1.2.3")})
	u := hostURL(t, srv.URL, "news.test", "/feed")
	first, err := f.Fetch(context.Background(), u, Conditional{})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || first.ETag != `"v1"` || string(first.Body) != "<rss/>" {
		t.Errorf("first = %+v, want 200 with ETag \"v1\" and the body", first)
	}
	if want := "Framelens/1.2.3 (+offline news-framing tool)"; gotUA != want {
		t.Errorf("User-Agent = %q, want %q", gotUA, want)
	}
	second, err := f.Fetch(context.Background(), u, Conditional{ETag: first.ETag, LastModified: first.LastModified})
	if err != nil {
		t.Fatal(err)
	}
	if !second.NotModified || second.Status != 304 || len(second.Body) != 0 {
		t.Errorf("second = %+v, want NotModified", second)
	}
	if gotINM != `"v1"` || gotIMS != "Sat, 21 Nov 2026 10:00:00 GMT" {
		t.Errorf("conditional headers = %q, %q, want the first response's validators", gotINM, gotIMS)
	}
	_, err = f.Fetch(context.Background(), hostURL(t, srv.URL, "news.test", "/gone"), Conditional{})
	if !errors.Is(err, ErrStatus) || !strings.Contains(err.Error(), "404 Not Found") {
		t.Errorf("Fetch(/gone) error = %v, want ErrStatus naming 404 Not Found", err)
	}
	_, err = f.Fetch(context.Background(), hostURL(t, srv.URL, "news.test", "/busy"), Conditional{})
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 429 || se.RetryAfter != time.Hour {
		t.Errorf("Fetch(/busy) error = %#v, want a 429 StatusError with RetryAfter 1h", err)
	}
}

func TestFetchPoliteness(t *testing.T) {
	var inFlight, maxInFlight atomic.Int32
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := maxInFlight.Load()
			if n <= m || maxInFlight.CompareAndSwap(m, n) {
				break
			}
		}
		if r.URL.Path == "/slow" {
			<-release
		}
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()

	// One request at a time per host: five concurrent fetches of a slow
	// page, released one by one, never overlap at the server.
	f, _ := newTestFetcher(t, Options{})
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := f.Fetch(context.Background(), hostURL(t, srv.URL, "news.test", "/slow"), Conditional{}); err != nil {
				t.Error(err)
			}
		}()
	}
	for i := 0; i < 5; i++ {
		release <- struct{}{}
	}
	wg.Wait()
	if got := maxInFlight.Load(); got != 1 {
		t.Errorf("max concurrent requests to one host = %d, want 1", got)
	}

	// The interval: with a frozen clock, the second request to a host waits
	// the whole interval; a request to another host does not wait.
	g, _ := newTestFetcher(t, Options{HostInterval: 2 * time.Second})
	frozen := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	g.now = func() time.Time { return frozen }
	var slept []time.Duration
	g.sleep = func(ctx context.Context, d time.Duration) error { slept = append(slept, d); return nil }
	for _, host := range []string{"news.test", "news.test", "news2.test"} {
		if _, err := g.Fetch(context.Background(), hostURL(t, srv.URL, host, "/"), Conditional{}); err != nil {
			t.Fatal(err)
		}
	}
	if len(slept) != 1 || slept[0] != 2*time.Second {
		t.Errorf("politeness waits = %v, want [2s]", slept)
	}
}

func TestResponseTextAndSniff(t *testing.T) {
	win1252, _ := charmap.Windows1252.NewEncoder().String("<p>Café – “quoted” naïve</p>")
	latin1Meta, _ := charmap.ISO8859_1.NewEncoder().String(`<html><head><meta charset="iso-8859-1"><title>Zürich</title></head><body>Straße</body></html>`)
	koi8, _ := charmap.KOI8R.NewEncoder().String(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>Привет мир</body></html>`)
	sjis, _ := japanese.ShiftJIS.NewEncoder().String("<html><body>東京のニュース</body></html>")
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00")
	tests := []struct {
		name        string
		contentType string
		body        []byte
		wantKind    string
		want        string // substring of Text(); "" with wantErr
		wantErr     error
	}{
		{"utf8", "text/html; charset=utf-8", []byte("<p>Café “quoted”</p>"), KindHTML, "Café “quoted”", nil},
		{"windows-1252 in header", "text/html; charset=windows-1252", []byte(win1252), KindHTML, "Café – “quoted” naïve", nil},
		{"latin1 in meta", "text/html", []byte(latin1Meta), KindHTML, "Zürich</title></head><body>Straße", nil},
		{"koi8-r in http-equiv", "text/html", []byte(koi8), KindHTML, "Привет мир", nil},
		{"shift_jis in header", "text/html; charset=Shift_JIS", []byte(sjis), KindHTML, "東京のニュース", nil},
		{"utf8 BOM, no charset", "text/html", append([]byte("\ufeff"), []byte("<p>naïve</p>")...), KindHTML, "<p>naïve</p>", nil},
		{"png served as html", "text/html; charset=utf-8", png, KindBinary, "", ErrNotText},
		{"gzip served as text", "text/plain", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"), KindBinary, "", ErrNotText},
		{"html served as octet-stream", "application/octet-stream", []byte("<!DOCTYPE html><html><body>hi</body></html>"), KindHTML, "hi", nil},
		{"rss served as text/html", "text/html", []byte(`<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`), KindFeed, "<channel>", nil},
		{"atom served as text/plain", "text/plain", []byte(`<?xml version="1.0" encoding="utf-8"?>` + "\n<!-- generator -->\n" + `<feed xmlns="http://www.w3.org/2005/Atom"></feed>`), KindFeed, "<feed", nil},
		{"json feed served as json", "application/json", []byte(`{"version": "https://jsonfeed.org/version/1.1", "items": []}`), KindFeed, "jsonfeed", nil},
		{"json served as rss", "application/rss+xml", []byte(`{"not": "a feed"}`), KindText, "not", nil},
		{"plain text served as html", "text/html", []byte("just words, no markup"), KindText, "just words", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Response{URL: "http://news.test/x", ContentType: tt.contentType, Body: tt.body}
			if got := r.Sniff(); got != tt.wantKind {
				t.Errorf("Sniff() = %q, want %q", got, tt.wantKind)
			}
			got, err := r.Text()
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Text() error = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Text() error = %v", err)
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("Text() = %q, want it to contain %q", got, tt.want)
			}
		})
	}
}

// TestDefaultRules uses the real resolver and the default address rule:
// every spelling of the local machine is refused and the local server is
// never reached.
func TestDefaultRules(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
	}))
	defer srv.Close()
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	f := New(Options{Timeout: 5 * time.Second})
	for _, host := range []string{"localhost", "127.0.0.1", "127.1", "0x7f000001", "2130706433", "017700000001", "[::1]", "[::ffff:127.0.0.1]", "0"} {
		u := fmt.Sprintf("http://%s:%d/", host, port)
		if _, err := f.Fetch(context.Background(), u, Conditional{}); err == nil {
			t.Errorf("Fetch(%s) succeeded, want an error", u)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the local server was reached %d times, want 0", n)
	}
	if _, err := f.Fetch(context.Background(), fmt.Sprintf("http://localhost:%d/", port), Conditional{}); !errors.Is(err, ErrRefused) {
		t.Errorf("localhost: error = %v, want ErrRefused", err)
	}
}

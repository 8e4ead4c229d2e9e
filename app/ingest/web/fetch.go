package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Defaults of Options fields left zero.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxBytes     = 10 << 20
	DefaultMaxRedirects = 5
	DefaultHostInterval = time.Second
)

// The kinds of fetch failure; test them with errors.Is.
var (
	ErrRefused           = errors.New("refused address")
	ErrScheme            = errors.New("only http and https URLs can be fetched")
	ErrTooLarge          = errors.New("response over the size limit")
	ErrTooManyRedirects  = errors.New("too many redirects")
	ErrTimeout           = errors.New("timed out")
	ErrStatus            = errors.New("unsuccessful HTTP status")
	ErrNotText           = errors.New("not a text document")
	errUnresolvable      = errors.New("host has no address")
	errRedirectForbidden = errors.New("redirect refused")
)

// Resolver looks up the addresses of a host. *net.Resolver implements it.
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// Options configure a Fetcher. The zero value is ready to use with the
// defaults above.
type Options struct {
	// UserAgent identifies the fetcher; "Framelens/dev (+offline
	// news-framing tool)" when empty. Use UserAgent(version) to build it.
	UserAgent string
	// Timeout bounds one Fetch from the first connection to the last byte of
	// the body, redirects included.
	Timeout time.Duration
	// MaxBytes bounds the body, counted while reading (after transparent
	// gzip decoding), whatever Content-Length says.
	MaxBytes int64
	// MaxRedirects bounds the redirects followed by one Fetch.
	MaxRedirects int
	// HostInterval is the least time between the end of one request to a
	// host and the start of the next. Requests to one host never overlap.
	// A negative value means no interval.
	HostInterval time.Duration
	// Resolver resolves host names; net.DefaultResolver when nil. Tests
	// inject one that maps made-up names to local test servers.
	Resolver Resolver
	// AllowAddr decides which resolved addresses may be connected to;
	// PublicAddr when nil. It is checked on every connection, after DNS
	// resolution, so redirects and DNS rebinding cannot reach a refused
	// address. Tests allow their own 127.0.0.1 server and nothing else.
	AllowAddr func(netip.Addr) bool
}

// UserAgent returns the User-Agent string for a Framelens version.
func UserAgent(version string) string {
	if version == "" {
		version = "dev"
	}
	return "Framelens/" + version + " (+offline news-framing tool)"
}

// Conditional carries the validators of an earlier response, so the server
// can answer 304 Not Modified instead of sending the same body again.
type Conditional struct {
	ETag, LastModified string
}

// Response is a fetched document.
type Response struct {
	URL          string // the final URL, after redirects
	Status       int
	NotModified  bool // 304: the Conditional validators still hold; Body is empty
	ETag         string
	LastModified string
	ContentType  string // as the server declared it (may be wrong: see Sniff)
	Body         []byte // raw bytes, at most Options.MaxBytes
}

// Fetcher fetches documents from the public web safely: it refuses
// non-public addresses on every connection, bounds redirects, time and size,
// sends a clear User-Agent, and is polite to each host (one request at a time
// and a minimum interval). It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client

	mu    sync.Mutex
	hosts map[string]*hostGate

	// now and sleep are the clock used for host politeness; tests replace
	// them.
	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error
}

// hostGate serializes requests to one host and remembers when the last one
// ended.
type hostGate struct {
	token chan struct{}
	last  time.Time
}

// New returns a Fetcher with opts.
func New(opts Options) *Fetcher {
	if opts.UserAgent == "" {
		opts.UserAgent = UserAgent("")
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.HostInterval == 0 {
		opts.HostInterval = DefaultHostInterval
	}
	if opts.Resolver == nil {
		opts.Resolver = net.DefaultResolver
	}
	if opts.AllowAddr == nil {
		opts.AllowAddr = PublicAddr
	}
	f := &Fetcher{
		opts:  opts,
		hosts: map[string]*hostGate{},
		now:   time.Now,
		sleep: sleepCtx,
	}
	dialer := &net.Dialer{
		Timeout:   10 * time.Second,
		KeepAlive: 30 * time.Second,
		// Control sees the address actually being connected to, whatever
		// resolved it: a second check under the one in dial.
		Control: func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("refused: cannot parse address %q", address)
			}
			return f.check("", ap.Addr())
		},
	}
	transport := &http.Transport{
		// No proxy: a proxy from the environment would be connected to
		// instead of the checked address.
		Proxy: nil,
		DialContext: func(ctx context.Context, network, address string) (net.Conn, error) {
			return f.dial(ctx, dialer, network, address)
		},
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           16,
		MaxIdleConnsPerHost:    2,
		IdleConnTimeout:        60 * time.Second,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  opts.Timeout,
		MaxResponseHeaderBytes: 1 << 20,
	}
	f.client = &http.Client{
		Transport: &politeTransport{f: f, base: transport},
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, opts.MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("%w to %s: %w", errRedirectForbidden, req.URL.Redacted(), ErrScheme)
			}
			return nil
		},
	}
	return f
}

// check returns a RefusedError when the fetcher may not connect to a.
func (f *Fetcher) check(host string, a netip.Addr) error {
	a = a.Unmap()
	if f.opts.AllowAddr(a) {
		return nil
	}
	reason := ForbiddenReason(a)
	if reason == "" {
		reason = "not an allowed address"
	}
	return &RefusedError{Host: host, Addr: a, Reason: reason}
}

// dial resolves address's host, refuses the connection if any of its
// addresses is refused (a name that mixes public and private addresses is
// not trusted), then connects to the checked addresses themselves, so a
// second DNS answer (rebinding) is never used.
func (f *Fetcher) dial(ctx context.Context, d *net.Dialer, network, address string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(address)
	if err != nil {
		return nil, err
	}
	var addrs []netip.Addr
	name := host // named in refusals; "" for an address literal
	if a, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		addrs = []netip.Addr{a.WithZone("")}
		name = ""
	} else {
		addrs, err = f.opts.Resolver.LookupNetIP(ctx, "ip", host)
		if err != nil {
			return nil, fmt.Errorf("resolve %s: %w", host, err)
		}
		if len(addrs) == 0 {
			return nil, fmt.Errorf("resolve %s: %w", host, errUnresolvable)
		}
	}
	for _, a := range addrs {
		if err := f.check(name, a); err != nil {
			return nil, err
		}
	}
	var firstErr error
	for _, a := range addrs {
		conn, err := d.DialContext(ctx, network, net.JoinHostPort(a.Unmap().String(), port))
		if err == nil {
			return conn, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, firstErr
}

// Fetch gets rawURL with GET, following at most Options.MaxRedirects
// redirects, and returns the final response. With validators in cond it
// makes a conditional request and reports 304 as NotModified. A status other
// than 2xx or 304 is an error matching ErrStatus; so is a refused address
// (ErrRefused), a body over the size limit (ErrTooLarge), a timeout
// (ErrTimeout) or a non-HTTP URL (ErrScheme).
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, cond Conditional) (*Response, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, fmt.Errorf("fetch: bad URL %q: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), ErrScheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("fetch %s: URL has no host", u.Redacted())
	}
	if u.User != nil {
		return nil, fmt.Errorf("fetch %s: URLs with a user name or password are not fetched", u.Redacted())
	}
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.explain(u, err)
	}
	defer resp.Body.Close()
	out := &Response{
		URL:          resp.Request.URL.String(),
		Status:       resp.StatusCode,
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		ContentType:  resp.Header.Get("Content-Type"),
	}
	if resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = cond.ETag
		}
		if out.LastModified == "" {
			out.LastModified = cond.LastModified
		}
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return out, &StatusError{URL: u.Redacted(), Code: resp.StatusCode, Status: resp.Status,
			RetryAfter: retryAfter(resp.Header.Get("Retry-After"), f.now())}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return nil, f.explain(u, err)
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return nil, fmt.Errorf("fetch %s: %w: more than %s", u.Redacted(), ErrTooLarge, byteSize(f.opts.MaxBytes))
	}
	out.Body = body
	return out, nil
}

// StatusError is an unsuccessful HTTP status. It matches ErrStatus with
// errors.Is.
type StatusError struct {
	URL        string
	Code       int
	Status     string        // "404 Not Found"
	RetryAfter time.Duration // from a Retry-After header (429, 503), 0 if none
}

// Error returns "fetch URL: unsuccessful HTTP status: the server answered
// 404 Not Found".
func (e *StatusError) Error() string {
	return fmt.Sprintf("fetch %s: %v: the server answered %s", e.URL, ErrStatus, e.Status)
}

// Is makes errors.Is(err, ErrStatus) true.
func (e *StatusError) Is(target error) bool { return target == ErrStatus }

// retryAfter parses a Retry-After value, in seconds or as an HTTP date,
// into a wait from now; 0 when absent or invalid.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.Atoi(v); err == nil {
		if secs <= 0 {
			return 0
		}
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// explain turns a client error into one message a user can act on, keeping
// the kind for errors.Is.
func (f *Fetcher) explain(u *url.URL, err error) error {
	var refused *RefusedError
	switch {
	case errors.As(err, &refused):
		return fmt.Errorf("fetch %s: %w", u.Redacted(), refused)
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return fmt.Errorf("fetch %s: %w after %s", u.Redacted(), ErrTimeout, f.opts.Timeout)
	case errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrScheme):
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	return fmt.Errorf("fetch %s: %w", u.Redacted(), err)
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// byteSize formats a limit for messages: "10 MB", "512 KB", "100 bytes".
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// MediaType returns the declared media type without parameters,
// lowercased ("text/html"), or "" when none was declared.
func (r *Response) MediaType() string {
	mt, _, err := mime.ParseMediaType(r.ContentType)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.SplitN(r.ContentType, ";", 2)[0]))
	}
	return mt
}

// politeTransport lets one request at a time go to each host and spaces
// them by Options.HostInterval. The slot is held until the response body is
// closed, so reading a slow body still counts as using the host.
type politeTransport struct {
	f    *Fetcher
	base http.RoundTripper
}

func (t *politeTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	g := t.f.gate(req.URL.Host)
	ctx := req.Context()
	select {
	case g.token <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() {
		g.last = t.f.now()
		<-g.token
	}
	if t.f.opts.HostInterval > 0 && !g.last.IsZero() {
		if wait := g.last.Add(t.f.opts.HostInterval).Sub(t.f.now()); wait > 0 {
			if err := t.f.sleep(ctx, wait); err != nil {
				release()
				return nil, err
			}
		}
	}
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		release()
		return nil, err
	}
	resp.Body = &releaseBody{ReadCloser: resp.Body, release: release}
	return resp, nil
}

// gate returns the politeness gate of host (host:port as in the URL).
func (f *Fetcher) gate(host string) *hostGate {
	f.mu.Lock()
	defer f.mu.Unlock()
	g := f.hosts[host]
	if g == nil {
		g = &hostGate{token: make(chan struct{}, 1)}
		f.hosts[host] = g
	}
	return g
}

// releaseBody frees the host slot when the body is closed, once.
type releaseBody struct {
	io.ReadCloser
	once    sync.Once
	release func()
}

func (b *releaseBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(b.release)
	return err
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

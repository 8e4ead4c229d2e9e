package app

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/app/ingest/web"
	"github.com/framelens/framelens/assets"
	"github.com/framelens/framelens/store"
)

// The security model (docs/SECURITY.md): viewing is open unless a viewer
// password is set; every change from the web (import, lexicon edits,
// deletes, rescore) needs the admin password, and with none set the web
// refuses every change. Sessions live in the database under the SHA-256 of
// their random 256-bit ID; each carries its own CSRF token, checked on every
// unsafe request.

// Roles of a session.
const (
	roleAdmin  = "admin"
	roleViewer = "viewer"
)

const (
	sessionCookie = "framelens_session"
	loginCookie   = "framelens_login" // double-submit CSRF token of the login form, before any session
	adminSession  = 12 * time.Hour    // a working day; then log in again
	viewerSession = 30 * 24 * time.Hour
	csrfField     = "csrf"
	csrfHeader    = "X-CSRF-Token"
)

// Login rate limiting: failures are counted per client network (IPv4
// address, IPv6 /64). The first freeFailures cost nothing; after that each
// attempt must wait a delay doubling from one second up to maxLoginDelay
// since the last failure, and attempts made sooner are answered 429 without
// checking the password. Failures older than failureWindow are forgotten.
// Nothing ever locks out: a classroom behind one NAT address whose students
// mistype the viewer password waits at most maxLoginDelay. The counts are
// rows of the database (login_failures), so replicas behind one load
// balancer share them: three replicas give an attacker no more attempts
// than one.
const (
	freeFailures  = 5
	maxLoginDelay = 30 * time.Second
	failureWindow = 15 * time.Minute
)

// viewerExempt are the paths a viewer password does not guard: logging in,
// the static files the login page needs, health checks, and /join, where
// students enter a class exercise with a class code and no password.
var viewerExempt = []string{"/login", "/logout", "/static/", "/healthz", "/readyz", "/join", "/favicon.ico"}

// security is the web's access configuration and state.
type security struct {
	adminHash  [32]byte // SHA-256 of the admin password; compared in constant time
	hasAdmin   bool
	viewerHash [32]byte
	hasViewer  bool
	excerpts   bool // public instance: article texts as highlighted excerpts only
	limits     uploadLimits
	now        func() time.Time
	// proxies are the reverse proxies whose X-Forwarded-For is believed
	// (--trusted-proxy); none by default.
	proxies []*net.IPNet
}

// uploadLimits bound what the web import accepts.
type uploadLimits struct {
	request int64 // bytes of one request (all files and fields)
	file    int64 // bytes of one file
	files   int   // files in one request
}

// Default limits: an upload page for a teacher's handful of articles or a
// modest CSV; bulk loads belong to "framelens import".
const (
	defaultMaxUpload = 32 << 20
	defaultMaxFile   = 16 << 20
	defaultMaxFiles  = 50
)

func newSecurity() *security {
	return &security{now: time.Now,
		limits: uploadLimits{request: defaultMaxUpload, file: defaultMaxFile, files: defaultMaxFiles}}
}

// setAdminPassword sets (or, with "", clears) the admin password.
func (sec *security) setAdminPassword(pw string) {
	sec.hasAdmin, sec.adminHash = pw != "", sha256.Sum256([]byte(pw))
}

// setViewerPassword sets (or, with "", clears) the viewer password.
func (sec *security) setViewerPassword(pw string) {
	sec.hasViewer, sec.viewerHash = pw != "", sha256.Sum256([]byte(pw))
}

// checkPassword compares pw with the role's password in constant time
// (hashing first makes the comparison independent of the lengths too).
func (sec *security) checkPassword(role, pw string) bool {
	h := sha256.Sum256([]byte(pw))
	switch role {
	case roleAdmin:
		return sec.hasAdmin && subtle.ConstantTimeCompare(h[:], sec.adminHash[:]) == 1
	case roleViewer:
		return sec.hasViewer && subtle.ConstantTimeCompare(h[:], sec.viewerHash[:]) == 1
	}
	return false
}

// loadSecurity reads the web's access settings from the environment: the
// passwords (or their _FILE variants), excerpts-only mode and the upload
// limits. Invalid values fail at start.
func loadSecurity(e *env, log *slog.Logger) (*security, error) {
	sec := newSecurity()
	admin, err := e.secretValue("FRAMELENS_ADMIN_PASSWORD")
	if err != nil {
		return nil, err
	}
	viewer, err := e.secretValue("FRAMELENS_VIEWER_PASSWORD")
	if err != nil {
		return nil, err
	}
	if admin != "" && admin == viewer {
		return nil, errors.New("FRAMELENS_VIEWER_PASSWORD is the same as FRAMELENS_ADMIN_PASSWORD: viewers would be admins; choose another")
	}
	if admin != "" && len(admin) < 12 {
		log.Warn("the admin password is shorter than 12 characters: anyone who can reach the server can guess it more easily")
	}
	sec.setAdminPassword(admin)
	sec.setViewerPassword(viewer)
	switch v := strings.ToLower(e.getenv("FRAMELENS_EXCERPTS")); v {
	case "", "0", "false", "no", "off":
	case "1", "true", "yes", "on":
		sec.excerpts = true
	default:
		return nil, fmt.Errorf("FRAMELENS_EXCERPTS=%q: want 1 or 0", v)
	}
	for _, l := range []struct {
		key string
		dst *int64
	}{{"FRAMELENS_MAX_UPLOAD", &sec.limits.request}, {"FRAMELENS_MAX_FILE", &sec.limits.file}} {
		if v := e.getenv(l.key); v != "" {
			n, err := parseSize(v)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", l.key, err)
			}
			*l.dst = n
		}
	}
	if v := e.getenv("FRAMELENS_MAX_FILES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("FRAMELENS_MAX_FILES=%q: want a positive number", v)
		}
		sec.limits.files = n
	}
	if sec.limits.file > sec.limits.request {
		return nil, fmt.Errorf("FRAMELENS_MAX_FILE (%s) is larger than FRAMELENS_MAX_UPLOAD (%s): one file could never be uploaded",
			humanBytes(sec.limits.file), humanBytes(sec.limits.request))
	}
	if !sec.hasAdmin {
		log.Info("no admin password set: changes from the web are refused (set FRAMELENS_ADMIN_PASSWORD or FRAMELENS_ADMIN_PASSWORD_FILE)")
	}
	return sec, nil
}

// newToken returns a random 256-bit token, base64url without padding.
func newToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic("crypto/rand: " + err.Error()) // never fails on supported systems
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// hashToken is what the database stores for a session ID.
func hashToken(tok string) string {
	h := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(h[:])
}

// sessionOf returns the request's valid session, or nil. The lookup is
// done once per request.
func (s *server) sessionOf(c *fiber.Ctx) *store.Session {
	if v, ok := c.Locals("session").(*store.Session); ok {
		if v.Role == "" {
			return nil // looked up before: no session
		}
		return v
	}
	var sess *store.Session
	if tok := c.Cookies(sessionCookie); len(tok) == 43 {
		st, err := s.db.Session(c.UserContext(), hashToken(tok), s.sec.now())
		if err == nil {
			sess = &st
		} else if !errors.Is(err, store.ErrNotFound) {
			s.log.Error("session lookup", "err", err)
		}
	}
	if sess == nil {
		sess = &store.Session{}
	}
	c.Locals("session", sess)
	if sess.Role == "" {
		return nil
	}
	return sess
}

// isAdmin reports whether the request comes from a logged-in admin.
func (s *server) isAdmin(c *fiber.Ctx) bool {
	sess := s.sessionOf(c)
	return sess != nil && sess.Role == roleAdmin
}

// canView reports whether the request may see the dashboard.
func (s *server) canView(c *fiber.Ctx) bool {
	return !s.sec.hasViewer || s.sessionOf(c) != nil
}

// secureRequest reports whether the client reached us over TLS, directly
// or through a proxy that says so (X-Forwarded-Proto: https). Trusting the
// header here only decides the cookie's Secure flag: a client that lies
// about it gets a cookie its browser will not send back over plain HTTP.
func secureRequest(c *fiber.Ctx) bool { return c.Protocol() == "https" }

func (s *server) setCookie(c *fiber.Ctx, name, value string, expires time.Time) {
	c.Cookie(&fiber.Cookie{Name: name, Value: value, Path: "/", Expires: expires, HTTPOnly: true,
		Secure: secureRequest(c), SameSite: fiber.CookieSameSiteStrictMode})
}

func (s *server) clearCookie(c *fiber.Ctx, name string) {
	c.Cookie(&fiber.Cookie{Name: name, Value: "", Path: "/", Expires: time.Unix(1, 0), MaxAge: -1, HTTPOnly: true,
		Secure: secureRequest(c), SameSite: fiber.CookieSameSiteStrictMode})
}

// unsafeMethod reports whether the request may change something.
func unsafeMethod(c *fiber.Ctx) bool {
	switch c.Method() {
	case fiber.MethodGet, fiber.MethodHead, fiber.MethodOptions:
		return false
	}
	return true
}

// guard runs before every route: it refuses cross-site unsafe requests,
// bounds the body of everything but uploads, and applies the viewer
// password.
func (s *server) guard(c *fiber.Ctx) error {
	if unsafeMethod(c) {
		if err := sameOrigin(c); err != nil {
			return err
		}
		if n := len(c.Request().Body()); n > bodyLimit && !isUploadPath(c.Path()) {
			return fiber.NewError(fiber.StatusRequestEntityTooLarge,
				fmt.Sprintf("The request is %s; this address accepts at most %s.", humanBytes(int64(n)), humanBytes(bodyLimit)))
		}
	}
	if s.canView(c) || viewerExemptPath(c.Path()) {
		return c.Next()
	}
	if strings.HasPrefix(c.Path(), "/api/") || !(c.Method() == fiber.MethodGet || c.Method() == fiber.MethodHead) {
		return fiber.NewError(fiber.StatusUnauthorized, "This Framelens instance is private: log in with the viewer password at /login.")
	}
	return c.Redirect("/login?as=viewer&next="+url.QueryEscape(localNext(string(c.Request().RequestURI()))), fiber.StatusSeeOther)
}

// sameOrigin refuses an unsafe request a browser marks as cross-site, or
// whose Origin names another host: a second line behind the CSRF tokens
// and SameSite=Strict cookies, which also covers forms with no session
// (the login form, and /join where students need no password).
//
// Browsers compute Sec-Fetch-Site themselves, so it holds behind any proxy.
// Only when it is missing (older browsers) is Origin compared with the host
// the request names: Host, or X-Forwarded-Host from a proxy (nginx, by
// default, sends the upstream's address as Host).
func sameOrigin(c *fiber.Ctx) error {
	refuse := fiber.NewError(fiber.StatusForbidden, "This form was sent from another site; changes are accepted only from this site's own pages.")
	switch c.Get("Sec-Fetch-Site") {
	case "same-origin", "none":
		return nil
	case "cross-site", "same-site":
		return refuse
	}
	o := c.Get(fiber.HeaderOrigin)
	if o == "" || o == "null" {
		return nil
	}
	u, err := url.Parse(o)
	if err != nil {
		return refuse
	}
	for _, h := range []string{c.Get(fiber.HeaderHost), c.Get(fiber.HeaderXForwardedHost)} {
		if h != "" && strings.EqualFold(u.Host, h) {
			return nil
		}
	}
	return refuse
}

func viewerExemptPath(p string) bool {
	for _, e := range viewerExempt {
		if p == strings.TrimSuffix(e, "/") || strings.HasPrefix(p, strings.TrimSuffix(e, "/")+"/") {
			return true
		}
	}
	return false
}

// localNext keeps a post-login redirect on this site: only a path starting
// with a single "/" is accepted.
func localNext(next string) string {
	if next == "" || next[0] != '/' || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") ||
		strings.ContainsAny(next, "\r\n") || strings.HasPrefix(next, "/login") || strings.HasPrefix(next, "/logout") {
		return "/"
	}
	return next
}

// errNoAdmin is the refusal of every change when no admin password is set.
var errNoAdmin = fiber.NewError(fiber.StatusForbidden,
	"Changes from the web are switched off on this instance: no admin password is set. "+
		"Import, edit the lexicon, delete and rescore with the framelens command line, "+
		"or set FRAMELENS_ADMIN_PASSWORD (or FRAMELENS_ADMIN_PASSWORD_FILE) and restart the server.")

// requireAdmin guards the admin routes: refused outright with no admin
// password, a login redirect (or 403 for changes) without an admin
// session, and a CSRF check on every unsafe request.
func (s *server) requireAdmin(c *fiber.Ctx) error {
	if !s.sec.hasAdmin {
		return errNoAdmin
	}
	if !s.isAdmin(c) {
		if unsafeMethod(c) || strings.HasPrefix(c.Path(), "/api/") {
			return fiber.NewError(fiber.StatusForbidden, "Log in as admin first: your session has ended or you are not logged in.")
		}
		return c.Redirect("/login?as=admin&next="+url.QueryEscape(localNext(string(c.Request().RequestURI()))), fiber.StatusSeeOther)
	}
	if unsafeMethod(c) && !isUploadPath(c.Path()) {
		if err := s.checkCSRF(c); err != nil {
			return err
		}
	}
	// Admin pages carry the session's CSRF token: never kept by a cache.
	c.Set(fiber.HeaderCacheControl, "no-store")
	return c.Next()
}

var errCSRF = fiber.NewError(fiber.StatusForbidden,
	"This form has no valid security token (it may be from an old page or another site). Reload the page and try again.")

// checkCSRF compares the request's token (form field or header) with its
// session's, in constant time.
func (s *server) checkCSRF(c *fiber.Ctx) error {
	sess := s.sessionOf(c)
	if sess == nil {
		return errCSRF
	}
	tok := c.Get(csrfHeader)
	if tok == "" {
		tok = c.FormValue(csrfField)
	}
	if tok == "" || subtle.ConstantTimeCompare([]byte(tok), []byte(sess.CSRF)) != 1 {
		return errCSRF
	}
	return nil
}

// csrfToken is the token the page's forms carry: the session's, or for a
// visitor without a session a double-submit token kept in its own cookie.
func (s *server) csrfToken(c *fiber.Ctx) string {
	if sess := s.sessionOf(c); sess != nil {
		return sess.CSRF
	}
	return s.loginToken(c)
}

// loginToken is the login form's CSRF token: a double-submit token in its
// own cookie, since the visitor may have no session (or one of another
// role) yet.
func (s *server) loginToken(c *fiber.Ctx) string {
	tok := c.Cookies(loginCookie)
	if len(tok) != 43 {
		tok = newToken()
		s.setCookie(c, loginCookie, tok, time.Time{})
	}
	return tok
}

// loginPage is the login form for the admin or the viewer password.
type loginPage struct {
	Page
	As       string // "admin" or "viewer"
	Next     string
	CSRF     string
	Error    string
	Disabled bool // no password of this kind is set
	LoggedIn string
	// SessionCSRF is the logged-in session's token, for the logout button.
	SessionCSRF string
}

func (s *server) handleLoginForm(c *fiber.Ctx) error {
	return s.renderLogin(c, "", fiber.StatusOK)
}

func (s *server) renderLogin(c *fiber.Ctx, msg string, status int) error {
	as := c.Query("as", c.FormValue("as"))
	if as != roleViewer {
		as = roleAdmin
	}
	title := "Admin login"
	if as == roleViewer {
		title = "Log in to view"
	}
	p := &loginPage{Page: s.basePage(c, title), As: as, Next: localNext(c.Query("next", c.FormValue("next"))),
		CSRF: s.loginToken(c), Error: msg}
	p.Section = "admin"
	p.Disabled = as == roleAdmin && !s.sec.hasAdmin || as == roleViewer && !s.sec.hasViewer
	if sess := s.sessionOf(c); sess != nil {
		p.LoggedIn, p.SessionCSRF = sess.Role, sess.CSRF
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	if err := s.render(c, "login", p); err != nil {
		return err
	}
	c.Status(status)
	return nil
}

// clientKey is the rate limiter's key for the request: the client's IPv4
// address, or the /64 network of an IPv6 address (one client usually holds
// a /64).
func (s *server) clientKey(c *fiber.Ctx) string {
	addr := s.sec.clientIP(c)
	ip := net.ParseIP(addr)
	if ip == nil {
		return addr
	}
	if v4 := ip.To4(); v4 != nil {
		return v4.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// clientIP is the address of the client that sent the request. It is the
// connection's peer, unless the peer is a trusted proxy (--trusted-proxy):
// then X-Forwarded-For is read from the right, each proxy having appended
// the address it received the request from, and the first address that is
// not itself a trusted proxy is the client. Whatever stands left of it may
// have been written by the client and is never believed, so a client
// cannot choose its own rate-limiter key. (Fiber's ProxyHeader reads the
// header's left-most address, which a proxy that appends, as nginx's
// $proxy_add_x_forwarded_for does, passes on from the client.) A forwarded
// header from a peer that is not a trusted proxy is ignored.
func (sec *security) clientIP(c *fiber.Ctx) string {
	peer := c.Context().RemoteIP()
	if !sec.trusted(peer) {
		return peer.String()
	}
	var hops []string // every X-Forwarded-For line, in order
	for _, v := range c.Request().Header.PeekAll(fiber.HeaderXForwardedFor) {
		hops = append(hops, strings.Split(string(v), ",")...)
	}
	for i := len(hops) - 1; i >= 0; i-- {
		ip := net.ParseIP(strings.TrimSpace(hops[i]))
		if ip == nil {
			break // a malformed hop: what stands left of it cannot be placed
		}
		if !sec.trusted(ip) {
			return ip.String()
		}
		peer = ip
	}
	// Only trusted proxies (or no header): the nearest of them is all we know.
	return peer.String()
}

// trusted reports whether ip is one of the trusted proxies.
func (sec *security) trusted(ip net.IP) bool {
	for _, n := range sec.proxies {
		if n.Contains(ip) {
			return true
		}
	}
	return false
}

// parseTrustedProxies reads --trusted-proxy: CIDR networks or single
// addresses, separated by commas.
func parseTrustedProxies(v string) ([]*net.IPNet, error) {
	var out []*net.IPNet
	for _, f := range strings.Split(v, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if !strings.Contains(f, "/") {
			ip := net.ParseIP(f)
			if ip == nil {
				return nil, fmt.Errorf("%q is not an IP address or CIDR network (such as 10.0.0.0/8)", f)
			}
			bits := 128
			if ip.To4() != nil {
				ip, bits = ip.To4(), 32
			}
			out = append(out, &net.IPNet{IP: ip, Mask: net.CIDRMask(bits, bits)})
			continue
		}
		_, n, err := net.ParseCIDR(f)
		if err != nil {
			return nil, fmt.Errorf("%q is not an IP address or CIDR network (such as 10.0.0.0/8)", f)
		}
		out = append(out, n)
	}
	return out, nil
}

func (s *server) handleLogin(c *fiber.Ctx) error {
	// The login form has no session yet: its CSRF token is the double-submit
	// cookie, which another site can neither read nor set.
	cookie, field := c.Cookies(loginCookie), c.FormValue(csrfField)
	if len(cookie) != 43 || subtle.ConstantTimeCompare([]byte(cookie), []byte(field)) != 1 {
		return s.renderLogin(c, "The form's security token did not match (it may be an old page). Try again.", fiber.StatusForbidden)
	}
	as := c.FormValue("as")
	if as != roleViewer {
		as = roleAdmin
	}
	if as == roleAdmin && !s.sec.hasAdmin {
		return errNoAdmin
	}
	if as == roleViewer && !s.sec.hasViewer {
		return errBadRequest("This instance has no viewer password: viewing is open to everyone.")
	}
	// Viewer and admin failures are counted apart: a class mistyping the
	// viewer password does not slow the teacher's admin login.
	ctx := c.UserContext()
	key, now := as+" "+s.clientKey(c), s.sec.now()
	wait, err := s.loginWait(ctx, key, now)
	if err != nil {
		return err
	}
	if wait > 0 {
		secs := int((wait + time.Second - 1) / time.Second)
		c.Set(fiber.HeaderRetryAfter, strconv.Itoa(secs))
		return s.renderLogin(c, fmt.Sprintf("Too many wrong passwords from your network. Wait %d seconds and try again.", secs),
			fiber.StatusTooManyRequests)
	}
	if !s.sec.checkPassword(as, c.FormValue("password")) {
		if _, err := s.db.AddLoginFailure(ctx, key, now, failureWindow); err != nil {
			return err
		}
		s.log.Warn("login failed", "role", as, "client", key)
		return s.renderLogin(c, "Wrong password.", fiber.StatusUnauthorized)
	}
	if err := s.db.ClearLoginFailures(ctx, key); err != nil {
		return err
	}
	if _, err := s.db.DeleteExpiredSessions(ctx, now); err != nil {
		return err
	}
	// A new session ID at every login, so an ID planted before login is useless.
	if old := c.Cookies(sessionCookie); old != "" {
		if err := s.db.DeleteSession(ctx, hashToken(old)); err != nil {
			return err
		}
	}
	life := adminSession
	if as == roleViewer {
		life = viewerSession
	}
	tok := newToken()
	sess := store.Session{Role: as, CSRF: newToken(), Created: now, Expires: now.Add(life)}
	if err := s.db.CreateSession(ctx, hashToken(tok), sess); err != nil {
		return err
	}
	s.setCookie(c, sessionCookie, tok, sess.Expires)
	s.clearCookie(c, loginCookie)
	s.log.Info("login", "role", as, "client", key)
	next := localNext(c.FormValue("next"))
	if as == roleAdmin && next == "/" {
		next = "/admin"
	}
	return c.Redirect(next, fiber.StatusSeeOther)
}

func (s *server) handleLogout(c *fiber.Ctx) error {
	if err := s.checkCSRF(c); err != nil {
		return err
	}
	if tok := c.Cookies(sessionCookie); tok != "" {
		if err := s.db.DeleteSession(c.UserContext(), hashToken(tok)); err != nil {
			return err
		}
	}
	s.clearCookie(c, sessionCookie)
	return c.Redirect("/", fiber.StatusSeeOther)
}

// loginWait returns how long client key must still wait at time now
// before its next login attempt is checked (0: check now), from the
// failures every replica has counted.
func (s *server) loginWait(ctx context.Context, key string, now time.Time) (time.Duration, error) {
	n, last, err := s.db.LoginFailures(ctx, key)
	if err != nil {
		return 0, err
	}
	return loginDelay(n, last, now), nil
}

// loginDelay is the wait left at time now after n failures, the latest at
// last: failures older than failureWindow count for nothing.
func loginDelay(n int, last, now time.Time) time.Duration {
	if n == 0 || now.Sub(last) > failureWindow {
		return 0
	}
	return max(last.Add(delayAfter(n)).Sub(now), 0)
}

// delayAfter is the wait required after n failures.
func delayAfter(n int) time.Duration {
	if n < freeFailures {
		return 0
	}
	k := n - freeFailures
	if k > 10 {
		return maxLoginDelay
	}
	return min(time.Second<<k, maxLoginDelay)
}

// adminState is what the server keeps for the admin side: the access
// configuration, web imports in progress, the shipped lexicon that local
// edits are laid over, and the rescore started from the web.
type adminState struct {
	sec       *security
	imports   importJobs
	lexBase   lexiconBase
	lexEdit   sync.Mutex   // serialises lexicon edits
	lexSeen   atomic.Int64 // the newest lexicon change loaded (lexicon_sync.go)
	rescoring atomic.Bool
	uploads   uploadFolder // on PostgreSQL (uploads.go)
	// fetchOptions configure the fetcher of URL imports; the zero value
	// refuses every non-public address (tests allow their own server).
	fetchOptions web.Options
	// outletMap names the outlet of fetched pages by domain
	// (FRAMELENS_OUTLET_MAP).
	outletMap web.Mapping
}

// newAdminState is the safe default: no passwords, so every change from
// the web is refused until configureAdmin reads the settings.
func newAdminState(lex *analysis.Lexicon) adminState {
	return adminState{sec: newSecurity(), lexBase: lexiconBase{lex: lex},
		fetchOptions: web.Options{UserAgent: web.UserAgent(Version)}}
}

// configureAdmin reads the access settings from the environment and lays
// the database's local lexicon edits over the packs of lexDir (the
// built-in packs when empty). runServe calls it before serving.
func (s *server) configureAdmin(ctx context.Context, e *env, lexDir string) error {
	sec, err := loadSecurity(e, s.log)
	if err != nil {
		return err
	}
	s.sec = sec
	if s.outletMap, err = loadOutletMap(e.getenv("FRAMELENS_OUTLET_MAP")); err != nil {
		return err
	}
	base := lexiconBase{fsys: assets.Lexicon(), lex: s.lexBase.lex}
	if lexDir != "" {
		base.fsys = os.DirFS(lexDir)
	}
	// The newest change before the edits are read: one saved meanwhile is
	// loaded by the next syncLexicon.
	latest, err := s.latestLexiconChange(ctx)
	if err != nil {
		return err
	}
	if err := s.loadLocalLexicon(ctx, base); err != nil {
		return err
	}
	s.lexSeen.Store(latest)
	// Upload folders left by a process killed during a web import.
	s.setUploadParents(e)
	s.removeStaleUploads()
	return s.db.InterruptRescoreJobs(ctx)
}

// checkUploadCSRF checks the token of a multipart form, read by readUpload
// before any file: requireAdmin leaves multipart bodies to the handler so
// that the form is parsed once, as a stream, and never into /tmp.
func (s *server) checkUploadCSRF(c *fiber.Ctx, up *upload) error {
	sess := s.sessionOf(c)
	if sess == nil || up.csrf == "" ||
		subtle.ConstantTimeCompare([]byte(up.csrf), []byte(sess.CSRF)) != 1 {
		return errCSRF
	}
	return nil
}

// humanBytes writes a size for people: "800 KiB", "2.9 MiB".
func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MiB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', 0, 64) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// checkFormToken checks the CSRF token of a form that needs no login (the
// students' /join forms): the session's token when the visitor has a
// session, else the double-submit token of csrfToken's cookie, which
// another site can neither read nor set.
func (s *server) checkFormToken(c *fiber.Ctx) error {
	if s.sessionOf(c) != nil {
		return s.checkCSRF(c)
	}
	cookie, tok := c.Cookies(loginCookie), c.Get(csrfHeader)
	if tok == "" {
		tok = c.FormValue(csrfField)
	}
	if len(cookie) != 43 || subtle.ConstantTimeCompare([]byte(cookie), []byte(tok)) != 1 {
		return errCSRF
	}
	return nil
}

// handleErrorWithLimits is the server's error handler: handleError, with
// the HTTP layer's bare "Request Entity Too Large" (a body over the
// server-wide limit, refused before any handler ran) said with the limits.
func (s *server) handleErrorWithLimits(c *fiber.Ctx, err error) error {
	if errors.Is(err, fiber.ErrRequestEntityTooLarge) {
		err = errTooLarge("The request is larger than this server accepts: web imports take at most %s (%d files of at most %s each); "+
			"import larger collections with the framelens command line.",
			humanBytes(s.sec.limits.request), s.sec.limits.files, humanBytes(s.sec.limits.file))
	}
	return s.handleError(c, err)
}

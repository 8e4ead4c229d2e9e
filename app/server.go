package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/filesystem"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/assets"
	"github.com/framelens/framelens/store"
)

// server holds what the HTTP handlers share. Its methods are the handlers;
// each page has its own file (page_*.go) and JSON twin (api_*.go).
type server struct {
	db    *store.DB
	lex   *liveLexicon // swapped whole when a lexicon edit makes a new version
	log   *slog.Logger
	pages map[string]*template.Template

	adminState // login, limits, web imports, lexicon edits (auth.go)

	mu    sync.Mutex
	cache map[string]cached // computed figures by key, valid for one data version

	pc  *pageCache   // rendered pages (page_cache.go)
	ver versionState // data generation behind both caches (page_cache.go)
}

// cached is one computed value and the data version it was computed for.
type cached struct {
	version string
	value   any
}

// Limits of the HTTP server. Viewing needs no uploads yet, so the body limit
// is small; the admin import page will raise it for its own route.
const (
	bodyLimit       = 1 << 20
	readTimeout     = 15 * time.Second
	writeTimeout    = 60 * time.Second
	idleTimeout     = 120 * time.Second
	handlerTimeout  = 30 * time.Second
	shutdownTimeout = 10 * time.Second
)

// contentSecurityPolicy allows nothing but this origin: no inline script
// (charts start from /static/app.js), no inline style, images only from here
// or data: URLs (echarts' PNG export), no plugins, no framing.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

// newServer parses the templates once and returns the server.
func newServer(db *store.DB, lex *analysis.Lexicon, log *slog.Logger) (*server, error) {
	pages, err := parseTemplates(assets.Templates())
	if err != nil {
		return nil, err
	}
	return &server{db: db, lex: newLiveLexicon(lex), log: log, pages: pages, cache: map[string]cached{},
		pc:         newPageCache(pageCacheBytes),
		adminState: newAdminState(lex)}, nil
}

// parseTemplates parses layout.html with each page template (page_*.html)
// into one template set per page, so pages can each define "content".
func parseTemplates(fsys fs.FS) (map[string]*template.Template, error) {
	base, err := template.New("layout.html").Funcs(templateFuncs).ParseFS(fsys, "layout.html", "partials.html")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	names, err := fs.Glob(fsys, "page_*.html")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	pages := map[string]*template.Template{}
	for _, name := range names {
		t, err := template.Must(base.Clone()).ParseFS(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
		pages[strings.TrimSuffix(strings.TrimPrefix(name, "page_"), ".html")] = t
	}
	return pages, nil
}

// newApp builds the Fiber application with its middleware and routes.
func (s *server) newApp() *fiber.App {
	app := fiber.New(fiber.Config{
		// Immutable copies every value taken from the request, so a handler
		// can keep a query parameter without utils.CopyString (Fiber reuses
		// the request buffers after the handler returns).
		Immutable: true,
		// The web import needs large bodies; guard (auth.go) holds every
		// other address to bodyLimit. Multipart bodies are parsed by the
		// import as a stream, never by fasthttp into /tmp.
		BodyLimit:                    max(bodyLimit, int(s.sec.limits.request)),
		DisablePreParseMultipartForm: true,
		ReadTimeout:                  readTimeout,
		WriteTimeout:                 writeTimeout,
		IdleTimeout:                  idleTimeout,
		DisableStartupMessage:        true,
		ErrorHandler:                 s.handleErrorWithLimits,
		AppName:                      "framelens",
	})
	app.Use(s.logRequests, s.recoverPanic, securityHeaders, s.withDeadline, s.cachePages)
	app.Use("/static", filesystem.New(filesystem.Config{
		Root:   http.FS(assets.Static()),
		MaxAge: 3600,
	}))
	s.routes(app)
	app.Use(func(c *fiber.Ctx) error {
		return fmt.Errorf("%s: %w", c.Path(), store.ErrNotFound)
	})
	return app
}

// securityHeaders sets the strict CSP and the other headers every response
// carries.
func securityHeaders(c *fiber.Ctx) error {
	c.Set("Content-Security-Policy", contentSecurityPolicy)
	c.Set("X-Content-Type-Options", "nosniff")
	c.Set("X-Frame-Options", "DENY")
	c.Set("Referrer-Policy", "no-referrer")
	c.Set("Cross-Origin-Opener-Policy", "same-origin")
	c.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
	return c.Next()
}

// withDeadline gives each request's context a deadline, because Fiber's user
// context has none and a slow query would otherwise outlive the client.
func (s *server) withDeadline(c *fiber.Ctx) error {
	ctx, cancel := context.WithTimeout(c.UserContext(), handlerTimeout)
	defer cancel()
	c.SetUserContext(ctx)
	return c.Next()
}

// logRequests logs one line per request.
func (s *server) logRequests(c *fiber.Ctx) error {
	start := time.Now()
	err := c.Next()
	if err != nil {
		if herr := c.App().ErrorHandler(c, err); herr != nil {
			s.log.Error("error handler failed", "err", herr)
		}
	}
	s.log.Info("request", "method", c.Method(), "path", c.Path(), "status", c.Response().StatusCode(),
		"duration_ms", time.Since(start).Milliseconds(), "bytes", len(c.Response().Body()))
	return nil
}

// recoverPanic turns a handler panic into a logged 500.
func (s *server) recoverPanic(c *fiber.Ctx) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return c.Next()
}

// badRequest is a validation error whose message the user may see.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

func errBadRequest(format string, args ...any) error {
	return &badRequest{msg: fmt.Sprintf(format, args...)}
}

// errorPage is the page shown for any error.
type errorPage struct {
	Page
	Status  int
	Message string
}

// handleError maps errors to responses: not found -> 404, validation ->
// 400 with its message, anything else -> logged, 500 with a generic message.
func (s *server) handleError(c *fiber.Ctx, err error) error {
	status, msg := http.StatusInternalServerError, "Something went wrong on the server. The details are in the server log."
	var br *badRequest
	var fe *fiber.Error
	switch {
	case errors.Is(err, store.ErrNotFound):
		status, msg = http.StatusNotFound, "There is nothing at this address."
	case errors.As(err, &br):
		status, msg = http.StatusBadRequest, br.msg
	case errors.As(err, &fe):
		status = fe.Code
		if status < 500 {
			msg = fe.Message
		}
	case errors.Is(err, context.DeadlineExceeded):
		status, msg = http.StatusServiceUnavailable, "The figures for this page are still being computed (a large corpus takes a while the first time). Reload in a minute."
	}
	if status >= 500 {
		s.log.Error("request failed", "method", c.Method(), "path", c.Path(), "err", err)
	}
	c.Status(status)
	if strings.HasPrefix(c.Path(), "/api/") || strings.HasPrefix(c.Path(), "/healthz") || strings.HasPrefix(c.Path(), "/readyz") {
		return c.JSON(fiber.Map{"error": msg, "status": status})
	}
	p := &errorPage{Status: status, Message: msg}
	p.Page = s.basePage(c, http.StatusText(status))
	if rerr := s.render(c, "error", p); rerr != nil {
		s.log.Error("render error page", "err", rerr)
		return c.Type("txt").SendString(msg)
	}
	c.Status(status)
	return nil
}

// render executes page name into a buffer and sends it, so a template error
// never sends half a page.
func (s *server) render(c *fiber.Ctx, name string, data any) error {
	t, ok := s.pages[name]
	if !ok {
		return fmt.Errorf("render: no template %q", name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout.html", data); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	c.Type("html", "utf-8")
	return c.Send(buf.Bytes())
}

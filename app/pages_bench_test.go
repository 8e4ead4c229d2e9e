package app

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/store"
)

// benchPages are the pages measured, on the demo corpus.
var benchPages = []struct{ name, path string }{
	{"overview", "/"},
	{"overview-all", "/?outlets=all&page=1"},
	{"story", "/story/corrun-dam-2031"},
	{"outlet", "/outlet/1"},
	{"terms", "/terms?q=dam"},
	{"lexicon", "/lexicon"},
	{"api-overview", "/api/overview"},
	{"healthz", "/healthz"},
}

// benchServer is a server on the demo corpus.
func benchServer(b *testing.B) (*server, *fiber.App) {
	b.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	lex, err := openLexicon("")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := importDemo(ctx, db, lex); err != nil {
		b.Fatal(err)
	}
	srv, err := newServer(db, lex, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	return srv, srv.newApp()
}

func benchGet(b *testing.B, app *fiber.App, path string) {
	resp, err := app.Test(httptest.NewRequest(http.MethodGet, path, nil), -1)
	if err != nil {
		b.Fatal(err)
	}
	n, _ := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b.Fatalf("GET %s: status %d", path, resp.StatusCode)
	}
	b.SetBytes(n)
}

// BenchmarkPagesCached is a page served from the page cache: what every
// request but the first after a change costs.
func BenchmarkPagesCached(b *testing.B) {
	_, app := benchServer(b)
	for _, p := range benchPages {
		b.Run(p.name, func(b *testing.B) {
			benchGet(b, app, p.path)
			for b.Loop() {
				benchGet(b, app, p.path)
			}
		})
	}
}

// BenchmarkPagesRendered renders the page every time (a new generation per
// request, as after an import), from the figures computed once per data
// version.
func BenchmarkPagesRendered(b *testing.B) {
	srv, app := benchServer(b)
	for _, p := range benchPages {
		b.Run(p.name, func(b *testing.B) {
			benchGet(b, app, p.path)
			for b.Loop() {
				srv.bump()
				benchGet(b, app, p.path)
			}
		})
	}
}

// BenchmarkOverviewFigures computes the overview's figures, what
// cachedValue keeps per data version and filter (the "computed figures"
// of the log): over the whole corpus, one story and a date range.
func BenchmarkOverviewFigures(b *testing.B) {
	srv, _ := benchServer(b)
	ctx := context.Background()
	for _, f := range []struct {
		name string
		f    store.Filter
	}{{"whole", store.Filter{}}, {"story", store.Filter{Story: "corrun-dam-2031"}}, {"dates", store.Filter{From: "2000-01-01"}}} {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				var err error
				if f.f.Whole() || f.f.ByMonth() {
					_, err = sumFigures(ctx, srv.db, f.f)
				} else {
					_, err = aggregatedFigures(ctx, srv.db, f.f)
				}
				if err != nil {
					b.Fatal(err)
				}
				if _, err := srv.db.FrameTotals(ctx, f.f); err != nil {
					b.Fatal(err)
				}
				if _, err := srv.db.SourcingTotals(ctx, f.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/framelens/framelens/app/ingest"
	"github.com/framelens/framelens/app/ingest/web"
)

// webSource reads articles from the web: pages (one article each) and feeds
// (their entries), through the safe fetcher.
type webSource struct {
	opts          web.Options
	outlet, story string       // given at import: they win over what pages say
	mapping       web.Mapping  // domain -> outlet, for pages that name none
	fetcher       *web.Fetcher // made on first use
}

// isURL reports whether an import argument is a web address.
func isURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// read fetches each page URL (a page that turns out to be a feed is read as
// one) and then each feed, emitting articles and reporting failures by URL.
func (w *webSource) read(ctx context.Context, pages, feeds []string, emit func(ingest.Article) error, fail func(ingest.Failure)) error {
	if len(pages)+len(feeds) == 0 {
		return nil
	}
	if w.fetcher == nil {
		w.fetcher = web.New(w.opts)
	}
	for _, u := range pages {
		a, err := web.FetchPage(ctx, w.fetcher, u)
		if errors.Is(err, web.ErrIsFeed) {
			feeds = append(feeds, u)
			continue
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			fail(ingest.Failure{Source: u, Err: err})
			continue
		}
		if err := emit(w.name(a)); err != nil {
			return err
		}
	}
	for _, u := range feeds {
		entries, _, err := web.FeedArticles(ctx, w.fetcher, u, nil)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			fail(ingest.Failure{Source: u, Err: err})
			continue
		}
		if len(entries) == 0 {
			fail(ingest.Failure{Source: u, Err: fmt.Errorf("the feed has no entries")})
		}
		for _, p := range entries {
			a := p.Article
			a.Source = u
			if err := emit(w.name(a)); err != nil {
				return err
			}
		}
	}
	return nil
}

// name sets a fetched article's outlet and story: those given at import win;
// otherwise the page's site name or domain through the mapping.
func (w *webSource) name(a ingest.Article) ingest.Article {
	if w.outlet != "" {
		a.Outlet = w.outlet
	} else {
		a.Outlet = web.ResolveOutlet(a.URL, a.Outlet, w.mapping)
	}
	if w.story != "" {
		a.Story = w.story
	}
	return a
}

// loadOutletMap reads the domain -> outlet mapping file at path (none when
// path is empty). The mapping follows the file: a running server uses an
// edit from its next import on (web.LoadMapping).
func loadOutletMap(path string) (web.Mapping, error) {
	return web.LoadMapping(path)
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }

func (m *multiFlag) Set(v string) error {
	if !isURL(v) {
		return fmt.Errorf("%q is not an http:// or https:// address", v)
	}
	*m = append(*m, v)
	return nil
}

package web

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/framelens/framelens/app/ingest"
)

// ErrIsFeed reports that a URL given as a page is a feed: import it with
// FeedArticles instead.
var ErrIsFeed = errors.New("the URL is a feed, not a page")

// FetchPage fetches one article page (what "framelens import URL" and the
// paste-a-URL form do) and extracts it with ingest.ParseHTML; a plain-text
// document is taken as the article's text. The result's Outlet is the
// page's site name, a suggestion to resolve with ResolveOutlet unless the
// user named the outlet; its URL is the page's canonical URL, else the
// final URL after redirects; Source is the URL as given. A feed is an
// error matching ErrIsFeed, a binary document one matching ErrNotText.
func FetchPage(ctx context.Context, f *Fetcher, pageURL string) (ingest.Article, error) {
	resp, err := f.Fetch(ctx, pageURL, Conditional{})
	if err != nil {
		return ingest.Article{}, err
	}
	var a ingest.Article
	switch resp.Sniff() {
	case KindHTML:
		a, err = ingest.ParseHTML(resp.Body, resp.ContentType, resp.URL)
		if err != nil {
			return ingest.Article{}, fmt.Errorf("%s: %w", resp.URL, err)
		}
	case KindFeed:
		return ingest.Article{}, fmt.Errorf("%s: %w (import it as a feed)", resp.URL, ErrIsFeed)
	case KindText:
		text, err := resp.Text()
		if err != nil {
			return ingest.Article{}, err
		}
		a = ingest.Article{Text: ingest.Clean(text), URL: resp.URL, Format: "text"}
		if strings.TrimSpace(a.Text) == "" {
			return ingest.Article{}, fmt.Errorf("%s: %w: the document is empty", resp.URL, ingest.ErrEmpty)
		}
		a.Language = ingest.DetectLanguage(a.Text)
	default:
		_, err := resp.Text() // explains what the bytes look like
		return ingest.Article{}, err
	}
	if a.URL == "" {
		a.URL = resp.URL
	}
	a.Source = pageURL
	return a, nil
}

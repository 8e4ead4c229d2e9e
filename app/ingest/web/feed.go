package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/framelens/framelens/app/ingest"
)

// ErrNotFeed reports a document that is neither RSS, Atom nor an HTML page
// that links to one.
var ErrNotFeed = errors.New("not a feed")

// FeedState is what a subscription remembers between polls: the feed's
// validators for conditional requests and the entries already returned.
// It is a plain value meant to be stored (as JSON) beside the subscription.
type FeedState struct {
	URL          string   `json:"url"` // the feed's own URL, after redirects and discovery
	Title        string   `json:"title"`
	ETag         string   `json:"etag,omitempty"`
	LastModified string   `json:"last_modified,omitempty"`
	Seen         []string `json:"seen,omitempty"` // entry keys, newest first, at most MaxSeen
}

// MaxSeen bounds FeedState.Seen. Feeds carry their latest 10 to 100
// entries, so this remembers many polls' worth.
const MaxSeen = 2000

// Page is one new feed entry made into an article.
type Page struct {
	// Article holds the entry: Title, URL (the entry's link or the page's
	// canonical URL), Author, Published (zero when neither the feed nor the
	// page gives it), Text (cleaned), Language, Format ("html" when the
	// text was extracted from the entry's page, "feed" when it is the
	// feed's own content) and Source (the feed URL). Outlet is a
	// suggestion, the page's site name or else the feed's title: resolve it
	// with ResolveOutlet unless the user named the outlet.
	ingest.Article
	GUID     string // the entry's key in FeedState.Seen
	FullText bool   // Text is the extracted page, not the feed's content
	// Note says why Text is only what the feed carried, when the page
	// could not be used ("page fetch failed: ..."); "" otherwise.
	Note string
}

// Extractor extracts the article from an HTML page; ingest.ParseHTML is
// one.
type Extractor func(page []byte, contentType, pageURL string) (ingest.Article, error)

// FeedReader turns feeds into articles.
type FeedReader struct {
	Fetcher *Fetcher
	// Extract gets the main text of an entry's page; ingest.ParseHTML when
	// nil.
	Extract Extractor
	// SummaryWords: an entry whose feed text has fewer words than this is a
	// summary, and its page is fetched for the full text. 0 means 150; a
	// negative value never fetches pages.
	SummaryWords int
	// MaxEntries bounds the new entries returned by one poll (the newest
	// are kept); 0 means 100.
	MaxEntries int
}

// FeedArticles fetches the feed at feedURL (with st's validators when st
// is not nil) and returns its entries not in st.Seen, and the state to keep
// for the next poll. When the server answers 304 Not Modified it returns
// no pages and st unchanged. An entry whose feed text is only a summary has
// its page fetched and its main text extracted with ingest.ParseHTML; when
// that fails, the summary is kept and Page.Note says why.
func FeedArticles(ctx context.Context, f *Fetcher, feedURL string, st *FeedState) ([]Page, *FeedState, error) {
	r := &FeedReader{Fetcher: f}
	return r.Articles(ctx, feedURL, st)
}

// Articles is FeedArticles with r's settings.
func (r *FeedReader) Articles(ctx context.Context, feedURL string, st *FeedState) ([]Page, *FeedState, error) {
	if st == nil {
		st = &FeedState{}
	}
	next := *st
	next.Seen = append([]string(nil), st.Seen...)
	// After the first poll, st.URL is the feed's own URL (after redirects
	// and discovery), and the validators belong to it.
	fetchURL, cond := feedURL, Conditional{}
	if st.URL != "" {
		fetchURL, cond = st.URL, Conditional{ETag: st.ETag, LastModified: st.LastModified}
	}
	resp, err := r.Fetcher.Fetch(ctx, fetchURL, cond)
	if err != nil {
		return nil, st, err
	}
	if resp.NotModified {
		return nil, st, nil
	}
	if resp.Sniff() == KindHTML {
		// A page, not a feed: follow the feed it links to, once.
		link := discoverFeed(resp)
		if link == "" {
			return nil, st, fmt.Errorf("%s: %w: it is an HTML page that links to no RSS or Atom feed", resp.URL, ErrNotFeed)
		}
		resp, err = r.Fetcher.Fetch(ctx, link, Conditional{})
		if err != nil {
			return nil, st, err
		}
	}
	if k := resp.Sniff(); k != KindFeed {
		return nil, st, fmt.Errorf("%s: %w: the content is %s (%s)", resp.URL, ErrNotFeed, k, resp.ContentType)
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(feedBytes(resp)))
	if err != nil {
		return nil, st, fmt.Errorf("%s: %w: %w", resp.URL, ErrNotFeed, err)
	}
	next.URL = resp.URL
	next.ETag, next.LastModified = resp.ETag, resp.LastModified
	next.Title = fragmentText(feed.Title)

	seen := make(map[string]bool, len(st.Seen))
	for _, k := range st.Seen {
		seen[k] = true
	}
	maxEntries := r.MaxEntries
	if maxEntries <= 0 {
		maxEntries = 100
	}
	var fresh []*gofeed.Item
	var keys []string
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		k := entryKey(it)
		if seen[k] {
			continue
		}
		seen[k] = true
		fresh = append(fresh, it)
		keys = append(keys, k)
	}
	if len(fresh) > maxEntries {
		// Feeds list newest first, but not always: keep the newest by date.
		fresh, keys = newest(fresh, keys, maxEntries)
	}
	pages := make([]Page, 0, len(fresh))
	for i, it := range fresh {
		if err := ctx.Err(); err != nil {
			return nil, st, err
		}
		pages = append(pages, r.page(ctx, resp.URL, next.Title, feed.Language, it, keys[i]))
	}
	next.Seen = append(keys, next.Seen...)
	if len(next.Seen) > MaxSeen {
		next.Seen = next.Seen[:MaxSeen]
	}
	return pages, &next, nil
}

// page makes one entry into a Page, fetching its page when the feed
// carries only a summary.
func (r *FeedReader) page(ctx context.Context, feedURL, feedTitle, feedLang string, it *gofeed.Item, key string) Page {
	p := Page{GUID: key}
	p.Source = feedURL
	p.Format = "feed"
	p.Title = fragmentText(it.Title)
	p.URL = absURL(feedURL, it.Link)
	p.Outlet = feedTitle
	p.Author = itemAuthor(it)
	if it.PublishedParsed != nil {
		p.Published = it.PublishedParsed.UTC()
	} else if it.UpdatedParsed != nil {
		p.Published = it.UpdatedParsed.UTC()
	}
	content := fragmentText(it.Content)
	if summary := fragmentText(it.Description); len(summary) > len(content) {
		content = summary
	}
	p.Text = ingest.Clean(content)

	limit := r.SummaryWords
	if limit == 0 {
		limit = 150
	}
	if limit > 0 && len(strings.Fields(p.Text)) < limit {
		switch a, err := r.fetchPage(ctx, p.URL); {
		case err != nil:
			p.Note = "only the feed's summary: " + err.Error()
		case len(a.Text) <= len(p.Text):
			p.Note = "only the feed's summary: the page had no longer text"
		default:
			p.Text, p.Format, p.FullText = a.Text, a.Format, true
			if a.URL != "" {
				p.URL = a.URL
			}
			if a.Outlet != "" {
				p.Outlet = a.Outlet
			}
			if p.Title == "" {
				p.Title = a.Title
			}
			if p.Author == "" {
				p.Author = a.Author
			}
			if p.Published.IsZero() {
				p.Published = a.Published
			}
		}
	}
	p.Language = ingest.DetectLanguage(p.Text)
	if p.Language == "und" && feedLang != "" {
		p.Language = strings.ToLower(strings.SplitN(strings.SplitN(feedLang, "-", 2)[0], "_", 2)[0])
	}
	return p
}

// fetchPage fetches an entry's page and extracts its article.
func (r *FeedReader) fetchPage(ctx context.Context, pageURL string) (ingest.Article, error) {
	if pageURL == "" {
		return ingest.Article{}, errors.New("the entry has no link")
	}
	resp, err := r.Fetcher.Fetch(ctx, pageURL, Conditional{})
	if err != nil {
		return ingest.Article{}, fmt.Errorf("page fetch failed: %w", err)
	}
	if k := resp.Sniff(); k != KindHTML {
		return ingest.Article{}, fmt.Errorf("page fetch failed: %s is %s, not an HTML page", resp.URL, k)
	}
	extract := r.Extract
	if extract == nil {
		extract = ingest.ParseHTML
	}
	a, err := extract(resp.Body, resp.ContentType, resp.URL)
	if err != nil {
		return ingest.Article{}, fmt.Errorf("page extraction failed: %w", err)
	}
	return a, nil
}

// feedBytes returns the feed's bytes for the parser. The parser honours
// the XML declaration's encoding; a feed without one but with a non-UTF-8
// charset in its Content-Type ("text/xml; charset=windows-1252") is
// decoded here first, as the XML media type rules (RFC 7303) say.
func feedBytes(resp *Response) []byte {
	body := resp.Body
	head := body[:min(len(body), 200)]
	if bytes.HasPrefix(bytes.TrimLeft(head, "\ufeff \t\r\n"), []byte("<?xml")) {
		end := bytes.Index(head, []byte("?>"))
		if end > 0 && bytes.Contains(head[:end], []byte("encoding")) {
			return body
		}
	}
	_, params, err := mime.ParseMediaType(resp.ContentType)
	if err != nil {
		return body
	}
	cs := strings.ToLower(params["charset"])
	if cs == "" || cs == "utf-8" || cs == "utf8" {
		return body
	}
	text, err := decode(body, resp.ContentType)
	if err != nil {
		return body
	}
	return []byte(text)
}

// entryKey identifies an entry across polls: its GUID, else its link, else
// a digest of its title and date.
func entryKey(it *gofeed.Item) string {
	if g := strings.TrimSpace(it.GUID); g != "" {
		return g
	}
	if l := strings.TrimSpace(it.Link); l != "" {
		return l
	}
	sum := sha256.Sum256([]byte(it.Title + "\x00" + it.Published + "\x00" + it.Updated))
	return "sha256:" + hex.EncodeToString(sum[:12])
}

// newest keeps the n most recently dated items (undated ones count as
// oldest), in their feed order.
func newest(items []*gofeed.Item, keys []string, n int) ([]*gofeed.Item, []string) {
	date := func(it *gofeed.Item) time.Time {
		if it.PublishedParsed != nil {
			return *it.PublishedParsed
		}
		if it.UpdatedParsed != nil {
			return *it.UpdatedParsed
		}
		return time.Time{}
	}
	keep := make([]bool, len(items))
	for k := 0; k < n; k++ {
		best := -1
		for i, it := range items {
			if !keep[i] && (best < 0 || date(it).After(date(items[best]))) {
				best = i
			}
		}
		keep[best] = true
	}
	var outI []*gofeed.Item
	var outK []string
	for i := range items {
		if keep[i] {
			outI = append(outI, items[i])
			outK = append(outK, keys[i])
		}
	}
	return outI, outK
}

func itemAuthor(it *gofeed.Item) string {
	var names []string
	for _, a := range it.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			names = append(names, strings.TrimSpace(a.Name))
		}
	}
	if len(names) == 0 && it.DublinCoreExt != nil {
		names = append(names, it.DublinCoreExt.Creator...)
	}
	return fragmentText(strings.Join(names, ", "))
}

// absURL resolves link against base; "" when link is empty or not http(s).
func absURL(base, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	b, err := url.Parse(base)
	if err != nil {
		return link
	}
	u, err := b.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return u.String()
}

// discoverFeed returns the first RSS or Atom feed an HTML page links to
// with <link rel="alternate">, made absolute, or "".
func discoverFeed(resp *Response) string {
	text, err := resp.Text()
	if err != nil {
		return ""
	}
	z := html.NewTokenizer(strings.NewReader(text))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.DataAtom == atom.Body {
				return ""
			}
			if t.DataAtom != atom.Link {
				continue
			}
			var rel, typ, href string
			for _, a := range t.Attr {
				switch strings.ToLower(a.Key) {
				case "rel":
					rel = strings.ToLower(a.Val)
				case "type":
					typ = strings.ToLower(strings.TrimSpace(a.Val))
				case "href":
					href = a.Val
				}
			}
			if strings.Contains(rel, "alternate") && (typ == "application/rss+xml" || typ == "application/atom+xml") {
				if u := absURL(resp.URL, href); u != "" {
					return u
				}
			}
		}
	}
}

// fragmentText renders an HTML fragment from a feed (a title, summary or
// content:encoded) as plain text: tags dropped, entities decoded, block
// elements and <br> made into line breaks, scripts and styles removed.
// Plain text passes through unchanged apart from entity decoding.
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return ingest.Clean(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Template:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case atom.Br:
				b.WriteString("\n")
			case atom.P, atom.Div, atom.Li, atom.Blockquote, atom.H1, atom.H2, atom.H3, atom.H4,
				atom.H5, atom.H6, atom.Tr, atom.Ul, atom.Ol, atom.Figure, atom.Figcaption,
				atom.Section, atom.Article, atom.Pre, atom.Hr, atom.Table:
				b.WriteString("\n\n")
			}
		}
	}
}

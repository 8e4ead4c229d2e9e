package ingest

import (
	"bytes"
	"context"
	"io"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// HTML pages are read with go-readability, which finds the element holding
// the article and the page's title, byline, site name and dates. It was
// chosen over go-trafilatura after running both on the three pages in
// testdata/html, written for this purpose:
//
//   - a modern news page: both found the same body without ads, related
//     links or comments; trafilatura kept only the date of the publication
//     time, and its plain text has no paragraph breaks;
//   - an old table layout in ISO-8859-1: trafilatura left out the "most
//     read" sidebar, which readability kept, but took "Bay Times" for the
//     title;
//   - a blog post with reader comments: trafilatura kept the comments (even
//     with ExcludeComments) and repeated a sentence; readability gave the
//     post alone.
//
// Trafilatura also links go-dateparser, whose package initialisation costs
// every framelens command about 0.3 s and 78 MB of allocations (31 MB kept
// for the life of the process) and adds about 14 MB to the binary (measured
// here); readability adds about 5 MB and no start-up work.
//
// Two gaps of readability are closed here: its plain text loses paragraph
// breaks, so the text is rendered from its content element with block
// boundaries kept; and blocks that are mostly links (the sidebar above,
// related-story lists, tag lists) are dropped.

// readHTML reads one HTML file as one article.
func (r *reader) readHTML(ctx context.Context, in input, source string, body io.Reader) error {
	data, size, over, err := readLimited(body, r.opts.MaxArticleBytes)
	switch {
	case err != nil:
		r.failInput(in, err)
		return nil
	case over:
		r.failInput(in, tooLarge(size, r.opts.MaxArticleBytes))
		return nil
	case len(bytes.TrimSpace(data)) == 0:
		r.failInput(in, newProblem(ErrEmpty, "empty file"))
		return nil
	}
	a, err := ParseHTML(data, "", "")
	if err != nil {
		r.failInput(in, err)
		return nil
	}
	a.Source = source
	r.finish(&a, in.over, true)
	return r.emitArticle(ctx, a)
}

// ParseHTML extracts the article from one HTML page: its main text
// (cleaned, with paragraph breaks), title, author, site name as the outlet,
// canonical URL (or pageURL), publication date and language. contentType is
// the HTTP Content-Type header when the page was fetched ("" for files): it
// and the page's own declarations decide the character set, as browsers
// do. Source is left empty for the caller to set. A page with NUL bytes is
// a binary-file error, and a page with no extractable text an empty one.
func ParseHTML(page []byte, contentType, pageURL string) (Article, error) {
	if i := indexNUL(page); i >= 0 {
		return Article{}, newProblem(ErrBinary, "binary file (NUL byte at offset %d)", i)
	}
	enc, _, _ := charset.DetermineEncoding(page, contentType)
	utf, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		return Article{}, newProblem(ErrMalformed, "cannot decode the page's character set: %v", err)
	}
	doc, err := html.Parse(bytes.NewReader(utf))
	if err != nil {
		return Article{}, newProblem(ErrMalformed, "malformed HTML: %v", err)
	}
	if depth := maxDepth(doc); depth > maxHTMLDepth {
		// Extraction walks the tree recursively; a page nested this deep
		// is an attack or a broken file, not an article.
		return Article{}, newProblem(ErrMalformed, "HTML nested %d elements deep (the limit is %d)", depth, maxHTMLDepth)
	}
	var base *url.URL
	if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
		base = u
	}
	m := pageMeta(doc)
	// readability changes the document, so page metadata is read first.
	art, err := readability.FromDocument(doc, base)
	if err != nil {
		return Article{}, newProblem(ErrEmpty, "no article text found in the page: %v", err)
	}
	a := Article{Format: "html"}
	if art.Node != nil {
		a.Text = Clean(renderText(art.Node))
	}
	if a.Text == "" {
		return Article{}, newProblem(ErrEmpty, "no article text found in the page")
	}
	a.Author = firstNonEmpty(trimBy(cleanField(art.Byline)), trimBy(m.author))
	a.Outlet = firstNonEmpty(cleanField(art.SiteName), m.site)
	a.Title = trimSiteName(firstNonEmpty(cleanField(art.Title), m.title), a.Outlet)
	a.Title, a.Text = pageHeadline(a.Title, a.Text, a.Outlet, m)
	a.URL = firstNonEmpty(m.canonical, pageURL)
	if art.PublishedTime != nil {
		a.Published = *art.PublishedTime
	} else {
		a.Published = parsePublished(m.published)
	}
	a.Language = DetectLanguage(a.Text)
	if lang := primaryLang(m.lang); a.Language == "und" && lang != "" {
		a.Language = lang
	}
	return a, nil
}

// pageHeadline makes the page's headline, as a reader sees it, the title: when
// the extracted text starts with the page's only <h1> and the title says
// less than it (shorter than 15 characters, as Readability.js judges, empty,
// or the site's name: "Nachrichten", "Home"), the <h1> is the title. A text
// that starts with its title then starts with its first paragraph instead:
// the headline is not body text.
func pageHeadline(title, text, site string, m pageInfo) (string, string) {
	if m.h1s != 1 || m.h1 == "" {
		return title, text
	}
	first, rest, ok := strings.Cut(text, "\n\n")
	if !ok || cleanField(first) != m.h1 {
		return title, text
	}
	if utf8.RuneCountInString(title) < 15 || strings.EqualFold(title, site) {
		title = m.h1
	}
	if title == m.h1 {
		text = rest
	}
	return title, text
}

// maxHTMLDepth is the deepest element nesting ParseHTML accepts; real
// pages stay well under a hundred.
const maxHTMLDepth = 1000

// maxDepth returns how deeply doc's nodes nest, without recursion.
func maxDepth(doc *html.Node) int {
	type item struct {
		n     *html.Node
		depth int
	}
	deepest := 0
	stack := []item{{doc, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		deepest = max(deepest, it.depth)
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.depth + 1})
		}
	}
	return deepest
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

// trimSiteName removes the site name that page titles often end with
// ("Pier to close – Harbour Notes", "Pier to close | The Ledger").
func trimSiteName(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" – ", " — ", " - ", " | ", " · ", " :: "} {
		if rest, ok := strings.CutSuffix(title, sep+site); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest)
		}
	}
	return title
}

// trimBy removes a leading "By " from a byline.
func trimBy(s string) string {
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		return strings.TrimSpace(s[3:])
	}
	return s
}

// primaryLang returns the two-letter primary subtag of an HTML lang
// attribute ("en-GB" -> "en"), or "".
func primaryLang(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	if len(lang) != 2 {
		return ""
	}
	return lang
}

// meta is what a page's head says about it.
type pageInfo struct {
	title, author, site, canonical, published, lang string
	h1                                              string // the first <h1>'s text
	h1s                                             int    // how many <h1> the page has
}

// publishedMeta lists the <meta> names and properties that carry a
// publication date, most specific first.
var publishedMeta = []string{
	"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
	"publish-date", "date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
	"sailthru.date", "parsely-pub-date",
}

// pageMeta reads the metadata a page declares: <title>, <meta> names and
// properties (Open Graph, Dublin Core and the common ad-hoc ones), the
// canonical link, the first <time datetime> and the html lang attribute.
func pageMeta(doc *html.Node) pageInfo {
	var p pageInfo
	metas := map[string]string{}
	var timeAttr string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				p.lang = attr(n, "lang")
			case atom.Title:
				if p.title == "" {
					p.title = cleanField(textOf(n))
				}
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if v := cleanField(attr(n, "content")); key != "" && v != "" {
					if _, seen := metas[key]; !seen {
						metas[key] = v
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && p.canonical == "" {
					p.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.H1:
				p.h1s++
				if p.h1 == "" {
					p.h1 = cleanField(textOf(n))
				}
			case atom.Time:
				if timeAttr == "" {
					timeAttr = attr(n, "datetime")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if t := metas["og:title"]; t != "" {
		p.title = t
	}
	p.site = firstNonEmpty(metas["og:site_name"], metas["application-name"])
	if a := metas["author"]; a != "" && !strings.Contains(a, "://") {
		p.author = a
	} else if a := metas["article:author"]; a != "" && !strings.Contains(a, "://") {
		p.author = a
	}
	if u, err := url.Parse(p.canonical); err != nil || !u.IsAbs() {
		p.canonical = ""
	}
	if p.canonical == "" {
		if u, err := url.Parse(metas["og:url"]); err == nil && u.IsAbs() {
			p.canonical = metas["og:url"]
		}
	}
	for _, k := range publishedMeta {
		if v := metas[k]; v != "" {
			p.published = v
			break
		}
	}
	if p.published == "" {
		p.published = timeAttr
	}
	return p
}

// tag returns n's element name as an atom. Elements that readability
// creates carry only their name, not its atom.
func tag(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text inside n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// skipped elements never hold article prose.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Button: true, atom.Form: true, atom.Input: true, atom.Select: true,
	atom.Textarea: true, atom.Nav: true, atom.Aside: true, atom.Iframe: true, atom.Object: true,
	atom.Figure: true, atom.Figcaption: true, atom.Img: true, atom.Picture: true, atom.Video: true,
	atom.Audio: true, atom.Canvas: true, atom.Head: true,
}

// blocks start and end a paragraph of the rendered text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Blockquote: true,
	atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Address: true, atom.Hr: true, atom.Body: true, atom.Center: true,
	atom.Details: true, atom.Summary: true,
}

// Link-dense blocks are navigation, not prose: related stories, sidebars,
// tag lists. A container whose text is more than half link text is
// dropped; a paragraph (or heading, list item, quotation) only when more
// than four fifths is, since a sentence may well be mostly one long link.
const (
	maxLinkShare          = 0.5
	maxLinkShareParagraph = 0.8
)

// textBlocks are the blocks that hold running text rather than other
// blocks.
var textBlocks = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Blockquote: true, atom.Dd: true, atom.Dt: true, atom.Pre: true, atom.Address: true,
}

// renderText renders the text of the content element root: paragraphs
// separated by a blank line, <br> as a line break, white space inside a
// paragraph collapsed as a browser shows it (kept inside <pre>), and
// skipped and link-dense elements left out.
func renderText(root *html.Node) string {
	lens := map[*html.Node][2]int{}
	var measure func(n *html.Node, inLink bool) [2]int
	measure = func(n *html.Node, inLink bool) [2]int {
		var l [2]int // text bytes, of which inside links
		switch {
		case n.Type == html.TextNode:
			t := len(strings.TrimSpace(n.Data))
			l[0] = t
			if inLink {
				l[1] = t
			}
			return l
		case n.Type == html.ElementNode && skipped[tag(n)]:
			return l
		case n.Type == html.ElementNode && tag(n) == atom.A:
			inLink = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cl := measure(c, inLink)
			l[0] += cl[0]
			l[1] += cl[1]
		}
		lens[n] = l
		return l
	}
	measure(root, false)

	var paras []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			paras = append(paras, s)
		}
		cur.Reset()
	}
	// space writes one space between words, never two and never at the
	// start of a line.
	space := func() {
		s := cur.String()
		if s != "" && !strings.HasSuffix(s, " ") && !strings.HasSuffix(s, "\n") {
			cur.WriteByte(' ')
		}
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				cur.WriteString(n.Data)
				return
			}
			s := strings.Join(strings.Fields(n.Data), " ")
			if startsWithSpace(n.Data) {
				space()
			}
			if s == "" {
				return
			}
			cur.WriteString(s)
			if endsWithSpace(n.Data) {
				space()
			}
			return
		case html.ElementNode:
			t := tag(n)
			if skipped[t] {
				return
			}
			if t == atom.Br {
				trimTrailingSpace(&cur)
				cur.WriteByte('\n')
				return
			}
			block := blocks[t]
			if block && n != root {
				limit := maxLinkShare
				if textBlocks[t] {
					limit = maxLinkShareParagraph
				}
				if l := lens[n]; l[0] > 0 && float64(l[1]) > limit*float64(l[0]) {
					return
				}
				flush()
			}
			pre = pre || t == atom.Pre
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, pre)
			}
			if block {
				flush()
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre)
		}
	}
	walk(root, false)
	flush()
	for i, p := range paras {
		// Spaces around <br> line breaks are not part of the text.
		lines := strings.Split(p, "\n")
		for j, l := range lines {
			lines[j] = strings.TrimSpace(l)
		}
		paras[i] = strings.Join(lines, "\n")
	}
	return strings.Join(paras, "\n\n")
}

func startsWithSpace(s string) bool { return s != "" && strings.TrimLeft(s[:1], " \t\n\r\f") == "" }
func endsWithSpace(s string) bool {
	return s != "" && strings.TrimRight(s[len(s)-1:], " \t\n\r\f") == ""
}

// trimTrailingSpace removes spaces at the end of b.
func trimTrailingSpace(b *strings.Builder) {
	s := b.String()
	if t := strings.TrimRight(s, " "); len(t) != len(s) {
		b.Reset()
		b.WriteString(t)
	}
}

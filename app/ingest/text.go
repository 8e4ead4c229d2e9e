package ingest

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// frontMatter holds the metadata a text or Markdown file may declare
// between "---" lines at its very start.
type frontMatter struct {
	Title, Outlet, Story, URL, Author, Published string
}

// maxFrontMatter bounds how far into a file a closing "---" is looked for,
// so a file that merely starts with a horizontal rule is read as text.
const maxFrontMatter = 64 << 10

// splitFrontMatter separates YAML-style front matter from the body of s
// (whose newlines are already LF). Front matter starts with a "---" line at
// the very start and ends at the next "---" or "..." line; between them,
// "key: value" lines (values optionally in single or double quotes, lists as
// "[a, b]" or as "- item" lines under the key) and "#" comments. Keys are
// case-insensitive; title, outlet, url, author (or authors), published (or
// date) and story are used, others ignored. When s has no such block, or the
// block holds a line that is none of these, ok is false and s is all body.
func splitFrontMatter(s string) (fm frontMatter, body string, ok bool) {
	first, rest, found := strings.Cut(s, "\n")
	if !found || strings.TrimRight(first, " \t") != "---" {
		return fm, s, false
	}
	limit := min(len(rest), maxFrontMatter)
	end, bodyStart := -1, 0
	for i := 0; i <= limit; {
		j := strings.IndexByte(rest[i:], '\n')
		line := rest[i:]
		next := len(rest)
		if j >= 0 {
			line, next = rest[i:i+j], i+j+1
		}
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			end, bodyStart = i, next
			break
		}
		if j < 0 {
			break
		}
		i = next
	}
	if end < 0 {
		return fm, s, false
	}
	values := map[string][]string{}
	key := ""
	for line := range strings.SplitSeq(rest[:end], "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "" || strings.HasPrefix(t, "#"):
			continue
		case strings.HasPrefix(t, "- ") || t == "-":
			if key == "" {
				return frontMatter{}, s, false
			}
			values[key] = append(values[key], unquote(strings.TrimSpace(strings.TrimPrefix(t, "-"))))
			continue
		}
		k, v, found := strings.Cut(t, ":")
		k = strings.ToLower(strings.TrimSpace(k))
		if !found || k == "" || strings.ContainsAny(k, " \t\"'") {
			return frontMatter{}, s, false
		}
		key = k
		v = strings.TrimSpace(v)
		if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
			for item := range strings.SplitSeq(v[1:len(v)-1], ",") {
				if item = unquote(strings.TrimSpace(item)); item != "" {
					values[k] = append(values[k], item)
				}
			}
			continue
		}
		if v != "" {
			values[k] = append(values[k], unquote(v))
		}
	}
	get := func(keys ...string) string {
		for _, k := range keys {
			if v := values[k]; len(v) > 0 {
				return cleanField(strings.Join(v, ", "))
			}
		}
		return ""
	}
	fm = frontMatter{
		Title:     get("title", "headline"),
		Outlet:    get("outlet", "source", "publication", "site"),
		Story:     get("story", "event"),
		URL:       get("url", "link"),
		Author:    get("author", "authors", "byline"),
		Published: get("published", "date", "published_at", "pubdate"),
	}
	return fm, rest[bodyStart:], true
}

// unquote removes one pair of matching single or double quotes around v,
// undoing doubled single quotes and backslash escapes of YAML's quoted styles. A
// trailing " # comment" on an unquoted value is dropped.
func unquote(v string) string {
	if len(v) >= 2 {
		switch {
		case v[0] == '"' && v[len(v)-1] == '"':
			return strings.NewReplacer(`\"`, `"`, `\\`, `\`).Replace(v[1 : len(v)-1])
		case v[0] == '\'' && v[len(v)-1] == '\'':
			return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
		}
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	return v
}

// Headline limits: a first line is taken as the title only when it is
// short enough to be one.
const (
	maxHeadlineWords = 20
	maxHeadlineBytes = 200
)

// headline returns the first line of text (already cleaned) when it looks
// like a headline: at most maxHeadlineWords words and maxHeadlineBytes
// bytes, not ending like a sentence or a clause (".", ",", ";", ":", or a
// period inside closing quotes), and followed by more text. Otherwise it
// returns "".
func headline(text string) string {
	first, rest, ok := strings.Cut(text, "\n")
	first = strings.TrimSpace(first)
	if !ok || strings.TrimSpace(rest) == "" || first == "" {
		return ""
	}
	if len(first) > maxHeadlineBytes || len(strings.Fields(first)) > maxHeadlineWords {
		return ""
	}
	end := strings.TrimRight(first, `"'”’)»`)
	if end == "" {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(end)
	switch last {
	case '.', ',', ';', ':', '…':
		return ""
	}
	return cleanField(first)
}

// Markdown handling is minimal: enough that the stored text reads as prose
// and the analysis does not see markup, while every word of the author's
// text is kept. Headings lose their "#" markers (and setext underlines),
// block quotes their ">", list items their bullets or numbers; links keep
// their text and lose their target; images, reference-link definitions,
// horizontal rules, code-fence lines and HTML comments on their own line go;
// emphasis and inline-code markers go. Everything else is kept as written.
var (
	mdATX       = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$`)
	mdSetext    = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	mdRule      = regexp.MustCompile(`^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	mdFence     = regexp.MustCompile("^ {0,3}(```|~~~)")
	mdRefDef    = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s+\S+.*$`)
	mdQuote     = regexp.MustCompile(`^ {0,3}(?:>[ \t]?)+`)
	mdBullet    = regexp.MustCompile(`^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])`)
	mdAutolink  = regexp.MustCompile(`<(https?://[^>\s]+)>`)
	mdStrong    = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmStar    = regexp.MustCompile(`(^|[^\w*])\*(\S(?:[^*]*?\S)?)\*([^\w*]|$)`)
	mdEmUnder   = regexp.MustCompile(`(^|[^\w_])_(\S(?:[^_]*?\S)?)_([^\w_]|$)`)
	mdCode      = regexp.MustCompile("`([^`]+)`")
	mdComment   = regexp.MustCompile(`^\s*<!--.*-->\s*$`)
	mdLineBreak = regexp.MustCompile(`(?: {2,}|\\)$`)
)

// markdownToText turns Markdown (newlines already LF) into plain prose as
// described above. title is the text of the first heading when the first
// non-blank line is a heading.
func markdownToText(s string) (text, title string) {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	seenText := false
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		switch {
		case mdFence.MatchString(line), mdRefDef.MatchString(line), mdComment.MatchString(line):
			continue
		case mdRule.MatchString(line) && !(strings.Contains(line, "-") && i > 0 && strings.TrimSpace(lines[i-1]) != ""):
			out = append(out, "")
			continue
		case mdSetext.MatchString(line) && i > 0 && strings.TrimSpace(lines[i-1]) != "" && len(out) > 0:
			// The previous line was a setext heading; keep it, drop the underline.
			if isOnlyLine(out) {
				title = cleanField(out[len(out)-1])
			}
			continue
		}
		if m := mdATX.FindStringSubmatch(line); m != nil {
			line = m[2]
			if !seenText {
				title = cleanField(mdInline(line))
			}
		}
		line = mdQuote.ReplaceAllString(line, "")
		line = mdBullet.ReplaceAllString(line, "$1")
		line = mdLineBreak.ReplaceAllString(line, "")
		line = mdInline(line)
		if strings.TrimSpace(line) != "" {
			seenText = true
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n"), title
}

// isOnlyLine reports whether lines hold exactly one non-blank line.
func isOnlyLine(lines []string) bool {
	n := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n == 1
}

// mdInline removes inline Markdown markup from one line.
func mdInline(line string) string {
	if !strings.ContainsAny(line, "[]!*_`<") {
		return line
	}
	line = mdImage.ReplaceAllString(line, "")
	line = mdLink.ReplaceAllString(line, "$1")
	line = mdAutolink.ReplaceAllString(line, "$1")
	line = mdCode.ReplaceAllString(line, "$1")
	line = mdStrong.ReplaceAllString(line, "$2")
	line = mdEmStar.ReplaceAllString(line, "$1$2$3")
	line = mdEmUnder.ReplaceAllString(line, "$1$2$3")
	return line
}

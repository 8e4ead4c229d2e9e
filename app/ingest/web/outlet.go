package web

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/url"
	"sort"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Mapping makes one outlet one outlet: it maps domains and site names, as
// pages and feeds give them, to the outlet name the user wants. It is read
// from a user-edited text file (see ParseMapping, and LoadMapping for a
// mapping that follows its file's edits). The zero value maps nothing.
type Mapping struct {
	domains map[string]string // folded domain -> outlet
	names   map[string]string // lowercased site name -> outlet
	file    *mappingFile      // LoadMapping's file: its latest version is used
}

// ParseMapping reads mapping lines of the form
//
//	edition.cnn.com cnn.com => CNN
//	"CNN International" => CNN
//	bbc.co.uk bbc.com "BBC News" => BBC
//
// Keys before "=>" are separated by spaces; a key with a dot and no spaces
// is a domain (matched with its subdomains, "www." ignored), a quoted key or
// one without a dot is a site name (matched case-insensitively). Blank
// lines and lines starting with # are ignored. A key given twice is an
// error naming both lines, so the file cannot say two things at once.
func ParseMapping(r io.Reader) (Mapping, error) {
	m := Mapping{domains: map[string]string{}, names: map[string]string{}}
	where := map[string]int{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		left, outlet, ok := strings.Cut(line, "=>")
		outlet = strings.TrimSpace(outlet)
		if !ok || outlet == "" {
			return Mapping{}, fmt.Errorf("outlet mapping line %d: want \"domain ... => Outlet\", got %q", n, line)
		}
		keys, err := splitKeys(left)
		if err != nil {
			return Mapping{}, fmt.Errorf("outlet mapping line %d: %w", n, err)
		}
		if len(keys) == 0 {
			return Mapping{}, fmt.Errorf("outlet mapping line %d: no domain or site name before =>", n)
		}
		for _, k := range keys {
			table, id := m.names, "name:"+strings.ToLower(k.text)
			key := strings.ToLower(k.text)
			if !k.quoted && strings.Contains(k.text, ".") {
				key = foldHost(k.text)
				if key == "" {
					return Mapping{}, fmt.Errorf("outlet mapping line %d: %q is not a domain", n, k.text)
				}
				table, id = m.domains, "domain:"+key
			}
			if prev, dup := where[id]; dup {
				return Mapping{}, fmt.Errorf("outlet mapping line %d: %q is already mapped on line %d", n, k.text, prev)
			}
			where[id] = n
			table[key] = outlet
		}
	}
	if err := sc.Err(); err != nil {
		return Mapping{}, fmt.Errorf("outlet mapping: %w", err)
	}
	return m, nil
}

type mappingKey struct {
	text   string
	quoted bool
}

// splitKeys splits the left side of a mapping line into keys, keeping
// double-quoted site names whole.
func splitKeys(s string) ([]mappingKey, error) {
	var keys []mappingKey
	s = strings.TrimSpace(s)
	for s != "" {
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				return nil, fmt.Errorf("unclosed quote in %q", s)
			}
			if name := strings.TrimSpace(s[1 : end+1]); name != "" {
				keys = append(keys, mappingKey{text: name, quoted: true})
			}
			s = strings.TrimSpace(s[end+2:])
			continue
		}
		field := s
		if i := strings.IndexAny(s, " \t"); i >= 0 {
			field = s[:i]
		}
		keys = append(keys, mappingKey{text: field})
		s = strings.TrimSpace(s[len(field):])
	}
	return keys, nil
}

// Outlets returns the distinct outlet names the mapping produces, sorted.
func (m Mapping) Outlets() []string {
	m = m.current()
	set := map[string]bool{}
	for _, o := range m.domains {
		set[o] = true
	}
	for _, o := range m.names {
		set[o] = true
	}
	out := make([]string, 0, len(set))
	for o := range set {
		out = append(out, o)
	}
	sort.Strings(out)
	return out
}

// ResolveOutlet names the outlet of a page that came without one, from its
// URL and the site name the page or feed declares. In order:
//
//  1. the mapping entry for the page's host, or for the nearest parent
//     domain in the mapping (edition.cnn.com falls back to cnn.com);
//  2. the mapping entry for the site name;
//  3. the site name as given;
//  4. the registrable domain of the host ("bbc.co.uk" for
//     "www.bbc.co.uk", "cnn.com" for "edition.cnn.com");
//  5. "" when there is nothing to go on.
//
// An outlet named explicitly at import always wins: callers use it as given
// and do not call ResolveOutlet.
func ResolveOutlet(pageURL, siteName string, m Mapping) string {
	m = m.current()
	host := ""
	if u, err := url.Parse(strings.TrimSpace(pageURL)); err == nil {
		host = foldHost(u.Hostname())
	}
	for h := host; h != ""; h = parentDomain(h) {
		if o, ok := m.domains[h]; ok {
			return o
		}
	}
	siteName = strings.Join(strings.Fields(siteName), " ")
	if o, ok := m.names[strings.ToLower(siteName)]; ok {
		return o
	}
	if siteName != "" {
		return siteName
	}
	if host == "" {
		return ""
	}
	if net.ParseIP(host) != nil {
		return host
	}
	if reg, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return reg
	}
	return host
}

// foldHost lowercases a host name and drops a trailing dot, a port and a
// leading "www." (or "www2.", "m.", "amp."), the prefixes that never name a
// different outlet.
func foldHost(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	if strings.Contains(h, "://") {
		if u, err := url.Parse(h); err == nil {
			h = u.Hostname()
		}
	}
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	h = strings.TrimSuffix(h, ".")
	for _, p := range []string{"www.", "www1.", "www2.", "www3.", "m.", "amp.", "mobile."} {
		if strings.HasPrefix(h, p) && strings.Count(h, ".") > 1 {
			h = strings.TrimPrefix(h, p)
			break
		}
	}
	if h == "" || strings.ContainsAny(h, " /\\@") {
		return ""
	}
	return h
}

// parentDomain drops the leftmost label of h, stopping above a public
// suffix ("co.uk" is never tried), or returns "".
func parentDomain(h string) string {
	_, rest, ok := strings.Cut(h, ".")
	if !ok {
		return ""
	}
	if suffix, _ := publicsuffix.PublicSuffix(rest); suffix == rest {
		return ""
	}
	return rest
}

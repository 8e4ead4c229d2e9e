package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/framelens/framelens/store"
)

// Blind mode (?blind=1) shows outlets as "Outlet A", "Outlet B", ... on every
// page, chart and export, so a class judges the text and not the brand.
// Letters follow the order of sha256(salt + name), where the salt is random
// and stored once per database: the same database always gives the same
// letters, and the letters say nothing about the names (not alphabetical,
// not by size). Outlet names that appear inside titles and texts (an outlet
// quoting itself, or citing another outlet in the database) are replaced by
// the letter label too.

// blindNames maps outlets to their blind labels for one data version.
type blindNames struct {
	label    map[int64]string // outlet ID -> "Outlet A"
	variants []nameVariant    // every name and variant, longest first
}

// nameVariant is one way of writing an outlet's name, ASCII-lower-cased.
type nameVariant struct {
	lower string
	label string
}

// blindNames returns the labels for the current outlets (cached per data
// version).
func (s *server) blindNames(ctx context.Context) (*blindNames, error) {
	v, err := s.cachedValue(ctx, "blind-names", func(ctx context.Context) (any, error) {
		salt, err := s.db.BlindSalt(ctx)
		if err != nil {
			return nil, err
		}
		outlets, err := s.db.Outlets(ctx)
		if err != nil {
			return nil, err
		}
		return newBlindNames(salt, outlets), nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*blindNames), nil
}

func newBlindNames(salt string, outlets []store.OutletRow) *blindNames {
	type keyed struct {
		o   store.OutletRow
		key string
	}
	ks := make([]keyed, len(outlets))
	for i, o := range outlets {
		h := sha256.Sum256([]byte(salt + "\x00" + o.Name))
		ks[i] = keyed{o, hex.EncodeToString(h[:])}
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].key < ks[j].key })
	b := &blindNames{label: map[int64]string{}}
	seen := map[string]bool{}
	for i, k := range ks {
		label := "Outlet " + letters(i)
		b.label[k.o.ID] = label
		for _, v := range nameVariants(k.o.Name, k.o.Domain) {
			lv := asciiLower(v)
			if seen[lv] {
				continue
			}
			seen[lv] = true
			b.variants = append(b.variants, nameVariant{lower: lv, label: label})
		}
	}
	// Longest first, so "Quillon Wire Service" wins over "Quillon Wire".
	sort.SliceStable(b.variants, func(i, j int) bool { return len(b.variants[i].lower) > len(b.variants[j].lower) })
	return b
}

// nameVariants are the ways a text may name an outlet: its full name, the
// name without a leading "The" (when two words remain), the first two words
// of a longer name ("Quillon Wire" for "Quillon Wire Service"), and its
// domain. Variants shorter than three letters are left out: they would
// blank ordinary words.
func nameVariants(name, domain string) []string {
	name = strings.TrimSpace(name)
	out := []string{name}
	words := strings.Fields(name)
	if len(words) >= 3 && strings.EqualFold(words[0], "the") {
		out = append(out, strings.Join(words[1:], " "))
		words = words[1:]
	}
	if len(words) >= 3 {
		out = append(out, strings.Join(words[:2], " "))
	}
	if domain != "" {
		out = append(out, domain)
	}
	var keep []string
	for _, v := range out {
		if len(v) >= 3 {
			keep = append(keep, v)
		}
	}
	return keep
}

// letters returns the spreadsheet-style letters for i: 0 -> A, 25 -> Z,
// 26 -> AA.
func letters(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// view is how one request shows outlets: real names, or blind labels.
type view struct {
	blind bool
	names *blindNames
}

// outlet returns the name to show for outlet id.
func (v *view) outlet(id int64, name string) string {
	if !v.blind {
		return name
	}
	if l, ok := v.names.label[id]; ok {
		return l
	}
	return "Outlet ?"
}

// text returns s with every outlet name replaced by its label in blind mode.
// Names match whole words in any ASCII case. With hundreds of outlets this
// runs one substring search per name variant over an ASCII-lower-cased copy
// (which keeps byte offsets), far faster than one regular expression with
// a thousand alternatives.
func (v *view) text(s string) string {
	if !v.blind || s == "" || len(v.names.variants) == 0 {
		return s
	}
	lower := asciiLower(s)
	type match struct {
		start, end int
		label      string
	}
	var ms []match
	for _, nv := range v.names.variants {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], nv.lower)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(nv.lower)
			if wordEdge(s, start, true) && wordEdge(s, end, false) {
				ms = append(ms, match{start, end, nv.label})
			}
			from = start + 1
		}
	}
	if len(ms) == 0 {
		return s
	}
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		return ms[i].end > ms[j].end
	})
	var b strings.Builder
	last := 0
	for _, m := range ms {
		if m.start < last {
			continue // inside a longer name already replaced
		}
		b.WriteString(s[last:m.start])
		b.WriteString("[" + m.label + "]")
		last = m.end
	}
	b.WriteString(s[last:])
	return b.String()
}

// asciiLower lower-cases ASCII letters only, so byte offsets stay those of s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

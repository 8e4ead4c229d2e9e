package app

import (
	"regexp"
	"sort"
	"strings"

	"github.com/framelens/framelens/store"
)

// A lesson hides outlets twice over: the outlets of its story become
// "Outlet A, B, ..." (a mapping drawn at random for the lesson and stored),
// and names of news organisations inside the texts are masked, because
// "a US official told CNN" or a credit line tells a class whose article it
// is. The teacher sees every masked span, so nothing is hidden from them
// and a wrongly masked word can be discussed.

// newsOrgs are news organisations whose names, inside an article, give
// away an outlet or its leanings. Matched case-sensitively, whole words,
// so "the sun rose" or "a guardian" stay. Names that are also common words
// ("Time", "The Hill" alone) are left out: the teacher can add them to a
// lesson's own masks. The list is ours: names are facts.
var newsOrgs = []string{
	"ABC News", "ABC", "AFP", "Agence France-Presse", "Al Arabiya", "Al Jazeera", "Al-Monitor", "Al Mayadeen",
	"Anadolu Agency", "Anadolu", "AP", "Arutz Sheva", "Associated Press", "Axios", "BBC", "Bloomberg News",
	"Breitbart", "BuzzFeed News", "CBC", "CBS News", "CBS", "Channel 4 News", "Chicago Tribune", "CNBC", "CNN",
	"Daily Caller", "Daily Mail", "Daily Wire", "Democracy Now", "Der Spiegel", "Deutsche Welle", "DW",
	"Electronic Intifada", "Euronews", "Financial Times", "Fox News", "France 24", "Haaretz", "HuffPost",
	"Huffington Post", "i24NEWS", "ITV News", "Jerusalem Post", "Jewish News Syndicate", "JNS", "Le Monde",
	"Los Angeles Times", "Middle East Eye", "Mondoweiss", "Mother Jones", "MSNBC", "National Review",
	"NBC News", "NBC", "New York Post", "New York Times", "Newsmax", "Newsweek", "NPR", "One America News",
	"PBS", "Politico", "Press TV", "ProPublica", "Reuters", "RT", "Sky News", "Sputnik", "TASS",
	"Tehran Times", "The Atlantic", "The Daily Telegraph", "The Economist", "The Federalist", "The Guardian",
	"The Independent", "The Intercept", "The Nation", "The New York Times", "The Telegraph", "The Times",
	"The Washington Post", "The Washington Times", "Times of Israel", "The Times of Israel", "USA Today",
	"Vox", "Wall Street Journal", "The Wall Street Journal", "Washington Examiner", "Washington Post",
	"Xinhua", "Ynet", "Ynetnews",
}

var (
	// creditLine is a sentence at the end of a line crediting reporters
	// ("CNN's Kevin Liptak contributed to this report."); group 1 is the
	// sentence.
	creditLine = regexp.MustCompile(`(?m)(?:^|[.!?]["”’]?[ \t]+)([^\n.!?]{0,200}\b(?:contributed (?:reporting|to this (?:report|story|article))|additional reporting by)\b[^\n]{0,200})$`)
	// bylineLine is a byline on its own line.
	bylineLine = regexp.MustCompile(`(?m)^(?:By|BY|Written by|Reporting by|Editing by) [^\n]{1,160}$`)
	// webAddress is a URL or a bare domain name.
	webAddress = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"”’)\]]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|news|info|tv|co\.uk|org\.uk|co\.il|ru|ir|qa|de|fr)\b`)
)

// lessonMask finds what a lesson hides in a text.
type lessonMask struct {
	outletRe *regexp.Regexp    // the database's outlet names and domains, any case
	outlet   map[string]string // lower-cased variant -> replacement
	orgRe    *regexp.Regexp    // newsOrgs, exact case
	extraRe  *regexp.Regexp    // the teacher's own terms, any case
}

// maskSpan is one masked span of a text.
type maskSpan struct {
	Start, End int
	Found      string // the text that was hidden
	Repl       string // what is shown instead
	Why        string // "outlet name", "news organisation", "web address", "credit line", "your mask"
}

// newLessonMask builds the masks of a lesson: every outlet of the database
// (those of the lesson become "[Outlet A]", others "[news outlet]"), the
// news organisations, web addresses, credit lines and the teacher's terms.
func newLessonMask(outlets []store.OutletRow, labels map[int64]string, extra []string) *lessonMask {
	m := &lessonMask{outlet: map[string]string{}}
	var alts []string
	for _, o := range outlets {
		repl := "[news outlet]"
		if l, ok := labels[o.ID]; ok {
			repl = "[" + l + "]"
		}
		for _, v := range nameVariants(o.Name, o.Domain) {
			lv := strings.ToLower(v)
			if _, dup := m.outlet[lv]; dup {
				continue
			}
			m.outlet[lv] = repl
			alts = append(alts, regexp.QuoteMeta(v))
		}
	}
	m.outletRe = alternation("(?i)", alts)
	orgs := make([]string, len(newsOrgs))
	for i, o := range newsOrgs {
		orgs[i] = regexp.QuoteMeta(o)
	}
	m.orgRe = alternation("", orgs)
	var ex []string
	for _, e := range extra {
		if e = strings.TrimSpace(e); e != "" {
			ex = append(ex, regexp.QuoteMeta(e))
		}
	}
	m.extraRe = alternation("(?i)", ex)
	return m
}

// alternation matches any of alts as whole words, longest first (so "Fox
// News" wins over "Fox"), or is nil when alts is empty.
func alternation(flags string, alts []string) *regexp.Regexp {
	if len(alts) == 0 {
		return nil
	}
	alts = append([]string(nil), alts...)
	sort.SliceStable(alts, func(i, j int) bool { return len(alts[i]) > len(alts[j]) })
	return regexp.MustCompile(flags + `\b(?:` + strings.Join(alts, "|") + `)\b`)
}

// spans returns the masked spans of text, ordered and not overlapping:
// where two overlap, the one found first in this order wins: credit line,
// web address, outlet name, the teacher's term, news organisation.
func (m *lessonMask) spans(text string) []maskSpan {
	var all []maskSpan
	add := func(re *regexp.Regexp, why string, repl func(string) string) {
		if re == nil {
			return
		}
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			if len(loc) >= 4 && loc[2] >= 0 {
				loc = loc[2:4] // the regexp's group 1 is the span to mask
			}
			found := text[loc[0]:loc[1]]
			all = append(all, maskSpan{Start: loc[0], End: loc[1], Found: found, Repl: repl(found), Why: why})
		}
	}
	add(creditLine, "credit line", func(string) string { return "[credit line removed]" })
	add(bylineLine, "credit line", func(string) string { return "[credit line removed]" })
	add(webAddress, "web address", func(string) string { return "[web address]" })
	add(m.outletRe, "outlet name", func(f string) string {
		if r, ok := m.outlet[strings.ToLower(f)]; ok {
			return r
		}
		return "[news outlet]"
	})
	add(m.extraRe, "your mask", func(string) string { return "[hidden]" })
	add(m.orgRe, "news organisation", func(string) string { return "[news outlet]" })
	// Keep the first-priority span of any overlap, then order by start.
	var keep []maskSpan
	for _, sp := range all {
		clash := false
		for _, k := range keep {
			if sp.Start < k.End && k.Start < sp.End {
				clash = true
				break
			}
		}
		if !clash {
			keep = append(keep, sp)
		}
	}
	sort.Slice(keep, func(i, j int) bool { return keep[i].Start < keep[j].Start })
	return keep
}

// text returns s with every masked span replaced.
func (m *lessonMask) text(s string) string {
	out, _ := applyMask(s, m.spans(s))
	return out
}

// applyMask returns text with spans replaced, and a function mapping an
// offset of text outside the spans to its offset in the result.
func applyMask(text string, spans []maskSpan) (string, func(int) int) {
	if len(spans) == 0 {
		return text, func(p int) int { return p }
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(text[last:sp.Start])
		b.WriteString(sp.Repl)
		last = sp.End
	}
	b.WriteString(text[last:])
	shift := func(p int) int {
		d := 0
		for _, sp := range spans {
			if sp.End <= p {
				d += len(sp.Repl) - (sp.End - sp.Start)
			}
		}
		return p + d
	}
	return b.String(), shift
}

// insideMask reports whether offset p falls strictly inside a span, or a
// span [start, end) lies within one: such highlights cannot be shown on
// the masked text.
func insideMask(spans []maskSpan, start, end int) bool {
	for _, sp := range spans {
		if (start > sp.Start && start < sp.End) || (end > sp.Start && end < sp.End) || (start >= sp.Start && end <= sp.End) {
			return true
		}
	}
	return false
}

// maskedArticle is an article's text with the lesson's masks applied and
// its evidence and quotes moved to the masked text's offsets.
type maskedArticle struct {
	Text   string
	Spans  []maskSpan
	Ev     []store.EvidenceRow
	Quotes []store.QuoteRow
}

// maskArticle applies m to text and remaps ev and qs. Highlights inside a
// masked span are dropped (the word they mark is hidden).
func maskArticle(m *lessonMask, text string, ev []store.EvidenceRow, qs []store.QuoteRow) maskedArticle {
	spans := m.spans(text)
	out, shift := applyMask(text, spans)
	ma := maskedArticle{Text: out, Spans: spans}
	for _, e := range ev {
		if e.Start < 0 || e.End > len(text) || insideMask(spans, e.Start, e.End) {
			continue
		}
		e.Start, e.End = shift(e.Start), shift(e.End)
		ma.Ev = append(ma.Ev, e)
	}
	for _, q := range qs {
		if q.Start < 0 || q.End > len(text) || insideMask(spans, q.Start, q.End) {
			continue
		}
		q.Start, q.End = shift(q.Start), shift(q.End)
		ma.Quotes = append(ma.Quotes, q)
	}
	return ma
}

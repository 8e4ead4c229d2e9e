package ingest

import (
	"strconv"
	"strings"
	"time"
)

// publishedLayouts are the date formats parsePublished accepts, tried in
// order. Layouts without a zone are read as UTC.
var publishedLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700", // RSS with a one-digit day
	"Mon, 2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	"Jan 2, 2006",
	"January 2, 2006",
	"Jan. 2, 2006",
	"Jan 2, 2006 3:04 PM",
	"January 2, 2006 3:04 PM",
	"2 January 2006",
	"2 Jan 2006",
}

// parsePublished reads a publication date in any of publishedLayouts, or a
// Unix time in seconds or milliseconds. Anything else gives the zero time:
// an unreadable date is not a reason to lose an article.
func parsePublished(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	if isISODate(s) {
		// Only the "2006-01-02" layout can read this shape: a date it
		// rejects (a 13th month) no other layout reads either.
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return time.Time{}
		}
		return t
	}
	for _, layout := range publishedLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		switch {
		case len(s) >= 9 && len(s) <= 10:
			return time.Unix(n, 0).UTC()
		case len(s) >= 12 && len(s) <= 13:
			return time.UnixMilli(n).UTC()
		}
	}
	return time.Time{}
}

// isISODate reports whether s has the shape 2006-01-02: four digits, a
// dash, two digits, a dash, two digits.
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

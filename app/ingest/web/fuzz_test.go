package web

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzResponseText: any bytes under any declared type are sniffed and
// decoded without panicking, and decoded text is valid UTF-8.
func FuzzResponseText(f *testing.F) {
	f.Add([]byte("<html><meta charset=koi8-r>\xf0\xd2\xc9</html>"), "text/html")
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00"), "text/html; charset=utf-8")
	f.Add([]byte(`<?xml version="1.0" encoding="bogus"?><rss/>`), "application/rss+xml; charset=")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		r := &Response{URL: "http://x.test/", ContentType: contentType, Body: body}
		_ = r.Sniff()
		_ = r.MediaType()
		if text, err := r.Text(); err == nil && !utf8.ValidString(text) {
			t.Errorf("Text() returned invalid UTF-8 for %q", body)
		}
		_ = feedBytes(r)
	})
}

// FuzzParseMapping: any mapping file parses or fails with an error naming
// a line, never panics, and what parses resolves without panicking.
func FuzzParseMapping(f *testing.F) {
	f.Add(testMapping, "https://edition.cnn.com/x", "CNN International")
	f.Add(`"unclosed => X`, "http://[::1]/", "")
	f.Add("a.b c => D\n# c\n\"x y\" => Z", "not a url", "x y")
	f.Fuzz(func(t *testing.T, file, pageURL, site string) {
		m, err := ParseMapping(strings.NewReader(file))
		if err != nil {
			if !strings.Contains(err.Error(), "outlet mapping") {
				t.Errorf("error %q does not say it is about the outlet mapping", err)
			}
			return
		}
		_ = ResolveOutlet(pageURL, site, m)
		_ = m.Outlets()
	})
}

// FuzzFragmentText: feed HTML fragments never panic and give valid UTF-8.
func FuzzFragmentText(f *testing.F) {
	f.Add("<p>One</p><script>x</script>&amp;<br>")
	f.Add("<<<>>>&#xZZ;")
	f.Fuzz(func(t *testing.T, s string) {
		if got := fragmentText(s); utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("fragmentText(%q) = %q, invalid UTF-8", s, got)
		}
	})
}

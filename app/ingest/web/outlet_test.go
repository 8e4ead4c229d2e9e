package web

import (
	"strings"
	"testing"
)

const testMapping = `# Outlets, one per line.
edition.cnn.com cnn.com => CNN
"CNN International" => CNN
bbc.co.uk bbc.com "BBC News" => BBC
nytimes.com => New York Times

foxnews.com => Fox News
`

func TestResolveOutlet(t *testing.T) {
	m, err := ParseMapping(strings.NewReader(testMapping))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		url, site, want string
	}{
		{"https://edition.cnn.com/2026/11/21/world/story", "", "CNN"},
		{"https://www.cnn.com/politics/x", "", "CNN"},
		{"https://us.cnn.com/x", "CNN Politics", "CNN"}, // subdomain of a mapped domain beats the site name
		{"https://CNN.com./x", "", "CNN"},
		{"https://www.bbc.co.uk/news/world-1", "", "BBC"},
		{"https://m.bbc.com/news", "", "BBC"},
		{"https://feeds.bbci.co.uk/news/rss.xml", "BBC News", "BBC"}, // unmapped domain, mapped site name
		{"https://example.org/a", "cnn international", "CNN"},
		{"https://www.theguardian.com/world/x", "The Guardian", "The Guardian"},
		{"https://www.theguardian.com/world/x", "  The   Guardian ", "The Guardian"},
		{"https://www.lemonde.fr/international/article", "", "lemonde.fr"},
		{"https://news.example.co.uk/a", "", "example.co.uk"},
		{"https://www.nytimes.com:443/2026/a.html", "", "New York Times"},
		{"http://93.184.216.34/a", "", "93.184.216.34"},
		{"", "Riverside Gazette", "Riverside Gazette"},
		{"", "", ""},
		{"not a url", "", ""},
		{"https://co.uk/", "", "co.uk"},
	}
	for _, tt := range tests {
		if got := ResolveOutlet(tt.url, tt.site, m); got != tt.want {
			t.Errorf("ResolveOutlet(%q, %q) = %q, want %q", tt.url, tt.site, got, tt.want)
		}
	}
	if got, want := strings.Join(m.Outlets(), "|"), "BBC|CNN|Fox News|New York Times"; got != want {
		t.Errorf("Outlets() = %q, want %q", got, want)
	}
	// The zero Mapping maps nothing.
	if got := ResolveOutlet("https://edition.cnn.com/x", "", Mapping{}); got != "cnn.com" {
		t.Errorf("zero mapping: got %q, want cnn.com", got)
	}
}

func TestParseMappingErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"cnn.com CNN", `line 1: want "domain ... => Outlet"`},
		{"cnn.com =>", `line 1: want "domain ... => Outlet"`},
		{"\n=> CNN", "line 2: no domain or site name"},
		{"cnn.com => CNN\nwww.cnn.com => Other", `line 2: "www.cnn.com" is already mapped on line 1`},
		{`"CNN => CNN`, "line 1: unclosed quote"},
		{"news.example.com/world => X", `"news.example.com/world" is not a domain`},
	}
	for _, tt := range tests {
		_, err := ParseMapping(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseMapping(%q) error = %v, want it to contain %q", tt.in, err, tt.want)
		}
	}
}

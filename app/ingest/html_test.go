package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseHTMLPages(t *testing.T) {
	tests := []struct {
		file                             string
		title, author, outlet, url, lang string
		published                        time.Time
		wantParas                        []string // the article's paragraphs, in order, each exactly
		noise                            []string // page furniture that must not be in the text
	}{
		{
			file:   "news-article.html",
			title:  "Harbour council votes to close ferry pier",
			author: "Ana Ruiz", outlet: "The Coastal Ledger", url: "https://ledger.example/news/2024/05/06/pier-closure", lang: "en",
			published: date("2024-05-06T08:30:00Z"),
			wantParas: []string{
				"The harbour council voted on Tuesday to close the old ferry pier after engineers said its timber pilings had rotted beyond repair.",
				"“We had no choice,” said the council chair, Mara Ellison. “The report left no room for doubt.”",
				"Local business owners were less sanguine. \"Half my customers come off that ferry,\" said Tom Beck, who runs a café on the quay. 'It's a blow,' added his neighbour.",
				"The council will review the plan in June, when engineers present options for a replacement structure.",
			},
			noise: []string{"Related stories", "Ferry timetable", "Disgraceful", "Advertisement", "Sign up", "Share on", "©", "cookies", "Sport", "Photo: Ledger staff", "Subscribe"},
		},
		{
			file:   "blog-post.html",
			title:  "Why the pier closure is a warning for every coastal town",
			author: "Jo Hart", outlet: "Harbour Notes", lang: "en", published: date("2024-05-08T17:05:00Z"),
			wantParas: []string{
				"The closure of the ferry pier was not a surprise to anyone who has walked along it in the past five years.",
				"A decade of warnings",
				"The engineers' reports are all public. The 2016 survey, the 2019 follow-up and the 2022 inspection each said the same thing.",
				"“Without significant investment, the structure will need to close within five years,” the 2019 report warned.",
				"honest public reporting of the pier's condition every year;",
				"Other towns on this coast have timber piers of the same age. They should read the reports now, not later.",
			},
			noise: []string{"Spot on", "hindsight", "12 comments", "You might also like", "The last ferryman", "Categories", "Archive", "Share this", "Tweet"},
		},
		{
			file:   "latin1-table-layout.html",
			title:  "Café owners protest pier closure",
			author: "Lee Park", lang: "en", published: date("2024-05-07T00:00:00Z"),
			wantParas: []string{
				"Owners of cafés and shops on the quay marched to the town hall on Wednesday to protest the closure of the ferry pier.",
				"\"We were never consulted,\" said Renée Dubois, who has run a crêperie on the quay for twenty years. She said trade would fall by half.",
				"About forty people joined the march, carrying signs that read \"Save our pier\" and \"Consult us first\".",
			},
			noise: []string{"Most read", "Fire at the old mill", "Print this article", "Copyright", "Contact us"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "html", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := ParseHTML(data, "", "")
			if err != nil {
				t.Fatal(err)
			}
			checks := []struct{ name, got, want string }{
				{"title", a.Title, tt.title}, {"author", a.Author, tt.author}, {"outlet", a.Outlet, tt.outlet},
				{"url", a.URL, tt.url}, {"language", a.Language, tt.lang}, {"format", a.Format, "html"},
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
				}
			}
			if !a.Published.Equal(tt.published) {
				t.Errorf("published: got %v, want %v", a.Published, tt.published)
			}
			paras := strings.Split(a.Text, "\n\n")
			next := 0
			for _, want := range tt.wantParas {
				for next < len(paras) && paras[next] != want {
					next++
				}
				if next == len(paras) {
					t.Errorf("paragraph missing or out of order: %q\ntext:\n%s", want, a.Text)
					break
				}
			}
			for _, n := range tt.noise {
				if strings.Contains(a.Text, n) {
					t.Errorf("text holds page furniture %q:\n%s", n, a.Text)
				}
			}
			if Clean(a.Text) != a.Text {
				t.Errorf("text is not clean")
			}
		})
	}
}

func TestParseHTMLCases(t *testing.T) {
	body := func(inner string) string {
		return "<html><head><title>T</title></head><body><article>" + inner + "</article></body></html>"
	}
	long := "The council met on Tuesday evening and voted to close the pier after a long debate about its future. "
	tests := []struct {
		name, page, contentType string
		wantText                string // substring
		wantErr                 error
	}{
		{name: "charset from header", page: body("<p>" + long + "Caf\xe9 owners objected.</p>"), contentType: "text/html; charset=iso-8859-1", wantText: "Café owners objected."},
		{name: "charset from meta", page: "<html><head><meta charset=\"windows-1252\"></head><body><p>" + long + "\x93Quoted\x94 words.</p></body></html>", wantText: "“Quoted” words."},
		{name: "br is a line break", page: body("<p>" + long + "<br>Second line.<br/>Third line.</p>"), wantText: "debate about its future.\nSecond line.\nThird line."},
		{name: "inline elements join", page: body("<p>" + long + "It was <em>very</em> <a href=\"/x\">close</a>, she said.</p>"), wantText: "It was very close, she said."},
		{name: "read more line dropped", page: body("<p>" + long + "</p><p>Read more: <a href=\"/y\">Another story about the harbour</a></p><p>" + long + "End.</p>"), wantText: "future.\n\nThe council"},
		{name: "sentence mostly one link kept", page: body("<p>" + long + "</p><p><a href=\"/s\">The council's full statement on the closure of the pier</a> came out on Tuesday.</p>"),
			wantText: "The council's full statement on the closure of the pier came out on Tuesday."},
		{name: "nested too deep", page: "<html><body>" + strings.Repeat("<div>", 5000) + long + "</body></html>", wantErr: ErrMalformed},
		{name: "nul bytes", page: "<html>\x00</html>", wantErr: ErrBinary},
		{name: "no text", page: "<html><head><title>Only a title</title></head><body><nav><a href=\"/\">Home</a></nav></body></html>", wantErr: ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML([]byte(tt.page), tt.contentType, "https://page.example/a")
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("got error %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tt.wantText) {
				t.Errorf("text %q does not contain %q", a.Text, tt.wantText)
			}
			if a.URL != "https://page.example/a" {
				t.Errorf("url: got %q, want the page URL", a.URL)
			}
		})
	}
}

func TestReadHTMLFiles(t *testing.T) {
	dir := filepath.Join("testdata", "html")
	arts, fails := collect(t, []string{dir}, Options{Outlet: "Default Outlet"})
	if len(fails) != 0 || len(arts) != 3 {
		t.Fatalf("got %d articles and %v, want 3 and no failures", len(arts), fails)
	}
	// The latin-1 page names no site, so the default applies; the others'
	// site names win over the default.
	var outlets []string
	for _, a := range arts {
		outlets = append(outlets, a.Outlet)
	}
	if want := []string{"Harbour Notes", "Default Outlet", "The Coastal Ledger"}; !slices.Equal(outlets, want) {
		t.Errorf("outlets: got %q, want %q", outlets, want)
	}
	page, err := os.ReadFile(filepath.Join(dir, "news-article.html"))
	if err != nil {
		t.Fatal(err)
	}
	arts, fails = collect(t, []string{"-"}, Options{Stdin: strings.NewReader(string(page))})
	if len(fails) != 0 || len(arts) != 1 || arts[0].Format != "html" || arts[0].Source != "-" {
		t.Fatalf("stdin: got %v and %v, want one html article", arts, fails)
	}
}

// TestParseHTMLHeadline: the title is the headline a reader sees, and the
// text does not repeat it as its first paragraph.
func TestParseHTMLHeadline(t *testing.T) {
	p1 := "<p>Die Bürger der Stadt München haben am Dienstag über die neuen Regeln für den Straßenverkehr abgestimmt, die ab dem Sommer gelten sollen. Viele Geschäfte in der Innenstadt befürchten weniger Kunden.</p>"
	p2 := "<p>Der Bürgermeister sagte, man werde die Ergebnisse genau prüfen und im Herbst über weitere Maßnahmen entscheiden, nachdem alle Stimmen gezählt seien.</p>"
	page := func(title, head, body string) string {
		return "<html><head><title>" + title + "</title>" + head + "</head><body><nav>Start | Politik</nav><article>" + body + "</article></body></html>"
	}
	tests := []struct {
		name, page           string
		wantTitle, wantStart string
	}{
		{"short title: the h1 is the headline", page("Nachrichten", "", "<h1>Grüße aus München</h1>"+p1+p2),
			"Grüße aus München", "Die Bürger der Stadt"},
		{"title is the site name", page("Stadtblatt", `<meta property="og:site_name" content="Stadtblatt">`, "<h1>Grüße aus München</h1>"+p1+p2),
			"Grüße aus München", "Die Bürger der Stadt"},
		{"a full title is kept, the h1 stays in the text", page("München stimmt über neue Verkehrsregeln ab", "", "<h1>Grüße aus München</h1>"+p1+p2),
			"München stimmt über neue Verkehrsregeln ab", "Grüße aus München"},
		{"two h1: nothing is guessed", page("Nachrichten", "", "<h1>Grüße aus München</h1>"+p1+"<h1>Mehr</h1>"+p2),
			"Nachrichten", ""},
		{"title and h1 equal: the text starts with the article", page("Grüße aus München", "", "<h1>Grüße aus München</h1>"+p1+p2),
			"Grüße aus München", "Die Bürger der Stadt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML([]byte(tt.page), "", "https://stadt.example/a")
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.wantTitle {
				t.Errorf("title: got %q, want %q", a.Title, tt.wantTitle)
			}
			if !strings.HasPrefix(a.Text, tt.wantStart) {
				t.Errorf("text starts %.60q, want %q", a.Text, tt.wantStart)
			}
		})
	}
}

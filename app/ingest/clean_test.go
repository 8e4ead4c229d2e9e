package ingest

import (
	"strings"
	"testing"
	"time"
)

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"crlf", "One.\r\nTwo.\r\n", "One.\nTwo."},
		{"lone cr", "One.\rTwo.", "One.\nTwo."},
		{"bom", "\ufeffText starts here.", "Text starts here."},
		{"nfc", "Cafe\u0301 owners protested.", "Caf\u00e9 owners protested."},
		{"curly quotes kept", "He said “no” and ‘never’, it’s over.", "He said “no” and ‘never’, it’s over."},
		{"straight quotes kept", `He said "no" and 'never'.`, `He said "no" and 'never'.`},
		{"trailing space", "Line one.   \nLine two.\t\n", "Line one.\nLine two."},
		{"leading indentation kept", "  Indented line.", "  Indented line."},
		{"blank runs", "Para one.\n\n\n\n\nPara two.\n \n\t\nPara three.", "Para one.\n\nPara two.\n\nPara three."},
		{"outer blank lines", "\n\n  \nBody.\n\n\n", "Body."},
		{"controls", "Bell\a and\x00 nul\x1b.", "Bell and nul."},
		{"line separator", "One.\u2028Two.", "One.\nTwo."},
		{"boilerplate exact", "Story text.\nExit mobile version", "Story text."},
		{"boilerplate case and space", "Story.\n  ADVERTISEMENT  \nMore story.", "Story.\nMore story."},
		{"boilerplate removal keeps paragraphs", "Para one.\n\nAdvertisement\n\nPara two.", "Para one.\n\nPara two."},
		{"boilerplate patterns", strings.Join([]string{
			"Story.", "Sign up for the Morning Briefing newsletter", "Follow us on Facebook and X",
			"Read more: Council votes on pier", "Related: Ferry timetable changes",
			"We use cookies to improve your experience.", "Skip to content", "Share this article", "Click here to subscribe", "End.",
		}, "\n"), "Story.\nEnd."},
		{"boilerplate words inside prose kept", "The advertisement ran for weeks.\nShe said we use cookies. And the follow-up.", "The advertisement ran for weeks.\nShe said we use cookies. And the follow-up."},
		{"follow us with a sentence kept", "Follow us on the long road. It ended well.", "Follow us on the long road. It ended well."},
		{"long line starting like boilerplate kept", "Read more: " + strings.Repeat("this is a long paragraph that only starts like a link ", 4),
			"Read more: " + strings.TrimRight(strings.Repeat("this is a long paragraph that only starts like a link ", 4), " ")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q):\ngot  %q\nwant %q", tt.in, got, tt.want)
			}
			if again := Clean(got); again != got {
				t.Errorf("Clean is not idempotent: %q -> %q", got, again)
			}
		})
	}
}

func TestCleanField(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Pier\r\n closes \t today ", "Pier closes today"},
		{"Cafe\u0301\x07 news", "Caf\u00e9 news"},
		{"Bad \xff byte", "Bad \ufffd byte"},
		{"“Quoted” title", "“Quoted” title"},
	}
	for _, tt := range tests {
		if got := cleanField(tt.in); got != tt.want {
			t.Errorf("cleanField(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHash(t *testing.T) {
	base := "The council voted.\n\nEngineers said “the pilings had rotted.”"
	same := []string{
		"The council voted.\r\n\r\nEngineers said “the pilings had rotted.”\r\n",
		"  The council   voted.\nEngineers said “the pilings had rotted.”  ",
		"\ufeffThe council voted.\n\n\n\nEngineers\tsaid “the pilings had rotted.”\nAdvertisement",
	}
	different := []string{
		"The council voted.\n\nEngineers said \"the pilings had rotted.\"",
		"The council voted.\n\nEngineers said “the pilings had rotten.”",
		"The council vote d.\n\nEngineers said “the pilings had rotted.”",
	}
	want := Hash(base)
	if len(want) != 64 {
		t.Fatalf("Hash length: got %d, want 64 hex digits", len(want))
	}
	for _, s := range same {
		if got := Hash(s); got != want {
			t.Errorf("Hash(%q) = %s, want %s (same text)", s, got, want)
		}
	}
	for _, s := range different {
		if got := Hash(s); got == want {
			t.Errorf("Hash(%q) equals the base hash; want different", s)
		}
	}
	if Hash("Caf\u00e9") != Hash("Cafe\u0301") {
		t.Error("Hash differs between NFC and NFD forms")
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"headline", "Council Closes Pier\nThe council voted.", "Council Closes Pier"},
		{"blank line after", "Council Closes Pier\n\nThe council voted.", "Council Closes Pier"},
		{"question", "Is the Pier Safe?\nEngineers say no.", "Is the Pier Safe?"},
		{"quoted end", "‘We Had No Choice’\nThe council voted.", "‘We Had No Choice’"},
		{"final period", "The council voted to close the pier.\nEngineers agreed.", ""},
		{"period in quotes", "He said “enough.”\nMore text.", ""},
		{"colon", "Here is what happened:\nThe council voted.", ""},
		{"only line", "Council Closes Pier", ""},
		{"nothing after", "Council Closes Pier\n\n", ""},
		{"too many words", strings.Repeat("word ", 21) + "\nBody.", ""},
		{"twenty words", strings.TrimSpace(strings.Repeat("word ", 20)) + "\nBody.", strings.TrimSpace(strings.Repeat("word ", 20))},
		{"too long", strings.Repeat("x", 201) + "\nBody.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headline(tt.text); got != tt.want {
				t.Errorf("headline(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestParseWholeTitle(t *testing.T) {
	tests := []struct {
		name, in           string
		markdown           bool
		wantTitle, wantTxt string
	}{
		{"headline kept in text", "Pier Closes\nThe council voted.", false, "Pier Closes", "Pier Closes\nThe council voted."},
		{"no headline", "The council voted.\nPier closes.", false, "", "The council voted.\nPier closes."},
		{"front matter title wins", "---\ntitle: From Front Matter\n---\nPier Closes\nBody.", false, "From Front Matter", "Pier Closes\nBody."},
		{"front matter without title uses headline", "---\noutlet: X\n---\nPier Closes\nBody.", false, "Pier Closes", "Pier Closes\nBody."},
		{"markdown heading", "# Pier closes.\n\nBody text.", true, "Pier closes.", "Pier closes.\n\nBody text."},
		{"markdown setext", "Pier Closes\n===========\n\nBody text.", true, "Pier Closes", "Pier Closes\n\nBody text."},
		{"markdown no heading", "Body text with *stress*.\n\nMore.", true, "", "Body text with stress.\n\nMore."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := parseWhole(tt.in, tt.markdown)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.wantTitle || a.Text != tt.wantTxt {
				t.Errorf("got title %q text %q, want %q %q", a.Title, a.Text, tt.wantTitle, tt.wantTxt)
			}
		})
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, in string
		wantOK   bool
		want     frontMatter
		wantBody string
	}{
		{"all keys", "---\nTitle: Pier\noutlet: 'Bay Times'\nurl: \"https://x.example/a\"\nauthor: Lee\ndate: 2024-05-06\nstory: pier\nextra: ignored\n---\nBody.\n",
			true, frontMatter{Title: "Pier", Outlet: "Bay Times", URL: "https://x.example/a", Author: "Lee", Published: "2024-05-06", Story: "pier"}, "Body.\n"},
		{"quotes and escapes", "---\ntitle: \"He said \\\"no\\\"\"\noutlet: 'O''Brien Daily'\n---\nB", true,
			frontMatter{Title: `He said "no"`, Outlet: "O'Brien Daily"}, "B"},
		{"colon in value", "---\ntitle: Pier: the vote\n---\nB", true, frontMatter{Title: "Pier: the vote"}, "B"},
		{"inline list", "---\nauthors: [Ana Ruiz, 'Tom Beck']\n---\nB", true, frontMatter{Author: "Ana Ruiz, Tom Beck"}, "B"},
		{"block list", "---\nauthors:\n  - Ana Ruiz\n  - Tom Beck\ntitle: T\n---\nB", true, frontMatter{Author: "Ana Ruiz, Tom Beck", Title: "T"}, "B"},
		{"comments and dots", "---\n# comment\ntitle: T # trailing\n...\nB", true, frontMatter{Title: "T"}, "B"},
		{"no closing", "---\ntitle: T\nBody without end.", false, frontMatter{}, "---\ntitle: T\nBody without end."},
		{"rule then prose", "---\nThis is prose, not metadata.\n---\nMore.", false, frontMatter{}, "---\nThis is prose, not metadata.\n---\nMore."},
		{"not at start", "Intro\n---\ntitle: T\n---\n", false, frontMatter{}, "Intro\n---\ntitle: T\n---\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm, body, ok := splitFrontMatter(tt.in)
			if ok != tt.wantOK || fm != tt.want || body != tt.wantBody {
				t.Errorf("got %v %+v %q, want %v %+v %q", ok, fm, body, tt.wantOK, tt.want, tt.wantBody)
			}
		})
	}
}

func TestMarkdownToText(t *testing.T) {
	in := strings.Join([]string{
		"# Main *Heading* #",
		"",
		"Intro with a [link](https://x.example) and ![a photo](p.jpg) and `code`.",
		"",
		"> Quoted **strong** words",
		"> continue here.",
		"",
		"* first item",
		"2. second item",
		"",
		"***",
		"",
		"```",
		"fenced line",
		"```",
		"<!-- a comment -->",
		"[ref]: https://x.example/ref",
		"snake_case_name and 2*3*4 stay.",
	}, "\n")
	want := strings.Join([]string{
		"Main Heading",
		"",
		"Intro with a link and  and code.",
		"",
		"Quoted strong words",
		"continue here.",
		"",
		"first item",
		"second item",
		"",
		"",
		"",
		"fenced line",
		"snake_case_name and 2*3*4 stay.",
	}, "\n")
	got, title := markdownToText(in)
	if got != want {
		t.Errorf("markdownToText:\ngot  %q\nwant %q", got, want)
	}
	if title != "Main Heading" {
		t.Errorf("title: got %q, want %q", title, "Main Heading")
	}
}

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" for zero
	}{
		{"2024-05-06T09:30:00Z", "2024-05-06T09:30:00Z"},
		{"2024-05-06T09:30:00+02:00", "2024-05-06T09:30:00+02:00"},
		{"2024-05-06", "2024-05-06T00:00:00Z"},
		{"2024-05-06 09:30:00", "2024-05-06T09:30:00Z"},
		{"Mon, 06 May 2024 09:30:00 GMT", "2024-05-06T09:30:00Z"},
		{"Mon, 6 May 2024 09:30:00 +0100", "2024-05-06T09:30:00+01:00"},
		{"May 6, 2024", "2024-05-06T00:00:00Z"},
		{"January 2, 2006", "2006-01-02T00:00:00Z"},
		{" 2024-05-06 ", "2024-05-06T00:00:00Z"},
		{"1715018400", "2024-05-06T18:00:00Z"},
		{"1715018400000", "2024-05-06T18:00:00Z"},
		{"yesterday", ""},
		{"", ""},
		{"2024-13-45", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := parsePublished(tt.in)
			if tt.want == "" {
				if !got.IsZero() {
					t.Errorf("parsePublished(%q) = %v, want zero", tt.in, got)
				}
				return
			}
			want, _ := time.Parse(time.RFC3339, tt.want)
			if !got.Equal(want) {
				t.Errorf("parsePublished(%q) = %v, want %v", tt.in, got, want)
			}
		})
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ want, text string }{
		{"en", "The council said on Tuesday that the pier would be closed by the end of the month, and it has asked the engineers for a report."},
		{"es", "El consejo dijo el martes que el muelle se cerrará a finales de mes y que los ingenieros presentarán un informe para la ciudad."},
		{"fr", "Le conseil a déclaré mardi que la jetée sera fermée à la fin du mois et que les ingénieurs ont remis un rapport sur les dégâts."},
		{"de", "Der Rat sagte am Dienstag, dass die Anlegestelle zum Monatsende geschlossen wird und die Ingenieure einen Bericht über die Schäden vorlegen."},
		{"it", "Il consiglio ha detto martedì che il molo sarà chiuso alla fine del mese e che gli ingegneri hanno presentato una relazione sui danni."},
		{"pt", "O conselho disse na terça-feira que o cais será fechado no fim do mês e que os engenheiros entregaram um relatório sobre os danos."},
		{"nl", "De raad zei dinsdag dat de pier aan het eind van de maand wordt gesloten en dat de ingenieurs een rapport over de schade hebben gemaakt."},
		{"sv", "Rådet sade på tisdagen att piren kommer att stängas i slutet av månaden och att ingenjörerna har lämnat en rapport om skadorna."},
		{"pl", "Rada powiedziała we wtorek, że molo zostanie zamknięte pod koniec miesiąca, a inżynierowie przygotowali raport o zniszczeniach i to jest ważne."},
		{"tr", "Meclis salı günü yaptığı açıklamada iskelenin ay sonunda kapatılacağını ve mühendislerin hasar için bir rapor hazırladığını söyledi, bu çok önemli ve gerekli bir karar olarak görüldü."},
		{"ru", "Совет заявил во вторник, что причал будет закрыт в конце месяца, а инженеры подготовили доклад о повреждениях."},
		{"uk", "Рада заявила у вівторок, що причал буде закрито наприкінці місяця, а інженери підготували звіт про пошкодження."},
		{"ar", "قال المجلس يوم الثلاثاء إن الرصيف سيغلق في نهاية الشهر وإن المهندسين أعدوا تقريرا عن الأضرار."},
		{"el", "Το συμβούλιο δήλωσε την Τρίτη ότι η προβλήτα θα κλείσει στο τέλος του μήνα και οι μηχανικοί ετοίμασαν έκθεση."},
		{"he", "המועצה אמרה ביום שלישי שהמזח ייסגר בסוף החודש והמהנדסים הכינו דוח על הנזקים שנגרמו לו."},
		{"zh", "委员会星期二表示，码头将在月底关闭，工程师已经就损坏情况准备了一份报告，市民对此表示关注。"},
		{"ja", "評議会は火曜日、桟橋が月末に閉鎖されると発表し、技術者たちは損傷についての報告書を準備した。"},
		{"ko", "위원회는 화요일 부두가 이달 말에 폐쇄될 것이라고 밝혔으며 기술자들은 피해에 대한 보고서를 준비했다."},
		{"und", "Pier closes"},
		{"en", "Good article one about the pier closing."},
		{"es", "El consejo cierra el muelle viejo."},
		{"und", "Pier Arena Sarnow Halvik Norvalia"},
		{"und", "12345 67890 !!! ??? ... 2024-05-06"},
		{"und", "Xq zzv ptrk wlmn brrf kkst vvxa qqpl mmnr tsst."},
	}
	// A table-like English article: few function words among many names
	// and dates, but far more English ones than any other language's.
	table := "The list below shows how many people were killed by guns in each city, and it counts back from the day of the attack. " +
		"It was compiled by the paper from police reports that have been published by each of the cities, which is the best record there is. " +
		strings.Repeat("Springfield 12 Oct. 3 Oct. 4 Oct. 5 Lakeside 9 Nov. 1 Nov. 2 ", 60)
	tests = append(tests, struct{ want, text string }{"en", table})
	for _, tt := range tests {
		t.Run(tt.want+"/"+tt.text[:min(len(tt.text), 12)], func(t *testing.T) {
			if got := DetectLanguage(tt.text); got != tt.want {
				t.Errorf("DetectLanguage(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

package analysis

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

var (
	testLexOnce sync.Once
	testLex     *Lexicon
	testLexErr  error
)

// lexForTest loads the small packs in testdata/lex.
func lexForTest(t testing.TB) *Lexicon {
	t.Helper()
	testLexOnce.Do(func() { testLex, testLexErr = LoadLexicon(os.DirFS("testdata/lex")) })
	if testLexErr != nil {
		t.Fatal(testLexErr)
	}
	return testLex
}

func words(text string) []string {
	var out []string
	for _, tk := range tokenize(text, nil) {
		if tk.kind == tWord {
			out = append(out, tk.text(text))
		}
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want string // words joined by "|"
	}{
		{"Israel's so-called peace", "Israel's|so-called|peace"},
		{"Israel’s “peace” deal", "Israel’s|peace|deal"},
		{"the U.S.-backed plan", "the|U.S.-backed|plan"},
		{"the U.S. said", "the|U.S.|said"},
		{"at 5 a.m. on Monday", "at|5|a.m.|on|Monday"},
		{"32,000 people and 2.5 percent.", "32,000|people|and|2.5|percent"},
		{"don't 'End the war.'", "don't|End|the|war"},
		{"harms’ way", "harms|way"},
		{"Ünïcödé wörds, naïve café", "Ünïcödé|wörds|naïve|café"},
		{"— dash –", "dash"},
	}
	for _, tt := range tests {
		got := strings.Join(words(tt.text), "|")
		if got != tt.want {
			t.Errorf("tokenize(%q) words = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTokenHashFolds(t *testing.T) {
	pairs := [][2]string{{"Israel’s", "israel's"}, {"SO‐CALLED", "so-called"}, {"Ünïcödé", "ünïcödé"}}
	for _, p := range pairs {
		a := tokenize(p[0], nil)[0].hash
		b := tokenize(p[1], nil)[0].hash
		if a != b {
			t.Errorf("hash(%q) != hash(%q), want equal", p[0], p[1])
		}
	}
}

func sentenceTexts(text string) []string {
	toks := tokenize(text, nil)
	classify(toks)
	var out []string
	for _, s := range splitSentences(text, toks, nil) {
		out = append(out, text[s.start:s.end])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Mr. Smith met Gen. Jones on Jan. 5. They talked.", []string{"Mr. Smith met Gen. Jones on Jan. 5.", "They talked."}},
		{"The U.S. Army left. The U.S. said no.", []string{"The U.S. Army left.", "The U.S. said no."}},
		{"He spoke to the U.S. The talks ended.", []string{"He spoke to the U.S.", "The talks ended."}},
		{"John F. Kennedy spoke at 5 p.m. on Friday.", []string{"John F. Kennedy spoke at 5 p.m. on Friday."}},
		{`"We will go," he said. "We must."`, []string{`"We will go," he said.`, `"We must."`}},
		{"Dr. Ali works at St. Mary's. Really?", []string{"Dr. Ali works at St. Mary's.", "Really?"}},
		{"First line\nSecond line without stop", []string{"First line", "Second line without stop"}},
		{"It rose 2.5 percent. Then fell.", []string{"It rose 2.5 percent.", "Then fell."}},
		{"Wait... what happened?", []string{"Wait... what happened?"}},
		{"Acme Inc. The firm grew.", []string{"Acme Inc.", "The firm grew."}},
	}
	for _, tt := range tests {
		got := sentenceTexts(tt.text)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestHeadline(t *testing.T) {
	lex := lexForTest(t)
	tests := []struct {
		text, want string
	}{
		{"Leaders Meet in Cairo\n\nThe leaders met on Monday.", "Leaders Meet in Cairo"},
		{"The leaders met on Monday.\nThey talked.", ""},
		{"Just one line without a break", ""},
		{"Why Did Talks Fail?\nThe talks failed.", "Why Did Talks Fail?"},
		{"Dateline, Monday,\nThe talks failed.", ""},
	}
	for _, tt := range tests {
		if got := Analyze(lex, tt.text).Title; got != tt.want {
			t.Errorf("Analyze(%q).Title = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestInflections(t *testing.T) {
	tests := []struct {
		word string
		want []string // must all be present
	}{
		{"slam", []string{"slams", "slammed", "slamming"}},
		{"use", []string{"uses", "used", "using"}},
		{"cry", []string{"cries", "cried", "crying"}},
		{"play", []string{"plays", "played", "playing"}},
		{"push", []string{"pushes", "pushed", "pushing"}},
		{"agree", []string{"agrees", "agreed", "agreeing"}},
		{"die", []string{"dies", "died", "dying"}},
		{"target", []string{"targets", "targeted", "targeting"}},
		{"line", []string{"lines"}},
	}
	for _, tt := range tests {
		got := inflections(tt.word)
		for _, w := range tt.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("inflections(%q) = %q, want it to include %q", tt.word, got, w)
			}
		}
	}
}

type hit struct{ text, signal, entry, voice string }

func hitsOf(r *Result, signals ...string) []hit {
	var out []hit
	for _, e := range r.Evidence {
		for _, s := range signals {
			if e.Signal == s {
				out = append(out, hit{e.Text, e.Signal, e.Entry, e.Voice})
			}
		}
	}
	return out
}

func TestMatching(t *testing.T) {
	lex := lexForTest(t)
	tests := []struct {
		name, text string
		want       []hit
	}{
		{"inflection of the last word", "Critics slammed the plan and keep slamming it.",
			[]hit{{"slammed", "L3", "t.slam", "narrator"}, {"slamming", "L3", "t.slam", "narrator"}}},
		{"longest match wins", "They crossed a red line today.", []hit{{"red line", "L1", "t.red-line", "narrator"}}},
		{"shorter match kept when the longer fails", "A line was drawn in red.", []hit{{"line", "L1", "t.line", "narrator"}}},
		{"inflected multi-word", "Two red lines were crossed.", []hit{{"red lines", "L1", "t.red-line", "narrator"}}},
		{"possessive", "The regime's forces moved.", []hit{{"regime's", "L1", "t.regime", "narrator"}}},
		{"case-insensitive and curly apostrophe", "The Regime’s plan.", []hit{{"Regime’s", "L1", "t.regime", "narrator"}}},
		{"punctuation breaks a phrase", "The car was red. Line up here.", []hit{{"Line", "L1", "t.line", "narrator"}}},
		{"case-sensitive entry", "The BILL passed; the bill failed.", []hit{{"BILL", "L1", "t.bill", "narrator"}}},
		{"not_before", "It is clearly wrong, not clearly right.", []hit{{"clearly", "L2", "t.clearly", "narrator"}}},
		{"prefix form", "This pseudo-science spreads.", []hit{{"pseudo-science", "L5", "t.pseudo", "narrator"}}},
		{"hyphenated word is one token", "A so-called deal.", []hit{{"so-called", "L5", "t.so-called", "narrator"}}},
		{"multi-word E4", "Critics say the deal failed.", []hit{{"Critics say", "E4", "t.critics-say", "narrator"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := hitsOf(Analyze(lex, tt.text), "L1", "L2", "L3", "L4", "L5", "E2", "E4")
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestNegation(t *testing.T) {
	lex := lexForTest(t)
	tests := []struct {
		text string
		want bool
	}{
		{"This is not a humanitarian catastrophe.", true},
		{"This isn't a humanitarian catastrophe.", true},
		{"This is a humanitarian catastrophe.", false},
		{"Not only a humanitarian catastrophe.", false},
		{"Nothing changed. A humanitarian catastrophe followed.", false},
	}
	for _, tt := range tests {
		hs := Analyze(lex, tt.text).Evidence
		var got *Evidence
		for i := range hs {
			if hs[i].Entry == "t.humcat" {
				got = &hs[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no hit for t.humcat", tt.text)
			continue
		}
		if got.Negated != tt.want {
			t.Errorf("%q: Negated = %v, want %v", tt.text, got.Negated, tt.want)
		}
	}
}

func TestLoadLexiconErrors(t *testing.T) {
	ok := "id: a.x\nforms: x\nsignal: L1\nexplain: e.\n"
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"unknown key", map[string]string{"a.lex": "id: a.x\nforms: x\nsignal: L1\ncolour: red\nexplain: e.\n"}, "a.lex:4: unknown key \"colour\""},
		{"missing explain", map[string]string{"a.lex": "id: a.x\nforms: x\nsignal: L1\n"}, "a.lex:1: entry without explain"},
		{"bad signal", map[string]string{"a.lex": "\n\nid: a.x\nforms: x\nsignal: L9\nexplain: e.\n"}, "a.lex:5: unknown signal \"L9\""},
		{"duplicate id across packs", map[string]string{"a.lex": ok, "b.lex": "# c\n" + ok}, "b.lex:2: id \"a.x\" is already used at a.lex:1"},
		{"bad frame category", map[string]string{"a.lex": "id: a.x\nforms: x\nsignal: F1\ncategory: weather\nexplain: e.\n"}, "a.lex:4: category \"weather\" is not valid for signal F1"},
		{"N1 without actor", map[string]string{"a.lex": "id: a.x\nforms: x\nsignal: N1\nexplain: e.\n"}, "a.lex:1: an N1 entry needs actor:"},
		{"line without colon", map[string]string{"a.lex": "id: a.x\nforms x\n"}, "a.lex:2: want \"key: value\""},
		{"punctuation in a form", map[string]string{"a.lex": "id: a.x\nforms: x, y\nsignal: L1\nexplain: e.\n"}, "a.lex:1: entry a.x: form \"x, y\" has punctuation"},
		{"bad weight", map[string]string{"a.lex": "id: a.x\nforms: x\nsignal: L1\nweight: heavy\nexplain: e.\n"}, "a.lex:4: weight \"heavy\""},
		{"unknown header", map[string]string{"a.lex": "@colour red\n"}, "a.lex:1: unknown header @colour"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for n, c := range tt.files {
				fsys[n] = &fstest.MapFile{Data: []byte(c)}
			}
			_, err := LoadLexicon(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("LoadLexicon error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLexiconVersionAndOrder(t *testing.T) {
	a := "@pack p\n@title T\n\nid: p.b\nforms: b\nsignal: L1\nexplain: e.\n\nid: p.a\nforms: a | aa\nsignal: L2\nexplain: e.\nalternatives: x | y\n"
	l1, err := LoadLexicon(fstest.MapFS{"p.lex": {Data: []byte(a)}})
	if err != nil {
		t.Fatal(err)
	}
	l2, _ := LoadLexicon(fstest.MapFS{"p.lex": {Data: []byte(a + "\n# edited\n")}})
	if len(l1.Version()) != 12 || l1.Version() == l2.Version() {
		t.Errorf("versions %q and %q: want 12 hex digits that change with any edit", l1.Version(), l2.Version())
	}
	if got := []string{l1.Entries()[0].ID, l1.Entries()[1].ID}; got[0] != "p.a" || got[1] != "p.b" {
		t.Errorf("Entries order = %v, want [p.a p.b]", got)
	}
	e, ok := l1.Entry("p.a")
	if !ok || e.Weight != 1 || len(e.Forms) != 2 || len(e.Alternatives) != 2 || e.Pack != "p" {
		t.Errorf("Entry(p.a) = %+v, want weight 1, 2 forms, 2 alternatives, pack p", e)
	}
	if p := l1.Packs(); len(p) != 1 || p[0].Title != "T" || p[0].Entries != 2 {
		t.Errorf("Packs() = %+v, want one pack titled T with 2 entries", p)
	}
}

type quoteWant struct{ kind, text, speaker, verb, group string }

func quotesOf(text string, r *Result) []quoteWant {
	var out []quoteWant
	for _, q := range r.Quotes {
		out = append(out, quoteWant{q.Kind, text[q.Start:q.End], q.Speaker, q.Verb, q.SpeakerGroup})
	}
	return out
}

func TestVoices(t *testing.T) {
	lex := lexForTest(t)
	tests := []struct {
		name, text string
		want       []quoteWant
	}{
		{"quote then speaker and verb",
			`"We will not leave," Defence Minister Anna Berg told reporters.`,
			[]quoteWant{{"direct", `"We will not leave,"`, "Anna Berg", "told", "official"}}},
		{"verb then speaker after the quote",
			`"Prices will rise," said Professor Omar Haddad.`,
			[]quoteWant{{"direct", `"Prices will rise,"`, "Omar Haddad", "said", "expert"}}},
		{"speaker and verb before the quote",
			`Mayor Lin Cho said: “The bridge stays open all night.”`,
			[]quoteWant{{"direct", `“The bridge stays open all night.”`, "Lin Cho", "said", "official"}}},
		{"reported speech after that",
			`A local resident told the paper on Monday that the water had been cut for days.`,
			[]quoteWant{{"reported", "the water had been cut for days", "A local resident", "told", "civilian"}}},
		{"reported speech before the verb",
			`The river rose two metres overnight, an army spokesperson said.`,
			[]quoteWant{{"reported", "The river rose two metres overnight", "an army spokesperson", "said", "military"}}},
		{"according to",
			`According to the health ministry, 40 people were hurt.`,
			[]quoteWant{{"reported", "40 people were hurt", "the health ministry", "According to", "official"}}},
		{"pronoun resolves to the last named person",
			"Senator Maria Lopez spoke first. She said the vote was close.",
			[]quoteWant{{"reported", "the vote was close", "Maria Lopez", "said", "official"}}},
		{"continued quotation in the next sentence",
			`"We are ready," Captain Ivo Petrov said. "The boats are fuelled and waiting."`,
			[]quoteWant{{"direct", `"We are ready,"`, "Ivo Petrov", "said", "military"}, {"direct", `"The boats are fuelled and waiting."`, "Ivo Petrov", "said", "military"}}},
		{"quote spanning paragraphs",
			"“The first part goes on,” said Dr. Sara Amin.\n“This paragraph opens a quote and does not close it.\n“This one closes it.”",
			[]quoteWant{{"direct", "“The first part goes on,”", "Sara Amin", "said", "expert"}, {"direct", "“This paragraph opens a quote and does not close it.", "Sara Amin", "said", "expert"}, {"direct", "“This one closes it.”", "Sara Amin", "said", "expert"}}},
		{"anonymous sources",
			`The talks stalled, sources familiar with the matter said.`,
			[]quoteWant{{"reported", "The talks stalled", "sources familiar with the matter", "said", "anonymous"}}},
		{"a lexicon E1 verb attributes a quotation",
			`The senator slammed: "This budget is a disgrace to us all."`,
			[]quoteWant{{"direct", `"This budget is a disgrace to us all."`, "The senator", "slammed", "official"}}},
		{"partial quote inside a sentence",
			`Aid workers said the camp was "beyond breaking point" after the storm.`,
			[]quoteWant{{"reported", `the camp was "beyond breaking point" after the storm`, "Aid workers", "said", "ngo"}, {"direct", `"beyond breaking point"`, "Aid workers", "said", "ngo"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quotesOf(tt.text, Analyze(lex, tt.text))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("quotes\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestScareQuotes(t *testing.T) {
	lex := lexForTest(t)
	tests := []struct {
		name, text string
		want       []string // L5 scare-quote spans
	}{
		{"one word, no speaker", `The "experts" gathered in the hall.`, []string{`"experts"`}},
		{"modifier inside a noun phrase", `Ministers said they would end the “peace” talks.`, []string{"“peace”"}},
		{"after so-called", `They reached the so-called “deal” at night.`, []string{"“deal”"}},
		{"attributed partial quote", `The minister said the plan was "reckless" and left.`, nil},
		{"long quotation is never scare", `The "experts gathered in the great hall" were late.`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Analyze(lex, tt.text).Evidence {
				if e.Entry == RuleScareQuote {
					got = append(got, e.Text)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("scare quotes = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestVoiceOfEvidenceAndCounts(t *testing.T) {
	lex := lexForTest(t)
	text := `The regime faced a humanitarian catastrophe. "This is a red line," General Tal Ben said. ` +
		`Officials said that the regime had crossed a red line.`
	r := Analyze(lex, text)
	got := hitsOf(r, "L1")
	want := []hit{
		{"regime", "L1", "t.regime", "narrator"},
		{"humanitarian catastrophe", "L1", "t.humcat", "narrator"},
		{"red line", "L1", "t.red-line", "direct_quote"},
		{"regime", "L1", "t.regime", "reported"},
		{"red line", "L1", "t.red-line", "reported"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("L1 evidence\n got %v\nwant %v", got, want)
	}
	// The quoted "red line" is the general's, not the outlet's.
	if r.Counts["L1"] != 4 {
		t.Errorf("Counts[L1] = %d, want 4 (the hit in the direct quote does not count)", r.Counts["L1"])
	}
	for _, e := range r.Evidence {
		if e.Voice == VoiceDirectQuote && e.Speaker != "Tal Ben" {
			t.Errorf("direct-quote evidence %q has speaker %q, want Tal Ben", e.Text, e.Speaker)
		}
	}
	for _, s := range SignalIDs {
		if _, ok := r.Counts[s]; !ok {
			t.Errorf("Counts has no %s, want every signal id present", s)
		}
	}
	if r.Counts["S1"] != 2 || r.Counts["E1"] != 2 {
		t.Errorf("Counts S1 = %d, E1 = %d, want 2 and 2", r.Counts["S1"], r.Counts["E1"])
	}
	if r.NarratorWords != 13 {
		t.Errorf("NarratorWords = %d, want 13 (the first sentence and the two attributions)", r.NarratorWords)
	}
}

func TestE1Classes(t *testing.T) {
	lex := lexForTest(t)
	text := `The mayor claimed that the bridge was safe. "It is fine," the engineer said. The rival slammed the plan, saying it was late.`
	r := Analyze(lex, text)
	var got []string
	for _, e := range r.Evidence {
		if e.Signal == "E1" {
			got = append(got, e.Text+":"+e.Category)
		}
	}
	want := []string{"claimed:doubt", "said:neutral", "saying:neutral"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("E1 evidence = %q, want %q", got, want)
	}
}

func TestE5(t *testing.T) {
	lex := lexForTest(t)
	text := "The regime is utterly to blame. The regime is to blame, officials said. The budget passed. " +
		"The \"experts\" met again. \"We met,\" the experts said."
	r := Analyze(lex, text)
	var got []string
	for _, e := range r.Evidence {
		if e.Signal == "E5" {
			got = append(got, e.Text)
		}
	}
	// A scare quote is the narrator's own evaluation; a quotation is not narration.
	want := []string{"The regime is utterly to blame.", "The \"experts\" met again."}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("E5 evidence = %q, want %q", got, want)
	}
	if r.NarratorSentences != 3 {
		t.Errorf("NarratorSentences = %d, want 3", r.NarratorSentences)
	}
}

func TestFrames(t *testing.T) {
	lex := lexForTest(t)
	text := "The army moved in. Security was tight and the military waited. The budget grew. Aid arrived. " +
		"The talks went on. Nothing else happened. Then more talks. And more. Still more. The end came. One more."
	r := Analyze(lex, text)
	got := map[string]Frame{}
	for _, f := range r.Frames {
		got[f.Frame] = f
	}
	if len(r.Frames) != len(PolicyFrames)+len(ConflictFrames)+len(NarrativeFrames) {
		t.Errorf("len(Frames) = %d, want every frame id", len(r.Frames))
	}
	if f := got["security_defense"]; f.Cues != 2 || !f.Present {
		t.Errorf("security_defense = %+v, want 2 cues (two sentences) and present", f)
	}
	if f := got["economic"]; f.Cues != 1 || f.Present {
		t.Errorf("economic = %+v, want 1 cue, not present in an 11-sentence text", f)
	}
	if r.Counts["F1"] != 4 {
		t.Errorf("Counts[F1] = %d, want 4 raw cue hits", r.Counts["F1"])
	}
	if r.Frames[0].Frame != "economic" || r.Frames[len(r.Frames)-1].Frame != "thematic" {
		t.Errorf("frame order starts %q ends %q, want economic ... thematic", r.Frames[0].Frame, r.Frames[len(r.Frames)-1].Frame)
	}
}

func TestSpansInsideInput(t *testing.T) {
	lex := lexForTest(t)
	for _, text := range []string{"", "\"", "“", "said", "\"a\" said \"", "Mr.", "U.S.", "”x“", "A\n\n\n", "…", "'", "-", "e.g.-"} {
		checkSpans(t, text, Analyze(lex, text))
	}
}

func checkSpans(t testing.TB, text string, r *Result) {
	t.Helper()
	for i, e := range r.Evidence {
		if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Text {
			t.Fatalf("evidence %+v is not a span of the input %q", e, text)
		}
		if i > 0 && r.Evidence[i-1].Start > e.Start {
			t.Fatalf("evidence not sorted by Start: %+v before %+v", r.Evidence[i-1], e)
		}
	}
	for _, q := range r.Quotes {
		if q.Start < 0 || q.End > len(text) || q.Start > q.End {
			t.Fatalf("quote %+v is outside the input %q", q, text)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		`"We will go," he said. "We must."`,
		"Headline Here\n\nThe regime’s “peace” said that Mr. X, according to U.S. officials, slammed…",
		"“unclosed\n“next paragraph", "so-called \"red line\" critics say", "\xff\xfe bad utf8 \"",
	} {
		f.Add(s)
	}
	lex := lexForTest(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Analyze(lex, text))
	})
}

func TestConcurrentAnalyze(t *testing.T) {
	lex := lexForTest(t)
	text := `The regime said, "This is a red line," and officials said the budget was utterly wrong.`
	want := fmt.Sprint(Analyze(lex, text).Evidence)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if got := fmt.Sprint(Analyze(lex, text).Evidence); got != want {
					t.Errorf("concurrent Analyze gave a different result")
					return
				}
			}
		}()
	}
	wg.Wait()
}

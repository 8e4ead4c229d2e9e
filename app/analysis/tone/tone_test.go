package tone

import (
	"bytes"
	"github.com/framelens/framelens/app/internal/sharedtest"
	"reflect"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	text := "Israel’s so-called \"peace\" plan isn't new, 2,000 said."
	var got []string
	for _, tk := range tokenize(text) {
		if text[tk.start:tk.end] == "" {
			t.Fatalf("empty token at %d", tk.start)
		}
		got = append(got, tk.text)
	}
	want := []string{"israel's", "so-called", "\"", "peace", "\"", "plan", "isn't", "new", ",", "0", "said", "."} // numbers become "0"
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokenize = %q, want %q", got, want)
	}
}

func names(fs []Feature) map[string]float64 {
	m := map[string]float64{}
	for _, f := range fs {
		m[f.Name] = f.Value
	}
	return m
}

func TestFeatures(t *testing.T) {
	text := "Critics said Smith did not help, and he failed badly."
	start := strings.Index(text, "Smith")
	got := names(Features(text, start, start+len("Smith"), 3))
	for _, f := range []string{"w:critics", "l:critics", "l:said", "r:did", "r:!help", "w:!help", "w:failed", "b:said_<t>", "b:<t>_did", "v:neg", "v:neg1"} {
		if _, ok := got[f]; !ok {
			t.Errorf("feature %q missing from %v", f, got)
		}
	}
	for _, f := range []string{"w:smith", "w:help", "w:!failed", "r:he", "l:smith"} {
		if _, ok := got[f]; ok {
			t.Errorf("feature %q present, want absent (target word, negation scope ends at the comma, window 3)", f)
		}
	}
	// A negated positive word ("help") counts as negative, damped by 0.74;
	// the negative words count as they are.
	lex := valences()
	want := (lex["help"]*0.74 - lex["critics"] - lex["failed"] - lex["badly"]) / 4
	if v := got["v:neg"]; lex["help"] <= 0 || lex["failed"] >= 0 || v < want-1e-9 || v > want+1e-9 {
		t.Errorf("v:neg = %v, want %v (help %v, failed %v)", v, want, lex["help"], lex["failed"])
	}
	if _, ok := got["q:in"]; ok {
		t.Errorf("q:in set for a target outside quotes")
	}
	q := `He said "Smith is a liar" today.`
	s := strings.Index(q, "Smith")
	if got := names(Features(q, s, s+5, 4)); got["q:in"] != 1 || got["q:has"] != 1 {
		t.Errorf("quoted target: q:in %v q:has %v, want 1 and 1", got["q:in"], got["q:has"])
	}
}

func TestFeaturesOffsetsClamped(t *testing.T) {
	for _, r := range [][2]int{{-5, 3}, {3, 1000}, {10, 2}, {1000, 2000}} {
		Features("Short text.", r[0], r[1], 4) // must not panic
		Default().Polarity("Short text.", r[0], r[1])
	}
}

func TestWriteRead(t *testing.T) {
	m := &Model{Window: 3, Version: "v1", bias: [3]float64{0.1, -0.2, 0.3},
		weights: map[string][3]float64{"w:bad": {1.23456, 0, -1}, "b:a_<t>": {0, 0.5, 0}}}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	m.weights["w:bad"] = [3]float64{1.2346, 0, -1} // rounded to 4 decimals
	if err := m.index(); err != nil {
		t.Fatal(err)
	}
	if got.Window != 3 || got.Version != "v1" || got.bias != m.bias || !reflect.DeepEqual(got.byHash, m.byHash) {
		t.Errorf("Read(Write(m)) = %+v, want %+v", got, m)
	}
	if err := got.Write(&buf); err == nil {
		t.Errorf("Write of a loaded model succeeded, want an error (it has no feature names)")
	}
	if _, err := Read(strings.NewReader("not gzip")); err == nil {
		t.Errorf("Read(garbage) succeeded, want an error")
	}
}

func TestDefaultPolarity(t *testing.T) {
	tests := []struct {
		text, target, want string
	}{
		{"Critics slammed Johnson as corrupt, dishonest and incompetent.", "Johnson", Negative},
		{"Johnson was widely praised for her courageous and inspiring leadership.", "Johnson", Positive},
		{"Johnson said on Monday that the vote would take place next week.", "Johnson", Neutral},
		{"Johnson met with the prime minister in London.", "Johnson", Neutral},
	}
	m := Default()
	if len(m.byHash) == 0 || m.Window <= 0 {
		t.Fatalf("embedded model has %d weights and window %d", len(m.byHash), m.Window)
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.target)
		got, score := m.Polarity(tt.text, start, start+len(tt.target))
		if got != tt.want {
			t.Errorf("Polarity(%q) = %s (%.2f), want %s", tt.text, got, score, tt.want)
		}
		if score < -1 || score > 1 {
			t.Errorf("score %v outside [-1, 1]", score)
		}
	}
}

func TestScore(t *testing.T) {
	gold := []int{0, 0, 1, 1, 2, 2}
	pred := []int{0, 1, 1, 1, 2, 0}
	s := Score(gold, pred)
	// neg: P 1/2 R 1/2 F 0.5; neu: P 2/3 R 1 F 0.8; pos: P 1 R 1/2 F 2/3.
	want := (0.5 + 0.8 + 2.0/3) / 3
	if d := s.MacroF1 - want; d > 1e-12 || d < -1e-12 {
		t.Errorf("MacroF1 = %v, want %v", s.MacroF1, want)
	}
	if s.Accuracy != 4.0/6 {
		t.Errorf("Accuracy = %v, want %v", s.Accuracy, 4.0/6)
	}
}

func BenchmarkPolarity(b *testing.B) {
	text := "Israeli Prime Minister Benjamin Netanyahu has repeatedly vowed to press ahead with the offensive in Rafah, despite mounting international criticism and warnings from Washington."
	start := strings.Index(text, "Benjamin Netanyahu")
	m := Default()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		m.Polarity(text, start, start+len("Benjamin Netanyahu"))
	}
}

func TestProbsMatchesFeatures(t *testing.T) {
	m := Default()
	sentences := []string{
		"Critics said Smith did not help, and he failed badly — badly.",
		`"Smith is a liar," the senator said, "a liar and a fraud."`,
		"The good, good news: Smith’s plan won 2,000 votes, not 20.",
		"Ni bonne ni mauvaise: Smith n'a rien dit.",
		"Smith Smith Smith.",
		"",
	}
	for _, s := range sentences {
		for _, r := range [][2]int{{strings.Index(s, "Smith"), strings.Index(s, "Smith") + 5}, {0, 3}, {-1, 1000}} {
			got := m.Probs(s, r[0], r[1])
			want := m.probsByName(Features(s, r[0], r[1], m.Window))
			for c := range got {
				if d := got[c] - want[c]; d > 1e-9 || d < -1e-9 {
					t.Errorf("Probs(%q, %d, %d) = %v, want %v (scoring by name)", s, r[0], r[1], got, want)
					break
				}
			}
		}
	}
}

// TestScorerMatchesReference checks that Scorer gives exactly (bit for
// bit) the probabilities of the reference path, for every target of a
// sentence scored in turn with one Reset, on our sentences with targets at
// every token and on the NewsMTSC sentences.
func TestScorerMatchesReference(t *testing.T) {
	m := Default()
	type target struct {
		text       string
		start, end int
	}
	var targets []target
	for _, s := range []string{
		"Critics said Smith did not help, and he failed badly — badly.",
		`"Smith is a liar," the senator said, "a liar and a fraud."`,
		"The good, good news: Smith’s plan won 2,000 votes, not 20.",
		"Ni bonne ni mauvaise: Smith n'a rien dit. İstanbul ΑΘΉΝΑ café naïve 3.5 1,2,3 U.S.-led",
		"Smith Smith Smith.",
		"No, never: nothing isn't hardly without, «lack» lacks “help” ‘fine’ – — great?!",
		"bad\xffbyte \xe2\x80 broken ’ quote's 12.5-point",
		"",
	} {
		for a := -1; a <= len(s)+1; a += 3 {
			for b := a; b <= len(s)+1; b += 7 {
				targets = append(targets, target{s, a, b})
			}
		}
	}
	if !testing.Short() {
		if exs, err := ReadNewsMTSC(sharedtest.Path(t, "data/newsmtsc/train.jsonl")); err == nil {
			for _, ex := range exs {
				targets = append(targets, target{ex.Text, ex.Start, ex.End})
			}
		} else {
			t.Fatal(err)
		}
	}
	var sc Scorer
	prev := "\x00"
	for _, tg := range targets {
		if tg.text != prev {
			sc.Reset(m, tg.text)
			prev = tg.text
		}
		got := sc.Probs(tg.start, tg.end)
		want := m.probsRef(tg.text, tg.start, tg.end)
		if got != want {
			t.Fatalf("Scorer.Probs(%q, %d, %d) = %v, want %v (reference path)", tg.text, tg.start, tg.end, got, want)
		}
		if got := m.Probs(tg.text, tg.start, tg.end); got != want {
			t.Fatalf("Probs(%q, %d, %d) = %v, want %v (reference path)", tg.text, tg.start, tg.end, got, want)
		}
	}
	t.Logf("%d targets", len(targets))
}

// FuzzScorer checks that Scorer gives the reference path's probabilities,
// bit for bit, for any text and target offsets, with the target scored
// twice (the second time from the cached features).
func FuzzScorer(f *testing.F) {
	f.Add("Critics said Smith did not help, and he failed badly.", 13, 18)
	f.Add(`"Smith is a liar," the senator said, "a liar."`, 1, 6)
	f.Add("İ ǅ 2,000 n't «x» ‘y’ \xff", 0, 3)
	m := Default()
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		var sc Scorer
		sc.Reset(m, text)
		want := m.probsRef(text, start, end)
		for range 2 {
			if got := sc.Probs(start, end); got != want {
				t.Fatalf("Scorer.Probs(%q, %d, %d) = %v, want %v", text, start, end, got, want)
			}
		}
	})
}

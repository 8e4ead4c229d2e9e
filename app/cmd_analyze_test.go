package app

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(context.Background(), args, func(string) string { return "" }, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func keysOf(m map[string]any) []string {
	var k []string
	for key := range m {
		k = append(k, key)
	}
	sort.Strings(k)
	return k
}

func TestAnalyzeJSONShape(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	text := "Talks Stall in Cairo\n\nThe regime said, \"We will not leave this place,\" and officials said that the plan failed.\n"
	if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, "", "analyze", f, "--lexicon", "analysis/testdata/lex")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out)
	}
	want := "counts evidence file frames lexicon_version narrator_words quotes sentences title words"
	if got := strings.Join(keysOf(doc), " "); got != want {
		t.Errorf("top-level fields = %q, want exactly %q", got, want)
	}
	if doc["title"] != "Talks Stall in Cairo" || doc["file"] != f {
		t.Errorf("title %v, file %v, want the headline and the path", doc["title"], doc["file"])
	}
	quotes := doc["quotes"].([]any)
	if len(quotes) == 0 {
		t.Fatal("no quotes")
	}
	if got := strings.Join(keysOf(quotes[0].(map[string]any)), " "); got != "end kind speaker start verb" {
		t.Errorf("quote fields = %q, want end kind speaker start verb", got)
	}
	ev := doc["evidence"].([]any)
	if len(ev) == 0 {
		t.Fatal("no evidence")
	}
	for _, e := range ev {
		m := e.(map[string]any)
		if got := strings.Join(keysOf(m), " "); got != "category end entry negated signal speaker start text voice" {
			t.Fatalf("evidence fields = %q", got)
		}
		s, en := int(m["start"].(float64)), int(m["end"].(float64))
		if text[s:en] != m["text"] {
			t.Errorf("evidence text %q != input[%d:%d] %q", m["text"], s, en, text[s:en])
		}
	}
	fr := doc["frames"].([]any)
	if len(fr) != 22 || strings.Join(keysOf(fr[0].(map[string]any)), " ") != "cues frame present share" {
		t.Errorf("frames: %d entries, fields %v; want 22 with cues frame present share", len(fr), keysOf(fr[0].(map[string]any)))
	}
	if len(doc["counts"].(map[string]any)) != 15 {
		t.Errorf("counts has %d signals, want 15", len(doc["counts"].(map[string]any)))
	}
}

func TestAnalyzeStdinEmptyAndNeverNull(t *testing.T) {
	code, out, errOut := runCmd(t, "", "analyze", "-", "--lexicon", "analysis/testdata/lex")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if strings.Contains(out, "null") {
		t.Errorf("output has null: %s", out)
	}
	if !strings.Contains(out, `"file":"-"`) || !strings.Contains(out, `"quotes":[]`) || !strings.Contains(out, `"evidence":[]`) {
		t.Errorf("stdin output = %s, want file \"-\" and empty arrays", out)
	}
}

func TestAnalyzeErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"missing file", []string{"analyze", "--lexicon", "analysis/testdata/lex", "no-such-file.txt"}, 1, "no-such-file.txt"},
		{"no files", []string{"analyze"}, 2, "give one or more files"},
		{"bad format", []string{"analyze", "--format", "xml", "x"}, 2, "--format must be json or text"},
		{"bad lexicon dir", []string{"analyze", "--lexicon", "no-such-dir", "x"}, 1, "no-such-dir"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, tt.code, tt.want)
			}
		})
	}
}

func TestAnalyzeBadPackNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bad.lex"), []byte("id: x.a\nforms: a\nsignal: L1\nexplain: e.\ncolour: red\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCmd(t, "x", "analyze", "--lexicon", dir, "-")
	if code != 1 || !strings.Contains(errOut, "bad.lex:5") {
		t.Errorf("exit %d, stderr %q; want exit 1 naming bad.lex:5", code, errOut)
	}
}

func TestAnalyzeTextFormat(t *testing.T) {
	code, out, errOut := runCmd(t, "The regime slammed the plan.", "analyze", "--format", "text", "--lexicon", "analysis/testdata/lex", "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, "[[regime]{L1:loaded}]") || !strings.Contains(out, "[[slammed]{L3:dysphemism}]") {
		t.Errorf("text output does not mark the spans:\n%s", out)
	}
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	out := analyzeOutput{
		File: "dir/<a&b>.txt", Title: "Tab\there \"quoted\" \u2028 \x01 \xff bad", Words: 3, LexiconVersion: "abc",
		Quotes:   []analyzeQuote{{Start: 1, End: 2, Speaker: "Dr. Ünï", Verb: "said", Kind: "direct"}},
		Evidence: []analyzeEvidence{{Start: 0, End: 3, Text: "“x”\n\\", Signal: "L1", Category: "loaded", Entry: "e", Voice: "narrator", Negated: true}},
		Counts:   map[string]int{"L2": 1, "E1": 0, "L1": 12},
		Frames:   []analyzeFrame{{Frame: "economic", Cues: 2, Share: 2.0 / 3}, {Frame: "other", Share: 1e-7}, {Frame: "x", Share: 0.1}},
	}
	want, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := appendJSON(nil, &out); string(got) != string(want) {
		t.Errorf("appendJSON\n got %s\nwant %s", got, want)
	}
	empty := analyzeOutput{Quotes: []analyzeQuote{}, Evidence: []analyzeEvidence{}, Counts: map[string]int{}, Frames: []analyzeFrame{}}
	want, _ = json.Marshal(empty)
	if got := appendJSON(nil, &empty); string(got) != string(want) {
		t.Errorf("appendJSON(empty)\n got %s\nwant %s", got, want)
	}
}

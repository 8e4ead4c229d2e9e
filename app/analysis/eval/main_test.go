package main

import (
	"flag"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/app/internal/sharedtest"
	"github.com/framelens/framelens/assets"
)

var evalFlag = flag.Bool("eval", false, "run the full evaluation on ../shared/data (slow-ish; prints the results)")

func TestParsePyList(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr bool
	}{
		{"[]", nil, false},
		{"", nil, false},
		{"['bizarre', 'characteristically']", []string{"bizarre", "characteristically"}, false},
		{`["Trump's", 'so-called']`, []string{"Trump's", "so-called"}, false},
		{`['it\'s']`, []string{"it's"}, false},
		{"['open", nil, true},
		{"bizarre", nil, true},
	}
	for _, tt := range tests {
		got, err := parsePyList(tt.in)
		if (err != nil) != tt.wantErr || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parsePyList(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestReadBABE(t *testing.T) {
	dir := t.TempDir()
	semi := "\ufefftext;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n" +
		"\"He made a \"\"bizarre\"\" claim.\";u;o;t;left;Biased;x;['bizarre']\n" +
		"Plain text here.;u;o;t;right;Non-biased;x;[]\n" +
		"Unclear one.;u;o;t;right;No agreement;x;['Radical Left']\n"
	comma := "text,news_link,outlet,topic,type,group_id,num_sent,label_bias,label_opinion,article,biased_words\n" +
		"\"A, b.\",u,o,t,c,1,1,Biased,x,\"long\narticle\",['b']\n"
	for name, body := range map[string]string{"semi.csv": semi, "comma.csv": comma} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := readBABE(filepath.Join(dir, "semi.csv"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Text: `He made a "bizarre" claim.`, Biased: true, BiasedWords: []string{"bizarre"}},
		{Text: "Plain text here."},
		{Text: "Unclear one.", NoAgreement: true, BiasedWords: []string{"radical", "left"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("semicolon file: got %+v, want %+v", got, want)
	}
	got, err = readBABE(filepath.Join(dir, "comma.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Text != "A, b." || !got[0].Biased || !reflect.DeepEqual(got[0].BiasedWords, []string{"b"}) {
		t.Errorf("comma file: got %+v", got)
	}
}

func TestScoreWords(t *testing.T) {
	sents := []Sentence{
		// gold {bizarre, radical}; highlights cover "bizarre" and "claim": TP 1, FP 1, FN 1.
		{Text: "A bizarre claim by radical groups.", Biased: true, BiasedWords: []string{"bizarre", "radical"}},
		// no gold; one highlight: FP 1; predicted biased, gold not.
		{Text: "The so-called plan.", BiasedWords: nil},
		// gold word, no highlight: FN 1; biased but predicted not.
		{Text: "They slammed it.", Biased: true, BiasedWords: []string{"slammed"}},
		// no agreement: counts for words, not sentences.
		{Text: "Nothing here.", NoAgreement: true},
	}
	preds := []Prediction{
		{Spans: []Span{{Start: 2, End: 15, Signal: "L1"}}}, // "bizarre claim"
		{Spans: []Span{{Start: 4, End: 13, Signal: "L5"}}}, // "so-called"
		{},
		{},
	}
	s := scoreWords(sents, preds, 1)
	if s.TP != 1 || s.FP != 2 || s.FN != 2 {
		t.Fatalf("TP/FP/FN = %d/%d/%d, want 1/2/2", s.TP, s.FP, s.FN)
	}
	if math.Abs(s.Precision-1.0/3) > 1e-12 || math.Abs(s.Recall-1.0/3) > 1e-12 || math.Abs(s.F1-1.0/3) > 1e-12 {
		t.Errorf("P/R/F1 = %v/%v/%v, want 1/3 each", s.Precision, s.Recall, s.F1)
	}
	if s.SentN != 3 || s.SentConfusion != [2][2]int{{0, 1}, {1, 1}} {
		t.Errorf("sentence confusion = %v over %d, want [[0 1] [1 1]] over 3", s.SentConfusion, s.SentN)
	}
	// biased: P 1/2 R 1/2 F 0.5; non-biased: P 0 R 0 F 0 -> macro 0.25.
	if math.Abs(s.SentMacroF1-0.25) > 1e-12 {
		t.Errorf("sentence macro-F1 = %v, want 0.25", s.SentMacroF1)
	}
	if got := s.BySignal["L1"]; got != [2]int{2, 1} {
		t.Errorf("L1 = %v, want [2 1]", got)
	}
}

// TestEvaluate runs the whole evaluation when -eval is given and checks
// the targets of issue 3; without -eval it is skipped so go test stays fast.
func TestEvaluate(t *testing.T) {
	if !*evalFlag {
		t.Skip("run with -eval to evaluate on ../shared/data")
	}
	data := sharedtest.Path(t, "data")
	lex, err := analysis.LoadLexicon(assets.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	rep, err := evaluate(data, lex)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + rep.markdown())
	for _, tr := range rep.Tone {
		if tr.Split == "devtest_rw" && tr.Model.MacroF1 < 0.60 {
			t.Errorf("NewsMTSC devtest_rw tone macro-F1 = %.3f, want >= 0.60", tr.Model.MacroF1)
		}
	}
	for _, br := range rep.Bias {
		if strings.HasPrefix(br.Name, "BABE") && (br.Scores.F1 < 0.45 || br.Scores.Precision < 0.55) {
			t.Errorf("BABE word-level F1 %.3f at precision %.3f, want F1 >= 0.45 at precision >= 0.55", br.Scores.F1, br.Scores.Precision)
		}
	}
}

package ingest

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/framelens/framelens/app/internal/sharedtest"
)

// trickyTexts exercise the fast paths' edges: non-ASCII spaces and
// letters, controls, line separators, boilerplate, scripts, dates.
var trickyTexts = []string{
	"",
	" ",
	"Plain title",
	" Leading space",
	"Trailing space ",
	"Double  space",
	"Tab\there",
	"Caf\u00e9 owners",
	"Cafe\u0301 owners",
	"Non\u00a0breaking\u2009thin\u3000ideographic\u0085next line",
	"Bell\a and\x00 nul\x1b and DEL\x7f.",
	"Bad \xff byte and \xe2\x80 cut",
	"One.\u2028Two.\u2029Three.\ufeffFour.\r\nFive.\rSix.",
	"Story text.\nExit mobile version\n\n\n\nAdvertisement\nRead more: x\nEnd.",
	"The council voted.\n\nEngineers said \u201cthe pilings had rotted.\u201d\n",
	"Это текст на русском языке, достаточно длинный для определения. Її мова українська.",
	"هذا نص عربي طويل بما فيه الكفاية لتحديد اللغة پچژ",
	"これは日本語の文章です。漢字とかなを含みます。",
	"这是一个中文句子，用于测试语言检测功能是否正常。",
	"El gobierno de la ciudad dijo que los planes para el puerto se retrasan por las lluvias y que la obra sigue.",
	"Der Rat der Stadt hat am Montag beschlossen, dass die Brücke nicht gebaut wird und die Mittel anders genutzt werden.",
	"Le conseil de la ville a dit que les travaux sur le port sont retardés par la pluie et que le chantier continue.",
	"2016-09-20", "2016-13-45", "2016-02-30", "1474329600", "1474329600000", "Sep 20, 2016", "2016-09-20T10:00:00Z", "20 September 2016", "2016-9-20",
}

// jsonLines exercise the one-pass JSON decoder against encoding/json.
var jsonLines = []string{
	`{}`,
	` { } `,
	`{"title":"T","text":"Body text."}`,
	`{"Title":"T","TEXT":"Body"}`,
	`{" title ":"T","text":"B"}`,
	`{"title":"a","title":"b","text":"x"}`,
	`{"Title":"a","title":"b","text":"x"}`,
	`{"title":"b","Title":"a","text":"x"}`,
	`{"TITLE":"a","Title":"b","text":"x"}`, // which title is kept depends on map order; only the keys are compared
	`{"text":"esc \" \\ \/ \b \f \n \r \t \u00e9 \u20ac \u0000"}`,
	`{"text":"surrogates \ud83d\ude00 and lone \ud800"}`,
	`{"text":"bad escape \x"}`,
	`{"text":"ctl ` + "\x01" + `"}`,
	`{"text":"t","bias":0,"n":-1.5e+3,"x":1E2,"ok":true,"no":false,"nil":null}`,
	`{"text":"t","n":01}`,
	`{"text":"t","n":-}`,
	`{"text":"t","n":1.}`,
	`{"text":"t","n":1e}`,
	`{"text":"t","authors":["A","B"],"meta":{"name":"N"}}`,
	`{"text":"t"} trailing`,
	`{"text":"t"}` + "\u00a0",
	`{"text":"t"}{"text":"u"}`,
	`{"text":"t",}`,
	`{"text" "t"}`,
	`{"text":tru}`,
	`{"text":"t"`,
	`["text"]`,
	`"text"`,
	`{"clé":"v","text":"t"}`,
	`{"CLÉ":"v","clé":"w","text":"t"}`,
	"\ufeff{\"text\":\"t\"}",
	`{"text":"caf` + "\xff" + `"}`,
}

func cleanMatches(t *testing.T, s string) {
	t.Helper()
	if got, want := Clean(s), refClean(s); got != want {
		t.Errorf("Clean(%q) = %q, want %q", s, got, want)
	}
	if got, want := cleanField(s), refCleanField(s); got != want {
		t.Errorf("cleanField(%q) = %q, want %q", s, got, want)
	}
	if got, want := Hash(s), refHash(s); got != want {
		t.Errorf("Hash(%q) = %s, want %s", s, got, want)
	}
	if c := Clean(s); hashCleaned(c) != refHash(s) {
		t.Errorf("hashCleaned(Clean(%q)) differs from Hash", s)
	}
	if got, want := DetectLanguage(s), refDetectLanguage(s); got != want {
		t.Errorf("DetectLanguage(%q) = %q, want %q", s, got, want)
	}
	if got, want := parsePublished(s), refParsePublished(s); !got.Equal(want) || got.Location().String() != want.Location().String() {
		t.Errorf("parsePublished(%q) = %v, want %v", s, got, want)
	}
	if got, want := fmt.Sprint(checkText([]byte(s))), fmt.Sprint(refCheckText([]byte(s))); got != want {
		t.Errorf("checkText(%q) = %s, want %s", s, got, want)
	}
}

// want is every default column, as a reader without a map asks for.
func defaultWant() map[string]bool {
	r, _ := newReader(Options{}, nil, nil)
	return r.wanted()
}

func decodeMatches(t *testing.T, line []byte, want map[string]bool) {
	t.Helper()
	got, gotErr := decodeObject(line, want)
	ref, refErr := refDecodeObject(line)
	if fmt.Sprint(gotErr) != fmt.Sprint(refErr) {
		t.Errorf("decodeObject(%q): error %v, want %v", line, gotErr, refErr)
		return
	}
	if refErr != nil {
		return
	}
	keys := func(m map[string]any) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	}
	if !slices.Equal(keys(got), keys(ref)) {
		t.Errorf("decodeObject(%q): keys %v, want %v", line, keys(got), keys(ref))
	}
	for k := range want {
		if ambiguous(line, k) {
			continue // keys folding to one name, none written so: map order decides
		}
		if !reflect.DeepEqual(got[k], ref[k]) {
			t.Errorf("decodeObject(%q)[%q] = %#v, want %#v", line, k, got[k], ref[k])
		}
	}
}

// ambiguous reports whether two or more keys of the object in line fold
// to name and none is written exactly so: which value the reference keeps
// then depends on map iteration order.
func ambiguous(line []byte, name string) bool {
	var raw map[string]any
	if json.Unmarshal(line, &raw) != nil {
		return false
	}
	folded := 0
	for k := range raw {
		if k == name {
			return false
		}
		if strings.ToLower(strings.TrimSpace(k)) == name {
			folded++
		}
	}
	return folded > 1
}

func TestFastPathsMatchReference(t *testing.T) {
	for _, s := range trickyTexts {
		cleanMatches(t, s)
	}
	want := defaultWant()
	for _, l := range jsonLines {
		decodeMatches(t, []byte(l), want)
		decodeMatches(t, []byte(l), map[string]bool{"title": true, "clé": true, "n": true, "authors": true, "meta": true, "nil": true})
	}
}

// TestFastPathsMatchReferenceCorpus compares on the first 800 lines of
// the shared corpus: the JSON of each line, and cleaning, hashing and
// language of its texts and fields.
func TestFastPathsMatchReferenceCorpus(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, corpusPath))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 64<<20)
	want := defaultWant()
	n := 800
	if testing.Short() {
		n = 200
	}
	for line := 0; line < n && sc.Scan(); line++ {
		decodeMatches(t, sc.Bytes(), want)
		obj, err := refDecodeObject(sc.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range obj {
			if s, ok := v.(string); ok {
				cleanMatches(t, s)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

func FuzzFastPaths(f *testing.F) {
	for _, s := range trickyTexts {
		f.Add(s)
	}
	for _, s := range jsonLines {
		f.Add(s)
	}
	want := defaultWant()
	f.Fuzz(func(t *testing.T, s string) {
		cleanMatches(t, s)
		decodeMatches(t, []byte(s), want)
	})
}

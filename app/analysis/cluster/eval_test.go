package cluster

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/framelens/framelens/app/internal/sharedtest"
)

var sweep = flag.Bool("cluster.sweep", false, "print pairwise precision/recall of the hand-labelled evaluation for a grid of parameters")

// labelled is one article of the evaluation with its hand label ("" for a
// story of its own; distractors are not labelled at all and not scored).
type labelled struct {
	doc    Doc
	event  string
	date   string
	scored bool
}

// loadEval reads the hand labels, then the corpus: the labelled articles
// and, as unscored distractors, every other article published within two
// days of a labelled date; then the five seed articles (one event, no
// dates, no titles but one), as a user pasting texts would give them.
func loadEval(tb testing.TB) []labelled {
	tb.Helper()
	labels := map[string][2]string{} // ID -> date, event
	dates := map[string]bool{}
	f, err := os.Open(filepath.Join("testdata", "abp_events.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 {
			tb.Fatalf("abp_events.tsv: bad line %q", line)
		}
		event := parts[2]
		if event == "-" {
			event = ""
		}
		labels[parts[0]] = [2]string{parts[1], event}
		dates[parts[1]] = true
	}
	near := func(date string) bool {
		t, err := time.Parse("2006-01-02", date)
		if err != nil {
			return false
		}
		for d := -2; d <= 2; d++ {
			if dates[t.AddDate(0, 0, d).Format("2006-01-02")] {
				return true
			}
		}
		return false
	}

	corpus := sharedtest.Path(tb, "data/article-bias-prediction/articles_all.jsonl.gz")
	cf, err := os.Open(corpus)
	if err != nil {
		tb.Fatal(err)
	}
	defer cf.Close()
	zr, err := gzip.NewReader(cf)
	if err != nil {
		tb.Fatal(err)
	}
	var out []labelled
	lines := bufio.NewScanner(zr)
	lines.Buffer(make([]byte, 1<<20), 64<<20)
	dateKey := []byte(`"date": "`)
	for lines.Scan() {
		// Decode only the lines near a labelled date: the corpus is 466 MB.
		line := lines.Bytes()
		if i := bytes.Index(line, dateKey); i < 0 || len(line) < i+len(dateKey)+10 ||
			!near(string(line[i+len(dateKey):i+len(dateKey)+10])) {
			continue
		}
		var a struct {
			ID, Date, Source, Title, Content string
		}
		if err := json.Unmarshal(line, &a); err != nil {
			tb.Fatal(err)
		}
		lab, isLabelled := labels[a.ID]
		at, _ := time.Parse("2006-01-02", a.Date)
		out = append(out, labelled{
			doc:    Doc{ID: int64(len(out) + 1), Title: a.Title, Lead: firstWords(a.Content, 200), Published: at, Outlet: a.Source},
			event:  lab[1],
			date:   a.Date,
			scored: isLabelled,
		})
	}
	if err := lines.Err(); err != nil {
		tb.Fatal(err)
	}
	if got := countScored(out); got != len(labels) {
		tb.Fatalf("found %d of the %d labelled articles in the corpus", got, len(labels))
	}

	seeds := sharedtest.Path(tb, "seeds")
	mf, err := os.Open(filepath.Join(seeds, "manifest.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer mf.Close()
	rows, err := csv.NewReader(mf).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	for _, row := range rows[1:] {
		text, err := os.ReadFile(filepath.Join(seeds, row[0]))
		if err != nil {
			tb.Fatal(err)
		}
		title, body := "", string(text)
		if row[3] != "" { // the manifest gives the one seed with a headline its title
			title = row[3]
			body = strings.TrimSpace(strings.TrimPrefix(body, title))
		}
		out = append(out, labelled{
			doc:    Doc{ID: int64(len(out) + 1), Title: title, Lead: firstWords(body, 200), Outlet: row[1]},
			event:  "seeds-" + row[2],
			date:   "undated",
			scored: true,
		})
	}
	return out
}

func countScored(ls []labelled) int {
	n := 0
	for _, l := range ls {
		if l.scored {
			n++
		}
	}
	return n
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// coarseDates are the dates labelled coarsely (one event for all the
// midterm-election coverage, and for all the Syria-strike coverage);
// "fine" figures leave them out.
var coarseDates = map[string]bool{"2014-11-05": true, "2017-04-07": true}

// prf counts same-story pair decisions among the scored articles, per date
// group ("all" for every pair).
type prf struct{ tp, fp, fn int }

func (c prf) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c prf) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func (c prf) String() string {
	return fmt.Sprintf("precision %.3f (%d/%d), recall %.3f (%d/%d)",
		c.precision(), c.tp, c.tp+c.fp, c.recall(), c.tp, c.tp+c.fn)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func scorePairs(ls []labelled, groups [][]int) map[string]*prf {
	pred := make([]int, len(ls))
	for i := range pred {
		pred[i] = -1 - i
	}
	for g, m := range groups {
		for _, i := range m {
			pred[i] = g
		}
	}
	out := map[string]*prf{"all": {}}
	var scored []int
	for i, l := range ls {
		if l.scored {
			scored = append(scored, i)
		}
	}
	for a, i := range scored {
		for _, j := range scored[a+1:] {
			same := ls[i].event != "" && ls[i].event == ls[j].event
			together := pred[i] == pred[j]
			if !same && !together {
				continue
			}
			keys := []string{"all"}
			if !coarseDates[ls[i].date] && !coarseDates[ls[j].date] {
				keys = append(keys, "fine")
			}
			if ls[i].date == ls[j].date {
				keys = append(keys, ls[i].date)
			} else {
				keys = append(keys, "cross-date")
			}
			for _, k := range keys {
				c := out[k]
				if c == nil {
					c = &prf{}
					out[k] = c
				}
				switch {
				case same && together:
					c.tp++
				case together:
					c.fp++
				default:
					c.fn++
				}
			}
		}
	}
	return out
}

// TestEvalHandLabelled measures pairwise precision and recall of "same
// story" decisions against the hand labels (see testdata/abp_events.tsv),
// with all articles within two days of the labelled dates present as
// distractors, plus the five seed articles. The floors are a little under
// the figures measured when the defaults were chosen, so the test fails
// when a change makes clustering clearly worse.
func TestEvalHandLabelled(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the 37k corpus; skipped with -short")
	}
	ls := loadEval(t)
	docs := make([]Doc, len(ls))
	for i, l := range ls {
		docs[i] = l.doc
	}
	start := time.Now()
	groups := Cluster(docs, Params{})
	elapsed := time.Since(start)
	scores := scorePairs(ls, groups)
	keys := make([]string, 0, len(scores))
	for k := range scores {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	t.Logf("%d articles (%d scored), %d groups, clustered in %v", len(docs), countScored(ls), len(groups), elapsed.Round(time.Millisecond))
	for _, k := range keys {
		t.Logf("%-12s %v", k, scores[k])
	}
	fine := scores["fine"]
	if fine.precision() < 0.78 || fine.recall() < 0.70 {
		t.Errorf("finely labelled pairs: %v; want precision >= 0.78 and recall >= 0.70", fine)
	}
	if s := scores["undated"]; s == nil || s.recall() < 0.99 {
		t.Errorf("seed articles (one event): %v; want all 10 pairs together", s)
	}
	if testing.Verbose() {
		for _, g := range groups {
			var b strings.Builder
			scored := false
			for _, i := range g {
				scored = scored || ls[i].scored
				fmt.Fprintf(&b, "\n    [%s %s] %.70s", ls[i].date, ls[i].event, ls[i].doc.Title)
			}
			if scored {
				t.Logf("group:%s", b.String())
			}
		}
	}
	if *sweep {
		for _, th := range []float64{0.16, 0.19, 0.22, 0.25, 0.28} {
			for _, names := range []int{-1, 1} {
				for _, pen := range []float64{-1, 0.08, 0.15} {
					for _, lead := range []int{60, 100, 150} {
						p := Params{Threshold: th, MinSharedNames: names, LeadWords: lead, SameOutletPenalty: pen}
						s := scorePairs(ls, Cluster(docs, p))
						t.Logf("threshold %.2f names %2d penalty %5.2f lead %3d: fine %v | all %v", th, names, pen, lead, s["fine"], s["all"])
					}
				}
			}
		}
	}
}

// baselineSameTopicDate is the proxy the corpus suggests (same topic and
// same date means same story), measured for comparison.
func TestEvalBaselineProxy(t *testing.T) {
	if !*sweep {
		t.Skip("run with -cluster.sweep")
	}
	ls := loadEval(t)
	corpus := sharedtest.Path(t, "data/article-bias-prediction/articles_all.jsonl.gz")
	cf, _ := os.Open(corpus)
	defer cf.Close()
	zr, _ := gzip.NewReader(cf)
	topic := map[string]string{}
	dec := json.NewDecoder(bufio.NewReaderSize(zr, 1<<20))
	for {
		var a struct{ Title, Topic, Date string }
		if err := dec.Decode(&a); err != nil {
			break
		}
		topic[a.Title+"\x00"+a.Date] = a.Topic
	}
	byKey := map[string][]int{}
	for i, l := range ls {
		if l.date == "undated" {
			continue
		}
		k := topic[l.doc.Title+"\x00"+l.date] + "\x00" + l.date
		byKey[k] = append(byKey[k], i)
	}
	var groups [][]int
	for _, g := range byKey {
		if len(g) > 1 {
			groups = append(groups, g)
		}
	}
	s := scorePairs(ls, groups)
	t.Logf("same topic + same date: all %v; fine %v", s["all"], s["fine"])
}

// loadCorpus reads every article of the 37k corpus as a Doc (title, the
// first 200 words as lead, date, outlet) and its full text.
func loadCorpus(tb testing.TB) ([]Doc, []string) {
	tb.Helper()
	cf, err := os.Open(sharedtest.Path(tb, "data/article-bias-prediction/articles_all.jsonl.gz"))
	if err != nil {
		tb.Fatal(err)
	}
	defer cf.Close()
	zr, err := gzip.NewReader(cf)
	if err != nil {
		tb.Fatal(err)
	}
	var docs []Doc
	var texts []string
	lines := bufio.NewScanner(zr)
	lines.Buffer(make([]byte, 1<<20), 64<<20)
	for lines.Scan() {
		var a struct{ Date, Source, Title, Content string }
		if err := json.Unmarshal(lines.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		at, _ := time.Parse("2006-01-02", a.Date)
		docs = append(docs, Doc{ID: int64(len(docs) + 1), Title: a.Title, Lead: firstWords(a.Content, 200), Published: at, Outlet: a.Source})
		texts = append(texts, a.Content)
	}
	if err := lines.Err(); err != nil {
		tb.Fatal(err)
	}
	return docs, texts
}

// BenchmarkCorpus clusters and finds near-duplicates in the whole 37k
// corpus (4,407 of its articles are undated and so compared with all).
func BenchmarkCorpus(b *testing.B) {
	docs, texts := loadCorpus(b)
	b.Run("Cluster", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			groups := Cluster(docs, Params{})
			n := 0
			for _, g := range groups {
				n += len(g)
			}
			b.ReportMetric(float64(len(groups)), "groups")
			b.ReportMetric(float64(n), "grouped")
		}
	})
	b.Run("NearDuplicates", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			pairs := NearDuplicates(texts, DefaultNearDuplicate)
			b.ReportMetric(float64(len(pairs)), "pairs")
		}
	})
}

package analysis

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/framelens/framelens/app/analysis/tone"
	"github.com/framelens/framelens/app/internal/sharedtest"
	"github.com/framelens/framelens/assets"
)

var corpusLimit = flag.Int("corpus", 0, "BenchmarkAnalyzeCorpus: analyse at most this many articles (0: all)")

var (
	defaultLexOnce sync.Once
	defaultLex     *Lexicon
	defaultLexErr  error
)

// lexDefault loads the built-in packs.
func lexDefault(tb testing.TB) *Lexicon {
	tb.Helper()
	defaultLexOnce.Do(func() { defaultLex, defaultLexErr = LoadLexicon(assets.Lexicon()) })
	if defaultLexErr != nil {
		tb.Fatalf("built-in lexicon: %v", defaultLexErr)
	}
	return defaultLex
}

// benchText builds about n bytes of news-like text of our own writing, with
// quotations, reported speech, loaded words and frame cues.
func benchText(n int) string {
	parts := []string{
		"Officials said on Monday that the so-called ceasefire had collapsed after a massive attack on the city.",
		"\"We will not stand by while civilians suffer,\" Foreign Minister Lena Hart told reporters in Geneva.",
		"The regime's forces reportedly shelled the district overnight, according to local residents.",
		"Critics say the government's budget plan is a disaster for families and small businesses.",
		"Prime Minister Omar Said insisted the operation was a precise strike against terrorists.",
		"Aid groups warned of a humanitarian catastrophe as food and fuel ran out in the camps.",
		"Analysts expect the economy to shrink by 2.5 percent this year, the central bank reported.",
		"Protesters slammed the decision, calling it \"utterly shameful\" and vowing to return.",
		"The U.S. Army said troops would remain in the region for security reasons.",
		"In a landmark ruling, the Supreme Court struck down the law on Friday.",
		"He said the talks were \"constructive\" but added that no deal had been reached.",
		"Residents described a night of terror as the storm tore through the coastal town.",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(parts[(i*7+i/len(parts))%len(parts)])
		if i%4 == 3 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// BenchmarkAnalyze measures Analyze with every signal and the built-in
// packs on generated news-like text (about 5 KB per document).
func BenchmarkAnalyze(b *testing.B) {
	lex := lexDefault(b)
	text := benchText(5000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		Analyze(lex, text)
	}
	reportCPU(b, c0, int64(len(text))*int64(b.N))
}

// cpuTime returns the process's user+system CPU time in seconds. On a
// shared machine the wall clock measures the neighbours too; CPU time
// (GC included) is the cost of the work itself.
func cpuTime() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

func reportCPU(b *testing.B, c0 float64, bytes int64) {
	if d := cpuTime() - c0; d > 0 {
		b.ReportMetric(float64(bytes)/d/1e6, "MB/cpu-s")
	}
}

// BenchmarkAnalyzeCorpus analyses the article texts of the
// article-bias-prediction corpus (content_original, about 37k articles) in
// one operation, so its MB/s is the throughput on real news. Run it with
// -benchtime=1x; -corpus N limits the number of articles.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	path := sharedtest.Path(b, "data/article-bias-prediction/articles_all.jsonl.gz")
	texts := readCorpus(b, path, *corpusLimit)
	lex := lexDefault(b)
	var total int64
	for _, t := range texts {
		total += int64(len(t))
	}
	b.SetBytes(total)
	b.ReportMetric(float64(len(texts)), "articles")
	tone.Default() // the tone model loads once per process (about 0.1 s), not per article
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Analyze(lex, t)
		}
	}
	reportCPU(b, c0, total*int64(b.N))
}

func readCorpus(tb testing.TB, path string, limit int) []string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var texts []string
	for sc.Scan() {
		var row struct {
			Content string `json:"content_original"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		texts = append(texts, row.Content)
		if limit > 0 && len(texts) >= limit {
			break
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

// BenchmarkTokenize measures the tokenizer alone.
func BenchmarkTokenize(b *testing.B) {
	text := benchText(5000)
	b.SetBytes(int64(len(text)))
	var toks []token
	for i := 0; i < b.N; i++ {
		toks = tokenize(text, toks)
	}
}

// BenchmarkCalibrateHashMatcher is a yardstick, not a test of our code: the
// simplest token-hash matcher (ASCII words, FNV-1a, one map lookup against
// 2,000 phrases). Issue 3 quotes about 150 MB/s for such a matcher on its
// machine; the ratio of BenchmarkAnalyze to this benchmark on one machine
// carries over to another.
func BenchmarkCalibrateHashMatcher(b *testing.B) {
	text := benchText(5000)
	m := map[uint64]int{}
	for i := 0; i < 2000; i++ {
		m[uint64(i)*0x9E3779B97F4A7C15] = i
	}
	b.SetBytes(int64(len(text)))
	n := 0
	c0 := cpuTime()
	defer func() { reportCPU(b, c0, int64(len(text))*int64(b.N)) }()
	for i := 0; i < b.N; i++ {
		h := uint64(fnvOffset)
		for j := 0; j < len(text); j++ {
			c := text[j]
			if c == ' ' || c == '\n' || c == '.' || c == ',' || c == '"' {
				if _, ok := m[h]; ok {
					n++
				}
				h = fnvOffset
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 32
			}
			h = (h ^ uint64(c)) * fnvPrime
		}
	}
	_ = n
}

var corpusDigest = flag.Bool("corpus-digest", false, "TestCorpusDigest: print a digest of Analyze's results on the corpus (-corpus N articles)")

// TestCorpusDigest prints a SHA-256 of the JSON of Analyze's results over
// the corpus's articles, so that two builds of the engine can be checked
// for identical output on real text (run it on both and compare). Off by
// default: it needs -corpus-digest.
func TestCorpusDigest(t *testing.T) {
	if !*corpusDigest {
		t.Skip("needs -corpus-digest")
	}
	path := sharedtest.Path(t, "data/article-bias-prediction/articles_all.jsonl.gz")
	texts := readCorpus(t, path, *corpusLimit)
	lex := lexDefault(t)
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, s := range texts {
		if err := enc.Encode(Analyze(lex, s)); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("articles %d digest %x", len(texts), h.Sum(nil))
}

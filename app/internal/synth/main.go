// Command synth builds a synthetic corpus of any size for benchmarks by
// resampling a real one: each synthetic article takes the paragraphs of
// several real articles of one outlet, so word statistics stay realistic,
// and gets a story and a date spread over years. It reads JSON Lines with
// title, text and outlet fields (as "framelens export" writes them) and
// writes gzipped JSON Lines that "framelens import" reads.
//
//	go run ./app/internal/synth -in export.jsonl -n 1000000 -out synth.jsonl.gz
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"time"
)

type article struct {
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Story     string `json:"story,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
}

func main() {
	in := flag.String("in", "", "JSON Lines to resample (framelens export output)")
	n := flag.Int("n", 10000, "number of articles to write")
	out := flag.String("out", "synth.jsonl.gz", "gzipped JSON Lines to write")
	seed := flag.Int64("seed", 1, "random seed, for repeatable corpora")
	flag.Parse()
	if err := run(*in, *n, *out, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
}

func run(in string, n int, out string, seed int64) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	byOutlet := map[string][][]string{}
	var outlets []string
	var titles []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("%s: %w", in, err)
		}
		paras := strings.Split(a.Text, "\n")
		if _, ok := byOutlet[a.Outlet]; !ok {
			outlets = append(outlets, a.Outlet)
		}
		byOutlet[a.Outlet] = append(byOutlet[a.Outlet], paras)
		titles = append(titles, a.Title)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(outlets) == 0 {
		return fmt.Errorf("%s: no articles", in)
	}
	o, err := os.Create(out)
	if err != nil {
		return err
	}
	defer o.Close()
	zw := gzip.NewWriter(o)
	bw := bufio.NewWriterSize(zw, 1<<20)
	enc := json.NewEncoder(bw)
	r := rand.New(rand.NewSource(seed))
	start := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		outlet := outlets[r.Intn(len(outlets))]
		pool := byOutlet[outlet]
		var b strings.Builder
		// Three to eight paragraphs from up to four articles of the outlet.
		for p := 0; p < 3+r.Intn(6); p++ {
			src := pool[r.Intn(len(pool))]
			if para := strings.TrimSpace(src[r.Intn(len(src))]); para != "" {
				b.WriteString(para)
				b.WriteString("\n\n")
			}
		}
		// A serial number keeps every synthetic text distinct, so none is
		// dropped as a duplicate.
		fmt.Fprintf(&b, "(Synthetic article %d.)", i)
		day := r.Intn(9 * 365)
		a := article{
			Title:     titles[r.Intn(len(titles))],
			Outlet:    outlet,
			Story:     fmt.Sprintf("synthetic-%d", day/3),
			Published: start.AddDate(0, 0, day).Format(time.RFC3339),
			Text:      b.String(),
		}
		if err := enc.Encode(&a); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return o.Close()
}

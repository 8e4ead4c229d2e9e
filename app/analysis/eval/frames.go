package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/framelens/framelens/app/analysis"
)

// frameResult is how often each frame is present in a sample of real news
// articles, overall and by the articles' topic labels. There are no frame
// labels here: it is a face-validity check of the cues and of the rule in
// docs/FRAMES.md (healthcare articles should mostly show health_safety,
// election articles political, and no frame should be present everywhere).
type frameResult struct {
	Articles  int
	Sentences []int
	Present   map[string]int
	ByTopic   map[string]map[string]int
	Topics    map[string]int
}

// frameRates analyses every step-th article of the article-bias-prediction
// corpus (Baly et al. 2020; AllSides articles with topic labels).
func frameRates(lex *analysis.Lexicon, path string, step int) (*frameResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	res := &frameResult{Present: map[string]int{}, ByTopic: map[string]map[string]int{}, Topics: map[string]int{}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 0; sc.Scan(); n++ {
		if n%step != 0 {
			continue
		}
		var a struct {
			Topic   string `json:"topic"`
			Content string `json:"content"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s: line %d: %w", path, n+1, err)
		}
		r := analysis.Analyze(lex, a.Content)
		res.Articles++
		res.Sentences = append(res.Sentences, r.Sentences)
		res.Topics[a.Topic]++
		if res.ByTopic[a.Topic] == nil {
			res.ByTopic[a.Topic] = map[string]int{}
		}
		for _, fr := range r.Frames {
			if fr.Present {
				res.Present[fr.Frame]++
				res.ByTopic[a.Topic][fr.Frame]++
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return res, nil
}

func (fr *frameResult) markdown(b *strings.Builder) {
	sort.Ints(fr.Sentences)
	median := 0
	if len(fr.Sentences) > 0 {
		median = fr.Sentences[len(fr.Sentences)/2]
	}
	fmt.Fprintf(b, "\n### Frames present in real articles (face validity)\n\n"+
		"Every 25th article of the article-bias-prediction corpus (%d articles, median %d sentences), rule of docs/FRAMES.md. "+
		"No frame labels exist for these articles: this checks that frames are neither everywhere nor nowhere and follow the articles' topics.\n\n", fr.Articles, median)
	b.WriteString("| frame | share of articles where present |\n|---|---|\n")
	for _, f := range topCounts(fr.Present, 30) {
		fmt.Fprintf(b, "| %s | %.2f |\n", f, ratio(fr.Present[f], fr.Articles))
	}
	b.WriteString("\n| topic (articles) | most often present frames |\n|---|---|\n")
	for _, t := range topCounts(fr.Topics, 10) {
		var parts []string
		for _, f := range topCounts(fr.ByTopic[t], 5) {
			parts = append(parts, fmt.Sprintf("%s %.2f", f, ratio(fr.ByTopic[t][f], fr.Topics[t])))
		}
		fmt.Fprintf(b, "| %s (%d) | %s |\n", t, fr.Topics[t], strings.Join(parts, ", "))
	}
}

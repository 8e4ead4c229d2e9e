// Command framecues ranks candidate cue words for each policy frame of the
// Media Frames Corpus (Card et al. 2015) by pointwise mutual information
// between the word and the frame's annotated spans, against the background
// of the whole MFC collection (the method of Field et al. 2018). Its output
// is the raw material that docs/FRAMES.md describes: the shipped lexicon
// (assets/lexicon/frames-policy.lex) is a hand-curated selection, not this
// output.
//
// Usage:
//
//	go run ./app/analysis/framecues -mfc ../shared/data/mfc-frames [-min 30] [-top 60] [-frame economic] [-tsv]
//
// The directory must hold mfc_frame_span_word_counts.tsv (code, frame, word,
// count) and mfc_background_word_counts.tsv (word, count).
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// frameIDs maps the MFC code's integer part to Framelens frame ids.
var frameIDs = map[string]string{
	"1": "economic", "2": "capacity_resources", "3": "morality", "4": "fairness_equality",
	"5": "legality", "6": "policy_prescription", "7": "crime_punishment", "8": "security_defense",
	"9": "health_safety", "10": "quality_of_life", "11": "cultural_identity", "12": "public_opinion",
	"13": "political", "14": "external_regulation", "15": "other",
}

// frameOrder lists frame ids in codebook order.
var frameOrder = []string{
	"economic", "capacity_resources", "morality", "fairness_equality", "legality",
	"policy_prescription", "crime_punishment", "security_defense", "health_safety",
	"quality_of_life", "cultural_identity", "public_opinion", "political",
	"external_regulation", "other",
}

// Counts holds word counts inside each frame's spans and in the background.
type Counts struct {
	Frame      map[string]map[string]float64 // frame id -> word -> count
	FrameTotal map[string]float64
	Background map[string]float64
	BgTotal    float64
}

// Candidate is one ranked cue word.
type Candidate struct {
	Word  string
	Count float64 // occurrences inside the frame's spans
	PMI   float64 // log2 P(word|frame) / P(word)
	// Share is the fraction of the word's span occurrences (over all 15
	// frames) that fall in this frame: low values mean the word is
	// frequent in spans generally, not specific to this frame.
	Share float64
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "framecues:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("framecues", flag.ContinueOnError)
	dir := fs.String("mfc", "../shared/data/mfc-frames", "directory with the MFC word-count files")
	minCount := fs.Float64("min", 30, "minimum count of a word inside the frame's spans")
	top := fs.Int("top", 60, "candidates printed per frame")
	only := fs.String("frame", "", "print only this frame id")
	headlines := fs.Bool("headlines", false, "also count words of frame-annotated headlines (codes x.1)")
	tsv := fs.Bool("tsv", false, "print tab-separated rows (frame, rank, word, count, pmi, share) instead of a report")
	if err := fs.Parse(args); err != nil {
		return err
	}
	c, err := load(*dir, *headlines)
	if err != nil {
		return err
	}
	for _, frame := range frameOrder {
		if *only != "" && frame != *only {
			continue
		}
		cands := Rank(c, frame, *minCount)
		if len(cands) > *top {
			cands = cands[:*top]
		}
		if *tsv {
			for i, cd := range cands {
				fmt.Fprintf(w, "%s\t%d\t%s\t%.0f\t%.3f\t%.3f\n", frame, i+1, cd.Word, cd.Count, cd.PMI, cd.Share)
			}
			continue
		}
		fmt.Fprintf(w, "== %s (%.0f span tokens)\n", frame, c.FrameTotal[frame])
		for i, cd := range cands {
			fmt.Fprintf(w, "%3d %-22s n=%-6.0f pmi=%.2f share=%.2f\n", i+1, cd.Word, cd.Count, cd.PMI, cd.Share)
		}
	}
	return nil
}

// Rank returns the frame's candidate words with at least minCount
// occurrences in its spans, by PMI descending (ties by count, then word).
// Only words made of letters (with inner hyphens or apostrophes) qualify.
func Rank(c *Counts, frame string, minCount float64) []Candidate {
	var out []Candidate
	ft := c.FrameTotal[frame]
	if ft == 0 || c.BgTotal == 0 {
		return nil
	}
	for word, n := range c.Frame[frame] {
		if n < minCount || !isWord(word) {
			continue
		}
		bg := c.Background[word]
		if bg < n {
			// Spans are part of the background collection; a word counted
			// more often in spans than overall comes from a tokenisation
			// difference, so use the span count as the floor.
			bg = n
		}
		var all float64
		for _, f := range frameOrder {
			all += c.Frame[f][word]
		}
		out = append(out, Candidate{
			Word:  word,
			Count: n,
			PMI:   math.Log2((n / ft) / (bg / c.BgTotal)),
			Share: n / all,
		})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].PMI != out[j].PMI {
			return out[i].PMI > out[j].PMI
		}
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Word < out[j].Word
	})
	return out
}

func isWord(w string) bool {
	letters := 0
	for i, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case (r == '-' || r == '\'') && i > 0 && i < len(w)-1:
		default:
			return false
		}
	}
	return letters >= 2
}

func load(dir string, headlines bool) (*Counts, error) {
	c := &Counts{
		Frame:      map[string]map[string]float64{},
		FrameTotal: map[string]float64{},
		Background: map[string]float64{},
	}
	err := readTSV(filepath.Join(dir, "mfc_frame_span_word_counts.tsv"), 4, func(f []string) error {
		major, minor, ok := strings.Cut(f[0], ".")
		if !ok {
			return fmt.Errorf("code %q has no minor part", f[0])
		}
		frame, known := frameIDs[major]
		if !known || !(minor == "0" || (headlines && minor == "1")) {
			return nil // primary-frame markers, tone codes, irrelevant
		}
		n, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			return err
		}
		if c.Frame[frame] == nil {
			c.Frame[frame] = map[string]float64{}
		}
		c.Frame[frame][f[2]] += n
		c.FrameTotal[frame] += n
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(filepath.Join(dir, "mfc_background_word_counts.tsv"), 2, func(f []string) error {
		n, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		c.Background[f[0]] += n
		c.BgTotal += n
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(c.Frame) == 0 || c.BgTotal == 0 {
		return nil, errors.New("no counts read from " + dir)
	}
	return c, nil
}

// readTSV calls row for every line after the header, split on tabs into
// exactly cols fields.
func readTSV(path string, cols int, row func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != cols {
			return fmt.Errorf("%s:%d: %d fields, want %d", path, line, len(fields), cols)
		}
		if err := row(fields); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

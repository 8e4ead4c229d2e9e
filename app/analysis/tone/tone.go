// Package tone estimates the tone of a sentence toward one of its targets
// (signal T1: is this actor portrayed positively, negatively or neutrally?).
//
// The model is a multinomial logistic regression over word features of the
// sentence and of a window around the target, with negation marking. It is
// trained only on the NewsMTSC training split (Hamborg & Donnay 2021, MIT)
// by `go run ./app/analysis/tone/train`, which writes weights.gz; the
// binary embeds that file. Words of the target itself are never features,
// so the model cannot learn that a name is "usually negative": tone must
// come from the words around it.
package tone

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Labels, in the order of the model's classes.
const (
	Negative = "negative"
	Neutral  = "neutral"
	Positive = "positive"
)

// Classes lists the labels in class-index order.
var Classes = [3]string{Negative, Neutral, Positive}

// Model is a trained tone model. It is safe for concurrent use.
type Model struct {
	Window  int // words on each side of the target that get window features
	Version string
	bias    [3]float64
	// weights by feature name: kept by Train for Write, nil after Read.
	weights map[string][3]float64
	byHash  map[uint64][3]float64 // weights by hashName(name) | 1
	tables  *scoreTables          // the weights arranged for Scorer
}

//go:embed weights.gz
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// Default returns the model embedded in the binary. It panics if the
// embedded weights are corrupt, which a test guards against.
func Default() *Model {
	defaultOnce.Do(func() {
		m, err := Read(bytes.NewReader(embedded))
		if err != nil {
			panic("tone: embedded weights: " + err.Error())
		}
		defaultModel = m
	})
	return defaultModel
}

// Polarity returns the tone of text toward the target at text[start:end]
// (byte offsets): label is positive, negative or neutral, and score is
// P(positive) - P(negative), in [-1, 1]. Offsets outside the text are
// clamped.
func (m *Model) Polarity(text string, start, end int) (label string, score float64) {
	p := m.Probs(text, start, end)
	best := 0
	for i := 1; i < 3; i++ {
		if p[i] > p[best] {
			best = i
		}
	}
	return Classes[best], p[2] - p[0]
}

var scorerPool = sync.Pool{New: func() any { return new(Scorer) }}

// Probs returns the class probabilities (negative, neutral, positive) for
// the target at text[start:end]. It scores the features of Features by the
// hashes of their names, which avoids building a string per feature. To
// score several targets of one sentence, a Scorer tokenizes it once.
func (m *Model) Probs(text string, start, end int) [3]float64 {
	s := scorerPool.Get().(*Scorer)
	s.Reset(m, text)
	p := s.Probs(start, end)
	s.m, s.text = nil, ""
	scorerPool.Put(s)
	return p
}

// probsByName scores the output of Features: the reference for Probs.
func (m *Model) probsByName(feats []Feature) [3]float64 {
	z := m.bias
	for _, f := range feats {
		if w, ok := m.byHash[hashName(&[5]string{f.Name})|1]; ok {
			for c := range z {
				z[c] += w[c] * f.Value
			}
		}
	}
	return softmax(z)
}

// index builds the hash table of the weights; it fails if two feature
// names share a 64-bit hash (vanishingly unlikely, but then scores would
// silently mix two features).
func (m *Model) index() error {
	m.byHash = make(map[uint64][3]float64, len(m.weights))
	b := newTableBuilder(len(m.weights))
	for name, w := range m.weights {
		if err := m.set(name, w); err != nil {
			return err
		}
		b.add(name, w)
	}
	m.tables = b.finish()
	return nil
}

// set stores the weights of one feature by the hash of its name.
func (m *Model) set(name string, w [3]float64) error {
	h := hashName(&[5]string{name}) | 1 // as scoreSink looks it up
	if _, dup := m.byHash[h]; dup {
		return fmt.Errorf("tone: feature %q shares its hash with another feature", name)
	}
	m.byHash[h] = w
	return nil
}

func softmax(z [3]float64) [3]float64 {
	mx := math.Max(z[0], math.Max(z[1], z[2]))
	var p [3]float64
	var sum float64
	for i := range z {
		p[i] = math.Exp(z[i] - mx)
		sum += p[i]
	}
	for i := range p {
		p[i] /= sum
	}
	return p
}

// Write stores a trained model as gzipped text: a header line, the bias
// line, then one line per feature, "feature<TAB>w_neg w_neu w_pos", sorted,
// with weights rounded to 4 decimals. A model loaded by Read keeps only
// hashes of its feature names and cannot be written again.
func (m *Model) Write(w io.Writer) error {
	if m.weights == nil {
		return fmt.Errorf("tone: model has no feature names to write (it was loaded, not trained)")
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "framelens-tone 1\twindow=%d\tversion=%s\tfeatures=%d\n", m.Window, m.Version, len(m.weights))
	fmt.Fprintf(bw, "\t%s\n", fmtWeights(m.bias))
	names := make([]string, 0, len(m.weights))
	for f := range m.weights {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		fmt.Fprintf(bw, "%s\t%s\n", f, fmtWeights(m.weights[f]))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func fmtWeights(w [3]float64) string {
	s := make([]string, 3)
	for i, x := range w {
		s[i] = strconv.FormatFloat(math.Round(x*1e4)/1e4, 'f', -1, 64)
	}
	return strings.Join(s, " ")
}

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("tone: %w", err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	m := &Model{}
	line := 0
	b := newTableBuilder(0)
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			fields := strings.Split(text, "\t")
			if fields[0] != "framelens-tone 1" {
				return nil, fmt.Errorf("tone: line 1: unknown header %q", fields[0])
			}
			for _, kv := range fields[1:] {
				k, v, _ := strings.Cut(kv, "=")
				switch k {
				case "window":
					if m.Window, err = strconv.Atoi(v); err != nil {
						return nil, fmt.Errorf("tone: line 1: window: %w", err)
					}
				case "version":
					m.Version = v
				case "features":
					n, _ := strconv.Atoi(v)
					m.byHash = make(map[uint64][3]float64, n)
				}
			}
			continue
		}
		name, ws, ok := strings.Cut(text, "\t")
		parts := strings.Fields(ws)
		if !ok || len(parts) != 3 {
			return nil, fmt.Errorf("tone: line %d: want feature<TAB>3 weights", line)
		}
		var w [3]float64
		for i, p := range parts {
			if w[i], err = strconv.ParseFloat(p, 64); err != nil {
				return nil, fmt.Errorf("tone: line %d: %w", line, err)
			}
		}
		if line == 2 {
			m.bias = w
			continue
		}
		if m.byHash == nil {
			m.byHash = map[uint64][3]float64{}
		}
		if err := m.set(name, w); err != nil {
			return nil, err
		}
		b.add(name, w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("tone: %w", err)
	}
	if line < 2 {
		return nil, fmt.Errorf("tone: no weights")
	}
	if m.byHash == nil {
		m.byHash = map[uint64][3]float64{}
	}
	m.tables = b.finish()
	return m, nil
}

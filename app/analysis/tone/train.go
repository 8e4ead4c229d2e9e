package tone

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"unicode/utf8"
)

// Example is one target in one sentence with its gold label (class index:
// 0 negative, 1 neutral, 2 positive).
type Example struct {
	Text       string
	Start, End int // byte offsets of the target in Text
	Label      int
	ID         string // the target's NewsMTSC gid
}

// ReadNewsMTSC reads a NewsMTSC split (JSON Lines with sentence_normalized
// and targets[].from/to/polarity, polarity 2 negative, 4 neutral, 6
// positive). NewsMTSC offsets count Unicode code points; Example offsets are
// bytes.
func ReadNewsMTSC(path string) ([]Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Example
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	line := 0
	for sc.Scan() {
		line++
		var rec struct {
			Sentence string `json:"sentence_normalized"`
			Targets  []struct {
				GID      string  `json:"Input.gid"`
				From     int     `json:"from"`
				To       int     `json:"to"`
				Polarity float64 `json:"polarity"`
			} `json:"targets"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		offs := runeOffsets(rec.Sentence)
		for _, t := range rec.Targets {
			if t.From < 0 || t.To < t.From || t.To >= len(offs) {
				return nil, fmt.Errorf("%s:%d: target %d-%d outside the sentence", path, line, t.From, t.To)
			}
			var label int
			switch t.Polarity {
			case 2:
				label = 0
			case 4:
				label = 1
			case 6:
				label = 2
			default:
				return nil, fmt.Errorf("%s:%d: polarity %v", path, line, t.Polarity)
			}
			out = append(out, Example{Text: rec.Sentence, Start: offs[t.From], End: offs[t.To], Label: label, ID: t.GID})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// runeOffsets maps code-point index -> byte offset, with one extra entry
// for the end of the string.
func runeOffsets(s string) []int {
	offs := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// TrainOptions are the training hyperparameters.
type TrainOptions struct {
	Window   int     // window words on each side of the target (default 8)
	Epochs   int     // passes over the data (default 5)
	Rate     float64 // AdaGrad learning rate (default 0.02)
	L2       float64 // L2 penalty per example (default 1e-4)
	MinCount int     // a feature must occur in this many training examples (default 2)
	Seed     uint64  // shuffling seed (default 1)
	Balance  bool    // weight classes inversely to their frequency
	Version  string  // recorded in the weights file
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Window <= 0 {
		o.Window = 8
	}
	if o.Epochs <= 0 {
		o.Epochs = 5
	}
	if o.Rate <= 0 {
		o.Rate = 0.02
	}
	if o.L2 < 0 {
		o.L2 = 0
	} else if o.L2 == 0 {
		o.L2 = 1e-4
	}
	if o.MinCount <= 0 {
		o.MinCount = 2
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	return o
}

// Train fits a multinomial logistic regression by AdaGrad with an L2
// penalty. It is deterministic for given examples and options.
func Train(examples []Example, opts TrainOptions) *Model {
	opts = opts.withDefaults()
	feats := make([][]Feature, len(examples))
	df := map[string]int{}
	for i, ex := range examples {
		feats[i] = Features(ex.Text, ex.Start, ex.End, opts.Window)
		for _, f := range feats[i] {
			df[f.Name]++
		}
	}
	index := map[string]int{}
	var names []string
	ids := make([][]int, len(examples))
	vals := make([][]float64, len(examples))
	for i, fs := range feats {
		for _, f := range fs {
			if df[f.Name] < opts.MinCount {
				continue
			}
			j, ok := index[f.Name]
			if !ok {
				j = len(names)
				index[f.Name] = j
				names = append(names, f.Name)
			}
			ids[i] = append(ids[i], j)
			vals[i] = append(vals[i], f.Value)
		}
	}
	classW := [3]float64{1, 1, 1}
	if opts.Balance {
		var n [3]float64
		for _, ex := range examples {
			n[ex.Label]++
		}
		for c := range classW {
			if n[c] > 0 {
				classW[c] = float64(len(examples)) / (3 * n[c])
			}
		}
	}
	w := make([][3]float64, len(names))
	g2 := make([][3]float64, len(names))
	var bias, gb [3]float64
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5eed))
	const eps = 1e-8
	for epoch := 0; epoch < opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			z := bias
			for k, j := range ids[i] {
				for c := range z {
					z[c] += w[j][c] * vals[i][k]
				}
			}
			p := softmax(z)
			for c := range p {
				y := 0.0
				if c == examples[i].Label {
					y = 1
				}
				g := (p[c] - y) * classW[examples[i].Label]
				gb[c] += g * g
				bias[c] -= opts.Rate * g / (math.Sqrt(gb[c]) + eps)
				for k, j := range ids[i] {
					gj := g*vals[i][k] + opts.L2*w[j][c]
					g2[j][c] += gj * gj
					w[j][c] -= opts.Rate * gj / (math.Sqrt(g2[j][c]) + eps)
				}
			}
		}
	}
	m := &Model{Window: opts.Window, Version: opts.Version, bias: bias, weights: map[string][3]float64{}}
	for j, name := range names {
		// Rounded to 4 decimals on write; drop what would round to zero.
		if math.Abs(w[j][0]) < 5e-4 && math.Abs(w[j][1]) < 5e-4 && math.Abs(w[j][2]) < 5e-4 {
			continue
		}
		m.weights[name] = w[j]
	}
	if err := m.index(); err != nil {
		// A 64-bit collision among ~10^5 names: astronomically unlikely.
		panic(err)
	}
	return m
}

// Predict returns the class index with the highest probability.
func (m *Model) Predict(ex Example) int {
	p := m.Probs(ex.Text, ex.Start, ex.End)
	best := 0
	for c := 1; c < 3; c++ {
		if p[c] > p[best] {
			best = c
		}
	}
	return best
}

// Scores are per-class precision, recall and F1 with their macro averages.
type Scores struct {
	Precision, Recall, F1 [3]float64
	MacroF1               float64
	Accuracy              float64
	N                     int
	Confusion             [3][3]int // [gold][predicted]
}

// Score compares predicted with gold class indices.
func Score(gold, pred []int) Scores {
	var s Scores
	s.N = len(gold)
	correct := 0
	for i := range gold {
		s.Confusion[gold[i]][pred[i]]++
		if gold[i] == pred[i] {
			correct++
		}
	}
	if s.N > 0 {
		s.Accuracy = float64(correct) / float64(s.N)
	}
	for c := 0; c < 3; c++ {
		var tp, fp, fn float64
		for o := 0; o < 3; o++ {
			if o == c {
				tp = float64(s.Confusion[c][c])
				continue
			}
			fp += float64(s.Confusion[o][c])
			fn += float64(s.Confusion[c][o])
		}
		if tp+fp > 0 {
			s.Precision[c] = tp / (tp + fp)
		}
		if tp+fn > 0 {
			s.Recall[c] = tp / (tp + fn)
		}
		if s.Precision[c]+s.Recall[c] > 0 {
			s.F1[c] = 2 * s.Precision[c] * s.Recall[c] / (s.Precision[c] + s.Recall[c])
		}
		s.MacroF1 += s.F1[c] / 3
	}
	return s
}

// Evaluate scores the model on examples.
func (m *Model) Evaluate(examples []Example) Scores {
	gold := make([]int, len(examples))
	pred := make([]int, len(examples))
	for i, ex := range examples {
		gold[i] = ex.Label
		pred[i] = m.Predict(ex)
	}
	return Score(gold, pred)
}

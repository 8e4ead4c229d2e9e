// Command train fits the tone model (package tone) on the NewsMTSC training
// split and writes the weights that the binary embeds.
//
// Usage (from the repository root):
//
//	go run ./app/analysis/tone/train -data ../shared/data/newsmtsc [-grid] [-out app/analysis/tone/weights.gz]
//
// Only train.jsonl is read. Without -grid, a fixed 15% of its sentences (by
// a hash of the sentence text, so targets of one sentence stay together) is
// held out and the validation macro-F1 printed. With -grid, each setting of
// a small grid is ranked by its mean macro-F1 over 5 folds of sentences.
// The chosen setting (the best of the grid, or the flags) is then refitted
// on all of train.jsonl and written. The NewsMTSC devtest splits are never
// read here.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"

	"github.com/framelens/framelens/app/analysis/tone"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	data := fs.String("data", "../shared/data/newsmtsc", "NewsMTSC directory (only train.jsonl is read)")
	out := fs.String("out", "app/analysis/tone/weights.gz", "weights file to write; empty writes nothing")
	grid := fs.Bool("grid", false, "choose hyperparameters on the validation slice of train.jsonl")
	var o tone.TrainOptions
	fs.IntVar(&o.Window, "window", 8, "window words on each side of the target")
	fs.IntVar(&o.Epochs, "epochs", 5, "training epochs")
	fs.Float64Var(&o.Rate, "rate", 0.02, "AdaGrad learning rate")
	fs.Float64Var(&o.L2, "l2", 1e-4, "L2 penalty")
	fs.IntVar(&o.MinCount, "mincount", 2, "minimum examples per feature")
	fs.BoolVar(&o.Balance, "balance", true, "weight classes inversely to their frequency")
	if err := fs.Parse(args); err != nil {
		return err
	}
	all, err := tone.ReadNewsMTSC(filepath.Join(*data, "train.jsonl"))
	if err != nil {
		return err
	}
	trainPart, val := split(all)
	fmt.Fprintf(w, "train.jsonl: %d targets; fit on %d, validate on %d\n", len(all), len(trainPart), len(val))
	if *grid {
		best := -1.0
		for _, cand := range candidates(o) {
			// Mean macro-F1 over 5 folds of sentences: one 15% slice is
			// too small to rank close settings.
			var mean float64
			for fold := 0; fold < 5; fold++ {
				tr, va := foldSplit(all, fold, 5)
				mean += tone.Train(tr, cand).Evaluate(va).MacroF1 / 5
			}
			fmt.Fprintf(w, "window=%d epochs=%d rate=%g l2=%g mincount=%d balance=%v: 5-fold macro-F1 %.4f\n",
				cand.Window, cand.Epochs, cand.Rate, cand.L2, cand.MinCount, cand.Balance, mean)
			if mean > best {
				best, o = mean, cand
			}
		}
		fmt.Fprintf(w, "chosen: window=%d epochs=%d rate=%g l2=%g mincount=%d balance=%v (5-fold macro-F1 %.4f)\n",
			o.Window, o.Epochs, o.Rate, o.L2, o.MinCount, o.Balance, best)
	} else {
		s := tone.Train(trainPart, o).Evaluate(val)
		fmt.Fprintf(w, "validation macro-F1 %.4f acc %.4f (F1 neg %.3f neu %.3f pos %.3f)\n", s.MacroF1, s.Accuracy, s.F1[0], s.F1[1], s.F1[2])
	}
	if *out == "" {
		return nil
	}
	o.Version = fmt.Sprintf("newsmtsc-train-w%d-e%d-r%g-l%g-m%d", o.Window, o.Epochs, o.Rate, o.L2, o.MinCount)
	m := tone.Train(all, o)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %s (%d bytes)\n", *out, buf.Len())
	return nil
}

// split holds out about 15% of the sentences for validation.
func split(all []tone.Example) (train, val []tone.Example) {
	for _, ex := range all {
		h := fnv.New32a()
		h.Write([]byte(ex.Text))
		if h.Sum32()%100 < 15 {
			val = append(val, ex)
		} else {
			train = append(train, ex)
		}
	}
	return train, val
}

// foldSplit assigns sentences to k folds by a hash of their text and
// returns the examples outside and inside fold.
func foldSplit(all []tone.Example, fold, k int) (train, val []tone.Example) {
	for _, ex := range all {
		h := fnv.New32a()
		h.Write([]byte(ex.Text))
		if int(h.Sum32()%uint32(k)) == fold {
			val = append(val, ex)
		} else {
			train = append(train, ex)
		}
	}
	return train, val
}

// candidates is the small grid searched by -grid, around base.
func candidates(base tone.TrainOptions) []tone.TrainOptions {
	var out []tone.TrainOptions
	for _, l2 := range []float64{1e-4, 1e-3} {
		for _, rate := range []float64{0.01, 0.02, 0.05} {
			for _, epochs := range []int{5, 10} {
				o := base
				o.L2, o.Rate, o.Epochs = l2, rate, epochs
				out = append(out, o)
			}
		}
	}
	return out
}

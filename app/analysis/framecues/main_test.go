package main

import (
	"math"
	"testing"
)

func TestRank(t *testing.T) {
	c := &Counts{
		Frame: map[string]map[string]float64{
			"legality": {"lawsuit": 40, "the": 400, "court": 60, "$": 50, "kool": 5},
			"economic": {"the": 500, "court": 20, "cost": 80},
		},
		FrameTotal: map[string]float64{"legality": 555, "economic": 600},
		Background: map[string]float64{"lawsuit": 50, "the": 10000, "court": 100, "$": 60, "kool": 6, "cost": 200},
		BgTotal:    20000,
	}
	got := Rank(c, "legality", 30)
	want := []struct {
		word  string
		pmi   float64
		share float64
	}{
		// lawsuit: P(w|f)=40/555, P(w)=50/20000 -> log2(28.83); all its span uses are legal.
		{"lawsuit", math.Log2((40.0 / 555) / (50.0 / 20000)), 1},
		{"court", math.Log2((60.0 / 555) / (100.0 / 20000)), 0.75},
		{"the", math.Log2((400.0 / 555) / (10000.0 / 20000)), 400.0 / 900},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d candidates %+v, want %d (no \"$\", no \"kool\" under the minimum)", len(got), got, len(want))
	}
	for i, w := range want {
		if got[i].Word != w.word || math.Abs(got[i].PMI-w.pmi) > 1e-12 || math.Abs(got[i].Share-w.share) > 1e-12 {
			t.Errorf("rank %d = %+v, want {%s PMI %v Share %v}", i+1, got[i], w.word, w.pmi, w.share)
		}
	}
}

func TestIsWord(t *testing.T) {
	tests := map[string]bool{"court": true, "so-called": true, "o'malley": true, "$": false, "''": false, "-lrb-": false, "a": false, "1990s": false}
	for in, want := range tests {
		if got := isWord(in); got != want {
			t.Errorf("isWord(%q) = %v, want %v", in, got, want)
		}
	}
}

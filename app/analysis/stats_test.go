package analysis

import (
	"fmt"
	"math"
	"testing"
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func TestPooledRate(t *testing.T) {
	tests := []struct {
		name             string
		samples          []Sample
		opts             RateOptions
		wantRate         float64
		wantN            int
		wantInsufficient bool
	}{
		{"empty", nil, RateOptions{}, 0, 0, true},
		{"pooled not averaged", []Sample{{Hits: 2, Denom: 100}, {Hits: 3, Denom: 100}, {Hits: 5, Denom: 200}}, RateOptions{}, 10.0 / 400, 3, false},
		{"two articles are too few", []Sample{{Hits: 2, Denom: 100}, {Hits: 3, Denom: 100}}, RateOptions{}, 5.0 / 200, 2, true},
		{"min articles disabled", []Sample{{Hits: 2, Denom: 100}, {Hits: 3, Denom: 100}}, RateOptions{MinArticles: -1}, 5.0 / 200, 2, false},
		{"below min denominator", []Sample{{Hits: 1, Denom: 50}, {Hits: 1, Denom: 60}, {Hits: 1, Denom: 70}}, RateOptions{MinDenom: 250}, 3.0 / 180, 3, true},
		{"zero denominator", []Sample{{Hits: 0, Denom: 0}, {Hits: 0, Denom: 0}, {Hits: 0, Denom: 0}}, RateOptions{}, 0, 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := PooledRate(tt.samples, tt.opts)
			if !near(got.Rate, tt.wantRate, 1e-12) || got.N != tt.wantN || got.Insufficient != tt.wantInsufficient {
				t.Errorf("PooledRate = {Rate %v N %d Insufficient %v}, want {Rate %v N %d Insufficient %v}",
					got.Rate, got.N, got.Insufficient, tt.wantRate, tt.wantN, tt.wantInsufficient)
			}
			if got.Denom > 0 && (got.Lo > got.Rate || got.Hi < got.Rate) {
				t.Errorf("interval [%v, %v] does not contain the rate %v", got.Lo, got.Hi, got.Rate)
			}
		})
	}
}

// articles builds n articles cycling through a fixed pattern of per-article
// rates, so that larger n means more of the same kind of data.
func articles(n int, group string) []Sample {
	pattern := []struct{ h, d float64 }{{3, 400}, {10, 500}, {0, 300}, {6, 350}, {15, 800}}
	out := make([]Sample, n)
	for i := range out {
		p := pattern[i%len(pattern)]
		out[i] = Sample{Group: group, Hits: p.h, Denom: p.d}
	}
	return out
}

func TestPooledRateNarrowsWithMoreData(t *testing.T) {
	var prev float64 = math.Inf(1)
	for _, n := range []int{5, 50, 500, 5000} {
		r := PooledRate(articles(n, ""), RateOptions{})
		width := r.Hi - r.Lo
		if !near(r.Rate, 34.0/2350, 1e-12) {
			t.Fatalf("n=%d: rate = %v, want %v", n, r.Rate, 34.0/2350)
		}
		if width <= 0 || width >= prev {
			t.Errorf("n=%d: width = %v, want > 0 and < %v (the width at a tenth of the data)", n, width, prev)
		}
		prev = width
	}
}

func TestPooledRateDeterministic(t *testing.T) {
	s := articles(37, "")
	a := PooledRate(s, RateOptions{})
	b := PooledRate(s, RateOptions{})
	if a != b {
		t.Errorf("same input gave %+v then %+v, want identical results", a, b)
	}
	c := PooledRate(s, RateOptions{Seed: 7})
	if c.Rate != a.Rate || (c.Lo == a.Lo && c.Hi == a.Hi) {
		t.Errorf("seed 7 gave %+v, want the same rate and a different interval than %+v", c, a)
	}
}

func TestPooledRateGroupsWiden(t *testing.T) {
	// Two stories with very different rates: resampling stories first must
	// give a much wider interval than pretending all articles are exchangeable.
	var grouped, flat []Sample
	for i := 0; i < 40; i++ {
		grouped = append(grouped, Sample{Group: "calm", Hits: 1, Denom: 500}, Sample{Group: "war", Hits: 20, Denom: 500})
		flat = append(flat, Sample{Hits: 1, Denom: 500}, Sample{Hits: 20, Denom: 500})
	}
	g := PooledRate(grouped, RateOptions{})
	f := PooledRate(flat, RateOptions{})
	if g.Rate != f.Rate || g.Groups != 2 || f.Groups != 1 {
		t.Fatalf("grouped %+v, flat %+v: want the same rate, 2 and 1 groups", g, f)
	}
	if gw, fw := g.Hi-g.Lo, f.Hi-f.Lo; gw < 3*fw {
		t.Errorf("grouped width %v, flat width %v: want the grouped interval at least 3 times wider", gw, fw)
	}
	// With two stories, a quarter of the replicates draw only the calm story.
	if !near(g.Lo, 1.0/500, 1e-9) || !near(g.Hi, 20.0/500, 1e-9) {
		t.Errorf("grouped interval [%v, %v], want [%v, %v]", g.Lo, g.Hi, 1.0/500, 20.0/500)
	}
}

func TestPooledRateSingleArticle(t *testing.T) {
	r := PooledRate([]Sample{{Hits: 10, Denom: 1000}}, RateOptions{})
	if !r.Insufficient {
		t.Errorf("one article: Insufficient = false, want true")
	}
	// Binomial(1000, 0.01) has sd ~3.1 hits: the 95% interval is about
	// [4, 16] hits, i.e. [0.004, 0.016].
	if r.Lo < 0.002 || r.Lo > 0.006 || r.Hi < 0.014 || r.Hi > 0.018 {
		t.Errorf("one article 10/1000: interval [%v, %v], want about [0.004, 0.016]", r.Lo, r.Hi)
	}
}

func TestQuantile(t *testing.T) {
	xs := make([]float64, 101)
	for i := range xs {
		xs[i] = float64(100 - i)
	}
	lo, hi := percentileInterval(xs, 0.9)
	if !near(lo, 5, 1e-9) || !near(hi, 95, 1e-9) {
		t.Errorf("90%% interval of 0..100 = [%v, %v], want [5, 95]", lo, hi)
	}
	if got := quantile([]float64{1, 2}, 0.25); got != 1.25 {
		t.Errorf("quantile([1 2], 0.25) = %v, want 1.25", got)
	}
}

func TestDeviation(t *testing.T) {
	story := map[string][]Sample{
		"A": {{Hits: 100, Denom: 1000}},
		"B": {{Hits: 200, Denom: 1000}},
		"C": {{Hits: 300, Denom: 1000}},
	}
	got := Deviation(story, RateOptions{MinArticles: 1, MinDenom: 250})
	want := []struct {
		outlet    string
		others    float64
		deviation float64
	}{
		{"A", 0.25, -0.15},
		{"B", 0.2, 0},
		{"C", 0.15, 0.15},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d deviations, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Outlet != w.outlet || !near(g.Others, w.others, 1e-12) || !near(g.Deviation, w.deviation, 1e-12) || g.Insufficient {
			t.Errorf("deviation %d = {%s others %v dev %v insufficient %v}, want {%s others %v dev %v insufficient false}",
				i, g.Outlet, g.Others, g.Deviation, g.Insufficient, w.outlet, w.others, w.deviation)
		}
		if g.Lo > g.Deviation || g.Hi < g.Deviation || g.Hi-g.Lo <= 0 {
			t.Errorf("%s: interval [%v, %v] does not contain the deviation %v", g.Outlet, g.Lo, g.Hi, g.Deviation)
		}
	}
	// A and C are clearly apart from the others; B is not.
	if got[0].Hi >= 0 || got[2].Lo <= 0 || got[1].Lo >= 0 || got[1].Hi <= 0 {
		t.Errorf("intervals A [%v,%v] B [%v,%v] C [%v,%v]: want A below 0, C above 0, B straddling 0",
			got[0].Lo, got[0].Hi, got[1].Lo, got[1].Hi, got[2].Lo, got[2].Hi)
	}
}

func TestDeviationInsufficient(t *testing.T) {
	tests := []struct {
		name  string
		story map[string][]Sample
		want  map[string]bool // outlet -> Insufficient
	}{
		{"alone in the story", map[string][]Sample{"A": {{Hits: 5, Denom: 1000}}}, map[string]bool{"A": true}},
		{"short article", map[string][]Sample{"A": {{Hits: 5, Denom: 1000}}, "B": {{Hits: 1, Denom: 100}}}, map[string]bool{"A": true, "B": true}},
		{"both long", map[string][]Sample{"A": {{Hits: 5, Denom: 1000}}, "B": {{Hits: 1, Denom: 300}}}, map[string]bool{"A": false, "B": false}},
		{"other has no denominator", map[string][]Sample{"A": {{Hits: 5, Denom: 1000}}, "B": {{Hits: 0, Denom: 0}}}, map[string]bool{"A": true, "B": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, d := range Deviation(tt.story, RateOptions{MinArticles: 1, MinDenom: 250}) {
				if d.Insufficient != tt.want[d.Outlet] {
					t.Errorf("%s: Insufficient = %v, want %v", d.Outlet, d.Insufficient, tt.want[d.Outlet])
				}
			}
		})
	}
}

func TestDistinctiveTerms(t *testing.T) {
	counts := map[string]map[string]int{
		"A": {"regime": 8, "government": 2},
		"B": {"regime": 1, "government": 9},
	}
	prior := map[string]float64{"regime": 1, "government": 1}
	got := DistinctiveTerms(counts, DistinctiveOptions{Prior: prior})
	// By hand, a=1, a_0=2, n_i=n_j=10. For A, "regime": y_i=8, y_j=1:
	//   delta = log(9/(10+2-8-1)) - log(2/(10+2-1-1)) = log 3 - log 0.2 = log 15
	//   var   = 1/9 + 1/2 = 11/18, z = log 15 / sqrt(11/18) = 3.464
	// For B, "government": y_i=9, y_j=2:
	//   delta = log(10/2) - log(3/9) = log 15, var = 1/10 + 1/3 = 13/30, z = 4.114
	wantDelta := math.Log(15)
	for outlet, w := range map[string]struct {
		term string
		v    float64
	}{"A": {"regime", 11.0 / 18}, "B": {"government", 13.0 / 30}} {
		term, wantZ := w.term, wantDelta/math.Sqrt(w.v)
		list := got[outlet]
		if len(list) != 1 {
			t.Fatalf("%s: %d terms %+v, want 1 (%q)", outlet, len(list), list, term)
		}
		g := list[0]
		if g.Term != term || !near(g.LogOdds, wantDelta, 1e-12) || !near(g.Z, wantZ, 1e-12) {
			t.Errorf("%s: got %+v, want {%s LogOdds %v Z %v}", outlet, g, term, wantDelta, wantZ)
		}
	}
	if g := got["A"][0]; g.Count != 8 || g.Others != 1 {
		t.Errorf("A regime counts = %d/%d, want 8/1", g.Count, g.Others)
	}
}

func TestDistinctiveTermsDefaultPrior(t *testing.T) {
	// Shared words ("said", "the") must not rank; the outlet's own word must.
	counts := map[string]map[string]int{
		"A": {"the": 50, "said": 10, "terrorists": 6},
		"B": {"the": 52, "said": 11, "militants": 5},
		"C": {"the": 49, "said": 9, "militants": 4, "fighters": 1},
	}
	got := DistinctiveTerms(counts, DistinctiveOptions{})
	if len(got["A"]) != 1 || got["A"][0].Term != "terrorists" {
		t.Errorf("A: got %+v, want only \"terrorists\"", got["A"])
	}
	for _, o := range []string{"B", "C"} {
		for _, term := range got[o] {
			if term.Term == "the" || term.Term == "said" {
				t.Errorf("%s: shared word %q ranked distinctive (z %v)", o, term.Term, term.Z)
			}
		}
	}
	if got := DistinctiveTerms(map[string]map[string]int{"A": {}}, DistinctiveOptions{}); got["A"] == nil {
		t.Errorf("outlet with no terms: got nil, want an empty slice")
	}
}

func BenchmarkPooledRate5000(b *testing.B) {
	var s []Sample
	for i := 0; i < 50; i++ {
		s = append(s, articles(100, fmt.Sprint("story", i))...)
	}
	b.ResetTimer()
	for b.Loop() {
		PooledRate(s, RateOptions{})
	}
}

func TestMeanDeviations(t *testing.T) {
	art := func(rate float64) []Sample { return []Sample{{Hits: rate * 1000, Denom: 1000}} }
	stories := map[string]map[string][]Sample{
		// A: 0.3 vs (0.1+0.1)/2 -> +0.2; B and C: 0.1 vs (0.3+0.1)/2 -> -0.1.
		"s1": {"A": art(0.3), "B": art(0.1), "C": art(0.1)},
		// A: 0.2 vs 0.2 -> 0; B: 0.2 vs 0.2 -> 0. C absent.
		"s2": {"A": art(0.2), "B": art(0.2)},
		// A: 0.2 vs 0.1 -> +0.1; D's article is too short to count.
		"s3": {"A": art(0.2), "C": art(0.1), "D": {{Hits: 5, Denom: 100}}},
		// Only A: no comparison.
		"s4": {"A": art(0.9)},
	}
	got := MeanDeviations(stories, RateOptions{MinDenom: 250})
	want := []struct {
		outlet       string
		stories      int
		mean         float64
		insufficient bool
	}{
		{"A", 3, (0.2 + 0 + 0.1) / 3, false},
		{"B", 2, (-0.1 + 0) / 2, true},
		{"C", 2, (-0.1 - 0.1) / 2, true},
		{"D", 0, 0, true},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d outlets %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Outlet != w.outlet || g.Stories != w.stories || !near(g.Mean, w.mean, 1e-12) || g.Insufficient != w.insufficient {
			t.Errorf("outlet %d = %+v, want {%s stories %d mean %v insufficient %v}", i, g, w.outlet, w.stories, w.mean, w.insufficient)
		}
		if g.Stories > 0 && (g.Lo > g.Mean+1e-12 || g.Hi < g.Mean-1e-12) {
			t.Errorf("%s: interval [%v, %v] does not contain the mean %v", g.Outlet, g.Lo, g.Hi, g.Mean)
		}
	}
	// A's story deviations are 0.2, 0 and 0.1: the interval stays inside [0, 0.2].
	if a := got[0]; a.Lo < 0 || a.Hi > 0.2 || a.Hi-a.Lo <= 0 {
		t.Errorf("A: interval [%v, %v], want a non-empty interval inside [0, 0.2]", a.Lo, a.Hi)
	}
	// C deviates by -0.1 in both its stories: no spread.
	if c := got[2]; !near(c.Lo, -0.1, 1e-12) || !near(c.Hi, -0.1, 1e-12) {
		t.Errorf("C: interval [%v, %v], want [-0.1, -0.1]", c.Lo, c.Hi)
	}
}

package app

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/store"
)

// TestClusterRateMatchesBootstrap compares the cluster-robust interval
// with the one-stage cluster bootstrap (PooledRate over one sample per
// cluster, each its own group) on overdispersed clusters, where both apply.
func TestClusterRateMatchesBootstrap(t *testing.T) {
	tests := []struct {
		name     string
		clusters int
		rate     float64 // hits per word
		spread   float64 // cluster-to-cluster spread of the rate (gamma shape)
	}{
		{"many clusters, common signal", 400, 0.008, 4},
		{"many clusters, rare signal", 300, 0.0007, 2},
		{"few hundred, homogeneous", 200, 0.004, 50},
		{"a thousand, very uneven", 1000, 0.002, 0.8},
		{"fifty clusters (clusterMin)", 50, 0.005, 3},
		{"fifty clusters, rare signal", 50, 0.001, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(11, uint64(tt.clusters)))
			var m store.RateMoments
			var samples []analysis.Sample
			for g := 0; g < tt.clusters; g++ {
				x := int64(200 + r.IntN(3000))
				lambda := float64(x) * tt.rate * gammaDraw(r, tt.spread) / tt.spread
				y := int64(poissonDraw(r, lambda))
				addCluster(&m, x, y)
				samples = append(samples, analysis.Sample{Group: fmt.Sprint(g), Hits: float64(y), Denom: float64(x)})
			}
			got := clusterRate(m)
			want := pooled(samples, analysis.RateOptions{Reps: 4000})
			if got.Hits != want.Hits || got.Denom != want.Denom || math.Abs(got.Rate-want.Rate) > 1e-9 {
				t.Fatalf("pooled figures differ: got %d/%d = %g, want %d/%d = %g", got.Hits, got.Denom, got.Rate, want.Hits, want.Denom, want.Rate)
			}
			width := want.Hi - want.Lo
			t.Logf("rate %.4f: cluster-robust [%.4f, %.4f], bootstrap [%.4f, %.4f]", got.Rate, got.Lo, got.Hi, want.Lo, want.Hi)
			if width <= 0 {
				t.Fatalf("bootstrap interval [%g, %g] is empty", want.Lo, want.Hi)
			}
			// Within 10% of the bootstrap interval's width at each end.
			if d := math.Abs(got.Lo - want.Lo); d > 0.1*width {
				t.Errorf("lo: got %.4f, want %.4f (bootstrap; width %.4f)", got.Lo, want.Lo, width)
			}
			if d := math.Abs(got.Hi - want.Hi); d > 0.1*width {
				t.Errorf("hi: got %.4f, want %.4f (bootstrap; width %.4f)", got.Hi, want.Hi, width)
			}
		})
	}
}

func TestClusterRateEdges(t *testing.T) {
	tests := []struct {
		name         string
		m            store.RateMoments
		rate, lo, hi float64
	}{
		{"no words", store.RateMoments{}, 0, 0, 0},
		{"one cluster: no spread to measure", store.RateMoments{Clusters: 1, X: 1000, XX: 1e6, Y: 5, YY: 25, XY: 5000}, 5, 5, 5},
		{"identical clusters", store.RateMoments{Clusters: 2, X: 2000, XX: 2e6, Y: 10, YY: 50, XY: 10000}, 5, 5, 5},
		// Clusters (1000, 0) and (1000, 10): R = 0.005, residuals -5 and
		// 5, Var = 2 * 50 / 2000^2, se = 0.005, interval cut at 0.
		{"two unequal clusters", store.RateMoments{Clusters: 2, X: 2000, XX: 2e6, Y: 10, YY: 100, XY: 10000}, 5, 0, 5 + 1.959963984540054*5},
	}
	for _, tt := range tests {
		got := clusterRate(tt.m)
		if math.Abs(got.Rate-tt.rate) > 1e-9 || math.Abs(got.Lo-tt.lo) > 1e-9 || math.Abs(got.Hi-tt.hi) > 1e-9 {
			t.Errorf("%s: got %.6f [%.6f, %.6f], want %.6f [%.6f, %.6f]", tt.name, got.Rate, got.Lo, got.Hi, tt.rate, tt.lo, tt.hi)
		}
	}
}

// gammaDraw draws Gamma(shape, 1) (Marsaglia and Tsang; shape < 1 boosted).
func gammaDraw(r *rand.Rand, shape float64) float64 {
	if shape < 1 {
		return gammaDraw(r, shape+1) * math.Pow(r.Float64(), 1/shape)
	}
	d := shape - 1.0/3
	c := 1 / math.Sqrt(9*d)
	for {
		x := r.NormFloat64()
		v := 1 + c*x
		if v <= 0 {
			continue
		}
		v = v * v * v
		if math.Log(r.Float64()) < 0.5*x*x+d-d*v+d*math.Log(v) {
			return d * v
		}
	}
}

// poissonDraw draws Poisson(lambda): by inversion, or the normal for large
// lambda.
func poissonDraw(r *rand.Rand, lambda float64) float64 {
	if lambda > 50 {
		return math.Max(0, math.Round(lambda+math.Sqrt(lambda)*r.NormFloat64()))
	}
	k, p := 0.0, math.Exp(-lambda)
	cdf, u := p, r.Float64()
	for u > cdf {
		k++
		p *= lambda / k
		cdf += p
	}
	return k
}

// TestSumFiguresEqualPoolUnits checks that the figures read as a row per
// outlet (whole corpus, date ranges) equal those pooled from every unit,
// with the interval method switching at several cluster counts.
func TestSumFiguresEqualPoolUnits(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "whole.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lex, err := openLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := importDemo(ctx, db, lex); err != nil {
		t.Fatal(err)
	}
	first, last := demoDates(t, db)
	defer func(n int) { clusterMin = n }(clusterMin)
	for _, f := range []store.Filter{{}, {From: first[:10]}, {To: last[:10]}, {From: first[:8] + "15", To: last[:10]},
		{From: first[:8] + "01", To: first[:8] + "20"}} {
		for _, min := range []int{1, 2, 4, 1000} {
			clusterMin = min
			got, err := sumFigures(ctx, db, f)
			if err != nil {
				t.Fatal(err)
			}
			units, err := db.OutletUnits(ctx, f, signalIDs)
			if err != nil {
				t.Fatal(err)
			}
			want := poolUnits(units)
			if len(got) == 0 || len(got) != len(want) {
				t.Fatalf("%+v, clusterMin %d: %d outlets, want %d", f, min, len(got), len(want))
			}
			for i := range got {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Errorf("%+v, clusterMin %d: outlet %d:\ngot  %+v\nwant %+v", f, min, i, got[i], want[i])
				}
			}
		}
	}
}

// demoDates returns the first and last publication of the demo corpus.
func demoDates(t *testing.T, db *store.DB) (string, string) {
	t.Helper()
	all, err := db.ArticleStats(context.Background(), store.Filter{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	first, last := "9999", ""
	for _, a := range all {
		if a.Published != "" {
			first, last = min(first, a.Published), max(last, a.Published)
		}
	}
	if last == "" {
		t.Fatal("no dated article in the demo corpus")
	}
	return first, last
}

// TestAggregatedFiguresEqualPoolUnits checks the figures of filtered views
// (story, outlet, date ranges: month-first rollup or not) against poolUnits
// over units carrying every signal.
func TestAggregatedFiguresEqualPoolUnits(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "filtered.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lex, err := openLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := importDemo(ctx, db, lex); err != nil {
		t.Fatal(err)
	}
	stories, err := db.Stories(ctx)
	if err != nil || len(stories) == 0 {
		t.Fatalf("stories: %v (%d)", err, len(stories))
	}
	first, last := demoDates(t, db)
	mid := first[:8] + "15"
	filters := []store.Filter{{}, {Story: stories[0].Key}, {Outlet: 1}, {From: first[:10]}, {To: last[:10]}, {From: mid},
		{From: first[:8] + "01", To: last[:10]}, {Story: stories[0].Key, From: first[:10]}}
	for _, f := range filters {
		got, err := aggregatedFigures(ctx, db, f)
		if err != nil {
			t.Fatal(err)
		}
		units, err := db.OutletUnits(ctx, f, signalIDs)
		if err != nil {
			t.Fatal(err)
		}
		want := poolUnits(units)
		if len(got) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: aggregatedFigures =\n%+v\nwant\n%+v", f, got, want)
		}
	}
}

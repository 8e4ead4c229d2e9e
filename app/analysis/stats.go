package analysis

// Aggregation statistics: pooled rates with bootstrap intervals, within-story
// deviations and distinctive terms. These are pure functions over plain
// numbers so the store, the dashboard and the evaluation can call them
// without depending on the rest of the analysis pipeline.

import (
	"maps"
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"sort"
)

// Sample is one article's contribution to a rate: its hit count and its
// denominator (narrator words, sentences, quotes, mentions, ...).
type Sample struct {
	// Group is the article's story key. When the samples of one rate span
	// several groups, the bootstrap resamples stories first, then articles
	// within each drawn story. "" is a group like any other.
	Group string
	Hits  float64
	Denom float64
}

// Rate is a pooled rate (sum of hits / sum of denominators) with its 95%
// interval and sample size.
type Rate struct {
	Hits  float64 // sum of hits
	Denom float64 // sum of denominators
	Rate  float64 // Hits / Denom, 0 when Denom is 0
	Lo    float64 // lower bound of the interval
	Hi    float64 // upper bound of the interval
	N     int     // number of articles (samples)
	// Groups is the number of distinct groups (stories) among the samples.
	Groups int
	// Insufficient is set when N < MinArticles or Denom < MinDenom: the
	// figure should be shown as counts with an "insufficient data" label.
	Insufficient bool
}

// Defaults for RateOptions fields left at zero.
const (
	DefaultReps        = 1000
	DefaultSeed        = 20080101 // any fixed value: results must be reproducible
	DefaultMinArticles = 3
	DefaultLevel       = 0.95
)

// RateOptions tunes PooledRate and Deviation. The zero value gives 1000
// replicates, a fixed seed, a 95% interval and a minimum of 3 articles.
type RateOptions struct {
	Reps        int     // bootstrap replicates (DefaultReps)
	Seed        uint64  // random seed (DefaultSeed)
	Level       float64 // interval coverage (DefaultLevel)
	MinArticles int     // fewer articles than this is insufficient (DefaultMinArticles); -1 disables
	// MinDenom is the smallest total denominator that is sufficient, e.g.
	// 250 narrator words. Zero disables the check.
	MinDenom float64
}

func (o RateOptions) withDefaults() RateOptions {
	if o.Reps <= 0 {
		o.Reps = DefaultReps
	}
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	if o.Level <= 0 || o.Level >= 1 {
		o.Level = DefaultLevel
	}
	if o.MinArticles == 0 {
		o.MinArticles = DefaultMinArticles
	}
	return o
}

// PooledRate pools samples into one rate with a percentile bootstrap
// interval. The bootstrap resamples articles with replacement; when the
// samples come from more than one group it resamples groups, then articles
// within each drawn group (a two-stage cluster bootstrap), so that a corpus
// dominated by one story does not look more certain than it is. A single
// article cannot be resampled against itself, so for N == 1 the interval
// comes from a parametric bootstrap treating each unit of the denominator as
// an independent trial (binomial when Hits <= Denom, Poisson otherwise),
// which understates the real uncertainty; such a rate is Insufficient under
// the default options anyway.
//
// The result is deterministic for a given Seed and sample order.
func PooledRate(samples []Sample, opts RateOptions) Rate {
	opts = opts.withDefaults()
	r := Rate{N: len(samples)}
	for _, s := range samples {
		r.Hits += s.Hits
		r.Denom += s.Denom
	}
	r.Rate = ratio(r.Hits, r.Denom)
	rs := newResampler(samples)
	r.Groups = len(rs.groups)
	r.Insufficient = (opts.MinArticles > 0 && r.N < opts.MinArticles) || r.Denom < opts.MinDenom || r.Denom == 0
	if r.N == 0 || r.Denom == 0 {
		return r
	}
	rng := newRNG(opts.Seed)
	reps := make([]float64, opts.Reps)
	for i := range reps {
		h, d := rs.draw(rng)
		reps[i] = ratio(h, d)
	}
	r.Lo, r.Hi = percentileInterval(reps, opts.Level)
	return r
}

// resampler draws one bootstrap replicate of (sum hits, sum denom).
type resampler struct {
	groups []group // samples by group, in first-seen order
	single bool    // one article: parametric draw
}

// group holds one group's hits and denominators side by side, which keeps
// the bootstrap's inner loop on two flat arrays.
type group struct{ hits, denoms []float64 }

func newResampler(samples []Sample) *resampler {
	idx := map[string]int{}
	var groups []group
	for _, s := range samples {
		i, ok := idx[s.Group]
		if !ok {
			i = len(groups)
			idx[s.Group] = i
			groups = append(groups, group{})
		}
		groups[i].hits = append(groups[i].hits, s.Hits)
		groups[i].denoms = append(groups[i].denoms, s.Denom)
	}
	return &resampler{groups: groups, single: len(samples) == 1}
}

func (rs *resampler) draw(rng *rng) (hits, denom float64) {
	if rs.single {
		g := rs.groups[0]
		return drawCount(rng.rand, g.hits[0], g.denoms[0]), g.denoms[0]
	}
	if len(rs.groups) == 1 {
		return rs.groups[0].draw(rng)
	}
	n := uint32(len(rs.groups))
	for range rs.groups {
		h, d := rs.groups[rng.below(n)].draw(rng)
		hits += h
		denom += d
	}
	return hits, denom
}

// draw resamples the group's articles with replacement.
func (g group) draw(rng *rng) (hits, denom float64) {
	n := uint32(len(g.hits))
	for range g.hits {
		i := rng.below(n)
		hits += g.hits[i]
		denom += g.denoms[i]
	}
	return hits, denom
}

// rng is wyrand (Wang Yi's 64-bit generator): a few nanoseconds per draw,
// much faster than going through rand.Rand's interface in the bootstrap's
// inner loop, and good enough for resampling. rand wraps the same state for
// the rare normal draws.
type rng struct {
	state uint64
	rand  *rand.Rand
}

func newRNG(seed uint64) *rng {
	r := &rng{state: seed}
	r.rand = rand.New(r)
	return r
}

// Uint64 makes rng a rand.Source.
func (r *rng) Uint64() uint64 {
	r.state += 0xa0761d6478bd642f
	hi, lo := bits.Mul64(r.state, r.state^0xe7037ed1a0b428db)
	return hi ^ lo
}

// below returns a number in [0, n) by Lemire's multiply-shift; its bias,
// about n/2^32, is far below bootstrap noise.
func (r *rng) below(n uint32) uint32 {
	return uint32((r.Uint64() >> 32) * uint64(n) >> 32)
}

// drawCount draws a count with the observed rate over denom trials:
// binomial(denom, hits/denom) when hits <= denom, else Poisson(hits).
func drawCount(rng *rand.Rand, hits, denom float64) float64 {
	n := math.Round(denom)
	if hits <= denom && n >= 1 {
		return binomial(rng, int(n), hits/denom)
	}
	return poisson(rng, hits)
}

// binomial draws from Binomial(n, p): by inversion when the expected count is
// small, by the normal approximation (rounded and clamped) when n*p*(1-p) is
// large enough for it to be accurate.
func binomial(rng *rand.Rand, n int, p float64) float64 {
	switch {
	case p <= 0:
		return 0
	case p >= 1:
		return float64(n)
	case p > 0.5:
		return float64(n) - binomial(rng, n, 1-p)
	}
	mean := float64(n) * p
	v := mean * (1 - p)
	if v >= 25 {
		x := math.Round(mean + math.Sqrt(v)*rng.NormFloat64())
		return math.Min(math.Max(x, 0), float64(n))
	}
	// Inversion: walk the CDF from k = 0; expected steps about mean+1 <= 51.
	u := rng.Float64()
	q := 1 - p
	pk := math.Pow(q, float64(n))
	cdf := pk
	k := 0
	for u > cdf && k < n {
		pk *= float64(n-k) / float64(k+1) * p / q
		k++
		cdf += pk
	}
	return float64(k)
}

// poisson draws from Poisson(lambda): inversion for small lambda, normal
// approximation for large.
func poisson(rng *rand.Rand, lambda float64) float64 {
	if lambda <= 0 {
		return 0
	}
	if lambda >= 25 {
		return math.Max(0, math.Round(lambda+math.Sqrt(lambda)*rng.NormFloat64()))
	}
	u := rng.Float64()
	pk := math.Exp(-lambda)
	cdf := pk
	k := 0
	for u > cdf && k < 1000 {
		k++
		pk *= lambda / float64(k)
		cdf += pk
	}
	return float64(k)
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// percentileInterval sorts xs in place and returns its (1-level)/2 and
// (1+level)/2 quantiles, interpolated linearly between order statistics.
func percentileInterval(xs []float64, level float64) (lo, hi float64) {
	sort.Float64s(xs)
	return quantile(xs, (1-level)/2), quantile(xs, (1+level)/2)
}

func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	pos := q * float64(len(sorted)-1)
	i := int(math.Floor(pos))
	if i >= len(sorted)-1 {
		return sorted[len(sorted)-1]
	}
	f := pos - float64(i)
	return sorted[i] + f*(sorted[i+1]-sorted[i])
}

// OutletDeviation is one outlet's rate within a story compared with the
// other outlets covering the same story.
type OutletDeviation struct {
	Outlet string
	Rate   Rate // the outlet's own pooled rate
	// Others is the mean of the other outlets' pooled rates, each outlet
	// counting once whatever its number of articles.
	Others float64
	// Deviation is Rate.Rate - Others; Lo and Hi bound it (95% by default),
	// from a bootstrap that resamples every outlet's articles independently.
	Deviation float64
	Lo, Hi    float64
	// Insufficient is set when this outlet's rate or every other outlet's
	// rate is insufficient, or when no other outlet covers the story.
	Insufficient bool
}

// Deviation compares, within one story, each outlet's pooled rate with the
// mean of the OTHER outlets' pooled rates. byOutlet maps outlet names to
// their articles in the story (Sample.Group is ignored). The result is
// sorted by outlet name. An outlet with a single article is resampled
// parametrically, as in PooledRate. opts.MinArticles applies per outlet;
// within a story an outlet often has one article, so callers usually pass
// MinArticles: 1 with a MinDenom such as 250 narrator words.
func Deviation(byOutlet map[string][]Sample, opts RateOptions) []OutletDeviation {
	opts = opts.withDefaults()
	names := make([]string, 0, len(byOutlet))
	for name := range byOutlet {
		names = append(names, name)
	}
	sort.Strings(names)
	k := len(names)
	rates := make([]Rate, k)
	rss := make([]*resampler, k)
	valid := make([]bool, k) // a rate exists: some articles with a denominator
	out := make([]OutletDeviation, k)
	for i, name := range names {
		flat := make([]Sample, len(byOutlet[name]))
		for j, s := range byOutlet[name] {
			flat[j] = Sample{Hits: s.Hits, Denom: s.Denom}
		}
		rates[i] = PooledRate(flat, opts)
		rss[i] = newResampler(flat)
		valid[i] = rates[i].N > 0 && rates[i].Denom > 0
		out[i] = OutletDeviation{Outlet: name, Rate: rates[i], Insufficient: true}
	}
	others := func(i int, rate func(j int) float64) (mean float64, n int) {
		for j := range names {
			if j != i && valid[j] {
				mean += rate(j)
				n++
			}
		}
		if n == 0 {
			return 0, 0
		}
		return mean / float64(n), n
	}
	for i := range names {
		mean, n := others(i, func(j int) float64 { return rates[j].Rate })
		if n == 0 || !valid[i] {
			continue
		}
		anyOtherOK := false
		for j := range names {
			if j != i && valid[j] && !rates[j].Insufficient {
				anyOtherOK = true
			}
		}
		out[i].Others = mean
		out[i].Deviation = rates[i].Rate - mean
		out[i].Insufficient = rates[i].Insufficient || !anyOtherOK
	}
	// One joint bootstrap: each replicate redraws every outlet once, so the
	// deviations within a replicate are consistent with each other.
	rng := newRNG(opts.Seed)
	devs := make([][]float64, k)
	for i := range devs {
		devs[i] = make([]float64, opts.Reps)
	}
	cur := make([]float64, k)
	for rep := 0; rep < opts.Reps; rep++ {
		for i, rs := range rss {
			if valid[i] {
				h, d := rs.draw(rng)
				cur[i] = ratio(h, d)
			}
		}
		for i := range names {
			if mean, n := others(i, func(j int) float64 { return cur[j] }); n > 0 && valid[i] {
				devs[i][rep] = cur[i] - mean
			}
		}
	}
	for i := range names {
		if _, n := others(i, func(int) float64 { return 0 }); n > 0 && valid[i] {
			out[i].Lo, out[i].Hi = percentileInterval(devs[i], opts.Level)
		}
	}
	return out
}

// Term is one word or phrase that an outlet uses distinctively.
type Term struct {
	Term  string
	Count int // the outlet's count of the term
	// Others is the count in all other outlets together.
	Others int
	// LogOdds is the difference in log-odds between the outlet and the
	// other outlets, smoothed by the prior (delta in Monroe et al. 2008).
	LogOdds float64
	// Z is LogOdds divided by its estimated standard deviation.
	Z float64
}

// DistinctiveOptions tunes DistinctiveTerms.
type DistinctiveOptions struct {
	// Prior holds background pseudo-counts per term (alpha_w), e.g. corpus
	// counts scaled down. Nil uses the pooled counts of all outlets,
	// rescaled to PriorSize pseudo-tokens in all.
	Prior map[string]float64
	// PriorSize is the total of the prior when Prior is nil. The default,
	// a tenth of the pooled token count, shrinks rare terms enough that a
	// single use does not rank, while a term used 5-6 times by one outlet
	// and never by the others in a story of a few thousand words does.
	PriorSize float64
	TopK      int     // terms kept per outlet (default 20)
	MinCount  int     // a term needs at least this count in the outlet (default 2)
	MinZ      float64 // and at least this z-score (default 1.96)
}

// DistinctiveTerms ranks, for each outlet, the terms it uses more than the
// other outlets together, by the z-score of the log-odds ratio with an
// informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
// Words", eq. 16-22). counts maps outlet -> term -> count. For outlet i
// against the rest j, with prior alpha_w and alpha_0 = sum of alpha:
//
//	delta_w = log((y_iw+a_w)/(n_i+a_0-y_iw-a_w)) - log((y_jw+a_w)/(n_j+a_0-y_jw-a_w))
//	var_w   = 1/(y_iw+a_w) + 1/(y_jw+a_w)
//	z_w     = delta_w / sqrt(var_w)
//
// Terms absent from the prior get a pseudo-count of 0.01. Each outlet's list
// is sorted by z descending, then term; outlets with no qualifying terms map
// to an empty slice.
func DistinctiveTerms(counts map[string]map[string]int, opts DistinctiveOptions) map[string][]Term {
	if opts.TopK <= 0 {
		opts.TopK = 20
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 2
	}
	if opts.MinZ == 0 {
		opts.MinZ = 1.96
	}
	pooled := map[string]int{}
	var total float64
	for _, terms := range counts {
		for w, c := range terms {
			pooled[w] += c
			total += float64(c)
		}
	}
	prior := opts.Prior
	if opts.PriorSize <= 0 {
		opts.PriorSize = total / 10
	}
	if prior == nil && total > 0 {
		prior = make(map[string]float64, len(pooled))
		for w, c := range pooled {
			prior[w] = opts.PriorSize * float64(c) / total
		}
	}
	// Summed in key order: float addition is not associative, and map order
	// varies, so an unordered sum differs in its last digits between calls.
	var a0 float64
	for _, w := range slices.Sorted(maps.Keys(prior)) {
		a0 += prior[w]
	}
	const minAlpha = 0.01
	out := make(map[string][]Term, len(counts))
	for outlet, terms := range counts {
		var ni float64
		for _, c := range terms {
			ni += float64(c)
		}
		nj := total - ni
		list := []Term{}
		for w, c := range terms {
			if c < opts.MinCount {
				continue
			}
			a := prior[w]
			if a < minAlpha {
				a = minAlpha
			}
			yi := float64(c)
			yj := float64(pooled[w] - c)
			delta := math.Log((yi+a)/(ni+a0-yi-a)) - math.Log((yj+a)/(nj+a0-yj-a))
			z := delta / math.Sqrt(1/(yi+a)+1/(yj+a))
			if z < opts.MinZ {
				continue
			}
			list = append(list, Term{Term: w, Count: c, Others: pooled[w] - c, LogOdds: delta, Z: z})
		}
		sort.Slice(list, func(x, y int) bool {
			if list[x].Z != list[y].Z {
				return list[x].Z > list[y].Z
			}
			return list[x].Term < list[y].Term
		})
		if len(list) > opts.TopK {
			list = list[:opts.TopK]
		}
		out[outlet] = list
	}
	return out
}

// MeanDeviation is an outlet's within-story deviation averaged over the
// stories it covers alongside other outlets: the like-with-like summary
// for an outlet profile (SPEC.md principle 5).
type MeanDeviation struct {
	Outlet string
	// Stories counts the stories where this outlet and at least one other
	// outlet had a sufficient rate (Denom >= MinDenom).
	Stories int
	// Mean is the average over those stories, each story weighing the same,
	// of (this outlet's rate - the mean of the other outlets' rates).
	Mean float64
	// Lo and Hi bound Mean (95% by default) by a bootstrap over stories.
	Lo, Hi float64
	// Insufficient is set when Stories < MinArticles (3 by default: here
	// the unit is the story).
	Insufficient bool
}

// MeanDeviations computes MeanDeviation for every outlet of stories (story
// key -> outlet -> that outlet's articles in the story; Sample.Group is
// ignored). Within a story, an outlet's rate is its pooled rate, and outlets
// whose denominator is below opts.MinDenom (or 0) take no part: they neither
// get a deviation nor count among the others. The result is sorted by
// outlet name and deterministic.
func MeanDeviations(stories map[string]map[string][]Sample, opts RateOptions) []MeanDeviation {
	opts = opts.withDefaults()
	keys := make([]string, 0, len(stories))
	for k := range stories {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	devs := map[string][]float64{}
	seen := map[string]bool{}
	for _, k := range keys {
		type rated struct {
			outlet string
			rate   float64
		}
		var ok []rated
		for outlet, samples := range stories[k] {
			seen[outlet] = true
			var h, d float64
			for _, s := range samples {
				h += s.Hits
				d += s.Denom
			}
			if d > 0 && d >= opts.MinDenom {
				ok = append(ok, rated{outlet, h / d})
			}
		}
		if len(ok) < 2 {
			continue
		}
		var total float64
		for _, r := range ok {
			total += r.rate
		}
		for _, r := range ok {
			others := (total - r.rate) / float64(len(ok)-1)
			devs[r.outlet] = append(devs[r.outlet], r.rate-others)
		}
	}
	names := make([]string, 0, len(seen))
	for o := range seen {
		names = append(names, o)
	}
	sort.Strings(names)
	out := make([]MeanDeviation, len(names))
	reps := make([]float64, opts.Reps)
	for i, o := range names {
		d := devs[o]
		md := MeanDeviation{Outlet: o, Stories: len(d), Insufficient: opts.MinArticles > 0 && len(d) < opts.MinArticles || len(d) == 0}
		if len(d) > 0 {
			var sum float64
			for _, x := range d {
				sum += x
			}
			md.Mean = sum / float64(len(d))
			rng := newRNG(opts.Seed)
			n := uint32(len(d))
			for r := range reps {
				var s float64
				for range d {
					s += d[rng.below(n)]
				}
				reps[r] = s / float64(len(d))
			}
			md.Lo, md.Hi = percentileInterval(reps, opts.Level)
		}
		out[i] = md
	}
	return out
}

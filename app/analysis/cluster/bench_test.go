package cluster

import (
	"testing"
	"time"
)

// The benchmarks below run on the first 5,000 articles of the shared
// corpus, each beside the reference copy of the code before the speed work
// (sub-benchmark "before"), so one run gives both figures on the same
// machine load.

func BenchmarkPrepare(b *testing.B) {
	docs, _ := corpusSlice(b, 5000)
	b.Run("now", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			prepare(docs, DefaultParams)
		}
	})
	b.Run("before", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			refPrepare(docs, DefaultParams)
		}
	})
}

// BenchmarkIncremental is one step of an import's clustering: 2,500 new
// articles beside 2,500 older ones with their keys, and 5,000 background
// articles for the word statistics.
func BenchmarkIncremental(b *testing.B) {
	docs, _ := corpusSlice(b, 10000)
	sub, bg := docs[:5000], docs[5000:]
	keys := make([]string, len(sub))
	isNew := make([]bool, len(sub))
	for g, group := range Cluster(sub[:2500], Params{}) {
		for _, i := range group {
			keys[i] = string(rune('a'+g%26)) + time.Duration(g).String()
		}
	}
	for i := 2500; i < len(sub); i++ {
		isNew[i] = true
	}
	mint := func([]int) string { return "new" }
	b.Run("now", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Incremental(sub, keys, isNew, bg, Params{}, mint)
		}
	})
	b.Run("before", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			refIncremental(sub, keys, isNew, bg, Params{}, mint)
		}
	})
}

func BenchmarkNearDuplicatePairs(b *testing.B) {
	_, texts := corpusSlice(b, 5000)
	var bytes int64
	for _, t := range texts {
		bytes += int64(len(t))
	}
	b.Run("now", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(bytes)
		for b.Loop() {
			NearDuplicatePairs(texts, DefaultNearDuplicate)
		}
	})
	b.Run("before", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(bytes)
		for b.Loop() {
			refNearDuplicatePairs(texts, DefaultNearDuplicate)
		}
	})
}

func BenchmarkShingles(b *testing.B) {
	_, texts := corpusSlice(b, 2000)
	var bytes int64
	for _, t := range texts {
		bytes += int64(len(t))
	}
	b.Run("sketch", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(bytes)
		var sh shingler
		for b.Loop() {
			for _, t := range texts {
				sh.sketch(t)
			}
		}
	})
	b.Run("set", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(bytes)
		for b.Loop() {
			for _, t := range texts {
				shingles(t)
			}
		}
	})
	b.Run("before", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(bytes)
		for b.Loop() {
			for _, t := range texts {
				refShingles(t)
			}
		}
	})
}

package app

import (
	"context"
	"time"

	"github.com/framelens/framelens/store"
)

// Figures over the whole corpus (pooled rates with bootstrap intervals,
// frame and sourcing mixes, lexicon hit counts) are computed once per data
// version and filter and kept in memory. Most filters read the precomputed
// aggregates (store/aggregates.go), which costs milliseconds at any corpus
// size; a lexicon pack, categories or dates inside a month still need the
// per-article rows and the evidence, which take seconds at 37k articles:
// the cache is for those. Concurrent requests for the same figures wait for one
// computation; the computation runs on a context detached from the request,
// so a request that gives up (timeout, closed tab) does not waste it: the
// next request finds it done.

// flight is one computation, finished when done is closed.
type flight struct {
	done chan struct{}
	val  any
	err  error
}

// computeTimeout bounds one cached computation.
const computeTimeout = 10 * time.Minute

// cachedValue returns the value cached under key for the current data
// version, computing it (once, whoever asks) when it is missing.
func (s *server) cachedValue(ctx context.Context, key string, compute func(context.Context) (any, error)) (any, error) {
	version, err := s.db.DataVersion(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	c, ok := s.cache[key]
	var fl *flight
	if ok && c.version == version {
		fl, _ = c.value.(*flight)
	}
	if fl == nil {
		if len(s.cache) > 256 {
			clear(s.cache)
		}
		fl = &flight{done: make(chan struct{})}
		s.cache[key] = cached{version: version, value: fl}
		go func() {
			cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), computeTimeout)
			defer cancel()
			start := time.Now()
			fl.val, fl.err = compute(cctx)
			if d := time.Since(start); d > time.Second {
				s.log.Info("computed figures", "key", key, "duration_ms", d.Milliseconds())
			}
			if fl.err != nil {
				// Do not keep a failure: the next request tries again.
				s.mu.Lock()
				if cur, ok := s.cache[key]; ok && cur.value == fl {
					delete(s.cache, key)
				}
				s.mu.Unlock()
			}
			close(fl.done)
		}()
	}
	s.mu.Unlock()
	select {
	case <-fl.done:
		return fl.val, fl.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// warmOnce starts, on the first page view, the computations the overview
// and the lexicon need, so that they are ready or under way before anyone
// asks. It keeps its mark in the cache map (key "warm") so it runs once
// per data version.
func (s *server) warmOnce(ctx context.Context) {
	version, err := s.db.DataVersion(ctx)
	if err != nil {
		return
	}
	s.mu.Lock()
	if c, ok := s.cache["warm"]; ok && c.version == version {
		s.mu.Unlock()
		return
	}
	s.cache["warm"] = cached{version: version}
	s.mu.Unlock()
	bg := context.WithoutCancel(ctx)
	go func() {
		if _, err := s.outletFigures(bg, store.Filter{}); err != nil {
			s.log.Warn("warm outlet figures", "err", err)
		}
		if _, err := s.corpusMix(bg, store.Filter{}); err != nil {
			s.log.Warn("warm frame and sourcing mix", "err", err)
		}
		if _, err := s.entryHitCounts(bg); err != nil {
			s.log.Warn("warm lexicon hit counts", "err", err)
		}
	}()
}

// corpusMixes are the frame and sourcing counts per outlet for a filter.
type corpusMixes struct {
	frames   []store.FrameStat
	sourcing []store.SourcingStat
}

// corpusMix returns the frame and sourcing counts for f, cached.
func (s *server) corpusMix(ctx context.Context, f store.Filter) (*corpusMixes, error) {
	v, err := s.cachedValue(ctx, "mix|"+filterKey(f), func(ctx context.Context) (any, error) {
		if f.Aggregated() {
			frames, err := s.db.FrameTotals(ctx, f)
			if err != nil {
				return nil, err
			}
			src, err := s.db.SourcingTotals(ctx, f)
			if err != nil {
				return nil, err
			}
			return &corpusMixes{frames: frames, sourcing: src}, nil
		}
		frames, err := s.db.FrameStats(ctx, f)
		if err != nil {
			return nil, err
		}
		src, err := s.db.SourcingStats(ctx, f)
		if err != nil {
			return nil, err
		}
		return &corpusMixes{frames: frames, sourcing: src}, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*corpusMixes), nil
}

// entryHitCounts returns hits and articles per lexicon entry, cached.
func (s *server) entryHitCounts(ctx context.Context) (map[string][2]int, error) {
	v, err := s.cachedValue(ctx, "entry-hits", func(ctx context.Context) (any, error) {
		return s.db.EntryHitCounts(ctx)
	})
	if err != nil {
		return nil, err
	}
	return v.(map[string][2]int), nil
}

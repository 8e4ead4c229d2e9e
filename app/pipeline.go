package app

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"sync"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/app/ingest"
	"github.com/framelens/framelens/store"
)

// flushEvery is how many articles one import transaction holds: large
// enough that commits do not dominate, small enough that a kill loses little.
const flushEvery = 500

// importStats is the summary of one import. Its JSON field names are an
// interface (`framelens import --json`): keep them.
type importStats struct {
	Batch      int64          `json:"batch"`
	Imported   int            `json:"imported"`
	Duplicates int            `json:"duplicates"`
	Syndicated int            `json:"syndicated"`
	Failed     []importFailed `json:"failed"`
	// NotAnalysed counts imported articles in an unsupported language.
	NotAnalysed int `json:"not_analysed"`
}

type importFailed struct {
	Source string `json:"source"`
	Line   int    `json:"line"`
	Error  string `json:"error"`
}

// scored is one article after analysis, numbered in input order.
type scored struct {
	seq     int
	article *store.Article
}

// source streams articles into a pipeline: ingest.Read or ReadManifest.
type source func(ctx context.Context, emit func(ingest.Article) error, fail func(ingest.Failure)) error

// importArticles reads articles from src, scores the English ones with lex on
// every core, and stores them in input order through one writer, in
// transactions of flushEvery articles. onFail sees each failed input as it
// happens; onStored each stored or skipped article. Memory is bounded: at
// most flushEvery articles are in flight between reader and writer.
func importArticles(ctx context.Context, db *store.DB, lex *analysis.Lexicon, src source, batchSource string, demo bool,
	onFail func(ingest.Failure), onStored func(store.Outcome)) (importStats, error) {
	stats := importStats{Failed: []importFailed{}}
	im, err := db.NewImporter(ctx, batchSource, demo)
	if err != nil {
		return stats, err
	}
	stats.Batch = im.Batch()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := max(1, runtime.GOMAXPROCS(0))
	// Up to one transaction's worth of articles between reader and
	// writer: while the writer commits a batch (the FTS and aggregate
	// updates take a while), reading, cleaning and analysis go on with the
	// next one instead of waiting for a few free slots.
	inflight := make(chan struct{}, max(workers*4, flushEvery))
	in := make(chan scored, workers)
	out := make(chan scored, workers)
	var failMu sync.Mutex
	var readErr error
	go func() {
		defer close(in)
		seq := 0
		readErr = src(ctx, func(a ingest.Article) error {
			select {
			case inflight <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			sa := toStoreArticle(a)
			select {
			case in <- scored{seq: seq, article: sa}:
			case <-ctx.Done():
				return ctx.Err()
			}
			seq++
			return nil
		}, func(f ingest.Failure) {
			failMu.Lock()
			stats.Failed = append(stats.Failed, importFailed{Source: f.Source, Line: f.Line, Error: f.Err.Error()})
			failMu.Unlock()
			if onFail != nil {
				onFail(f)
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range in {
				if s.article.Language == "en" {
					s.article.Analysis = scoreText(lex, s.article.Text)
				}
				out <- s
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	pending := map[int]*store.Article{}
	next := 0
	var writeErr error
	for s := range out {
		if writeErr != nil {
			<-inflight
			continue // drain so the workers can finish
		}
		pending[s.seq] = s.article
		for a, ok := pending[next]; ok; a, ok = pending[next] {
			delete(pending, next)
			next++
			<-inflight
			_, outcome, err := im.Add(a)
			if err != nil {
				writeErr = err
				cancel()
				break
			}
			switch outcome {
			case store.Duplicate:
				stats.Duplicates++
			case store.Syndicated:
				stats.Syndicated++
				stats.Imported++
			default:
				stats.Imported++
			}
			if outcome != store.Duplicate && a.Analysis == nil {
				stats.NotAnalysed++
			}
			if onStored != nil {
				onStored(outcome)
			}
			if im.Pending() >= flushEvery {
				if err := im.Flush(); err != nil {
					writeErr = err
					cancel()
					break
				}
			}
		}
	}
	if writeErr != nil {
		im.Abort()
		return stats, writeErr
	}
	// Whole articles read before an interrupt are kept; the index is rebuilt.
	closeErr := im.Close()
	if stats.Imported == 0 {
		stats.Batch = 0 // an import that stored nothing leaves no batch
	}
	if readErr != nil && !errors.Is(readErr, context.Canceled) {
		return stats, readErr
	}
	if closeErr != nil {
		return stats, closeErr
	}
	return stats, readErr
}

func toStoreArticle(a ingest.Article) *store.Article {
	hash := a.Hash // the readers' hash of their cleaned text
	if hash == "" {
		hash = ingest.Hash(a.Text)
	}
	return &store.Article{Title: a.Title, Outlet: a.Outlet, Story: a.Story, URL: a.URL, Author: a.Author,
		Published: a.Published, Language: a.Language, Text: a.Text, Format: a.Format, Source: a.Source,
		Hash: hash}
}

// scoreText analyses one stored text and converts the result for the store.
func scoreText(lex *analysis.Lexicon, text string) *store.Analysis {
	r := analysis.Analyze(lex, text)
	an := &store.Analysis{LexiconVersion: r.LexiconVersion, Words: r.Words, NarratorWords: r.NarratorWords,
		Sentences: r.Sentences, NarratorSentences: r.NarratorSentences, Quotes: len(r.Quotes), Counts: r.Counts,
		Evidence:   make([]store.Evidence, 0, len(r.Evidence)),
		QuoteSpans: make([]store.Quote, len(r.Quotes)),
		Frames:     make([]store.Frame, len(r.Frames))}
	for _, e := range r.Evidence {
		if e.Signal == "S1" {
			// S1 evidence is one span per quote: the quotes table holds the
			// same spans with speaker and verb, so storing them twice would
			// only grow the database (they are a sixth of all evidence).
			continue
		}
		an.Evidence = append(an.Evidence, store.Evidence{Start: e.Start, End: e.End, Signal: e.Signal, Category: e.Category,
			Entry: e.Entry, Voice: e.Voice, Speaker: e.Speaker, Negated: e.Negated, Weight: e.Weight,
			Term: strings.ToLower(e.Text)})
	}
	for i, q := range r.Quotes {
		an.QuoteSpans[i] = store.Quote{Start: q.Start, End: q.End, Kind: q.Kind, Speaker: q.Speaker,
			SpeakerGroup: q.SpeakerGroup, Verb: q.Verb, VerbClass: q.VerbClass, Words: q.Words}
	}
	for i, f := range r.Frames {
		an.Frames[i] = store.Frame{Frame: f.Frame, Cues: f.Cues, Present: f.Present}
	}
	return an
}

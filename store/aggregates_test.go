package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// aggregateChecks pair each aggregate table with the same sums computed
// from the rows.
var aggregateChecks = []struct{ table, fromRows string }{
	{"outlet_article_totals", `SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), count(*), sum(a.analysed),
		sum(a.words), sum(a.narrator_words), sum(a.sentences), sum(a.quotes) FROM articles a GROUP BY 1, 2, 3`},
	{"outlet_signal_totals", `SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), c.signal, sum(c.count), count(*)
		FROM article_counts c JOIN articles a ON a.id = c.article_id GROUP BY 1, 2, 3, 4`},
	{"outlet_frame_totals", `SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), fr.frame, sum(fr.cues),
		sum(fr.present), count(*) FROM article_frames fr JOIN articles a ON a.id = fr.article_id GROUP BY 1, 2, 3, 4`},
	{"outlet_quote_totals", `SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), q.speaker_group, q.verb_class,
		count(*), sum(q.words) FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY 1, 2, 3, 4, 5`},
}

// rollupChecks pair each rollup of migration 0010 with the same sums
// computed from the rows.
var rollupChecks = []struct{ table, fromRows string }{
	{"outlet_sums", `SELECT a.outlet_id, count(*), sum(a.analysed), sum(a.words), sum(a.narrator_words), sum(a.sentences), sum(a.quotes)
		FROM articles a GROUP BY 1`},
	{"outlet_signal_sums", `SELECT a.outlet_id, c.signal, sum(c.count), count(*) FROM article_counts c JOIN articles a ON a.id = c.article_id GROUP BY 1, 2`},
	{"outlet_frame_sums", `SELECT a.outlet_id, fr.frame, sum(fr.cues), sum(fr.present), count(*)
		FROM article_frames fr JOIN articles a ON a.id = fr.article_id GROUP BY 1, 2`},
	{"outlet_quote_sums", `SELECT a.outlet_id, q.speaker_group, q.verb_class, count(*), sum(q.words)
		FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY 1, 2, 3`},
	{"outlet_story_rates", `SELECT ` + clusterOf + `, count(*), sum(a.analysed), sum(a.narrator_words),
		sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = 'L1'), 0)),
		sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = 'L2'), 0)),
		sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = 'L3'), 0)),
		sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = 'E2'), 0))
		FROM articles a GROUP BY 1, 2, 3`},
	{"story_sums", `SELECT a.story_id, count(*), count(DISTINCT a.outlet_id) FROM articles a WHERE coalesce(a.story_id, 0) <> 0 GROUP BY 1`},
	{"outlet_month_rates", `SELECT substr(a.published, 1, 7), a.outlet_id, coalesce(a.story_id, 0), count(*), sum(a.analysed), sum(a.words),
		sum(a.narrator_words), sum(a.sentences), sum(a.quotes),
		sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = 'L1'), 0)),
		sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = 'L2'), 0)),
		sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = 'L3'), 0)),
		sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = 'E2'), 0))
		FROM articles a GROUP BY 1, 2, 3`},
	{"outlet_month_signal_sums", `SELECT substr(a.published, 1, 7), a.outlet_id, c.signal, sum(c.count), count(*)
		FROM article_counts c JOIN articles a ON a.id = c.article_id GROUP BY 1, 2, 3`},
	{"outlet_month_frame_sums", `SELECT substr(a.published, 1, 7), a.outlet_id, fr.frame, sum(fr.cues), sum(fr.present), count(*)
		FROM article_frames fr JOIN articles a ON a.id = fr.article_id GROUP BY 1, 2, 3`},
	{"outlet_month_quote_sums", `SELECT substr(a.published, 1, 7), a.outlet_id, q.speaker_group, q.verb_class, count(*), sum(q.words)
		FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY 1, 2, 3, 4`},
	// Moments over clusters with analysed articles, the clusters summed
	// from the articles.
	{"outlet_rate_moments", `SELECT outlet_id, signal, count(*), sum(x), sum(x * x), sum(y), sum(y * y), sum(x * y) FROM
		(SELECT ` + clusterOf + `, g.signal AS signal, sum(a.narrator_words) AS x,
			sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = g.signal), 0)) AS y
		FROM articles a, (SELECT 'L1' AS signal UNION ALL SELECT 'L2' UNION ALL SELECT 'L3' UNION ALL SELECT 'E2') g
		GROUP BY 1, 2, 3, 4 HAVING sum(a.analysed) > 0) c GROUP BY 1, 2`},
	// (joined with the articles: a merge of outlets leaves the entry_hits
	// of the duplicates it deletes behind)
	{"entry_totals", `SELECT k.entry, sum(h.n), count(DISTINCT h.article_id) FROM entry_hits h JOIN evidence_keys k ON k.id = h.key_id
		JOIN articles a ON a.id = h.article_id WHERE k.entry <> '' GROUP BY 1`},
}

// checkAggregates fails unless every aggregate table holds exactly the sums
// over the rows (no missing, extra or different row).
func checkAggregates(t *testing.T, db *DB, when string) {
	t.Helper()
	for _, c := range append(aggregateChecks[:len(aggregateChecks):len(aggregateChecks)], rollupChecks...) {
		var diff, n int
		q := fmt.Sprintf(`SELECT (SELECT count(*) FROM (SELECT * FROM %[1]s EXCEPT %[2]s) x) + (SELECT count(*) FROM (%[2]s EXCEPT SELECT * FROM %[1]s) y),
			(SELECT count(*) FROM %[1]s)`, c.table, c.fromRows)
		if err := db.read.QueryRow(q).Scan(&diff, &n); err != nil {
			t.Fatalf("%s: %s: %v", when, c.table, err)
		}
		if diff != 0 {
			t.Errorf("%s: %s: got %d rows differing from the sums over rows, want 0", when, c.table, diff)
		}
	}
	checkTermTotals(t, db, when)
}

// checkTermTotals fails unless outlet_term_totals holds exactly the sums
// over the highlights (read through EachHit) of the outlets' own wording.
func checkTermTotals(t *testing.T, db *DB, when string) {
	t.Helper()
	want := map[string]int{}
	err := db.EachHit(context.Background(), HitFilter{Voice: "own"}, func(h *Hit) error {
		switch h.Signal {
		case "S1", "F1", "F2", "F4", "E5":
			return nil
		}
		if h.Term != "" {
			want[fmt.Sprintf("%d|%s|%s|%s", h.OutletID, h.Signal, h.Entry, h.Term)]++
		}
		return nil
	})
	if err != nil {
		t.Fatalf("%s: %v", when, err)
	}
	rows, err := db.read.Query("SELECT outlet_id, signal, entry, term, hits FROM outlet_term_totals")
	if err != nil {
		t.Fatalf("%s: %v", when, err)
	}
	defer rows.Close()
	got := map[string]int{}
	for rows.Next() {
		var o int64
		var sig, entry, term string
		var n int
		if err := rows.Scan(&o, &sig, &entry, &term, &n); err != nil {
			t.Fatal(err)
		}
		got[fmt.Sprintf("%d|%s|%s|%s", o, sig, entry, term)] = n
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Errorf("%s: outlet_term_totals has %d rows, want %d", when, len(got), len(want))
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: outlet_term_totals %s = %d, want %d", when, k, got[k], n)
		}
	}
}

// genArticle makes a varied article: outlets, stories, months, no date,
// quotes, frames, evidence of several voices and signals, or not analysed.
func genArticle(r *rand.Rand, i int) *Article {
	a := &Article{Title: fmt.Sprintf("t%d", i), Outlet: fmt.Sprintf("outlet %d", r.IntN(4)), Text: fmt.Sprintf("text %d", i),
		Hash: fmt.Sprintf("h%d", i), Language: "en", Format: "text"}
	if k := r.IntN(4); k > 0 {
		a.Story = fmt.Sprintf("story-%d", k)
	}
	if r.IntN(5) > 0 {
		a.Published = time.Date(2024, time.Month(1+r.IntN(3)), 1+r.IntN(28), 9, 0, 0, 0, time.UTC)
	}
	if r.IntN(8) == 0 {
		return a // not analysed
	}
	an := &Analysis{LexiconVersion: "v1", Words: 100 + r.IntN(900), Sentences: 5 + r.IntN(20), Counts: map[string]int{}}
	an.NarratorWords = an.Words - r.IntN(50)
	signals := []string{"L1", "L2", "N1", "S1", "E2"}
	voices := []string{"narrator", "direct_quote", "reported"}
	for j := r.IntN(6); j > 0; j-- {
		e := Evidence{Start: j, End: j + 3, Signal: signals[r.IntN(len(signals))], Entry: fmt.Sprintf("e%d", r.IntN(3)),
			Voice: voices[r.IntN(len(voices))], Term: fmt.Sprintf("term%d", r.IntN(3)), Weight: 1}
		an.Evidence = append(an.Evidence, e)
		if e.Voice != "direct_quote" {
			an.Counts[e.Signal]++
		}
	}
	for j := r.IntN(3); j > 0; j-- {
		an.QuoteSpans = append(an.QuoteSpans, Quote{Start: j, End: j + 5, Kind: "direct",
			SpeakerGroup: []string{"", "official", "expert"}[r.IntN(3)], VerbClass: []string{"neutral", "loaded"}[r.IntN(2)], Words: 1 + r.IntN(20)})
	}
	an.Quotes = len(an.QuoteSpans)
	for _, fr := range []string{"economic", "conflict"} {
		if r.IntN(2) == 0 {
			cues := r.IntN(3)
			an.Frames = append(an.Frames, Frame{Frame: fr, Cues: cues, Present: cues > 1})
		}
	}
	a.Analysis = an
	return a
}

func importGenerated(t testing.TB, db *DB, r *rand.Rand, from, n, flushEvery int) int64 {
	t.Helper()
	im, err := db.NewImporter(context.Background(), "gen", false)
	if err != nil {
		t.Fatal(err)
	}
	for i := from; i < from+n; i++ {
		if _, _, err := im.Add(genArticle(r, i)); err != nil {
			t.Fatal(err)
		}
		if im.Pending() >= flushEvery {
			if err := im.Flush(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
	return im.Batch()
}

func TestAggregatesEqualSumsOverRows(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		step func(t *testing.T, db *DB, r *rand.Rand, batches []int64)
	}{
		{"import", func(t *testing.T, db *DB, r *rand.Rand, batches []int64) {}},
		{"delete batch", func(t *testing.T, db *DB, r *rand.Rand, batches []int64) {
			if _, err := db.DeleteBatch(ctx, batches[0]); err != nil {
				t.Fatal(err)
			}
		}},
		{"delete article", func(t *testing.T, db *DB, r *rand.Rand, batches []int64) {
			var id int64
			if err := db.read.QueryRow("SELECT id FROM articles WHERE analysed = 1 ORDER BY id LIMIT 1 OFFSET 7").Scan(&id); err != nil {
				t.Fatal(err)
			}
			if err := db.DeleteArticle(ctx, id); err != nil {
				t.Fatal(err)
			}
		}},
		{"rescore", func(t *testing.T, db *DB, r *rand.Rand, batches []int64) {
			rows, err := db.read.Query("SELECT id FROM articles WHERE analysed = 1 ORDER BY id LIMIT 30")
			if err != nil {
				t.Fatal(err)
			}
			m := map[int64]*Analysis{}
			for rows.Next() {
				var id int64
				if err := rows.Scan(&id); err != nil {
					t.Fatal(err)
				}
				for m[id] == nil {
					m[id] = genArticle(r, int(id)).Analysis
				}
				m[id].LexiconVersion = "v2"
			}
			rows.Close()
			if len(m) == 0 {
				t.Fatal("no article to rescore")
			}
			if err := db.ReplaceAnalyses(ctx, m); err != nil {
				t.Fatal(err)
			}
		}},
		{"failed import rolled back", func(t *testing.T, db *DB, r *rand.Rand, batches []int64) {
			im, err := db.NewImporter(ctx, "aborted", false)
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i < 5; i++ {
				if _, _, err := im.Add(genArticle(r, 10000+i)); err != nil {
					t.Fatal(err)
				}
			}
			im.Abort()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, err := Open(ctx, filepath.Join(t.TempDir(), "agg.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			r := rand.New(rand.NewPCG(1, 2))
			batches := []int64{importGenerated(t, db, r, 0, 60, 7), importGenerated(t, db, r, 60, 40, 100)}
			checkAggregates(t, db, "after import")
			tt.step(t, db, r, batches)
			checkAggregates(t, db, "after "+tt.name)
			var n int
			if err := db.read.QueryRow("SELECT count(*) FROM outlet_article_totals").Scan(&n); err != nil || n == 0 {
				t.Fatalf("outlet_article_totals rows = %d (%v), want some", n, err)
			}
		})
	}
}

func TestMigrationBackfillsAggregates(t *testing.T) {
	// Aggregates emptied and rebuilt by the migration's own statements
	// equal the sums over rows: a database from before 0006 gets them.
	// SQLite only: no PostgreSQL database predates 0006.
	ctx := context.Background()
	db := openSQLiteTemp(t)
	importGenerated(t, db, rand.New(rand.NewPCG(3, 4)), 0, 50, 10)
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	// 0006 reads the evidence table that 0007 converts into blobs: put it
	// back as it was.
	old := oldEvidenceRows(t, db)
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	createOldEvidence(t, tx, old)
	for _, c := range aggregateChecks {
		if _, err := tx.Exec("DROP TABLE " + c.table); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := tx.Exec("DROP TABLE outlet_term_totals"); err != nil {
		t.Fatal(err)
	}
	for _, ix := range []string{"articles_published", "articles_syndicated", "articles_not_analysed"} {
		if _, err := tx.Exec("DROP INDEX " + ix); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := tx.Exec(ms[5].sql); err != nil {
		t.Fatalf("migration %s: %v", ms[5].name, err)
	}
	if _, err := tx.Exec("DROP TABLE evidence"); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	checkAggregates(t, db, "after backfill")
}

func TestAggregateReadsMatchRowQueries(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	importGenerated(t, db, rand.New(rand.NewPCG(5, 6)), 0, 120, 25)
	filters := []Filter{{}, {Story: "story-1"}, {From: "2024-02-01", To: "2024-02-29"}, {Outlet: 1}, {From: "2024-03-01"},
		{From: "2024-01-10", To: "2024-03-20"}, {From: "2024-02-03", To: "2024-02-17"}, {From: "2024-01-31", To: "2024-02-01"},
		{To: "2024-02-14", Story: "story-2"}, {From: "2024-02-15", Outlet: 2}, {From: "2024-01-01", To: "2024-03-12"},
		{From: "2024-03-05", To: "2024-02-01"}, {From: "2024-01-15", To: "2024-01-31"}}
	for _, f := range filters {
		if !f.Aggregated() {
			t.Fatalf("%+v: Aggregated() = false, want true", f)
		}
		stats, err := db.ArticleStats(ctx, f, []string{"L1", "N1"})
		if err != nil {
			t.Fatal(err)
		}
		units, err := db.OutletUnits(ctx, f, []string{"L1", "N1"})
		if err != nil {
			t.Fatal(err)
		}
		type sums struct{ articles, analysed, nw, l1, n1 int }
		want, got := map[int64]sums{}, map[int64]sums{}
		for _, a := range stats {
			s := want[a.OutletID]
			s.articles++
			if a.Analysed {
				s.analysed++
			}
			s.nw += a.NarratorWords
			s.l1 += a.Counts["L1"]
			s.n1 += a.Counts["N1"]
			want[a.OutletID] = s
		}
		for _, u := range units {
			s := got[u.OutletID]
			s.articles += u.Articles
			s.analysed += u.Analysed
			s.nw += u.NarratorWords
			s.l1 += u.Counts["L1"]
			s.n1 += u.Counts["N1"]
			got[u.OutletID] = s
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%+v: units got %v, want %v", f, got, want)
		}
		fs, err := db.FrameStats(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		ft, err := db.FrameTotals(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(ft) != fmt.Sprint(fs) {
			t.Errorf("%+v: frame totals got %v, want %v", f, ft, fs)
		}
		ss, err := db.SourcingStats(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		st, err := db.SourcingTotals(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(st) != fmt.Sprint(ss) {
			t.Errorf("%+v: sourcing totals got %v, want %v", f, st, ss)
		}
	}
}

func TestAggregatedFilter(t *testing.T) {
	tests := []struct {
		f    Filter
		want bool
	}{
		{Filter{}, true},
		{Filter{Story: "s"}, true},
		{Filter{From: "2024-02-01", To: "2024-02-29"}, true},
		{Filter{From: "2023-02-01", To: "2023-02-28"}, true},
		{Filter{To: "2023-02-29"}, true},
		{Filter{From: "2024-02-02"}, true},
		{Filter{Entries: []string{"x"}}, false},
		{Filter{Categories: []string{"c"}}, false},
		{Filter{From: "2024-2-1"}, false},
	}
	for _, tt := range tests {
		if got := tt.f.Aggregated(); got != tt.want {
			t.Errorf("%+v.Aggregated() got %v, want %v", tt.f, got, tt.want)
		}
	}
}

func TestMonthSplit(t *testing.T) {
	tests := []struct {
		from, to string
		want     string
	}{
		{"", "", `"" "" true []`},
		{"2024-02-01", "2024-02-29", `"2024-02" "2024-02" true []`},
		{"2023-02-01", "2023-02-28", `"2023-02" "2023-02" true []`},
		{"2024-02-02", "", `"2024-03" "" true [{2024-02-02 2024-02-29}]`},
		{"", "2024-04-15", `"" "2024-03" true [{2024-04-01 2024-04-15}]`},
		{"2024-01-10", "2024-03-20", `"2024-02" "2024-02" true [{2024-01-10 2024-01-31} {2024-03-01 2024-03-20}]`},
		{"2024-01-10", "2024-02-20", `"2024-02" "2024-01" false [{2024-01-10 2024-01-31} {2024-02-01 2024-02-20}]`},
		{"2024-02-03", "2024-02-17", `"" "" false [{2024-02-03 2024-02-17}]`},
		{"2024-12-03", "2025-01-31", `"2025-01" "2025-01" true [{2024-12-03 2024-12-31}]`},
		{"2024-03-05", "2024-02-01", `"" "" false []`},
	}
	for _, tt := range tests {
		fromM, toM, inner, edges := Filter{From: tt.from, To: tt.to}.monthSplit()
		if got := fmt.Sprintf("%q %q %v %v", fromM, toM, inner, edges); got != tt.want {
			t.Errorf("%s..%s: got %s, want %s", tt.from, tt.to, got, tt.want)
		}
	}
}

// BenchmarkOverviewQueries measures the aggregate reads behind the overview,
// outlet and lexicon pages on 3,000 generated articles, or with
// -evidence-db on a real database (e.g. the 1M synthetic one: a copy, it is
// migrated when older).
func BenchmarkOverviewQueries(b *testing.B) {
	ctx := context.Background()
	path := *benchDB
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	db, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if *benchDB == "" {
		importGenerated(b, db, rand.New(rand.NewPCG(7, 8)), 0, 3000, 500)
	}
	var story, month string
	if err := db.read.QueryRow(`SELECT coalesce((SELECT s.key FROM stories s JOIN story_sums t ON t.story_id = s.id
		ORDER BY t.articles DESC LIMIT 1), ''), coalesce((SELECT max(month) FROM outlet_month_rates), '')`).Scan(&story, &month); err != nil {
		b.Fatal(err)
	}
	year := Filter{From: addMonth(month, -11)[:7] + "-01", To: month + "-" + monthEnd(month)}
	signals := []string{"L1", "L2", "N1", "S1", "E2"}
	b.Run("OutletSums", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.OutletSums(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Stories", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.Stories(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("EntryHitCounts", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.EntryHitCounts(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("OutletSumsForYear", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.OutletSumsFor(ctx, year); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, f := range []struct {
		name string
		f    Filter
	}{{"Story", Filter{Story: story}}, {"Year", year}} {
		b.Run("OutletUnitsRates"+f.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := db.OutletUnits(ctx, f.f, RateSignals); err != nil {
					b.Fatal(err)
				}
				if _, err := db.SignalHits(ctx, f.f); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("Mix"+f.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := db.FrameTotals(ctx, f.f); err != nil {
					b.Fatal(err)
				}
				if _, err := db.SourcingTotals(ctx, f.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	if *benchDB != "" {
		return // what follows reads every unit: minutes at 1M articles
	}
	b.Run("OutletUnits", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.OutletUnits(ctx, Filter{}, signals); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("FrameTotals", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.FrameTotals(ctx, Filter{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("SourcingTotals", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.SourcingTotals(ctx, Filter{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("OutletPage", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.OutletUnits(ctx, Filter{Outlet: 1}, signals); err != nil {
				b.Fatal(err)
			}
			if _, err := db.TermTotals(ctx, 1, 60); err != nil {
				b.Fatal(err)
			}
			if _, _, err := db.RecentArticleStats(ctx, 1, signals, 300); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ArticleStatsRowsForComparison", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.ArticleStats(ctx, Filter{}, signals); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func TestRollupReadsMatchAggregates(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	r := rand.New(rand.NewPCG(7, 8))
	batch := importGenerated(t, db, r, 0, 150, 20)
	importGenerated(t, db, r, 150, 60, 15)
	for _, step := range []string{"import", "delete"} {
		if step == "delete" {
			if _, err := db.DeleteBatch(ctx, batch); err != nil {
				t.Fatal(err)
			}
		}
		sums, err := db.OutletSums(ctx)
		if err != nil {
			t.Fatal(err)
		}
		units, err := db.OutletUnits(ctx, Filter{}, append([]string{"N1", "S1"}, RateSignals...))
		if err != nil {
			t.Fatal(err)
		}
		// The same sums and moments computed from the per-(outlet, story,
		// month) aggregates.
		want := map[int64]*OutletSum{}
		type ckey struct {
			outlet int64
			story  string
			month  string
		}
		type cluster struct {
			an, x int64
			y     map[string]int64
		}
		clusters := map[ckey]*cluster{}
		for _, u := range units {
			w := want[u.OutletID]
			if w == nil {
				w = &OutletSum{OutletID: u.OutletID, Outlet: u.Outlet, Counts: map[string]int{}, Moments: map[string]RateMoments{}}
				want[u.OutletID] = w
			}
			w.Articles += u.Articles
			w.Analysed += u.Analysed
			w.Words += u.Words
			w.NarratorWords += u.NarratorWords
			w.Sentences += u.Sentences
			w.Quotes += u.Quotes
			for sig, n := range u.Counts {
				w.Counts[sig] += n
			}
			k := ckey{u.OutletID, u.Story, ""}
			if u.Story == "" {
				k.month = u.Month
			}
			c := clusters[k]
			if c == nil {
				c = &cluster{y: map[string]int64{}}
				clusters[k] = c
			}
			c.an += int64(u.Analysed)
			c.x += int64(u.NarratorWords)
			for _, sig := range RateSignals {
				c.y[sig] += int64(u.Counts[sig])
			}
		}
		for k, c := range clusters {
			if c.an == 0 {
				continue
			}
			for _, sig := range RateSignals {
				m := want[k.outlet].Moments[sig]
				y := c.y[sig]
				m.Clusters++
				m.X += c.x
				m.XX += c.x * c.x
				m.Y += y
				m.YY += y * y
				m.XY += c.x * y
				want[k.outlet].Moments[sig] = m
			}
		}
		if len(sums) != len(want) {
			t.Fatalf("%s: OutletSums returned %d outlets, want %d", step, len(sums), len(want))
		}
		for _, got := range sums {
			w := want[got.OutletID]
			if w == nil {
				t.Fatalf("%s: OutletSums has outlet %d, the aggregates do not", step, got.OutletID)
			}
			for sig, n := range got.Counts {
				if w.Counts[sig] != n && (sig == "N1" || sig == "S1" || slices.Contains(RateSignals, sig)) {
					t.Errorf("%s: outlet %d %s hits: got %d, want %d", step, got.OutletID, sig, n, w.Counts[sig])
				}
			}
			got.Counts, w.Counts = nil, nil
			if !reflect.DeepEqual(got, *w) {
				t.Errorf("%s: OutletSums outlet %d:\ngot  %+v\nwant %+v", step, got.OutletID, got, *w)
			}
		}
		frames, err := db.FrameTotals(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		wantFrames, err := db.FrameStats(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(frames, wantFrames) {
			t.Errorf("%s: FrameTotals(whole) = %v, want FrameStats %v", step, frames, wantFrames)
		}
		src, err := db.SourcingTotals(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		wantSrc, err := db.SourcingStats(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(src, wantSrc) {
			t.Errorf("%s: SourcingTotals(whole) = %v, want SourcingStats %v", step, src, wantSrc)
		}
		hits, err := db.EntryHitCounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		wantHits := map[string][2]int{}
		err = db.EachHit(ctx, HitFilter{}, func(h *Hit) error {
			if h.Entry != "" {
				c := wantHits[h.Entry]
				c[0]++
				wantHits[h.Entry] = c
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		rows, err := db.read.Query(`SELECT k.entry, count(DISTINCT h.article_id) FROM entry_hits h
			JOIN evidence_keys k ON k.id = h.key_id WHERE k.entry <> '' GROUP BY 1`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var e string
			var n int
			if err := rows.Scan(&e, &n); err != nil {
				t.Fatal(err)
			}
			c := wantHits[e]
			c[1] = n
			wantHits[e] = c
		}
		rows.Close()
		if len(hits) == 0 || !reflect.DeepEqual(hits, wantHits) {
			t.Errorf("%s: EntryHitCounts = %v, want %v", step, hits, wantHits)
		}
		in, err := db.OutletUnitsIn(ctx, Filter{}, []int64{sums[0].OutletID}, RateSignals)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, u := range units {
			if u.OutletID == sums[0].OutletID {
				n++
			}
		}
		if len(in) != n || n == 0 {
			t.Errorf("%s: OutletUnitsIn(%d) returned %d units, want %d", step, sums[0].OutletID, len(in), n)
		}
	}
}

func TestMonthRollupsMatchRows(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	importGenerated(t, db, rand.New(rand.NewPCG(9, 10)), 0, 150, 30)
	filters := []Filter{{From: "2024-02-01", To: "2024-02-29"}, {From: "2024-03-01"}, {To: "2024-01-31"},
		{From: "2024-01-10", To: "2024-03-20"}, {From: "2024-02-03", To: "2024-02-17"}, {From: "2024-02-15", Outlet: 2},
		{From: "2024-03-05", To: "2024-02-01"}, {}, {Story: "story-1", From: "2024-02-01"}}
	check := func(f Filter) {
		t.Helper()
		if got := f.byMonth(); got != (f.Story == "" && (f.From != "" || f.To != "")) {
			t.Fatalf("%+v: byMonth() = %v", f, got)
		}
		got, err := db.OutletUnits(ctx, f, RateSignals)
		if err != nil {
			t.Fatal(err)
		}
		// N1 is not kept in the month-first rollup: the 0006 aggregates
		// answer.
		want, err := db.OutletUnits(ctx, f, append([]string{"N1"}, RateSignals...))
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			delete(want[i].Counts, "N1")
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: OutletUnits(RateSignals) =\n%+v\nwant\n%+v", f, got, want)
		}
		stats, err := db.ArticleStats(ctx, f, []string{"L1", "L2", "N1", "S1", "E2"})
		if err != nil {
			t.Fatal(err)
		}
		wantHits := map[int64]map[string]int{}
		for _, a := range stats {
			for sig, n := range a.Counts {
				if wantHits[a.OutletID] == nil {
					wantHits[a.OutletID] = map[string]int{}
				}
				wantHits[a.OutletID][sig] += n
			}
		}
		hits, err := db.SignalHits(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(hits, wantHits) {
			t.Errorf("%+v: SignalHits = %v, want %v", f, hits, wantHits)
		}
		frames, err := db.FrameTotals(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		wantFrames, err := db.FrameStats(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(frames) != len(wantFrames) || (len(frames) > 0 && !reflect.DeepEqual(frames, wantFrames)) {
			t.Errorf("%+v: FrameTotals = %v, want FrameStats %v", f, frames, wantFrames)
		}
		src, err := db.SourcingTotals(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		wantSrc, err := db.SourcingStats(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(src) != len(wantSrc) || (len(src) > 0 && !reflect.DeepEqual(src, wantSrc)) {
			t.Errorf("%+v: SourcingTotals = %v, want SourcingStats %v", f, src, wantSrc)
		}
	}
	for _, f := range filters {
		check(f)
	}
	// With no undated article, a range spanning every publication is the
	// whole corpus: read from the whole-corpus rollups, with the same sums.
	rows, err := db.read.Query("SELECT id FROM articles WHERE published = ''")
	if err != nil {
		t.Fatal(err)
	}
	var undated []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		undated = append(undated, id)
	}
	rows.Close()
	for _, id := range undated {
		if err := db.DeleteArticle(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		f   Filter
		all bool
	}{{Filter{From: "2024-01-01"}, true}, {Filter{To: "2024-03-31"}, true}, {Filter{From: "2023-06-01", To: "2025-01-01"}, true},
		{Filter{From: "2024-01-15"}, false}, {Filter{To: "2024-03-10"}, false}, {Filter{From: "2024-01-01", Outlet: 1}, false}} {
		got, err := db.coversAll(ctx, tt.f)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.all {
			t.Errorf("%+v: coversAll = %v, want %v", tt.f, got, tt.all)
		}
		check(tt.f)
		if tt.all {
			sums, err := db.OutletSumsFor(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			whole, err := db.OutletSums(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(sums, whole) {
				t.Errorf("%+v: OutletSumsFor = %+v, want OutletSums %+v", tt.f, sums, whole)
			}
		}
	}
}

func TestMigration0010Backfills(t *testing.T) {
	// The rollups rebuilt by migration 0010's own statements from the 0006
	// aggregates and the evidence equal the sums over rows: a database with
	// articles gets them (on PostgreSQL too: its databases predate 0010).
	ctx := context.Background()
	db := openTemp(t)
	r := rand.New(rand.NewPCG(13, 14))
	batch := importGenerated(t, db, r, 0, 80, 15)
	importGenerated(t, db, r, 80, 40, 40)
	if _, err := db.DeleteBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	importGenerated(t, db, r, 120, 30, 10)
	ms, err := migrations()
	if db.pg {
		ms, err = pgMigrations()
	}
	if err != nil {
		t.Fatal(err)
	}
	m := ms[9]
	if !strings.HasPrefix(m.name, "0010_") {
		t.Fatalf("migration 10 is %s", m.name)
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	for _, c := range rollupChecks {
		if _, err := tx.Exec("DROP TABLE " + c.table); err != nil {
			t.Fatal(err)
		}
	}
	for _, ix := range []string{"articles_story_published", "outlet_article_totals_story", "outlet_signal_totals_story",
		"outlet_frame_totals_story", "outlet_quote_totals_story"} {
		if _, err := tx.Exec("DROP INDEX " + ix); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := tx.Exec(m.sql); err != nil {
		t.Fatalf("migration %s: %v", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	checkAggregates(t, db, "after the 0010 back-fill")
}

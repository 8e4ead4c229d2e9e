package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// openTemp opens a fresh database for one test: a SQLite file, or, when
// FRAMELENS_TEST_PG names a PostgreSQL server, a schema of its own there, so
// the same tests run against both backends.
func openTemp(t testing.TB) *DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	if base := os.Getenv("FRAMELENS_TEST_PG"); base != "" {
		u, drop, err := NewPGSchema(context.Background(), base, "st")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(drop)
		path = u
	}
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// openSQLiteTemp opens a fresh SQLite database, for tests of SQLite's own
// upgrade path, which PostgreSQL databases (created at a later schema) never take.
func openSQLiteTemp(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// indexMatches returns the IDs of the articles the full-text index finds
// for a one-word query (and of story key story, "" for all), read from the
// index directly rather than through the store's search.
func indexMatches(t *testing.T, db *DB, word, story string) []int64 {
	t.Helper()
	q := `SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		LEFT JOIN stories s ON s.id = a.story_id WHERE articles_fts MATCH ? AND (? = '' OR s.key = ?) ORDER BY a.id`
	if db.pg {
		q = `SELECT a.id FROM articles a LEFT JOIN stories s ON s.id = a.story_id
			WHERE a.fts @@ to_tsquery('simple', ?) AND (? = '' OR s.key = ?) ORDER BY a.id`
	}
	rows, err := db.read.Query(q, word, story, story)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestMigrationsApplyAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var v int
	if err := db.read.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	if v != SchemaVersion() || v < 1 {
		t.Fatalf("user_version = %d, want %d", v, SchemaVersion())
	}
	var mode string
	if err := db.read.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode = %q (%v), want wal", mode, err)
	}
	var fk int
	if err := db.read.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys on a reader = %d (%v), want 1", fk, err)
	}
	db.Close()
	// Reopening applies nothing and keeps the version.
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	db.Close()
}

func TestRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	_, err = Open(context.Background(), path)
	if err == nil || !strings.Contains(err.Error(), "newer than this program") {
		t.Fatalf("Open of a newer database: err = %v, want a 'newer than this program' error", err)
	}
}

func article(outlet, story, text string) *Article {
	return &Article{Title: "T " + text[:min(10, len(text))], Outlet: outlet, Story: story, Text: text,
		Hash: "h:" + text, Language: "en", Format: "text", Published: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC),
		Analysis: &Analysis{LexiconVersion: "v1", Words: 10, NarratorWords: 8, Sentences: 2,
			Evidence: []Evidence{{Start: 0, End: 3, Signal: "L1", Entry: "x", Voice: "narrator", Term: "abc", Weight: 1}},
			Counts:   map[string]int{"L1": 1, "L2": 0},
			Frames:   []Frame{{Frame: "economic", Cues: 1}}}}
}

func TestImportDedupeSyndicationDelete(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	im, err := db.NewImporter(ctx, "test", false)
	if err != nil {
		t.Fatal(err)
	}
	var outcomes []Outcome
	for _, a := range []*Article{
		article("A", "s1", "same text here"),
		article("A", "s1", "same text here"),
		article("B", "s1", "same text here"),
		article("B", "", "other text"),
	} {
		_, o, err := im.Add(a)
		if err != nil {
			t.Fatal(err)
		}
		outcomes = append(outcomes, o)
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
	want := []Outcome{Imported, Duplicate, Syndicated, Imported}
	for i := range want {
		if outcomes[i] != want[i] {
			t.Errorf("article %d: outcome %d, want %d", i, outcomes[i], want[i])
		}
	}
	tot, err := db.Totals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if tot.Articles != 3 || tot.Outlets != 2 || tot.Stories != 1 || tot.Syndicated != 1 {
		t.Fatalf("totals = %+v, want 3 articles, 2 outlets, 1 story, 1 syndicated", tot)
	}
	var hits int
	if hits = len(indexMatches(t, db, "other", "")); hits != 1 {
		t.Fatalf("full-text hits for 'other' = %d (%v), want 1", hits, err)
	}
	var rows []string
	if err := db.Export(ctx, ExportFilter{Outlet: "B"}, func(a *ExportArticle) error {
		rows = append(rows, a.Outlet+"|"+a.Story+"|"+a.Published+"|"+a.SyndicatedOf)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(rows, ";"), "B|s1|2024-05-01T12:00:00Z|1;B||2024-05-01T12:00:00Z|"; got != want {
		t.Fatalf("export of outlet B = %q, want %q", got, want)
	}

	n, err := db.DeleteBatch(ctx, im.Batch())
	if err != nil || n != 3 {
		t.Fatalf("DeleteBatch = %d, %v; want 3, nil", n, err)
	}
	tot, _ = db.Totals(ctx)
	if tot.Articles != 0 || tot.Outlets != 0 || tot.Batches != 0 {
		t.Fatalf("after delete totals = %+v, want empty", tot)
	}
	var ev, eh int
	db.read.QueryRow("SELECT count(*) FROM article_evidence").Scan(&ev)
	db.read.QueryRow("SELECT count(*) FROM entry_hits").Scan(&eh)
	if ev != 0 || eh != 0 {
		t.Fatalf("evidence blobs and entry_hits rows after delete = %d and %d, want 0 and 0", ev, eh)
	}
	if hits = len(indexMatches(t, db, "other", "")); hits != 0 {
		t.Fatalf("full-text hits after delete = %d (%v), want 0", hits, err)
	}
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.DeleteBatch(ctx, 12345); !errors.Is(err, ErrNotFound) {
		t.Fatalf("DeleteBatch(missing) err = %v, want ErrNotFound", err)
	}
}

func TestBulkImportRebuildsSearch(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	im, err := db.NewImporter(ctx, "bulk", false)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < bulkThreshold+10; i++ {
		a := article("A", "", "word"+strings.Repeat("x", i%7)+" text number "+string(rune('a'+i%26))+" "+time.Duration(i).String())
		if _, _, err := im.Add(a); err != nil {
			t.Fatal(err)
		}
		if im.Pending() >= 500 {
			if err := im.Flush(); err != nil {
				t.Fatal(err)
			}
		}
	}
	// PostgreSQL's index is a generated column, never stale.
	if stale, _ := db.SearchStale(ctx); stale != !db.pg {
		t.Fatalf("index marked stale during a bulk import = %v, want %v", stale, !db.pg)
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
	if stale, _ := db.SearchStale(ctx); stale {
		t.Fatal("index still marked stale after Close")
	}
	if hits := len(indexMatches(t, db, "number", "")); hits != bulkThreshold+10 {
		t.Fatalf("full-text hits = %d, want %d", hits, bulkThreshold+10)
	}
}

func TestReplaceAnalyses(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	im, _ := db.NewImporter(ctx, "r", false)
	id, _, err := im.Add(article("A", "", "some text"))
	if err != nil {
		t.Fatal(err)
	}
	im.Close()
	if n, _ := db.CountStale(ctx, "v2"); n != 1 {
		t.Fatalf("stale before rescore = %d, want 1", n)
	}
	an := &Analysis{LexiconVersion: "v2", Words: 2, Counts: map[string]int{"L1": 0},
		Evidence: []Evidence{{Start: 1, End: 2, Signal: "L2"}, {Start: 3, End: 4, Signal: "L2"}}}
	if err := db.ReplaceAnalyses(ctx, map[int64]*Analysis{id: an}); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.CountStale(ctx, "v2"); n != 0 {
		t.Fatalf("stale after rescore = %d, want 0", n)
	}
	var ev, l1 int
	rows, err := db.ArticleEvidence(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range rows {
		if e.Signal == "L2" {
			ev++
		}
	}
	db.read.QueryRow("SELECT count FROM article_counts WHERE article_id = ? AND signal = 'L1'", id).Scan(&l1)
	if ev != 2 || l1 != 0 {
		t.Fatalf("after rescore: %d L2 evidence rows and L1 count %d, want 2 and 0", ev, l1)
	}
}

// benchArticle is an article of the size the analysis stores for a real
// one: about 600 words, 110 highlights, 8 quotes, 15 counts and 6 frames.
func benchArticle(r *rand.Rand, i int) *Article {
	words := []string{"riot", "protest", "crackdown", "said", "claimed", "slammed", "the", "dam", "ukraine", "mostly", "of", "minister"}
	var b strings.Builder
	var ev []Evidence
	for w := range 600 {
		if w > 0 {
			b.WriteByte(' ')
		}
		word := words[r.IntN(len(words))]
		lexical := r.IntN(2) == 0
		if !lexical {
			// Half the words from a long tail, as in real text: the
			// full-text index holds many distinct words.
			word = fmt.Sprintf("w%d", int(math.Exp(r.Float64()*math.Log(50000))))
		}
		start := b.Len()
		b.WriteString(word)
		if lexical && r.IntN(11) < 4 {
			ev = append(ev, Evidence{Start: start, End: b.Len(), Signal: []string{"L1", "L2", "N1", "T1", "E1"}[r.IntN(5)],
				Category: "loaded", Entry: "e." + word, Voice: []string{"narrator", "direct_quote"}[r.IntN(2)], Weight: 1})
		}
	}
	an := &Analysis{LexiconVersion: "v1", Words: 600, NarratorWords: 500, Sentences: 30, NarratorSentences: 25, Quotes: 8,
		Evidence: ev, Counts: map[string]int{}}
	for q := range 8 {
		an.QuoteSpans = append(an.QuoteSpans, Quote{Start: q * 100, End: q*100 + 40, Kind: "direct", Speaker: "the minister",
			SpeakerGroup: "official", Verb: "said", VerbClass: "neutral", Words: 7})
	}
	for _, sig := range []string{"L1", "L2", "N1", "N2", "T1", "T2", "E1", "E2", "E3", "E5", "S1", "F1", "F2", "F3", "F4"} {
		an.Counts[sig] = r.IntN(10)
	}
	for _, fr := range []string{"conflict", "economic", "human", "morality", "responsibility", "security"} {
		an.Frames = append(an.Frames, Frame{Frame: fr, Cues: r.IntN(4), Present: r.IntN(2) == 0})
	}
	return &Article{Title: fmt.Sprintf("bench %d", i), Outlet: fmt.Sprintf("outlet %d", r.IntN(8)), Story: fmt.Sprintf("story %d", r.IntN(40)),
		Text: b.String(), Hash: fmt.Sprintf("bench-%d", i), Language: "en", Format: "text",
		Published: time.Date(2024, time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC), Analysis: an}
}

// BenchmarkImport imports realistic articles in flushes of 500, as
// "framelens import" does, into SQLite or, with FRAMELENS_TEST_PG, a fresh
// PostgreSQL schema; it reports articles per second.
func BenchmarkImport(b *testing.B) {
	modes := map[string]bool{"sqlite": true}
	if os.Getenv("FRAMELENS_TEST_PG") != "" {
		modes = map[string]bool{"pg-insert": false, "pg-copy": true} // multi-row INSERTs, or COPY
	}
	for _, name := range slices.Sorted(maps.Keys(modes)) {
		copying := modes[name]
		b.Run(name, func(b *testing.B) {
			defer func(old bool) { importCopy = old }(importCopy)
			importCopy = copying
			benchmarkImport(b)
		})
	}
}

func benchmarkImport(b *testing.B) {
	ctx := context.Background()
	db := openTemp(b)
	r := rand.New(rand.NewPCG(1, 2))
	const perOp = 500
	arts := make([]*Article, perOp)
	n := 0
	for b.Loop() {
		b.StopTimer()
		for i := range arts {
			arts[i] = benchArticle(r, n)
			n++
		}
		b.StartTimer()
		im, err := db.NewImporter(ctx, "bench", false)
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range arts {
			if _, _, err := im.Add(a); err != nil {
				b.Fatal(err)
			}
		}
		if err := im.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// reopen opens the database of db a second time, as another process or
// replica would.
func reopen(t testing.TB, db *DB) *DB {
	t.Helper()
	path := db.path
	if db.pg {
		path = db.pgURL
	}
	other, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	return other
}

// TestConcurrentImportsAgree imports overlapping article sets through three
// openings of one database at once (three replicas on PostgreSQL, three
// processes on SQLite): every text is stored once per outlet, each article
// is imported by exactly one importer, and the aggregates equal the sums.
func TestConcurrentImportsAgree(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	dbs := []*DB{db, reopen(t, db), reopen(t, db)}
	const n = 90
	type result struct {
		imported int
		err      error
	}
	results := make(chan result, len(dbs))
	for k, d := range dbs {
		go func() {
			im, err := d.NewImporter(ctx, fmt.Sprint("replica ", k), false)
			if err != nil {
				results <- result{err: err}
				return
			}
			imported := 0
			// Each importer walks the same articles from another start, so
			// all three race for every one.
			for j := range n {
				i := (j + k*n/3) % n
				_, o, err := im.Add(genArticle(rand.New(rand.NewPCG(uint64(i), 9)), i))
				if err != nil {
					im.Abort()
					results <- result{err: err}
					return
				}
				if o != Duplicate {
					imported++
				}
				if im.Pending() >= 7 {
					if err := im.Flush(); err != nil {
						results <- result{err: err}
						return
					}
				}
			}
			results <- result{imported, im.Close()}
		}()
	}
	total := 0
	for range dbs {
		r := <-results
		if r.err != nil {
			t.Fatal(r.err)
		}
		total += r.imported
	}
	var rows, distinct int
	if err := db.read.QueryRow("SELECT count(*), count(DISTINCT content_hash) FROM articles").Scan(&rows, &distinct); err != nil {
		t.Fatal(err)
	}
	if rows != n || distinct != n || total != n {
		t.Errorf("%d articles stored (%d distinct texts), %d reported imported; want %d of each", rows, distinct, total, n)
	}
	checkAggregates(t, db, "after concurrent imports")
}

// TestOutletsAndTotalsCountRows checks the article counts of Outlets and
// Totals (summed from the aggregates on PostgreSQL) against the rows, after
// imports and deletes.
func TestOutletsAndTotalsCountRows(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	importGenerated(t, db, rand.New(rand.NewPCG(7, 8)), 0, 60, 9)
	for _, id := range []int64{3, 4, 17, 40} {
		if err := db.DeleteArticle(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	want := map[int64]int{}
	rows, err := db.read.Query("SELECT outlet_id, count(*) FROM articles GROUP BY outlet_id")
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			t.Fatal(err)
		}
		want[id] = n
		total += n
	}
	rows.Close()
	outlets, err := db.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int64]int{}
	for i, o := range outlets {
		got[o.ID] = o.Articles
		if i > 0 && outlets[i-1].Articles < o.Articles {
			t.Errorf("outlets not by articles, most first: %+v", outlets)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Outlets counts %v, want %v", got, want)
	}
	tot, err := db.Totals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if tot.Articles != total || tot.Outlets != len(want) || total != 56 {
		t.Errorf("Totals = %+v (rows: %d articles, %d outlets), want 56 articles", tot, total, len(want))
	}
}

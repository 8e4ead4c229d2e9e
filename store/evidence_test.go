package store

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

var benchDB = flag.String("evidence-db", "", "database for BenchmarkEvidence (default: a generated one); it is migrated when older")

// genEvidenceArticle makes an article whose highlights look like the analysis's:
// on words, their term the word lower-cased (sometimes not), some weighted,
// negated, quoted or with a speaker, and several on one start.
func genEvidenceArticle(r *rand.Rand, i int) *Article {
	words := []string{"Riot", "protest", "Crackdown", "said", "claimed", "slammed", "Élan", "dam", "Ukraine", "mostly"}
	var b strings.Builder
	var ev []Evidence
	for w := range 20 + r.IntN(60) {
		if w > 0 {
			b.WriteByte(' ')
		}
		word := words[r.IntN(len(words))]
		start := b.Len()
		b.WriteString(word)
		if r.IntN(3) > 0 {
			continue
		}
		for range 1 + r.IntN(2) {
			e := Evidence{Start: start, End: b.Len(), Signal: []string{"L1", "L2", "N1", "T1", "E1", "F1", "E5"}[r.IntN(7)],
				Category: []string{"loaded", "hedge", ""}[r.IntN(3)], Entry: fmt.Sprintf("e.%s", strings.ToLower(word)),
				Voice: []string{"narrator", "direct_quote", "reported_speech"}[r.IntN(3)], Weight: 1,
				Term: strings.ToLower(word)}
			switch r.IntN(8) {
			case 0:
				e.Weight = []float64{0.5, -0.25, 1.0 / 3, 2}[r.IntN(4)]
			case 1:
				e.Negated = true
			case 2:
				e.Speaker = []string{"Trump", "the minister"}[r.IntN(2)]
			case 3:
				e.Term = "" // a span with no term
			case 4:
				e.Term = "other form"
			case 5:
				e.End = start // an empty span
				e.Term = ""
			}
			ev = append(ev, e)
		}
	}
	text := b.String()
	return &Article{Title: fmt.Sprintf("t%d", i), Outlet: fmt.Sprintf("outlet %d", r.IntN(3)), Story: fmt.Sprintf("s%d", r.IntN(2)),
		Text: text, Hash: fmt.Sprintf("h%d", i), Language: "en", Format: "text",
		Published: time.Date(2024, 1, 1+i%28, 0, 0, 0, 0, time.UTC),
		Analysis:  &Analysis{LexiconVersion: "v1", Words: 50, Evidence: ev, Counts: map[string]int{"L1": 1}}}
}

func importEvidenceArticles(t testing.TB, db *DB, n int) {
	t.Helper()
	im, err := db.NewImporter(context.Background(), "gen", false)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(11, 12))
	for i := range n {
		if _, _, err := im.Add(genEvidenceArticle(r, i)); err != nil {
			t.Fatal(err)
		}
		if im.Pending() >= 50 {
			if err := im.Flush(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
}

// oldEvidenceRows reads every article's highlights through ArticleEvidence,
// by article, in reading order.
func oldEvidenceRows(t testing.TB, db *DB) []EvidenceRow {
	t.Helper()
	var ids []int64
	rows, err := db.read.Query("SELECT id FROM articles ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	var out []EvidenceRow
	for _, id := range ids {
		ev, err := db.ArticleEvidence(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ev...)
	}
	return out
}

// createOldEvidence creates the evidence table of migration 0001 in tx and
// fills it with rows, as a database from before 0007 holds them.
func createOldEvidence(t testing.TB, tx *sql.Tx, rows []EvidenceRow) {
	t.Helper()
	for _, q := range []string{`CREATE TABLE evidence (
		id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		start INTEGER NOT NULL, end INTEGER NOT NULL, signal TEXT NOT NULL, category TEXT NOT NULL DEFAULT '',
		entry TEXT NOT NULL DEFAULT '', voice TEXT NOT NULL DEFAULT '', speaker TEXT NOT NULL DEFAULT '',
		negated INTEGER NOT NULL DEFAULT 0, weight REAL NOT NULL DEFAULT 1, term TEXT NOT NULL DEFAULT '')`,
		"CREATE INDEX evidence_article ON evidence(article_id, start)",
		"CREATE INDEX evidence_signal_entry ON evidence(signal, entry)"} {
		if _, err := tx.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range rows {
		if _, err := tx.Exec(`INSERT INTO evidence (article_id, start, end, signal, category, entry, voice, speaker,
			negated, weight, term) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.ArticleID, e.Start, e.End, e.Signal,
			e.Category, e.Entry, e.Voice, e.Speaker, e.Negated, e.Weight, e.Term); err != nil {
			t.Fatal(err)
		}
	}
}

func TestEvidenceRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	tests := []struct {
		name string
		text string
		ev   []Evidence
	}{
		{"none", "text", nil},
		{"derived term", "A Riot here", []Evidence{{Start: 2, End: 6, Signal: "L1", Entry: "e.riot", Voice: "narrator", Weight: 1, Term: "riot"}}},
		{"stored term, speaker, negated, weights", "Élan said no", []Evidence{
			{Start: 0, End: 5, Signal: "N1", Category: "formal", Entry: "e.elan", Voice: "direct_quote", Speaker: "Trump", Weight: 0.5, Term: "élan!"},
			{Start: 0, End: 12, Signal: "E5", Entry: "rule", Voice: "narrator", Negated: true, Weight: 1.0 / 3, Term: "élan said no"},
			{Start: 6, End: 10, Signal: "E1", Entry: "say", Voice: "reported_speech", Weight: -0.25, Term: "said"},
			{Start: 6, End: 10, Signal: "E1", Entry: "say", Voice: "reported_speech", Weight: 1e300, Term: ""},
		}},
		{"same start sorted longest first, ties kept", "ab cd", []Evidence{
			{Start: 0, End: 2, Signal: "L1", Weight: 1, Term: "ab"},
			{Start: 0, End: 5, Signal: "L2", Weight: 1, Term: "ab cd"},
			{Start: 0, End: 2, Signal: "L3", Weight: 1, Term: "ab"},
		}},
		{"offsets beyond the text", "ab", []Evidence{{Start: 1, End: 9, Signal: "L1", Weight: 1, Term: "zz"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx, err := db.write.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback()
			keys := keyDict{}
			blob, kh, err := encodeEvidence(ctx, tx, keys, tt.text, tt.ev)
			if err != nil {
				t.Fatal(err)
			}
			hits, err := decodeEvidence(blob, nil)
			if err != nil {
				t.Fatal(err)
			}
			byID := map[int64]evKey{}
			for k, id := range keys {
				byID[id] = k
			}
			var got []Evidence
			for _, h := range hits {
				k := byID[h.key]
				got = append(got, Evidence{Start: h.start, End: h.end, Signal: k.signal, Category: k.category, Entry: k.entry,
					Voice: h.voice, Speaker: h.speaker, Negated: h.negated, Weight: h.weight, Term: h.termIn(tt.text)})
			}
			want := slices.Clone(tt.ev)
			slices.SortStableFunc(want, func(a, b Evidence) int {
				if a.Start != b.Start {
					return a.Start - b.Start
				}
				return b.End - a.End
			})
			if !reflect.DeepEqual(got, want) {
				t.Errorf("decoded\n%+v\nwant\n%+v", got, want)
			}
			total := 0
			for _, k := range kh {
				total += k.n
			}
			if total != len(tt.ev) {
				t.Errorf("entry hits sum to %d, want %d", total, len(tt.ev))
			}
		})
	}
}

func TestDecodeEvidenceRejectsDamage(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	blob, _, err := encodeEvidence(ctx, tx, keyDict{}, "Élan said", []Evidence{
		{Start: 0, End: 5, Signal: "N1", Voice: "narrator", Speaker: "X", Weight: 0.1234567, Term: "t"}})
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(blob) {
		if _, err := decodeEvidence(blob[:n], nil); err == nil {
			t.Errorf("blob cut to %d of %d bytes decoded without error", n, len(blob))
		}
	}
}

// hitsByBruteForce filters every highlight (all, newest article first and
// from the last highlight back) as EachHit documents it.
func hitsByBruteForce(all []EvidenceRow, outlets map[int64]int64, f HitFilter) []int64 {
	var out []int64
	for i := len(all) - 1; i >= 0; i-- {
		e := all[i]
		switch {
		case f.Signal != "" && e.Signal != f.Signal, f.Entry != "" && e.Entry != f.Entry,
			f.Term != "" && e.Term != strings.ToLower(f.Term), f.ArticleID != 0 && e.ArticleID != f.ArticleID,
			f.Outlet != 0 && outlets[e.ArticleID] != f.Outlet,
			len(f.Entries) > 0 && !slices.Contains(f.Entries, e.Entry),
			len(f.Categories) > 0 && !slices.Contains(f.Categories, e.Category),
			f.Voice == "own" && e.Voice == "direct_quote", f.Voice != "" && f.Voice != "own" && e.Voice != f.Voice:
			continue
		}
		out = append(out, e.ID)
	}
	if f.Offset >= len(out) {
		return nil
	}
	out = out[f.Offset:]
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out
}

func TestEachHitMatchesBruteForce(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	importEvidenceArticles(t, db, 120)
	all := oldEvidenceRows(t, db)
	outlets := map[int64]int64{}
	stats, err := db.ArticleStats(ctx, Filter{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range stats {
		outlets[a.ID] = a.OutletID
	}
	tests := []HitFilter{
		{},
		{Signal: "L1"},
		{Signal: "L1", Limit: 7, Offset: 5},
		{Signal: "L2", Voice: "own", Limit: 100},
		{Signal: "N1", Entry: "e.riot"},
		{Entry: "e.dam", Voice: "direct_quote"},
		{Signal: "L1", Term: "RIOT"},
		{Term: "other form"},
		{ArticleID: 7},
		{ArticleID: 7, Signal: "E1", Offset: 1},
		{Filter: Filter{Outlet: 2}, Signal: "T1", Limit: 30, Offset: 30},
		{Filter: Filter{Entries: []string{"e.said", "e.élan"}}},
		{Filter: Filter{Categories: []string{"hedge"}}, Voice: "own", Limit: 10, Offset: 3},
		{Signal: "nothing"},
		{Offset: 100000},
	}
	for _, f := range tests {
		t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
			var got []int64
			if err := db.EachHit(ctx, f, func(h *Hit) error {
				got = append(got, h.ID)
				if h.Match != "" && h.Term != "" && h.Term != "other form" && strings.ToLower(h.Match) != h.Term {
					t.Errorf("hit %d: match %q, term %q", h.ID, h.Match, h.Term)
				}
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			want := hitsByBruteForce(all, outlets, f)
			if !slices.Equal(got, want) {
				t.Errorf("got %d hits %v\nwant %d %v", len(got), got, len(want), want)
			}
		})
	}
}

func TestEntryQueriesMatchBruteForce(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	importEvidenceArticles(t, db, 80)
	all := oldEvidenceRows(t, db)

	wantCounts := map[string][2]int{}
	arts := map[string]map[int64]bool{}
	for _, e := range all {
		if e.Entry == "" {
			continue
		}
		c := wantCounts[e.Entry]
		c[0]++
		if arts[e.Entry] == nil {
			arts[e.Entry] = map[int64]bool{}
		}
		arts[e.Entry][e.ArticleID] = true
		c[1] = len(arts[e.Entry])
		wantCounts[e.Entry] = c
	}
	gotCounts, err := db.EntryHitCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotCounts, wantCounts) {
		t.Errorf("EntryHitCounts = %v, want %v", gotCounts, wantCounts)
	}

	perArticle := map[int64]int{}
	for _, e := range all {
		if e.Signal == "T1" && e.Entry == "e.dam" {
			perArticle[e.ArticleID]++
		}
	}
	got, err := db.EntryArticles(ctx, "T1", "e.dam", 1000)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(perArticle) {
		t.Errorf("EntryArticles: %d articles, want %d", len(got), len(perArticle))
	}
	for i, a := range got {
		if a.Hits != perArticle[a.ID] {
			t.Errorf("EntryArticles: article %d has %d hits, want %d", a.ID, a.Hits, perArticle[a.ID])
		}
		if i > 0 && got[i-1].Hits < a.Hits {
			t.Errorf("EntryArticles: not by hits descending at %d", i)
		}
	}

	// Pack and category filters count the own-wording hits of the entries.
	for _, f := range []Filter{{Categories: []string{"loaded"}}, {Entries: []string{"e.riot", "e.dam"}}, {Outlet: 1, Categories: []string{"hedge", ""}}} {
		want := map[int64]map[string]int{}
		for _, e := range all {
			if e.Voice == "direct_quote" || len(f.Entries) > 0 && !slices.Contains(f.Entries, e.Entry) ||
				len(f.Categories) > 0 && !slices.Contains(f.Categories, e.Category) {
				continue
			}
			if want[e.ArticleID] == nil {
				want[e.ArticleID] = map[string]int{}
			}
			want[e.ArticleID][e.Signal]++
		}
		stats, err := db.ArticleStats(ctx, f, []string{"L1", "L2", "N1", "T1", "E1", "F1", "E5"})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range stats {
			if f.Outlet != 0 && a.OutletID != f.Outlet {
				t.Fatalf("%+v: article %d of outlet %d", f, a.ID, a.OutletID)
			}
			w := want[a.ID]
			if w == nil {
				w = map[string]int{}
			}
			if !reflect.DeepEqual(a.Counts, w) {
				t.Errorf("%+v: article %d counts %v, want %v", f, a.ID, a.Counts, w)
			}
		}
	}

	// TermStats: own wording, per outlet, most frequent first.
	type tk struct {
		outlet              int64
		signal, entry, term string
	}
	outlets := map[int64]int64{}
	for _, a := range mustStats(t, db) {
		outlets[a.ID] = a.OutletID
	}
	wantTerms := map[tk]int{}
	for _, e := range all {
		if e.Voice != "direct_quote" && e.Term != "" {
			wantTerms[tk{outlets[e.ArticleID], e.Signal, e.Entry, e.Term}]++
		}
	}
	terms, err := db.TermStats(ctx, Filter{}, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if len(terms) != len(wantTerms) {
		t.Errorf("TermStats: %d rows, want %d", len(terms), len(wantTerms))
	}
	for _, s := range terms {
		if n := wantTerms[tk{s.OutletID, s.Signal, s.Entry, s.Term}]; n != s.Count {
			t.Errorf("TermStats %+v: want count %d", s, n)
		}
	}
	top, err := db.TermStats(ctx, Filter{}, 2)
	if err != nil {
		t.Fatal(err)
	}
	per := map[int64]int{}
	for _, s := range top {
		per[s.OutletID]++
	}
	for o, n := range per {
		if n > 2 {
			t.Errorf("TermStats limit 2: outlet %d has %d rows", o, n)
		}
	}
}

func mustStats(t *testing.T, db *DB) []ArticleStat {
	t.Helper()
	s, err := db.ArticleStats(context.Background(), Filter{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestMigrateEvidenceConverts puts a database's highlights back into the
// old evidence table and runs the conversion of migration 0007: every
// highlight, entry count and aggregate must read as before.
func TestMigrateEvidenceConverts(t *testing.T) {
	// SQLite only: no PostgreSQL database predates 0007.
	ctx := context.Background()
	db := openSQLiteTemp(t)
	importEvidenceArticles(t, db, 60)
	importGenerated(t, db, rand.New(rand.NewPCG(5, 6)), 1000, 30, 7)
	before := oldEvidenceRows(t, db)
	countsBefore, err := db.EntryHitCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	createOldEvidence(t, tx, before)
	for _, q := range []string{"DELETE FROM article_evidence", "DELETE FROM entry_hits"} {
		if _, err := tx.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := migrateEvidence(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	after := oldEvidenceRows(t, db)
	if len(before) == 0 || !reflect.DeepEqual(after, before) {
		t.Errorf("after conversion %d highlights differ from the %d before", len(after), len(before))
	}
	countsAfter, err := db.EntryHitCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(countsAfter, countsBefore) {
		t.Errorf("entry hit counts after conversion %v, want %v", countsAfter, countsBefore)
	}
	var n int
	db.read.QueryRow("SELECT count(*) FROM sqlite_master WHERE name LIKE 'evidence%' AND name NOT LIKE 'evidence_keys%'").Scan(&n)
	if n != 0 {
		t.Errorf("%d evidence tables or indexes left after conversion, want 0", n)
	}
	checkAggregates(t, db, "after conversion")
}

func TestDataVersionSeesRescore(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	importEvidenceArticles(t, db, 3)
	v1, err := db.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	an := genEvidenceArticle(rand.New(rand.NewPCG(1, 1)), 0).Analysis
	if err := db.ReplaceAnalyses(ctx, map[int64]*Analysis{1: an}); err != nil {
		t.Fatal(err)
	}
	v2, err := db.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v1 == v2 {
		t.Errorf("data version %q unchanged by a rescore", v1)
	}
	checkAggregates(t, db, "after rescore")
}

// BenchmarkEvidence measures the evidence reads behind the article,
// evidence and lexicon pages; -evidence-db runs them on a real database.
func BenchmarkEvidence(b *testing.B) {
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
		importEvidenceArticles(b, db, 2000)
	}
	var last int64
	if err := db.read.QueryRow("SELECT max(article_id) FROM article_evidence").Scan(&last); err != nil {
		b.Fatal(err)
	}
	b.Run("ArticleEvidence", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.ArticleEvidence(ctx, last); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("HitsL1FirstPage", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.Hits(ctx, HitFilter{Signal: "L1", Voice: "own", Limit: 101}); err != nil {
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
	b.Run("TermStats", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.TermStats(ctx, Filter{}, 60); err != nil {
				b.Fatal(err)
			}
		}
	})
}

package store

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestMigrateTablesCoverSchema compares migrate-db's table list with the
// tables a fresh SQLite database has, so a migration adding a table fails
// here until the table is listed, and checks the list's order: every
// foreign key points at its own table or one copied before it.
func TestMigrateTablesCoverSchema(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	all, err := sqliteTables(ctx, db.read)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range all {
		if !sqliteOnlyTable(n) {
			got = append(got, n)
		}
	}
	pos := map[string]int{}
	var want []string
	for i, tb := range migrateTables {
		want = append(want, tb.name)
		pos[tb.name] = i
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("schema tables %v\nmigrate-db copies %v", got, want)
	}
	for _, tb := range migrateTables {
		rows, err := db.read.QueryContext(ctx, `SELECT "table" FROM pragma_foreign_key_list(?)`, tb.name)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var ref string
			if err := rows.Scan(&ref); err != nil {
				t.Fatal(err)
			}
			if pos[ref] > pos[tb.name] {
				t.Errorf("%s refers to %s, which is copied after it", tb.name, ref)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRowHashSeparatesValues(t *testing.T) {
	// Each pair of rows must hash differently: values are tagged with
	// their type and length.
	tests := []struct {
		name string
		a, b []any
	}{
		{"split text", []any{"ab", "c"}, []any{"a", "bc"}},
		{"null and empty", []any{nil}, []any{""}},
		{"int and text", []any{int64(1)}, []any{"1"}},
		{"text and bytes", []any{"x"}, []any{[]byte("x")}},
		{"zero and false", []any{int64(0)}, []any{false}},
		{"int and float", []any{int64(1)}, []any{1.0}},
		{"row boundary", []any{"a", nil}, []any{"a"}},
	}
	hashRows := func(vals []any) string {
		h := newRowHash()
		for _, v := range vals {
			h.add(v)
		}
		h.endRow()
		return h.sum()
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ga, gb := hashRows(tt.a), hashRows(tt.b); ga == gb {
				t.Errorf("%v and %v both hash to %s", tt.a, tt.b, ga)
			}
		})
	}
}

func TestNormalise(t *testing.T) {
	tests := []struct {
		in      any
		kind    colKind
		want    any
		wantErr bool
	}{
		{int64(7), kindInt, int64(7), false},
		{int32(7), kindInt, int64(7), false},
		{"42", kindInt, int64(42), false},
		{"lots", kindInt, nil, true},
		{2.5, kindInt, nil, true},
		{3.0, kindInt, int64(3), false},
		{int64(1), kindBool, true, false},
		{int64(2), kindBool, nil, true},
		{"é", kindText, "é", false},
		{[]byte("raw"), kindText, "raw", false},
		{"raw", kindBytes, []byte("raw"), false},
		{int64(2), kindFloat, 2.0, false},
		{nil, kindInt, nil, false},
	}
	for _, tt := range tests {
		got, err := normalise(tt.in, tt.kind)
		if (err != nil) != tt.wantErr {
			t.Errorf("normalise(%#v, %d) error %v, want error %v", tt.in, tt.kind, err, tt.wantErr)
			continue
		}
		if b, ok := got.([]byte); ok {
			got = "bytes:" + string(b)
			tt.want = "bytes:" + string(tt.want.([]byte))
		}
		if got != tt.want {
			t.Errorf("normalise(%#v, %d) = %#v, want %#v", tt.in, tt.kind, got, tt.want)
		}
	}
}

// migrateFixture fills every table of a SQLite database with a few rows
// written for this test, with the values a copy gets wrong most easily:
// NULLs, non-ASCII text, blobs, an article pointing at a later article, and
// text keys whose byte order differs from a locale's order.
const migrateFixture = `
INSERT INTO outlets (id, name, domain, notes) VALUES (1, 'Daily Ledger', 'ledger.example', ''), (7, 'Le Monde Ünï', '', 'notes ''quoted''');
INSERT INTO stories (id, key, title) VALUES (3, 'budget', 'Budget'), (4, 'Zebra', '');
INSERT INTO batches (id, created_at, source, demo) VALUES (2, '2026-01-01T00:00:00Z', 'in.jsonl', 0), (5, '2026-01-02T00:00:00Z', '', 1);
INSERT INTO articles (id, outlet_id, story_id, batch_id, title, url, text, content_hash, imported_at, syndicated_of, analysed, words, suggested_story, near_duplicate_of)
VALUES (10, 1, 3, 2, 'First', 'https://ledger.example/1', 'The council met. "We disagree," she said.', 'h10', '2026-01-01T00:00:00Z', NULL, 1, 7, '', 12),
       (11, 7, NULL, 2, 'Deuxième', '', 'Le conseil — s''est réuni.', 'h11', '2026-01-01T00:00:00Z', 10, 0, 0, 'sugg', NULL),
       (12, 7, 4, 5, '', '', 'Tab	and newline
in text', 'h12', '2026-01-02T00:00:00Z', NULL, 1, 4, '', NULL);
INSERT INTO lexicon_versions (version, created_at, entries, packs) VALUES ('v1', '2026-01-01T00:00:00Z', 12, 'core');
INSERT INTO evidence_keys (id, signal, category, entry) VALUES (1, 'L1', 'loaded', 'core.slam'), (2, 'N1', '', 'core.regime');
INSERT INTO article_evidence (article_id, data) VALUES (10, X'00FF10205C0A'), (12, X'');
INSERT INTO entry_hits (key_id, article_id, n, own) VALUES (1, 10, 2, 1), (2, 12, 1, 0);
INSERT INTO quotes (id, article_id, start, "end", kind, speaker, speaker_group, verb, verb_class, words) VALUES (1, 10, 17, 31, 'direct', 'she', 'unnamed', 'said', 'neutral', 2);
INSERT INTO article_counts (article_id, signal, count) VALUES (10, 'L1', 2), (10, 'Q1', 1), (12, 'L1', 1);
INSERT INTO article_frames (article_id, frame, cues, present) VALUES (10, 'conflict', 1, 1);
INSERT INTO meta (key, value) VALUES ('blind_salt', 'abc'), ('Zeta', '1'), ('alpha', '2'), ('Émile', '3'), ('fts_dirty', '1');
INSERT INTO sessions (id_hash, role, csrf, created_at, expires_at) VALUES ('b', 'admin', 'c1', '2026-01-01T00:00:00Z', '2099-01-01T00:00:00Z'), ('A', 'viewer', 'c2', '2026-01-01T00:00:00Z', '2099-01-01T00:00:00Z');
INSERT INTO lexicon_local_packs (id, body, disabled, updated_at) VALUES ('mine', '@pack mine', 0, '2026-01-01T00:00:00Z');
INSERT INTO lexicon_local_entries (id, pack, body, disabled, updated_at) VALUES ('mine.x', 'mine', 'id: mine.x', 1, '2026-01-01T00:00:00Z');
INSERT INTO lexicon_history (id, version, created_at, change) VALUES (4, 'v1', '2026-01-01T00:00:00Z', 'added mine.x');
INSERT INTO rescore_jobs (id, version, started_at, total, done, state) VALUES (9, 'v1', '2026-01-01T00:00:00Z', 3, 3, 'done');
INSERT INTO lessons (id, story_key, created_at, revealed, extra_masks) VALUES (6, 'budget', '2026-01-01T00:00:00Z', 0, 'Ledger');
INSERT INTO lesson_outlets (lesson_id, outlet_id, letter) VALUES (6, 1, 'A'), (6, 7, 'B');
INSERT INTO exercises (id, code, lesson_id, article_id, created_at, expires_at, closed) VALUES (8, 'K7Q2', 6, 10, '2026-01-01T00:00:00Z', '2099-01-01T00:00:00Z', 0);
INSERT INTO exercise_students (id, exercise_id, token_hash, csrf, nickname, joined_at) VALUES (20, 8, 't1', 'c', 'Ana', '2026-01-01T00:00:00Z'), (21, 8, 't2', 'c', '', '2026-01-01T00:00:00Z');
INSERT INTO exercise_marks (student_id, start, "end", reason) VALUES (20, 4, 11, 'L1'), (20, 0, 3, 'N1');
INSERT INTO outlet_article_totals VALUES (1, 3, '', 1, 1, 7, 5, 2, 1), (7, 0, '', 1, 0, 0, 0, 0, 0);
INSERT INTO outlet_signal_totals VALUES (1, 3, '', 'L1', 2, 1);
INSERT INTO outlet_frame_totals VALUES (1, 3, '', 'conflict', 1, 1, 1);
INSERT INTO outlet_quote_totals VALUES (1, 3, '', 'unnamed', 'neutral', 1, 2);
INSERT INTO outlet_term_totals VALUES (1, 'L1', 'core.slam', 'slammed', 2);
INSERT INTO outlet_sums VALUES (1, 1, 1, 7, 5, 2, 1), (7, 1, 0, 0, 0, 0, 0);
INSERT INTO outlet_signal_sums VALUES (1, 'L1', 2, 1);
INSERT INTO outlet_frame_sums VALUES (1, 'conflict', 1, 1, 1);
INSERT INTO outlet_quote_sums VALUES (1, 'unnamed', 'neutral', 1, 2);
INSERT INTO outlet_story_rates VALUES (1, 3, '', 1, 1, 5, 2, 0, 0, 0), (7, 0, '', 1, 0, 0, 0, 0, 0, 0);
INSERT INTO outlet_rate_moments VALUES (1, 'L1', 1, 5, 25, 2, 4, 10), (1, 'E2', 1, 5, 25, 0, 0, 0);
INSERT INTO entry_totals VALUES ('core.slam', 2, 1), ('core.regime', 1, 1);
INSERT INTO story_sums VALUES (3, 1, 1), (4, 1, 1);
INSERT INTO outlet_month_rates VALUES ('', 1, 3, 1, 1, 7, 5, 2, 1, 2, 0, 0, 0), ('', 7, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO outlet_month_signal_sums VALUES ('', 1, 'L1', 2, 1);
INSERT INTO outlet_month_frame_sums VALUES ('', 1, 'conflict', 1, 1, 1);
INSERT INTO outlet_month_quote_sums VALUES ('', 1, 'unnamed', 'neutral', 1, 2);
INSERT INTO feeds (id, url, outlet, next_poll_at, created_at, state, lease_owner, lease_until) VALUES (30, 'https://ledger.example/feed', 'Daily Ledger', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '{"etag":"x"}', NULL, NULL);
INSERT INTO import_jobs (id, token, source, inputs, started_at, state, stored, result, owner, heartbeat_at, finished_at) VALUES (2, 'tok', 'web upload: a.txt', '["a.txt","b.csv"]', '2026-01-01T00:00:00Z', 'done', 3, '{"imported":2}', 'host/1/ab', '2026-01-01T00:00:01Z', '2026-01-01T00:00:01Z');
INSERT INTO import_job_failures (job_id, seq, source, line, error) VALUES (2, 0, 'b.csv', 4, 'no text: «vide»'), (2, 1, 'a.txt', 0, 'binary');
INSERT INTO login_failures (client, failures, last_failure_ms) VALUES ('admin 203.0.113.7', 6, 1767225600123), ('viewer 2001:db8::/64', 1, 1767225600000);
`

// migrateSource makes a SQLite database holding migrateFixture.
func migrateSource(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "src.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.write.ExecContext(ctx, migrateFixture); err != nil {
		t.Fatal(err)
	}
	for _, tb := range migrateTables {
		var n int
		if err := db.read.QueryRowContext(ctx, "SELECT count(*) FROM "+tb.name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Errorf("the fixture leaves %s empty: add rows so its copy is tested", tb.name)
		}
	}
	return path
}

func TestMigrateDB(t *testing.T) {
	ctx := context.Background()
	src := migrateSource(t)
	dst, drop, err := NewPGSchema(ctx, pgBase(t), "mig")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(drop)

	// Every table takes the drop-and-rebuild path for its indexes here.
	defer func(n int64) { bulkIndexRows = n }(bulkIndexRows)
	bulkIndexRows = 1

	var progress []MigrateProgress
	rep, err := MigrateDB(ctx, src, dst, MigrateOptions{Progress: func(p MigrateProgress) { progress = append(progress, p) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Tables) != len(migrateTables) {
		t.Errorf("report covers %d tables, want %d", len(rep.Tables), len(migrateTables))
	}
	verified := 0
	for _, p := range progress {
		if p.Phase == "verify" && p.Finished {
			verified++
		}
	}
	if verified != len(migrateTables) {
		t.Errorf("progress reported %d tables verified, want %d", verified, len(migrateTables))
	}
	rows := map[string]int64{}
	for _, tr := range rep.Tables {
		rows[tr.Table] = tr.Rows
	}
	if rows["articles"] != 3 || rows["meta"] != 4 || rows["exercise_marks"] != 2 {
		t.Errorf("rows copied: articles %d, meta %d, exercise_marks %d; want 3, 4 (fts_dirty left out), 2",
			rows["articles"], rows["meta"], rows["exercise_marks"])
	}

	conn, err := pgx.Connect(ctx, dst)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	// The indexes dropped for the copy are all back, as a fresh schema has them.
	fresh, dropFresh, err := NewPGSchema(ctx, pgBase(t), "migfresh")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(dropFresh)
	freshDB, err := Open(ctx, fresh)
	if err != nil {
		t.Fatal(err)
	}
	freshDB.Close()
	if got, want := pgIndexDefs(t, dst), pgIndexDefs(t, fresh); !slices.Equal(got, want) {
		t.Errorf("indexes after the copy:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Values read back as PostgreSQL holds them, beside what the fixture wrote.
	var title, text string
	var synd *int64
	if err := conn.QueryRow(ctx, "SELECT title, text, syndicated_of FROM articles WHERE id = 11").Scan(&title, &text, &synd); err != nil {
		t.Fatal(err)
	}
	if title != "Deuxième" || text != "Le conseil — s'est réuni." || synd == nil || *synd != 10 {
		t.Errorf("article 11 = %q, %q, syndicated_of %v; want Deuxième, its text, 10", title, text, synd)
	}
	var near *int64
	if err := conn.QueryRow(ctx, "SELECT near_duplicate_of FROM articles WHERE id = 10").Scan(&near); err != nil {
		t.Fatal(err)
	}
	if near == nil || *near != 12 {
		t.Errorf("article 10 near_duplicate_of = %v, want 12 (a later article)", near)
	}
	var blob []byte
	if err := conn.QueryRow(ctx, "SELECT data FROM article_evidence WHERE article_id = 10").Scan(&blob); err != nil {
		t.Fatal(err)
	}
	if string(blob) != "\x00\xff\x10\x20\\\n" {
		t.Errorf("evidence blob = %x, want 00ff10205c0a", blob)
	}
	// The sequences continue after the copied IDs.
	for _, tt := range []struct {
		table, insert string
		want          int64
	}{
		{"outlets", "INSERT INTO outlets (name) VALUES ('New') RETURNING id", 8},
		{"articles", "INSERT INTO articles (outlet_id, batch_id, text, content_hash, imported_at) VALUES (1, 2, 'x', 'hx', '') RETURNING id", 13},
		{"feeds", "INSERT INTO feeds (url, next_poll_at, created_at) VALUES ('u', '', '') RETURNING id", 31},
	} {
		var id int64
		if err := conn.QueryRow(ctx, tt.insert).Scan(&id); err != nil {
			t.Fatalf("%s: %v", tt.table, err)
		}
		if id != tt.want {
			t.Errorf("next %s id = %d, want %d", tt.table, id, tt.want)
		}
	}

	// A target holding rows is refused, and left alone.
	if _, err := MigrateDB(ctx, src, dst, MigrateOptions{}); !errors.Is(err, ErrTargetNotEmpty) {
		t.Fatalf("second migrate: %v, want ErrTargetNotEmpty", err)
	}
	// --replace empties it first: the new rows above go, the copy is equal.
	rep2, err := MigrateDB(ctx, src, dst, MigrateOptions{Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, tr := range rep2.Tables {
		if tr.Checksum != rep.Tables[i].Checksum || tr.Rows != rep.Tables[i].Rows {
			t.Errorf("replaced %s: %d rows %s, first copy %d rows %s", tr.Table, tr.Rows, tr.Checksum, rep.Tables[i].Rows, rep.Tables[i].Checksum)
		}
	}

	// A failure part-way (a value the target cannot hold, in the last table)
	// rolls everything back: the target keeps the previous copy.
	bad, err := Open(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bad.write.ExecContext(ctx, "UPDATE feeds SET failures = 'lots'"); err != nil {
		t.Fatal(err)
	}
	bad.Close()
	_, err = MigrateDB(ctx, src, dst, MigrateOptions{Replace: true})
	if err == nil || !strings.Contains(err.Error(), "feeds") {
		t.Fatalf("migrate with a bad value: %v, want an error naming feeds", err)
	}
	var n int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM articles").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("after the failed migrate the target has %d articles, want the previous copy's 3", n)
	}
}

// pgIndexDefs lists the index definitions of the schema a URL uses, with
// the schema's name left out so two schemas compare.
func pgIndexDefs(t *testing.T, u string) []string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT replace(indexdef, schemaname || '.', '') FROM pg_indexes
		WHERE schemaname = current_schema() ORDER BY indexname`)
	if err != nil {
		t.Fatal(err)
	}
	defs, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if len(defs) < 10 {
		t.Fatalf("%d indexes in %s, want the schema's", len(defs), u)
	}
	return defs
}

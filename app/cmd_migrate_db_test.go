package app

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/framelens/framelens/app/internal/sharedtest"
	"github.com/framelens/framelens/store"
)

// pgTestServer returns the PostgreSQL server named by FRAMELENS_TEST_PG, or
// skips the test (fails it under CI=true, where .ci/run starts one).
func pgTestServer(t *testing.T) string {
	t.Helper()
	u := os.Getenv("FRAMELENS_TEST_PG")
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("FRAMELENS_TEST_PG is not set: .ci/run must start PostgreSQL and set it")
		}
		t.Skip("FRAMELENS_TEST_PG not set: no PostgreSQL server to test against")
	}
	return u
}

// pgTestSchema makes a fresh schema on the test server, dropped on cleanup.
func pgTestSchema(t *testing.T, prefix string) string {
	t.Helper()
	u, drop, err := store.NewPGSchema(context.Background(), pgTestServer(t), prefix)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(drop)
	return u
}

// TestMigrateDBMovesInstallation migrates a SQLite installation holding the
// seeds, a class with a student's marks, an admin session and a feed to
// PostgreSQL, and checks that the copy exports the same articles, has the
// same totals and still serves the class, the session and the feed.
func TestMigrateDBMovesInstallation(t *testing.T) {
	ctx := context.Background()
	manifest := filepath.Join(sharedtest.Path(t, "seeds"), "manifest.csv")
	dst := pgTestSchema(t, "migdb")
	src := filepath.Join(t.TempDir(), "src.db")
	if _, errOut, code := run(t, "", "import", "--db", src, "--manifest", manifest, "--quiet"); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	now := time.Now().UTC().Truncate(time.Second)
	st, err := store.Open(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	outs, err := st.Outlets(ctx)
	if err != nil || len(outs) == 0 {
		t.Fatalf("outlets %v, %v", outs, err)
	}
	stories, err := st.Stories(ctx)
	if err != nil || len(stories) == 0 {
		t.Fatalf("stories %v, %v", stories, err)
	}
	letters := map[int64]string{}
	for i, o := range outs {
		letters[o.ID] = string(rune('A' + i))
	}
	lesson, err := st.CreateLesson(ctx, stories[0].Key, letters, now)
	if err != nil {
		t.Fatal(err)
	}
	arts, err := st.StoryArticles(ctx, stories[0].Key, 1)
	if err != nil || len(arts) == 0 {
		t.Fatalf("story articles %v, %v", arts, err)
	}
	ex, err := st.CreateExercise(ctx, store.Exercise{Code: "MIG7", LessonID: lesson, Article: arts[0].ID, Created: now, Expires: now.Add(24 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	student, err := st.JoinExercise(ctx, ex, "tokenhash", "csrf", "Ana", now)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SubmitMarks(ctx, student, []store.Mark{{Start: 0, End: 3, Reason: "L1"}}, now); err != nil {
		t.Fatal(err)
	}
	if err := st.CreateSession(ctx, "sessionhash", store.Session{Role: "admin", CSRF: "c", Created: now, Expires: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddFeed(ctx, store.NewFeed{URL: "https://news.example/feed.xml", Outlet: "News"}, now); err != nil {
		t.Fatal(err)
	}
	wantTot, err := st.Totals(ctx)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}

	out, errOut, code := run(t, "", "migrate-db", "--from", "sqlite:"+src, "--to", dst, "--json", "--quiet")
	if code != 0 {
		t.Fatalf("migrate-db: exit %d: %s", code, errOut)
	}
	var rep store.MigrateReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("migrate-db --json printed %q: %v", out, err)
	}
	rows := map[string]int64{}
	for _, tr := range rep.Tables {
		rows[tr.Table] = tr.Rows
	}
	for table, want := range map[string]int64{"articles": int64(wantTot.Articles), "exercises": 1, "exercise_marks": 1, "sessions": 1, "feeds": 1} {
		if rows[table] != want {
			t.Errorf("%s: %d rows migrated, want %d", table, rows[table], want)
		}
	}

	// The same export from both databases.
	wantExp, errOut, code := run(t, "", "export", "--db", src)
	if code != 0 {
		t.Fatalf("export sqlite: %s", errOut)
	}
	gotExp, errOut, code := run(t, "", "export", "--db", dst)
	if code != 0 {
		t.Fatalf("export postgres: %s", errOut)
	}
	if gotExp != wantExp || strings.Count(gotExp, "\n") != wantTot.Articles {
		t.Errorf("export from PostgreSQL differs from SQLite's (%d vs %d bytes)", len(gotExp), len(wantExp))
	}

	pg, err := store.Open(ctx, dst)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	gotTot, err := pg.Totals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if gotTot != wantTot {
		t.Errorf("totals on PostgreSQL %+v, on SQLite %+v", gotTot, wantTot)
	}
	gotEx, err := pg.ExerciseByCode(ctx, "MIG7", now)
	if err != nil || gotEx.ID != ex || gotEx.LessonID != lesson {
		t.Errorf("exercise MIG7 on PostgreSQL = %+v, %v; want id %d, lesson %d", gotEx, err, ex, lesson)
	}
	marks, err := pg.StudentMarks(ctx, student)
	if err != nil || len(marks) != 1 || marks[0].Reason != "L1" {
		t.Errorf("student marks on PostgreSQL = %+v, %v", marks, err)
	}
	if s, err := pg.Session(ctx, "sessionhash", now); err != nil || s.Role != "admin" {
		t.Errorf("session on PostgreSQL = %+v, %v", s, err)
	}
	if f, err := pg.FeedByURL(ctx, "https://news.example/feed.xml"); err != nil || f.Outlet != "News" {
		t.Errorf("feed on PostgreSQL = %+v, %v", f, err)
	}
	// New rows get fresh IDs after the copied ones.
	if _, err := pg.AddFeed(ctx, store.NewFeed{URL: "https://news.example/other.xml"}, now); err != nil {
		t.Errorf("add a feed after the migration: %v", err)
	}

	// Again into the same target: refused, and it says how to go on.
	_, errOut, code = run(t, "", "migrate-db", "--from", src, "--to", dst, "--quiet")
	if code == 0 || !strings.Contains(errOut, "--replace") {
		t.Errorf("migrate-db into a full target: exit %d, %q; want a refusal naming --replace", code, errOut)
	}
}

func TestMigrateDBUsage(t *testing.T) {
	src := filepath.Join(t.TempDir(), "src.db")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"no flags", []string{"migrate-db"}, 2, "give --from and --to"},
		{"target not postgres", []string{"migrate-db", "--from", src, "--to", "other.db"}, 1, "postgres://"},
		{"source postgres", []string{"migrate-db", "--from", "postgres://x@h/db", "--to", "postgres://y@h/db"}, 1, "must be a SQLite database"},
		{"missing source", []string{"migrate-db", "--from", "sqlite:" + src, "--to", "postgres://y@h/db"}, 1, "src.db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, code := run(t, "", tt.args...)
			if code != tt.wantCode || !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, tt.wantCode, tt.wantErr)
			}
		})
	}
}

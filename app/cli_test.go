package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/framelens/framelens/app/internal/sharedtest"
	"github.com/framelens/framelens/store"
)

// TestMain lets a test run this test binary as the framelens program
// (FRAMELENS_TEST_MAIN=1), so crash tests can kill a real import process.
func TestMain(m *testing.M) {
	if os.Getenv("FRAMELENS_TEST_MAIN") == "1" {
		os.Exit(Run(context.Background(), os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// run runs framelens in-process and returns its output and exit code.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	getenv := func(k string) string { return "" }
	code = Run(context.Background(), args, getenv, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func decodeSummary(t *testing.T, out string) importStats {
	t.Helper()
	var s importStats
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("import --json printed %q: %v", out, err)
	}
	return s
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// sentences are our own filler prose for generated articles.
var sentences = []string{
	"The council met on Tuesday to discuss the proposed budget for the coming year.",
	"Officials said the plan would raise fares on the city's buses by ten cents.",
	"Critics say the so-called reform is a massive giveaway to developers.",
	"\"We have no choice,\" the mayor told reporters after the vote.",
	"Residents reportedly packed the hall and slammed the decision as reckless.",
	"The landmark agreement was signed by both ministers in the capital.",
	"According to the ministry, 42 percent of households were affected by the floods.",
	"A mother of three described waiting for hours in the heat for water.",
}

func genArticle(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(sentences[r.Intn(len(sentences))])
		if i%4 == 3 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func TestHelpForEveryCommand(t *testing.T) {
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			out, _, code := run(t, "", c.name, "--help")
			if code != 0 || !strings.Contains(out, "Usage: framelens "+c.name) {
				t.Fatalf("%s --help: exit %d, output %q; want exit 0 and a usage line", c.name, code, out)
			}
		})
	}
	out, _, code := run(t, "", "--help")
	if code != 0 || !strings.Contains(out, "Commands:") {
		t.Fatalf("--help: exit %d, output %q", code, out)
	}
	if _, errOut, code := run(t, "", "no-such-command"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Fatalf("unknown command: exit %d, stderr %q; want 2 and a message", code, errOut)
	}
}

func TestImportBadInputsAreReportedAndTheRestImported(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "binary.txt"), []byte("PK\x03\x04\x00\x00\x00\x00\x01\x02binary\x00data"))
	writeFile(t, filepath.Join(in, "empty.txt"), nil)
	writeFile(t, filepath.Join(in, "latin1.txt"), []byte("Caf\xe9 owners said the new rules were unfair.\n"))
	writeFile(t, filepath.Join(in, "good.md"), []byte("---\ntitle: Council passes budget\noutlet: Example Times\nstory: budget\n---\n"+genArticle(rand.New(rand.NewSource(1)), 12)))
	var jl strings.Builder
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 4; i++ {
		if i == 2 {
			jl.WriteString("{\"title\": \"broken\", \"text\": \n")
			continue
		}
		b, _ := json.Marshal(map[string]string{"title": fmt.Sprintf("Row %d", i), "outlet": "Wire", "text": genArticle(r, 10)})
		jl.Write(b)
		jl.WriteByte('\n')
	}
	writeFile(t, filepath.Join(in, "rows.jsonl"), []byte(jl.String()))
	db := testDBPath(t, "t.db")

	// Flags after the path must work too.
	out, errOut, code := run(t, "", "import", in, "--db", db, "--json", "--quiet")
	if code != 1 {
		t.Fatalf("exit code %d, want 1 when inputs failed; stderr %q", code, errOut)
	}
	s := decodeSummary(t, out)
	if s.Imported != 4 {
		t.Errorf("imported %d, want 4 (good.md and three good JSONL rows)", s.Imported)
	}
	want := map[string]int{"binary.txt": 0, "empty.txt": 0, "latin1.txt": 0, "rows.jsonl": 3}
	got := map[string]int{}
	for _, f := range s.Failed {
		got[filepath.Base(f.Source)] = f.Line
		if f.Error == "" {
			t.Errorf("failure for %s has no message", f.Source)
		}
	}
	for name, line := range want {
		if l, ok := got[name]; !ok || l != line {
			t.Errorf("failure for %s: line %d (reported %v), want line %d", name, l, ok, line)
		}
	}
	if len(s.Failed) != len(want) {
		t.Errorf("failures = %+v, want exactly %d", s.Failed, len(want))
	}
	for _, name := range []string{"binary.txt", "empty.txt", "latin1.txt", "rows.jsonl:3"} {
		if !strings.Contains(errOut, name) {
			t.Errorf("stderr does not name %s: %q", name, errOut)
		}
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if !st.Postgres() { // PRAGMA integrity_check is SQLite's
		if err := st.IntegrityCheck(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
}

func TestImportTwiceAndExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	r := rand.New(rand.NewSource(3))
	var csv strings.Builder
	csv.WriteString("headline,body,site,date\n")
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&csv, "\"Story %d, with a comma\",\"%s\",Outlet %d,2024-05-0%d\n", i, strings.ReplaceAll(genArticle(r, 8), "\"", "\"\""), i%2, i+1)
	}
	src := filepath.Join(dir, "a.csv")
	writeFile(t, src, []byte(csv.String()))
	db := testDBPath(t, "a.db")
	out, errOut, code := run(t, "", "import", "--db", db, "--json", "--map", "title=headline", src)
	if code != 0 {
		t.Fatalf("import: exit %d, %s", code, errOut)
	}
	if s := decodeSummary(t, out); s.Imported != 5 || s.Batch == 0 {
		t.Fatalf("first import = %+v, want 5 imported in a batch", s)
	}
	out, _, _ = run(t, "", "import", "--db", db, "--json", "--map", "title=headline", src)
	if s := decodeSummary(t, out); s.Imported != 0 || s.Duplicates != 5 {
		t.Fatalf("second import = %+v, want 0 imported, 5 duplicates", s)
	}
	exp, errOut, code := run(t, "", "export", "--db", db)
	if code != 0 {
		t.Fatalf("export: exit %d, %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(exp), "\n")
	if len(lines) != 5 {
		t.Fatalf("export printed %d lines, want 5", len(lines))
	}
	var row map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &row); err != nil {
		t.Fatal(err)
	}
	for _, k := range exportColumns {
		if _, ok := row[k]; !ok || row[k] == nil {
			t.Errorf("export row lacks %q or it is null: %v", k, row)
		}
	}
	if _, ok := row["id"].(float64); !ok {
		t.Errorf("export id = %#v, want a number", row["id"])
	}
	if row["published"] != "2024-05-01T00:00:00Z" || row["title"] != "Story 0, with a comma" {
		t.Errorf("export row = %v", row)
	}
	// What goes out comes back in: the export imports into a new database
	// and exports again identically.
	expFile := filepath.Join(dir, "export.jsonl")
	writeFile(t, expFile, []byte(exp))
	db2 := testDBPath(t, "b.db")
	out, _, code = run(t, "", "import", "--db", db2, "--json", expFile)
	if s := decodeSummary(t, out); code != 0 || s.Imported != 5 {
		t.Fatalf("re-import of export = %+v (exit %d), want 5", s, code)
	}
	exp2, _, _ := run(t, "", "export", "--db", db2)
	if exp2 != exp {
		t.Fatalf("export after round trip differs:\n%s\nvs\n%s", exp2, exp)
	}
	csvOut, _, code := run(t, "", "export", "--db", db, "--format", "csv", "--outlet", "Outlet 1")
	if code != 0 || !strings.HasPrefix(csvOut, "id,title,outlet,story,url,author,published,text,suggested_story\n") || strings.Count(csvOut, "Outlet 1") != 2 {
		t.Fatalf("csv export for one outlet: %q", csvOut)
	}
	// Undo the import.
	out, _, code = run(t, "", "delete", "--db", db, "--batch", "1")
	if code != 0 || !strings.Contains(out, "5 articles") {
		t.Fatalf("delete --batch 1: exit %d, %q", code, out)
	}
}

func TestImportSeedsWithManifest(t *testing.T) {
	manifest := filepath.Join(sharedtest.Path(t, "seeds"), "manifest.csv")
	db := testDBPath(t, "seeds.db")
	out, errOut, code := run(t, "", "import", "--db", db, "--manifest", manifest, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if s := decodeSummary(t, out); s.Imported != 5 || len(s.Failed) != 0 {
		t.Fatalf("seeds = %+v, want 5 imported", s)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	tot, err := st.Totals(context.Background())
	st.Close()
	if err != nil || tot.Articles != 5 || tot.Outlets != 5 || tot.Stories != 1 {
		t.Fatalf("totals = %+v (%v), want 5 articles, 5 outlets, 1 story", tot, err)
	}
	out, _, _ = run(t, "", "import", "--db", db, "--manifest", manifest, "--json")
	if s := decodeSummary(t, out); s.Imported != 0 || s.Duplicates != 5 {
		t.Fatalf("seeds again = %+v, want 0 imported, 5 duplicates", s)
	}
}

// TestImportKilledLeavesWholeArticles kills a real import process at random
// moments and checks that the database opens, passes the integrity check and
// holds only whole articles: each stored article has its counts and frames.
// SQLite only: it watches the file's write-ahead log and checks the file
// (the replica test kills importers on PostgreSQL).
func TestImportKilledLeavesWholeArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the kill test in -short mode")
	}
	dir := t.TempDir()
	r := rand.New(rand.NewSource(4))
	var jl bytes.Buffer
	for i := 0; i < 3000; i++ {
		b, _ := json.Marshal(map[string]string{"title": fmt.Sprintf("Article %d", i), "outlet": fmt.Sprintf("Outlet %d", i%7), "text": fmt.Sprintf("Item %d. ", i) + genArticle(r, 30)})
		jl.Write(b)
		jl.WriteByte('\n')
	}
	src := filepath.Join(dir, "big.jsonl")
	writeFile(t, src, jl.Bytes())
	for round := 0; round < 4; round++ {
		db := filepath.Join(dir, fmt.Sprintf("k%d.db", round))
		cmd := exec.Command(os.Args[0], "import", "--db", db, "--quiet", src)
		cmd.Env = append(os.Environ(), "FRAMELENS_TEST_MAIN=1")
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill once the first transactions have reached the log, at a random
		// moment of the import that follows.
		st := killAndReopen(t, cmd, db, 1<<20, time.Duration(r.Intn(4000))*time.Millisecond)
		tot, _ := st.Totals(context.Background())
		partial, err := st.PartialArticles(context.Background())
		st.Close()
		if err != nil {
			t.Fatal(err)
		}

		if partial != 0 {
			t.Fatalf("round %d: %d articles without their analysis", round, partial)
		}
		t.Logf("round %d: killed with %d whole articles stored", round, tot.Articles)
	}
}

// killAndReopen waits until db's write-ahead log holds more than walBytes
// (the process has committed), waits delay more, SIGKILLs cmd, and returns
// the database reopened, after checking it opens and passes the integrity
// check.
func killAndReopen(t *testing.T, cmd *exec.Cmd, db string, walBytes int64, delay time.Duration) *store.DB {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if fi, err := os.Stat(db + "-wal"); err == nil && fi.Size() > walBytes {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(delay)
	cmd.Process.Kill()
	cmd.Wait()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatalf("database does not open after the kill: %v", err)
	}
	if err := st.IntegrityCheck(context.Background()); err != nil {
		st.Close()
		t.Fatal(err)
	}
	return st
}

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
	"testing"
	"time"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/assets"
)

// TestRescoreKilledLeavesConsistentArticles kills a real rescore at random
// moments, many times, and checks every article each time: the database
// passes the integrity check, and each article's stored counts and evidence
// are exactly what its recorded lexicon version gives for its text. SQLite
// only: it checks the file after killing its one writer (the replica test
// kills processes on PostgreSQL).
func TestRescoreKilledLeavesConsistentArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the kill test in -short mode")
	}
	dir := t.TempDir()
	// Lexicon B: the built-in packs plus one pack of our own, so the two
	// versions give different evidence.
	lexB := filepath.Join(dir, "lexB")
	if err := os.CopyFS(lexB, assets.Lexicon()); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(lexB, "zz-test.lex"), []byte("@pack zz-test\n@title Test\n\nid: zz.council\nforms: council\nsignal: L1\ncategory: loaded\nexplain: A test entry.\n"))
	lexA, err := openLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	lexBL, err := openLexicon(lexB)
	if err != nil {
		t.Fatal(err)
	}
	byVersion := map[string]*analysis.Lexicon{lexA.Version(): lexA, lexBL.Version(): lexBL}

	r := rand.New(rand.NewSource(6))
	var jl bytes.Buffer
	for i := 0; i < 1500; i++ {
		b, _ := json.Marshal(map[string]string{"outlet": fmt.Sprintf("O%d", i%5), "text": fmt.Sprintf("Case %d. ", i) + genArticle(r, 25)})
		jl.Write(b)
		jl.WriteByte('\n')
	}
	src := filepath.Join(dir, "in.jsonl")
	writeFile(t, src, jl.Bytes())
	base := filepath.Join(dir, "base.db")
	if _, errOut, code := run(t, "", "import", "--db", base, "--quiet", src); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	for round := 0; round < 5; round++ {
		db := filepath.Join(dir, fmt.Sprintf("r%d.db", round))
		copyDB(t, base, db)
		cmd := exec.Command(os.Args[0], "rescore", "--db", db, "--quiet", "--lexicon", lexB)
		cmd.Env = append(os.Environ(), "FRAMELENS_TEST_MAIN=1")
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill at a random moment after the first batch reached the log.
		st := killAndReopen(t, cmd, db, 0, time.Duration(r.Intn(1500))*time.Millisecond)
		scores, err := st.Scores(context.Background())
		st.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(scores) != 1500 {
			t.Fatalf("round %d: %d scored articles, want 1500", round, len(scores))
		}
		atB := 0
		for _, s := range scores {
			lex := byVersion[s.LexiconVersion]
			if lex == nil {
				t.Fatalf("round %d: article %d has unknown lexicon version %q", round, s.ID, s.LexiconVersion)
			}
			if lex == lexBL {
				atB++
			}
			want := scoreText(lex, s.Text)
			for sig, n := range want.Counts {
				if s.Counts[sig] != n {
					t.Fatalf("round %d: article %d at %s: stored %s = %d, its lexicon gives %d", round, s.ID, s.LexiconVersion, sig, s.Counts[sig], n)
				}
			}
			if s.Evidence != len(want.Evidence) {
				t.Fatalf("round %d: article %d: %d evidence rows stored, its lexicon gives %d", round, s.ID, s.Evidence, len(want.Evidence))
			}
		}
		t.Logf("round %d: killed with %d of 1500 articles rescored", round, atB)
	}
}

// copyDB copies a closed database file (no WAL pending) to dst.
func copyDB(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dst, b)
	if _, err := os.Stat(src + "-wal"); err == nil {
		w, _ := os.ReadFile(src + "-wal")
		writeFile(t, dst+"-wal", w)
	}
}

package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framelens/framelens/store"
)

// TestBackupWhileImporting is SQLite only: backup copies a SQLite file
// (on PostgreSQL it points to pg_dump, TestBackupRefusesPostgres).
func TestBackupWhileImporting(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "live.db")
	r := rand.New(rand.NewSource(5))
	var jl bytes.Buffer
	for i := 0; i < 1500; i++ {
		b, _ := json.Marshal(map[string]string{"outlet": fmt.Sprintf("O%d", i%3), "text": fmt.Sprintf("Number %d. ", i) + genArticle(r, 20)})
		jl.Write(b)
		jl.WriteByte('\n')
	}
	src := filepath.Join(dir, "in.jsonl")
	writeFile(t, src, jl.Bytes())
	// A first import so the database exists, then a second one running while
	// the backup is taken.
	if _, errOut, code := run(t, "", "import", "--db", db, "--quiet", "--outlet", "Seed", filepath.Join(dir, "in.jsonl")); code != 0 {
		t.Fatalf("first import: %s", errOut)
	}
	src2 := filepath.Join(dir, "in2.jsonl")
	writeFile(t, src2, bytes.ReplaceAll(jl.Bytes(), []byte("Number"), []byte("Count")))
	done := make(chan int)
	go func() {
		var out, errb bytes.Buffer
		done <- Run(context.Background(), []string{"import", "--db", db, "--quiet", src2}, func(string) string { return "" }, strings.NewReader(""), &out, &errb)
	}()
	dest := filepath.Join(dir, "copy.db")
	out, errOut, code := run(t, "", "backup", "--db", db, dest)
	if code != 0 || !strings.Contains(out, "integrity check ok") {
		t.Fatalf("backup: exit %d, %q %q", code, out, errOut)
	}
	if c := <-done; c != 0 {
		t.Fatalf("import during backup: exit %d", c)
	}
	st, err := store.Open(context.Background(), dest)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.IntegrityCheck(context.Background()); err != nil {
		t.Fatal(err)
	}
	tot, _ := st.Totals(context.Background())
	if tot.Articles < 1500 || tot.Articles > 3000 {
		t.Fatalf("backup holds %d articles, want between 1500 and 3000", tot.Articles)
	}
	if n, _ := st.PartialArticles(context.Background()); n != 0 {
		t.Fatalf("backup holds %d partial articles", n)
	}
	// A second backup to the same path is refused without --force.
	if _, errOut, code := run(t, "", "backup", "--db", db, dest); code == 0 || !strings.Contains(errOut, "--force") {
		t.Fatalf("backup over an existing file: exit %d, %q; want a refusal naming --force", code, errOut)
	}
	if _, _, code := run(t, "", "backup", "--db", db, "--force", dest); code != 0 {
		t.Fatalf("backup --force: exit %d", code)
	}
}

func TestBackupRefusesPostgres(t *testing.T) {
	// No server is needed: the URL alone says there is no file to copy.
	_, errOut, code := run(t, "", "backup", "--db", "postgres://fl:hunter2@127.0.0.1:1/fl", filepath.Join(t.TempDir(), "copy.db"))
	if code != 1 || !strings.Contains(errOut, "pg_dump") || strings.Contains(errOut, "hunter2") {
		t.Fatalf("backup of a PostgreSQL URL: exit %d, stderr %q; want 1 and a pointer to pg_dump without the password", code, errOut)
	}
}

func TestConfigMasksSecrets(t *testing.T) {
	secretFile := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(secretFile, []byte("hunter2-long-secret\n"), 0o600)
	cases := []struct {
		name    string
		env     map[string]string
		want    []string
		wantErr string
	}{
		{"defaults", nil, []string{"framelens.db", "127.0.0.1:8080", "(not set)"}, ""},
		{"env", map[string]string{"FRAMELENS_DB": "/data/x.db", "FRAMELENS_ADMIN_PASSWORD": "hunter2-long-secret"}, []string{"/data/x.db", "******** (set)"}, ""},
		{"file", map[string]string{"FRAMELENS_ADMIN_PASSWORD_FILE": secretFile}, []string{"******** (set)", "_FILE"}, ""},
		{"postgres url", map[string]string{"FRAMELENS_DB": "postgres://fl:hunter2-long-secret@db.internal:5432/fl?sslmode=disable"},
			[]string{"postgres://fl:xxxxx@db.internal:5432/fl?sslmode=disable"}, ""},
		{"postgres password parameter", map[string]string{"FRAMELENS_DB": "postgresql://db.internal/fl?user=fl&password=hunter2-long-secret"},
			[]string{"postgresql://db.internal/fl?password=xxxxx&user=fl"}, ""},
		{"both", map[string]string{"FRAMELENS_ADMIN_PASSWORD": "a", "FRAMELENS_ADMIN_PASSWORD_FILE": secretFile}, nil, "use one"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := Run(context.Background(), []string{"config"}, func(k string) string { return c.env[k] }, strings.NewReader(""), &out, &errb)
			if c.wantErr != "" {
				if code == 0 || !strings.Contains(errb.String(), c.wantErr) {
					t.Fatalf("exit %d, stderr %q; want failure mentioning %q", code, errb.String(), c.wantErr)
				}
				return
			}
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			if strings.Contains(out.String(), "hunter2") {
				t.Fatalf("config printed the secret: %s", out.String())
			}
			for _, w := range c.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("config output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}

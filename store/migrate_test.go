package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
)

// TestUpgradeFromEveryEarlierSchema creates a database at each earlier
// schema version (the migrations up to it, as that release would have made
// it), puts an article in it, and opens it with this binary: every later
// migration must apply and the article must survive whole.
func TestUpgradeFromEveryEarlierSchema(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for upTo := 1; upTo < len(ms); upTo++ {
		t.Run(ms[upTo-1].name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "old.db")
			raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)")
			if err != nil {
				t.Fatal(err)
			}
			raw.SetMaxOpenConns(1)
			for _, m := range ms[:upTo] {
				if _, err := raw.Exec(m.sql); err != nil {
					t.Fatalf("%s: %v", m.name, err)
				}
				if step := migrationSteps[m.version]; step != nil {
					tx, err := raw.Begin()
					if err != nil {
						t.Fatal(err)
					}
					if err := step(context.Background(), tx); err != nil {
						t.Fatalf("%s: %v", m.name, err)
					}
					if err := tx.Commit(); err != nil {
						t.Fatal(err)
					}
				}
			}
			for _, q := range []string{
				fmt.Sprintf("PRAGMA user_version = %d", upTo),
				"INSERT INTO outlets (id, name) VALUES (1, 'Old Outlet')",
				"INSERT INTO stories (id, key) VALUES (1, 'old-story')",
				"INSERT INTO batches (id, created_at, source) VALUES (1, '2026-01-01T00:00:00Z', 'old')",
				`INSERT INTO articles (id, outlet_id, story_id, batch_id, title, text, content_hash, imported_at, analysed, words)
				 VALUES (1, 1, 1, 1, 'Old title', 'Old text about a dam.', 'h1', '2026-01-01T00:00:00Z', 1, 5)`,
				"INSERT INTO articles_fts (rowid, title, text) VALUES (1, 'Old title', 'Old text about a dam.')",
				"INSERT INTO article_counts (article_id, signal, count) VALUES (1, 'L1', 1)",
			} {
				if _, err := raw.Exec(q); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			// The highlight as that version stored it: a row before 0007, a blob since.
			tx, err := raw.Begin()
			if err != nil {
				t.Fatal(err)
			}
			if upTo < 7 {
				_, err = tx.Exec("INSERT INTO evidence (article_id, start, end, signal) VALUES (1, 0, 3, 'L1')")
			} else {
				err = writeEvidence(context.Background(), tx, &rowWriter{stmts: map[string]*sql.Stmt{}}, keyDict{}, 1, "Old text about a dam.",
					[]Evidence{{Start: 0, End: 3, Signal: "L1", Weight: 1}})
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			raw.Close()

			db, err := Open(context.Background(), path)
			if err != nil {
				t.Fatalf("upgrade from version %d: %v", upTo, err)
			}
			defer db.Close()
			var v int
			db.read.QueryRow("PRAGMA user_version").Scan(&v)
			if v != len(ms) {
				t.Fatalf("after upgrade user_version = %d, want %d", v, len(ms))
			}
			if err := db.IntegrityCheck(context.Background()); err != nil {
				t.Fatal(err)
			}
			var rows []string
			err = db.Export(context.Background(), ExportFilter{}, func(a *ExportArticle) error {
				rows = append(rows, a.Title+"|"+a.Outlet+"|"+a.Story+"|"+a.Text)
				return nil
			})
			if err != nil || len(rows) != 1 || rows[0] != "Old title|Old Outlet|old-story|Old text about a dam." {
				t.Fatalf("after upgrade the article reads %q (%v)", rows, err)
			}
			var hits int
			db.read.QueryRow("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'dam'").Scan(&hits)
			ev, err := db.ArticleEvidence(context.Background(), 1)
			if err != nil {
				t.Fatal(err)
			}
			want := EvidenceRow{ID: HitID(1, 0), ArticleID: 1, Start: 0, End: 3, Signal: "L1", Weight: 1}
			if hits != 1 || len(ev) != 1 || ev[0] != want {
				t.Fatalf("after upgrade: %d search hits, evidence %+v; want 1 and %+v", hits, ev, want)
			}
		})
	}
}

package app

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"testing"

	"github.com/framelens/framelens/store"
)

// TestLexiconEditReachesOtherReplicas edits the lexicon through one server
// and checks that a second server on the same database takes the edit on
// its next sync, and that a sync with nothing new changes nothing.
func TestLexiconEditReachesOtherReplicas(t *testing.T) {
	ctx := context.Background()
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	db2, err := store.Open(ctx, testDBPath(t, "admin.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db2.Close() })
	base := f.srv.lexBase.lex
	srv2, err := newServer(db2, base, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if err := srv2.loadLocalLexicon(ctx, lexiconBase{fsys: os.DirFS(f.lexDir), lex: base}); err != nil {
		t.Fatal(err)
	}
	v0 := srv2.lex.Version()

	b := f.adminBrowser()
	tok := b.csrf("/admin/lexicon")
	r := b.post("/admin/lexicon/entry", url.Values{"csrf": {tok}, "new": {"1"}, "id": {"local.blasted"}, "pack": {"test-loaded"},
		"forms": {"blasted"}, "signal": {"L3"}, "explain": {"\"Blasted\" makes criticism an explosion."}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("add entry: status %d: %.300s", r.status, r.body)
	}
	v1 := f.srv.lex.Version()
	if v1 == v0 {
		t.Fatal("the edit made no new version")
	}
	if got := srv2.lex.Version(); got != v0 {
		t.Fatalf("second server before its sync: version %s, want still %s", got, v0)
	}
	for i, want := range []string{v1, v1} { // the second sync finds nothing new
		if err := srv2.syncLexicon(ctx); err != nil {
			t.Fatal(err)
		}
		if got := srv2.lex.Version(); got != want {
			t.Errorf("sync %d: second server's version %s, want %s", i+1, got, want)
		}
	}
	if e, ok := srv2.lex.Entry("local.blasted"); !ok || e.Signal != "L3" {
		t.Errorf("second server's entry local.blasted = %+v (%v), want the edit's L3 entry", e, ok)
	}
	// The server that made the edit finds its own change already loaded.
	if err := f.srv.syncLexicon(ctx); err != nil {
		t.Fatal(err)
	}
	if got := f.srv.lex.Version(); got != v1 {
		t.Errorf("first server after a sync: version %s, want %s", got, v1)
	}
}

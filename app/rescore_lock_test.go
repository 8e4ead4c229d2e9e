package app

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/framelens/framelens/store"
)

// TestRescoreOneAtATimeAcrossReplicas: while another replica (a second
// store.DB on the same PostgreSQL database) holds the rescore lock, neither
// the web rescore nor the rescore command starts; once it is released, both
// do.
func TestRescoreOneAtATimeAcrossReplicas(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	if !f.db.Postgres() {
		t.Skip("SQLite: one serve process owns the database and its own flag keeps one rescore at a time (TestLexiconEditRescore)")
	}
	ctx := context.Background()
	path := testDBPath(t, "admin.db")
	other, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	release, err := other.LockRescore(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b := f.adminBrowser()
	tok := b.csrf("/admin/lexicon")
	if r := b.post("/admin/rescore", url.Values{"csrf": {tok}}); r.status != http.StatusConflict || !strings.Contains(r.body, "already running") {
		t.Errorf("web rescore while another replica rescores: status %d, want 409 saying one runs: %.300s", r.status, r.body)
	}
	if f.srv.rescoring.Load() {
		t.Error("the refused rescore left this server's flag set")
	}
	if _, errOut, code := run(t, "", "rescore", "--db", path, "--quiet"); code != 1 || !strings.Contains(errOut, "already running") {
		t.Errorf("rescore command while another replica rescores: exit %d, stderr %q; want 1 saying one runs", code, errOut)
	}
	release()
	if r := b.post("/admin/rescore", url.Values{"csrf": {tok}}); r.status != http.StatusSeeOther {
		t.Fatalf("web rescore after the release: status %d: %.300s", r.status, r.body)
	}
	waitRescore(t, f)
	if _, errOut, code := run(t, "", "rescore", "--db", path, "--quiet"); code != 0 {
		t.Errorf("rescore command after the web rescore ended: exit %d, stderr %q", code, errOut)
	}
	jobs, err := f.db.RescoreJobs(ctx, 1)
	if err != nil || len(jobs) != 1 || jobs[0].State != "done" {
		t.Errorf("rescore jobs = %+v (%v), want the one web job, done", jobs, err)
	}
}

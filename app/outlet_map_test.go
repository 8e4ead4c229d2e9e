package app

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/framelens/framelens/app/ingest/web"
)

// TestOutletMapEditsApplyWithoutRestart: a running server's feed polls use
// the outlet mapping file as it is at each poll: after an edit of the file
// by hand, after an admin merge written into it, and keeping the last good
// version (shown on the outlets page) while the file does not parse.
func TestOutletMapEditsApplyWithoutRestart(t *testing.T) {
	ctx := context.Background()
	mapFile := filepath.Join(t.TempDir(), "outlets.map")
	writeMap := func(data string) {
		t.Helper()
		tmp := mapFile + ".tmp"
		if err := os.WriteFile(tmp, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, mapFile); err != nil {
			t.Fatal(err)
		}
	}
	writeMap("# wires\n\"Example Wire\" => Wire One\n")
	old := outletMapPath
	outletMapPath = func() string { return mapFile }
	t.Cleanup(func() { outletMapPath = old })

	fs := newFeedServer(t, "Example Wire", "Storm closes port")
	f, b := feedFixture(t)
	var err error
	if f.srv.outletMap, err = loadOutletMap(mapFile); err != nil { // as configureAdmin does
		t.Fatal(err)
	}
	subscribe(t, f, b, url.Values{"url": {fs.url()}})
	fp := f.srv.newFeedPoller(30 * time.Minute)
	// poll adds an entry to the feed and polls it; it returns the new
	// article's outlet.
	poll := func(title string) string {
		t.Helper()
		fs.set(func(fs *feedServer) { fs.items = append([]string{title}, fs.items...) })
		f.advance(30 * time.Minute)
		pollDue(t, fp, 1)
		for _, a := range articles(t, f) {
			if a.Title == title {
				return a.Outlet
			}
		}
		t.Fatalf("entry %q was not imported", title)
		return ""
	}
	outlets := func() string {
		list, err := f.db.Outlets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, o := range list {
			names = append(names, fmt.Sprintf("%s:%d", o.Name, o.Articles))
		}
		sort.Strings(names)
		return strings.Join(names, " ")
	}

	steps := []struct {
		name, entry, want string
		edit              func()
	}{
		{"the file as the server started with it", "Harbour reopens", "Wire One", func() {}},
		{"edited by hand", "Ferries resume", "Wire Two", func() { writeMap("\"Example Wire\" => Wire Two\n") }},
		{"an edit that does not parse keeps the last good version", "Bridge closes", "Wire Two",
			func() { writeMap("\"Example Wire\" => Wire Three\nno arrow here\n") }},
		{"merged on the admin page into the first outlet, written into the file", "Bridge reopens", "Wire One", func() {
			writeMap("\"Example Wire\" => Wire Two\n")
			one, err := f.db.OutletByName(ctx, "Wire One")
			if err != nil {
				t.Fatal(err)
			}
			two, err := f.db.OutletByName(ctx, "Wire Two")
			if err != nil {
				t.Fatal(err)
			}
			merge := url.Values{"csrf": {b.csrf("/admin/outlets")}, "from": {fmt.Sprint(two)}, "into": {fmt.Sprint(one)}, "map": {"1"}}
			if r := b.post("/admin/outlets/merge", merge); r.status != http.StatusSeeOther || !strings.Contains(r.header.Get("Location"), "map=written") {
				t.Fatalf("merge: status %d, location %q", r.status, r.header.Get("Location"))
			}
		}},
	}
	// The feed's first entry, polled before any step.
	pollDue(t, fp, 1)
	if got := articles(t, f)[0].Outlet; got != "Wire One" {
		t.Fatalf("first poll: outlet %q, want Wire One", got)
	}
	for _, s := range steps {
		s.edit()
		if got := poll(s.entry); got != s.want {
			t.Errorf("%s: the polled entry's outlet is %q, want %q (outlets now %s)", s.name, got, s.want, outlets())
		}
		if s.name == steps[2].name {
			r := b.get("/admin/outlets")
			if !strings.Contains(r.body, "The mapping file has an error") || !strings.Contains(r.body, "line 2") {
				t.Errorf("outlets page with a broken mapping file: the error is not shown")
			}
		}
	}
	if got, want := outlets(), "Wire One:5"; got != want {
		t.Errorf("outlets after the merge: %s, want %s", got, want)
	}
	if r := b.get("/admin/outlets"); strings.Contains(r.body, "The mapping file has an error") {
		t.Errorf("outlets page after the file was fixed still shows an error")
	}
	if got := web.ResolveOutlet("", "Example Wire", f.srv.outletMap); got != "Wire One" {
		t.Errorf("the server's mapping after the merge: %q, want Wire One", got)
	}
}

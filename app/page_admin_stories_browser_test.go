package app

import (
	"context"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserAdminCuration opens the story and outlet curation pages in
// Chromium as the admin, accepts a suggestion with the page's own form, and
// saves screenshots of both pages (testdata/screenshots).
func TestBrowserAdminCuration(t *testing.T) {
	bctx := browserCtx(t)
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	importEvents(t, f.db, f, damDay1)
	importEvents(t, f.db, f, damDay2)
	s := startSite(t, "curation", f.db, f.srv)

	admin := newUser(t, bctx, s, "admin", 1280, 900, false)
	admin.open("/login?as=admin&next=/admin/stories")
	admin.do("log in",
		chromedp.SetValue(chromedp.CSS(`input[name=password]`), adminPassword),
		chromedp.Click(chromedp.CSS(`form button[type=submit]`)))
	admin.waitFor("the stories page", `location.pathname === '/admin/stories' && document.readyState === 'complete'`)
	if n := eval[int](admin, `document.querySelectorAll('#suggestions article').length`); n != 2 {
		t.Errorf("stories page: %d suggestions, want 2 (the dam and the ferry strike)", n)
	}
	admin.shot("admin-stories-1280.png")
	admin.do("accept the first suggestion", chromedp.Click(chromedp.CSS(`#suggestions article form[action="/admin/stories/accept"] button`)))
	admin.waitFor("the confirmation", `!!document.querySelector('p.note-card[role=status]') && document.readyState === 'complete'`)
	if got := eval[int](admin, `document.querySelectorAll('#stories tbody tr').length`); got != 1 {
		t.Errorf("after accepting: %d stories listed, want 1", got)
	}
	stories, err := f.db.CuratedStories(context.Background())
	if err != nil || len(stories) != 1 || stories[0].Articles < 2 {
		t.Errorf("after accepting: stories %+v, %v; want one with its articles", stories, err)
	}
	admin.shot("admin-stories-accepted-1280.png")
	admin.open("/admin/stories/view?key=" + stories[0].Key)
	admin.waitFor("the story page", `document.readyState === 'complete'`)
	admin.shot("admin-story-1280.png")
	admin.open("/admin/outlets")
	admin.waitFor("the outlets page", `document.readyState === 'complete' && !!document.querySelector('form[action="/admin/outlets/merge"]')`)
	admin.shot("admin-outlets-1280.png")
	admin.check()
}

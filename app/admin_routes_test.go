package app

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
)

// adminArea reports whether a route is the admin's (the teacher's
// classroom included).
func adminArea(path string) bool {
	for _, p := range []string{"/admin/", "/api/admin/", "/class/", "/api/class/"} {
		if strings.HasPrefix(path+"/", p) {
			return true
		}
	}
	return false
}

// TestEveryAdminRouteProtectedAndDocumented walks the server's route table:
// every admin route is refused without an admin password set, asks an
// anonymous visitor to log in (403 for changes and the API), refuses a
// change from an admin session without the CSRF token, and is listed with
// its protection in docs/SECURITY.md's admin route table, so a new route
// cannot be added without saying how it is protected.
func TestEveryAdminRouteProtectedAndDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/SECURITY.md")
	if err != nil {
		t.Fatal(err)
	}
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	closed := newAdminFixture(t, fixtureOpts{}) // no admin password
	anon, admin := f.browser(), f.adminBrowser()
	fill := strings.NewReplacer(":id", "1", ":action", "poll", ":pack", "core", ":key", "x", ":code", "x")
	seen := map[string]bool{}
	n := 0
	for _, r := range f.app.GetRoutes(true) {
		if r.Method == http.MethodHead || !adminArea(r.Path) || seen[r.Method+r.Path] {
			continue
		}
		seen[r.Method+r.Path] = true
		n++
		route := r.Method + " " + r.Path
		if !strings.Contains(string(doc), "`"+route+"`") {
			t.Errorf("%s is not in docs/SECURITY.md's admin route table", route)
		}
		path := fill.Replace(r.Path)
		api := strings.HasPrefix(path, "/api/")
		if got := closed.browser().do(httptest.NewRequest(r.Method, path, nil)); got.status != http.StatusForbidden {
			t.Errorf("%s with no admin password set: status %d, want 403", route, got.status)
		}
		var got response
		if r.Method == http.MethodGet {
			got = anon.get(path)
		} else {
			got = anon.post(path, url.Values{"csrf": {anon.csrf("/login")}})
		}
		switch {
		case r.Method == http.MethodGet && !api:
			if got.status != http.StatusSeeOther || !strings.HasPrefix(got.header.Get("Location"), "/login?as=admin") {
				t.Errorf("%s anonymous: status %d to %q, want 303 to the admin login", route, got.status, got.header.Get("Location"))
			}
		default:
			if got.status != http.StatusForbidden {
				t.Errorf("%s anonymous: status %d, want 403", route, got.status)
			}
		}
		if r.Method != http.MethodGet {
			got := admin.post(path, url.Values{"outlet": {"1"}, "name": {"x"}})
			if isUploadPath(path) { // multipart forms: the token is checked before any file is read
				got = admin.postMultipart(path, []part{{name: "file", file: "a.txt", value: "A text."}})
			}
			if got.status != http.StatusForbidden {
				t.Errorf("%s as admin without the CSRF token: status %d, want 403", route, got.status)
			}
		}
	}
	if n < 40 {
		t.Errorf("%d admin routes found, want the whole table (40 or more)", n)
	}
}

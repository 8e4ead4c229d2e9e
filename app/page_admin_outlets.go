package app

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/app/ingest/web"
	"github.com/framelens/framelens/store"
)

// Admin curation of outlets: rename an outlet, and merge one outlet into
// another (its articles move, it is removed). A merge can also be written
// into the outlet mapping file (FRAMELENS_OUTLET_MAP), so that pages from
// the merged outlet's domains, or naming it as their site, land in the
// outlet kept at future imports: lines that mapped to the merged outlet
// now map to the one kept, and a line maps the merged outlet's domains and
// name to it; a rename can be written the same way. The file stays the user's: comments and lines are kept, the
// result is checked by the same parser before it replaces the file.

// outletMapPath is the outlet mapping file, "" when none is configured.
var outletMapPath = func() string { return os.Getenv("FRAMELENS_OUTLET_MAP") }

// adminOutletsPage lists the outlets with their forms.
type adminOutletsPage struct {
	Page
	CSRF     string
	Message  string
	Outlets  []store.OutletRow
	MapPath  string // the mapping file merges can be written to, "" when none
	MapError string // why the mapping file's latest version is not in use
}

func (s *server) handleAdminOutlets(c *fiber.Ctx) error {
	p := &adminOutletsPage{Page: s.basePage(c, "Outlets"), CSRF: s.csrfToken(c), Message: curationMessage(c),
		MapPath: outletMapPath()}
	p.Section = "admin"
	if err := s.outletMap.Err(); err != nil {
		p.MapError = err.Error()
	}
	var err error
	if p.Outlets, err = s.db.Outlets(c.UserContext()); err != nil {
		return err
	}
	return s.render(c, "admin_outlets", p)
}

func formOutlet(c *fiber.Ctx, field string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(c.FormValue(field)), 10, 64)
	if err != nil || id <= 0 {
		return 0, errBadRequest("Choose an outlet.")
	}
	return id, nil
}

func (s *server) handleOutletRename(c *fiber.Ctx) error {
	id, err := formOutlet(c, "outlet")
	if err != nil {
		return err
	}
	name := strings.Join(strings.Fields(c.FormValue("name")), " ")
	switch {
	case name == "":
		return errBadRequest("Give the outlet a name.")
	case len(name) > 200:
		return errBadRequest("The name is too long: at most 200 characters.")
	}
	before, err := s.db.Outlet(c.UserContext(), id)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return errBadRequest("That outlet is gone. Reload the page.")
		}
		return err
	}
	if err := s.db.RenameOutlet(c.UserContext(), id, name); err != nil {
		switch {
		case errors.Is(err, store.ErrExists):
			return errBadRequest("Another outlet is called %q: merge the two instead.", name)
		case errors.Is(err, store.ErrNotFound):
			return errBadRequest("That outlet is gone. Reload the page.")
		}
		return err
	}
	s.log.Info("renamed an outlet", "outlet", id)
	q := url.Values{"done": {"outlet-renamed"}}
	if path := outletMapPath(); path != "" && c.FormValue("map") == "1" && before.Name != name {
		// What mapped to the old name, and the old name as a site name, now give the new one.
		if err := addOutletMapping(path, before.Name, name, nil); err != nil {
			s.log.Error("write the outlet mapping", "file", path, "err", err)
			q.Set("map", "failed")
		} else {
			s.reloadOutletMap(path)
			q.Set("map", "written")
		}
	}
	return c.Redirect("/admin/outlets?"+q.Encode(), fiber.StatusSeeOther)
}

func (s *server) handleOutletMerge(c *fiber.Ctx) error {
	ctx := c.UserContext()
	from, err := formOutlet(c, "from")
	if err != nil {
		return err
	}
	into, err := formOutlet(c, "into")
	if err != nil {
		return err
	}
	if from == into {
		return errBadRequest("An outlet cannot be merged into itself: choose another outlet.")
	}
	// The domains are read before the merge moves the articles.
	hosts, err := s.db.OutletHosts(ctx, from)
	if err != nil {
		return err
	}
	m, err := s.db.MergeOutlets(ctx, from, into)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return errBadRequest("One of the outlets is gone. Reload the page.")
		}
		return err
	}
	s.log.Info("merged outlets", "from", m.From, "into", m.Into, "moved", m.Moved, "duplicates", m.Duplicates)
	q := url.Values{"done": {"outlet-merged"}, "n": {strconv.Itoa(m.Moved)}, "key": {m.Into}, "dups": {strconv.Itoa(m.Duplicates)}}
	if path := outletMapPath(); path != "" && c.FormValue("map") == "1" {
		if err := addOutletMapping(path, m.From, m.Into, hosts); err != nil {
			s.log.Error("write the outlet mapping", "file", path, "err", err)
			q.Set("map", "failed")
		} else {
			s.reloadOutletMap(path)
			q.Set("map", "written")
		}
	}
	return c.Redirect("/admin/outlets?"+q.Encode(), fiber.StatusSeeOther)
}

// reloadOutletMap makes the server's outlet mapping read the file at path
// now, when it is the file the server follows: the mapping would see the
// change at its next use anyway, unless the rewrite kept the file's size
// and modification time (two edits within the file system's clock tick).
// Other replicas sharing the file see it at their next import.
func (s *server) reloadOutletMap(path string) {
	if s.outletMap.Path() != path {
		return
	}
	if err := s.outletMap.Reload(); err != nil {
		s.log.Error("read the outlet mapping", "file", path, "err", err)
	}
}

// addOutletMapping rewrites the mapping file at path so that what resolved
// to outlet from resolves to into: lines mapping to from map to into, and
// one line maps from's hosts and name (those not mapped already) to into.
// The new file is parsed before it replaces the old one, atomically.
func addOutletMapping(path, from, into string, hosts []string) error {
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	var b strings.Builder
	for _, line := range strings.SplitAfter(string(old), "\n") {
		trimmed := strings.TrimSpace(line)
		if left, right, ok := strings.Cut(trimmed, "=>"); ok && !strings.HasPrefix(trimmed, "#") && strings.TrimSpace(right) == from {
			line = strings.TrimSpace(left) + " => " + into + "\n"
		}
		b.WriteString(line)
	}
	current, err := web.ParseMapping(strings.NewReader(b.String()))
	if err != nil {
		return fmt.Errorf("outlet mapping %s: %w", path, err)
	}
	// A key is mapped already when resolving it does not fall through to
	// the site name given.
	const probe = "\x00unmapped"
	var keys []string
	for _, h := range hosts {
		if strings.Contains(h, ".") && !strings.ContainsAny(h, " \"=>") && web.ResolveOutlet("https://"+h+"/", probe, current) == probe {
			keys = append(keys, h)
		}
	}
	if !strings.ContainsAny(from, "\"\n") && strings.TrimSpace(from) != "" && !strings.Contains(from, "=>") {
		if web.ResolveOutlet("", from, current) == strings.Join(strings.Fields(from), " ") {
			keys = append(keys, `"`+from+`"`)
		}
	}
	if len(keys) > 0 {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "# %s: outlet %q merged into %q\n%s => %s\n", time.Now().UTC().Format("2006-01-02"), from, into, strings.Join(keys, " "), into)
	}
	if _, err := web.ParseMapping(strings.NewReader(b.String())); err != nil {
		return fmt.Errorf("outlet mapping %s: the merged file would not parse: %w", path, err)
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".outlet-map-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.WriteString(b.String()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

package app

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/store"
)

// adminRoutes adds the login, the viewer gate and the admin pages. It is
// called first in the route table, so the gate runs before every page.
func (s *server) adminRoutes(app *fiber.App) {
	app.Use(s.guard)
	app.Get("/login", s.handleLoginForm)
	app.Post("/login", s.handleLogin)
	app.Post("/logout", s.handleLogout)

	admin := app.Group("/admin", s.requireAdmin)
	admin.Get("/", s.handleAdmin)
	admin.Get("/import", s.handleImportForm)
	admin.Post("/import", s.handleImport)
	admin.Get("/import/:id", s.handleImportJob)
	admin.Post("/batch/:id/delete", s.handleDeleteBatch)
	admin.Post("/article/delete", s.handleDeleteArticleForm)
	admin.Post("/article/:id/delete", s.handleDeleteArticle)
	admin.Get("/lexicon", s.handleAdminLexicon)
	admin.Get("/lexicon/entry", s.handleEntryForm)
	admin.Post("/lexicon/entry", s.handleEntrySave)
	admin.Post("/lexicon/entry/disable", s.handleEntryDisable)
	admin.Post("/lexicon/entry/revert", s.handleEntryRevert)
	admin.Post("/lexicon/pack", s.handlePackNew)
	admin.Post("/lexicon/pack/disable", s.handlePackDisable)
	admin.Post("/lexicon/pack/revert", s.handlePackRevert)
	admin.Post("/lexicon/import", s.handlePackImport)
	admin.Get("/lexicon/export/:pack", s.handlePackExport)
	admin.Post("/rescore", s.handleRescore)

	api := app.Group("/api/admin", s.requireAdmin)
	api.Get("/import/:id", s.apiImportJob)
	api.Get("/rescore", s.apiRescore)
	s.curationRoutes(admin)  // stories and outlets (page_admin_stories.go, page_admin_outlets.go)
	s.feedRoutes(admin, api) // feed subscriptions (page_admin_feeds.go)
}

// adminPage is the admin's start page.
type adminPage struct {
	Page
	CSRF           string
	Lexicon        string
	Stale          int
	Rescore        *store.RescoreJob
	Excerpts       bool
	ViewerPassword bool
}

func (s *server) handleAdmin(c *fiber.Ctx) error {
	ctx := c.UserContext()
	p := &adminPage{Page: s.basePage(c, "Admin"), CSRF: s.csrfToken(c), Lexicon: s.lex.Version(),
		Excerpts: s.sec.excerpts, ViewerPassword: s.sec.hasViewer}
	p.Section = "admin"
	n, err := s.db.CountStale(ctx, p.Lexicon)
	if err != nil {
		return err
	}
	p.Stale = n
	jobs, err := s.db.RescoreJobs(ctx, 1)
	if err != nil {
		return err
	}
	if len(jobs) > 0 {
		p.Rescore = &jobs[0]
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	return s.render(c, "admin", p)
}

// handleDeleteArticleForm deletes the article whose number the admin
// page's form gives.
func (s *server) handleDeleteArticleForm(c *fiber.Ctx) error {
	id, err := strconv.ParseInt(strings.TrimSpace(c.FormValue("article")), 10, 64)
	if err != nil || id <= 0 {
		return errBadRequest("Give the number of the article to delete (it is in the article's address, /article/NUMBER).")
	}
	if err := s.db.DeleteArticle(c.UserContext(), id); err != nil {
		return err
	}
	s.log.Info("deleted article from the web", "article", id)
	return c.Redirect(fmt.Sprintf("/admin/import?deleted=article-%d", id), fiber.StatusSeeOther)
}

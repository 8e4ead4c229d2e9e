package app

import (
	"github.com/gofiber/fiber/v2"
)

// routes is the one route table of the HTTP server. Every page has a JSON
// twin under /api/ (documented in docs/API.md); tables export as CSV with
// ?csv=TABLE on their page.
func (s *server) routes(app *fiber.App) {
	s.adminRoutes(app) // first: the viewer gate runs before every page (auth.go)
	app.Get("/healthz", s.handleHealthz)
	app.Get("/readyz", s.handleReadyz)

	app.Get("/", s.handleOverview)
	app.Get("/story/:key", s.handleStory)
	app.Get("/article/:id", s.handleArticle)
	app.Get("/outlet/:id", s.handleOutlet)
	app.Get("/terms", s.handleTerms)
	app.Get("/lexicon", s.handleLexicon)
	app.Get("/lexicon/:entry", s.handleLexiconEntry)
	app.Get("/evidence", s.handleEvidence)
	app.Get("/evidence.csv", s.handleEvidenceCSV)
	app.Get("/metrics.csv", s.handleMetricsCSV)
	app.Get("/api/overview", s.apiOverview)
	app.Get("/api/evidence", s.apiEvidence)
	app.Get("/api/article/:id", s.apiArticle)
	app.Get("/api/story/:key", s.apiStory)
	app.Get("/api/outlet/:id", s.apiOutlet)
	app.Get("/api/terms", s.apiTerms)
	app.Get("/api/lexicon", s.apiLexicon)
	app.Get("/api/lexicon/:entry", s.apiLexiconEntry)
	app.Get("/api/stories", s.apiStories)
	s.classRoutes(app) // classroom: lessons, presentation, worksheets, exercises, /join (page_class.go)

}

// handleHealthz answers while the process is up.
func (s *server) handleHealthz(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{"status": "ok"})
}

// handleReadyz answers 200 when the database answers a query, 503 otherwise.
func (s *server) handleReadyz(c *fiber.Ctx) error {
	if err := s.db.Ready(c.UserContext()); err != nil {
		s.log.Warn("not ready", "err", err)
		return c.Status(fiber.StatusServiceUnavailable).JSON(fiber.Map{"status": "unavailable"})
	}
	return c.JSON(fiber.Map{"status": "ready"})
}

package app

import "github.com/gofiber/fiber/v2"

// The JSON API: each handler returns the same data its page shows (the
// page struct without its layout fields), so the API and the pages cannot
// drift apart. docs/API.md documents the fields.

// apiOverview serves the overview's data.
func (s *server) apiOverview(c *fiber.Ctx) error {
	p, err := s.overview(c)
	if err != nil {
		return err
	}
	return c.JSON(p)
}

// apiArticle serves one article with its highlights, quotes and metrics.
func (s *server) apiArticle(c *fiber.Ctx) error {
	p, err := s.article(c)
	if err != nil {
		return err
	}
	return c.JSON(p)
}

// apiStory serves one story's comparison.
func (s *server) apiStory(c *fiber.Ctx) error {
	p, err := s.story(c)
	if err != nil {
		return err
	}
	return c.JSON(p)
}

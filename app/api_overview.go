package app

import "github.com/gofiber/fiber/v2"

// apiOverview serves the overview's data as JSON.
func (s *server) apiOverview(c *fiber.Ctx) error {
	p, err := s.overview(c)
	if err != nil {
		return err
	}
	return c.JSON(p)
}

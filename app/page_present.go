package app

import (
	"strings"

	"github.com/gofiber/fiber/v2"
)

// Presentation mode shows a lesson one panel per screen in large type for
// a classroom projector (1280×720 and up): the headlines side by side,
// each outlet's lead, the naming table and a chart. class.js moves between
// panels with the arrow keys, Page Up/Down and space, and Esc returns to
// the lesson page; without script the panels simply follow one another.

// presentPage is a lesson in presentation mode.
type presentPage struct {
	*lessonPage
	Back string
}

func (s *server) handlePresent(c *fiber.Ctx) error {
	p, _, err := s.lesson(c)
	if err != nil {
		return err
	}
	return s.renderRoot(c, "present", "present", &presentPage{lessonPage: p, Back: strings.TrimSuffix(p.Path, "/present")})
}

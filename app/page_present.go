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
	Back   string
	Naming [][]slideNaming // the naming table, a few actors per slide
}

// slideNaming is one actor's row on a slide: the first few names in each
// column (loaded names come first), and how many more there are.
type slideNaming struct {
	Actor string
	Cells []slideCell
}

type slideCell struct {
	Names []namingTerm
	More  int
}

// Limits of one naming slide, so it fits a 1280×720 screen in large type.
const (
	actorsPerSlide = 3
	namesPerCell   = 3
)

func (s *server) handlePresent(c *fiber.Ctx) error {
	p, _, err := s.lesson(c)
	if err != nil {
		return err
	}
	pp := &presentPage{lessonPage: p, Back: strings.TrimSuffix(p.Path, "/present")}
	var slide []slideNaming
	for _, r := range p.Naming {
		sn := slideNaming{Actor: r.Actor}
		for _, c := range r.Cells {
			sc := slideCell{Names: c.Names}
			if len(sc.Names) > namesPerCell {
				sc.Names, sc.More = sc.Names[:namesPerCell], len(sc.Names)-namesPerCell
			}
			sn.Cells = append(sn.Cells, sc)
		}
		slide = append(slide, sn)
		if len(slide) == actorsPerSlide {
			pp.Naming, slide = append(pp.Naming, slide), nil
		}
	}
	if len(slide) > 0 {
		pp.Naming = append(pp.Naming, slide)
	}
	return s.renderRoot(c, "present", "present", pp)
}

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

// apiOutlet serves one outlet's profile.
func (s *server) apiOutlet(c *fiber.Ctx) error {
	p, err := s.outlet(c)
	if err != nil {
		return err
	}
	return c.JSON(p)
}

// apiTerms serves a term search.
func (s *server) apiTerms(c *fiber.Ctx) error {
	p, err := s.terms(c)
	if err != nil {
		return err
	}
	return c.JSON(p)
}

// apiLexicon serves the lexicon's packs and the entries matching the query.
func (s *server) apiLexicon(c *fiber.Ctx) error {
	p, err := s.lexicon(c)
	if err != nil {
		return err
	}
	return c.JSON(p)
}

// apiLexiconEntry serves one entry and the articles it hits.
func (s *server) apiLexiconEntry(c *fiber.Ctx) error {
	p, err := s.lexiconEntry(c)
	if err != nil {
		return err
	}
	return c.JSON(p)
}

// apiStories lists the stories with their coverage.
func (s *server) apiStories(c *fiber.Ctx) error {
	v, err := s.view(c)
	if err != nil {
		return err
	}
	stories, err := s.stories(c.UserContext())
	if err != nil {
		return err
	}
	out := make([]storyItem, 0, len(stories))
	for _, st := range stories {
		out = append(out, storyItem{Key: st.Key, Title: v.text(st.Title), Articles: st.Articles, Outlets: st.Outlets, First: st.First})
	}
	return c.JSON(fiber.Map{"stories": out})
}

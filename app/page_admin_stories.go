package app

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/store"
)

// Admin curation of stories: the suggested stories (what clustering
// proposes for articles with no story) with their articles, and the
// stories (imported or accepted). The admin accepts a suggestion (it
// becomes a story with a key and title), splits articles out (into a new
// or existing story, or out of every story), merges two stories or
// suggestions, and renames a story (its title: keys stay, so links,
// lessons and exports keep working). Every change is one transaction in
// store/stories.go that keeps the aggregates exact.

// curationRoutes adds the story and outlet curation pages to the admin
// group.
func (s *server) curationRoutes(admin fiber.Router) {
	admin.Get("/stories", s.handleAdminStories)
	admin.Get("/stories/view", s.handleAdminStory)
	admin.Post("/stories/accept", s.handleStoryAccept)
	admin.Post("/stories/split", s.handleStorySplit)
	admin.Post("/stories/merge", s.handleStoryMerge)
	admin.Post("/stories/rename", s.handleStoryRename)
	admin.Get("/outlets", s.handleAdminOutlets)
	admin.Post("/outlets/rename", s.handleOutletRename)
	admin.Post("/outlets/merge", s.handleOutletMerge)
}

// suggestionsPerPage bounds the suggestions listed on one page.
const suggestionsPerPage = 20

// adminStoriesPage lists suggestions and stories.
type adminStoriesPage struct {
	Page
	CSRF        string
	Message     string
	Suggestions []suggestionView
	Total       int
	Offset      int
	Next, Prev  string // links to the next and previous pages of suggestions
	Stories     []store.CuratedStory
}

// suggestionView is a suggestion with what its forms are prefilled with.
type suggestionView struct {
	store.Suggestion
	NewKey   string // the key accepting proposes: the suggested key without "suggested-"
	NewTitle string // the title accepting proposes: the first article's
}

// adminStoryPage is one story or suggestion with its articles.
type adminStoryPage struct {
	Page
	CSRF       string
	Message    string
	Key        string
	Suggested  bool
	Origin     string
	StoryTitle string
	Articles   []store.CurationArticle
	Stories    []store.CuratedStory // merge targets
}

func (s *server) handleAdminStories(c *fiber.Ctx) error {
	ctx := c.UserContext()
	p := &adminStoriesPage{Page: s.basePage(c, "Stories"), CSRF: s.csrfToken(c), Message: curationMessage(c)}
	p.Section = "admin"
	p.Offset = max(0, c.QueryInt("from", 0))
	sugs, total, err := s.db.Suggestions(ctx, p.Offset, suggestionsPerPage)
	if err != nil {
		return err
	}
	p.Total = total
	for _, sg := range sugs {
		v := suggestionView{Suggestion: sg, NewKey: strings.TrimPrefix(sg.Key, "suggested-")}
		if len(sg.Articles) > 0 {
			v.NewTitle = sg.Articles[0].Title
		}
		p.Suggestions = append(p.Suggestions, v)
	}
	if p.Offset+suggestionsPerPage < total {
		p.Next = fmt.Sprintf("/admin/stories?from=%d", p.Offset+suggestionsPerPage)
	}
	if p.Offset > 0 {
		p.Prev = fmt.Sprintf("/admin/stories?from=%d", max(0, p.Offset-suggestionsPerPage))
	}
	if p.Stories, err = s.db.CuratedStories(ctx); err != nil {
		return err
	}
	return s.render(c, "admin_stories", p)
}

func (s *server) handleAdminStory(c *fiber.Ctx) error {
	ctx := c.UserContext()
	ref := store.StoryRef{Key: c.Query("key"), Suggested: c.Query("suggested") == "1"}
	if ref.Key == "" {
		return errBadRequest("Give the story's key.")
	}
	p := &adminStoryPage{Page: s.basePage(c, "Story "+ref.Key), CSRF: s.csrfToken(c), Message: curationMessage(c),
		Key: ref.Key, Suggested: ref.Suggested}
	p.Section = "admin"
	if ref.Suggested {
		p.Title = "Suggested story " + ref.Key
	} else {
		origin, err := s.db.StoryOrigin(ctx, ref.Key)
		if err != nil {
			return err
		}
		p.Origin = origin
		st, err := s.db.Story(ctx, ref.Key)
		if err != nil {
			return err
		}
		p.StoryTitle = st.Title
	}
	var err error
	if p.Articles, err = s.db.CurationArticles(ctx, ref); err != nil {
		return err
	}
	if len(p.Articles) == 0 {
		return store.ErrNotFound
	}
	if p.Stories, err = s.db.CuratedStories(ctx); err != nil {
		return err
	}
	return s.render(c, "admin_story", p)
}

// curationMessage is the confirmation a redirect after a change asks for.
func curationMessage(c *fiber.Ctx) string {
	n := c.QueryInt("n", 0)
	plural := func(n int, one, many string) string {
		if n == 1 {
			return one
		}
		return many
	}
	switch c.Query("done") {
	case "accepted":
		return fmt.Sprintf("Accepted: %d %s now in story %s.", n, plural(n, "article is", "articles are"), c.Query("key"))
	case "split":
		if c.Query("key") == "" {
			return fmt.Sprintf("Split: %d %s out of every story; clustering leaves %s alone.", n, plural(n, "article is", "articles are"), plural(n, "it", "them"))
		}
		return fmt.Sprintf("Split: %d %s now in story %s.", n, plural(n, "article is", "articles are"), c.Query("key"))
	case "merged":
		return fmt.Sprintf("Merged: %d %s moved into %s.", n, plural(n, "article", "articles"), c.Query("key"))
	case "renamed":
		return "Renamed. The key stays the same, so links and lessons keep working."
	case "outlet-renamed":
		msg := "Outlet renamed."
		switch c.Query("map") {
		case "written":
			msg += " The outlet mapping now gives the new name for what gave the old one."
		case "failed":
			msg += " The outlet mapping could not be written (see the server log): future imports may create the old name again."
		}
		return msg
	case "outlet-merged":
		msg := fmt.Sprintf("Merged: %d %s moved into %s.", n, plural(n, "article", "articles"), c.Query("key"))
		if d := c.QueryInt("dups", 0); d > 0 {
			msg += fmt.Sprintf(" %d %s the same text as one of its articles and %s removed (one article per outlet and text).",
				d, plural(d, "article had", "articles had"), plural(d, "was", "were"))
		}
		switch c.Query("map") {
		case "written":
			msg += " The outlet mapping now sends the merged outlet's domains and name there too."
		case "failed":
			msg += " The outlet mapping could not be written (see the server log): future imports may create the merged outlet again."
		}
		return msg
	}
	return ""
}

// storyError turns the store's refusals into messages for the admin.
func storyError(err error, key string) error {
	switch {
	case errors.Is(err, store.ErrExists):
		return errBadRequest("A story with the key %q exists already: choose another key, or merge into that story.", key)
	case errors.Is(err, store.ErrNotFound):
		return errBadRequest("There is nothing to change: the story or articles are gone, or were changed by someone else. Reload the page.")
	}
	return err
}

// storyKey checks a story key the admin typed: what import keys look
// like, at most 200 bytes, not a suggested key's prefix.
func storyKey(key string) (string, error) {
	key = strings.TrimSpace(key)
	switch {
	case key == "":
		return "", errBadRequest("Give the story a key (short, like port-strike-2024).")
	case len(key) > 200:
		return "", errBadRequest("The story key is too long: at most 200 characters.")
	case strings.HasPrefix(key, "suggested-") || key == store.NoSuggestion:
		return "", errBadRequest("Story keys starting with \"suggested-\" are kept for suggestions: choose another key.")
	case strings.ContainsAny(key, "\r\n\t"):
		return "", errBadRequest("The story key must be one line.")
	}
	return key, nil
}

func formTitle(c *fiber.Ctx) (string, error) {
	title := strings.Join(strings.Fields(c.FormValue("title")), " ")
	if len(title) > 500 {
		return "", errBadRequest("The title is too long: at most 500 characters.")
	}
	return title, nil
}

func storyRedirect(c *fiber.Ctx, back, done string, n int, key string) error {
	if back == "" {
		back = "/admin/stories"
	}
	sep := "?"
	if strings.Contains(back, "?") {
		sep = "&"
	}
	return c.Redirect(fmt.Sprintf("%s%sdone=%s&n=%d&key=%s", back, sep, done, n, url.QueryEscape(key)), fiber.StatusSeeOther)
}

func storyPath(key string) string { return "/admin/stories/view?key=" + url.QueryEscape(key) }

func (s *server) handleStoryAccept(c *fiber.Ctx) error {
	key, err := storyKey(c.FormValue("key"))
	if err != nil {
		return err
	}
	title, err := formTitle(c)
	if err != nil {
		return err
	}
	if title == "" {
		title = key
	}
	n, err := s.db.AcceptSuggestion(c.UserContext(), c.FormValue("suggested"), key, title)
	if err != nil {
		return storyError(err, key)
	}
	s.log.Info("accepted a suggested story", "suggested", c.FormValue("suggested"), "story", key, "articles", n)
	return storyRedirect(c, "/admin/stories", "accepted", n, key)
}

func (s *server) handleStorySplit(c *fiber.Ctx) error {
	var ids []int64
	for _, v := range c.Request().PostArgs().PeekMulti("article") {
		id, err := strconv.ParseInt(string(v), 10, 64)
		if err != nil || id <= 0 {
			return errBadRequest("Bad article number %q.", clipString(string(v), 20))
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return errBadRequest("Tick the articles to move out first.")
	}
	key := ""
	if c.FormValue("to") != "none" {
		var err error
		if key, err = storyKey(c.FormValue("key")); err != nil {
			return err
		}
	}
	title, err := formTitle(c)
	if err != nil {
		return err
	}
	if title == "" {
		title = key
	}
	n, err := s.db.MoveArticles(c.UserContext(), ids, key, title)
	if err != nil {
		return storyError(err, key)
	}
	s.log.Info("split articles out of a story", "to", key, "articles", n)
	back := "/admin/stories"
	if from := c.FormValue("from"); from != "" && c.FormValue("from_suggested") != "1" {
		back = storyPath(from)
		if _, err := s.db.StoryOrigin(c.UserContext(), from); err != nil {
			back = "/admin/stories" // the split emptied it
		}
	}
	return storyRedirect(c, back, "split", n, key)
}

func (s *server) handleStoryMerge(c *fiber.Ctx) error {
	from := store.StoryRef{Key: c.FormValue("from"), Suggested: c.FormValue("from_suggested") == "1"}
	into := store.StoryRef{Key: strings.TrimSpace(c.FormValue("into"))}
	if k, ok := strings.CutPrefix(into.Key, "suggested:"); ok {
		into = store.StoryRef{Key: strings.TrimSpace(k), Suggested: true}
	}
	switch {
	case from.Key == "" || into.Key == "":
		return errBadRequest("Choose the story to merge into.")
	case from == into:
		return errBadRequest("A story cannot be merged into itself.")
	case into.Suggested && !from.Suggested:
		return errBadRequest("A story cannot be merged into a suggestion: accept the suggestion first, then merge into it.")
	}
	n, err := s.db.MergeStories(c.UserContext(), from, into)
	if err != nil {
		return storyError(err, into.Key)
	}
	s.log.Info("merged stories", "from", from.String(), "into", into.String(), "articles", n)
	back := "/admin/stories"
	if !into.Suggested {
		back = storyPath(into.Key)
	}
	return storyRedirect(c, back, "merged", n, into.Key)
}

func (s *server) handleStoryRename(c *fiber.Ctx) error {
	key := c.FormValue("key")
	title, err := formTitle(c)
	if err != nil {
		return err
	}
	if title == "" {
		return errBadRequest("Give the story a title.")
	}
	if err := s.db.RenameStory(c.UserContext(), key, title); err != nil {
		return storyError(err, key)
	}
	s.log.Info("renamed a story", "story", key)
	return storyRedirect(c, storyPath(key), "renamed", 1, key)
}

package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/app/ingest/web"
	"github.com/framelens/framelens/store"
)

// The feed subscriptions page: the admin subscribes to feeds, pauses,
// resumes, asks for a poll now and removes them, and sees each feed's
// status. The pages change the feeds table only; the poller of whichever
// server polls (app/feeds.go) does the fetching, so a request never waits
// for a feed.

// feedRoutes adds the feed pages to the admin group and their JSON twin to
// the admin API group.
func (s *server) feedRoutes(admin, api fiber.Router) {
	admin.Get("/feeds", s.handleAdminFeeds)
	admin.Post("/feeds", s.handleFeedAdd)
	admin.Post("/feeds/:id/:action", s.handleFeedAction)
	api.Get("/feeds", s.apiFeeds)
}

// feedOverdue is how late a due feed may be before the page says no
// poller seems to be taking it.
const feedOverdue = 2 * time.Minute

// adminFeedsPage lists the subscriptions with the add form.
type adminFeedsPage struct {
	Page
	CSRF     string
	Feeds    []feedRow
	Message  string
	Form     feedForm // what the add form holds after a refused add
	Error    string
	Overdue  bool   // some feed waits longer than feedOverdue: is polling off everywhere?
	Interval string // the default interval in words ("30 min")
	// IntervalValue is the default interval as the form takes it ("30m").
	IntervalValue string
}

// feedForm is the add form's fields.
type feedForm struct {
	URL, Outlet, Story, Interval string
}

// feedRow is one subscription as the page and the API show it.
type feedRow struct {
	ID           int64  `json:"id"`
	URL          string `json:"url"`
	Title        string `json:"title"`
	Outlet       string `json:"outlet"`
	Story        string `json:"story"`
	Interval     string `json:"interval"` // "" for the server's default
	Paused       bool   `json:"paused"`
	Polling      bool   `json:"polling"` // a poller holds it now
	Status       string `json:"status"`  // "", ok, unchanged, error
	Result       string `json:"result"`  // the last poll's outcome in words
	Error        string `json:"error"`
	Failures     int    `json:"failures"`
	LastPoll     string `json:"last_poll"`
	LastSuccess  string `json:"last_success"`
	NextPoll     string `json:"next_poll"`
	Imported     int    `json:"imported"`
	LastImported int    `json:"last_imported"`
	LastBatch    int64  `json:"last_batch"`
	Created      string `json:"created"`
	// Words, for the page: when the last poll was and when the next is.
	LastPollAgo   string `json:"-"`
	NextPollIn    string `json:"-"`
	IntervalValue string `json:"-"` // the interval as the edit form takes it: "45m", "2h"
}

func feedRows(feeds []store.Feed, now time.Time) ([]feedRow, bool) {
	rows := make([]feedRow, 0, len(feeds))
	overdue := false
	for _, f := range feeds {
		r := feedRow{ID: f.ID, URL: f.URL, Title: f.Title, Outlet: f.Outlet, Story: f.Story, Paused: f.Paused,
			Polling: f.Polling(now), Status: f.LastStatus, Error: f.LastError, Failures: f.Failures,
			LastPoll: feedStamp(f.LastPolled), LastSuccess: feedStamp(f.LastSuccess), NextPoll: feedStamp(f.NextPoll),
			Imported: f.Imported, LastImported: f.LastImported, LastBatch: f.LastBatch, Created: feedStamp(f.Created)}
		if f.Interval > 0 {
			r.Interval = feedDuration(f.Interval)
			r.IntervalValue = feedIntervalValue(f.Interval)
		}
		if f.Title == "" && f.State != "" {
			var st web.FeedState
			if json.Unmarshal([]byte(f.State), &st) == nil {
				r.Title = st.Title
			}
		}
		switch f.LastStatus {
		case "":
			r.Result = "not polled yet"
		case feedOK:
			r.Result = plural(f.LastImported, "new article", "new articles")
		case feedUnchanged:
			r.Result = "unchanged since the poll before (304 Not Modified)"
		case feedError:
			r.Result = "failed (" + plural(f.Failures, "time", "times") + " in a row)"
		}
		if !f.LastPolled.IsZero() {
			r.LastPollAgo = feedRelTime(now, f.LastPolled)
		}
		switch {
		case f.Paused:
			r.NextPollIn = "paused"
		case r.Polling:
			r.NextPollIn = "being polled now"
		case !f.NextPoll.After(now):
			r.NextPollIn = "due now"
			overdue = overdue || now.Sub(f.NextPoll) > feedOverdue
		default:
			r.NextPollIn = feedRelTime(now, f.NextPoll)
		}
		rows = append(rows, r)
	}
	return rows, overdue
}

func (s *server) handleAdminFeeds(c *fiber.Ctx) error {
	return s.renderFeeds(c, feedForm{}, "", fiber.StatusOK)
}

func (s *server) renderFeeds(c *fiber.Ctx, form feedForm, msg string, status int) error {
	ctx := c.UserContext()
	p := &adminFeedsPage{Page: s.basePage(c, "Feed subscriptions"), CSRF: s.csrfToken(c), Form: form,
		Interval: feedDuration(defaultFeedInterval), IntervalValue: feedIntervalValue(defaultFeedInterval)}
	p.Section = "admin"
	if status != fiber.StatusOK {
		p.Error = msg
	}
	switch c.Query("done") {
	case "added":
		p.Message = "Subscribed. The feed is polled within a minute by the server's poller; this page shows the result."
	case "paused":
		p.Message = "Paused: the feed is not polled until you resume it."
	case "resumed":
		p.Message = "Resumed: the feed is polled again from now on."
	case "poll":
		p.Message = "The feed is due now: it is polled within a minute."
	case "removed":
		p.Message = "Unsubscribed. The articles it imported stay; delete them by their import batch on the import page."
	case "saved":
		p.Message = "Saved."
	}
	feeds, err := s.db.Feeds(ctx)
	if err != nil {
		return err
	}
	now := s.sec.now()
	var polling bool
	p.Feeds, p.Overdue = feedRows(feeds, now)
	for _, f := range p.Feeds {
		polling = polling || f.Polling || f.NextPollIn == "due now" && !p.Overdue
	}
	if polling {
		c.Set("Refresh", "5") // while a poll runs or is about to: no script needed
	}
	if err := s.render(c, "admin_feeds", p); err != nil {
		return err
	}
	c.Status(status)
	return nil
}

func (s *server) apiFeeds(c *fiber.Ctx) error {
	feeds, err := s.db.Feeds(c.UserContext())
	if err != nil {
		return err
	}
	rows, _ := feedRows(feeds, s.sec.now())
	c.Set(fiber.HeaderCacheControl, "no-store")
	return c.JSON(fiber.Map{"feeds": rows})
}

// checkFeedURL accepts an http or https address with a host. Whether the
// address is public is checked when it is fetched, on every connection.
func checkFeedURL(raw string) (string, error) {
	u := strings.TrimSpace(raw)
	pu, err := url.Parse(u)
	if u == "" || err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
		return "", fmt.Errorf("give the address of an RSS, Atom or JSON feed (or of a page that links to one), starting with http:// or https://")
	}
	if pu.User != nil {
		return "", fmt.Errorf("addresses with a user name or password are refused")
	}
	if len(u) > 2000 {
		return "", fmt.Errorf("the address is longer than 2,000 characters")
	}
	return u, nil
}

// formInterval reads an optional interval field: "" is the server's default.
func formInterval(v string) (time.Duration, error) {
	if strings.TrimSpace(v) == "" {
		return 0, nil
	}
	return parseFeedInterval(v)
}

func (s *server) handleFeedAdd(c *fiber.Ctx) error {
	form := feedForm{URL: strings.TrimSpace(c.FormValue("url")), Outlet: oneLine(c.FormValue("outlet")),
		Story: oneLine(c.FormValue("story")), Interval: strings.TrimSpace(c.FormValue("interval"))}
	u, err := checkFeedURL(form.URL)
	if err != nil {
		return s.renderFeeds(c, form, feedSentence(err.Error())+".", fiber.StatusBadRequest)
	}
	iv, err := formInterval(form.Interval)
	if err != nil {
		return s.renderFeeds(c, form, "Interval: "+err.Error()+".", fiber.StatusBadRequest)
	}
	f, err := s.db.AddFeed(c.UserContext(), store.NewFeed{URL: u, Outlet: clipString(form.Outlet, 200),
		Story: clipString(form.Story, 200), Interval: iv}, s.sec.now())
	if errors.Is(err, store.ErrFeedExists) {
		return s.renderFeeds(c, form, "This feed is already subscribed.", fiber.StatusBadRequest)
	}
	if err != nil {
		return err
	}
	s.log.Info("feed subscribed from the web", "feed", f.ID, "url", f.URL)
	return c.Redirect("/admin/feeds?done=added", fiber.StatusSeeOther)
}

// handleFeedAction pauses, resumes, polls now, removes or edits one feed.
func (s *server) handleFeedAction(c *fiber.Ctx) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	ctx := c.UserContext()
	action := c.Params("action")
	var u store.FeedUpdate
	switch action {
	case "pause", "resume":
		paused := action == "pause"
		u.Paused = &paused
		if !paused {
			// Resuming polls at once; the failures before the pause are kept.
			now := s.sec.now()
			u.PollAt = &now
		}
	case "poll":
		f, err := s.db.Feed(ctx, id)
		if err != nil {
			return err
		}
		if f.Paused {
			return errBadRequest("This feed is paused: resume it to poll it.")
		}
		now := s.sec.now()
		u.PollAt = &now
	case "delete":
		if err := s.db.DeleteFeed(ctx, id); err != nil {
			return err
		}
		s.log.Info("feed unsubscribed from the web", "feed", id)
		return c.Redirect("/admin/feeds?done=removed", fiber.StatusSeeOther)
	case "edit":
		outlet, story := clipString(oneLine(c.FormValue("outlet")), 200), clipString(oneLine(c.FormValue("story")), 200)
		iv, err := formInterval(c.FormValue("interval"))
		if err != nil {
			return errBadRequest("Interval: %s.", err)
		}
		u = store.FeedUpdate{Outlet: &outlet, Story: &story, Interval: &iv}
	default:
		return fmt.Errorf("feed action %q: %w", clipString(action, 20), store.ErrNotFound)
	}
	if err := s.db.UpdateFeed(ctx, id, u); err != nil {
		return err
	}
	s.log.Info("feed changed from the web", "feed", id, "action", action)
	done := map[string]string{"pause": "paused", "resume": "resumed", "poll": "poll", "edit": "saved"}[action]
	return c.Redirect("/admin/feeds?done="+done, fiber.StatusSeeOther)
}

// feedIntervalValue writes d as the interval fields take it: "30m",
// "2h", "1h30m".
func feedIntervalValue(d time.Duration) string {
	v := strings.TrimSuffix(d.Round(time.Minute).String(), "0s")
	if strings.HasSuffix(v, "h0m") {
		v = strings.TrimSuffix(v, "0m")
	}
	return v
}

// feedStamp writes a time as the API shows times (RFC 3339, UTC); "" for
// the zero time.
func feedStamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// feedRelTime says when t is from now, in words: "in 29 min", "3 h ago".
func feedRelTime(now, t time.Time) string {
	d := t.Sub(now)
	switch {
	case d > 0 && d < time.Minute:
		return "in under a minute"
	case d <= 0 && d > -time.Minute:
		return "just now"
	}
	if d > 0 {
		return "in " + feedDuration(d)
	}
	return feedDuration(-d) + " ago"
}

// feedDuration writes d roughly, for people: "45 min", "2 h 30 min", "3 days".
func feedDuration(d time.Duration) string {
	switch {
	case d >= 48*time.Hour:
		return fmt.Sprintf("%d days", int(d/(24*time.Hour)))
	case d >= time.Hour:
		h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
		if m == 0 {
			return fmt.Sprintf("%d h", h)
		}
		return fmt.Sprintf("%d h %d min", h, m)
	case d >= time.Minute:
		return fmt.Sprintf("%d min", int(d/time.Minute))
	}
	return fmt.Sprintf("%d s", int(d/time.Second))
}

func feedSentence(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

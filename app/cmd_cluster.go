package app

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/framelens/framelens/app/analysis/cluster"
	"github.com/framelens/framelens/store"
)

func runCluster(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("cluster", "framelens cluster [--window 72h] [--threshold 0.19]",
		`Propose stories: group the articles that report the same event (similar title and
lead, published within the window, sharing names), and flag near-duplicates (the
same text lightly edited by another outlet). Proposals are suggestions: imported
story keys always win and are never changed; "framelens export" shows each
article's suggested_story beside its story. Run again after imports; each run
replaces the previous proposals. The method and its parameters are described in
docs/INGEST-WEB.md.`)
	db := e.dbFlag(fs)
	window := fs.Duration("window", 72*time.Hour, "largest publication-time gap between two articles of one event")
	threshold := fs.Float64("threshold", 0, "least average title+lead similarity to group (0: the default, 0.19)")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q", pos[0])
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	groups, dups, err := suggestStories(ctx, st, cluster.Params{Window: *window, Threshold: *threshold})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "proposed %d stories and flagged %d near-duplicates in %s\n", groups, dups, time.Since(start).Round(time.Millisecond))
	return nil
}

// suggestStories clusters every article into proposed stories and flags
// near-duplicate texts across outlets, replacing earlier proposals. It
// returns the number of proposed stories (groups of two or more) and of
// flagged articles.
func suggestStories(ctx context.Context, st *store.DB, p cluster.Params) (int, int, error) {
	docs, err := st.ClusterDocs(ctx, true)
	if err != nil {
		return 0, 0, err
	}
	cdocs := make([]cluster.Doc, len(docs))
	texts := make([]string, len(docs))
	for i, d := range docs {
		pub, _ := time.Parse(time.RFC3339, d.Published)
		cdocs[i] = cluster.Doc{ID: d.ID, Title: d.Title, Lead: d.Lead, Published: pub, Outlet: d.Outlet}
		texts[i] = d.Text
	}
	stories := map[int64]string{}
	used := map[string]int{}
	for _, g := range cluster.Cluster(cdocs, p) {
		if len(g) < 2 {
			continue
		}
		key := "suggested-" + slug(cluster.Name(cdocs, g))
		used[key]++
		if n := used[key]; n > 1 {
			key = fmt.Sprintf("%s-%d", key, n)
		}
		for _, i := range g {
			stories[docs[i].ID] = key
		}
	}
	nearDup := map[int64]int64{}
	for _, pair := range cluster.NearDuplicates(texts, cluster.DefaultNearDuplicate) {
		a, b := docs[pair[0]], docs[pair[1]]
		if a.Outlet == b.Outlet {
			continue // the same outlet's own update, not syndication
		}
		// Pairs come in ascending order, so the first copy seen is the earliest ID.
		if _, ok := nearDup[b.ID]; !ok {
			nearDup[b.ID] = a.ID
		}
	}
	if err := st.SetSuggestions(ctx, stories, nearDup); err != nil {
		return 0, 0, err
	}
	return len(used), len(nearDup), nil
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// slug turns a headline into a short story key: "Storm closes port" ->
// "storm-closes-port".
func slug(s string) string {
	s = strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(s), "-"), "-")
	if len(s) > 48 {
		s = s[:48]
		if i := strings.LastIndexByte(s, '-'); i > 20 {
			s = s[:i]
		}
	}
	if s == "" {
		s = "untitled"
	}
	return s
}

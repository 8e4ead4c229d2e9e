package app

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/framelens/framelens/app/analysis/cluster"
	"github.com/framelens/framelens/store"
)

func runCluster(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("cluster", "framelens cluster [--window 72h] [--threshold 0.19] [--batch N]",
		`Propose stories: group the articles that report the same event (similar title and
lead, published within the window, sharing names), and flag near-duplicates (the
same text lightly edited by another outlet). Proposals are suggestions: imported
story keys always win and are never changed; "framelens export" shows each
article's suggested_story beside its story. Run again after imports; each run
replaces the previous proposals (imports already cluster their new articles
incrementally; this is the full re-run). Stories an admin accepted and
imported story keys are never changed. The method and its parameters are
described in docs/INGEST-WEB.md.`)
	db := e.dbFlag(fs)
	window := fs.Duration("window", 72*time.Hour, "largest publication-time gap between two articles of one event")
	threshold := fs.Float64("threshold", 0, "least average title+lead similarity to group (0: the default, 0.19)")
	batch := fs.Int64("batch", 0, "only place the articles of this import `batch` into proposed stories, incrementally, as imports do")
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
	if *batch > 0 {
		if *window != 72*time.Hour || *threshold != 0 {
			return fmt.Errorf("--batch clusters with the default window and threshold, as imports do")
		}
		placed, err := suggestRecent(ctx, st, *batch)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "placed %d articles of batch %d in proposed stories in %s\n", placed, *batch, time.Since(start).Round(time.Millisecond))
		return nil
	}
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

// recentChunk bounds the new articles clustered in one incremental step,
// so a bulk import's memory stays bounded by a chunk and its date window,
// not by the batch. A variable for tests.
var recentChunk = 5000

// recentBackground is how many articles the word statistics of one
// incremental step count: the window's, topped up with other articles
// (titles and leads) up to this number. A large chunk's window needs little
// or no top-up, which keeps a bulk import's steps close to the full run's
// cost.
const recentBackground = 10000

// suggestRecent assigns the articles of import batch to proposed stories
// incrementally: in chunks of recentChunk in publication order, each
// clustered with the articles published within the clustering window of it
// (read by date through the published index) and the whole stories those
// belong to, never the whole corpus. Existing proposed stories keep their
// keys when articles join them; stories an admin accepted and imported
// stories are never changed (only suggested_story is written). New
// articles that nearly copy another outlet's text in the window are
// flagged as near-duplicates. It returns the number of new articles placed
// in a proposed story. Call it after every import (command line, web,
// feed polls).
func suggestRecent(ctx context.Context, st *store.DB, batch int64) (int, error) {
	news, err := st.ClusterDocsOfBatch(ctx, batch, false)
	if err != nil || len(news) == 0 {
		return 0, err
	}
	sort.SliceStable(news, func(i, j int) bool {
		a, b := news[i].Published, news[j].Published
		if (a == "") != (b == "") {
			return b == ""
		}
		return a < b
	})
	background, err := st.ClusterDocsSample(ctx, recentBackground)
	if err != nil {
		return 0, err
	}
	pending := map[int64]bool{} // articles of the batch not placed yet
	for _, d := range news {
		pending[d.ID] = true
	}
	placed := 0
	for start := 0; start < len(news); start += recentChunk {
		chunk := news[start:min(start+recentChunk, len(news))]
		for _, d := range chunk {
			delete(pending, d.ID)
		}
		n, err := suggestChunk(ctx, st, chunk, pending, background)
		if err != nil {
			return placed, err
		}
		placed += n
	}
	return placed, nil
}

// suggestChunk is one step of suggestRecent: chunk are new articles
// (earlier chunks of the batch are placed already; pending, the later
// ones, are left out as not imported yet).
func suggestChunk(ctx context.Context, st *store.DB, chunk []store.ClusterDoc, pending map[int64]bool, background []store.ClusterDoc) (int, error) {
	p := cluster.Params{}
	isNew := map[int64]bool{}
	var undated []int64
	cnew := make([]cluster.Doc, len(chunk))
	for i, d := range chunk {
		isNew[d.ID] = true
		cnew[i] = toClusterDoc(d)
		if d.Published == "" {
			undated = append(undated, d.ID)
		}
	}
	seen := map[int64]bool{}
	var docs []store.ClusterDoc
	add := func(ds []store.ClusterDoc) {
		for _, d := range ds {
			if seen[d.ID] || d.Suggested == store.NoSuggestion || pending[d.ID] {
				continue
			}
			seen[d.ID] = true
			docs = append(docs, d)
		}
	}
	for _, sp := range p.Spans(cnew) {
		ds, err := st.ClusterDocsBetween(ctx, sp[0].UTC().Format(time.RFC3339), sp[1].UTC().Format(time.RFC3339), true)
		if err != nil {
			return 0, err
		}
		add(ds)
	}
	if len(undated) > 0 {
		ds, err := st.ClusterDocsByID(ctx, undated, true)
		if err != nil {
			return 0, err
		}
		add(ds)
	}
	var keys []string
	keyed := map[string]bool{}
	for _, d := range docs {
		if d.Suggested != "" && !keyed[d.Suggested] {
			keyed[d.Suggested] = true
			keys = append(keys, d.Suggested)
		}
	}
	if len(keys) > 0 {
		ds, err := st.ClusterDocsSuggested(ctx, keys, false)
		if err != nil {
			return 0, err
		}
		add(ds)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })

	cdocs := make([]cluster.Doc, len(docs))
	dkeys := make([]string, len(docs))
	dnew := make([]bool, len(docs))
	texts := make([]string, len(docs))
	for i, d := range docs {
		cdocs[i], dkeys[i], dnew[i], texts[i] = toClusterDoc(d), d.Suggested, isNew[d.ID], d.Text
	}
	var bg []cluster.Doc
	if want := recentBackground - len(docs); want > 0 && len(background) > 0 {
		// Evenly spread over the sample, which is spread over the IDs.
		step := max(1, len(background)/want)
		for k := 0; k < len(background) && len(bg) < want; k += step {
			if d := background[k]; !seen[d.ID] {
				bg = append(bg, toClusterDoc(d))
			}
		}
	}
	used := map[string]bool{}
	var mintErr error
	set, merged := cluster.Incremental(cdocs, dkeys, dnew, bg, p, func(g []int) string {
		base := "suggested-" + slug(cluster.Name(cdocs, g))
		for n := 1; ; n++ {
			key := base
			if n > 1 {
				key = fmt.Sprintf("%s-%d", base, n)
			}
			if used[key] {
				continue
			}
			taken, err := st.SuggestionKeyUsed(ctx, key)
			if err != nil {
				mintErr = err
			}
			if !taken || err != nil {
				used[key] = true
				return key
			}
		}
	})
	if mintErr != nil {
		return 0, mintErr
	}
	stories := map[int64]string{}
	placed := 0
	for i, key := range set {
		stories[docs[i].ID] = key
		if dnew[i] {
			placed++
		}
	}
	nearDup := map[int64]int64{}
	for _, pair := range cluster.NearDuplicates(texts, cluster.DefaultNearDuplicate) {
		a, b := docs[pair[0]], docs[pair[1]]
		if !isNew[b.ID] || a.Outlet == b.Outlet {
			continue // flags are set when the later copy arrives; the same outlet's update is not syndication
		}
		if _, ok := nearDup[b.ID]; !ok {
			nearDup[b.ID] = a.ID
		}
	}
	if err := st.UpdateSuggestions(ctx, stories, nearDup, merged); err != nil {
		return 0, err
	}
	return placed, nil
}

func toClusterDoc(d store.ClusterDoc) cluster.Doc {
	pub, _ := time.Parse(time.RFC3339, d.Published)
	return cluster.Doc{ID: d.ID, Title: d.Title, Lead: d.Lead, Published: pub, Outlet: d.Outlet}
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

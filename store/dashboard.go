package store

// Read queries behind the dashboard pages. Pages read per-article counts and
// denominators (article_counts, article_frames, quotes) and pool them; raw
// evidence rows are read only for the one article, story or entry shown.

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Filter narrows the articles a dashboard figure is computed from. Empty
// fields match everything. From and To are dates (YYYY-MM-DD) compared with
// the date part of published; articles without a date are kept only when
// neither bound is set. Entries and Categories, when set, restrict hits to
// evidence from those lexicon entries (a pack) and categories.
type Filter struct {
	Story      string
	Outlet     int64
	From, To   string
	Entries    []string
	Categories []string
	// recent, with Outlet, keeps only the outlet's recent most recently
	// published articles (RecentArticleStats).
	recent int
	// outletIn, when not nil, keeps only these outlets (OutletUnitsIn).
	outletIn []int64
}

// evidenceScoped reports whether hits must be counted from evidence rows
// instead of the per-article counts, because the filter names entries or
// categories.
func (f Filter) evidenceScoped() bool { return len(f.Entries) > 0 || len(f.Categories) > 0 }

// articleWhere is the WHERE clause (over articles a, stories s) and its
// arguments selecting the filter's articles.
func (f Filter) articleWhere() (string, []any) {
	conds := []string{"1 = 1"}
	var args []any
	if f.Story != "" {
		conds = append(conds, "s.key = ?")
		args = append(args, f.Story)
	}
	if f.Outlet != 0 {
		conds = append(conds, "a.outlet_id = ?")
		args = append(args, f.Outlet)
	}
	if f.From != "" {
		conds = append(conds, "a.published <> '' AND substr(a.published, 1, 10) >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		conds = append(conds, "a.published <> '' AND substr(a.published, 1, 10) <= ?")
		args = append(args, f.To)
	}
	if f.recent > 0 && f.Outlet != 0 {
		conds = append(conds, "a.id IN (SELECT id FROM articles WHERE outlet_id = ? ORDER BY published DESC, id LIMIT ?)")
		args = append(args, f.Outlet, f.recent)
	}
	return strings.Join(conds, " AND "), args
}

// evidenceWhere is the extra condition on evidence e for Entries and
// Categories. json_each keeps the statement one prepared shape whatever the
// list length (a pack can hold hundreds of entries).
func (f Filter) evidenceWhere(pg bool) (string, []any) {
	var conds []string
	var args []any
	if len(f.Entries) > 0 {
		b, _ := json.Marshal(f.Entries)
		conds = append(conds, "e.entry IN ("+jsonEach(pg, false, "?")+")")
		args = append(args, string(b))
	}
	if len(f.Categories) > 0 {
		b, _ := json.Marshal(f.Categories)
		conds = append(conds, "e.category IN ("+jsonEach(pg, false, "?")+")")
		args = append(args, string(b))
	}
	if len(conds) == 0 {
		return "1 = 1", nil
	}
	return strings.Join(conds, " AND "), args
}

// OutletRow is an outlet with its number of articles.
type OutletRow struct {
	ID       int64
	Name     string
	Domain   string
	Articles int
}

// Outlets returns every outlet that has articles, by number of articles
// (descending), then name.
//
// The counts are read from outlet_sums (migration 0010), a row per outlet
// kept equal to the articles' count in every committed transaction: the
// same numbers without reading the articles table or its indexes.
func (db *DB) Outlets(ctx context.Context) ([]OutletRow, error) {
	q := `SELECT o.id, o.name, o.domain, t.articles AS n
		FROM outlets o JOIN outlet_sums t ON t.outlet_id = o.id
		WHERE t.articles > 0 ORDER BY n DESC, o.name`
	rows, err := db.read.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("store: outlets: %w", err)
	}
	defer rows.Close()
	var out []OutletRow
	for rows.Next() {
		var o OutletRow
		if err := rows.Scan(&o.ID, &o.Name, &o.Domain, &o.Articles); err != nil {
			return nil, fmt.Errorf("store: outlets: %w", err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: outlets: %w", err)
	}
	return out, nil
}

// Outlet returns one outlet by ID.
func (db *DB) Outlet(ctx context.Context, id int64) (OutletRow, error) {
	o := OutletRow{ID: id}
	err := db.read.QueryRowContext(ctx, `SELECT o.name, o.domain, (SELECT count(*) FROM articles WHERE outlet_id = o.id)
		FROM outlets o WHERE o.id = ?`, id).Scan(&o.Name, &o.Domain, &o.Articles)
	if errors.Is(err, sql.ErrNoRows) {
		return o, fmt.Errorf("store: outlet %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return o, fmt.Errorf("store: outlet %d: %w", id, err)
	}
	return o, nil
}

// StoryRow is a story with its coverage.
type StoryRow struct {
	ID       int64
	Key      string
	Title    string
	Articles int
	Outlets  int
	First    string // earliest published date, or ""
}

// storyFirst is the first publication of story s (an index lookup).
const storyFirst = `coalesce((SELECT min(a.published) FROM articles a WHERE a.story_id = s.id AND a.published > ''), '')`

// Stories returns the stories that have articles, those covered by the
// most outlets first. The counts come from story_sums (migration 0010),
// kept at write time: a row per story, not a pass over every article.
func (db *DB) Stories(ctx context.Context) ([]StoryRow, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT s.id, s.key, s.title, t.articles, t.outlets, `+storyFirst+`
		FROM stories s JOIN story_sums t ON t.story_id = s.id
		WHERE t.articles > 0 ORDER BY t.outlets DESC, s.key`)
	if err != nil {
		return nil, fmt.Errorf("store: stories: %w", err)
	}
	defer rows.Close()
	var out []StoryRow
	for rows.Next() {
		var s StoryRow
		if err := rows.Scan(&s.ID, &s.Key, &s.Title, &s.Articles, &s.Outlets, &s.First); err != nil {
			return nil, fmt.Errorf("store: stories: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: stories: %w", err)
	}
	return out, nil
}

// Story returns one story by key.
func (db *DB) Story(ctx context.Context, key string) (StoryRow, error) {
	s := StoryRow{Key: key}
	err := db.read.QueryRowContext(ctx, `SELECT s.id, s.title, t.articles, t.outlets, `+storyFirst+`
		FROM stories s JOIN story_sums t ON t.story_id = s.id WHERE s.key = ? AND t.articles > 0`, key).
		Scan(&s.ID, &s.Title, &s.Articles, &s.Outlets, &s.First)
	if errors.Is(err, sql.ErrNoRows) {
		return s, fmt.Errorf("store: story %q: %w", key, ErrNotFound)
	}
	if err != nil {
		return s, fmt.Errorf("store: story %q: %w", key, err)
	}
	return s, nil
}

// ArticleStat is one article's denominators and hit counts: the unit the
// dashboard pools into outlet and story rates.
type ArticleStat struct {
	ID                int64
	OutletID          int64
	Outlet            string
	Story             string
	Title             string
	Published         string
	Analysed          bool
	Syndicated        bool
	Words             int
	NarratorWords     int
	Sentences         int
	NarratorSentences int
	Quotes            int
	Counts            map[string]int // signal -> hits
}

// ArticleStats returns the articles matching f with their counts of the
// given signals, in ID order. When f names entries or categories, Counts are
// recounted from the evidence they allow (quoted speech excluded, as in the
// stored counts of the narrator signals); otherwise they are the stored
// per-article counts, pivoted in SQL so that the 37k-article corpus is 37k
// rows, not one row per article and signal.
func (db *DB) ArticleStats(ctx context.Context, f Filter, signals []string) ([]ArticleStat, error) {
	where, args := f.articleWhere()
	var cols []string
	var sigArgs []any
	for _, sig := range signals {
		cols = append(cols, "coalesce(sum(CASE WHEN signal = ? THEN n END), 0)")
		sigArgs = append(sigArgs, sig)
	}
	if len(cols) == 0 {
		cols = []string{"0"}
	}
	// The filter's articles first, so that the counts are read for those
	// articles only.
	// With no filter every article counts and the IN list is only overhead.
	fa := `SELECT a.id FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE ` + where
	countArgs := append([]any{}, args...)
	inFilter := `article_id IN (` + fa + `)`
	if len(args) == 0 {
		inFilter = "article_id = article_id"
		countArgs = nil
	}
	counts := `SELECT article_id, signal, count AS n FROM article_counts WHERE ` + inFilter
	if f.evidenceScoped() {
		ew, eargs := f.evidenceWhere(db.pg)
		// entry_hits' own column counts the hits outside direct quotes.
		counts = `SELECT h.article_id, e.signal, sum(h.own) AS n FROM entry_hits h JOIN evidence_keys e ON e.id = h.key_id
			WHERE h.` + inFilter + ` AND ` + ew + ` GROUP BY h.article_id, e.signal`
		countArgs = append(countArgs, eargs...)
	}
	q := `WITH c AS (SELECT article_id, ` + strings.Join(cols, ", ") + ` FROM (` + counts + `) x GROUP BY article_id)
		SELECT a.id, a.outlet_id, o.name, coalesce(s.key, ''), a.title, a.published,
			a.analysed, a.syndicated_of IS NOT NULL, a.words, a.narrator_words, a.sentences, a.narrator_sentences, a.quotes,
			c.*
		FROM articles a JOIN outlets o ON o.id = a.outlet_id LEFT JOIN stories s ON s.id = a.story_id
		LEFT JOIN c ON c.article_id = a.id
		WHERE ` + where + ` ORDER BY a.id`
	all := append(append(sigArgs, countArgs...), args...)
	rows, err := db.read.QueryContext(ctx, q, all...)
	if err != nil {
		return nil, fmt.Errorf("store: article stats: %w", err)
	}
	defer rows.Close()
	var out []ArticleStat
	vals := make([]sql.NullInt64, len(cols)+1) // c.*: article_id, then one column per signal
	for rows.Next() {
		var a ArticleStat
		dest := []any{&a.ID, &a.OutletID, &a.Outlet, &a.Story, &a.Title, &a.Published, &a.Analysed, &a.Syndicated,
			&a.Words, &a.NarratorWords, &a.Sentences, &a.NarratorSentences, &a.Quotes}
		for i := range vals {
			dest = append(dest, &vals[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("store: article stats: %w", err)
		}
		a.Counts = make(map[string]int, len(signals))
		for i, sig := range signals {
			if n := vals[i+1].Int64; n != 0 {
				a.Counts[sig] = int(n)
			}
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: article stats: %w", err)
	}
	return out, nil
}

// FrameStat is how many of an outlet's articles a frame is present in.
type FrameStat struct {
	OutletID int64
	Frame    string
	Present  int // articles where the frame is present
}

// FrameStats returns frame presence per outlet over the filter's articles.
// Cues are not summed: the overview needs presence only. Frames are read as
// one row per article (group_concat) and counted here, which is much faster
// than a row per article and frame through the driver.
func (db *DB) FrameStats(ctx context.Context, f Filter) ([]FrameStat, error) {
	where, args := f.articleWhere()
	concat := "group_concat(fr.frame, ',')"
	if db.pg {
		concat = "string_agg(fr.frame, ',')"
	}
	rows, err := db.read.QueryContext(ctx, `SELECT a.outlet_id, `+concat+`
		FROM article_frames fr JOIN articles a ON a.id = fr.article_id LEFT JOIN stories s ON s.id = a.story_id
		WHERE fr.present = 1 AND `+where+` GROUP BY fr.article_id, a.outlet_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: frame stats: %w", err)
	}
	defer rows.Close()
	type key struct {
		outlet int64
		frame  string
	}
	n := map[key]int{}
	for rows.Next() {
		var outlet int64
		var frames string
		if err := rows.Scan(&outlet, &frames); err != nil {
			return nil, fmt.Errorf("store: frame stats: %w", err)
		}
		for _, fr := range strings.Split(frames, ",") {
			n[key{outlet, fr}]++
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: frame stats: %w", err)
	}
	out := make([]FrameStat, 0, len(n))
	for k, c := range n {
		out = append(out, FrameStat{OutletID: k.outlet, Frame: k.frame, Present: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].OutletID != out[j].OutletID {
			return out[i].OutletID < out[j].OutletID
		}
		return out[i].Frame < out[j].Frame
	})
	return out, nil
}

// SourcingStat counts an outlet's quotes from one speaker group with one
// speech-verb class.
type SourcingStat struct {
	OutletID  int64
	Group     string // speaker group, "" when unknown
	VerbClass string
	Quotes    int
	Words     int
}

// SourcingStats returns quotes per outlet, speaker group and verb class.
func (db *DB) SourcingStats(ctx context.Context, f Filter) ([]SourcingStat, error) {
	where, args := f.articleWhere()
	rows, err := db.read.QueryContext(ctx, `SELECT a.outlet_id, q.speaker_group, q.verb_class, count(*), sum(q.words)
		FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN stories s ON s.id = a.story_id
		WHERE `+where+` GROUP BY a.outlet_id, q.speaker_group, q.verb_class ORDER BY 1, 2, 3`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: sourcing stats: %w", err)
	}
	defer rows.Close()
	var out []SourcingStat
	for rows.Next() {
		var s SourcingStat
		if err := rows.Scan(&s.OutletID, &s.Group, &s.VerbClass, &s.Quotes, &s.Words); err != nil {
			return nil, fmt.Errorf("store: sourcing stats: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: sourcing stats: %w", err)
	}
	return out, nil
}

// TermStat is how often a matched term occurs in one outlet's articles.
type TermStat struct {
	OutletID int64
	Signal   string
	Entry    string
	Term     string
	Count    int
}

// StoredArticle is one article with its metadata, as the reader shows it.
type StoredArticle struct {
	ID                int64
	OutletID          int64
	Outlet            string
	Story             string
	Title             string
	URL               string
	Author            string
	Published         string
	Language          string
	Analysed          bool
	Text              string
	SyndicatedOf      int64 // 0 when not a syndicated copy
	LexiconVersion    string
	BatchID           int64
	Demo              bool
	Words             int
	NarratorWords     int
	Sentences         int
	NarratorSentences int
	Quotes            int
}

// StoredArticle returns the article with id.
func (db *DB) StoredArticle(ctx context.Context, id int64) (*StoredArticle, error) {
	a := &StoredArticle{ID: id}
	err := db.read.QueryRowContext(ctx, `SELECT a.outlet_id, o.name, coalesce(s.key, ''), a.title, a.url, a.author,
			a.published, a.language, a.analysed, a.text, coalesce(a.syndicated_of, 0), a.lexicon_version, a.batch_id,
			b.demo, a.words, a.narrator_words, a.sentences, a.narrator_sentences, a.quotes
		FROM articles a JOIN outlets o ON o.id = a.outlet_id JOIN batches b ON b.id = a.batch_id
		LEFT JOIN stories s ON s.id = a.story_id WHERE a.id = ?`, id).Scan(&a.OutletID, &a.Outlet, &a.Story, &a.Title,
		&a.URL, &a.Author, &a.Published, &a.Language, &a.Analysed, &a.Text, &a.SyndicatedOf, &a.LexiconVersion,
		&a.BatchID, &a.Demo, &a.Words, &a.NarratorWords, &a.Sentences, &a.NarratorSentences, &a.Quotes)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: article %d: %w", id, err)
	}
	return a, nil
}

// StoryArticles returns the full articles of a story, by outlet name then ID.
func (db *DB) StoryArticles(ctx context.Context, key string, limit int) ([]*StoredArticle, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT a.id FROM articles a JOIN stories s ON s.id = a.story_id
		JOIN outlets o ON o.id = a.outlet_id WHERE s.key = ? ORDER BY o.name, a.id LIMIT ?`, key, limit)
	if err != nil {
		return nil, fmt.Errorf("store: story %q articles: %w", key, err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: story %q articles: %w", key, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, fmt.Errorf("store: story %q articles: %w", key, err)
	}
	rows.Close()
	out := make([]*StoredArticle, 0, len(ids))
	for _, id := range ids {
		a, err := db.StoredArticle(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// EvidenceRow is one stored highlight.
type EvidenceRow struct {
	ID        int64
	ArticleID int64
	Start     int
	End       int
	Signal    string
	Category  string
	Entry     string
	Voice     string
	Speaker   string
	Negated   bool
	Weight    float64
	Term      string
}

// QuoteRow is one stored quote or reported-speech span.
type QuoteRow struct {
	ID           int64
	ArticleID    int64
	Start        int
	End          int
	Kind         string
	Speaker      string
	SpeakerGroup string
	Verb         string
	VerbClass    string
	Words        int
}

// ArticleQuotes returns an article's quotes by start offset.
func (db *DB) ArticleQuotes(ctx context.Context, articleID int64) ([]QuoteRow, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id, article_id, start, "end", kind, speaker, speaker_group, verb,
			verb_class, words
		FROM quotes WHERE article_id = ? ORDER BY start, id`, articleID)
	if err != nil {
		return nil, fmt.Errorf("store: quotes of %d: %w", articleID, err)
	}
	defer rows.Close()
	var out []QuoteRow
	for rows.Next() {
		var q QuoteRow
		if err := rows.Scan(&q.ID, &q.ArticleID, &q.Start, &q.End, &q.Kind, &q.Speaker, &q.SpeakerGroup, &q.Verb,
			&q.VerbClass, &q.Words); err != nil {
			return nil, fmt.Errorf("store: quotes of %d: %w", articleID, err)
		}
		out = append(out, q)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: quotes of %d: %w", articleID, err)
	}
	return out, nil
}

// ArticleFrames returns an article's frame cue counts.
func (db *DB) ArticleFrames(ctx context.Context, articleID int64) ([]Frame, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT frame, cues, present FROM article_frames
		WHERE article_id = ? ORDER BY cues DESC, frame`, articleID)
	if err != nil {
		return nil, fmt.Errorf("store: frames of %d: %w", articleID, err)
	}
	defer rows.Close()
	var out []Frame
	for rows.Next() {
		var f Frame
		if err := rows.Scan(&f.Frame, &f.Cues, &f.Present); err != nil {
			return nil, fmt.Errorf("store: frames of %d: %w", articleID, err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: frames of %d: %w", articleID, err)
	}
	return out, nil
}

// Hit is one evidence row with its article and a keyword-in-context excerpt.
type Hit struct {
	EvidenceRow
	OutletID  int64
	Outlet    string
	Story     string
	Title     string
	Published string
	// LexiconVersion is the version of the lexicon that scored the article.
	LexiconVersion string
	Before         string // up to ~80 bytes of text before the span
	Match          string // the span itself
	After          string // up to ~80 bytes after
}

// HitFilter selects evidence rows for the evidence list and its export.
type HitFilter struct {
	Filter
	Signal    string
	Entry     string
	Term      string
	Voice     string // a voice id, or "own" for everything but direct quotes
	ArticleID int64
	Limit     int
	Offset    int
}

// Hits returns evidence rows matching f with their context, newest article
// first and in text order within an article (f.Limit rows, default 200, from
// f.Offset).
func (db *DB) Hits(ctx context.Context, f HitFilter) ([]Hit, error) {
	if f.Limit <= 0 {
		f.Limit = 200
	}
	var out []Hit
	err := db.EachHit(ctx, f, func(h *Hit) error {
		out = append(out, *h)
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].ArticleID != out[j].ArticleID {
			return out[i].ArticleID > out[j].ArticleID
		}
		return out[i].Start < out[j].Start
	})
	return out, err
}

// TrimStart drops bytes from the start of s up to the first whole UTF-8
// character, for excerpts cut at a byte offset.
func TrimStart(s string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r != utf8.RuneError || size != 1 {
			break
		}
		s = s[1:]
	}
	return s
}

// TrimEnd drops a partial UTF-8 character from the end of s.
func TrimEnd(s string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if r != utf8.RuneError || size != 1 {
			break
		}
		s = s[:len(s)-1]
	}
	return s
}

// EntryHitCounts returns, for each lexicon entry with hits, its number of
// hits and of articles (an article counted once per entry).
func (db *DB) EntryHitCounts(ctx context.Context) (map[string][2]int, error) {
	// Kept at write time (entry_totals, migration 0010): one row per entry.
	rows, err := db.read.QueryContext(ctx, "SELECT entry, hits, articles FROM entry_totals WHERE articles > 0")
	if err != nil {
		return nil, fmt.Errorf("store: entry hits: %w", err)
	}
	defer rows.Close()
	out := map[string][2]int{}
	for rows.Next() {
		var e string
		var n, a int
		if err := rows.Scan(&e, &n, &a); err != nil {
			return nil, fmt.Errorf("store: entry hits: %w", err)
		}
		out[e] = [2]int{n, a}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: entry hits: %w", err)
	}
	return out, nil
}

// BlindSalt returns this database's random salt for blind-mode letters,
// creating it on first use, so letters are stable for one database and
// unpredictable from outlet names.
func (db *DB) BlindSalt(ctx context.Context) (string, error) {
	var v string
	err := db.read.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'blind_salt'").Scan(&v)
	if err == nil {
		return v, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("store: blind salt: %w", err)
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("store: blind salt: %w", err)
	}
	// Insert unless present, then read back: two servers starting at once agree.
	if _, err := db.write.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES ('blind_salt', ?) ON CONFLICT (key) DO NOTHING",
		hex.EncodeToString(b)); err != nil {
		return "", fmt.Errorf("store: blind salt: %w", err)
	}
	if err := db.write.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'blind_salt'").Scan(&v); err != nil {
		return "", fmt.Errorf("store: blind salt: %w", err)
	}
	return v, nil
}

// DataVersion changes whenever articles are added, deleted or rescored, so
// callers can cache figures computed from the tables. It is cheap: the
// number of articles, two largest-rowid lookups and the number of rescores
// (meta 'rescores', counted by ReplaceAnalyses).
//
// The number of articles is the sum of the per-outlet rollup (exact in
// every committed transaction): the same number from a row per outlet,
// where counting the articles reads an index of every article (88 ms at 1M
// articles in the sqlite3 shell) or, on PostgreSQL, the table. Unlike
// Watch's change counter, it stays put when a feed poll or a class exercise
// commits, so the figures cached by it are kept.
func (db *DB) DataVersion(ctx context.Context) (string, error) {
	var n, maxID, batches, rescores, curation int64
	count := "(SELECT coalesce(sum(articles), 0) FROM outlet_sums)"
	if db.pg {
		count = "(SELECT coalesce(sum(articles), 0)::bigint FROM outlet_sums)"
	}
	err := db.read.QueryRowContext(ctx, `SELECT `+count+`, coalesce((SELECT max(id) FROM articles), 0),
		(SELECT coalesce(max(id), 0) + count(*) FROM batches),
		coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'rescores'), 0),
		coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'curation_version'), 0)`).Scan(&n, &maxID, &batches, &rescores, &curation)
	if err != nil {
		return "", fmt.Errorf("store: data version: %w", err)
	}
	// Curation (outlet and story renames, merges, moves) changes names and
	// groupings without adding or removing an article.
	return fmt.Sprintf("%d-%d-%d-%d-c%d", n, maxID, batches, rescores, curation), nil
}

// QuoteHit is a quote with its article, for lists across articles.
type QuoteHit struct {
	QuoteRow
	OutletID int64
	Outlet   string
	Title    string
}

// Quotes returns up to limit quotes of the filter's articles, optionally
// from one speaker group ("unknown" matches quotes with no group), newest
// article first.
func (db *DB) Quotes(ctx context.Context, f Filter, group string, limit int) ([]QuoteHit, error) {
	where, args := f.articleWhere()
	if group != "" {
		if group == "unknown" {
			group = ""
		}
		where += " AND q.speaker_group = ?"
		args = append(args, group)
	}
	args = append(args, limit)
	rows, err := db.read.QueryContext(ctx, `SELECT q.id, q.article_id, q.start, q."end", q.kind, q.speaker, q.speaker_group,
			q.verb, q.verb_class, q.words, a.outlet_id, o.name, a.title
		FROM quotes q JOIN articles a ON a.id = q.article_id JOIN outlets o ON o.id = a.outlet_id
		LEFT JOIN stories s ON s.id = a.story_id
		WHERE `+where+` ORDER BY a.published DESC, a.id DESC, q.start LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: quotes: %w", err)
	}
	defer rows.Close()
	var out []QuoteHit
	for rows.Next() {
		var q QuoteHit
		if err := rows.Scan(&q.ID, &q.ArticleID, &q.Start, &q.End, &q.Kind, &q.Speaker, &q.SpeakerGroup, &q.Verb,
			&q.VerbClass, &q.Words, &q.OutletID, &q.Outlet, &q.Title); err != nil {
			return nil, fmt.Errorf("store: quotes: %w", err)
		}
		out = append(out, q)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: quotes: %w", err)
	}
	return out, nil
}

// SearchRow is one article matching a full-text search.
type SearchRow struct {
	ID        int64
	OutletID  int64
	Outlet    string
	Title     string
	Published string
	Text      string
}

// ftsPhrase quotes q as one FTS5 phrase, so user input is never read as
// query syntax (AND, NEAR, column filters, "*").
func ftsPhrase(q string) string {
	return `"` + strings.ReplaceAll(q, `"`, `""`) + `"`
}

// pgPhrase is a search phrase as PostgreSQL's tsquery: its words, lower-cased,
// next to each other, split where the generated tsvector splits them
// (migration 0001).
const pgPhrase = "phraseto_tsquery('simple', translate(?, '/-.@_', '     '))"

// pgMatch is PostgreSQL's phrase match on the articles' generated tsvector.
const pgMatch = "fts @@ " + pgPhrase

// searchArg is the search phrase q as the backend's match reads it.
func (db *DB) searchArg(q string) any {
	if db.pg {
		return q
	}
	return ftsPhrase(q)
}

// Search returns up to limit articles whose title or text contains the
// phrase q, best match first.
func (db *DB) Search(ctx context.Context, q string, f Filter, limit int) ([]SearchRow, error) {
	return db.SearchTop(ctx, q, f, limit, 0)
}

// SearchCount is how many of an outlet's articles in one month match a
// search ("" for articles without a date).
type SearchCount struct {
	OutletID int64
	Outlet   string
	Month    string
	Articles int
}

// SearchCounts counts matching articles per outlet and month.
func (db *DB) SearchCounts(ctx context.Context, q string, f Filter) ([]SearchCount, error) {
	where, args := f.articleWhere()
	args = append([]any{db.searchArg(q)}, args...)
	from, match := "articles_fts JOIN articles a ON a.id = articles_fts.rowid", "articles_fts MATCH ?"
	if db.pg {
		from, match = "articles a", "a."+pgMatch
	}
	rows, err := db.read.QueryContext(ctx, `SELECT a.outlet_id, o.name, substr(a.published, 1, 7), count(*)
		FROM `+from+` JOIN outlets o ON o.id = a.outlet_id
		LEFT JOIN stories s ON s.id = a.story_id
		WHERE `+match+` AND `+where+` GROUP BY a.outlet_id, o.name, substr(a.published, 1, 7) ORDER BY 1, 3`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: search counts: %w", err)
	}
	defer rows.Close()
	var out []SearchCount
	for rows.Next() {
		var c SearchCount
		if err := rows.Scan(&c.OutletID, &c.Outlet, &c.Month, &c.Articles); err != nil {
			return nil, fmt.Errorf("store: search counts: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search counts: %w", err)
	}
	return out, nil
}

// EntryArticles returns the articles with hits of one lexicon entry of
// signal and their number of hits, most hits first.
func (db *DB) EntryArticles(ctx context.Context, signal, entry string, limit int) ([]ArticleHits, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT a.id, a.outlet_id, o.name, a.title, sum(h.n) AS n
		FROM evidence_keys k JOIN entry_hits h ON h.key_id = k.id JOIN articles a ON a.id = h.article_id
		JOIN outlets o ON o.id = a.outlet_id
		WHERE k.signal = ? AND k.entry = ? GROUP BY a.id, o.id ORDER BY n DESC, a.id LIMIT ?`, signal, entry, limit)
	if err != nil {
		return nil, fmt.Errorf("store: entry %s articles: %w", entry, err)
	}
	defer rows.Close()
	var out []ArticleHits
	for rows.Next() {
		var r ArticleHits
		if err := rows.Scan(&r.ID, &r.OutletID, &r.Outlet, &r.Title, &r.Hits); err != nil {
			return nil, fmt.Errorf("store: entry %s articles: %w", entry, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: entry %s articles: %w", entry, err)
	}
	return out, nil
}

// ArticleHits is an article with a number of hits.
type ArticleHits struct {
	ID       int64
	OutletID int64
	Outlet   string
	Title    string
	Hits     int
}

package store

// Precomputed aggregates (migration 0006). Every write that changes the rows
// they sum (an import flush, a rescore, a delete) adjusts them in the same
// transaction through adjustAggregates, so a committed transaction always
// leaves them equal to the sums over the rows. Pages read them instead of
// the per-article rows: their size grows with outlets x stories x months,
// not with the number of articles.
//
// Bootstrap intervals: the aggregates keep no per-article values, so the
// intervals are computed over per-(outlet, story, month) sums: each sum is
// one resampling unit inside its story (the cluster bootstrap resamples
// stories, then units within a story). Articles of one outlet, story and
// month move together, which is a coarser, slightly more conservative
// resampling than per article, and keeps the bootstrap's cost bounded by the
// number of months, whatever the number of articles.
//
// Rollups (migration 0010), kept by the same statements: per outlet (the
// whole corpus), per story (the story list), per entry (the lexicon), month
// first (date ranges), and per outlet the moments of its story clusters for
// the rate signals, from which the overview computes a cluster-robust
// interval for outlets with many stories (app/page_overview.go, clusterRate)
// instead of a bootstrap whose cost grows with the stories. At 1M articles
// the 0006 tables hold 0.5-10 M rows; the rollups the overview reads hold a
// row per outlet, story or entry.

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// aggregateAdjust are the statements that add (sign 1) or subtract (sign -1)
// the contribution of the articles matching a condition over articles a.
// Each has two placeholders: %[1]s the condition; the sign is bound as the
// first argument.
var aggregateAdjust = []string{
	`INSERT INTO outlet_article_totals (outlet_id, story_id, month, articles, analysed, words, narrator_words, sentences, quotes)
	SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), ?1 * count(*), ?1 * sum(a.analysed),
		?1 * sum(a.words), ?1 * sum(a.narrator_words), ?1 * sum(a.sentences), ?1 * sum(a.quotes)
	FROM articles a WHERE %[1]s GROUP BY 1, 2, 3
	ON CONFLICT (outlet_id, story_id, month) DO UPDATE SET articles = outlet_article_totals.articles + excluded.articles,
		analysed = outlet_article_totals.analysed + excluded.analysed, words = outlet_article_totals.words + excluded.words,
		narrator_words = outlet_article_totals.narrator_words + excluded.narrator_words, sentences = outlet_article_totals.sentences + excluded.sentences,
		quotes = outlet_article_totals.quotes + excluded.quotes`,
	`INSERT INTO outlet_signal_totals (outlet_id, story_id, month, signal, hits, articles)
	SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), c.signal, ?1 * sum(c.count), ?1 * count(*)
	FROM article_counts c JOIN articles a ON a.id = c.article_id WHERE %[1]s GROUP BY 1, 2, 3, 4
	ON CONFLICT (outlet_id, story_id, month, signal) DO UPDATE SET hits = outlet_signal_totals.hits + excluded.hits,
		articles = outlet_signal_totals.articles + excluded.articles`,
	`INSERT INTO outlet_frame_totals (outlet_id, story_id, month, frame, cues, present_articles, articles)
	SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), fr.frame, ?1 * sum(fr.cues),
		?1 * sum(fr.present), ?1 * count(*)
	FROM article_frames fr JOIN articles a ON a.id = fr.article_id WHERE %[1]s GROUP BY 1, 2, 3, 4
	ON CONFLICT (outlet_id, story_id, month, frame) DO UPDATE SET cues = outlet_frame_totals.cues + excluded.cues,
		present_articles = outlet_frame_totals.present_articles + excluded.present_articles, articles = outlet_frame_totals.articles + excluded.articles`,
	`INSERT INTO outlet_quote_totals (outlet_id, story_id, month, speaker_group, verb_class, quotes, words)
	SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), q.speaker_group, q.verb_class,
		?1 * count(*), ?1 * sum(q.words)
	FROM quotes q JOIN articles a ON a.id = q.article_id WHERE %[1]s GROUP BY 1, 2, 3, 4, 5
	ON CONFLICT (outlet_id, story_id, month, speaker_group, verb_class) DO UPDATE SET quotes = outlet_quote_totals.quotes + excluded.quotes,
		words = outlet_quote_totals.words + excluded.words`,
	// Migration 0010's rollups per outlet.
	`INSERT INTO outlet_sums (outlet_id, articles, analysed, words, narrator_words, sentences, quotes)
	SELECT a.outlet_id, ?1 * count(*), ?1 * sum(a.analysed), ?1 * sum(a.words), ?1 * sum(a.narrator_words),
		?1 * sum(a.sentences), ?1 * sum(a.quotes)
	FROM articles a WHERE %[1]s GROUP BY 1
	ON CONFLICT (outlet_id) DO UPDATE SET articles = outlet_sums.articles + excluded.articles,
		analysed = outlet_sums.analysed + excluded.analysed, words = outlet_sums.words + excluded.words,
		narrator_words = outlet_sums.narrator_words + excluded.narrator_words, sentences = outlet_sums.sentences + excluded.sentences,
		quotes = outlet_sums.quotes + excluded.quotes`,
	`INSERT INTO outlet_signal_sums (outlet_id, signal, hits, articles)
	SELECT a.outlet_id, c.signal, ?1 * sum(c.count), ?1 * count(*)
	FROM article_counts c JOIN articles a ON a.id = c.article_id WHERE %[1]s GROUP BY 1, 2
	ON CONFLICT (outlet_id, signal) DO UPDATE SET hits = outlet_signal_sums.hits + excluded.hits,
		articles = outlet_signal_sums.articles + excluded.articles`,
	`INSERT INTO outlet_frame_sums (outlet_id, frame, cues, present_articles, articles)
	SELECT a.outlet_id, fr.frame, ?1 * sum(fr.cues), ?1 * sum(fr.present), ?1 * count(*)
	FROM article_frames fr JOIN articles a ON a.id = fr.article_id WHERE %[1]s GROUP BY 1, 2
	ON CONFLICT (outlet_id, frame) DO UPDATE SET cues = outlet_frame_sums.cues + excluded.cues,
		present_articles = outlet_frame_sums.present_articles + excluded.present_articles, articles = outlet_frame_sums.articles + excluded.articles`,
	`INSERT INTO outlet_quote_sums (outlet_id, speaker_group, verb_class, quotes, words)
	SELECT a.outlet_id, q.speaker_group, q.verb_class, ?1 * count(*), ?1 * sum(q.words)
	FROM quotes q JOIN articles a ON a.id = q.article_id WHERE %[1]s GROUP BY 1, 2, 3
	ON CONFLICT (outlet_id, speaker_group, verb_class) DO UPDATE SET quotes = outlet_quote_sums.quotes + excluded.quotes,
		words = outlet_quote_sums.words + excluded.words`,
	// Month first, for date filters.
	`INSERT INTO outlet_month_rates (month, outlet_id, story_id, articles, analysed, words, narrator_words, sentences, quotes, l1, l2, l3, e2)
	SELECT substr(a.published, 1, 7), a.outlet_id, coalesce(a.story_id, 0), ?1 * count(*), ?1 * sum(a.analysed), ?1 * sum(a.words),
		?1 * sum(a.narrator_words), ?1 * sum(a.sentences), ?1 * sum(a.quotes),
		?1 * sum(coalesce(c1.count, 0)), ?1 * sum(coalesce(c2.count, 0)), ?1 * sum(coalesce(c3.count, 0)), ?1 * sum(coalesce(c4.count, 0))
	FROM articles a LEFT JOIN article_counts c1 ON c1.article_id = a.id AND c1.signal = 'L1'
		LEFT JOIN article_counts c2 ON c2.article_id = a.id AND c2.signal = 'L2'
		LEFT JOIN article_counts c3 ON c3.article_id = a.id AND c3.signal = 'L3'
		LEFT JOIN article_counts c4 ON c4.article_id = a.id AND c4.signal = 'E2'
	WHERE %[1]s GROUP BY 1, 2, 3
	ON CONFLICT (month, outlet_id, story_id) DO UPDATE SET articles = outlet_month_rates.articles + excluded.articles,
		analysed = outlet_month_rates.analysed + excluded.analysed, words = outlet_month_rates.words + excluded.words,
		narrator_words = outlet_month_rates.narrator_words + excluded.narrator_words,
		sentences = outlet_month_rates.sentences + excluded.sentences, quotes = outlet_month_rates.quotes + excluded.quotes,
		l1 = outlet_month_rates.l1 + excluded.l1, l2 = outlet_month_rates.l2 + excluded.l2,
		l3 = outlet_month_rates.l3 + excluded.l3, e2 = outlet_month_rates.e2 + excluded.e2`,
	`INSERT INTO outlet_month_signal_sums (month, outlet_id, signal, hits, articles)
	SELECT substr(a.published, 1, 7), a.outlet_id, c.signal, ?1 * sum(c.count), ?1 * count(*)
	FROM article_counts c JOIN articles a ON a.id = c.article_id WHERE %[1]s GROUP BY 1, 2, 3
	ON CONFLICT (month, outlet_id, signal) DO UPDATE SET hits = outlet_month_signal_sums.hits + excluded.hits,
		articles = outlet_month_signal_sums.articles + excluded.articles`,
	`INSERT INTO outlet_month_frame_sums (month, outlet_id, frame, cues, present_articles, articles)
	SELECT substr(a.published, 1, 7), a.outlet_id, fr.frame, ?1 * sum(fr.cues), ?1 * sum(fr.present), ?1 * count(*)
	FROM article_frames fr JOIN articles a ON a.id = fr.article_id WHERE %[1]s GROUP BY 1, 2, 3
	ON CONFLICT (month, outlet_id, frame) DO UPDATE SET cues = outlet_month_frame_sums.cues + excluded.cues,
		present_articles = outlet_month_frame_sums.present_articles + excluded.present_articles,
		articles = outlet_month_frame_sums.articles + excluded.articles`,
	`INSERT INTO outlet_month_quote_sums (month, outlet_id, speaker_group, verb_class, quotes, words)
	SELECT substr(a.published, 1, 7), a.outlet_id, q.speaker_group, q.verb_class, ?1 * count(*), ?1 * sum(q.words)
	FROM quotes q JOIN articles a ON a.id = q.article_id WHERE %[1]s GROUP BY 1, 2, 3, 4
	ON CONFLICT (month, outlet_id, speaker_group, verb_class) DO UPDATE SET quotes = outlet_month_quote_sums.quotes + excluded.quotes,
		words = outlet_month_quote_sums.words + excluded.words`,
}

// RateSignals are the signals whose per-cluster hits outlet_story_rates
// keeps (its columns l1, l2, l3, e2), so that RateMoments can be kept for
// them: the overview's rates.
var RateSignals = []string{"L1", "L2", "L3", "E2"}

// clusterOf is a cluster's key (outlet_id, story_id, month) over articles
// a: the story, or for articles in no story the month.
const clusterOf = `a.outlet_id AS outlet_id, coalesce(a.story_id, 0) AS story_id,
	CASE WHEN coalesce(a.story_id, 0) = 0 THEN substr(a.published, 1, 7) ELSE '' END AS month`

// rateMomentsAdjust adds to outlet_rate_moments, for one rate signal (%[2]s,
// its column %[3]s), the change the articles matching %[1]s make to their
// clusters: each touched cluster's terms after the change (its current row
// in outlet_story_rates plus the articles' sums d) minus its terms before.
// It must run before outlet_story_rates is adjusted.
const rateMomentsAdjust = `INSERT INTO outlet_rate_moments (outlet_id, signal, clusters, x, xx, y, yy, xy)
	SELECT outlet_id, '%[2]s', sum(nc - oc), sum(nc * nx - oc * ox), sum(nc * nx * nx - oc * ox * ox),
		sum(nc * ny - oc * oy), sum(nc * ny * ny - oc * oy * oy), sum(nc * nx * ny - oc * ox * oy)
	FROM (SELECT d.outlet_id,
			CASE WHEN d.an + coalesce(r.analysed, 0) > 0 THEN 1 ELSE 0 END AS nc,
			d.x + coalesce(r.narrator_words, 0) AS nx, d.y + coalesce(r.%[3]s, 0) AS ny,
			CASE WHEN coalesce(r.analysed, 0) > 0 THEN 1 ELSE 0 END AS oc,
			coalesce(r.narrator_words, 0) AS ox, coalesce(r.%[3]s, 0) AS oy
		FROM (SELECT ` + clusterOf + `, ?1 * sum(a.analysed) AS an, ?1 * sum(a.narrator_words) AS x,
				?1 * sum(coalesce(c.count, 0)) AS y
			FROM articles a LEFT JOIN article_counts c ON c.article_id = a.id AND c.signal = '%[2]s'
			WHERE %[1]s GROUP BY 1, 2, 3) d
		LEFT JOIN outlet_story_rates r ON r.outlet_id = d.outlet_id AND r.story_id = d.story_id AND r.month = d.month) m
	GROUP BY outlet_id HAVING sum(nc) + sum(oc) > 0
	ON CONFLICT (outlet_id, signal) DO UPDATE SET clusters = outlet_rate_moments.clusters + excluded.clusters,
		x = outlet_rate_moments.x + excluded.x, xx = outlet_rate_moments.xx + excluded.xx,
		y = outlet_rate_moments.y + excluded.y, yy = outlet_rate_moments.yy + excluded.yy,
		xy = outlet_rate_moments.xy + excluded.xy`

// storySumsAdjust adds the articles matching %[1]s to story_sums: their
// number, and the outlets whose cluster of the story they fill or empty.
// It must run before outlet_story_rates is adjusted.
const storySumsAdjust = `INSERT INTO story_sums (story_id, articles, outlets)
	SELECT d.story_id, sum(d.n), sum(CASE WHEN d.n + coalesce(r.articles, 0) > 0 THEN 1 ELSE 0 END -
		CASE WHEN coalesce(r.articles, 0) > 0 THEN 1 ELSE 0 END)
	FROM (SELECT a.outlet_id AS outlet_id, a.story_id AS story_id, ?1 * count(*) AS n FROM articles a
		WHERE (%[1]s) AND a.story_id IS NOT NULL AND a.story_id <> 0 GROUP BY 1, 2) d
	LEFT JOIN outlet_story_rates r ON r.outlet_id = d.outlet_id AND r.story_id = d.story_id AND r.month = ''
	GROUP BY d.story_id
	ON CONFLICT (story_id) DO UPDATE SET articles = story_sums.articles + excluded.articles,
		outlets = story_sums.outlets + excluded.outlets`

// storyRatesAdjust adds the articles matching %[1]s to their clusters.
const storyRatesAdjust = `INSERT INTO outlet_story_rates (outlet_id, story_id, month, articles, analysed, narrator_words, l1, l2, l3, e2)
	SELECT ` + clusterOf + `, ?1 * count(*), ?1 * sum(a.analysed), ?1 * sum(a.narrator_words),
		?1 * sum(coalesce(c1.count, 0)), ?1 * sum(coalesce(c2.count, 0)), ?1 * sum(coalesce(c3.count, 0)), ?1 * sum(coalesce(c4.count, 0))
	FROM articles a LEFT JOIN article_counts c1 ON c1.article_id = a.id AND c1.signal = 'L1'
		LEFT JOIN article_counts c2 ON c2.article_id = a.id AND c2.signal = 'L2'
		LEFT JOIN article_counts c3 ON c3.article_id = a.id AND c3.signal = 'L3'
		LEFT JOIN article_counts c4 ON c4.article_id = a.id AND c4.signal = 'E2'
	WHERE %[1]s GROUP BY 1, 2, 3
	ON CONFLICT (outlet_id, story_id, month) DO UPDATE SET articles = outlet_story_rates.articles + excluded.articles,
		analysed = outlet_story_rates.analysed + excluded.analysed, narrator_words = outlet_story_rates.narrator_words + excluded.narrator_words,
		l1 = outlet_story_rates.l1 + excluded.l1, l2 = outlet_story_rates.l2 + excluded.l2,
		l3 = outlet_story_rates.l3 + excluded.l3, e2 = outlet_story_rates.e2 + excluded.e2`

// aggregateEmpty removes the rows a subtraction left at zero.
var aggregateEmpty = []string{
	"DELETE FROM outlet_sums WHERE articles = 0",
	"DELETE FROM outlet_signal_sums WHERE articles = 0",
	"DELETE FROM outlet_frame_sums WHERE articles = 0",
	"DELETE FROM outlet_quote_sums WHERE quotes = 0",
	"DELETE FROM outlet_story_rates WHERE articles = 0",
	"DELETE FROM story_sums WHERE articles = 0",
	"DELETE FROM outlet_month_rates WHERE articles = 0",
	"DELETE FROM outlet_month_signal_sums WHERE articles = 0",
	"DELETE FROM outlet_month_frame_sums WHERE articles = 0",
	"DELETE FROM outlet_month_quote_sums WHERE quotes = 0",
	"DELETE FROM outlet_rate_moments WHERE clusters = 0",
	"DELETE FROM entry_totals WHERE articles = 0",
	"DELETE FROM outlet_article_totals WHERE articles = 0",
	"DELETE FROM outlet_signal_totals WHERE articles = 0",
	"DELETE FROM outlet_frame_totals WHERE articles = 0",
	"DELETE FROM outlet_quote_totals WHERE quotes = 0",
	"DELETE FROM outlet_term_totals WHERE hits = 0",
}

// adjustAggregates adds (sign 1) or subtracts (sign -1) the articles
// matching cond (over articles a, with args numbered from ?2) in tx.
func (db *DB) adjustAggregates(ctx context.Context, tx *sql.Tx, cond string, sign int, args ...any) error {
	return adjustAggregatesOn(ctx, tx, db.pg, cond, sign, args...)
}

// termTotalsAdd adds a JSON list of [outlet, signal, entry, term, hits]
// to outlet_term_totals, per backend.
var termTotalsAdd = map[bool]string{
	false: `INSERT INTO outlet_term_totals (outlet_id, signal, entry, term, hits)
		SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
			json_extract(value, '$[3]'), json_extract(value, '$[4]')
		FROM json_each(?) WHERE true
		ON CONFLICT (outlet_id, signal, entry, term) DO UPDATE SET hits = outlet_term_totals.hits + excluded.hits`,
	true: `INSERT INTO outlet_term_totals (outlet_id, signal, entry, term, hits)
		SELECT (value->>0)::bigint, value->>1, value->>2, value->>3, (value->>4)::bigint
		FROM json_array_elements(?::json)
		ON CONFLICT (outlet_id, signal, entry, term) DO UPDATE SET hits = outlet_term_totals.hits + excluded.hits`,
}

// rateColumns are RateSignals' columns in outlet_story_rates.
var rateColumns = []string{"l1", "l2", "l3", "e2"}

// entryTotalsAdd adds a JSON list of {"e": entry, "h": hits, "a": articles}
// to entry_totals, per backend.
var entryTotalsAdd = map[bool]string{
	false: `INSERT INTO entry_totals (entry, hits, articles)
		SELECT json_extract(value, '$.e'), json_extract(value, '$.h'), json_extract(value, '$.a')
		FROM json_each(?) WHERE true
		ON CONFLICT (entry) DO UPDATE SET hits = entry_totals.hits + excluded.hits, articles = entry_totals.articles + excluded.articles`,
	true: `INSERT INTO entry_totals (entry, hits, articles)
		SELECT value->>'e', (value->>'h')::bigint, (value->>'a')::bigint
		FROM json_array_elements(?::json)
		ON CONFLICT (entry) DO UPDATE SET hits = entry_totals.hits + excluded.hits, articles = entry_totals.articles + excluded.articles`,
}

func adjustAggregatesOn(ctx context.Context, tx *sql.Tx, pg bool, cond string, sign int, args ...any) error {
	all := append([]any{sign}, args...)
	for _, q := range aggregateAdjust {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(q, cond), all...); err != nil {
			return fmt.Errorf("store: aggregates: %w", err)
		}
	}
	for i, sig := range RateSignals {
		q := fmt.Sprintf(rateMomentsAdjust, cond, sig, rateColumns[i])
		if _, err := tx.ExecContext(ctx, q, all...); err != nil {
			return fmt.Errorf("store: aggregates: rate moments: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(storySumsAdjust, cond), all...); err != nil {
		return fmt.Errorf("store: aggregates: story sums: %w", err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(storyRatesAdjust, cond), all...); err != nil {
		return fmt.Errorf("store: aggregates: story rates: %w", err)
	}
	// outlet_term_totals and entry_totals sum highlights held in evidence
	// blobs: counted in Go and added in one statement each.
	terms, entries, err := blobTotals(ctx, tx, pg, cond, all)
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		for i := range entries {
			entries[i].Hits *= sign
			entries[i].Articles *= sign
		}
		b, err := json.Marshal(entries)
		if err != nil {
			return fmt.Errorf("store: aggregates: %w", err)
		}
		if _, err := tx.ExecContext(ctx, entryTotalsAdd[pg], string(b)); err != nil {
			return fmt.Errorf("store: aggregates: entry totals: %w", err)
		}
	}
	if len(terms) > 0 {
		for i := range terms {
			terms[i][4] = sign * terms[i][4].(int)
		}
		b, err := json.Marshal(terms)
		if err != nil {
			return fmt.Errorf("store: aggregates: %w", err)
		}
		if _, err := tx.ExecContext(ctx, termTotalsAdd[pg], string(b)); err != nil {
			return fmt.Errorf("store: aggregates: %w", err)
		}
	}
	if sign < 0 {
		for _, q := range aggregateEmpty {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("store: aggregates: %w", err)
			}
		}
	}
	return nil
}

// Aggregated reports whether the figures for f can be read from the
// aggregates: any filter but a lexicon pack or categories (those need the
// evidence rows). Dates are served from the per-month aggregates for the
// whole months they cover and from the article rows for the days of at most
// two partly covered months at the ends (through the published index), so
// the cost grows with the articles of two months at most, never with the
// corpus.
func (f Filter) Aggregated() bool {
	for _, d := range []string{f.From, f.To} {
		if d != "" && (len(d) != 10 || d[4] != '-' || d[7] != '-') {
			return false // not YYYY-MM-DD: the row queries handle it
		}
	}
	return !f.evidenceScoped()
}

// dayRange is an inclusive range of dates (YYYY-MM-DD).
type dayRange struct{ from, to string }

// monthSplit splits f's date range into whole months (fromM..toM, each ""
// when open; inner false when there is no whole month) and at most two
// partial-month ranges of days.
func (f Filter) monthSplit() (fromM, toM string, inner bool, edges []dayRange) {
	if f.From != "" && f.To != "" && f.From > f.To {
		return "", "", false, nil // an empty range
	}
	inner = true
	fromOK := f.From == "" || strings.HasSuffix(f.From, "-01")
	toOK := f.To == "" || f.To[8:] == monthEnd(f.To[:7])
	if f.From != "" && f.To != "" && f.From[:7] == f.To[:7] && !(fromOK && toOK) {
		return "", "", false, []dayRange{{f.From, f.To}}
	}
	if f.From != "" {
		fromM = f.From[:7]
		if !fromOK {
			edges = append(edges, dayRange{f.From, fromM + "-" + monthEnd(fromM)})
			fromM = addMonth(fromM, 1)
		}
	}
	if f.To != "" {
		toM = f.To[:7]
		if !toOK {
			edges = append(edges, dayRange{toM + "-01", f.To})
			toM = addMonth(toM, -1)
		}
	}
	if fromM != "" && toM != "" && fromM > toM {
		inner = false
	}
	return fromM, toM, inner, edges
}

// addMonth adds n (1 or -1) months to YYYY-MM.
func addMonth(month string, n int) string {
	var y, m int
	fmt.Sscanf(month, "%d-%d", &y, &m)
	m += n
	if m > 12 {
		y, m = y+1, 1
	}
	if m < 1 {
		y, m = y-1, 12
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}

// monthEnd is the last day ("28".."31") of month YYYY-MM.
func monthEnd(month string) string {
	var y, m int
	if _, err := fmt.Sscanf(month, "%d-%d", &y, &m); err != nil || m < 1 || m > 12 {
		return ""
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	d := days[m-1]
	if m == 2 && (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		d = 29
	}
	return fmt.Sprint(d)
}

// aggregateSource is one kind of aggregate: its table and value columns,
// and the same values summed from the rows (over articles a).
type aggregateSource struct {
	table, cols       string // cols: the value columns after outlet_id, story_id, month
	rowCols, rowsFrom string
	groupBy           string
	// keys selects outlet_id, story_id, month from the table t, when the
	// table has no story_id (the per-month rollups read 0).
	keys string
}

var (
	articleTotals = aggregateSource{"outlet_article_totals", "articles, analysed, words, narrator_words, sentences, quotes",
		"count(*) AS articles, sum(a.analysed) AS analysed, sum(a.words) AS words, " +
			"sum(a.narrator_words) AS narrator_words, sum(a.sentences) AS sentences, sum(a.quotes) AS quotes", "articles a", "1, 2, 3", ""}
	signalTotals = aggregateSource{"outlet_signal_totals", "signal, hits", "c.signal AS signal, sum(c.count) AS hits",
		"article_counts c JOIN articles a ON a.id = c.article_id", "1, 2, 3, 4", ""}
	frameTotals = aggregateSource{"outlet_frame_totals", "frame, present_articles", "fr.frame AS frame, sum(fr.present) AS present_articles",
		"article_frames fr JOIN articles a ON a.id = fr.article_id", "1, 2, 3, 4", ""}
	quoteTotals = aggregateSource{"outlet_quote_totals", "speaker_group, verb_class, quotes, words",
		"q.speaker_group AS speaker_group, q.verb_class AS verb_class, count(*) AS quotes, sum(q.words) AS words", "quotes q JOIN articles a ON a.id = q.article_id", "1, 2, 3, 4, 5", ""}

	// Month first (migration 0010), for date filters without a story.
	monthUnits = aggregateSource{"outlet_month_rates", articleTotals.cols + ", l1, l2, l3, e2",
		articleTotals.rowCols + ", " + rateCountCols, "articles a", "1, 2, 3", ""}
	monthSignals = aggregateSource{"outlet_month_signal_sums", signalTotals.cols, signalTotals.rowCols, signalTotals.rowsFrom,
		signalTotals.groupBy, monthKeys}
	monthFrames = aggregateSource{"outlet_month_frame_sums", frameTotals.cols, frameTotals.rowCols, frameTotals.rowsFrom,
		frameTotals.groupBy, monthKeys}
	monthQuotes = aggregateSource{"outlet_month_quote_sums", quoteTotals.cols, quoteTotals.rowCols, quoteTotals.rowsFrom,
		quoteTotals.groupBy, monthKeys}
)

const (
	monthKeys = "t.outlet_id, 0 AS story_id, t.month"
	// rateCountCols are an article group's hits of RateSignals.
	rateCountCols = `sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = 'L1'), 0)) AS l1,
		sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = 'L2'), 0)) AS l2,
		sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = 'L3'), 0)) AS l3,
		sum(coalesce((SELECT c.count FROM article_counts c WHERE c.article_id = a.id AND c.signal = 'E2'), 0)) AS e2`
)

// byMonth reports whether f is a date range over every story: the
// month-first rollups answer it with a range of keys.
func (f Filter) byMonth() bool {
	return f.Story == "" && (f.From != "" || f.To != "") && f.outletIn == nil
}

// from returns a subquery (outlet_id, story_id, month, cols...) holding
// src's sums for f: the aggregates for whole months, the rows for the days
// of partial months. f must be Aggregated.
func (src aggregateSource) from(f Filter, pg bool) (string, []any) {
	fromM, toM, inner, edges := f.monthSplit()
	var parts []string
	var args []any
	scope := func(prefix string) string {
		cond := ""
		if f.Story != "" {
			cond += " AND " + prefix + "story_id = (SELECT id FROM stories WHERE key = ?)"
			args = append(args, f.Story)
		}
		if f.Outlet != 0 {
			cond += " AND " + prefix + "outlet_id = ?"
			args = append(args, f.Outlet)
		}
		if f.outletIn != nil {
			b, _ := json.Marshal(f.outletIn)
			cond += " AND " + prefix + "outlet_id IN (" + jsonEach(pg, true, "?") + ")"
			args = append(args, string(b))
		}
		return cond
	}
	if inner {
		cond := "1 = 1" + scope("t.")
		if fromM != "" {
			cond += " AND t.month <> '' AND t.month >= ?"
			args = append(args, fromM)
		}
		if toM != "" {
			cond += " AND t.month <> '' AND t.month <= ?"
			args = append(args, toM)
		}
		keys := src.keys
		if keys == "" {
			keys = "t.outlet_id, t.story_id, t.month"
		}
		parts = append(parts, `SELECT `+keys+`, `+src.cols+` FROM `+src.table+` t WHERE `+cond)
	}
	for _, e := range edges {
		// published is RFC 3339 text: the days from..to are the text range
		// [from, to + "U"), which the published index answers.
		cond := "a.published >= ? AND a.published < ?"
		args = append(args, e.from, e.to+"U")
		cond += scope("a.")
		parts = append(parts, `SELECT a.outlet_id AS outlet_id, coalesce(a.story_id, 0) AS story_id, substr(a.published, 1, 7) AS month, `+src.rowCols+
			` FROM `+src.rowsFrom+` WHERE `+cond+` GROUP BY `+src.groupBy)
	}
	if len(parts) == 0 {
		keys := src.keys
		if keys == "" {
			keys = "t.outlet_id, t.story_id, t.month"
		}
		return "(SELECT " + keys + ", " + src.cols + " FROM " + src.table + " t WHERE 1 = 0)", nil
	}
	return "(" + strings.Join(parts, " UNION ALL ") + ")", args
}

// OutletUnit is the sum over one outlet's articles of one story and month:
// the unit the aggregated figures pool and resample.
type OutletUnit struct {
	OutletID      int64
	Outlet        string
	Story         string // story key, "" for none
	Month         string // YYYY-MM, "" for no date
	Articles      int
	Analysed      int
	Words         int
	NarratorWords int
	Sentences     int
	Quotes        int
	Counts        map[string]int // signal -> hits
}

// OutletUnits returns the per-(outlet, story, month) sums for f (which must
// be Aggregated) with the hits of the given signals. A date range over
// every story asking for RateSignals only is read from the month-first
// rollup, whose rows hold those hits.
func (db *DB) OutletUnits(ctx context.Context, f Filter, signals []string) ([]OutletUnit, error) {
	if !f.Aggregated() {
		return nil, fmt.Errorf("store: outlet units: filter needs evidence rows")
	}
	type key struct {
		outlet, story int64
		month         string
	}
	pivot := f.byMonth()
	for _, sig := range signals {
		if !slices.Contains(RateSignals, sig) {
			pivot = false
		}
	}
	src, extra := articleTotals, ""
	if pivot {
		src, extra = monthUnits, ", t.l1, t.l2, t.l3, t.e2"
	}
	idx := map[key]int{}
	var out []OutletUnit
	from, args := src.from(f, db.pg)
	rows, err := db.read.QueryContext(ctx, `SELECT t.outlet_id, t.story_id, o.name, coalesce(s.key, ''), t.month,
			t.articles, t.analysed, t.words, t.narrator_words, t.sentences, t.quotes`+extra+`
		FROM `+from+` t JOIN outlets o ON o.id = t.outlet_id LEFT JOIN stories s ON s.id = t.story_id
		ORDER BY t.outlet_id, t.story_id, t.month`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: outlet units: %w", err)
	}
	defer rows.Close()
	var rates [4]int
	for rows.Next() {
		var u OutletUnit
		var story int64
		dest := []any{&u.OutletID, &story, &u.Outlet, &u.Story, &u.Month, &u.Articles, &u.Analysed, &u.Words,
			&u.NarratorWords, &u.Sentences, &u.Quotes}
		if pivot {
			dest = append(dest, &rates[0], &rates[1], &rates[2], &rates[3])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("store: outlet units: %w", err)
		}
		u.Counts = map[string]int{}
		if pivot {
			for i, sig := range RateSignals {
				if rates[i] != 0 && slices.Contains(signals, sig) {
					u.Counts[sig] = rates[i]
				}
			}
		}
		idx[key{u.OutletID, story, u.Month}] = len(out)
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: outlet units: %w", err)
	}
	rows.Close()
	if len(signals) == 0 || pivot {
		return out, nil
	}
	from, args = signalTotals.from(f, db.pg)
	b, _ := json.Marshal(signals)
	rows, err = db.read.QueryContext(ctx, `SELECT t.outlet_id, t.story_id, t.month, t.signal, t.hits FROM `+from+` t
		WHERE t.signal IN (`+jsonEach(db.pg, false, "?")+`)`, append(args, string(b))...)
	if err != nil {
		return nil, fmt.Errorf("store: outlet units: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k key
		var sig string
		var n int
		if err := rows.Scan(&k.outlet, &k.story, &k.month, &sig, &n); err != nil {
			return nil, fmt.Errorf("store: outlet units: %w", err)
		}
		if i, ok := idx[k]; ok && n != 0 {
			out[i].Counts[sig] += n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: outlet units: %w", err)
	}
	return out, nil
}

// SignalHits returns the hits of every signal per outlet for f (which must
// be Aggregated), from the smallest aggregate that answers it.
func (db *DB) SignalHits(ctx context.Context, f Filter) (map[int64]map[string]int, error) {
	f, err := db.wholeIfAll(ctx, f)
	if err != nil {
		return nil, err
	}
	src := signalTotals
	if f.byMonth() {
		src = monthSignals
	}
	from, args := src.from(f, db.pg)
	q := `SELECT t.outlet_id, t.signal, sum(t.hits) FROM ` + from + ` t GROUP BY t.outlet_id, t.signal`
	if f.Whole() {
		q, args = "SELECT outlet_id, signal, hits FROM outlet_signal_sums", nil
	}
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: signal hits: %w", err)
	}
	defer rows.Close()
	out := map[int64]map[string]int{}
	for rows.Next() {
		var id int64
		var sig string
		var n int
		if err := rows.Scan(&id, &sig, &n); err != nil {
			return nil, fmt.Errorf("store: signal hits: %w", err)
		}
		if n == 0 {
			continue
		}
		if out[id] == nil {
			out[id] = map[string]int{}
		}
		out[id][sig] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: signal hits: %w", err)
	}
	return out, nil
}

// OutletUnitsIn is OutletUnits for f over the given outlets only.
func (db *DB) OutletUnitsIn(ctx context.Context, f Filter, outletIDs []int64, signals []string) ([]OutletUnit, error) {
	if len(outletIDs) == 0 {
		return nil, nil
	}
	f.Outlet, f.outletIn = 0, outletIDs
	return db.OutletUnits(ctx, f, signals)
}

// coversAll reports whether f, a date range over every story and outlet,
// selects every article: no article is undated and the range spans the
// first and last publication (three lookups in the published index). Such
// a range is read from the whole-corpus rollups.
func (db *DB) coversAll(ctx context.Context, f Filter) (bool, error) {
	if !f.byMonth() || f.Outlet != 0 || f.evidenceScoped() || (f.From != "" && f.To != "" && f.From > f.To) {
		return false, nil
	}
	var first, last string
	var undated bool
	err := db.read.QueryRowContext(ctx, `SELECT coalesce((SELECT min(published) FROM articles WHERE published > ''), ''),
		coalesce((SELECT max(published) FROM articles), ''),
		EXISTS (SELECT 1 FROM articles WHERE published = '')`).Scan(&first, &last, &undated)
	if err != nil {
		return false, fmt.Errorf("store: date range: %w", err)
	}
	if undated || len(first) < 10 || len(last) < 10 {
		return false, nil
	}
	return (f.From == "" || f.From <= first[:10]) && (f.To == "" || f.To >= last[:10]), nil
}

// wholeIfAll returns the whole-corpus filter when f selects every article.
func (db *DB) wholeIfAll(ctx context.Context, f Filter) (Filter, error) {
	all, err := db.coversAll(ctx, f)
	if err != nil || !all {
		return f, err
	}
	return Filter{}, nil
}

// ByMonth reports whether f is a date range over every story, which
// OutletSumsFor answers from the month-first rollup.
func (f Filter) ByMonth() bool { return f.byMonth() && !f.evidenceScoped() }

// OutletSumsFor is OutletSums for a filter that is Whole or ByMonth. For a
// date range, the sums and each outlet's cluster moments are computed in
// SQL from the month-first rollup (and the article rows of partly covered
// months), so only a row per outlet is read, whatever the number of
// stories and months in the range.
func (db *DB) OutletSumsFor(ctx context.Context, f Filter) ([]OutletSum, error) {
	f, err := db.wholeIfAll(ctx, f)
	if err != nil {
		return nil, err
	}
	if f.Whole() {
		return db.OutletSums(ctx)
	}
	if !f.ByMonth() || !f.Aggregated() {
		return nil, fmt.Errorf("store: outlet sums: filter is not a date range over every story")
	}
	from, args := monthUnits.from(f, db.pg)
	var cols []string
	for _, c := range rateColumns {
		cols = append(cols, fmt.Sprintf(`sum(CASE WHEN c.an > 0 THEN c.%[1]s ELSE 0 END), sum(CASE WHEN c.an > 0 THEN c.%[1]s * c.%[1]s ELSE 0 END),
			sum(CASE WHEN c.an > 0 THEN c.x * c.%[1]s ELSE 0 END)`, c))
	}
	// Clusters as outlet_story_rates keys them: the story, or for articles
	// in no story the month.
	rows, err := db.read.QueryContext(ctx, `SELECT c.outlet_id, o.name, sum(c.articles), sum(c.an), sum(c.words), sum(c.x),
			sum(c.sentences), sum(c.quotes), sum(CASE WHEN c.an > 0 THEN 1 ELSE 0 END),
			sum(CASE WHEN c.an > 0 THEN c.x ELSE 0 END), sum(CASE WHEN c.an > 0 THEN c.x * c.x ELSE 0 END), `+strings.Join(cols, ", ")+`
		FROM (SELECT t.outlet_id, t.story_id, CASE WHEN t.story_id = 0 THEN t.month ELSE '' END AS cm, sum(t.articles) AS articles,
				sum(t.analysed) AS an, sum(t.words) AS words, sum(t.narrator_words) AS x, sum(t.sentences) AS sentences,
				sum(t.quotes) AS quotes, sum(t.l1) AS l1, sum(t.l2) AS l2, sum(t.l3) AS l3, sum(t.e2) AS e2
			FROM `+from+` t GROUP BY 1, 2, 3) c
		JOIN outlets o ON o.id = c.outlet_id GROUP BY c.outlet_id, o.name ORDER BY c.outlet_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: outlet sums: %w", err)
	}
	defer rows.Close()
	var out []OutletSum
	for rows.Next() {
		u := OutletSum{Moments: map[string]RateMoments{}}
		var m RateMoments
		var y [4][3]int64
		dest := []any{&u.OutletID, &u.Outlet, &u.Articles, &u.Analysed, &u.Words, &u.NarratorWords, &u.Sentences, &u.Quotes,
			&m.Clusters, &m.X, &m.XX}
		for i := range y {
			dest = append(dest, &y[i][0], &y[i][1], &y[i][2])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("store: outlet sums: %w", err)
		}
		if m.Clusters > 0 {
			for i, sig := range RateSignals {
				mi := m
				mi.Y, mi.YY, mi.XY = y[i][0], y[i][1], y[i][2]
				u.Moments[sig] = mi
			}
		}
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: outlet sums: %w", err)
	}
	rows.Close()
	hits, err := db.SignalHits(ctx, f)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Counts = hits[out[i].OutletID]
		if out[i].Counts == nil {
			out[i].Counts = map[string]int{}
		}
	}
	return out, nil
}

// Whole reports whether f selects every article: the per-outlet rollups of
// migration 0010 answer it without reading the per-(outlet, story, month)
// aggregates.
func (f Filter) Whole() bool {
	return f.unfiltered() && !f.evidenceScoped() && f.outletIn == nil
}

// RateMoments are sums over an outlet's clusters with analysed articles
// (a story, or for articles in no story a month) of one rate signal: their
// number, x (narrator words), x*x, y (hits), y*y and x*y. They are exact
// integers, kept at write time in outlet_rate_moments.
type RateMoments struct {
	Clusters         int
	X, XX, Y, YY, XY int64
}

// OutletSum is one outlet's sums over every article (migration 0010's
// rollups) with the moments of its rate clusters.
type OutletSum struct {
	OutletID      int64
	Outlet        string
	Articles      int
	Analysed      int
	Words         int
	NarratorWords int
	Sentences     int
	Quotes        int
	Counts        map[string]int         // signal -> hits, every signal
	Moments       map[string]RateMoments // RateSignals -> moments
}

// OutletSums returns every outlet's sums over the whole corpus, by outlet
// ID: three reads of a few rows per outlet, whatever the number of
// articles, stories and months.
func (db *DB) OutletSums(ctx context.Context) ([]OutletSum, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT t.outlet_id, o.name, t.articles, t.analysed, t.words, t.narrator_words,
			t.sentences, t.quotes
		FROM outlet_sums t JOIN outlets o ON o.id = t.outlet_id ORDER BY t.outlet_id`)
	if err != nil {
		return nil, fmt.Errorf("store: outlet sums: %w", err)
	}
	defer rows.Close()
	var out []OutletSum
	idx := map[int64]int{}
	for rows.Next() {
		u := OutletSum{Counts: map[string]int{}, Moments: map[string]RateMoments{}}
		if err := rows.Scan(&u.OutletID, &u.Outlet, &u.Articles, &u.Analysed, &u.Words, &u.NarratorWords, &u.Sentences,
			&u.Quotes); err != nil {
			return nil, fmt.Errorf("store: outlet sums: %w", err)
		}
		idx[u.OutletID] = len(out)
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: outlet sums: %w", err)
	}
	rows.Close()
	rows, err = db.read.QueryContext(ctx, "SELECT outlet_id, signal, hits FROM outlet_signal_sums WHERE hits <> 0")
	if err != nil {
		return nil, fmt.Errorf("store: outlet sums: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var sig string
		var n int
		if err := rows.Scan(&id, &sig, &n); err != nil {
			return nil, fmt.Errorf("store: outlet sums: %w", err)
		}
		if i, ok := idx[id]; ok {
			out[i].Counts[sig] = n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: outlet sums: %w", err)
	}
	rows.Close()
	rows, err = db.read.QueryContext(ctx, "SELECT outlet_id, signal, clusters, x, xx, y, yy, xy FROM outlet_rate_moments")
	if err != nil {
		return nil, fmt.Errorf("store: outlet sums: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var sig string
		var m RateMoments
		if err := rows.Scan(&id, &sig, &m.Clusters, &m.X, &m.XX, &m.Y, &m.YY, &m.XY); err != nil {
			return nil, fmt.Errorf("store: outlet sums: %w", err)
		}
		if i, ok := idx[id]; ok {
			out[i].Moments[sig] = m
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: outlet sums: %w", err)
	}
	return out, nil
}

// FrameTotals is FrameStats read from the aggregates (f must be Aggregated).
func (db *DB) FrameTotals(ctx context.Context, f Filter) ([]FrameStat, error) {
	f, err := db.wholeIfAll(ctx, f)
	if err != nil {
		return nil, err
	}
	src := frameTotals
	if f.byMonth() {
		src = monthFrames
	}
	from, args := src.from(f, db.pg)
	q := `SELECT t.outlet_id, t.frame, sum(t.present_articles) FROM ` + from + ` t
		GROUP BY t.outlet_id, t.frame HAVING sum(t.present_articles) > 0 ORDER BY t.outlet_id, t.frame`
	if f.Whole() {
		q, args = `SELECT outlet_id, frame, present_articles FROM outlet_frame_sums WHERE present_articles > 0
			ORDER BY outlet_id, frame`, nil
	}
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: frame totals: %w", err)
	}
	defer rows.Close()
	var out []FrameStat
	for rows.Next() {
		var s FrameStat
		if err := rows.Scan(&s.OutletID, &s.Frame, &s.Present); err != nil {
			return nil, fmt.Errorf("store: frame totals: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: frame totals: %w", err)
	}
	return out, nil
}

// SourcingTotals is SourcingStats read from the aggregates (f must be
// Aggregated).
func (db *DB) SourcingTotals(ctx context.Context, f Filter) ([]SourcingStat, error) {
	f, err := db.wholeIfAll(ctx, f)
	if err != nil {
		return nil, err
	}
	src := quoteTotals
	if f.byMonth() {
		src = monthQuotes
	}
	from, args := src.from(f, db.pg)
	q := `SELECT t.outlet_id, t.speaker_group, t.verb_class, sum(t.quotes), sum(t.words)
		FROM ` + from + ` t GROUP BY t.outlet_id, t.speaker_group, t.verb_class ORDER BY 1, 2, 3`
	if f.Whole() {
		q, args = `SELECT outlet_id, speaker_group, verb_class, quotes, words FROM outlet_quote_sums ORDER BY 1, 2, 3`, nil
	}
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: sourcing totals: %w", err)
	}
	defer rows.Close()
	var out []SourcingStat
	for rows.Next() {
		var s SourcingStat
		if err := rows.Scan(&s.OutletID, &s.Group, &s.VerbClass, &s.Quotes, &s.Words); err != nil {
			return nil, fmt.Errorf("store: sourcing totals: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: sourcing totals: %w", err)
	}
	return out, nil
}

// TermTotals returns an outlet's most frequent terms in its own wording
// (at most limit, most frequent first), read from the aggregates. Unlike
// TermStats it leaves out the sentence-level signals (S1, F1, F2, F4, E5),
// whose evidence is not a term.
func (db *DB) TermTotals(ctx context.Context, outletID int64, limit int) ([]TermStat, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT outlet_id, signal, entry, term, hits FROM outlet_term_totals
		WHERE outlet_id = ? ORDER BY hits DESC, term LIMIT ?`, outletID, limit)
	if err != nil {
		return nil, fmt.Errorf("store: term totals: %w", err)
	}
	defer rows.Close()
	var out []TermStat
	for rows.Next() {
		var s TermStat
		if err := rows.Scan(&s.OutletID, &s.Signal, &s.Entry, &s.Term, &s.Count); err != nil {
			return nil, fmt.Errorf("store: term totals: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: term totals: %w", err)
	}
	return out, nil
}

// RecentArticleStats returns the limit most recently published articles of
// an outlet (ArticleStats for those only, newest first) and the outlet's
// number of articles.
func (db *DB) RecentArticleStats(ctx context.Context, outletID int64, signals []string, limit int) ([]ArticleStat, int, error) {
	var total int
	if err := db.read.QueryRowContext(ctx, "SELECT coalesce(sum(articles), 0) FROM outlet_article_totals WHERE outlet_id = ?",
		outletID).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: recent articles: %w", err)
	}
	stats, err := db.ArticleStats(ctx, Filter{Outlet: outletID, recent: limit}, signals)
	if err != nil {
		return nil, 0, err
	}
	return stats, total, nil
}

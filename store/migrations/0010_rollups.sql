-- 0010: coarser rollups of the 0006 aggregates, so that the overview's
-- figures over the whole corpus, and the lexicon's hit counts, read a row
-- per outlet (or per entry) instead of a row per outlet, story and month:
-- at 1,000,000 articles those were 466k-10M rows and took 5-72 s to read.
-- Kept in the same transaction as every write, like 0006 (store/aggregates.go).

-- Per outlet: the sums of outlet_article_totals, outlet_signal_totals,
-- outlet_frame_totals and outlet_quote_totals over stories and months.
CREATE TABLE outlet_sums (
    outlet_id      INTEGER PRIMARY KEY,
    articles       INTEGER NOT NULL,
    analysed       INTEGER NOT NULL,
    words          INTEGER NOT NULL,
    narrator_words INTEGER NOT NULL,
    sentences      INTEGER NOT NULL,
    quotes         INTEGER NOT NULL
);

CREATE TABLE outlet_signal_sums (
    outlet_id INTEGER NOT NULL,
    signal    TEXT NOT NULL,
    hits      INTEGER NOT NULL,
    articles  INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, signal)
) WITHOUT ROWID;

CREATE TABLE outlet_frame_sums (
    outlet_id        INTEGER NOT NULL,
    frame            TEXT NOT NULL,
    cues             INTEGER NOT NULL,
    present_articles INTEGER NOT NULL,
    articles         INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, frame)
) WITHOUT ROWID;

CREATE TABLE outlet_quote_sums (
    outlet_id     INTEGER NOT NULL,
    speaker_group TEXT NOT NULL,
    verb_class    TEXT NOT NULL,
    quotes        INTEGER NOT NULL,
    words         INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, speaker_group, verb_class)
) WITHOUT ROWID;

-- The clusters of the overview's rate intervals: an outlet's articles of one
-- story (month ''), or, for articles in no story (story_id 0), of one month.
-- l1, l2, l3, e2 are the hits of the overview's rate signals (app
-- rateSignals, store.RateSignals).
CREATE TABLE outlet_story_rates (
    outlet_id      INTEGER NOT NULL,
    story_id       INTEGER NOT NULL,
    month          TEXT NOT NULL,
    articles       INTEGER NOT NULL,
    analysed       INTEGER NOT NULL,
    narrator_words INTEGER NOT NULL,
    l1             INTEGER NOT NULL,
    l2             INTEGER NOT NULL,
    l3             INTEGER NOT NULL,
    e2             INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, story_id, month)
) WITHOUT ROWID;

-- Per outlet and rate signal, sums over its clusters with analysed articles
-- (x: narrator words, y: hits): their number, x, x*x, y, y*y and x*y, from
-- which a cluster-robust interval of the pooled rate y/x is computed
-- without reading the clusters.
CREATE TABLE outlet_rate_moments (
    outlet_id INTEGER NOT NULL,
    signal    TEXT NOT NULL,
    clusters  INTEGER NOT NULL,
    x         INTEGER NOT NULL,
    xx        INTEGER NOT NULL,
    y         INTEGER NOT NULL,
    yy        INTEGER NOT NULL,
    xy        INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, signal)
) WITHOUT ROWID;

-- The lexicon page's hits and articles per entry (an article counted once
-- per entry, whatever the entry's keys).
CREATE TABLE entry_totals (
    entry    TEXT PRIMARY KEY,
    hits     INTEGER NOT NULL,
    articles INTEGER NOT NULL
) WITHOUT ROWID;

-- Per story (story_id <> 0): its articles and the outlets with some, for
-- the overview's story list.
CREATE TABLE story_sums (
    story_id INTEGER PRIMARY KEY,
    articles INTEGER NOT NULL,
    outlets  INTEGER NOT NULL
);

-- Month first, for date filters (a range of months is a range of keys):
-- outlet_article_totals with the rate signals' hits (as outlet_story_rates),
-- and per outlet and month the sums of signals, frames and quotes.
CREATE TABLE outlet_month_rates (
    month          TEXT NOT NULL,
    outlet_id      INTEGER NOT NULL,
    story_id       INTEGER NOT NULL,
    articles       INTEGER NOT NULL,
    analysed       INTEGER NOT NULL,
    words          INTEGER NOT NULL,
    narrator_words INTEGER NOT NULL,
    sentences      INTEGER NOT NULL,
    quotes         INTEGER NOT NULL,
    l1             INTEGER NOT NULL,
    l2             INTEGER NOT NULL,
    l3             INTEGER NOT NULL,
    e2             INTEGER NOT NULL,
    PRIMARY KEY (month, outlet_id, story_id)
) WITHOUT ROWID;

CREATE TABLE outlet_month_signal_sums (
    month     TEXT NOT NULL,
    outlet_id INTEGER NOT NULL,
    signal    TEXT NOT NULL,
    hits      INTEGER NOT NULL,
    articles  INTEGER NOT NULL,
    PRIMARY KEY (month, outlet_id, signal)
) WITHOUT ROWID;

CREATE TABLE outlet_month_frame_sums (
    month            TEXT NOT NULL,
    outlet_id        INTEGER NOT NULL,
    frame            TEXT NOT NULL,
    cues             INTEGER NOT NULL,
    present_articles INTEGER NOT NULL,
    articles         INTEGER NOT NULL,
    PRIMARY KEY (month, outlet_id, frame)
) WITHOUT ROWID;

CREATE TABLE outlet_month_quote_sums (
    month         TEXT NOT NULL,
    outlet_id     INTEGER NOT NULL,
    speaker_group TEXT NOT NULL,
    verb_class    TEXT NOT NULL,
    quotes        INTEGER NOT NULL,
    words         INTEGER NOT NULL,
    PRIMARY KEY (month, outlet_id, speaker_group, verb_class)
) WITHOUT ROWID;

-- A story's first publication (Stories, Story) is one index lookup.
CREATE INDEX articles_story_published ON articles(story_id, published);

-- A story filter reads one story's rows of the 0006 aggregates.
CREATE INDEX outlet_article_totals_story ON outlet_article_totals(story_id);
CREATE INDEX outlet_signal_totals_story ON outlet_signal_totals(story_id);
CREATE INDEX outlet_frame_totals_story ON outlet_frame_totals(story_id);
CREATE INDEX outlet_quote_totals_story ON outlet_quote_totals(story_id);

INSERT INTO outlet_sums
SELECT outlet_id, sum(articles), sum(analysed), sum(words), sum(narrator_words), sum(sentences), sum(quotes)
FROM outlet_article_totals GROUP BY outlet_id;

INSERT INTO outlet_signal_sums
SELECT outlet_id, signal, sum(hits), sum(articles) FROM outlet_signal_totals GROUP BY outlet_id, signal;

INSERT INTO outlet_frame_sums
SELECT outlet_id, frame, sum(cues), sum(present_articles), sum(articles) FROM outlet_frame_totals GROUP BY outlet_id, frame;

INSERT INTO outlet_quote_sums
SELECT outlet_id, speaker_group, verb_class, sum(quotes), sum(words) FROM outlet_quote_totals GROUP BY outlet_id, speaker_group, verb_class;

INSERT INTO outlet_story_rates
SELECT t.outlet_id, t.story_id, CASE WHEN t.story_id = 0 THEN t.month ELSE '' END, sum(t.articles), sum(t.analysed),
    sum(t.narrator_words),
    sum(coalesce((SELECT s.hits FROM outlet_signal_totals s WHERE s.outlet_id = t.outlet_id AND s.story_id = t.story_id AND s.month = t.month AND s.signal = 'L1'), 0)),
    sum(coalesce((SELECT s.hits FROM outlet_signal_totals s WHERE s.outlet_id = t.outlet_id AND s.story_id = t.story_id AND s.month = t.month AND s.signal = 'L2'), 0)),
    sum(coalesce((SELECT s.hits FROM outlet_signal_totals s WHERE s.outlet_id = t.outlet_id AND s.story_id = t.story_id AND s.month = t.month AND s.signal = 'L3'), 0)),
    sum(coalesce((SELECT s.hits FROM outlet_signal_totals s WHERE s.outlet_id = t.outlet_id AND s.story_id = t.story_id AND s.month = t.month AND s.signal = 'E2'), 0))
FROM outlet_article_totals t GROUP BY 1, 2, 3;

INSERT INTO outlet_month_rates
SELECT t.month, t.outlet_id, t.story_id, t.articles, t.analysed, t.words, t.narrator_words, t.sentences, t.quotes,
    coalesce((SELECT s.hits FROM outlet_signal_totals s WHERE s.outlet_id = t.outlet_id AND s.story_id = t.story_id AND s.month = t.month AND s.signal = 'L1'), 0),
    coalesce((SELECT s.hits FROM outlet_signal_totals s WHERE s.outlet_id = t.outlet_id AND s.story_id = t.story_id AND s.month = t.month AND s.signal = 'L2'), 0),
    coalesce((SELECT s.hits FROM outlet_signal_totals s WHERE s.outlet_id = t.outlet_id AND s.story_id = t.story_id AND s.month = t.month AND s.signal = 'L3'), 0),
    coalesce((SELECT s.hits FROM outlet_signal_totals s WHERE s.outlet_id = t.outlet_id AND s.story_id = t.story_id AND s.month = t.month AND s.signal = 'E2'), 0)
FROM outlet_article_totals t;

INSERT INTO outlet_month_signal_sums
SELECT month, outlet_id, signal, sum(hits), sum(articles) FROM outlet_signal_totals GROUP BY month, outlet_id, signal;

INSERT INTO outlet_month_frame_sums
SELECT month, outlet_id, frame, sum(cues), sum(present_articles), sum(articles) FROM outlet_frame_totals GROUP BY month, outlet_id, frame;

INSERT INTO outlet_month_quote_sums
SELECT month, outlet_id, speaker_group, verb_class, sum(quotes), sum(words) FROM outlet_quote_totals
GROUP BY month, outlet_id, speaker_group, verb_class;

INSERT INTO story_sums
SELECT story_id, sum(articles), count(*) FROM outlet_story_rates WHERE story_id <> 0 GROUP BY story_id;

INSERT INTO outlet_rate_moments
SELECT outlet_id, signal, count(*), sum(narrator_words), sum(narrator_words * narrator_words), sum(y), sum(y * y), sum(narrator_words * y)
FROM (SELECT r.outlet_id, g.signal, r.narrator_words,
        CASE g.signal WHEN 'L1' THEN r.l1 WHEN 'L2' THEN r.l2 WHEN 'L3' THEN r.l3 ELSE r.e2 END AS y
    FROM outlet_story_rates r, (SELECT 'L1' AS signal UNION ALL SELECT 'L2' UNION ALL SELECT 'L3' UNION ALL SELECT 'E2') g
    WHERE r.analysed > 0) c
GROUP BY outlet_id, signal;

INSERT INTO entry_totals
WITH per AS (SELECT key_id, sum(n) AS n, count(*) AS a FROM entry_hits GROUP BY key_id)
SELECT k.entry, sum(per.n), CASE WHEN count(*) = 1 THEN sum(per.a) ELSE
    (SELECT count(DISTINCT h.article_id) FROM evidence_keys k2 JOIN entry_hits h ON h.key_id = k2.id WHERE k2.entry = k.entry) END
FROM per JOIN evidence_keys k ON k.id = per.key_id WHERE k.entry <> '' GROUP BY k.entry;

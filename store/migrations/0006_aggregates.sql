-- 0006: precomputed aggregates, so the overview and outlet pages read sums
-- whose size grows with outlets x stories x months, not with articles.
-- They are kept in the same transaction as every write (import flush,
-- rescore, delete: see store/aggregates.go), so each committed transaction
-- leaves them equal to the sums over the rows. story_id 0 means no story,
-- month '' no date (month is substr(published, 1, 7)).

-- Denominators: articles, analysed articles and their word, sentence and
-- quote counts.
CREATE TABLE outlet_article_totals (
    outlet_id      INTEGER NOT NULL,
    story_id       INTEGER NOT NULL,
    month          TEXT NOT NULL,
    articles       INTEGER NOT NULL,
    analysed       INTEGER NOT NULL,
    words          INTEGER NOT NULL,
    narrator_words INTEGER NOT NULL,
    sentences      INTEGER NOT NULL,
    quotes         INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, story_id, month)
) WITHOUT ROWID;

-- Sums of article_counts: hits, and articles with a row for the signal.
CREATE TABLE outlet_signal_totals (
    outlet_id INTEGER NOT NULL,
    story_id  INTEGER NOT NULL,
    month     TEXT NOT NULL,
    signal    TEXT NOT NULL,
    hits      INTEGER NOT NULL,
    articles  INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, story_id, month, signal)
) WITHOUT ROWID;

-- Sums of article_frames: cues, articles where present, articles with a row.
CREATE TABLE outlet_frame_totals (
    outlet_id        INTEGER NOT NULL,
    story_id         INTEGER NOT NULL,
    month            TEXT NOT NULL,
    frame            TEXT NOT NULL,
    cues             INTEGER NOT NULL,
    present_articles INTEGER NOT NULL,
    articles         INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, story_id, month, frame)
) WITHOUT ROWID;

-- Quotes per speaker group and verb class, with their words.
CREATE TABLE outlet_quote_totals (
    outlet_id     INTEGER NOT NULL,
    story_id      INTEGER NOT NULL,
    month         TEXT NOT NULL,
    speaker_group TEXT NOT NULL,
    verb_class    TEXT NOT NULL,
    quotes        INTEGER NOT NULL,
    words         INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, story_id, month, speaker_group, verb_class)
) WITHOUT ROWID;

-- The outlet's own wording (direct quotes left out) per matched term, for
-- the outlet profile's term, naming and tone tables. Sentence-level signals
-- (S1, F1, F2, F4, E5) are not terms and are left out, which keeps the
-- table bounded by the lexicon's vocabulary.
CREATE TABLE outlet_term_totals (
    outlet_id INTEGER NOT NULL,
    signal    TEXT NOT NULL,
    entry     TEXT NOT NULL,
    term      TEXT NOT NULL,
    hits      INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, signal, entry, term)
) WITHOUT ROWID;

-- The lexicon page's hit counts per entry.
CREATE INDEX evidence_entry ON evidence(entry, article_id);
-- Date filters read the days of partly covered months from the articles.
CREATE INDEX articles_published ON articles(published);
-- The overview's totals count these few articles through an index instead
-- of scanning the articles table (texts included) on every request.
CREATE INDEX articles_syndicated ON articles(syndicated_of) WHERE syndicated_of IS NOT NULL;
CREATE INDEX articles_not_analysed ON articles(id) WHERE analysed = 0;

INSERT INTO outlet_article_totals
SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), count(*), sum(a.analysed),
       sum(a.words), sum(a.narrator_words), sum(a.sentences), sum(a.quotes)
FROM articles a GROUP BY 1, 2, 3;

INSERT INTO outlet_signal_totals
SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), c.signal, sum(c.count), count(*)
FROM article_counts c JOIN articles a ON a.id = c.article_id GROUP BY 1, 2, 3, 4;

INSERT INTO outlet_frame_totals
SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), fr.frame, sum(fr.cues), sum(fr.present), count(*)
FROM article_frames fr JOIN articles a ON a.id = fr.article_id GROUP BY 1, 2, 3, 4;

INSERT INTO outlet_quote_totals
SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), q.speaker_group, q.verb_class, count(*), sum(q.words)
FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY 1, 2, 3, 4, 5;

INSERT INTO outlet_term_totals
SELECT a.outlet_id, e.signal, e.entry, e.term, count(*)
FROM evidence e JOIN articles a ON a.id = e.article_id
WHERE e.voice <> 'direct_quote' AND e.term <> '' AND e.signal NOT IN ('S1', 'F1', 'F2', 'F4', 'E5')
GROUP BY 1, 2, 3, 4;

-- 0001: the first schema: outlets, stories, import batches, articles with
-- their full-text index, and the analysis results (evidence, quotes, counts,
-- frames) keyed by article so deleting an article removes everything derived
-- from it.

CREATE TABLE outlets (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    domain TEXT NOT NULL DEFAULT '',
    notes  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE stories (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT ''
);

-- One row per import run, so an import can be undone as a whole.
-- demo = 1 marks the built-in demo corpus, which the UI labels and can remove.
CREATE TABLE batches (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    source     TEXT NOT NULL DEFAULT '',
    demo       INTEGER NOT NULL DEFAULT 0
);

-- published is RFC 3339 in UTC, or '' when unknown, so it sorts as text.
-- analysed = 0 marks articles not in a supported language: stored, never scored.
-- syndicated_of points at the first article from another outlet with the same
-- normalised text. The counts below are the denominators of the signals.
CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    outlet_id       INTEGER NOT NULL REFERENCES outlets(id),
    story_id        INTEGER REFERENCES stories(id) ON DELETE SET NULL,
    batch_id        INTEGER NOT NULL REFERENCES batches(id),
    title           TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    published       TEXT NOT NULL DEFAULT '',
    language        TEXT NOT NULL DEFAULT '',
    analysed        INTEGER NOT NULL DEFAULT 0,
    text            TEXT NOT NULL,
    source_format   TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    content_hash    TEXT NOT NULL,
    syndicated_of   INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    imported_at     TEXT NOT NULL,
    lexicon_version TEXT NOT NULL DEFAULT '',
    words           INTEGER NOT NULL DEFAULT 0,
    narrator_words  INTEGER NOT NULL DEFAULT 0,
    sentences       INTEGER NOT NULL DEFAULT 0,
    narrator_sentences INTEGER NOT NULL DEFAULT 0,
    quotes          INTEGER NOT NULL DEFAULT 0
);
-- The dedupe rule: one article per outlet and normalised text.
CREATE UNIQUE INDEX articles_outlet_hash ON articles(outlet_id, content_hash);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_story ON articles(story_id, outlet_id);
CREATE INDEX articles_outlet_published ON articles(outlet_id, published);
CREATE INDEX articles_batch ON articles(batch_id);
CREATE INDEX articles_lexicon ON articles(lexicon_version);

-- External-content FTS5 index with no triggers: small imports add their rows
-- explicitly and bulk imports rebuild the index once at the end, which is about
-- ten times faster than a per-row trigger.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

-- Lexicon versions that have scored articles: version is the content hash.
CREATE TABLE lexicon_versions (
    version    TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    entries    INTEGER NOT NULL DEFAULT 0,
    packs      TEXT NOT NULL DEFAULT ''
);

-- One row per highlighted span. start/end are byte offsets into articles.text.
-- term is the matched text lower-cased, for "top terms" without re-reading text.
CREATE TABLE evidence (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    signal     TEXT NOT NULL,
    category   TEXT NOT NULL DEFAULT '',
    entry      TEXT NOT NULL DEFAULT '',
    voice      TEXT NOT NULL DEFAULT '',
    speaker    TEXT NOT NULL DEFAULT '',
    negated    INTEGER NOT NULL DEFAULT 0,
    weight     REAL NOT NULL DEFAULT 1,
    term       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evidence_article ON evidence(article_id, start);
CREATE INDEX evidence_signal_entry ON evidence(signal, entry);

-- Direct quotes and reported speech, with speaker and speech verb.
CREATE TABLE quotes (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    speaker       TEXT NOT NULL DEFAULT '',
    speaker_group TEXT NOT NULL DEFAULT '',
    verb          TEXT NOT NULL DEFAULT '',
    verb_class    TEXT NOT NULL DEFAULT '',
    words         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article ON quotes(article_id);

-- Raw hit counts per article and signal; rates are always computed from these
-- and the denominators on articles, never stored.
CREATE TABLE article_counts (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    signal     TEXT NOT NULL,
    count      INTEGER NOT NULL,
    PRIMARY KEY (article_id, signal)
) WITHOUT ROWID;

-- Frame cues per article: cues = sentences cueing the frame.
CREATE TABLE article_frames (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    frame      TEXT NOT NULL,
    cues       INTEGER NOT NULL,
    present    INTEGER NOT NULL,
    PRIMARY KEY (article_id, frame)
) WITHOUT ROWID;

-- Small key/value facts about the database, e.g. fts_dirty = 1 while a bulk
-- import has rows the full-text index does not hold yet (rebuilt at the end,
-- or at the next start when the import was killed).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

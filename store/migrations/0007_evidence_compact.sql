-- 0007: compact evidence. The one-row-per-highlight evidence table (about
-- 110 rows per article, with three indexes: more than half of a 37k-article
-- database) becomes one blob per article (store/evidence.go describes its
-- format), a dictionary of the lexicon keys highlights point to, and one
-- row per article and key for the queries by entry, pack or category.
-- The Go step of this migration (store.go: migrateEvidence) converts the
-- old rows and then drops the evidence table and its indexes.

-- The lexicon keys of highlights. Rows are never deleted, so IDs stay valid.
CREATE TABLE evidence_keys (
    id       INTEGER PRIMARY KEY,
    signal   TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    entry    TEXT NOT NULL DEFAULT '',
    UNIQUE (signal, category, entry)
);
CREATE INDEX evidence_keys_entry ON evidence_keys(entry);

-- Every highlight of an article, in reading order, in one blob.
CREATE TABLE article_evidence (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    data       BLOB NOT NULL
);

-- Highlights per key and article: n in all, own outside direct quotes.
-- Deleted with their article explicitly (store/evidence.go: deleteEvidence),
-- from the keys its blob lists, so no index by article is needed.
CREATE TABLE entry_hits (
    key_id     INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    n          INTEGER NOT NULL,
    own        INTEGER NOT NULL,
    PRIMARY KEY (key_id, article_id)
) WITHOUT ROWID;

-- 0003: what the web's admin side keeps. Login sessions, by the hash of
-- their ID so a copy of the database lets no one in; local lexicon edits,
-- kept apart from the built-in packs so a new release's packs never
-- overwrite them; the history of lexicon versions those edits made; and the
-- progress of rescores started from the web, so any replica can show it.

-- role is 'admin' or 'viewer'. Times are RFC 3339 UTC, so they compare as text.
CREATE TABLE sessions (
    id_hash    TEXT PRIMARY KEY,
    role       TEXT NOT NULL,
    csrf       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_expires ON sessions(expires_at);

-- A local pack: a whole .lex file added or imported on the web (body), or a
-- built-in pack switched off (disabled = 1, body '' keeps the built-in text).
CREATE TABLE lexicon_local_packs (
    id         TEXT PRIMARY KEY,
    body       TEXT NOT NULL DEFAULT '',
    disabled   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- A local entry: a new entry, or a built-in one edited (body is the whole
-- entry in .lex syntax) or switched off (disabled = 1).
CREATE TABLE lexicon_local_entries (
    id         TEXT PRIMARY KEY,
    pack       TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    disabled   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- One row per change made on the web, with the lexicon version it produced.
CREATE TABLE lexicon_history (
    id         INTEGER PRIMARY KEY,
    version    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    change     TEXT NOT NULL
);

-- Rescores started from the web. state: running, done, failed, interrupted
-- (the server stopped before the job ended; articles stay whole either way).
CREATE TABLE rescore_jobs (
    id          INTEGER PRIMARY KEY,
    version     TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL DEFAULT '',
    total       INTEGER NOT NULL DEFAULT 0,
    done        INTEGER NOT NULL DEFAULT 0,
    state       TEXT NOT NULL DEFAULT 'running',
    error       TEXT NOT NULL DEFAULT ''
);

-- 0009: state that replicas behind one load balancer must share, so that
-- none of it lives only in one process's memory: the progress of web
-- imports and the login rate limiter's failure counts (store/replica_state.go).

-- A web import started from the admin pages. token is the random ID in the
-- progress page's address (/admin/import/TOKEN); id orders the jobs, so
-- that the oldest can be pruned. The replica running the import (owner, its
-- process ID string) rewrites stored and heartbeat_at while it runs (at
-- most twice a second, and at least every store.ImportHeartbeat) and sets
-- state, result and finished_at when it ends. state: running, done or
-- failed; a running job whose heartbeat is older than store.ImportLease
-- reads as interrupted: the server running it stopped. inputs is a JSON
-- array of the inputs' names; result the import's summary as JSON ('' until
-- it ends). Times are RFC 3339 UTC, so they compare as text.
CREATE TABLE import_jobs (
    id           INTEGER PRIMARY KEY,
    token        TEXT NOT NULL UNIQUE,
    source       TEXT NOT NULL,
    inputs       TEXT NOT NULL DEFAULT '[]',
    started_at   TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'running',
    stored       INTEGER NOT NULL DEFAULT 0,
    result       TEXT NOT NULL DEFAULT '',
    error        TEXT NOT NULL DEFAULT '',
    owner        TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL,
    finished_at  TEXT NOT NULL DEFAULT ''
);

-- The inputs of a web import that could not be imported, appended as they
-- happen (rows added at each heartbeat, not a list rewritten), deleted with
-- their job.
CREATE TABLE import_job_failures (
    job_id INTEGER NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
    seq    INTEGER NOT NULL,
    source TEXT NOT NULL,
    line   INTEGER NOT NULL DEFAULT 0,
    error  TEXT NOT NULL,
    PRIMARY KEY (job_id, seq)
) WITHOUT ROWID;

-- Failed logins per client: client is the role and the client's network
-- ("admin 203.0.113.7"), failures how many since the count last started,
-- last_failure_ms the latest in Unix milliseconds (the delay it sets runs
-- from it, to the millisecond). Rows older than the failure window are
-- deleted as new failures arrive; a successful login deletes its row.
CREATE TABLE login_failures (
    client          TEXT PRIMARY KEY,
    failures        INTEGER NOT NULL,
    last_failure_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX login_failures_last ON login_failures(last_failure_ms);

-- 0008: feed subscriptions polled by serve. One row per feed URL; state is
-- web.FeedState as JSON (the feed's own URL after discovery, ETag,
-- Last-Modified and the keys of entries already imported), so the next poll
-- is conditional and never imports an entry twice. The poller bookkeeping
-- (failures, next_poll_at, last_*) is web.Poller's, kept here so that any
-- replica can take over the schedule.
--
-- interval_seconds 0 means the server's default (--feed-interval).
-- last_status: '' (never polled), 'ok' (new entries or none), 'unchanged'
-- (304 Not Modified) or 'error' (last_error says what happened).
--
-- lease_owner/lease_until: a replica claims a due feed with one UPDATE that
-- succeeds only when no unexpired lease is held, so two replicas on one
-- database never poll one feed at once; a replica that dies leaves a lease
-- that simply expires. Times are RFC 3339 UTC and compare as text.
CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY,
    url              TEXT NOT NULL UNIQUE,
    outlet           TEXT NOT NULL DEFAULT '',
    story            TEXT NOT NULL DEFAULT '',
    interval_seconds INTEGER NOT NULL DEFAULT 0,
    state            TEXT NOT NULL DEFAULT '{}',
    title            TEXT NOT NULL DEFAULT '',
    failures         INTEGER NOT NULL DEFAULT 0,
    next_poll_at     TEXT NOT NULL,
    last_polled_at   TEXT NOT NULL DEFAULT '',
    last_success_at  TEXT NOT NULL DEFAULT '',
    last_status      TEXT NOT NULL DEFAULT '',
    last_error       TEXT NOT NULL DEFAULT '',
    imported_total   INTEGER NOT NULL DEFAULT 0,
    imported_last    INTEGER NOT NULL DEFAULT 0,
    last_batch_id    INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    paused           INTEGER NOT NULL DEFAULT 0,
    lease_owner      TEXT,
    lease_until      TEXT
);

-- The poller's question: which unpaused feed is due next.
CREATE INDEX feeds_due ON feeds(next_poll_at) WHERE paused = 0;

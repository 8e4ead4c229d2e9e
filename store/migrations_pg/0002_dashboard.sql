-- 0002 (PostgreSQL): the change counter behind store.Watch and
-- store.DataVersion. (SQLite's 0002 is empty: there, PRAGMA data_version
-- does this job.)
--
-- The page cache asks on every request whether anything was committed since
-- its last look. The answer must be one cheap read and must never move
-- before the change it announces is visible to other connections, so it is
-- written in the changing transaction itself: a trigger bumps a counter
-- row, and the bump commits (or rolls back) with the change. A sequence
-- would not do: nextval is not transactional, so a reader could see the new
-- number, cache the old page again, and miss the commit.
--
-- The counter is a few rows, summed by the reader. A transaction bumps one
-- row that no other transaction holds (FOR UPDATE SKIP LOCKED), or adds a
-- row when all are held, so the bump never waits: a writer waiting for a
-- counter row held by a transaction that waits for it in turn would be a
-- deadlock, and with one row two importing replicas would wait for each
-- other's whole transaction. It keeps the row until commit. A transaction
-- bumps once, however many statements it runs (a transaction-local setting
-- remembers it), so a bulk import does not pile up row versions.
CREATE TABLE change_counter (
    slot bigint PRIMARY KEY,
    n    bigint NOT NULL DEFAULT 0
);
INSERT INTO change_counter (slot, n) SELECT g, 0 FROM generate_series(0, 7) AS g;
CREATE SEQUENCE change_counter_slot START 8;

CREATE FUNCTION framelens_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s bigint;
BEGIN
    IF coalesce(current_setting('framelens.changed', true), '') <> '1' THEN
        SELECT slot INTO s FROM change_counter ORDER BY slot LIMIT 1 FOR UPDATE SKIP LOCKED;
        IF s IS NULL THEN
            INSERT INTO change_counter (slot, n) VALUES (nextval('change_counter_slot'), 1);
        ELSE
            UPDATE change_counter SET n = n + 1 WHERE slot = s;
        END IF;
        PERFORM set_config('framelens.changed', '1', true);
    END IF;
    RETURN NULL;
END
$$;

-- framelens_watch_tables attaches the trigger to every table of the schema
-- that lacks it but sessions (a login changes no page) and the counter and
-- version tables. store.migratePG calls it after the migrations, so tables
-- added by later migrations are watched without a line of their own.
CREATE FUNCTION framelens_watch_tables() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t text;
BEGIN
    FOR t IN
        SELECT c.relname FROM pg_class c
        WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p')
          AND c.relname NOT IN ('sessions', 'change_counter', 'framelens_schema')
          AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'framelens_changed')
    LOOP
        EXECUTE format('CREATE TRIGGER framelens_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
            'FOR EACH STATEMENT EXECUTE FUNCTION framelens_changed()', t);
    END LOOP;
END
$$;

-- 0006 (PostgreSQL): precomputed aggregates, as ../migrations/0006_aggregates.sql:
-- sums whose size grows with outlets x stories x months, not with articles,
-- kept in the same transaction as every write (store/aggregates.go).
-- story_id 0 means no story, month '' no date (month is substr(published, 1, 7)).
-- A new PostgreSQL database has no articles yet, so SQLite's back-fill
-- INSERTs are not repeated here, nor the index on the evidence table 0007
-- replaced.

CREATE TABLE outlet_article_totals (
    outlet_id      bigint NOT NULL,
    story_id       bigint NOT NULL,
    month          text COLLATE "C" NOT NULL,
    articles       bigint NOT NULL,
    analysed       bigint NOT NULL,
    words          bigint NOT NULL,
    narrator_words bigint NOT NULL,
    sentences      bigint NOT NULL,
    quotes         bigint NOT NULL,
    PRIMARY KEY (outlet_id, story_id, month)
);

CREATE TABLE outlet_signal_totals (
    outlet_id bigint NOT NULL,
    story_id  bigint NOT NULL,
    month     text COLLATE "C" NOT NULL,
    signal    text COLLATE "C" NOT NULL,
    hits      bigint NOT NULL,
    articles  bigint NOT NULL,
    PRIMARY KEY (outlet_id, story_id, month, signal)
);

CREATE TABLE outlet_frame_totals (
    outlet_id        bigint NOT NULL,
    story_id         bigint NOT NULL,
    month            text COLLATE "C" NOT NULL,
    frame            text COLLATE "C" NOT NULL,
    cues             bigint NOT NULL,
    present_articles bigint NOT NULL,
    articles         bigint NOT NULL,
    PRIMARY KEY (outlet_id, story_id, month, frame)
);

CREATE TABLE outlet_quote_totals (
    outlet_id     bigint NOT NULL,
    story_id      bigint NOT NULL,
    month         text COLLATE "C" NOT NULL,
    speaker_group text COLLATE "C" NOT NULL,
    verb_class    text COLLATE "C" NOT NULL,
    quotes        bigint NOT NULL,
    words         bigint NOT NULL,
    PRIMARY KEY (outlet_id, story_id, month, speaker_group, verb_class)
);

CREATE TABLE outlet_term_totals (
    outlet_id bigint NOT NULL,
    signal    text COLLATE "C" NOT NULL,
    entry     text COLLATE "C" NOT NULL,
    term      text COLLATE "C" NOT NULL,
    hits      bigint NOT NULL,
    PRIMARY KEY (outlet_id, signal, entry, term)
);

CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_syndicated ON articles(syndicated_of) WHERE syndicated_of IS NOT NULL;
CREATE INDEX articles_not_analysed ON articles(id) WHERE analysed = 0;

-- 0004: classroom mode. A lesson is a story shown blind with its own
-- random outlet -> letter mapping, kept here so every page, printout and
-- replica shows the same letters until the teacher reveals them. An
-- exercise is one article students mark on their own devices, joined with
-- a short class code; everything a class submits lives in these tables
-- (never only in memory: any replica may serve the next request) and goes
-- with its exercise, at once, when the teacher deletes it or it expires.

-- extra_masks: terms the teacher added to hide, one per line.
CREATE TABLE lessons (
    id          INTEGER PRIMARY KEY,
    story_key   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    revealed    INTEGER NOT NULL DEFAULT 0,
    extra_masks TEXT NOT NULL DEFAULT ''
);

-- The mapping, fixed when the lesson is made: letter is "A", "B", ...
CREATE TABLE lesson_outlets (
    lesson_id INTEGER NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    outlet_id INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE,
    letter    TEXT NOT NULL,
    PRIMARY KEY (lesson_id, outlet_id),
    UNIQUE (lesson_id, letter)
) WITHOUT ROWID;

-- code: the class code students type (unique among live exercises; an
-- expired exercise is deleted before its code can be drawn again).
-- Times are RFC 3339 UTC, so they compare as text.
CREATE TABLE exercises (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    lesson_id  INTEGER REFERENCES lessons(id) ON DELETE SET NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    closed     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX exercises_expires ON exercises(expires_at);

-- A student who joined: no account and no personal data but an optional
-- nickname. token_hash is the SHA-256 of the random token in the
-- student's cookie; csrf is the per-join token every submission carries.
CREATE TABLE exercise_students (
    id           INTEGER PRIMARY KEY,
    exercise_id  INTEGER NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
    token_hash   TEXT NOT NULL UNIQUE,
    csrf         TEXT NOT NULL,
    nickname     TEXT NOT NULL DEFAULT '',
    joined_at    TEXT NOT NULL,
    submitted_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX exercise_students_exercise ON exercise_students(exercise_id);

-- A student's marks: words by byte offsets into the article's text, with
-- the reason chosen (a signal id). A submission replaces all of them.
CREATE TABLE exercise_marks (
    student_id INTEGER NOT NULL REFERENCES exercise_students(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (student_id, start)
) WITHOUT ROWID;

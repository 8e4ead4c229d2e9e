package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Lesson is a story shown to a class with outlets hidden behind letters.
type Lesson struct {
	ID         int64
	Story      string
	Created    time.Time
	Revealed   bool
	ExtraMasks []string         // terms the teacher asked to hide too
	Letters    map[int64]string // outlet ID -> "A", "B", ...
}

// CreateLesson stores a lesson on story with the given outlet -> letter
// mapping and returns its ID.
func (db *DB) CreateLesson(ctx context.Context, story string, letters map[int64]string, at time.Time) (int64, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store: create lesson: %w", err)
	}
	defer tx.Rollback()
	id, err := insertID(ctx, tx, `INSERT INTO lessons (story_key, created_at) VALUES (?, ?)`, story, stamp(at))
	if err != nil {
		return 0, fmt.Errorf("store: create lesson: %w", err)
	}
	for outlet, letter := range letters {
		if _, err := tx.ExecContext(ctx, `INSERT INTO lesson_outlets (lesson_id, outlet_id, letter) VALUES (?, ?, ?)`,
			id, outlet, letter); err != nil {
			return 0, fmt.Errorf("store: create lesson: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store: create lesson: %w", err)
	}
	return id, nil
}

// Lesson returns the lesson with id and its mapping.
func (db *DB) Lesson(ctx context.Context, id int64) (Lesson, error) {
	l := Lesson{ID: id, Letters: map[int64]string{}}
	var created, masks string
	err := db.read.QueryRowContext(ctx, `SELECT story_key, created_at, revealed, extra_masks FROM lessons WHERE id = ?`, id).
		Scan(&l.Story, &created, &l.Revealed, &masks)
	if errors.Is(err, sql.ErrNoRows) {
		return l, fmt.Errorf("store: lesson %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return l, fmt.Errorf("store: lesson %d: %w", id, err)
	}
	l.Created, _ = time.Parse(time.RFC3339, created)
	l.ExtraMasks = splitLines(masks)
	rows, err := db.read.QueryContext(ctx, `SELECT outlet_id, letter FROM lesson_outlets WHERE lesson_id = ?`, id)
	if err != nil {
		return l, fmt.Errorf("store: lesson %d: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var o int64
		var letter string
		if err := rows.Scan(&o, &letter); err != nil {
			return l, fmt.Errorf("store: lesson %d: %w", id, err)
		}
		l.Letters[o] = letter
	}
	if err := rows.Err(); err != nil {
		return l, fmt.Errorf("store: lesson %d: %w", id, err)
	}
	return l, nil
}

// AddLessonLetters gives letters to outlets that joined a lesson's story
// after the lesson was made. An outlet or letter already taken (another
// request got there first) is left as it is; callers read the lesson again.
func (db *DB) AddLessonLetters(ctx context.Context, id int64, letters map[int64]string) error {
	for outlet, letter := range letters {
		if _, err := db.write.ExecContext(ctx, `INSERT INTO lesson_outlets (lesson_id, outlet_id, letter)
			VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, id, outlet, letter); err != nil {
			return fmt.Errorf("store: lesson %d letters: %w", id, err)
		}
	}
	return nil
}

// Lessons returns every lesson, newest first, without their mappings.
func (db *DB) Lessons(ctx context.Context) ([]Lesson, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id, story_key, created_at, revealed FROM lessons ORDER BY id DESC`)
	if err != nil {
		return nil, fmt.Errorf("store: lessons: %w", err)
	}
	defer rows.Close()
	var out []Lesson
	for rows.Next() {
		var l Lesson
		var created string
		if err := rows.Scan(&l.ID, &l.Story, &created, &l.Revealed); err != nil {
			return nil, fmt.Errorf("store: lessons: %w", err)
		}
		l.Created, _ = time.Parse(time.RFC3339, created)
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: lessons: %w", err)
	}
	return out, nil
}

// SetLessonRevealed shows (true) or hides again (false) a lesson's outlet
// names.
func (db *DB) SetLessonRevealed(ctx context.Context, id int64, revealed bool) error {
	return db.execOne(ctx, fmt.Sprintf("lesson %d", id), `UPDATE lessons SET revealed = ? WHERE id = ?`, revealed, id)
}

// SetLessonMasks replaces the terms the teacher asked to hide in a lesson.
func (db *DB) SetLessonMasks(ctx context.Context, id int64, masks []string) error {
	return db.execOne(ctx, fmt.Sprintf("lesson %d", id), `UPDATE lessons SET extra_masks = ? WHERE id = ?`,
		strings.Join(masks, "\n"), id)
}

// DeleteLesson removes a lesson and its mapping. Its exercises stay, with
// no lesson.
func (db *DB) DeleteLesson(ctx context.Context, id int64) error {
	return db.execOne(ctx, fmt.Sprintf("lesson %d", id), `DELETE FROM lessons WHERE id = ?`, id)
}

// lockRows is the locking clause ("FOR UPDATE OF t", strength "UPDATE" or
// "NO KEY UPDATE") that makes a transaction's read of the rows of table (a
// name or alias in the query) hold them until it ends on PostgreSQL, where
// several replicas write at once; "" on SQLite, whose write transactions
// already exclude each other (_txlock=immediate).
func (db *DB) lockRows(strength, table string) string {
	if !db.pg {
		return ""
	}
	return " FOR " + strength + " OF " + table
}

// execOne runs a statement that must change exactly one row.
func (db *DB) execOne(ctx context.Context, what, q string, args ...any) error {
	res, err := db.write.ExecContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	if n == 0 {
		return fmt.Errorf("store: %s: %w", what, ErrNotFound)
	}
	return nil
}

func splitLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Exercise is one article a class marks, joined with a class code.
type Exercise struct {
	ID        int64
	Code      string
	LessonID  int64 // 0: not part of a lesson
	Article   int64
	Created   time.Time
	Expires   time.Time
	Closed    bool
	Students  int // students who joined
	Submitted int // students who submitted at least once
}

// ErrCodeTaken is returned by CreateExercise when the code is in use.
var ErrCodeTaken = errors.New("class code in use")

// CreateExercise stores a new exercise. It returns ErrCodeTaken when a
// live exercise already has code; the caller draws another.
func (db *DB) CreateExercise(ctx context.Context, e Exercise) (int64, error) {
	var lesson any
	if e.LessonID != 0 {
		lesson = e.LessonID
	}
	// A taken code inserts nothing, so RETURNING gives no row.
	id, err := insertID(ctx, db.write, `INSERT INTO exercises (code, lesson_id, article_id, created_at, expires_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING`, e.Code, lesson, e.Article, stamp(e.Created), stamp(e.Expires))
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrCodeTaken
	}
	if err != nil {
		return 0, fmt.Errorf("store: create exercise: %w", err)
	}
	return id, nil
}

const exerciseColumns = `e.id, e.code, coalesce(e.lesson_id, 0), e.article_id, e.created_at, e.expires_at, e.closed,
	(SELECT count(*) FROM exercise_students s WHERE s.exercise_id = e.id),
	(SELECT count(*) FROM exercise_students s WHERE s.exercise_id = e.id AND s.submitted_at != '')`

func scanExercise(sc interface{ Scan(...any) error }) (Exercise, error) {
	var e Exercise
	var created, expires string
	err := sc.Scan(&e.ID, &e.Code, &e.LessonID, &e.Article, &created, &expires, &e.Closed, &e.Students, &e.Submitted)
	e.Created, _ = time.Parse(time.RFC3339, created)
	e.Expires, _ = time.Parse(time.RFC3339, expires)
	return e, err
}

// Exercise returns the exercise with id, expired or not.
func (db *DB) Exercise(ctx context.Context, id int64) (Exercise, error) {
	e, err := scanExercise(db.read.QueryRowContext(ctx, `SELECT `+exerciseColumns+` FROM exercises e WHERE e.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("store: exercise %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return e, fmt.Errorf("store: exercise %d: %w", id, err)
	}
	return e, nil
}

// ExerciseByCode returns the exercise with code that has not expired at
// time at, or ErrNotFound.
func (db *DB) ExerciseByCode(ctx context.Context, code string, at time.Time) (Exercise, error) {
	e, err := scanExercise(db.read.QueryRowContext(ctx, `SELECT `+exerciseColumns+` FROM exercises e
		WHERE e.code = ? AND e.expires_at > ?`, code, stamp(at)))
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("store: exercise %q: %w", code, ErrNotFound)
	}
	if err != nil {
		return e, fmt.Errorf("store: exercise %q: %w", code, err)
	}
	return e, nil
}

// Exercises returns the exercises that have not expired at time at,
// newest first.
func (db *DB) Exercises(ctx context.Context, at time.Time) ([]Exercise, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT `+exerciseColumns+` FROM exercises e WHERE e.expires_at > ?
		ORDER BY e.id DESC`, stamp(at))
	if err != nil {
		return nil, fmt.Errorf("store: exercises: %w", err)
	}
	defer rows.Close()
	var out []Exercise
	for rows.Next() {
		e, err := scanExercise(rows)
		if err != nil {
			return nil, fmt.Errorf("store: exercises: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: exercises: %w", err)
	}
	return out, nil
}

// SetExerciseClosed closes (true) or reopens (false) an exercise to
// submissions.
func (db *DB) SetExerciseClosed(ctx context.Context, id int64, closed bool) error {
	return db.execOne(ctx, fmt.Sprintf("exercise %d", id), `UPDATE exercises SET closed = ? WHERE id = ?`, closed, id)
}

// DeleteExercise removes an exercise with every student and mark of it.
func (db *DB) DeleteExercise(ctx context.Context, id int64) error {
	return db.execOne(ctx, fmt.Sprintf("exercise %d", id), `DELETE FROM exercises WHERE id = ?`, id)
}

// DeleteExpiredExercises removes the exercises expired at time at, with
// their students and marks, and returns how many went. The class pages call
// it on every view, so it writes only when something expired: on
// PostgreSQL even a DELETE of no row moves the change counter that page
// caches follow.
func (db *DB) DeleteExpiredExercises(ctx context.Context, at time.Time) (int, error) {
	var expired bool
	if err := db.read.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM exercises WHERE expires_at <= ?)`, stamp(at)).Scan(&expired); err != nil {
		return 0, fmt.Errorf("store: delete expired exercises: %w", err)
	}
	if !expired {
		return 0, nil
	}
	res, err := db.write.ExecContext(ctx, `DELETE FROM exercises WHERE expires_at <= ?`, stamp(at))
	if err != nil {
		return 0, fmt.Errorf("store: delete expired exercises: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("store: delete expired exercises: %w", err)
	}
	return int(n), nil
}

// Student is one student who joined an exercise.
type Student struct {
	ID        int64
	Exercise  int64
	CSRF      string
	Nickname  string
	Submitted bool
}

// JoinExercise adds a student to an exercise under the hash of their
// token and returns the student's ID.
func (db *DB) JoinExercise(ctx context.Context, exercise int64, tokenHash, csrf, nickname string, at time.Time) (int64, error) {
	id, err := insertID(ctx, db.write, `INSERT INTO exercise_students (exercise_id, token_hash, csrf, nickname, joined_at)
		VALUES (?, ?, ?, ?, ?)`, exercise, tokenHash, csrf, nickname, stamp(at))
	if err != nil {
		return 0, fmt.Errorf("store: join exercise %d: %w", exercise, err)
	}
	return id, nil
}

// StudentByToken returns the student of an exercise stored under
// tokenHash, or ErrNotFound.
func (db *DB) StudentByToken(ctx context.Context, exercise int64, tokenHash string) (Student, error) {
	s := Student{Exercise: exercise}
	err := db.read.QueryRowContext(ctx, `SELECT id, csrf, nickname, submitted_at != '' FROM exercise_students
		WHERE exercise_id = ? AND token_hash = ?`, exercise, tokenHash).Scan(&s.ID, &s.CSRF, &s.Nickname, &s.Submitted)
	if errors.Is(err, sql.ErrNoRows) {
		return s, fmt.Errorf("store: student: %w", ErrNotFound)
	}
	if err != nil {
		return s, fmt.Errorf("store: student: %w", err)
	}
	return s, nil
}

// Mark is one word a student marked, by byte offsets into the article.
type Mark struct {
	Student int64
	Start   int
	End     int
	Reason  string
}

// ErrExerciseClosed is returned by SubmitMarks when the exercise is
// closed or expired.
var ErrExerciseClosed = errors.New("exercise closed")

// SubmitMarks replaces a student's marks, in one transaction that first
// checks the exercise is still open at time at: a submission racing the
// teacher's "close" either lands whole before it or is refused. SQLite's
// one writer orders the two; on PostgreSQL the check locks the exercise
// row (FOR NO KEY UPDATE), so a close or delete from another replica waits for
// the submission, and a submission after one sees it.
func (db *DB) SubmitMarks(ctx context.Context, student int64, marks []Mark, at time.Time) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: submit marks: %w", err)
	}
	defer tx.Rollback()
	var open bool
	err = tx.QueryRowContext(ctx, `SELECT e.closed = 0 AND e.expires_at > ? FROM exercise_students s
		JOIN exercises e ON e.id = s.exercise_id WHERE s.id = ?`+db.lockRows("NO KEY UPDATE", "e"), stamp(at), student).Scan(&open)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: submit marks: %w", ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("store: submit marks: %w", err)
	}
	if !open {
		return ErrExerciseClosed
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM exercise_marks WHERE student_id = ?`, student); err != nil {
		return fmt.Errorf("store: submit marks: %w", err)
	}
	for i := 0; i < len(marks); i += 64 {
		chunk := marks[i:min(i+64, len(marks))]
		var b strings.Builder
		args := make([]any, 0, 4*len(chunk))
		b.WriteString(`INSERT INTO exercise_marks (student_id, start, "end", reason) VALUES `)
		for j, m := range chunk {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("(?, ?, ?, ?)")
			args = append(args, student, m.Start, m.End, m.Reason)
		}
		b.WriteString(` ON CONFLICT (student_id, start) DO UPDATE SET "end" = excluded."end", reason = excluded.reason`)
		if _, err := tx.ExecContext(ctx, b.String(), args...); err != nil {
			return fmt.Errorf("store: submit marks: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE exercise_students SET submitted_at = ? WHERE id = ?`, stamp(at), student); err != nil {
		return fmt.Errorf("store: submit marks: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: submit marks: %w", err)
	}
	return nil
}

// StudentMarks returns a student's marks by start offset.
func (db *DB) StudentMarks(ctx context.Context, student int64) ([]Mark, error) {
	return db.marks(ctx, `SELECT student_id, start, "end", reason FROM exercise_marks WHERE student_id = ? ORDER BY start`, student)
}

// ExerciseMarks returns every mark of an exercise, by student then start.
func (db *DB) ExerciseMarks(ctx context.Context, exercise int64) ([]Mark, error) {
	return db.marks(ctx, `SELECT m.student_id, m.start, m."end", m.reason FROM exercise_marks m
		JOIN exercise_students s ON s.id = m.student_id WHERE s.exercise_id = ? ORDER BY m.student_id, m.start`, exercise)
}

func (db *DB) marks(ctx context.Context, q string, arg int64) ([]Mark, error) {
	rows, err := db.read.QueryContext(ctx, q, arg)
	if err != nil {
		return nil, fmt.Errorf("store: marks: %w", err)
	}
	defer rows.Close()
	var out []Mark
	for rows.Next() {
		var m Mark
		if err := rows.Scan(&m.Student, &m.Start, &m.End, &m.Reason); err != nil {
			return nil, fmt.Errorf("store: marks: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: marks: %w", err)
	}
	return out, nil
}

// ExerciseStudents returns the students of an exercise by ID.
func (db *DB) ExerciseStudents(ctx context.Context, exercise int64) ([]Student, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id, nickname, submitted_at != '' FROM exercise_students
		WHERE exercise_id = ? ORDER BY id`, exercise)
	if err != nil {
		return nil, fmt.Errorf("store: students of %d: %w", exercise, err)
	}
	defer rows.Close()
	var out []Student
	for rows.Next() {
		s := Student{Exercise: exercise}
		if err := rows.Scan(&s.ID, &s.Nickname, &s.Submitted); err != nil {
			return nil, fmt.Errorf("store: students of %d: %w", exercise, err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: students of %d: %w", exercise, err)
	}
	return out, nil
}

package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

// classDB is a temp-file database with one outlet, story and article.
func classDB(t *testing.T) (*DB, int64, int64) {
	t.Helper()
	db := openTemp(t)
	classFixture(t, db)
	return db, 1, 1
}

// classFixture stores two outlets and article 1 of story 1 in db.
func classFixture(t *testing.T, db *DB) {
	t.Helper()
	for _, q := range []string{
		`INSERT INTO outlets (id, name) VALUES (1, 'Alpha Daily'), (2, 'Beta Wire')`,
		`INSERT INTO stories (id, key) VALUES (1, 'vote')`,
		`INSERT INTO batches (id, created_at) VALUES (1, '2031-01-01T00:00:00Z')`,
		`INSERT INTO articles (id, outlet_id, story_id, batch_id, text, content_hash, imported_at)
			VALUES (1, 1, 1, 1, 'The regime slammed critics.', 'h1', '2031-01-01T00:00:00Z')`,
	} {
		if _, err := db.write.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLessonStore(t *testing.T) {
	db, _, _ := classDB(t)
	ctx := context.Background()
	at := time.Date(2031, 3, 4, 9, 0, 0, 0, time.UTC)
	id, err := db.CreateLesson(ctx, "vote", map[int64]string{1: "B", 2: "A"}, at)
	if err != nil {
		t.Fatal(err)
	}
	l, err := db.Lesson(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if l.Story != "vote" || l.Revealed || l.Letters[1] != "B" || l.Letters[2] != "A" || !l.Created.Equal(at) {
		t.Errorf("lesson: got %+v, want story vote, hidden, 1=B 2=A, created %v", l, at)
	}
	if _, err := db.CreateLesson(ctx, "vote", map[int64]string{1: "A", 2: "A"}, at); err == nil {
		t.Error("a lesson with one letter for two outlets was stored")
	}
	// A late outlet gets a letter; taken outlets and letters stay.
	if err := db.AddLessonLetters(ctx, id, map[int64]string{1: "C", 3: "A"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.Exec(`INSERT INTO outlets (id, name) VALUES (3, 'Gamma Post')`); err != nil {
		t.Fatal(err)
	}
	if err := db.AddLessonLetters(ctx, id, map[int64]string{3: "C"}); err != nil {
		t.Fatal(err)
	}
	l, _ = db.Lesson(ctx, id)
	if l.Letters[1] != "B" || l.Letters[2] != "A" || l.Letters[3] != "C" {
		t.Errorf("letters after adding: %v, want 1=B 2=A 3=C", l.Letters)
	}
	if err := db.SetLessonRevealed(ctx, id, true); err != nil {
		t.Fatal(err)
	}
	if err := db.SetLessonMasks(ctx, id, []string{"Anna Berg", "Vell Today"}); err != nil {
		t.Fatal(err)
	}
	l, _ = db.Lesson(ctx, id)
	if !l.Revealed || len(l.ExtraMasks) != 2 || l.ExtraMasks[1] != "Vell Today" {
		t.Errorf("after reveal and masks: got %+v", l)
	}
	if err := db.DeleteLesson(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Lesson(ctx, id); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted lesson: got %v, want ErrNotFound", err)
	}
	var n int
	if err := db.read.QueryRow(`SELECT count(*) FROM lesson_outlets`).Scan(&n); err != nil || n != 0 {
		t.Errorf("mapping rows after delete: %d, %v; want 0", n, err)
	}
	if err := db.SetLessonRevealed(ctx, id, true); !errors.Is(err, ErrNotFound) {
		t.Errorf("reveal a deleted lesson: got %v, want ErrNotFound", err)
	}
}

func TestExerciseStore(t *testing.T) {
	db, article, _ := classDB(t)
	ctx := context.Background()
	at := time.Date(2031, 3, 4, 9, 0, 0, 0, time.UTC)
	ex := Exercise{Code: "ACDEFH", Article: article, Created: at, Expires: at.Add(time.Hour)}
	id, err := db.CreateExercise(ctx, ex)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateExercise(ctx, ex); !errors.Is(err, ErrCodeTaken) {
		t.Errorf("second exercise with the same code: got %v, want ErrCodeTaken", err)
	}
	s1, err := db.JoinExercise(ctx, id, "hash1", "csrf1", "Ada", at)
	if err != nil {
		t.Fatal(err)
	}
	s2, err := db.JoinExercise(ctx, id, "hash2", "csrf2", "", at)
	if err != nil {
		t.Fatal(err)
	}
	if st, err := db.StudentByToken(ctx, id, "hash1"); err != nil || st.ID != s1 || st.CSRF != "csrf1" || st.Nickname != "Ada" || st.Submitted {
		t.Errorf("student by token: %+v, %v", st, err)
	}
	if _, err := db.StudentByToken(ctx, id, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown token: got %v, want ErrNotFound", err)
	}
	// A submission replaces the student's marks.
	if err := db.SubmitMarks(ctx, s1, []Mark{{Start: 4, End: 10, Reason: "N1"}, {Start: 11, End: 18, Reason: "L1"}}, at); err != nil {
		t.Fatal(err)
	}
	if err := db.SubmitMarks(ctx, s1, []Mark{{Start: 11, End: 18, Reason: "L3"}}, at); err != nil {
		t.Fatal(err)
	}
	if err := db.SubmitMarks(ctx, s2, []Mark{{Start: 11, End: 18, Reason: "L1"}}, at); err != nil {
		t.Fatal(err)
	}
	marks, err := db.ExerciseMarks(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want := []Mark{{s1, 11, 18, "L3"}, {s2, 11, 18, "L1"}}
	if len(marks) != len(want) || marks[0] != want[0] || marks[1] != want[1] {
		t.Errorf("marks: got %+v, want %+v", marks, want)
	}
	e, err := db.Exercise(ctx, id)
	if err != nil || e.Students != 2 || e.Submitted != 2 || e.Code != "ACDEFH" {
		t.Errorf("exercise: %+v, %v; want 2 joined, 2 submitted", e, err)
	}
	// Closed, and expired, exercises take no more marks.
	if err := db.SetExerciseClosed(ctx, id, true); err != nil {
		t.Fatal(err)
	}
	if err := db.SubmitMarks(ctx, s2, nil, at); !errors.Is(err, ErrExerciseClosed) {
		t.Errorf("submit to a closed exercise: got %v, want ErrExerciseClosed", err)
	}
	if err := db.SetExerciseClosed(ctx, id, false); err != nil {
		t.Fatal(err)
	}
	if err := db.SubmitMarks(ctx, s2, nil, at.Add(time.Hour)); !errors.Is(err, ErrExerciseClosed) {
		t.Errorf("submit to an expired exercise: got %v, want ErrExerciseClosed", err)
	}
	if _, err := db.ExerciseByCode(ctx, "ACDEFH", at.Add(time.Hour)); !errors.Is(err, ErrNotFound) {
		t.Errorf("expired code: got %v, want ErrNotFound", err)
	}
	// Expired exercises go with everything of theirs.
	if n, err := db.DeleteExpiredExercises(ctx, at.Add(59*time.Minute)); err != nil || n != 0 {
		t.Errorf("delete before expiry: %d, %v; want 0", n, err)
	}
	if n, err := db.DeleteExpiredExercises(ctx, at.Add(time.Hour)); err != nil || n != 1 {
		t.Errorf("delete at expiry: %d, %v; want 1", n, err)
	}
	for _, table := range []string{"exercises", "exercise_students", "exercise_marks"} {
		var n int
		if err := db.read.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s after the exercise expired: %d rows, %v; want 0", table, n, err)
		}
	}
	// The code can be drawn again once its exercise is gone.
	if _, err := db.CreateExercise(ctx, ex); err != nil {
		t.Errorf("reuse an expired code: %v", err)
	}
}

// TestSubmitWaitsForCloseReplicasPG: a teacher closes an exercise on one
// replica while a student's submission arrives on another. The submission
// waits for the close to commit and is then refused, instead of reading the
// exercise as still open and storing marks after it closed.
func TestSubmitWaitsForCloseReplicasPG(t *testing.T) {
	ctx := context.Background()
	dbs := pgReplicas(t, 2)
	student, teacher := dbs[0], dbs[1]
	classFixture(t, student)
	at := time.Date(2031, 3, 4, 9, 0, 0, 0, time.UTC)
	id, err := student.CreateExercise(ctx, Exercise{Code: "WAITCL", Article: 1, Created: at, Expires: at.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	s, err := student.JoinExercise(ctx, id, "hash", "csrf", "", at)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := teacher.write.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	var closer int
	if err := tx.QueryRowContext(ctx, "SELECT pg_backend_pid()").Scan(&closer); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE exercises SET closed = 1 WHERE id = ?", id); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- student.SubmitMarks(ctx, s, []Mark{{Start: 4, End: 10, Reason: "N1"}}, at) }()
	for waiting := false; !waiting; {
		select {
		case err := <-done:
			t.Fatalf("the submission ended (%v) while the close was not committed; want it to wait for the close", err)
		default:
		}
		if err := teacher.read.QueryRowContext(ctx, "SELECT count(*) > 0 FROM pg_stat_activity WHERE ?::int = ANY(pg_blocking_pids(pid))",
			closer).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; !errors.Is(err, ErrExerciseClosed) {
		t.Errorf("submission after the close: err = %v, want ErrExerciseClosed", err)
	}
	if marks, err := student.StudentMarks(ctx, s); err != nil || len(marks) != 0 {
		t.Errorf("marks stored: %v, %v; want none", marks, err)
	}
}

// TestExpiryWithNothingExpiredChangesNothing: the class pages' expiry sweep
// commits nothing the page caches see (Watch) when no exercise expired.
func TestExpiryWithNothingExpiredChangesNothing(t *testing.T) {
	ctx := context.Background()
	dbs := handles(t, 2)
	db, server := dbs[0], dbs[1]
	classFixture(t, db)
	at := time.Date(2031, 3, 4, 9, 0, 0, 0, time.UTC)
	if _, err := db.CreateExercise(ctx, Exercise{Code: "IDLEEX", Article: 1, Created: at, Expires: at.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	w, err := server.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	v0, err := w.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := db.DeleteExpiredExercises(ctx, at); err != nil || n != 0 {
		t.Fatalf("DeleteExpiredExercises before expiry = %d, %v; want 0", n, err)
	}
	if v, err := w.Version(ctx); err != nil || v != v0 {
		t.Errorf("Watch version after a sweep with nothing expired = %d, %v; want %d", v, err, v0)
	}
	if n, err := db.DeleteExpiredExercises(ctx, at.Add(time.Hour)); err != nil || n != 1 {
		t.Fatalf("DeleteExpiredExercises at expiry = %d, %v; want 1", n, err)
	}
	if v, err := w.Version(ctx); err != nil || v == v0 {
		t.Errorf("Watch version after deleting an exercise = %d, %v; want it changed from %d", v, err, v0)
	}
}

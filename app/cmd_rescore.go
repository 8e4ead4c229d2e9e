package app

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/framelens/framelens/store"
)

// rescoreBatch is how many articles one rescore transaction replaces.
const rescoreBatch = 200

func runRescore(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("rescore", "framelens rescore [--lexicon DIR]",
		`Score every analysed article whose lexicon version differs from the current
lexicon again, in transactions of 200 articles: each article is always wholly
at its old or its new version. Interrupted, it resumes where it stopped when run
again; articles already current are skipped.`)
	db := e.dbFlag(fs)
	lexDir := fs.String("lexicon", e.getenv("FRAMELENS_LEXICON"), "the .lex packs in `dir` instead of the built-in ones ($FRAMELENS_LEXICON)")
	quiet := fs.Bool("quiet", false, "no progress output")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q", pos[0])
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	// The packs with the web's saved edits over them: a rescore from the
	// command line must not undo what an admin changed on the web.
	lex, err := lexiconWithEdits(ctx, st, *lexDir)
	if err != nil {
		return err
	}
	// On PostgreSQL one rescore runs at a time across the servers and
	// commands sharing the database.
	release, err := st.LockRescore(ctx)
	if errors.Is(err, store.ErrRescoreRunning) {
		return errors.New("a rescore is already running on this database (a server or another command): run again when it ends")
	} else if err != nil {
		return err
	}
	defer release()
	version := lex.Version()
	total, err := st.CountStale(ctx, version)
	if err != nil {
		return err
	}
	if total == 0 {
		fmt.Fprintf(e.stdout, "every article is at lexicon version %s\n", version)
		return nil
	}
	prog := newProgress(e.stderr, *quiet)
	prog.bytes(0, int64(total))
	prog.start()
	n, err := rescore(ctx, st, func(text string) *store.Analysis { return scoreText(lex, text) }, version,
		func(done int) { prog.bytes(int64(done), int64(total)); prog.articles.Store(int64(done)) })
	prog.stop()
	fmt.Fprintf(e.stdout, "rescored %d of %d articles to lexicon version %s\n", n, total, version)
	return err
}

// rescore brings every stale article to version, batch by batch, scoring each
// batch on every core. It returns how many articles it rescored.
func rescore(ctx context.Context, st *store.DB, score func(string) *store.Analysis, version string, onDone func(int)) (int, error) {
	var after int64
	done := 0
	for {
		if err := ctx.Err(); err != nil {
			return done, err
		}
		batch, err := st.StaleArticles(ctx, version, after, rescoreBatch)
		if err != nil {
			return done, err
		}
		if len(batch) == 0 {
			return done, nil
		}
		results := make([]*store.Analysis, len(batch))
		var wg sync.WaitGroup
		next := make(chan int)
		for range max(1, runtime.GOMAXPROCS(0)) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					results[i] = score(batch[i].Text)
				}
			}()
		}
		for i := range batch {
			next <- i
		}
		close(next)
		wg.Wait()
		m := make(map[int64]*store.Analysis, len(batch))
		for i, a := range batch {
			m[a.ID] = results[i]
		}
		if err := st.ReplaceAnalyses(ctx, m); err != nil {
			return done, err
		}
		done += len(batch)
		after = batch[len(batch)-1].ID
		if onDone != nil {
			onDone(done)
		}
	}
}

package app

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"strings"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/app/ingest"
	"github.com/framelens/framelens/assets"
	"github.com/framelens/framelens/store"
)

// loadDemoIfEmpty imports the built-in demo corpus (fictional outlets on a
// fictional event) when the database has never had an import, so a first
// run shows a real comparison. The batch is marked as demo: the UI labels it
// and `framelens delete --demo` removes it.
//
// As after every import, the demo's articles then join proposed stories
// (suggestRecent): their imported story keys stay (clustering never changes
// a story), but the suggested-story column export writes and the
// near-duplicate marks are filled in as they would be for the same files
// imported by hand, and a later import's articles are clustered with the
// demo's as with any other articles.
func loadDemoIfEmpty(ctx context.Context, db *store.DB, lex *analysis.Lexicon, log *slog.Logger) error {
	empty, err := db.Empty(ctx)
	if err != nil || !empty {
		return err
	}
	stats, err := importDemo(ctx, db, lex)
	if err != nil {
		return fmt.Errorf("demo corpus: %w", err)
	}
	log.Info("loaded the demo corpus (fictional outlets and events); remove it with: framelens delete --demo",
		"articles", stats.Imported, "batch", stats.Batch)
	if _, err := suggestRecent(ctx, db, stats.Batch); err != nil {
		// As for other imports: the articles are stored; framelens cluster proposes again.
		log.Warn("proposing stories for the demo corpus (framelens cluster proposes them all again)", "err", err)
	}
	return nil
}

// importDemo imports every article of the embedded demo corpus: each story is
// a folder of Markdown files with front matter.
func importDemo(ctx context.Context, db *store.DB, lex *analysis.Lexicon) (importStats, error) {
	fsys := assets.Demo()
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		// Articles live in story folders; the README at the root is not one.
		if !d.IsDir() && strings.HasSuffix(p, ".md") && strings.Contains(p, "/") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return importStats{}, err
	}
	var failures []string
	src := func(ctx context.Context, emit func(ingest.Article) error, fail func(ingest.Failure)) error {
		for _, name := range files {
			f, err := fsys.Open(name)
			if err != nil {
				return err
			}
			err = ingest.Read(ctx, []string{"-"}, ingest.Options{Stdin: f}, func(a ingest.Article) error {
				a.Source = path.Join("demo", name)
				a.Format = "markdown"
				return emit(a)
			}, fail)
			f.Close()
			if err != nil {
				return err
			}
		}
		return nil
	}
	stats, err := importArticles(ctx, db, lex, src, "demo corpus", true,
		func(f ingest.Failure) { failures = append(failures, f.Error()) }, nil)
	if err != nil {
		return stats, err
	}
	if len(failures) > 0 {
		return stats, fmt.Errorf("built-in demo files failed: %s", strings.Join(failures, "; "))
	}
	return stats, nil
}

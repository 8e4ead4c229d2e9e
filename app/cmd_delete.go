package app

import (
	"context"
	"errors"
	"fmt"
)

func runDelete(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("delete", "framelens delete (--batch ID | --article ID | --demo)",
		`Delete one import batch (undo an import: "framelens import" prints its batch ID),
one article, or the demo corpus. Everything derived from the deleted articles
(evidence, quotes, counts, search index rows) goes with them, and outlets and
stories left with no article are removed.`)
	db := e.dbFlag(fs)
	batch := fs.Int64("batch", 0, "delete every article of import batch `ID`")
	article := fs.Int64("article", 0, "delete the article with this `ID`")
	demo := fs.Bool("demo", false, "delete the demo corpus")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q", pos[0])
	}
	set := 0
	for _, b := range []bool{*batch != 0, *article != 0, *demo} {
		if b {
			set++
		}
	}
	if set != 1 {
		return errors.New("give exactly one of --batch ID, --article ID or --demo")
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	switch {
	case *batch != 0:
		n, err := st.DeleteBatch(ctx, *batch)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "deleted batch %d: %d articles\n", *batch, n)
	case *article != 0:
		if err := st.DeleteArticle(ctx, *article); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "deleted article %d\n", *article)
	case *demo:
		ids, err := st.DemoBatches(ctx)
		if err != nil {
			return err
		}
		total := 0
		for _, id := range ids {
			n, err := st.DeleteBatch(ctx, id)
			if err != nil {
				return err
			}
			total += n
		}
		fmt.Fprintf(e.stdout, "deleted the demo corpus: %d articles\n", total)
	}
	return nil
}

package app

import (
	"fmt"
	"os"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/assets"
)

// openLexicon loads the lexicon packs of dir, or the built-in packs when dir
// is empty.
func openLexicon(dir string) (*analysis.Lexicon, error) {
	if dir == "" {
		lex, err := analysis.LoadLexicon(assets.Lexicon())
		if err != nil {
			return nil, fmt.Errorf("built-in lexicon: %w", err)
		}
		return lex, nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", dir, err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("lexicon %s: not a directory of .lex packs", dir)
	}
	lex, err := analysis.LoadLexicon(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", dir, err)
	}
	return lex, nil
}

// Package assets embeds everything the binary ships besides code: the
// dashboard's templates and static files (with vendored echarts), the default
// lexicon packs and the demo corpus.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed all:lexicon all:demo all:templates all:static
var files embed.FS

// Lexicon holds the built-in lexicon packs (*.lex files at its root).
func Lexicon() fs.FS { return sub("lexicon") }

// Demo holds the demo corpus: Markdown articles with front matter.
func Demo() fs.FS { return sub("demo") }

// Templates holds the html/template files of the dashboard.
func Templates() fs.FS { return sub("templates") }

// Static holds the files served under /static/: CSS, JS, vendored echarts.
func Static() fs.FS { return sub("static") }

func sub(dir string) fs.FS {
	f, err := fs.Sub(files, dir)
	if err != nil {
		// fs.Sub only fails on an invalid path, and these are constants.
		panic(err)
	}
	return f
}

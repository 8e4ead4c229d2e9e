package app

import (
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/framelens/framelens/app/analysis"
)

// FuzzEntryFormNoInjection: whatever an admin types into the entry form,
// the written entry either fails to load or loads as exactly one entry
// whose fields are what was typed (folded onto one line): a field can never
// add a key, another entry or a pack header.
func FuzzEntryFormNoInjection(f *testing.F) {
	f.Add("slammed | blasted", "\"Slammed\" is loud.", "criticised", "note")
	f.Add("x", "one\nsignal: L3\n\nid: evil\nforms: a\nsignal: L1\nexplain: injected", "a|b", "")
	f.Add("x\n@pack other", "e", "", "# comment\r\nweight: 9")
	f.Add(" ", "\u2028line\u0085sep", "\x00", "id: y")
	f.Fuzz(func(t *testing.T, forms, explain, alts, notes string) {
		form := entryForm{ID: "fz.entry", Forms: forms, Signal: "L1", Explain: explain, Alternatives: alts, Notes: notes,
			Weight: "1", Inflect: "yes", Case: "insensitive"}
		pack := "@pack fz\n\n" + form.lexBody()
		lex, err := analysis.LoadLexicon(fstest.MapFS{"fz.lex": {Data: []byte(pack)}})
		if err != nil {
			return // refused: the form shows the reason and nothing is saved
		}
		entries := lex.Entries()
		if len(entries) != 1 || entries[0].ID != "fz.entry" || len(lex.Packs()) != 1 {
			t.Fatalf("pack %q loaded as %d entries (first %q) in %d packs, want exactly fz.entry", pack, len(entries), entries[0].ID, len(lex.Packs()))
		}
		e := entries[0]
		if e.Signal != "L1" || e.Weight != 1 || !e.Inflect || e.CaseSensitive {
			t.Fatalf("pack %q: signal %s weight %v inflect %v case %v, want the form's L1, 1, yes, insensitive", pack, e.Signal, e.Weight, e.Inflect, e.CaseSensitive)
		}
		if want := oneLine(explain); e.Explain != want && utf8.ValidString(explain) {
			t.Fatalf("explain = %q, want %q", e.Explain, want)
		}
		if want := oneLine(notes); e.Notes != want && utf8.ValidString(notes) {
			t.Fatalf("notes = %q, want %q", e.Notes, want)
		}
	})
}

// FuzzCleanFileName: an uploaded file's name always stays one plain file
// inside the upload folder.
func FuzzCleanFileName(f *testing.F) {
	for _, s := range []string{"a.txt", "../../etc/passwd", `..\..\win.ini`, ".hidden.csv", "", "/", "a/b/c.md", "x\x00y.txt", strings.Repeat("n", 300) + ".jsonl"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got := cleanFileName(name)
		dir := filepath.Join("upload", "000")
		p := filepath.Join(dir, got)
		if got == "" || strings.ContainsAny(got, "/\\\x00") || strings.HasPrefix(got, ".") || filepath.Dir(p) != dir {
			t.Fatalf("cleanFileName(%q) = %q: not a plain file name inside the folder", name, got)
		}
		if len(got) > 240 {
			t.Fatalf("cleanFileName(%q) is %d bytes long", name, len(got))
		}
	})
}

package app

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing/fstest"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/assets"
	"github.com/framelens/framelens/store"
)

// Local lexicon edits. The built-in packs (or the --lexicon folder) stay as
// shipped; edits made on the web live in the database (store.LocalPack,
// store.LocalEntry) and are laid over them when the lexicon is loaded, so a
// new release's packs never overwrite them. The effective lexicon is an
// in-memory file system of the packs with the edits applied, loaded by
// analysis.LoadLexicon like any other: its version is the content hash of
// the effective packs, so every change makes a new version, and with no
// edits it is the built-in version exactly.

// liveLexicon is the server's current lexicon, swapped whole when an edit
// makes a new version. Its methods are those of analysis.Lexicon that the
// pages use, read from the current one.
type liveLexicon struct {
	p atomic.Pointer[analysis.Lexicon]
}

func newLiveLexicon(l *analysis.Lexicon) *liveLexicon {
	ll := &liveLexicon{}
	ll.p.Store(l)
	return ll
}

func (l *liveLexicon) load() *analysis.Lexicon                 { return l.p.Load() }
func (l *liveLexicon) swap(n *analysis.Lexicon)                { l.p.Store(n) }
func (l *liveLexicon) Version() string                         { return l.load().Version() }
func (l *liveLexicon) Entries() []*analysis.Entry              { return l.load().Entries() }
func (l *liveLexicon) Entry(id string) (*analysis.Entry, bool) { return l.load().Entry(id) }
func (l *liveLexicon) Packs() []*analysis.Pack                 { return l.load().Packs() }

// lexiconBase is the shipped lexicon the local edits are laid over.
type lexiconBase struct {
	fsys fs.FS
	lex  *analysis.Lexicon
}

// localEdits are the local lexicon rows by ID.
type localEdits struct {
	packs   map[string]store.LocalPack
	entries map[string]store.LocalEntry
}

func (s *server) localEdits(ctx context.Context) (localEdits, error) {
	return loadEdits(ctx, s.db)
}

// loadEdits reads the local lexicon edits from db.
func loadEdits(ctx context.Context, db *store.DB) (localEdits, error) {
	packs, entries, err := db.LocalLexicon(ctx)
	if err != nil {
		return localEdits{}, err
	}
	le := localEdits{packs: map[string]store.LocalPack{}, entries: map[string]store.LocalEntry{}}
	for _, p := range packs {
		le.packs[p.ID] = p
	}
	for _, e := range entries {
		le.entries[e.ID] = e
	}
	return le, nil
}

func (le localEdits) clone() localEdits {
	c := localEdits{packs: make(map[string]store.LocalPack, len(le.packs)), entries: make(map[string]store.LocalEntry, len(le.entries))}
	for k, v := range le.packs {
		c.packs[k] = v
	}
	for k, v := range le.entries {
		c.entries[k] = v
	}
	return c
}

// effectiveLexicon loads base with the local edits applied.
func effectiveLexicon(base lexiconBase, le localEdits) (*analysis.Lexicon, fs.FS, error) {
	if len(le.packs) == 0 && len(le.entries) == 0 {
		return base.lex, base.fsys, nil
	}
	fsys, err := effectiveFS(base, le)
	if err != nil {
		return nil, nil, err
	}
	lex, err := analysis.LoadLexicon(fsys)
	if err != nil {
		return nil, nil, err
	}
	return lex, fsys, nil
}

// effectiveFS builds the pack files with the local edits applied: local
// packs replace or add files, disabled packs are left out, and each local
// entry replaces its block in its pack, is left out (disabled) or is added
// at the pack's end.
func effectiveFS(base lexiconBase, le localEdits) (fstest.MapFS, error) {
	if base.fsys == nil {
		return nil, errors.New("lexicon: the pack files the edits apply to are unknown (the server was not configured with configureAdmin)")
	}
	files := map[string]string{}  // file name -> text
	fileOf := map[string]string{} // pack ID -> file name
	for _, p := range base.lex.Packs() {
		b, err := fs.ReadFile(base.fsys, p.File)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", p.File, err)
		}
		files[p.File] = string(b)
		fileOf[p.ID] = p.File
	}
	for _, id := range sortedKeys(le.packs) {
		p := le.packs[id]
		file, known := fileOf[id]
		switch {
		case p.Disabled:
			if known {
				delete(files, file)
			}
			delete(fileOf, id)
		case p.Body != "":
			if !known {
				file = id + ".lex"
				if _, taken := files[file]; taken {
					return nil, fmt.Errorf("lexicon: local pack %q would replace the file %s of another pack", id, file)
				}
			}
			files[file] = p.Body
			fileOf[id] = file
		}
	}
	byPack := map[string][]store.LocalEntry{}
	for _, id := range sortedKeys(le.entries) {
		e := le.entries[id]
		byPack[e.Pack] = append(byPack[e.Pack], e)
	}
	for pack, entries := range byPack {
		file, ok := fileOf[pack]
		if !ok {
			continue // its pack is switched off or gone: the edit waits, unused
		}
		files[file] = spliceEntries(files[file], entries)
	}
	m := fstest.MapFS{}
	for name, text := range files {
		m[name] = &fstest.MapFile{Data: []byte(text), Mode: 0o444}
	}
	return m, nil
}

// entryBlock is where one entry sits in a pack file: lines [start, end).
type entryBlock struct {
	id         string
	start, end int
}

// entryBlocks finds each entry's key lines in a pack file's lines. An
// entry is a run of "key: value" lines ended by a blank line; comment lines
// before its first key stay outside the block.
func entryBlocks(lines []string) []entryBlock {
	var out []entryBlock
	cur := entryBlock{start: -1}
	flush := func(end int) {
		if cur.start >= 0 {
			cur.end = end
			out = append(out, cur)
		}
		cur = entryBlock{start: -1}
	}
	for i, raw := range lines {
		line := strings.TrimSpace(raw)
		switch {
		case line == "":
			flush(i)
		case strings.HasPrefix(line, "#"), strings.HasPrefix(line, "@"):
		default:
			if cur.start < 0 {
				cur.start = i
			}
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "id" {
				cur.id = strings.TrimSpace(v)
			}
		}
	}
	flush(len(lines))
	return out
}

// spliceEntries applies local entries to one pack file's text.
func spliceEntries(text string, entries []store.LocalEntry) string {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	blocks := entryBlocks(lines)
	at := map[string]entryBlock{}
	for _, b := range blocks {
		at[b.id] = b
	}
	replace := map[int]store.LocalEntry{} // block start -> edit
	var added []store.LocalEntry
	for _, e := range entries {
		if b, ok := at[e.ID]; ok {
			replace[b.start] = e
		} else if !e.Disabled {
			added = append(added, e)
		}
	}
	var out strings.Builder
	for i := 0; i < len(lines); i++ {
		if e, ok := replace[i]; ok {
			b := at[e.ID]
			if !e.Disabled {
				out.WriteString(strings.TrimRight(e.Body, "\n"))
				out.WriteByte('\n')
			}
			i = b.end - 1
			continue
		}
		out.WriteString(lines[i])
		if i < len(lines)-1 {
			out.WriteByte('\n')
		}
	}
	res := out.String()
	for _, e := range added {
		res = strings.TrimRight(res, "\n") + "\n\n" + strings.TrimRight(e.Body, "\n") + "\n"
	}
	return res
}

// entryForm is an entry as the edit form holds it.
type entryForm struct {
	ID, Pack, Forms, Signal, Category, Weight, Explain, Alternatives string
	Actor, Label, Side, Notes, Sources, Inflect, Case, NotBefore     string
}

// formOf fills the form from a loaded entry.
func formOf(e *analysis.Entry) entryForm {
	f := entryForm{ID: e.ID, Pack: e.Pack, Forms: strings.Join(e.Forms, " | "), Signal: e.Signal, Category: e.Category,
		Weight: strconv.FormatFloat(e.Weight, 'f', -1, 64), Explain: e.Explain, Alternatives: strings.Join(e.Alternatives, " | "),
		Actor: e.Actor, Label: e.Label, Side: e.Side, Notes: e.Notes, Sources: e.Sources, Inflect: "yes", Case: "insensitive",
		NotBefore: strings.Join(e.NotBefore, " | ")}
	if !e.Inflect {
		f.Inflect = "no"
	}
	if e.CaseSensitive {
		f.Case = "sensitive"
	}
	return f
}

// lexBody writes the entry in .lex syntax. Every value is folded onto one
// line, so a field can never start another key or entry.
func (f entryForm) lexBody() string {
	var b strings.Builder
	put := func(k, v string) {
		if v = oneLine(v); v != "" {
			fmt.Fprintf(&b, "%s: %s\n", k, v)
		}
	}
	put("id", f.ID)
	put("forms", f.Forms)
	put("signal", f.Signal)
	put("category", f.Category)
	if w := oneLine(f.Weight); w != "" && w != "1" {
		put("weight", w)
	}
	put("explain", f.Explain)
	put("alternatives", f.Alternatives)
	put("actor", f.Actor)
	put("label", f.Label)
	put("side", f.Side)
	put("notes", f.Notes)
	put("sources", f.Sources)
	if strings.EqualFold(oneLine(f.Inflect), "no") {
		put("inflect", "no")
	}
	if strings.EqualFold(oneLine(f.Case), "sensitive") {
		put("case", "sensitive")
	}
	put("not_before", f.NotBefore)
	return b.String()
}

// fields lists the form's fields with their names, for showing where a
// local entry differs from the built-in one.
func (f entryForm) fields() [][2]string {
	return [][2]string{{"forms", f.Forms}, {"signal", f.Signal}, {"category", f.Category}, {"weight", f.Weight},
		{"explain", f.Explain}, {"alternatives", f.Alternatives}, {"actor", f.Actor}, {"label", f.Label},
		{"side", f.Side}, {"notes", f.Notes}, {"sources", f.Sources}, {"inflect", f.Inflect}, {"case", f.Case},
		{"not_before", f.NotBefore}}
}

// fieldDiff is one field whose local value differs from the built-in one.
type fieldDiff struct {
	Field, Builtin, Local string
}

func diffForms(builtin, local entryForm) []fieldDiff {
	var out []fieldDiff
	b, l := builtin.fields(), local.fields()
	for i := range b {
		if oneLine(b[i][1]) != oneLine(l[i][1]) {
			out = append(out, fieldDiff{Field: b[i][0], Builtin: b[i][1], Local: l[i][1]})
		}
	}
	return out
}

// packHeader writes a new pack's header lines.
func packHeader(id, title, description, topic string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "@pack %s\n", id)
	for _, h := range [][2]string{{"title", title}, {"description", description}, {"topic", topic}} {
		if v := oneLine(h[1]); v != "" {
			fmt.Fprintf(&b, "@%s %s\n", h[0], v)
		}
	}
	b.WriteString("@reviewed Added on this instance's web lexicon editor.\n")
	return b.String()
}

// validPackID reports whether id can name a pack (and its file).
func validPackID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return id[0] != '.'
}

// packIDOf returns the pack ID a .lex file declares (@pack), or its file
// name without the extension.
func packIDOf(name, body string) string {
	sc := bufio.NewScanner(strings.NewReader(body))
	for sc.Scan() {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if strings.HasPrefix(line, "@pack ") {
			return strings.TrimSpace(strings.TrimPrefix(line, "@pack "))
		}
		if line != "" && !strings.HasPrefix(line, "@") && !strings.HasPrefix(line, "#") {
			break
		}
	}
	return strings.TrimSuffix(path.Base(name), ".lex")
}

// errLexicon is an edit the lexicon loader refused: a 400 with its reason.
func errLexicon(err error) error {
	var le *analysis.LexiconError
	if errors.As(err, &le) {
		return errBadRequest("The lexicon would not load with this change, so nothing was saved: %s", le.Msg)
	}
	return errBadRequest("The lexicon would not load with this change, so nothing was saved: %v", err)
}

// editLexicon applies change to a copy of the local edits, loads the
// result (refusing an edit that would not load), saves the difference with
// a history row, and switches the server to the new lexicon. Edits are
// serialised so two admins cannot lose each other's change.
func (s *server) editLexicon(ctx context.Context, change func(le localEdits) (string, error)) (*analysis.Lexicon, error) {
	s.lexEdit.Lock()
	defer s.lexEdit.Unlock()
	old, err := s.localEdits(ctx)
	if err != nil {
		return nil, err
	}
	le := old.clone()
	desc, err := change(le)
	if err != nil {
		return nil, err
	}
	lex, _, err := effectiveLexicon(s.lexBase, le)
	if err != nil {
		return nil, errLexicon(err)
	}
	edit := store.LexiconEdit{Version: lex.Version(), Change: desc}
	for _, id := range sortedKeys(le.packs) {
		if o, ok := old.packs[id]; !ok || o.Body != le.packs[id].Body || o.Disabled != le.packs[id].Disabled {
			edit.Packs = append(edit.Packs, le.packs[id])
		}
	}
	for _, id := range sortedKeys(old.packs) {
		if _, ok := le.packs[id]; !ok {
			edit.DeletePacks = append(edit.DeletePacks, id)
		}
	}
	for _, id := range sortedKeys(le.entries) {
		if o, ok := old.entries[id]; !ok || o != le.entries[id] {
			edit.Entries = append(edit.Entries, le.entries[id])
		}
	}
	for _, id := range sortedKeys(old.entries) {
		if _, ok := le.entries[id]; !ok {
			edit.DeleteEntries = append(edit.DeleteEntries, id)
		}
	}
	if err := s.db.SaveLexiconEdit(ctx, edit); err != nil {
		return nil, err
	}
	s.lex.swap(lex)
	s.log.Info("lexicon edited", "change", desc, "version", lex.Version())
	return lex, nil
}

// loadLocalLexicon lays the database's local edits over base and makes the
// result the server's lexicon: called at start.
func (s *server) loadLocalLexicon(ctx context.Context, base lexiconBase) error {
	s.lexBase = base
	le, err := s.localEdits(ctx)
	if err != nil {
		return err
	}
	lex, _, err := effectiveLexicon(base, le)
	if err != nil {
		return fmt.Errorf("the lexicon edits saved in the database do not load over these packs: %w", err)
	}
	s.lex.swap(lex)
	return nil
}

// packFile returns the effective text of pack id.
func (s *server) packFile(ctx context.Context, id string) (string, string, error) {
	le, err := s.localEdits(ctx)
	if err != nil {
		return "", "", err
	}
	lex, fsys, err := effectiveLexicon(s.lexBase, le)
	if err != nil {
		return "", "", err
	}
	for _, p := range lex.Packs() {
		if p.ID == id {
			b, err := fs.ReadFile(fsys, p.File)
			if err != nil {
				return "", "", err
			}
			return p.File, string(b), nil
		}
	}
	return "", "", fmt.Errorf("lexicon pack %q: %w", id, store.ErrNotFound)
}

// sortedEntries returns the local entries sorted by pack, then ID.
func sortedEntries(m map[string]store.LocalEntry) []store.LocalEntry {
	out := make([]store.LocalEntry, 0, len(m))
	for _, e := range m {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Pack != out[j].Pack {
			return out[i].Pack < out[j].Pack
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// lexiconWithEdits loads the packs of dir (the built-in packs when dir is
// "") with the local edits saved in db laid over them: the lexicon the
// server scores with, so that "framelens import" and "framelens rescore"
// use the same version as the web.
func lexiconWithEdits(ctx context.Context, db *store.DB, dir string) (*analysis.Lexicon, error) {
	lex, err := openLexicon(dir)
	if err != nil {
		return nil, err
	}
	base := lexiconBase{fsys: assets.Lexicon(), lex: lex}
	if dir != "" {
		base.fsys = os.DirFS(dir)
	}
	le, err := loadEdits(ctx, db)
	if err != nil {
		return nil, err
	}
	eff, _, err := effectiveLexicon(base, le)
	if err != nil {
		return nil, fmt.Errorf("the lexicon edits saved in the database do not load over these packs: %w", err)
	}
	return eff, nil
}

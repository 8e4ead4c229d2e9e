package app

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/store"
)

// adminLexiconPage lists the local lexicon edits beside the built-in
// packs, the version history and the rescore.
type adminLexiconPage struct {
	Page
	CSRF      string
	Version   string
	Builtin   string // the version of the shipped packs alone
	Stale     int
	Entries   []localEntryRow
	Packs     []localPackRow
	AllPacks  []*analysis.Pack
	History   []store.LexiconChange
	Rescores  []store.RescoreJob
	Rescoring bool
	Message   string
}

// localEntryRow is one local entry and how it differs from the built-in one.
type localEntryRow struct {
	ID, Pack, State string // State: added, edited, disabled
	Diff            []fieldDiff
	EditURL         string
}

// localPackRow is one local pack row.
type localPackRow struct {
	ID, State string // added, replaced, disabled
}

func (s *server) handleAdminLexicon(c *fiber.Ctx) error {
	ctx := c.UserContext()
	p := &adminLexiconPage{Page: s.basePage(c, "Edit the lexicon"), CSRF: s.csrfToken(c), Version: s.lex.Version(),
		Builtin: s.lexBase.lex.Version(), AllPacks: s.lex.Packs(), Rescoring: s.rescoring.Load()}
	p.Section = "lexicon"
	switch c.Query("done") {
	case "saved":
		p.Message = "Saved: the lexicon is now version " + p.Version + ". Rescore to bring the articles to it."
	case "rescore":
		p.Message = "Rescore started."
	}
	le, err := s.localEdits(ctx)
	if err != nil {
		return err
	}
	for _, e := range sortedEntries(le.entries) {
		row := localEntryRow{ID: e.ID, Pack: e.Pack, EditURL: "/admin/lexicon/entry?id=" + url.QueryEscape(e.ID)}
		builtin, inBase := s.lexBase.lex.Entry(e.ID)
		switch {
		case e.Disabled:
			row.State = "disabled"
		case inBase:
			row.State = "edited"
			if cur, ok := s.lex.Entry(e.ID); ok {
				row.Diff = diffForms(formOf(builtin), formOf(cur))
			}
		default:
			row.State = "added"
		}
		p.Entries = append(p.Entries, row)
	}
	basePacks := map[string]bool{}
	for _, bp := range s.lexBase.lex.Packs() {
		basePacks[bp.ID] = true
	}
	for _, id := range sortedKeys(le.packs) {
		lp := le.packs[id]
		row := localPackRow{ID: id, State: "added"}
		switch {
		case lp.Disabled:
			row.State = "disabled"
		case basePacks[id]:
			row.State = "replaced"
		}
		p.Packs = append(p.Packs, row)
	}
	if p.History, err = s.db.LexiconHistory(ctx, 50); err != nil {
		return err
	}
	if p.Rescores, err = s.db.RescoreJobs(ctx, 5); err != nil {
		return err
	}
	if p.Stale, err = s.db.CountStale(ctx, p.Version); err != nil {
		return err
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	if len(p.Rescores) > 0 && p.Rescores[0].State == "running" {
		c.Set("Refresh", "3")
	}
	return s.render(c, "admin_lexicon", p)
}

// entryEditPage is the form for one entry.
type entryEditPage struct {
	Page
	CSRF    string
	New     bool
	Form    entryForm
	Builtin *entryForm // the shipped entry, when this one is a local edit of it
	Diff    []fieldDiff
	Packs   []*analysis.Pack
	Signals []option
	Error   string
}

func (s *server) handleEntryForm(c *fiber.Ctx) error {
	p := &entryEditPage{Page: s.basePage(c, "Edit lexicon entry"), CSRF: s.csrfToken(c), Packs: s.lex.Packs()}
	p.Section = "lexicon"
	if id := c.Query("id"); id != "" {
		e, ok := s.lex.Entry(id)
		if !ok {
			return fmt.Errorf("lexicon entry %q: %w", id, store.ErrNotFound)
		}
		p.Form = formOf(e)
	} else {
		p.New = true
		p.Title = "Add a lexicon entry"
		p.Form = entryForm{Pack: c.Query("pack"), Signal: "L1", Weight: "1", Inflect: "yes", Case: "insensitive"}
	}
	s.fillEntryPage(p)
	return s.render(c, "lexicon_edit", p)
}

func (s *server) fillEntryPage(p *entryEditPage) {
	for _, sig := range signals {
		if lexiconSignal(sig.ID) {
			p.Signals = append(p.Signals, option{Value: sig.ID, Label: sig.ID + " " + sig.Name, Selected: sig.ID == p.Form.Signal})
		}
	}
	if b, ok := s.lexBase.lex.Entry(p.Form.ID); ok && !p.New {
		bf := formOf(b)
		p.Builtin = &bf
		p.Diff = diffForms(bf, p.Form)
	}
}

// lexiconSignal reports whether entries may carry signal id (E5 and S1
// come from rules, N2 from the corpus).
func lexiconSignal(id string) bool {
	switch id {
	case "E5", "S1", "N2", "E6":
		return false
	}
	return true
}

func (s *server) handleEntrySave(c *fiber.Ctx) error {
	f := entryForm{ID: oneLine(c.FormValue("id")), Pack: oneLine(c.FormValue("pack")), Forms: c.FormValue("forms"),
		Signal: oneLine(c.FormValue("signal")), Category: c.FormValue("category"), Weight: c.FormValue("weight"),
		Explain: c.FormValue("explain"), Alternatives: c.FormValue("alternatives"), Actor: c.FormValue("actor"),
		Label: c.FormValue("label"), Side: c.FormValue("side"), Notes: c.FormValue("notes"), Sources: c.FormValue("sources"),
		Inflect: c.FormValue("inflect"), Case: c.FormValue("case"), NotBefore: c.FormValue("not_before")}
	isNew := c.FormValue("new") == "1"
	fail := func(msg string) error {
		p := &entryEditPage{Page: s.basePage(c, "Edit lexicon entry"), CSRF: s.csrfToken(c), New: isNew, Form: f,
			Packs: s.lex.Packs(), Error: msg}
		p.Section = "lexicon"
		s.fillEntryPage(p)
		if err := s.render(c, "lexicon_edit", p); err != nil {
			return err
		}
		c.Status(fiber.StatusBadRequest)
		return nil
	}
	if f.ID == "" || strings.ContainsAny(f.ID, " \t|:") || len(f.ID) > 100 {
		return fail("The entry needs an id without spaces, colons or |, such as local.loaded.example.")
	}
	existing, exists := s.lex.Entry(f.ID)
	if isNew && exists {
		return fail(fmt.Sprintf("An entry %q already exists (in pack %s): choose another id, or edit that one.", f.ID, existing.Pack))
	}
	if !isNew && !exists {
		return fail(fmt.Sprintf("There is no entry %q to edit.", f.ID))
	}
	if exists {
		f.Pack = existing.Pack // an entry stays in its pack
	}
	known := false
	for _, pk := range s.lex.Packs() {
		known = known || pk.ID == f.Pack
	}
	if !known {
		return fail("Choose the pack the entry belongs to.")
	}
	body := f.lexBody()
	_, err := s.editLexicon(c.UserContext(), func(le localEdits) (string, error) {
		le.entries[f.ID] = store.LocalEntry{ID: f.ID, Pack: f.Pack, Body: body}
		if isNew {
			return "added entry " + f.ID + " to pack " + f.Pack, nil
		}
		return "edited entry " + f.ID, nil
	})
	var br *badRequest
	if errors.As(err, &br) {
		return fail(br.msg)
	}
	if err != nil {
		return err
	}
	return c.Redirect("/admin/lexicon?done=saved", fiber.StatusSeeOther)
}

func (s *server) handleEntryDisable(c *fiber.Ctx) error {
	id := oneLine(c.FormValue("id"))
	e, ok := s.lex.Entry(id)
	if !ok {
		return fmt.Errorf("lexicon entry %q: %w", id, store.ErrNotFound)
	}
	if _, err := s.editLexicon(c.UserContext(), func(le localEdits) (string, error) {
		// The local body stays, so undoing the disable brings the entry back
		// as it was.
		le.entries[id] = store.LocalEntry{ID: id, Pack: e.Pack, Body: le.entries[id].Body, Disabled: true}
		return "disabled entry " + id, nil
	}); err != nil {
		return err
	}
	return c.Redirect("/admin/lexicon?done=saved", fiber.StatusSeeOther)
}

func (s *server) handleEntryRevert(c *fiber.Ctx) error {
	id := oneLine(c.FormValue("id"))
	if _, err := s.editLexicon(c.UserContext(), func(le localEdits) (string, error) {
		e, ok := le.entries[id]
		if !ok {
			return "", errBadRequest("Entry %q has no local edit to undo.", id)
		}
		if e.Disabled && e.Body != "" {
			e.Disabled = false // undo the disable: the local entry is back
			le.entries[id] = e
			return "enabled entry " + id + " again", nil
		}
		delete(le.entries, id)
		if _, inBase := s.lexBase.lex.Entry(id); inBase {
			return "restored the built-in entry " + id, nil
		}
		return "removed the local entry " + id, nil
	}); err != nil {
		return err
	}
	return c.Redirect("/admin/lexicon?done=saved", fiber.StatusSeeOther)
}

func (s *server) handlePackNew(c *fiber.Ctx) error {
	id := strings.ToLower(oneLine(c.FormValue("id")))
	if !validPackID(id) {
		return errBadRequest("A pack id uses lower-case letters, digits, - and _ (for example local-school), at most 64 characters.")
	}
	if _, err := s.editLexicon(c.UserContext(), func(le localEdits) (string, error) {
		for _, p := range s.lex.Packs() {
			if p.ID == id {
				return "", errBadRequest("A pack %q already exists.", id)
			}
		}
		le.packs[id] = store.LocalPack{ID: id, Body: packHeader(id, c.FormValue("title"), c.FormValue("description"), c.FormValue("topic"))}
		return "added pack " + id, nil
	}); err != nil {
		return err
	}
	return c.Redirect("/admin/lexicon/entry?pack="+url.QueryEscape(id), fiber.StatusSeeOther)
}

func (s *server) handlePackDisable(c *fiber.Ctx) error {
	id := oneLine(c.FormValue("id"))
	if _, err := s.editLexicon(c.UserContext(), func(le localEdits) (string, error) {
		found := false
		for _, p := range s.lex.Packs() {
			found = found || p.ID == id
		}
		if !found {
			return "", fmt.Errorf("lexicon pack %q: %w", id, store.ErrNotFound)
		}
		le.packs[id] = store.LocalPack{ID: id, Body: le.packs[id].Body, Disabled: true}
		return "disabled pack " + id, nil
	}); err != nil {
		return err
	}
	return c.Redirect("/admin/lexicon?done=saved", fiber.StatusSeeOther)
}

func (s *server) handlePackRevert(c *fiber.Ctx) error {
	id := oneLine(c.FormValue("id"))
	if _, err := s.editLexicon(c.UserContext(), func(le localEdits) (string, error) {
		p, ok := le.packs[id]
		if !ok {
			return "", errBadRequest("Pack %q has no local change to undo.", id)
		}
		if p.Disabled && p.Body != "" {
			p.Disabled = false // undo the disable: the local pack is back
			le.packs[id] = p
			return "enabled pack " + id + " again", nil
		}
		delete(le.packs, id)
		return "undid the local change to pack " + id, nil
	}); err != nil {
		return err
	}
	return c.Redirect("/admin/lexicon?done=saved", fiber.StatusSeeOther)
}

// maxPackBytes bounds an imported pack file.
const maxPackBytes = 4 << 20

// handlePackImport stores an uploaded .lex file as a local pack (replacing
// a built-in pack of the same id, or adding a new one).
func (s *server) handlePackImport(c *fiber.Ctx) error {
	dir, err := os.MkdirTemp(s.uploadDir(), ".framelens-upload-")
	if err != nil {
		return uploadFolderError("lexicon import", err)
	}
	defer os.RemoveAll(dir)
	up, err := s.readUpload(c, dir)
	if err != nil {
		return err
	}
	if err := s.checkUploadCSRF(c, up); err != nil {
		return err
	}
	if len(up.files) != 1 {
		return errBadRequest("Choose one .lex pack file to import.")
	}
	f := up.files[0]
	if !strings.HasSuffix(strings.ToLower(f.name), ".lex") {
		return errBadRequest("%q is not a .lex pack file.", f.name)
	}
	b, err := os.ReadFile(f.path)
	if err != nil {
		return err
	}
	if len(b) > maxPackBytes {
		return errTooLarge("The pack file is larger than %s.", humanBytes(maxPackBytes))
	}
	body := string(b)
	id := packIDOf(f.name, body)
	if !validPackID(id) {
		return errBadRequest("The pack id %q is not usable: use lower-case letters, digits, - and _.", id)
	}
	if _, err := s.editLexicon(c.UserContext(), func(le localEdits) (string, error) {
		le.packs[id] = store.LocalPack{ID: id, Body: body}
		return "imported pack " + id + " from " + f.name, nil
	}); err != nil {
		return err
	}
	return c.Redirect("/admin/lexicon?done=saved", fiber.StatusSeeOther)
}

// handlePackExport sends the effective text of one pack as a .lex file.
func (s *server) handlePackExport(c *fiber.Ctx) error {
	id := strings.TrimSuffix(c.Params("pack"), ".lex")
	file, text, err := s.packFile(c.UserContext(), id)
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, "text/plain; charset=utf-8")
	c.Set(fiber.HeaderContentDisposition, fmt.Sprintf(`attachment; filename="%s"`, strings.ReplaceAll(file, `"`, "")))
	return c.SendString(text)
}

// handleRescore starts bringing every article to the current lexicon in
// the background; one rescore runs at a time.
func (s *server) handleRescore(c *fiber.Ctx) error {
	if _, err := s.startRescore(c.UserContext()); err != nil {
		return err
	}
	return c.Redirect("/admin/lexicon?done=rescore", fiber.StatusSeeOther)
}

// errRescoreRunning refuses a second rescore while one runs.
var errRescoreRunning = fiber.NewError(fiber.StatusConflict, "A rescore is already running: wait for it to finish, then start another if the lexicon changed meanwhile.")

// startRescore starts a rescore job and returns a channel closed when it
// ends. One runs at a time: this server's flag, and on PostgreSQL the
// store's rescore lock, which another replica's rescore holds.
func (s *server) startRescore(ctx context.Context) (<-chan struct{}, error) {
	if !s.rescoring.CompareAndSwap(false, true) {
		return nil, errRescoreRunning
	}
	release, err := s.db.LockRescore(ctx)
	if err != nil {
		s.rescoring.Store(false)
		if errors.Is(err, store.ErrRescoreRunning) {
			return nil, errRescoreRunning
		}
		return nil, err
	}
	lex := s.lex.load()
	version := lex.Version()
	total, err := s.db.CountStale(ctx, version)
	if err != nil {
		release()
		s.rescoring.Store(false)
		return nil, err
	}
	id, err := s.db.StartRescoreJob(ctx, version, total)
	if err != nil {
		release()
		s.rescoring.Store(false)
		return nil, err
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer s.rescoring.Store(false)
		defer release() // after FinishRescoreJob
		bg := context.Background()
		n, err := rescore(bg, s.db, func(text string) *store.Analysis { return scoreText(lex, text) }, version,
			func(d int) {
				if err := s.db.RescoreJobProgress(bg, id, d); err != nil {
					s.log.Error("rescore progress", "job", id, "err", err)
				}
			})
		state, msg := "done", ""
		if err != nil {
			state, msg = "failed", "The rescore stopped; articles already rescored keep their new results. See the server log."
			s.log.Error("rescore", "job", id, "err", err)
		}
		if err := s.db.FinishRescoreJob(bg, id, n, state, msg); err != nil {
			s.log.Error("rescore finish", "job", id, "err", err)
		}
		s.log.Info("rescore", "job", id, "version", version, "articles", n, "state", state)
	}()
	return done, nil
}

func (s *server) apiRescore(c *fiber.Ctx) error {
	jobs, err := s.db.RescoreJobs(c.UserContext(), 1)
	if err != nil {
		return err
	}
	// Whether a rescore runs comes from the database (the rescore lock on
	// PostgreSQL), not this server's flag, so every replica says the same.
	running, err := s.db.RescoreRunning(c.UserContext())
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	out := fiber.Map{"version": s.lex.Version(), "running": running, "job": nil}
	if len(jobs) > 0 {
		j := jobs[0]
		out["job"] = fiber.Map{"id": j.ID, "version": j.Version, "started": j.Started, "finished": j.Finished,
			"total": j.Total, "done": j.Done, "state": j.State, "error": j.Error}
	}
	return c.JSON(out)
}

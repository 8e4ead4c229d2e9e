package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/app/ingest"
	"github.com/framelens/framelens/store"
)

// Web import: the admin uploads files (read by ingest.Read from a temporary
// folder beside the database, since /tmp may be read-only in a container)
// or pastes one article. The import runs in the background through
// importArticles, as "framelens import" does, and its page shows progress
// and each failed input (the page reloads itself through the Refresh
// header while the job runs; /api/admin/import/ID gives the same as JSON).
// The progress is a database row (store.ImportJob) written by the server
// running the import, so behind a load balancer any replica shows it, and a
// job whose server died reads as interrupted once its heartbeat is older
// than store.ImportLease.

// importPath is the one address that accepts large bodies.
const importPath = "/admin/import"

func isUploadPath(p string) bool { return p == importPath || p == "/admin/lexicon/import" }

// importJob is one web import and its progress, as the progress page and
// /api/admin/import/ID show it: read from the database (store.ImportJob),
// so every replica answers alike. The JSON field names are an interface.
// State is running, done, failed or interrupted (the server running the
// import stopped before it ended: its heartbeat is older than
// store.ImportLease).
type importJob struct {
	ID      string         `json:"id"`
	Source  string         `json:"source"`
	Started time.Time      `json:"started"`
	Inputs  []string       `json:"inputs"`
	Stored  int            `json:"stored"`
	Failed  []importFailed `json:"failed"`
	Running bool           `json:"running"`
	State   string         `json:"state"`
	Stats   *importStats   `json:"result,omitempty"`
	Error   string         `json:"error,omitempty"`
	done    chan struct{}
}

// importFlushEvery is how often, at most, a running import writes its
// progress; it writes at least every store.ImportHeartbeat however little
// changed, so that other replicas know it is alive.
const importFlushEvery = 500 * time.Millisecond

// errImportInterrupted is what a job whose server stopped says.
const errImportInterrupted = "The import was interrupted: the server running it stopped. " +
	"The articles stored before are kept, whole; send the same files again and those already stored count as duplicates."

// importJobs holds the web imports this process runs: each one's progress
// in memory, written to the database (its single source for every page)
// by flush, and the latest ended ones for whoever waits for them.
type importJobs struct {
	mu    sync.Mutex
	jobs  map[string]*importRun
	ids   []string // oldest first
	owner string   // this process, in import_jobs.owner
}

// importRun is one import of this process: the job as it stands, and the
// failures not yet written.
type importRun struct {
	job     importJob
	pending []store.ImportFailure
	dirty   bool // changed since the last flush
}

const keptImportJobs = 20

// processOwner names this process in the rows it owns: host, process ID
// and a random part, since a container's server is always process 1.
func processOwner() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), newToken()[:8])
}

func (j *importJobs) ownerName() string {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.owner == "" {
		j.owner = processOwner()
	}
	return j.owner
}

func (j *importJobs) add(job importJob) *importRun {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.jobs == nil {
		j.jobs = map[string]*importRun{}
	}
	r := &importRun{job: job}
	j.jobs[job.ID] = r
	j.ids = append(j.ids, job.ID)
	for len(j.ids) > keptImportJobs {
		if old := j.jobs[j.ids[0]]; old != nil && old.job.Running {
			break
		}
		delete(j.jobs, j.ids[0])
		j.ids = j.ids[1:]
	}
	return r
}

// snapshot returns a copy of job id of this process, safe to read while
// it runs; its done channel is closed once the job's end is written.
func (j *importJobs) snapshot(id string) (importJob, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	r, ok := j.jobs[id]
	if !ok {
		return importJob{}, false
	}
	cp := r.job
	cp.Failed = append([]importFailed{}, r.job.Failed...)
	cp.Inputs = append([]string(nil), r.job.Inputs...)
	return cp, true
}

func (j *importJobs) update(r *importRun, fn func(*importRun)) {
	j.mu.Lock()
	fn(r)
	r.dirty = true
	j.mu.Unlock()
}

// flush writes r's progress (its end, once it has ended) at time at. The
// failures it could not write are kept for the next flush.
func (s *server) flushImport(ctx context.Context, r *importRun, at time.Time) error {
	s.imports.mu.Lock()
	job := r.job
	p := store.ImportProgress{Stored: job.Stored, NewFailures: r.pending}
	r.pending, r.dirty = nil, false
	s.imports.mu.Unlock()
	if !job.Running {
		p.State, p.Error = store.ImportDone, job.Error
		if job.Error != "" {
			p.State = store.ImportFailed
		}
		if job.Stats != nil {
			st := *job.Stats
			st.Failed = nil // the failures are rows of their own
			b, err := json.Marshal(st)
			if err != nil {
				return err
			}
			p.Result = string(b)
		}
	}
	err := s.db.UpdateImportJob(ctx, job.ID, s.imports.ownerName(), p, at)
	if err != nil {
		s.imports.mu.Lock()
		r.pending, r.dirty = append(p.NewFailures, r.pending...), true
		s.imports.mu.Unlock()
	}
	return err
}

// beatImport writes r's progress while it runs: at most every
// importFlushEvery when something changed, and at least every
// store.ImportHeartbeat, until stop is closed.
func (s *server) beatImport(r *importRun, stop <-chan struct{}) {
	t := time.NewTicker(importFlushEvery)
	defer t.Stop()
	last := time.Now()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		s.imports.mu.Lock()
		dirty := r.dirty
		s.imports.mu.Unlock()
		if !dirty && time.Since(last) < store.ImportHeartbeat {
			continue
		}
		if err := s.flushImport(context.Background(), r, s.sec.now()); err != nil {
			s.log.Warn("web import progress", "job", r.job.ID, "err", err)
			continue
		}
		last = time.Now()
	}
}

// finishImport writes the end of r, trying again for a while if the
// database does not answer (the job would otherwise read as interrupted).
func (s *server) finishImport(r *importRun) {
	var err error
	for try := range 5 {
		if try > 0 {
			time.Sleep(time.Duration(try) * time.Second)
		}
		if err = s.flushImport(context.Background(), r, s.sec.now()); err == nil {
			return
		}
	}
	s.log.Error("web import: record its end", "job", r.job.ID, "err", err)
}

// importJob reads web import id from the database, as any replica sees it.
func (s *server) importJob(ctx context.Context, id string) (importJob, error) {
	j, err := s.db.ImportJobByToken(ctx, id, s.sec.now())
	if err != nil {
		return importJob{}, fmt.Errorf("import %q: %w", id, err)
	}
	out := importJob{ID: j.Token, Source: j.Source, Started: j.Started, Inputs: j.Inputs, Stored: j.Stored,
		Failed: make([]importFailed, len(j.Failed)), Running: j.State == store.ImportRunning, State: j.State, Error: j.Error}
	for i, f := range j.Failed {
		out.Failed[i] = importFailed{Source: f.Source, Line: f.Line, Error: f.Error}
	}
	if j.Result != "" {
		var st importStats
		if err := json.Unmarshal([]byte(j.Result), &st); err != nil {
			return importJob{}, fmt.Errorf("import %q: result: %w", id, err)
		}
		st.Failed = out.Failed
		out.Stats = &st
	}
	if j.State == store.ImportInterrupted {
		out.Error = errImportInterrupted
	}
	return out, nil
}

// importPage is the upload and paste form, the import batches, and one
// job's progress when the address names one.
type importPage struct {
	Page
	CSRF    string
	Limits  string
	Job     *importJob
	Batches []store.Batch
	Error   string
}

func (s *server) handleImportForm(c *fiber.Ctx) error {
	p, err := s.importPage(c, "Import")
	if err != nil {
		return err
	}
	return s.render(c, "import", p)
}

func (s *server) importPage(c *fiber.Ctx, title string) (*importPage, error) {
	p := &importPage{Page: s.basePage(c, title), CSRF: s.csrfToken(c)}
	p.Section = "admin"
	l := s.sec.limits
	p.Limits = fmt.Sprintf("at most %d files, %s each, %s in all", l.files, humanBytes(l.file), humanBytes(l.request))
	batches, err := s.db.Batches(c.UserContext(), 50)
	if err != nil {
		return nil, err
	}
	p.Batches = batches
	c.Set(fiber.HeaderCacheControl, "no-store")
	return p, nil
}

func (s *server) handleImportJob(c *fiber.Ctx) error {
	job, err := s.importJob(c.UserContext(), c.Params("id"))
	if err != nil {
		return err
	}
	p, err := s.importPage(c, "Import progress")
	if err != nil {
		return err
	}
	p.Job = &job
	if job.Running {
		c.Set("Refresh", "2") // reload while the job runs: no script needed
	}
	return s.render(c, "import", p)
}

func (s *server) apiImportJob(c *fiber.Ctx) error {
	job, err := s.importJob(c.UserContext(), c.Params("id"))
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	return c.JSON(job)
}

// upload is what an import request carries.
type upload struct {
	dir              string // temporary folder holding the files
	files            []uploadedFile
	csrf             string
	mode             string // "upload" or "paste"
	outlet, story    string
	title, url, text string
	fieldBytes       int64
}

type uploadedFile struct {
	name string // as the browser sent it, cleaned
	path string // where it was written
}

// maxField bounds one text field of the form (the pasted text is one).
const maxField = 5 << 20

// errTooLarge is a 413 with the limit in words.
func errTooLarge(format string, args ...any) error {
	return fiber.NewError(fiber.StatusRequestEntityTooLarge, fmt.Sprintf(format, args...))
}

// readUpload streams the multipart body into dir, enforcing the limits as
// it reads: the per-file limit counted on the bytes themselves, not on
// what the browser claims.
func (s *server) readUpload(c *fiber.Ctx, dir string) (*upload, error) {
	up := &upload{dir: dir}
	mt, params, err := mime.ParseMediaType(c.Get(fiber.HeaderContentType))
	if err != nil || mt != fiber.MIMEMultipartForm || params["boundary"] == "" {
		return nil, errBadRequest("The import form must be sent as multipart/form-data (got %q).", clipString(c.Get(fiber.HeaderContentType), 60))
	}
	body := c.Request().Body()
	if int64(len(body)) > s.sec.limits.request {
		return nil, errTooLarge("The upload is %s; the limit is %s per request.", humanBytes(int64(len(body))), humanBytes(s.sec.limits.request))
	}
	mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, errBadRequest("The upload is malformed and could not be read: %v.", err)
		}
		name := part.FormName()
		if part.FileName() == "" && name != "files" {
			v, err := io.ReadAll(io.LimitReader(part, maxField+1))
			if err != nil {
				return nil, errBadRequest("The upload is malformed and could not be read: %v.", err)
			}
			if len(v) > maxField {
				return nil, errTooLarge("The field %q is larger than %s.", clipString(name, 40), humanBytes(maxField))
			}
			up.fieldBytes += int64(len(v))
			val := string(v)
			switch name {
			case csrfField:
				up.csrf = val
			case "mode":
				up.mode = val
			case "outlet":
				up.outlet = oneLine(val)
			case "story":
				up.story = oneLine(val)
			case "title":
				up.title = oneLine(val)
			case "url":
				up.url = oneLine(val)
			case "text":
				up.text = val
			}
			continue
		}
		// The CSRF token comes before the files in the form: no byte of a
		// file is written before it has been checked.
		if err := s.checkUploadCSRF(c, up); err != nil {
			return nil, err
		}
		if part.FileName() == "" {
			continue // an empty file input
		}
		if len(up.files) >= s.sec.limits.files {
			return nil, errTooLarge("Too many files: at most %d per upload.", s.sec.limits.files)
		}
		clean := cleanFileName(part.FileName())
		dst := filepath.Join(dir, fmt.Sprintf("%03d", len(up.files)))
		if err := os.Mkdir(dst, 0o700); err != nil {
			return nil, err
		}
		dst = filepath.Join(dst, clean)
		f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, err
		}
		n, err := io.Copy(f, io.LimitReader(part, s.sec.limits.file+1))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, errBadRequest("The file %q could not be read from the upload: %v.", clean, err)
		}
		if n > s.sec.limits.file {
			return nil, errTooLarge("The file %q is larger than the limit of %s per file.", clean, humanBytes(s.sec.limits.file))
		}
		up.files = append(up.files, uploadedFile{name: clean, path: dst})
	}
	return up, nil
}

// cleanFileName keeps the base name of an uploaded file, without path
// parts, control characters or a leading dot (ingest skips hidden files),
// and keeps its extension, which picks the format.
func cleanFileName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = filepath.Base(name)
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '/' || r == ':' {
			return '_'
		}
		return r
	}, name)
	name = strings.TrimLeft(name, ". ")
	if len(name) > 120 {
		ext := filepath.Ext(name)
		if len(ext) > 12 {
			ext = ""
		}
		name = name[:120-len(ext)] + ext
	}
	if name == "" {
		name = "upload.txt"
	}
	return name
}

// oneLine folds a form field onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func clipString(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// handleImport starts a web import from an upload or pasted text.
func (s *server) handleImport(c *fiber.Ctx) error {
	if !s.sec.hasAdmin {
		return errNoAdmin
	}
	dir, err := os.MkdirTemp(s.uploadDir(), ".framelens-upload-")
	if err != nil {
		return uploadFolderError("import", err)
	}
	keep := false
	defer func() {
		if !keep {
			os.RemoveAll(dir)
		}
	}()
	up, err := s.readUpload(c, dir)
	if err != nil {
		return err
	}
	// The CSRF token is the form's first field; nothing is kept before it
	// has been checked.
	if err := s.checkUploadCSRF(c, up); err != nil {
		return err
	}
	var src source
	var inputs []string
	batchSource := ""
	switch up.mode {
	case "paste":
		text := strings.TrimSpace(up.text)
		if text == "" {
			return errBadRequest("Paste the article's text: the text field is empty.")
		}
		if up.outlet == "" {
			return errBadRequest("Name the outlet that published the pasted article.")
		}
		doc := text
		if up.title != "" || up.url != "" {
			var fm strings.Builder
			fm.WriteString("---\n")
			if up.title != "" {
				fmt.Fprintf(&fm, "title: %s\n", up.title)
			}
			if up.url != "" {
				fmt.Fprintf(&fm, "url: %s\n", up.url)
			}
			fm.WriteString("---\n")
			doc = fm.String() + text
		}
		opts := ingest.Options{Outlet: up.outlet, Story: up.story, Stdin: strings.NewReader(doc)}
		inputs = []string{"pasted text"}
		batchSource = "web: pasted text"
		src = func(ctx context.Context, emit func(ingest.Article) error, fail func(ingest.Failure)) error {
			return ingest.Read(ctx, []string{"-"}, opts, func(a ingest.Article) error {
				a.Source = "pasted text"
				return emit(a)
			}, func(f ingest.Failure) {
				f.Source = "pasted text"
				fail(f)
			})
		}
	case "url":
		u := strings.TrimSpace(up.url)
		if pu, err := url.Parse(u); err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
			return errBadRequest("Give the address of a web page or feed, starting with http:// or https://.")
		}
		inputs = []string{u}
		batchSource = "web: " + clipString(u, 200)
		src = s.urlSource(u, up.outlet, up.story)
	case "upload", "":
		if len(up.files) == 0 {
			return errBadRequest("Choose at least one file to upload.")
		}
		paths := make([]string, len(up.files))
		names := map[string]string{}
		for i, f := range up.files {
			paths[i] = f.path
			names[f.path] = f.name
			inputs = append(inputs, f.name)
		}
		batchSource = "web upload: " + clipString(strings.Join(inputs, " "), 200)
		opts := ingest.Options{Outlet: up.outlet, Story: up.story}
		rename := func(p string) string {
			if n, ok := names[p]; ok {
				return n
			}
			return strings.TrimPrefix(p, dir+string(filepath.Separator))
		}
		src = func(ctx context.Context, emit func(ingest.Article) error, fail func(ingest.Failure)) error {
			return ingest.Read(ctx, paths, opts, func(a ingest.Article) error {
				a.Source = rename(a.Source)
				return emit(a)
			}, func(f ingest.Failure) {
				f.Source = rename(f.Source)
				fail(f)
			})
		}
	default:
		return errBadRequest("Unknown import mode %q.", clipString(up.mode, 20))
	}
	now := s.sec.now()
	job := importJob{ID: newToken()[:16], Source: batchSource, Started: now, Inputs: inputs, Running: true,
		State: store.ImportRunning, Failed: []importFailed{}, done: make(chan struct{})}
	if err := s.db.StartImportJob(c.UserContext(), store.ImportJob{Token: job.ID, Source: batchSource, Inputs: inputs,
		Started: now, Owner: s.imports.ownerName()}, now, keptImportJobs); err != nil {
		return err
	}
	run := s.imports.add(job)
	keep = true
	lex := s.lex.load()
	go s.runImport(run, src, batchSource, lex, dir)
	return c.Redirect("/admin/import/"+job.ID, fiber.StatusSeeOther)
}

// runImport runs web import r from src, writing its progress as it goes
// (beatImport) and its end, then removes the upload folder dir.
func (s *server) runImport(r *importRun, src source, batchSource string, lex *analysis.Lexicon, dir string) {
	defer close(r.job.done)
	defer os.RemoveAll(dir)
	stop := make(chan struct{})
	beating := make(chan struct{})
	go func() {
		defer close(beating)
		s.beatImport(r, stop)
	}()
	stats, err := importArticles(context.Background(), s.db, lex, src, batchSource, false,
		func(f ingest.Failure) {
			s.imports.update(r, func(r *importRun) {
				fail := importFailed{Source: f.Source, Line: f.Line, Error: f.Err.Error()}
				r.job.Failed = append(r.job.Failed, fail)
				r.pending = append(r.pending, store.ImportFailure{Source: fail.Source, Line: fail.Line, Error: fail.Error})
			})
		},
		func(store.Outcome) { s.imports.update(r, func(r *importRun) { r.job.Stored++ }) })
	if stats.Batch != 0 && err == nil {
		// New articles join proposed stories, before the job shows as done.
		if _, cerr := suggestRecent(context.Background(), s.db, stats.Batch); cerr != nil {
			s.log.Warn("proposing stories for a web import", "batch", stats.Batch, "err", cerr)
		}
	}
	close(stop)
	<-beating
	s.imports.update(r, func(r *importRun) {
		j := &r.job
		j.Running = false
		j.State = store.ImportDone
		j.Stats = &stats
		sort.SliceStable(j.Failed, func(a, b int) bool { return j.Failed[a].Source < j.Failed[b].Source })
		if err != nil {
			j.State = store.ImportFailed
			j.Error = "The import stopped: the articles stored before the problem are kept, whole. See the server log."
			s.log.Error("web import", "job", j.ID, "err", err)
		}
	})
	s.finishImport(r)
	s.log.Info("web import", "job", r.job.ID, "imported", stats.Imported, "failed", len(stats.Failed), "batch", stats.Batch)
}

// urlSource reads one address through the safe fetcher (app/ingest/web,
// which refuses private and loopback addresses on every connection and
// bounds redirects, time and size): an HTML page becomes one article, a feed
// its entries (each entry's page fetched when the feed holds only a
// summary). outlet, when given, names the outlet; otherwise the page's site
// name or domain does, through the outlet map (FRAMELENS_OUTLET_MAP).
func (s *server) urlSource(u, outlet, story string) source {
	w := &webSource{opts: s.fetchOptions, outlet: outlet, story: story, mapping: s.outletMap}
	return func(ctx context.Context, emit func(ingest.Article) error, fail func(ingest.Failure)) error {
		return w.read(ctx, []string{u}, nil, emit, fail)
	}
}

// handleDeleteBatch deletes one import batch.
func (s *server) handleDeleteBatch(c *fiber.Ctx) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	n, err := s.db.DeleteBatch(c.UserContext(), id)
	if err != nil {
		return err
	}
	s.log.Info("deleted batch from the web", "batch", id, "articles", n)
	return c.Redirect(fmt.Sprintf("/admin/import?deleted=batch-%d", id), fiber.StatusSeeOther)
}

// handleDeleteArticle deletes one article.
func (s *server) handleDeleteArticle(c *fiber.Ctx) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	if err := s.db.DeleteArticle(c.UserContext(), id); err != nil {
		return err
	}
	s.log.Info("deleted article from the web", "article", id)
	return c.Redirect(fmt.Sprintf("/admin/import?deleted=article-%d", id), fiber.StatusSeeOther)
}

package app

import (
	"bytes"
	"context"
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

	"github.com/framelens/framelens/app/ingest"
	"github.com/framelens/framelens/store"
)

// Web import: the admin uploads files (read by ingest.Read from a temporary
// folder beside the database, since /tmp may be read-only in a container)
// or pastes one article. The import runs in the background through
// importArticles, as "framelens import" does, and its page shows progress
// and each failed input (the page reloads itself through the Refresh
// header while the job runs; /api/admin/import/ID gives the same as JSON).

// importPath is the one address that accepts large bodies.
const importPath = "/admin/import"

func isUploadPath(p string) bool { return p == importPath || p == "/admin/lexicon/import" }

// importJob is one web import and its progress.
type importJob struct {
	ID      string         `json:"id"`
	Source  string         `json:"source"`
	Started time.Time      `json:"started"`
	Inputs  []string       `json:"inputs"`
	Stored  int            `json:"stored"`
	Failed  []importFailed `json:"failed"`
	Running bool           `json:"running"`
	Stats   *importStats   `json:"result,omitempty"`
	Error   string         `json:"error,omitempty"`
	done    chan struct{}
}

// importJobs keeps the latest web imports in memory.
type importJobs struct {
	mu   sync.Mutex
	jobs map[string]*importJob
	ids  []string // oldest first
}

const keptImportJobs = 20

func (j *importJobs) add(job *importJob) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.jobs == nil {
		j.jobs = map[string]*importJob{}
	}
	j.jobs[job.ID] = job
	j.ids = append(j.ids, job.ID)
	for len(j.ids) > keptImportJobs {
		if old := j.jobs[j.ids[0]]; old != nil && old.Running {
			break
		}
		delete(j.jobs, j.ids[0])
		j.ids = j.ids[1:]
	}
}

// snapshot returns a copy of job id safe to read while the job runs.
func (j *importJobs) snapshot(id string) (importJob, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	job, ok := j.jobs[id]
	if !ok {
		return importJob{}, false
	}
	cp := *job
	cp.Failed = append([]importFailed{}, job.Failed...)
	cp.Inputs = append([]string(nil), job.Inputs...)
	return cp, true
}

func (j *importJobs) update(job *importJob, fn func(*importJob)) {
	j.mu.Lock()
	fn(job)
	j.mu.Unlock()
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
	job, ok := s.imports.snapshot(c.Params("id"))
	if !ok {
		return fmt.Errorf("import %q: %w", c.Params("id"), store.ErrNotFound)
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
	job, ok := s.imports.snapshot(c.Params("id"))
	if !ok {
		return fmt.Errorf("import %q: %w", c.Params("id"), store.ErrNotFound)
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
	job := &importJob{ID: newToken()[:16], Source: batchSource, Started: s.sec.now(), Inputs: inputs, Running: true,
		Failed: []importFailed{}, done: make(chan struct{})}
	s.imports.add(job)
	keep = true
	lex := s.lex.load()
	go func() {
		defer close(job.done)
		defer os.RemoveAll(dir)
		stats, err := importArticles(context.Background(), s.db, lex, src, batchSource, false,
			func(f ingest.Failure) {
				s.imports.update(job, func(j *importJob) {
					j.Failed = append(j.Failed, importFailed{Source: f.Source, Line: f.Line, Error: f.Err.Error()})
				})
			},
			func(store.Outcome) { s.imports.update(job, func(j *importJob) { j.Stored++ }) })
		if stats.Batch != 0 && err == nil {
			// New articles join proposed stories, before the job shows as done.
			if _, cerr := suggestRecent(context.Background(), s.db, stats.Batch); cerr != nil {
				s.log.Warn("proposing stories for a web import", "batch", stats.Batch, "err", cerr)
			}
		}
		s.imports.update(job, func(j *importJob) {
			j.Running = false
			j.Stats = &stats
			sort.SliceStable(j.Failed, func(a, b int) bool { return j.Failed[a].Source < j.Failed[b].Source })
			if err != nil {
				j.Error = "The import stopped: the articles stored before the problem are kept, whole. See the server log."
				s.log.Error("web import", "job", j.ID, "err", err)
			}
		})
		s.log.Info("web import", "job", job.ID, "imported", stats.Imported, "failed", len(stats.Failed), "batch", stats.Batch)
	}()
	return c.Redirect("/admin/import/"+job.ID, fiber.StatusSeeOther)
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

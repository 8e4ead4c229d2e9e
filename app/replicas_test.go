package app

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/framelens/framelens/store"
)

// The three-replica test (issue 9): three "framelens serve" processes on one
// PostgreSQL schema, as docs/SCALING.md runs them behind a proxy. An import
// goes through one replica, which is killed (SIGKILL) part-way; the import
// is sent again through another while a bounded load reads pages from the
// survivors; then nothing may be lost or duplicated, no request may fail,
// and every replica must answer every page alike.

const replicaPassword = "replica-test-admin-password"

// replica is one serve process.
type replica struct {
	t    *testing.T
	addr string
	cmd  *exec.Cmd
	log  string // its standard error, kept for failures
	done chan struct{}
}

// replicaAddr returns a loopback address with a port nothing listens on.
func replicaAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startReplica starts framelens serve (this test binary, run as main) on
// dbURL at addr. It does not wait for readiness: see waitReady.
func startReplica(t *testing.T, dbURL, addr, name string) *replica {
	t.Helper()
	logPath := filepath.Join(t.TempDir(), name+".log")
	logf, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "serve", "--db", dbURL, "--addr", addr)
	cmd.Env = append(os.Environ(), "FRAMELENS_TEST_MAIN=1", "FRAMELENS_ADMIN_PASSWORD="+replicaPassword,
		"TMPDIR="+t.TempDir())
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := &replica{t: t, addr: addr, cmd: cmd, log: logPath, done: make(chan struct{})}
	go func() {
		cmd.Wait()
		logf.Close()
		close(r.done)
	}()
	t.Cleanup(func() { r.kill() })
	return r
}

func (r *replica) url(p string) string { return "http://" + r.addr + p }

// kill ends the process at once, as a crash would.
func (r *replica) kill() {
	r.cmd.Process.Signal(syscall.SIGKILL)
	<-r.done
}

// logTail is the end of the replica's log, for failure messages.
func (r *replica) logTail() string {
	b, _ := os.ReadFile(r.log)
	if len(b) > 3000 {
		b = b[len(b)-3000:]
	}
	return string(b)
}

// waitReady waits until /readyz answers 200.
func (r *replica) waitReady() {
	r.t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-r.done:
			r.t.Fatalf("replica %s exited before it was ready:\n%s", r.addr, r.logTail())
		default:
		}
		res, err := http.Get(r.url("/readyz"))
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	r.t.Fatalf("replica %s not ready after 90s:\n%s", r.addr, r.logTail())
}

// replicaClient is an HTTP client that keeps cookies for 127.0.0.1 (every
// port: the session made on one replica is sent to the others) and does not
// follow redirects.
func replicaClient(t *testing.T) *http.Client {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar, Timeout: 60 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

var replicaCSRF = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// replicaFormCSRF reads the CSRF token of the form on page p.
func replicaFormCSRF(t *testing.T, c *http.Client, p string) string {
	t.Helper()
	res, err := c.Get(p)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	m := replicaCSRF.FindSubmatch(body)
	if m == nil {
		t.Fatalf("GET %s: status %d, no csrf field: %.300s", p, res.StatusCode, body)
	}
	return string(m[1])
}

// replicaLogin logs c in as admin through replica r.
func replicaLogin(t *testing.T, c *http.Client, r *replica) {
	t.Helper()
	tok := replicaFormCSRF(t, c, r.url("/login?as=admin"))
	res, err := c.PostForm(r.url("/login"), url.Values{"csrf": {tok}, "as": {"admin"}, "password": {replicaPassword}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("login through %s: status %d, want 303", r.addr, res.StatusCode)
	}
}

// replicaImport uploads one file through replica r's import form and returns
// the job's ID.
func replicaImport(t *testing.T, c *http.Client, r *replica, name string, data []byte) string {
	t.Helper()
	tok := replicaFormCSRF(t, c, r.url("/admin/import"))
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("csrf", tok)
	w.WriteField("mode", "upload")
	fw, err := w.CreateFormFile("files", name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(data)
	w.Close()
	res, err := c.Post(r.url("/admin/import"), w.FormDataContentType(), &buf)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	loc := res.Header.Get("Location")
	if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/admin/import/") {
		t.Fatalf("import through %s: status %d to %q: %.300s", r.addr, res.StatusCode, loc, body)
	}
	return strings.TrimPrefix(loc, "/admin/import/")
}

// replicaWaitImport waits for web import job id on replica r to end and returns
// what it reported.
func replicaWaitImport(t *testing.T, c *http.Client, r *replica, id string) importJob {
	t.Helper()
	deadline := time.Now().Add(5 * time.Minute)
	for time.Now().Before(deadline) {
		res, err := c.Get(r.url("/api/admin/import/" + id))
		if err != nil {
			t.Fatal(err)
		}
		var job importJob
		err = json.NewDecoder(res.Body).Decode(&job)
		res.Body.Close()
		if err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("import job %s on %s: status %d, %v", id, r.addr, res.StatusCode, err)
		}
		if !job.Running {
			return job
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("import job %s on %s still running after 5 minutes", id, r.addr)
	return importJob{}
}

// replicaCorpus is n generated articles (our own filler prose) as JSON
// Lines, from five outlets about four stories, each text unique.
func replicaCorpus(n int) []byte {
	r := rand.New(rand.NewSource(9))
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		line, _ := json.Marshal(map[string]string{
			"outlet":    fmt.Sprintf("Replica Outlet %d", i%5),
			"story":     fmt.Sprintf("replica-story-%d", i%4),
			"title":     fmt.Sprintf("Report %d on the council", i),
			"published": fmt.Sprintf("2026-0%d-%02dT08:00:00Z", 1+i%6, 1+i%28),
			"text":      fmt.Sprintf("Report %d. ", i) + genArticle(r, 16),
		})
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// replicaCorpusCount counts the articles of replicaCorpus in the database.
func replicaCorpusCount(t *testing.T, db *store.DB) (articles int) {
	t.Helper()
	outs, err := db.Outlets(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range outs {
		if strings.HasPrefix(o.Name, "Replica Outlet ") {
			articles += o.Articles
		}
	}
	return articles
}

// replicaGet fetches p and returns status and body.
func replicaGet(c *http.Client, p string) (int, []byte, error) {
	res, err := c.Get(p)
	if err != nil {
		return 0, nil, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return res.StatusCode, b, err
}

func TestThreeReplicasOnePostgreSQL(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the three-replica test in -short mode")
	}
	dbURL := pgTestSchema(t, "replicas")
	ctx := context.Background()

	// Three replicas start at once on an empty database: the migrations run
	// once under the advisory lock, and the demo corpus loads once.
	addrs := []string{replicaAddr(t), replicaAddr(t), replicaAddr(t)}
	reps := make([]*replica, 3)
	for i := range reps {
		reps[i] = startReplica(t, dbURL, addrs[i], fmt.Sprintf("replica%d", i))
	}
	for _, r := range reps {
		r.waitReady()
	}
	db, err := store.Open(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	demo, err := db.DemoBatches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(demo) != 1 {
		t.Errorf("demo batches after three replicas started on an empty database: %d, want 1", len(demo))
	}
	base, err := db.Totals(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// Import through replica 0, and kill it once part of the import is
	// committed (imports commit every 500 articles).
	const n = 2500
	corpus := replicaCorpus(n)
	admin := replicaClient(t)
	replicaLogin(t, admin, reps[0])
	replicaImport(t, admin, reps[0], "replicas.jsonl", corpus)
	deadline := time.Now().Add(3 * time.Minute)
	atKill := 0
	for time.Now().Before(deadline) {
		if atKill = replicaCorpusCount(t, db); atKill > 0 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	reps[0].kill()
	atKill = replicaCorpusCount(t, db)
	if atKill == 0 || atKill >= n {
		t.Fatalf("%d of %d articles stored when replica 0 was killed; want part of them", atKill, n)
	}
	t.Logf("replica 0 killed with %d of %d articles committed", atKill, n)

	// Bounded load on the two survivors while the import is sent again
	// through replica 1 (the session made on replica 0 is in the database).
	demoOutlets, err := db.Outlets(ctx)
	if err != nil || len(demoOutlets) == 0 {
		t.Fatalf("outlets: %v, %v", demoOutlets, err)
	}
	demoStories, err := db.Stories(ctx)
	if err != nil || len(demoStories) == 0 {
		t.Fatalf("stories: %v, %v", demoStories, err)
	}
	pages := []string{"/", "/api/overview", "/api/stories", "/story/" + url.PathEscape(demoStories[0].Key),
		fmt.Sprintf("/outlet/%d", demoOutlets[0].ID), "/terms?q=council", "/lexicon", "/evidence?signal=L1"}
	// The load is a fixed number of requests, all sent whether the import
	// ends first or not; duringImport counts those answered before it did.
	var loadErrs, loadN, duringImport atomic.Int64
	var importing atomic.Bool
	importing.Store(true)
	var firstErr atomic.Value
	var wg sync.WaitGroup
	loadClient := &http.Client{Timeout: 30 * time.Second}
	const maxRequests = 400
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; loadN.Add(1) <= maxRequests; i++ {
				r := reps[1+(i+w)%2]
				p := pages[(i*3+w)%len(pages)]
				code, _, err := replicaGet(loadClient, r.url(p))
				if err != nil || code >= 400 {
					loadErrs.Add(1)
					firstErr.CompareAndSwap(nil, fmt.Sprintf("GET %s on %s: %d %v", p, r.addr, code, err))
				}
				if importing.Load() {
					duringImport.Add(1)
				}
				time.Sleep(20 * time.Millisecond)
			}
		}(w)
	}
	job := replicaImport(t, admin, reps[1], "replicas.jsonl", corpus)
	res := replicaWaitImport(t, admin, reps[1], job)
	importing.Store(false)
	wg.Wait()
	if res.Error != "" || res.Stats == nil {
		t.Fatalf("import again through replica 1: %+v", res)
	}
	if res.Stats.Imported+res.Stats.Duplicates != n || res.Stats.Duplicates < atKill {
		t.Errorf("import again: %d imported, %d duplicates; want %d in all, at least %d duplicates",
			res.Stats.Imported, res.Stats.Duplicates, n, atKill)
	}
	if e := loadErrs.Load(); e != 0 {
		t.Errorf("%d of %d requests under load failed; first: %v", e, maxRequests, firstErr.Load())
	}
	t.Logf("load: %d requests on two replicas, %d answered during the import, %d errors", maxRequests, duringImport.Load(), loadErrs.Load())

	// Nothing lost, nothing duplicated.
	if got := replicaCorpusCount(t, db); got != n {
		t.Errorf("%d articles of the corpus stored, want %d", got, n)
	}
	tot, err := db.Totals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if tot.Articles != base.Articles+n {
		t.Errorf("%d articles in all, want %d (demo) + %d", tot.Articles, base.Articles, n)
	}
	var exported int
	err = db.Export(ctx, store.ExportFilter{}, func(a *store.ExportArticle) error {
		exported++
		return nil
	})
	if err != nil || exported != tot.Articles {
		t.Errorf("export: %d articles (%v), want %d", exported, err, tot.Articles)
	}

	// The precomputed totals still equal the sums over the rows: the killed
	// replica's transactions left nothing half-counted.
	sqlDB, err := sql.Open("pgx", dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer sqlDB.Close()
	for table, fromRows := range map[string]string{
		"outlet_article_totals": `SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), count(*), sum(a.analysed),
			sum(a.words), sum(a.narrator_words), sum(a.sentences), sum(a.quotes) FROM articles a GROUP BY 1, 2, 3`,
		"outlet_signal_totals": `SELECT a.outlet_id, coalesce(a.story_id, 0), substr(a.published, 1, 7), c.signal, sum(c.count), count(*)
			FROM article_counts c JOIN articles a ON a.id = c.article_id GROUP BY 1, 2, 3, 4`,
	} {
		var diff int
		q := fmt.Sprintf(`SELECT (SELECT count(*) FROM (SELECT * FROM %[1]s EXCEPT %[2]s) x) + (SELECT count(*) FROM (%[2]s EXCEPT SELECT * FROM %[1]s) y)`, table, fromRows)
		if err := sqlDB.QueryRowContext(ctx, q).Scan(&diff); err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		if diff != 0 {
			t.Errorf("%s: %d rows differ from the sums over the articles, want 0", table, diff)
		}
	}

	// Replica 0 comes back; all three answer every page alike.
	reps[0] = startReplica(t, dbURL, addrs[0], "replica0-again")
	reps[0].waitReady()
	outs, err := db.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	stories, err := db.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	compare := []string{"/api/overview", "/api/overview?outlets=all", "/api/stories", "/metrics.csv",
		"/api/terms?q=council", "/api/lexicon", "/evidence.csv?story=" + url.QueryEscape(stories[0].Key)}
	for _, o := range outs[:min(3, len(outs))] {
		compare = append(compare, fmt.Sprintf("/api/outlet/%d", o.ID))
	}
	for _, s := range stories[:min(3, len(stories))] {
		compare = append(compare, "/api/story/"+url.PathEscape(s.Key))
	}
	arts, err := db.StoryArticles(ctx, "replica-story-1", 2)
	if err != nil || len(arts) == 0 {
		t.Fatalf("articles of replica-story-1: %v, %v", arts, err)
	}
	for _, a := range arts {
		compare = append(compare, fmt.Sprintf("/api/article/%d", a.ID), fmt.Sprintf("/article/%d", a.ID))
	}
	client := &http.Client{Timeout: 60 * time.Second}
	for _, p := range compare {
		var first []byte
		for i, r := range reps {
			code, body, err := replicaGet(client, r.url(p))
			if err != nil || code != http.StatusOK {
				t.Errorf("GET %s on replica %d: %d %v: %.200s", p, i, code, err, body)
				continue
			}
			if i == 0 {
				first = body
			} else if !bytes.Equal(body, first) {
				t.Errorf("GET %s: replica %d answers differently from replica 0: %s", p, i, firstDifference(first, body))
			}
		}
	}
}

// firstDifference shows where two answers first differ.
func firstDifference(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-60)
	return fmt.Sprintf("%d vs %d bytes, from byte %d: %q vs %q", len(a), len(b), i,
		a[from:min(len(a), i+60)], b[from:min(len(b), i+60)])
}

package app

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/store"
)

// Figures over the whole corpus (pooled rates with bootstrap intervals,
// frame and sourcing mixes, lexicon hit counts) are computed once per data
// version and filter and kept in memory. Most filters read the precomputed
// aggregates (store/aggregates.go), which costs milliseconds at any corpus
// size; a lexicon pack, categories or dates inside a month still need the
// per-article rows and the evidence, which take seconds at 37k articles:
// the cache is for those. Concurrent requests for the same figures wait for one
// computation; the computation runs on a context detached from the request,
// so a request that gives up (timeout, closed tab) does not waste it: the
// next request finds it done.

// flight is one computation, finished when done is closed.
type flight struct {
	done chan struct{}
	val  any
	err  error
}

// computeTimeout bounds one cached computation.
const computeTimeout = 10 * time.Minute

// cachedValue returns the value cached under key for the current data
// version, computing it (once, whoever asks) when it is missing.
func (s *server) cachedValue(ctx context.Context, key string, compute func(context.Context) (any, error)) (any, error) {
	version, err := s.dataVersion(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	c, ok := s.cache[key]
	var fl *flight
	if ok && c.version == version {
		fl, _ = c.value.(*flight)
	}
	if fl == nil {
		if len(s.cache) > 256 {
			clear(s.cache)
		}
		fl = &flight{done: make(chan struct{})}
		s.cache[key] = cached{version: version, value: fl}
		go func() {
			cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), computeTimeout)
			defer cancel()
			start := time.Now()
			fl.val, fl.err = compute(cctx)
			if d := time.Since(start); d > time.Second {
				s.log.Info("computed figures", "key", key, "duration_ms", d.Milliseconds())
			}
			if fl.err != nil {
				// Do not keep a failure: the next request tries again.
				s.mu.Lock()
				if cur, ok := s.cache[key]; ok && cur.value == fl {
					delete(s.cache, key)
				}
				s.mu.Unlock()
			}
			close(fl.done)
		}()
	}
	s.mu.Unlock()
	select {
	case <-fl.done:
		return fl.val, fl.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// warmOnce starts, on the first page view, the computations the overview
// and the lexicon need, so that they are ready or under way before anyone
// asks. It keeps its mark in the cache map (key "warm") so it runs once
// per data version.
func (s *server) warmOnce(ctx context.Context) {
	version, err := s.dataVersion(ctx)
	if err != nil {
		return
	}
	s.mu.Lock()
	if c, ok := s.cache["warm"]; ok && c.version == version {
		s.mu.Unlock()
		return
	}
	s.cache["warm"] = cached{version: version}
	s.mu.Unlock()
	bg := context.WithoutCancel(ctx)
	go func() {
		if _, err := s.outletFigures(bg, store.Filter{}); err != nil {
			s.log.Warn("warm outlet figures", "err", err)
		}
		if _, err := s.corpusMix(bg, store.Filter{}); err != nil {
			s.log.Warn("warm frame and sourcing mix", "err", err)
		}
		if _, err := s.entryHitCounts(bg); err != nil {
			s.log.Warn("warm lexicon hit counts", "err", err)
		}
	}()
}

// corpusMixes are the frame and sourcing counts per outlet for a filter.
type corpusMixes struct {
	frames   []store.FrameStat
	sourcing []store.SourcingStat
}

// corpusMix returns the frame and sourcing counts for f, cached.
func (s *server) corpusMix(ctx context.Context, f store.Filter) (*corpusMixes, error) {
	v, err := s.cachedValue(ctx, "mix|"+filterKey(f), func(ctx context.Context) (any, error) {
		if f.Aggregated() {
			frames, err := s.db.FrameTotals(ctx, f)
			if err != nil {
				return nil, err
			}
			src, err := s.db.SourcingTotals(ctx, f)
			if err != nil {
				return nil, err
			}
			return &corpusMixes{frames: frames, sourcing: src}, nil
		}
		frames, err := s.db.FrameStats(ctx, f)
		if err != nil {
			return nil, err
		}
		src, err := s.db.SourcingStats(ctx, f)
		if err != nil {
			return nil, err
		}
		return &corpusMixes{frames: frames, sourcing: src}, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*corpusMixes), nil
}

// entryHitCounts returns hits and articles per lexicon entry, cached.
func (s *server) entryHitCounts(ctx context.Context) (map[string][2]int, error) {
	v, err := s.cachedValue(ctx, "entry-hits", func(ctx context.Context) (any, error) {
		return s.db.EntryHitCounts(ctx)
	})
	if err != nil {
		return nil, err
	}
	return v.(map[string][2]int), nil
}

// Rendered pages. The overview, story, outlet, terms and lexicon pages and
// their JSON twins depend only on the data, the lexicon, the address (path
// and query, blind mode included) and the process's settings (excerpts
// mode): nothing in them is per user (no CSRF token, no "logged in as").
// They are kept rendered, gzipped once, and served from memory with an ETag
// until the next commit to the database. Pages differ for an admin (who may
// see controls and tokens): an admin's requests neither read nor fill the
// cache. Viewers and anonymous visitors are kept apart in the key all the
// same, so a page rendered for a logged-in viewer never reaches anyone else.
//
// Freshness: every request reads PRAGMA data_version on a dedicated
// connection (store.Watch, about 7 µs), which changes on any commit by any
// connection of any process, so an import by "framelens import" running
// beside the server shows on the next request. State swapped in memory
// without a commit (the live lexicon) is in the key too, and every unsafe
// request (POST) served by this process starts a new generation when it ends.

// pageCacheBytes bounds the rendered pages kept in memory (bodies plus
// their gzipped copies); least recently used pages go first.
const pageCacheBytes = 64 << 20

// cachedPrefixes are the addresses whose GET responses are cached: exact
// paths, or prefixes when they end in "/".
var cachedPrefixes = []string{"/", "/story/", "/outlet/", "/terms", "/lexicon", "/lexicon/",
	"/api/overview", "/api/story/", "/api/outlet/", "/api/terms", "/api/lexicon", "/api/lexicon/", "/api/stories"}

// cacheablePath reports whether GET responses at path may be cached.
func cacheablePath(path string) bool {
	for _, p := range cachedPrefixes {
		if path == p || (strings.HasSuffix(p, "/") && len(p) > 1 && strings.HasPrefix(path, p) && len(path) > len(p)) {
			return true
		}
	}
	return false
}

// pageEntry is one rendered response.
type pageEntry struct {
	key         string
	gen         uint64
	lex         *analysis.Lexicon
	ctype, disp string
	body, gz    []byte
	etag        string
}

func (e *pageEntry) size() int { return len(e.key) + len(e.body) + len(e.gz) + 256 }

// pageCache is an LRU of rendered responses bounded by bytes, with one
// render per key at a time: requests for a page being rendered wait for it.
type pageCache struct {
	mu      sync.Mutex
	max     int
	size    int
	ll      *list.List               // front: most recently used
	entries map[string]*list.Element // of *pageEntry
	flights map[string]chan struct{} // renders under way
	hits    atomic.Int64
	misses  atomic.Int64
}

func newPageCache(maxBytes int) *pageCache {
	return &pageCache{max: maxBytes, ll: list.New(), entries: map[string]*list.Element{}, flights: map[string]chan struct{}{}}
}

// lookup returns the entry for key valid at gen and lex; or, when it is
// missing, either a channel to wait on (someone renders it) or nil, nil:
// the caller renders it and must call finish.
func (pc *pageCache) lookup(key string, gen uint64, lex *analysis.Lexicon) (*pageEntry, chan struct{}) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if el, ok := pc.entries[key]; ok {
		e := el.Value.(*pageEntry)
		if e.gen == gen && e.lex == lex {
			pc.ll.MoveToFront(el)
			return e, nil
		}
		pc.removeLocked(el)
	}
	if ch, ok := pc.flights[key]; ok {
		return nil, ch
	}
	pc.flights[key] = make(chan struct{})
	return nil, nil
}

// finish ends the caller's render of key, storing e unless it is nil.
func (pc *pageCache) finish(key string, e *pageEntry) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if ch, ok := pc.flights[key]; ok {
		close(ch)
		delete(pc.flights, key)
	}
	if e == nil || e.size() > pc.max/8 {
		return
	}
	if el, ok := pc.entries[key]; ok {
		pc.removeLocked(el)
	}
	pc.entries[key] = pc.ll.PushFront(e)
	pc.size += e.size()
	for pc.size > pc.max {
		pc.removeLocked(pc.ll.Back())
	}
}

func (pc *pageCache) removeLocked(el *list.Element) {
	e := el.Value.(*pageEntry)
	pc.ll.Remove(el)
	delete(pc.entries, e.key)
	pc.size -= e.size()
}

// bytes returns the memory the cached pages take.
func (pc *pageCache) bytes() int {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	return pc.size
}

// versionState turns the database's data_version into a generation number
// that also moves when this process changes state in memory (bump), and
// memoizes DataVersion (a query over the articles) per generation.
//
// Checks are batched without ever answering stale: a request needs a check
// that started after it arrived. Requests arriving while a check runs wait
// for it to end and share the next one, so under load one PRAGMA serves
// every request that came in during the previous one (a few microseconds).
type versionState struct {
	mu      sync.Mutex
	cond    *sync.Cond
	watch   *store.Watch
	running bool   // a check is under way
	started uint64 // checks started; the running one is number started
	done    uint64 // the number of the last check that ended
	doneErr error  // its error
	seen    int64  // data_version at the last check
	gen     uint64
	bumped  bool
	dv      string // DataVersion at dvGen
	dvGen   uint64
	dvKnown bool
	closed  bool // closeWatch ran: no watch is opened again
}

// generation returns the current generation: it changes after any commit
// to the database and after any bump.
func (s *server) generation(ctx context.Context) (uint64, error) {
	vs := &s.ver
	vs.mu.Lock()
	defer vs.mu.Unlock()
	if vs.cond == nil {
		vs.cond = sync.NewCond(&vs.mu)
	}
	need := vs.started + 1 // the first check to start from now on
	for vs.done < need {
		if vs.running {
			vs.cond.Wait()
			continue
		}
		vs.running = true
		vs.started++
		n := vs.started
		vs.mu.Unlock()
		v, err := s.checkVersion(ctx)
		vs.mu.Lock()
		vs.running = false
		vs.done, vs.doneErr = n, err
		if err == nil && (v != vs.seen || vs.bumped || vs.gen == 0) {
			vs.gen++
			vs.seen, vs.bumped = v, false
		}
		vs.cond.Broadcast()
	}
	if vs.doneErr != nil {
		return 0, vs.doneErr
	}
	return vs.gen, nil
}

// checkVersion reads data_version on the watch connection, opening it on
// first use. Only one check runs at a time (generation).
func (s *server) checkVersion(ctx context.Context) (int64, error) {
	if s.ver.closed {
		return 0, errWatchClosed
	}
	if s.ver.watch == nil {
		w, err := s.db.Watch(ctx)
		if err != nil {
			return 0, err
		}
		s.ver.watch = w
	}
	return s.ver.watch.Version(ctx)
}

var errWatchClosed = errors.New("page cache: the server has stopped watching the database")

// closeWatch closes the watch connection (serve calls it once HTTP is
// drained), after the check under way if any; later checks fail, so the
// caches no longer follow the database (pages are then rendered uncached).
func (s *server) closeWatch() error {
	vs := &s.ver
	vs.mu.Lock()
	defer vs.mu.Unlock()
	if vs.cond == nil {
		vs.cond = sync.NewCond(&vs.mu)
	}
	for vs.running {
		vs.cond.Wait()
	}
	vs.closed = true
	if vs.watch == nil {
		return nil
	}
	err := vs.watch.Close()
	vs.watch = nil
	return err
}

// bump starts a new generation at the next request: this process may have
// changed what pages show.
func (s *server) bump() {
	s.ver.mu.Lock()
	s.ver.bumped = true
	s.ver.mu.Unlock()
}

// dataVersion is store.DataVersion, queried once per generation: the key of the computed figures.
func (s *server) dataVersion(ctx context.Context) (string, error) {
	gen, err := s.generation(ctx)
	if err != nil {
		return "", err
	}
	vs := &s.ver
	vs.mu.Lock()
	if vs.dvKnown && vs.dvGen == gen {
		dv := vs.dv
		vs.mu.Unlock()
		return dv, nil
	}
	vs.mu.Unlock()
	dv, err := s.db.DataVersion(ctx)
	if err != nil {
		return "", err
	}
	vs.mu.Lock()
	if gen >= vs.dvGen {
		vs.dv, vs.dvGen, vs.dvKnown = dv, gen, true
	}
	vs.mu.Unlock()
	return dv, nil
}

// pageKey identifies a response in the cache: who asks (anonymous or
// viewer), the path and the query with its parameters sorted, and whether
// the client takes gzip is not part of it (both copies are kept).
func pageKey(c *fiber.Ctx, role string) string {
	q, _ := url.ParseQuery(string(c.Request().URI().QueryString()))
	return role + " " + c.Path() + "?" + q.Encode()
}

// acceptsGzip reports whether a client sending this Accept-Encoding header
// takes gzip-encoded responses.
func acceptsGzip(acceptEncoding string) bool {
	for _, part := range strings.Split(acceptEncoding, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), "gzip") || strings.TrimSpace(name) == "*" {
			q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

// etagMatches reports whether an If-None-Match header names etag (either
// encoding's copy: they differ only by the "-gz" suffix).
func etagMatches(header, etag string) bool {
	if header == "" {
		return false
	}
	if strings.TrimSpace(header) == "*" {
		return true
	}
	base := strings.Trim(etag, `"`)
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		t = strings.TrimSuffix(strings.Trim(t, `"`), "-gz")
		if t == base {
			return true
		}
	}
	return false
}

// cachePages serves cached pages and caches what the cacheable pages
// render (see above). It runs before the viewer gate, so it serves from the
// cache only to requests the gate lets through.
func (s *server) cachePages(c *fiber.Ctx) error {
	if unsafeMethod(c) {
		err := c.Next()
		s.bump()
		return err
	}
	if c.Method() != fiber.MethodGet || !cacheablePath(c.Path()) {
		return c.Next()
	}
	role := s.requestRole(c)
	if role == roleAdmin || (s.sec.hasViewer && role == "") {
		// Admins' pages are never cached; a visitor the viewer gate will
		// stop goes on to the gate.
		return c.Next()
	}
	ctx := c.UserContext()
	gen, err := s.generation(ctx)
	if err != nil {
		s.log.Warn("page cache: data version", "err", err)
		return c.Next()
	}
	lex := s.lex.load()
	key := pageKey(c, role)
	for {
		e, wait := s.pc.lookup(key, gen, lex)
		if e != nil {
			s.pc.hits.Add(1)
			return sendEntry(c, e)
		}
		if wait == nil {
			break
		}
		select {
		case <-wait:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	s.pc.misses.Add(1)
	var e *pageEntry
	defer func() { s.pc.finish(key, e) }()
	if err := c.Next(); err != nil {
		return err
	}
	e = newEntry(c, key, gen, lex)
	if e == nil {
		return nil
	}
	return sendEntry(c, e)
}

// requestRole is the role of the request's session, "" without one.
func (s *server) requestRole(c *fiber.Ctx) string {
	if sess := s.sessionOf(c); sess != nil {
		return sess.Role
	}
	return ""
}

// newEntry captures the response just rendered, or returns nil when it must
// not be kept: not a 200, already encoded, or marked as private (a cookie,
// Cache-Control: no-store).
func newEntry(c *fiber.Ctx, key string, gen uint64, lex *analysis.Lexicon) *pageEntry {
	r := &c.Response().Header
	if c.Response().StatusCode() != fiber.StatusOK || len(r.Peek(fiber.HeaderContentEncoding)) > 0 ||
		len(r.Peek(fiber.HeaderSetCookie)) > 0 || strings.Contains(string(r.Peek(fiber.HeaderCacheControl)), "no-store") {
		return nil
	}
	cookies := 0
	r.VisitAllCookie(func(_, _ []byte) { cookies++ })
	if cookies > 0 {
		return nil
	}
	body := bytes.Clone(c.Response().Body())
	e := &pageEntry{key: key, gen: gen, lex: lex, ctype: string(r.ContentType()),
		disp: string(r.Peek(fiber.HeaderContentDisposition)), body: body}
	// The ETag names the content, not the generation: a page that a commit
	// left unchanged still answers 304.
	h := fnv.New64a()
	h.Write(body)
	e.etag = fmt.Sprintf(`"%x-%016x"`, len(body), h.Sum64())
	if len(body) >= 1024 {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
		zw.Write(body)
		if zw.Close() == nil && buf.Len() < len(body) {
			e.gz = buf.Bytes()
		}
	}
	return e
}

// sendEntry answers with a cached response: 304 when the client has it,
// the gzipped copy when the client takes it.
func sendEntry(c *fiber.Ctx, e *pageEntry) error {
	c.Set(fiber.HeaderVary, "Accept-Encoding")
	// Browsers may keep the page but must ask again (a cheap 304) before
	// showing it: the data can change with any import.
	c.Set(fiber.HeaderCacheControl, "no-cache")
	gz := e.gz != nil && acceptsGzip(c.Get(fiber.HeaderAcceptEncoding))
	etag := e.etag
	if gz {
		etag = strings.TrimSuffix(etag, `"`) + `-gz"`
	}
	c.Set(fiber.HeaderETag, etag)
	if etagMatches(c.Get(fiber.HeaderIfNoneMatch), e.etag) {
		c.Response().ResetBody()
		c.Response().Header.Del(fiber.HeaderContentDisposition)
		c.Status(fiber.StatusNotModified)
		return nil
	}
	c.Status(fiber.StatusOK)
	c.Response().Header.SetContentType(e.ctype)
	if e.disp != "" {
		c.Set(fiber.HeaderContentDisposition, e.disp)
	}
	if gz {
		c.Set(fiber.HeaderContentEncoding, "gzip")
		c.Response().SetBodyRaw(e.gz)
	} else {
		c.Response().Header.Del(fiber.HeaderContentEncoding)
		c.Response().SetBodyRaw(e.body)
	}
	return nil
}

// stories returns the stories with their coverage, cached per data
// version: the query groups every article, the largest part of rendering
// the overview.
func (s *server) stories(ctx context.Context) ([]store.StoryRow, error) {
	v, err := s.cachedValue(ctx, "stories", func(ctx context.Context) (any, error) {
		return s.db.Stories(ctx)
	})
	if err != nil {
		return nil, err
	}
	return v.([]store.StoryRow), nil
}

// totals returns the corpus totals, cached per data version like the
// figures: their counts walk indexes of every article.
func (s *server) totals(ctx context.Context) (store.Totals, error) {
	v, err := s.cachedValue(ctx, "totals", func(ctx context.Context) (any, error) {
		return s.db.Totals(ctx)
	})
	if err != nil {
		return store.Totals{}, err
	}
	return v.(store.Totals), nil
}

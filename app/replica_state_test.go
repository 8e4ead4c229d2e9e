package app

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/framelens/framelens/store"
)

// Two servers on one database (two fixtures of one test share admin.db: a
// SQLite file, or a PostgreSQL schema under FRAMELENS_TEST_PG) stand for two
// replicas behind a load balancer: what one learns, the other must know.

func TestLoginLimiterNeverLocksOut(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	ctx := context.Background()
	now := f.now()
	for range 200 {
		if _, err := f.db.AddLoginFailure(ctx, "203.0.113.7", now, failureWindow); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		key  string
		at   time.Time
		want time.Duration
	}{
		{"203.0.113.7", now, maxLoginDelay},
		{"203.0.113.8", now, 0},
		{"203.0.113.7", now.Add(maxLoginDelay), 0},
		{"203.0.113.7", now.Add(failureWindow + time.Second), 0},
	} {
		got, err := f.srv.loginWait(ctx, tt.key, tt.at)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("wait of %s %v after 200 failures = %v, want %v", tt.key, tt.at.Sub(now), got, tt.want)
		}
	}
	tests := []struct {
		n    int
		want time.Duration
	}{
		{0, 0}, {freeFailures - 1, 0}, {freeFailures, time.Second}, {freeFailures + 1, 2 * time.Second},
		{freeFailures + 4, 16 * time.Second}, {freeFailures + 5, maxLoginDelay}, {freeFailures + 60, maxLoginDelay},
	}
	for _, tt := range tests {
		if got := delayAfter(tt.n); got != tt.want {
			t.Errorf("delayAfter(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

// TestLoginFailuresCountOnEveryReplica: failures made through server A
// delay the next attempt through server B.
func TestLoginFailuresCountOnEveryReplica(t *testing.T) {
	a := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	b := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	viaA, viaB := a.browser(), b.browser()
	for i := 1; i <= freeFailures; i++ {
		if r := viaA.login("admin", "guess"); r.status != http.StatusUnauthorized {
			t.Fatalf("failure %d through A: status %d, want 401", i, r.status)
		}
	}
	r := viaB.login("admin", adminPassword)
	if r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") != "1" {
		t.Fatalf("right password through B after %d failures through A: status %d Retry-After %q, want 429 and 1",
			freeFailures, r.status, r.header.Get("Retry-After"))
	}
	b.advance(time.Second)
	if r := viaB.login("admin", adminPassword); r.status != http.StatusSeeOther {
		t.Fatalf("through B after the delay: status %d, want 303", r.status)
	}
	// B's success forgot the failures for A as well.
	if r := viaA.login("admin", "guess"); r.status != http.StatusUnauthorized {
		t.Errorf("through A after the success on B: status %d, want 401 (no delay)", r.status)
	}
}

// TestLoginLimiterBehindTrustedProxy: behind a trusted proxy each client
// is limited on its own address; addresses a client writes itself into
// X-Forwarded-For, or sends from a peer that is not a trusted proxy, are
// ignored.
func TestLoginLimiterBehindTrustedProxy(t *testing.T) {
	// app.Test's connections come from 0.0.0.0: that is "the proxy".
	proxy, err := parseTrustedProxies("0.0.0.0/32, 10.1.0.0/16")
	if err != nil {
		t.Fatal(err)
	}
	type client struct{ xff []string } // the header of each attempt
	tests := []struct {
		name    string
		proxies bool
		first   client // makes freeFailures failures
		second  client // then tries the right password
		want    int
	}{
		{"two clients behind the proxy", true,
			client{[]string{"198.51.100.1"}}, client{[]string{"198.51.100.2"}}, http.StatusSeeOther},
		{"the same client behind the proxy", true,
			client{[]string{"198.51.100.1"}}, client{[]string{"198.51.100.1"}}, http.StatusTooManyRequests},
		{"a client writing another address before the proxy's", true,
			client{[]string{"198.51.100.1"}}, client{[]string{"192.0.2.66, 198.51.100.1"}}, http.StatusTooManyRequests},
		{"a client changing its made-up address at each attempt", true,
			client{[]string{"192.0.2.1, 198.51.100.1", "192.0.2.2, 198.51.100.1", "192.0.2.3, 198.51.100.1",
				"192.0.2.4, 198.51.100.1", "192.0.2.5, 198.51.100.1"}},
			client{[]string{"192.0.2.6, 198.51.100.1"}}, http.StatusTooManyRequests},
		{"a chain of trusted proxies", true,
			client{[]string{"198.51.100.1, 10.1.2.3"}}, client{[]string{"198.51.100.1"}}, http.StatusTooManyRequests},
		{"X-Forwarded-For from an untrusted peer", false,
			client{[]string{"198.51.100.1"}}, client{[]string{"198.51.100.2"}}, http.StatusTooManyRequests},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
			if tt.proxies {
				f.srv.sec.proxies = proxy
			}
			first := f.browser()
			for i := range freeFailures {
				first.header["X-Forwarded-For"] = tt.first.xff[i%len(tt.first.xff)]
				if r := first.login("admin", "guess"); r.status != http.StatusUnauthorized {
					t.Fatalf("failure %d: status %d, want 401", i+1, r.status)
				}
			}
			second := f.browser()
			second.header["X-Forwarded-For"] = tt.second.xff[0]
			if r := second.login("admin", adminPassword); r.status != tt.want {
				t.Errorf("second client's login: status %d, want %d", r.status, tt.want)
			}
		})
	}
}

func TestParseTrustedProxies(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr bool
	}{
		{"", nil, false},
		{"10.0.0.0/8", []string{"10.0.0.0/8"}, false},
		{"10.0.0.0/8, 172.16.0.0/12,fd00::/8", []string{"10.0.0.0/8", "172.16.0.0/12", "fd00::/8"}, false},
		{"192.0.2.7", []string{"192.0.2.7/32"}, false},
		{"::1", []string{"::1/128"}, false},
		{"10.0.0.0/33", nil, true},
		{"proxy.internal", nil, true},
	}
	for _, tt := range tests {
		nets, err := parseTrustedProxies(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("parseTrustedProxies(%q) error %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		var got []string
		for _, n := range nets {
			got = append(got, n.String())
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("parseTrustedProxies(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	sec := &security{proxies: mustProxies(t, "10.0.0.0/8")}
	for _, tt := range []struct {
		ip   string
		want bool
	}{{"10.9.8.7", true}, {"11.0.0.1", false}, {"::ffff:10.0.0.1", true}} {
		if got := sec.trusted(net.ParseIP(tt.ip)); got != tt.want {
			t.Errorf("trusted(%s) = %v, want %v", tt.ip, got, tt.want)
		}
	}
}

func mustProxies(t *testing.T, s string) []*net.IPNet {
	t.Helper()
	n, err := parseTrustedProxies(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestImportProgressOnEveryReplica: a web import started through server A
// shows its progress and result through server B.
func TestImportProgressOnEveryReplica(t *testing.T) {
	a := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	b := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	viaA := a.adminBrowser()
	viaB := b.browser()
	viaB.cookies = viaA.cookies // one login: the session is a row both see
	tok := viaA.csrf("/admin/import")
	r := viaA.postMultipart("/admin/import", []part{{name: "csrf", value: tok}, {name: "mode", value: "upload"},
		{name: "files", file: "good.txt", value: goodArticle},
		{name: "files", file: "binary.txt", value: "\x00\x01\x02\x03 binary"}})
	id := jobID(t, r)
	if job, ok := a.srv.imports.snapshot(id); ok {
		<-job.done
	} else {
		t.Fatalf("server A runs no import %q", id)
	}
	res := viaB.get("/api/admin/import/" + id)
	var job importJob
	if err := json.Unmarshal([]byte(res.body), &job); err != nil || res.status != http.StatusOK {
		t.Fatalf("import JSON through B: status %d, %v: %.300s", res.status, err, res.body)
	}
	if job.ID != id || job.Running || job.State != store.ImportDone || job.Stored != 1 || job.Stats == nil ||
		job.Stats.Imported != 1 || job.Stats.Batch == 0 || len(job.Failed) != 1 || job.Failed[0].Source != "binary.txt" ||
		len(job.Stats.Failed) != 1 || strings.Join(job.Inputs, " ") != "good.txt binary.txt" {
		t.Errorf("import through B = %+v, want done: 1 stored and imported, binary.txt failed, both inputs", job)
	}
	page := viaB.get("/admin/import/" + id)
	if page.status != http.StatusOK || !strings.Contains(page.body, "Imported 1 article") || !strings.Contains(page.body, "binary.txt") {
		t.Errorf("progress page through B: status %d, want the result and the failed file: %.400s", page.status, page.body)
	}
	if r := viaB.get("/api/admin/import/nosuchjob"); r.status != http.StatusNotFound {
		t.Errorf("unknown job through B: status %d, want 404", r.status)
	}
}

// TestImportOfDeadReplicaShowsInterrupted: a job whose server stopped
// beating reads as interrupted, not running, on every server.
func TestImportOfDeadReplicaShowsInterrupted(t *testing.T) {
	f := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	ctx := context.Background()
	now := f.now()
	for _, j := range []struct {
		token string
		beat  time.Time
	}{{"deadjob", now.Add(-store.ImportLease - time.Second)}, {"livejob", now.Add(-time.Second)}} {
		if err := f.db.StartImportJob(ctx, store.ImportJob{Token: j.token, Source: "web upload: big.jsonl",
			Inputs: []string{"big.jsonl"}, Started: j.beat, Owner: "gone/1/x"}, j.beat, keptImportJobs); err != nil {
			t.Fatal(err)
		}
		if err := f.db.UpdateImportJob(ctx, j.token, "gone/1/x", store.ImportProgress{Stored: 500}, j.beat); err != nil {
			t.Fatal(err)
		}
	}
	b := f.adminBrowser()
	for _, tt := range []struct {
		token   string
		running bool
		state   string
	}{{"deadjob", false, store.ImportInterrupted}, {"livejob", true, store.ImportRunning}} {
		var job importJob
		r := b.get("/api/admin/import/" + tt.token)
		if err := json.Unmarshal([]byte(r.body), &job); err != nil {
			t.Fatalf("%s: %v: %s", tt.token, err, r.body)
		}
		if job.Running != tt.running || job.State != tt.state || job.Stored != 500 {
			t.Errorf("%s = %+v, want running %v, state %s, 500 stored", tt.token, job, tt.running, tt.state)
		}
		page := b.get("/admin/import/" + tt.token)
		if refresh := page.header.Get("Refresh") != ""; refresh != tt.running {
			t.Errorf("%s page: reloads itself %v, want %v", tt.token, refresh, tt.running)
		}
		if says := strings.Contains(page.body, "the server running it stopped"); says == tt.running {
			t.Errorf("%s page: says the server stopped %v, want %v", tt.token, says, !tt.running)
		}
	}
}

// TestRescoreRunningOnEveryReplica: /api/admin/rescore on server B says a
// rescore runs while server A's holds the rescore lock and its job runs.
func TestRescoreRunningOnEveryReplica(t *testing.T) {
	a := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	b := newAdminFixture(t, fixtureOpts{admin: adminPassword})
	viaB := b.adminBrowser()
	running := func() bool {
		t.Helper()
		var rs struct {
			Running bool `json:"running"`
		}
		r := viaB.get("/api/admin/rescore")
		if err := json.Unmarshal([]byte(r.body), &rs); err != nil {
			t.Fatalf("rescore JSON: %v: %s", err, r.body)
		}
		return rs.Running
	}
	if running() {
		t.Fatal("running before any rescore, want not")
	}
	ctx := context.Background()
	release, err := a.db.LockRescore(ctx)
	if err != nil {
		t.Fatal(err)
	}
	id, err := a.db.StartRescoreJob(ctx, "v-test", 3)
	if err != nil {
		t.Fatal(err)
	}
	if !running() {
		t.Error("B says no rescore runs while A's runs, want running")
	}
	if err := a.db.FinishRescoreJob(ctx, id, 3, "done", ""); err != nil {
		t.Fatal(err)
	}
	release()
	if running() {
		t.Error("B says a rescore runs after A's ended, want not")
	}
}

// TestServeTrustedProxy runs two "framelens serve" on one database behind
// a (pretend) proxy on 127.0.0.1, named by --trusted-proxy on one and
// FRAMELENS_TRUSTED_PROXY on the other: a client's failures through one
// delay it on the other, and another client behind the same proxy is not
// delayed.
func TestServeTrustedProxy(t *testing.T) {
	dbPath := testDBPath(t, "proxy.db")
	start := func(env map[string]string, args ...string) (string, func()) {
		t.Helper()
		addr := replicaAddr(t)
		ctx, cancel := context.WithCancel(context.Background())
		env["FRAMELENS_ADMIN_PASSWORD"] = replicaPassword
		var errb strings.Builder
		done := make(chan int)
		go func() {
			done <- Run(ctx, append([]string{"serve", "--db", dbPath, "--addr", addr}, args...),
				func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, &lockedWriter{w: &errb, mu: &sync.Mutex{}})
		}()
		for i := 0; ; i++ {
			res, err := http.Get("http://" + addr + "/readyz")
			if err == nil {
				res.Body.Close()
				if res.StatusCode == http.StatusOK {
					break
				}
			}
			select {
			case code := <-done:
				t.Fatalf("serve exited with %d before it was ready:\n%s", code, errb.String())
			case <-time.After(100 * time.Millisecond):
			}
			if i > 900 {
				t.Fatal("serve not ready after 90 s")
			}
		}
		return addr, func() { cancel(); <-done }
	}
	a, stopA := start(map[string]string{}, "--trusted-proxy", "127.0.0.1")
	defer stopA()
	b, stopB := start(map[string]string{"FRAMELENS_TRUSTED_PROXY": "127.0.0.0/8"})
	defer stopB()
	login := func(addr, xff, password string) int {
		t.Helper()
		c := replicaClient(t)
		req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/login?as=admin", nil)
		req.Header.Set("X-Forwarded-For", xff)
		res, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		m := replicaCSRF.FindSubmatch(body)
		if m == nil {
			t.Fatalf("login form through %s: status %d, no csrf field", addr, res.StatusCode)
		}
		form := url.Values{"csrf": {string(m[1])}, "as": {"admin"}, "password": {password}}
		req, _ = http.NewRequest(http.MethodPost, "http://"+addr+"/login", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Forwarded-For", xff)
		res, err = c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	for i := range freeFailures {
		if got := login(a, "198.51.100.1", "guess"); got != http.StatusUnauthorized {
			t.Fatalf("failure %d through A: status %d, want 401", i+1, got)
		}
	}
	if got := login(b, "198.51.100.1", replicaPassword); got != http.StatusTooManyRequests {
		t.Errorf("the same client through B: status %d, want 429", got)
	}
	if got := login(b, "198.51.100.2", replicaPassword); got != http.StatusSeeOther {
		t.Errorf("another client behind the proxy, through B: status %d, want 303", got)
	}
	if got := login(a, "192.0.2.9, 198.51.100.1", replicaPassword); got != http.StatusTooManyRequests {
		t.Errorf("the first client with a made-up address in front, through A: status %d, want 429", got)
	}
	// Flags that do not parse refuse to start.
	if _, errOut, code := run(t, "", "serve", "--db", dbPath, "--trusted-proxy", "proxy.internal"); code == 0 ||
		!strings.Contains(errOut, "trusted-proxy") {
		t.Errorf("serve --trusted-proxy proxy.internal: exit %d, %q; want refused", code, errOut)
	}
	if out, _, code := run(t, "", "config"); code != 0 || !strings.Contains(out, "FRAMELENS_TRUSTED_PROXY") {
		t.Errorf("config (exit %d) does not list FRAMELENS_TRUSTED_PROXY:\n%s", code, out)
	}
}

package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/framelens/framelens/app/ingest"
)

// TestPagesUnderLoadWhileImporting serves pages to concurrent loopback
// clients while an import writes, and checks every request succeeds: the
// single writer and the reader pool must never show "database is locked".
// The load is bounded in requests and time and targets 127.0.0.1 only.
func TestPagesUnderLoadWhileImporting(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the load test in -short mode")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db := testOpenDB(t, "load.db")
	lex, err := openLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	var logBuf bytes.Buffer
	var logMu sync.Mutex
	log := slog.New(slog.NewTextHandler(&lockedWriter{w: &logBuf, mu: &logMu}, nil))
	if _, err := importDemo(ctx, db, lex); err != nil {
		t.Fatal(err)
	}
	srv, err := newServer(db, lex, log)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- srv.serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()

	// The import: 2,000 generated articles in a new batch.
	r := rand.New(rand.NewSource(7))
	var jl bytes.Buffer
	for i := 0; i < 2000; i++ {
		b, _ := json.Marshal(map[string]string{"outlet": fmt.Sprintf("Load %d", i%4), "story": "load-story", "text": fmt.Sprintf("Entry %d. ", i) + genArticle(r, 20)})
		jl.Write(b)
		jl.WriteByte('\n')
	}
	importDone := make(chan error, 1)
	go func() {
		src := func(ctx context.Context, emit func(ingest.Article) error, fail func(ingest.Failure)) error {
			return ingest.Read(ctx, []string{"-"}, ingest.Options{Stdin: bytes.NewReader(jl.Bytes())}, emit, fail)
		}
		_, err := importArticles(ctx, db, lex, src, "load test", false, nil, nil)
		importDone <- err
	}()

	paths := []string{"/", "/story/corrun-dam-2031", "/api/overview", "/terms?q=dam", "/lexicon", "/healthz"}
	client := &http.Client{Timeout: 30 * time.Second}
	var ok, failed atomic.Int64
	var firstErr atomic.Value
	var wg sync.WaitGroup
	deadline := time.Now().Add(20 * time.Second)
	importFinished := atomic.Bool{}
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 400 && time.Now().Before(deadline); i++ {
				p := paths[(w+i)%len(paths)]
				resp, err := client.Get(base + p)
				if err == nil {
					body, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					if resp.StatusCode == http.StatusOK {
						ok.Add(1)
						continue
					}
					err = fmt.Errorf("%s: %s: %.200s", p, resp.Status, body)
				}
				failed.Add(1)
				firstErr.CompareAndSwap(nil, err.Error())
				if importFinished.Load() && i > 50 {
					return
				}
			}
		}(w)
	}
	if err := <-importDone; err != nil {
		t.Fatalf("import under load: %v", err)
	}
	importFinished.Store(true)
	wg.Wait()
	cancel()
	<-served
	logMu.Lock()
	logs := logBuf.String()
	logMu.Unlock()
	if failed.Load() != 0 {
		t.Fatalf("%d of %d requests failed; first: %v", failed.Load(), ok.Load()+failed.Load(), firstErr.Load())
	}
	if strings.Contains(logs, "database is locked") || strings.Contains(logs, "SQLITE_BUSY") {
		t.Fatalf("the server logged a locked database:\n%s", logs)
	}
	if ok.Load() < 100 {
		t.Fatalf("only %d requests served", ok.Load())
	}
	t.Logf("%d requests served while importing 2,000 articles, 0 errors", ok.Load())
}

// lockedWriter serialises writes to a buffer shared by goroutines.
type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

package app

import (
	"context"
	"errors"
	"net"
	"net/http"
	"testing"
)

// TestServeClosesPageCacheWatch: the page cache's own database connection
// (store.Watch, opened by the first cached page) is closed when serve
// stops, and is not opened again afterwards.
func TestServeClosesPageCacheWatch(t *testing.T) {
	f := newFixture(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.srv.serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	f.srv.ver.mu.Lock()
	opened := f.srv.ver.watch != nil
	f.srv.ver.mu.Unlock()
	if resp.StatusCode != http.StatusOK || !opened {
		t.Fatalf("GET / = %d, watch opened %v; want 200 and the page cache's watch open", resp.StatusCode, opened)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve returned %v after cancel, want nil", err)
	}
	f.srv.ver.mu.Lock()
	left, closed := f.srv.ver.watch, f.srv.ver.closed
	f.srv.ver.mu.Unlock()
	if left != nil || !closed {
		t.Errorf("after serve stopped: watch %v, closed %v; want nil and true", left, closed)
	}
	if _, err := f.srv.generation(context.Background()); !errors.Is(err, errWatchClosed) {
		t.Errorf("generation after the stop: %v, want errWatchClosed (no new connection)", err)
	}
}

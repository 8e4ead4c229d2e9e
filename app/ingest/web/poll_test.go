package web

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestPollerWait(t *testing.T) {
	tests := []struct {
		failures int
		want     time.Duration
	}{
		{0, 30 * time.Minute},
		{1, time.Hour},
		{2, 2 * time.Hour},
		{3, 4 * time.Hour},
		{5, 16 * time.Hour},
		{6, 24 * time.Hour}, // capped
		{60, 24 * time.Hour},
	}
	for _, tt := range tests {
		p := Poller{Interval: 30 * time.Minute, Failures: tt.failures}
		if got := p.Wait(); got != tt.want {
			t.Errorf("Wait() after %d failures = %v, want %v", tt.failures, got, tt.want)
		}
	}
}

// fakeClock advances by exactly the waited duration whenever After is
// called, and records each wait.
type fakeClock struct {
	now   time.Time
	waits []time.Duration
}

func (c *fakeClock) Now() time.Time { return c.now }

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.waits = append(c.waits, d)
	c.now = c.now.Add(d)
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

func TestPollerRun(t *testing.T) {
	start := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	clock := &fakeClock{now: start}
	// Poll results in order: ok, fail, fail, fail, ok, ok.
	results := []error{nil, errors.New("503"), errors.New("timeout"), errors.New("503"), nil, nil}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var polls []time.Time
	var statuses []Poller
	p := &Poller{Interval: 10 * time.Minute, MaxBackoff: time.Hour}
	err := p.Run(ctx, clock, func(context.Context) error {
		polls = append(polls, clock.Now())
		err := results[len(polls)-1]
		if len(polls) == len(results) {
			cancel()
		}
		return err
	}, func(s Poller) { statuses = append(statuses, s) })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run error = %v, want context.Canceled", err)
	}
	// The first poll is immediate; then 10m after a success, 20m, 40m,
	// 60m (capped) after 1, 2, 3 failures, and 10m again after a success.
	want := []time.Duration{10 * time.Minute, 20 * time.Minute, 40 * time.Minute, 60 * time.Minute, 10 * time.Minute}
	if len(clock.waits) != len(want) {
		t.Fatalf("waits = %v, want %v", clock.waits, want)
	}
	for i := range want {
		if clock.waits[i] != want[i] {
			t.Errorf("wait %d = %v, want %v (all: %v)", i, clock.waits[i], want[i], clock.waits)
		}
	}
	if !polls[0].Equal(start) {
		t.Errorf("first poll at %v, want at once (%v)", polls[0], start)
	}
	if s := statuses[3]; s.Failures != 3 || s.LastError != "503" || !s.LastSuccess.Equal(start) {
		t.Errorf("status after 3 failures = %+v, want Failures 3, LastError 503, LastSuccess at start", s)
	}
	if s := statuses[4]; s.Failures != 0 || s.LastError != "" {
		t.Errorf("status after recovery = %+v, want no failures and no error", s)
	}
	if len(statuses) != len(results)-1 {
		t.Errorf("%d status reports, want %d (the cancelled poll is not recorded)", len(statuses), len(results)-1)
	}
}

func TestPollerRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		err  error
		want time.Duration
	}{
		{"success", nil, 10 * time.Minute},
		{"plain failure", errors.New("boom"), 20 * time.Minute},
		{"short Retry-After", &StatusError{Code: 503, RetryAfter: time.Minute}, 20 * time.Minute},
		{"long Retry-After", &StatusError{Code: 429, RetryAfter: 3 * time.Hour}, 3 * time.Hour},
		{"Retry-After over the ceiling", &StatusError{Code: 429, RetryAfter: 72 * time.Hour}, 24 * time.Hour},
	}
	for _, tt := range tests {
		p := Poller{Interval: 10 * time.Minute}
		if got := p.Record(now, tt.err).Sub(now); got != tt.want {
			t.Errorf("%s: next poll in %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"120", 2 * time.Minute},
		{"-5", 0},
		{"Sun, 22 Nov 2026 01:30:00 GMT", 90 * time.Minute},
		{"Sat, 21 Nov 2026 01:30:00 GMT", 0}, // in the past
		{"soon", 0},
	}
	for _, tt := range tests {
		if got := retryAfter(tt.in, now); got != tt.want {
			t.Errorf("retryAfter(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

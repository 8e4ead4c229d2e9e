package web

import (
	"context"
	"errors"
	"time"
)

// Defaults of Poller fields left zero.
const (
	DefaultPollInterval = 30 * time.Minute
	DefaultMaxBackoff   = 24 * time.Hour
)

// Poller schedules the polls of one feed subscription: every Interval
// after a success, and after a failure an exponentially growing wait
// (Interval x 2, x 4, x 8 ... capped at MaxBackoff), so a broken or
// overloaded site is asked less and less often, and back at the normal
// pace after its first success. It is pure bookkeeping: the caller passes
// the time, so it is tested without waiting. Its exported fields are the
// status to show per feed.
type Poller struct {
	Interval   time.Duration // 0 means DefaultPollInterval
	MaxBackoff time.Duration // 0 means DefaultMaxBackoff

	Failures    int       // consecutive failures since the last success
	LastError   string    // the last failure's message; "" after a success
	LastAttempt time.Time // zero before the first poll
	LastSuccess time.Time
	Next        time.Time // when the next poll is due; zero means now
}

// Due reports whether a poll is due at now.
func (p *Poller) Due(now time.Time) bool { return !now.Before(p.Next) }

// Record notes the result of a poll that ended at now and returns when the
// next one is due. A failure whose StatusError carries a Retry-After longer
// than the backoff waits that long instead (at most MaxBackoff).
func (p *Poller) Record(now time.Time, err error) time.Time {
	p.LastAttempt = now
	if err == nil {
		p.Failures, p.LastError, p.LastSuccess = 0, "", now
	} else {
		p.Failures++
		p.LastError = err.Error()
	}
	wait := p.Wait()
	var se *StatusError
	if errors.As(err, &se) && se.RetryAfter > wait {
		// The server asked for a longer pause (429 Too Many Requests,
		// 503 Service Unavailable): honour it, up to MaxBackoff.
		wait = min(se.RetryAfter, p.ceiling())
	}
	p.Next = now.Add(wait)
	return p.Next
}

func (p *Poller) ceiling() time.Duration {
	c := p.MaxBackoff
	if c <= 0 {
		c = DefaultMaxBackoff
	}
	return c
}

// Wait is the delay after the last recorded poll: Interval after a
// success, Interval x 2^Failures after failures, at most MaxBackoff.
func (p *Poller) Wait() time.Duration {
	interval, ceiling := p.Interval, p.MaxBackoff
	if interval <= 0 {
		interval = DefaultPollInterval
	}
	if ceiling <= 0 {
		ceiling = DefaultMaxBackoff
	}
	if ceiling < interval {
		ceiling = interval
	}
	d := interval
	for i := 0; i < p.Failures && d < ceiling; i++ {
		d *= 2
	}
	if d > ceiling {
		d = ceiling
	}
	return d
}

// Clock is the time source of Run; tests pass a fake one.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

// SystemClock is the real clock.
type SystemClock struct{}

// Now returns time.Now().
func (SystemClock) Now() time.Time { return time.Now() }

// After returns time.After(d).
func (SystemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// Run calls poll whenever it is due, recording each result, until ctx ends;
// it then returns ctx's error. poll should itself honour ctx. Run is one
// subscription's loop: serve runs one per feed, each with its own Poller,
// and reads the Poller's status (under its own lock, if shown while
// running) through the report callback, called after every poll.
func (p *Poller) Run(ctx context.Context, c Clock, poll func(context.Context) error, report func(Poller)) error {
	for {
		if wait := p.Next.Sub(c.Now()); wait > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-c.After(wait):
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		err := poll(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		p.Record(c.Now(), err)
		if report != nil {
			report(*p)
		}
	}
}

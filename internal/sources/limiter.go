package sources

import (
	"context"
	"errors"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Clock is the time source for every wait the checker makes: the spacing
// between requests to a host, backoff between tries, and Retry-After.
// Tests pass a fake clock whose Sleep returns at once and moves time on.
type Clock interface {
	Now() time.Time
	// Sleep waits for d, or until ctx is done.
	Sleep(ctx context.Context, d time.Duration) error
}

// RealClock is the wall clock.
type RealClock struct{}

// Now returns the current time.
func (RealClock) Now() time.Time { return time.Now() }

// Sleep waits for d or until ctx is done.
func (RealClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// ErrHostDeferred is returned for a request to a host that asked us (with
// Retry-After) to wait longer than the checker is willing to.
var ErrHostDeferred = errors.New("the host asked for a longer wait than the backoff cap")

// hosts keeps one gate per host name.
type hosts struct {
	clock    Clock
	gap      time.Duration // least time between two requests to one host
	cap      time.Duration // longest single wait for a host's Retry-After
	maxDelay time.Duration // longest Crawl-delay heeded

	mu    sync.Mutex
	m     map[string]*host
	asked map[string]time.Duration // Crawl-delays longer than maxDelay, by host
}

// host lets one request at a time through to a host. Its limiter holds
// one token, taken when a request ends, so the next request starts at
// least a gap after the previous one finished: the host sees the gap even
// when a request was slow to arrive (a new TLS connection, say).
type host struct {
	sem chan struct{}
	lim *rate.Limiter

	mu        sync.Mutex
	notBefore time.Time // from Retry-After
}

func newHosts(clock Clock, gap, cap, maxDelay time.Duration) *hosts {
	return &hosts{clock: clock, gap: gap, cap: cap, maxDelay: max(maxDelay, gap), m: map[string]*host{}, asked: map[string]time.Duration{}}
}

func (hs *hosts) get(name string) *host {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	h := hs.m[name]
	if h == nil {
		h = &host{sem: make(chan struct{}, 1), lim: rate.NewLimiter(rate.Every(hs.gap), 1)}
		hs.m[name] = h
	}
	return h
}

// acquire waits until a request to the host may start and returns the
// function that ends it. Only one request to a host is in flight at a time.
func (hs *hosts) acquire(ctx context.Context, name string) (release func(), err error) {
	h := hs.get(name)
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release = func() {
		h.lim.ReserveN(hs.clock.Now(), 1) // the gap runs from the end of this request
		<-h.sem
	}
	for {
		now := hs.clock.Now()
		h.mu.Lock()
		wait := h.notBefore.Sub(now)
		h.mu.Unlock()
		if wait > hs.cap {
			<-h.sem
			return nil, ErrHostDeferred
		}
		if missing := 1 - h.lim.TokensAt(now); missing > 1e-9 {
			wait = max(wait, time.Duration(math.Ceil(missing/float64(h.lim.Limit())*float64(time.Second))))
		}
		if wait <= 0 {
			return release, nil
		}
		if err := hs.clock.Sleep(ctx, wait); err != nil {
			<-h.sem
			return nil, err
		}
	}
}

// setDelay slows a host down to its robots.txt Crawl-delay, never below the
// checker's own gap and never beyond maxDelay.
func (hs *hosts) setDelay(name string, d time.Duration) {
	if d <= hs.gap {
		return
	}
	if d > hs.maxDelay {
		// A day between requests would stall the run for good.
		hs.mu.Lock()
		hs.asked[name] = d
		hs.mu.Unlock()
		d = hs.maxDelay
	}
	hs.get(name).lim.SetLimitAt(hs.clock.Now(), rate.Every(d))
}

// capped returns, for a host whose Crawl-delay was capped, the delay used
// and the one asked for.
func (hs *hosts) capped(name string) (used, asked time.Duration) {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	if a, ok := hs.asked[name]; ok {
		return hs.maxDelay, a
	}
	return 0, 0
}

// deferUntil holds every request to the host until t (Retry-After).
func (hs *hosts) deferUntil(name string, t time.Time) {
	h := hs.get(name)
	h.mu.Lock()
	defer h.mu.Unlock()
	if t.After(h.notBefore) {
		h.notBefore = t
	}
}

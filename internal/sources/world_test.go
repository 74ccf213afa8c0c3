package sources

import (
	"context"
	"flag"
	mrand "math/rand/v2"
	"net/netip"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/date"
	"firststeps/internal/sources/sourcestest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// epoch is the fake clock's starting time in every test, and today its
// date.
var (
	epoch = time.Date(2026, 3, 2, 6, 0, 0, 0, time.UTC)
	today = date.New(2026, 3, 2)
)

// fakeClock is a Clock whose Sleep returns at once and moves time on, so
// spacing and backoff are tested without waiting.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func newFakeClock() *fakeClock { return &fakeClock{now: epoch} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d <= 0 {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(d)
	return nil
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func (c *fakeClock) slept() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.sleeps...)
}

// world is a sourcestest.Server on a fake clock: one local HTTPS server
// standing in for many hosts, whose dialer fails for every other name.
type world struct {
	*sourcestest.Server
	t     testing.TB
	clock *fakeClock
}

func newWorld(t testing.TB) *world {
	clock := newFakeClock()
	return &world{Server: sourcestest.New(t, clock.Now), t: t, clock: clock}
}

// fetchConfig is a polite configuration on the fake clock.
func (w *world) fetchConfig() FetchConfig {
	return FetchConfig{
		Contact: "editors@firststeps.test",
		Version: "test",
		Dial:    w.Dial,
		RootCAs: w.Pool(),
		Clock:   w.clock,
		Rand:    mrand.New(mrand.NewPCG(1, 2)),
		// The test server is on loopback, as no real page is.
		AllowAddr: func(a netip.Addr) bool { return a.IsLoopback() },
	}
}

// checker returns a Checker on the world with snapshots in dir.
func (w *world) checker(dir string, edit func(*Config)) *Checker {
	cfg := Config{Fetch: w.fetchConfig(), Snapshots: dir, Today: today}
	if edit != nil {
		edit(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(c.Close)
	return c
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

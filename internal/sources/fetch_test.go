package sources

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// article is a page with enough main text for the extractor.
func article(title, body string) string {
	return `<!doctype html><html lang="en"><head><title>` + title + `</title></head><body>
<header class="site-header"><a href="/">Home</a> <a href="/contact">Contact us</a></header>
<nav><ul><li><a href="/a">Advice</a></li><li><a href="/b">News</a></li></ul></nav>
<main><article><h1>` + title + `</h1>
<p>` + body + `</p>
<p>If you are in danger now, call 999. If it is not an emergency, call 101 or report it online through your local police force's website.</p>
<p>Keep screenshots of the messages, the profile and the usernames involved, with the dates and times, before you block the account.</p>
<p>You have not done anything wrong, and support is available whatever happened before the threats started.</p>
</article></main>
<footer class="site-footer"><p>© 2026 Example Police. Privacy. Accessibility. Cookies.</p></footer>
</body></html>`
}

func checkTargets(t *testing.T, w *world, edit func(*Config), targets ...Target) []Result {
	t.Helper()
	c := w.checker(t.TempDir(), edit)
	res, err := c.Check(context.Background(), targets)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func checkURL(t *testing.T, w *world, url string) Result {
	t.Helper()
	return checkTargets(t, w, nil, Target{ID: "page", URL: url})[0]
}

func TestRobots(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		robots    func(http.ResponseWriter, *http.Request) // nil: no robots.txt (404)
		wantClass Class
		wantPage  bool // the page itself was requested
	}{
		{"allow", robotsText("User-agent: *\nDisallow: /private\n"), ClassOK, true},
		{"disallow us", robotsText("User-agent: *\nAllow: /\n\nUser-agent: firststeps\nDisallow: /advice\n"), ClassRobots, false},
		{"404", nil, ClassOK, true},
		{"500", func(rw http.ResponseWriter, r *http.Request) { http.Error(rw, "oops", 500) }, ClassRobots, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := newWorld(t)
			w.Page("police.test", "/advice", article("Stalking", "Stalking is a crime."))
			if tt.robots != nil {
				w.Site("police.test").HandleFunc("/robots.txt", tt.robots)
			}
			r := checkURL(t, w, "https://police.test/advice")
			if r.Class != tt.wantClass {
				t.Errorf("class = %s (%s), want %s", r.Class, r.Detail, tt.wantClass)
			}
			if got := slices.Contains(w.Paths("police.test"), "/advice"); got != tt.wantPage {
				t.Errorf("page requested = %v, want %v (requests %q)", got, tt.wantPage, w.Paths("police.test"))
			}
			if n := strings.Count(strings.Join(w.Paths("police.test"), " "), "/robots.txt"); n != 1 {
				t.Errorf("robots.txt fetched %d times, want once", n)
			}
		})
	}
}

func robotsText(s string) func(http.ResponseWriter, *http.Request) {
	return func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(rw, s)
	}
}

// TestHostSpacing checks, on the fake clock, that requests to one host are
// at least the gap apart, or the Crawl-delay when robots.txt sets a longer
// one, and that the User-Agent identifies us.
func TestHostSpacing(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name   string
		robots string
		want   time.Duration
	}{
		{"default gap", "", 2 * time.Second},
		{"crawl-delay", "User-agent: *\nCrawl-delay: 5\n", 5 * time.Second},
		{"short crawl-delay", "User-agent: *\nCrawl-delay: 1\n", 2 * time.Second},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := newWorld(t)
			if tt.robots != "" {
				w.Site("slow.test").HandleFunc("/robots.txt", robotsText(tt.robots))
			}
			var targets []Target
			for i := range 5 {
				p := fmt.Sprintf("/page-%d", i)
				w.Page("slow.test", p, article("Page", "Page number "+p))
				targets = append(targets, Target{ID: fmt.Sprintf("page-%d", i), URL: "https://slow.test" + p})
			}
			checkTargets(t, w, nil, targets...)
			hits := w.Hits("slow.test")
			if len(hits) != 6 {
				t.Fatalf("%d requests, want 6 (robots.txt and 5 pages): %q", len(hits), w.Paths("slow.test"))
			}
			for i := 2; i < len(hits); i++ {
				if gap := hits[i].At.Sub(hits[i-1].At); gap < tt.want {
					t.Errorf("request %d came %v after the one before, want at least %v", i, gap, tt.want)
				}
			}
			if gap := hits[1].At.Sub(hits[0].At); gap < 2*time.Second {
				t.Errorf("first page came %v after robots.txt, want at least 2s", gap)
			}
			ua := hits[0].Header.Get("User-Agent")
			if !strings.HasPrefix(ua, "firststeps-sources/test (+editors@firststeps.test") {
				t.Errorf("User-Agent = %q", ua)
			}
		})
	}
}

// TestOneRequestPerHost checks the host gate directly: a second request
// waits until the first ends.
func TestOneRequestPerHost(t *testing.T) {
	t.Parallel()
	clock := newFakeClock()
	hs := newHosts(clock, 2*time.Second, time.Minute, time.Minute)
	ctx := context.Background()
	release, err := hs.acquire(ctx, "a.test")
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan func())
	go func() {
		r, err := hs.acquire(ctx, "a.test")
		if err != nil {
			t.Error(err)
		}
		got <- r
	}()
	other, err := hs.acquire(ctx, "b.test") // another host is not held up
	if err != nil {
		t.Fatal(err)
	}
	other()
	select {
	case <-got:
		t.Fatal("a second request to a.test started while the first was in flight")
	default:
	}
	release()
	(<-got)()
	if s := clock.slept(); !slices.Contains(s, 2*time.Second) {
		t.Errorf("sleeps %v: the second request should have waited the 2s gap", s)
	}
}

// TestOneInFlightAcrossRedirects sends many hosts' redirects into one hub
// host at once: the hub never has two requests in flight.
func TestOneInFlightAcrossRedirects(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	var targets []Target
	for i := range 12 {
		host := fmt.Sprintf("spoke%d.test", i)
		w.Site(host).Handle("/old", http.RedirectHandler(fmt.Sprintf("https://hub.test/page-%d", i), http.StatusMovedPermanently))
		w.Page("hub.test", fmt.Sprintf("/page-%d", i), article("Hub page", fmt.Sprintf("Hub page %d.", i)))
		targets = append(targets, Target{ID: fmt.Sprintf("spoke-%d", i), URL: "https://" + host + "/old"})
	}
	for _, r := range checkTargets(t, w, nil, targets...) {
		if r.Class != ClassMoved {
			t.Errorf("%s: class %s (%s), want moved", r.ID, r.Class, r.Detail)
		}
	}
	if n := w.MaxInFlight("hub.test"); n != 1 {
		t.Errorf("hub.test had %d requests in flight at once, want 1", n)
	}
}

func TestConditionalGET(t *testing.T) {
	t.Parallel()
	const lastMod = "Mon, 02 Mar 2026 05:00:00 GMT"
	for _, tt := range []struct {
		name, etag, lastModified, header string
	}{
		{"etag", `"v1"`, "", "If-None-Match"},
		{"last-modified", "", lastMod, "If-Modified-Since"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := newWorld(t)
			w.Site("cond.test").HandleFunc("/page", func(rw http.ResponseWriter, r *http.Request) {
				if tt.etag != "" && r.Header.Get("If-None-Match") == tt.etag ||
					tt.lastModified != "" && r.Header.Get("If-Modified-Since") == tt.lastModified {
					rw.WriteHeader(http.StatusNotModified)
					return
				}
				if tt.etag != "" {
					rw.Header().Set("ETag", tt.etag)
				}
				if tt.lastModified != "" {
					rw.Header().Set("Last-Modified", tt.lastModified)
				}
				rw.Header().Set("Content-Type", "text/html")
				fmt.Fprint(rw, article("Conditional", "Conditional requests save everyone work."))
			})
			dir := t.TempDir()
			target := Target{ID: "cond", URL: "https://cond.test/page"}
			first, err := w.checker(dir, nil).Check(context.Background(), []Target{target})
			if err != nil {
				t.Fatal(err)
			}
			w.clock.advance(24 * time.Hour)
			second, err := w.checker(dir, nil).Check(context.Background(), []Target{target})
			if err != nil {
				t.Fatal(err)
			}
			if first[0].Class != ClassOK || !first[0].Baseline || !first[0].Written {
				t.Errorf("first run: %+v, want ok, a baseline, written", first[0])
			}
			if second[0].Class != ClassNotModified || !second[0].Verified || second[0].Written {
				t.Errorf("second run: %+v, want not-modified, verified, nothing written", second[0])
			}
			pages := w.Hits("cond.test")
			last := pages[len(pages)-1]
			if last.Header.Get(tt.header) == "" {
				t.Errorf("second request had no %s header: %v", tt.header, last.Header)
			}
		})
	}
}

func TestRedirects(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	s := w.Site("moves.test")
	s.Handle("/a", http.RedirectHandler("/b", http.StatusMovedPermanently))
	s.Handle("/b", http.RedirectHandler("https://new.test/c", http.StatusPermanentRedirect))
	w.Page("new.test", "/c", article("Moved page", "This page moved twice."))
	s.Handle("/temp", http.RedirectHandler("/today", http.StatusFound))
	w.Page("moves.test", "/today", article("Today", "Today's version of the page."))
	s.Handle("/perm-then-temp", http.RedirectHandler("/perm-target", http.StatusMovedPermanently))
	s.Handle("/perm-target", http.RedirectHandler("/today", http.StatusTemporaryRedirect))
	s.Handle("/loop1", http.RedirectHandler("/loop2", http.StatusFound))
	s.Handle("/loop2", http.RedirectHandler("/loop1", http.StatusFound))
	for i := range 12 {
		s.Handle(fmt.Sprintf("/chain%d", i), http.RedirectHandler(fmt.Sprintf("/chain%d", i+1), http.StatusFound))
	}

	res := checkTargets(t, w, nil,
		Target{ID: "chain", URL: "https://moves.test/a"},
		Target{ID: "temp", URL: "https://moves.test/temp"},
		Target{ID: "mixed", URL: "https://moves.test/perm-then-temp"},
		Target{ID: "loop", URL: "https://moves.test/loop1"},
		Target{ID: "long", URL: "https://moves.test/chain0"},
	)
	type summary struct {
		Class  Class
		NewURL string
		Hops   []Hop
	}
	got := map[string]summary{}
	for _, r := range res {
		got[r.ID] = summary{r.Class, r.NewURL, r.Hops}
	}
	want := map[string]summary{
		"chain": {ClassMoved, "https://new.test/c", []Hop{
			{"https://moves.test/a", 301, "https://moves.test/b"},
			{"https://moves.test/b", 308, "https://new.test/c"},
		}},
		"temp": {ClassRedirect, "", []Hop{{"https://moves.test/temp", 302, "https://moves.test/today"}}},
		"mixed": {ClassMoved, "https://moves.test/perm-target", []Hop{
			{"https://moves.test/perm-then-temp", 301, "https://moves.test/perm-target"},
			{"https://moves.test/perm-target", 307, "https://moves.test/today"},
		}},
		"loop": {ClassRedirectLoop, "", []Hop{
			{"https://moves.test/loop1", 302, "https://moves.test/loop2"},
			{"https://moves.test/loop2", 302, "https://moves.test/loop1"},
		}},
	}
	long := got["long"]
	delete(got, "long")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("redirects (-want +got):\n%s", diff)
	}
	if long.Class != ClassRedirectLoop || len(long.Hops) != 10 {
		t.Errorf("12-hop chain: class %s with %d hops, want redirect-loop after 10", long.Class, len(long.Hops))
	}
}

func TestStatuses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		handler   http.HandlerFunc
		edit      func(*FetchConfig)
		wantClass Class
		wantTries int // requests to the page
		wantSleep time.Duration
	}{
		{name: "404", handler: status(404), wantClass: ClassGone, wantTries: 1},
		{name: "410", handler: status(410), wantClass: ClassGone, wantTries: 1},
		{name: "400", handler: status(400), wantClass: ClassClientError, wantTries: 1},
		{name: "403", handler: status(403), wantClass: ClassBlocked, wantTries: 1},
		{name: "challenge", handler: func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Content-Type", "text/html")
			fmt.Fprint(rw, `<html><head><title>Just a moment...</title></head><body><script src="/cdn-cgi/challenge-platform/x.js"></script></body></html>`)
		}, wantClass: ClassBlocked, wantTries: 1},
		{name: "500", handler: status(500), wantClass: ClassServerError, wantTries: 1},
		{name: "503 three times", handler: status(503), wantClass: ClassServerError, wantTries: 3},
		{name: "503 then 200", handler: sequence(status(503), ok), wantClass: ClassOK, wantTries: 2},
		{name: "429 with Retry-After", handler: sequence(retryAfter429("7"), ok), wantClass: ClassOK, wantTries: 2, wantSleep: 7 * time.Second},
		{name: "429 with a long Retry-After", handler: retryAfter429("3600"), wantClass: ClassRateLimited, wantTries: 1},
		{name: "slow", handler: func(rw http.ResponseWriter, r *http.Request) { <-r.Context().Done() },
			edit: func(c *FetchConfig) { c.HeaderTimeout = 50 * time.Millisecond }, wantClass: ClassTimeout, wantTries: 3},
		{name: "oversized", handler: func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Content-Type", "text/html")
			rw.Write([]byte(strings.Repeat("<p>too much</p>", 10_000)))
		}, edit: func(c *FetchConfig) { c.MaxBody = 64 << 10 }, wantClass: ClassTooLarge, wantTries: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := newWorld(t)
			w.Site("status.test").HandleFunc("/page", tt.handler)
			r := checkTargets(t, w, func(c *Config) {
				if tt.edit != nil {
					tt.edit(&c.Fetch)
				}
			}, Target{ID: "page", URL: "https://status.test/page"})[0]
			if r.Class != tt.wantClass {
				t.Errorf("class = %s (%s), want %s", r.Class, r.Detail, tt.wantClass)
			}
			if n := strings.Count(strings.Join(w.Paths("status.test"), " "), "/page"); n != tt.wantTries {
				t.Errorf("page requested %d times, want %d", n, tt.wantTries)
			}
			for _, s := range w.clock.slept() {
				if s > time.Minute {
					t.Errorf("slept %v, more than the 60s backoff cap", s)
				}
			}
			if tt.wantSleep > 0 && !slices.ContainsFunc(w.clock.slept(), func(d time.Duration) bool { return d >= tt.wantSleep }) {
				t.Errorf("sleeps %v: none honoured Retry-After %v", w.clock.slept(), tt.wantSleep)
			}
		})
	}
}

func TestTransportFailures(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.Refuse("refused.test")
	res := checkTargets(t, w, nil,
		Target{ID: "dns", URL: "https://nowhere.example/page"},
		Target{ID: "tls", URL: "https://badtls.test/page"},
		Target{ID: "refused", URL: "https://refused.test/page"},
	)
	want := []Class{ClassDNS, ClassTLS, ClassNetwork}
	for i, r := range res {
		if r.Class != want[i] {
			t.Errorf("%s: class %s (%s), want %s", r.ID, r.Class, r.Detail, want[i])
		}
		if r.Severity != Low || r.Failures != 1 || r.Broken {
			t.Errorf("%s: first failure: severity %s, failures %d, broken %v; want low, 1, false", r.ID, r.Severity, r.Failures, r.Broken)
		}
	}
}

// TestBackoff checks the backoff on the fake clock: doubling, jittered
// between half and all of each step, and never above the cap.
func TestBackoff(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	cfg := w.fetchConfig()
	cfg.BackoffBase = 20 * time.Second
	cfg.BackoffCap = 30 * time.Second
	f, err := NewFetcher(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for try, want := range map[int][2]time.Duration{
		1:  {10 * time.Second, 20 * time.Second},
		2:  {15 * time.Second, 30 * time.Second}, // 40s capped to 30s
		5:  {15 * time.Second, 30 * time.Second},
		70: {15 * time.Second, 30 * time.Second}, // a shift past the int64 range
	} {
		for range 50 {
			if d := f.backoff(try); d < want[0] || d > want[1] {
				t.Fatalf("backoff(%d) = %v, want within %v", try, d, want)
			}
		}
	}
	w.Site("flaky.test").HandleFunc("/page", status(503))
	resp := f.Fetch(context.Background(), Request{URL: "https://flaky.test/page"})
	if resp.Status != 503 || resp.Tries != 3 {
		t.Errorf("status %d after %d tries, want 503 after 3", resp.Status, resp.Tries)
	}
	for _, s := range w.clock.slept() {
		if s > cfg.BackoffCap {
			t.Errorf("slept %v, more than the %v cap", s, cfg.BackoffCap)
		}
	}
}

func TestRetryAfterHoldsHost(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.Site("busy.test").HandleFunc("/one", retryAfter429("3600"))
	w.Page("busy.test", "/two", article("Two", "The second page."))
	res := checkTargets(t, w, nil,
		Target{ID: "one", URL: "https://busy.test/one"},
		Target{ID: "two", URL: "https://busy.test/two"},
	)
	for _, r := range res {
		if r.Class != ClassRateLimited {
			t.Errorf("%s: class %s, want rate-limited", r.ID, r.Class)
		}
	}
	if slices.Contains(w.Paths("busy.test"), "/two") {
		t.Error("a host that asked for an hour's wait was sent another request")
	}
}

func TestRetryAfterDate(t *testing.T) {
	t.Parallel()
	now := epoch
	for in, want := range map[string]time.Duration{
		"120":                           2 * time.Minute,
		"Mon, 02 Mar 2026 06:00:30 GMT": 30 * time.Second,
		"Mon, 02 Mar 2026 05:00:00 GMT": 0,
	} {
		if got, ok := retryAfter(in, now); !ok || got != want {
			t.Errorf("retryAfter(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	if _, ok := retryAfter("soon", now); ok {
		t.Error("retryAfter accepted \"soon\"")
	}
}

func status(code int) http.HandlerFunc {
	return func(rw http.ResponseWriter, r *http.Request) { http.Error(rw, http.StatusText(code), code) }
}

func ok(rw http.ResponseWriter, r *http.Request) {
	rw.Header().Set("Content-Type", "text/html")
	fmt.Fprint(rw, article("Back again", "The page is back after a short outage."))
}

func retryAfter429(after string) http.HandlerFunc {
	return func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Retry-After", after)
		http.Error(rw, "slow down", http.StatusTooManyRequests)
	}
}

// sequence answers with each handler in turn, then the last one for good.
func sequence(hs ...http.HandlerFunc) http.HandlerFunc {
	n := 0
	return func(rw http.ResponseWriter, r *http.Request) {
		h := hs[min(n, len(hs)-1)]
		n++
		h(rw, r)
	}
}

package sources

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// twoRuns checks target twice, with the page serving first, then second:
// it returns both results and the snapshot folder.
func twoRuns(t *testing.T, w *world, page *changingPage, target Target, edit func(*Config), first, second string) (Result, Result, string) {
	t.Helper()
	dir := t.TempDir()
	run := func(html string) Result {
		t.Helper()
		page.set(html)
		res, err := w.checker(dir, edit).Check(context.Background(), []Target{target})
		if err != nil {
			t.Fatal(err)
		}
		w.clock.advance(24 * time.Hour)
		return res[0]
	}
	return run(first), run(second), dir
}

// TestRedirectsRefused: a cited page that starts redirecting to a host off
// the allow-list, to plain http, or to the cloud metadata address is not
// followed; the result says so, needs an editor, and the snapshot keeps
// the last good text. One to a host on the list is followed.
func TestRedirectsRefused(t *testing.T) {
	t.Parallel()
	allowed := func(h string) bool { return h == "police.test" || strings.HasSuffix(h, ".police.test") }
	for _, tt := range []struct{ name, to string }{
		{"off the allow-list", "https://metadata.test/latest/meta-data/iam/security-credentials/"},
		{"plain http", "http://police.test/latest/meta-data/"},
		{"plain http to localhost", "http://localhost:8080/latest/meta-data/"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := newWorld(t)
			w.Page("metadata.test", "/latest/meta-data/iam/security-credentials/", article("Credentials", "SECRET-ACCESS-KEY-123 is the key."))
			page := &changingPage{}
			w.Site("police.test").Handle("/advice", page)
			target := Target{ID: "advice", URL: "https://police.test/advice"}
			edit := func(c *Config) { c.Fetch.AllowHost = allowed }
			good := article("Advice", "Call 0800 111 2222 for help.")
			redirect := "REDIRECT " + tt.to
			r1, r2, dir := twoRuns(t, w, page, target, edit, good, redirect)
			if r1.Class != ClassOK {
				t.Fatalf("run 1: %s (%s)", r1.Class, r1.Detail)
			}
			if r2.Class != ClassRefused || r2.Severity < Medium || !strings.Contains(r2.Detail, "refused") {
				t.Errorf("run 2: class %s, severity %s (%s), want refused needing an editor", r2.Class, r2.Severity, r2.Detail)
			}
			if hits := w.Hits("metadata.test"); len(hits) > 0 {
				t.Errorf("the redirect was followed: %v", hits)
			}
			text := readFile(t, dir, "advice", TextFile)
			if !strings.Contains(text, "0800 111 2222") || strings.Contains(text, "SECRET") {
				t.Errorf("the snapshot lost the last good text, or holds what was redirected to:\n%s", text)
			}
		})
	}
	t.Run("on the allow-list", func(t *testing.T) {
		t.Parallel()
		w := newWorld(t)
		w.Site("police.test").Handle("/old", http.RedirectHandler("https://www.police.test/new", http.StatusMovedPermanently))
		w.Page("www.police.test", "/new", article("Advice", "Call 0800 111 2222 for help."))
		r := checkTargets(t, w, func(c *Config) { c.Fetch.AllowHost = allowed }, Target{ID: "old", URL: "https://police.test/old"})[0]
		if r.Class != ClassMoved || r.NewURL != "https://www.police.test/new" {
			t.Errorf("class %s to %q (%s), want moved to https://www.police.test/new", r.Class, r.NewURL, r.Detail)
		}
	})
}

// TestAddressRefused: a host whose address, as dialled, is not public
// (here, the test server on loopback) is never sent a request.
func TestAddressRefused(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.Page("police.test", "/advice", article("Advice", "Call 0800 111 2222 for help."))
	r := checkTargets(t, w, func(c *Config) { c.Fetch.AllowAddr = nil }, Target{ID: "advice", URL: "https://police.test/advice"})[0]
	if r.Class != ClassRefused || !strings.Contains(r.Detail, "not a public one") {
		t.Errorf("class %s (%s), want refused for the address", r.Class, r.Detail)
	}
	if hits := w.Hits("police.test"); len(hits) > 0 {
		t.Errorf("%d requests reached a loopback address", len(hits))
	}
}

// TestCrawlDelayCapped: a robots.txt asking for a day between requests is
// held to MaxCrawlDelay, and the results say so.
func TestCrawlDelayCapped(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.Site("slow.test").HandleFunc("/robots.txt", robotsText("User-agent: *\nCrawl-delay: 86400\n"))
	var targets []Target
	for _, p := range []string{"/a", "/b", "/c"} {
		w.Page("slow.test", p, article("Page", "Page "+p+" for the crawl-delay test."))
		targets = append(targets, Target{ID: "page" + strings.TrimPrefix(p, "/"), URL: "https://slow.test" + p})
	}
	start := w.clock.Now()
	res := checkTargets(t, w, nil, targets...)
	hits := w.Hits("slow.test")
	for i := 2; i < len(hits); i++ {
		if gap := hits[i].At.Sub(hits[i-1].At); gap > 30*time.Second {
			t.Errorf("request %d came %v after the one before: the Crawl-delay was not capped", i, gap)
		}
	}
	if took := w.clock.Now().Sub(start); took > 5*time.Minute {
		t.Errorf("three pages took %v of the checker's time", took)
	}
	for _, r := range res {
		if r.Class != ClassOK || len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "24h0m0s") || !strings.Contains(describe(r), "Crawl-delay") {
			t.Errorf("%s: class %s, notes %q; want ok, noting the capped Crawl-delay", r.ID, r.Class, r.Notes)
		}
	}
}

// TestUnreadablePage: a page whose HTML cannot be parsed (more than 512
// nested elements) is its own class, needs an editor, and leaves the last
// good text and its facts in place: a changed phone number is not lost
// as an empty page.
func TestUnreadablePage(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	page := &changingPage{}
	w.Site("fraud.test").Handle("/helpline", page)
	target := Target{ID: "helpline", URL: "https://fraud.test/helpline"}
	good := helplinePage("1 March 2026", "3 March 2026", "0300 123 2040")
	deep := strings.Replace(helplinePage("1 March 2026", "3 March 2026", "0300 123 2050"), "<main", strings.Repeat("<div>", 600)+"<main", 1)
	r1, r2, dir := twoRuns(t, w, page, target, nil, good, deep)
	if r1.Class != ClassOK {
		t.Fatalf("run 1: %s", r1.Class)
	}
	if r2.Class != ClassUnreadable || r2.Severity < Medium || r2.Verified {
		t.Errorf("run 2: class %s, severity %s, verified %v (%s); want unreadable, needing an editor", r2.Class, r2.Severity, r2.Verified, r2.Detail)
	}
	if text := readFile(t, dir, "helpline", TextFile); !strings.Contains(text, "0300 123 2040") {
		t.Errorf("the last good text was not kept:\n%s", text)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "helpline", MetaFile)); !strings.Contains(string(b), `"class": "unreadable"`) {
		t.Errorf("meta.json does not record the class:\n%s", b)
	}
}

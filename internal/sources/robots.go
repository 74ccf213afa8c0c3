package sources

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/temoto/robotstxt"
)

// RobotsError says robots.txt keeps the checker off a URL: the file
// disallows it, or could not be read (a 5xx or 429 answer means "assume
// everything is disallowed", RFC 9309 §2.3.1.4).
type RobotsError struct {
	URL    string
	Reason string
}

func (e *RobotsError) Error() string { return "robots.txt: " + e.Reason }

// robotsCache holds each origin's robots.txt for the run.
type robotsCache struct {
	mu sync.Mutex
	m  map[string]*robotsEntry
}

type robotsEntry struct {
	done  chan struct{} // closed once the file is fetched
	group *robotstxt.Group
	err   error // transport failure: the page's own fetch would fail the same way
	deny  string
}

func newRobotsCache() *robotsCache { return &robotsCache{m: map[string]*robotsEntry{}} }

// maxRobotsHops is how many redirects robots.txt may take (RFC 9309 asks
// for at least five).
const maxRobotsHops = 5

// robotsAllow reports whether robots.txt lets the checker fetch u. The
// file is fetched once per origin and run, through the same per-host gate
// as pages, and its Crawl-delay slows the host down.
func (f *Fetcher) robotsAllow(ctx context.Context, u *url.URL) error {
	origin := strings.ToLower(u.Scheme + "://" + u.Host)
	f.robots.mu.Lock()
	e, ok := f.robots.m[origin]
	if !ok {
		e = &robotsEntry{done: make(chan struct{})}
		f.robots.m[origin] = e
	}
	f.robots.mu.Unlock()
	if !ok {
		f.loadRobots(ctx, origin, e)
		close(e.done)
	}
	select {
	case <-e.done:
	case <-ctx.Done():
		return ctx.Err()
	}
	switch {
	case e.err != nil:
		return e.err
	case e.deny != "":
		return &RobotsError{URL: u.String(), Reason: e.deny}
	case e.group != nil && !e.group.Test(pathAndQuery(u)):
		return &RobotsError{URL: u.String(), Reason: "disallowed for " + RobotsAgent}
	}
	return nil
}

func (f *Fetcher) loadRobots(ctx context.Context, origin string, e *robotsEntry) {
	cur, _ := url.Parse(origin + "/robots.txt")
	for hop := 0; ; hop++ {
		resp, body, _, err := f.get(ctx, cur, nil)
		if err != nil {
			e.err = fmt.Errorf("robots.txt: %w", err)
			return
		}
		if loc := resp.Header.Get("Location"); isRedirect(resp.StatusCode) && loc != "" && hop < maxRobotsHops {
			next, err := cur.Parse(loc)
			if err != nil || f.mayFollow(next) != nil {
				e.group = nil // a broken or refused redirect: treat as no file
				return
			}
			cur = next
			continue
		}
		switch s := resp.StatusCode; {
		case s >= 200 && s < 300:
			data, err := robotstxt.FromBytes(body)
			if err != nil || data == nil {
				return // unparseable: no rules
			}
			e.group = data.FindGroup(RobotsAgent)
			if e.group.CrawlDelay > 0 {
				host, _ := url.Parse(origin)
				f.hosts.setDelay(strings.ToLower(host.Host), e.group.CrawlDelay)
			}
		case s == http.StatusTooManyRequests || s >= 500:
			e.deny = fmt.Sprintf("robots.txt could not be read (status %d), so nothing may be fetched", s)
		}
		// Any other status (4xx, a redirect loop) means there are no rules.
		return
	}
}

func pathAndQuery(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

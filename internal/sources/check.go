package sources

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/cascadia"

	"firststeps/internal/date"
)

// Config configures a Checker.
type Config struct {
	Fetch FetchConfig
	// Snapshots is the folder snapshots are kept in.
	Snapshots string
	// Today is the date recorded when a first fetch becomes the verified
	// baseline.
	Today date.Date
	// BrokenAfter is how many failing runs in a row make a link broken;
	// default 2.
	BrokenAfter int
	// FailureSpacing is the least time between two failures for them to
	// count as separate runs; default 12h, so a re-run the same morning does
	// not call a link broken.
	FailureSpacing time.Duration
	// GOVUKContentAPI reads www.gov.uk pages through the content API.
	GOVUKContentAPI bool
	Log             *slog.Logger
}

// Target is one registered resource to check.
type Target struct {
	ID        string
	URL       string
	Selectors []string // extra CSS selectors to remove before extraction
}

// Result is what checking one resource found.
type Result struct {
	ID       string   `json:"id"`
	URL      string   `json:"url"`
	Class    Class    `json:"class"`
	Status   int      `json:"status,omitempty"`
	Detail   string   `json:"detail,omitempty"`
	Via      string   `json:"via,omitempty"`
	FinalURL string   `json:"final_url,omitempty"`
	NewURL   string   `json:"new_url,omitempty"` // proposed address, for "moved"
	Hops     []Hop    `json:"hops,omitempty"`
	Signals  []string `json:"soft_404_signals,omitempty"`
	Change   *Change  `json:"change,omitempty"` // against the verified text
	// Failures counts failing runs in a row; Broken is set at BrokenAfter.
	Failures int  `json:"failures,omitempty"`
	Broken   bool `json:"broken,omitempty"`
	// Baseline is set when this run's text became the verified text.
	Baseline bool `json:"baseline,omitempty"`
	// Verified is set when the text matches what an editor verified: the
	// only case in which a resource's checked date may move.
	Verified bool `json:"verified"`
	// Notes say how the page was checked when that was not as usual: a
	// Crawl-delay longer than the checker waits.
	Notes    []string `json:"notes,omitempty"`
	Severity Severity `json:"severity"`
	Written  bool     `json:"-"` // the snapshot folder was rewritten
}

// Checker checks resources and keeps their snapshots.
type Checker struct {
	cfg   Config
	f     *Fetcher
	store Store
	clock Clock
	log   *slog.Logger
	cpu   chan struct{} // bounds concurrent extractions

	probeMu sync.Mutex
	probes  map[string]*probe
}

type probe struct {
	done   chan struct{}
	text   string // normalised text served for a random path, "" if none
	status int
}

// New returns a Checker.
func New(cfg Config) (*Checker, error) {
	f, err := NewFetcher(cfg.Fetch)
	if err != nil {
		return nil, err
	}
	if cfg.Snapshots == "" {
		return nil, errors.New("sources: Config.Snapshots is required")
	}
	if cfg.Today.IsZero() {
		return nil, errors.New("sources: Config.Today is required")
	}
	if cfg.BrokenAfter <= 0 {
		cfg.BrokenAfter = 2
	}
	if cfg.FailureSpacing <= 0 {
		cfg.FailureSpacing = 12 * time.Hour
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	return &Checker{
		cfg:    cfg,
		f:      f,
		store:  Store{Dir: cfg.Snapshots},
		clock:  f.cfg.Clock,
		log:    cfg.Log,
		cpu:    make(chan struct{}, runtime.GOMAXPROCS(0)),
		probes: map[string]*probe{},
	}, nil
}

// Fetcher returns the checker's fetcher.
func (c *Checker) Fetcher() *Fetcher { return c.f }

// Close releases idle connections.
func (c *Checker) Close() { c.f.Close() }

// Check checks every target and returns one result per target, in order.
// Targets on one host are checked one after another; hosts run in
// parallel. The error reports snapshots that could not be read or written.
func (c *Checker) Check(ctx context.Context, targets []Target) ([]Result, error) {
	byHost := map[string][]int{}
	var order []string
	for i, t := range targets {
		h := hostKey(t.URL)
		if _, ok := byHost[h]; !ok {
			order = append(order, h)
		}
		byHost[h] = append(byHost[h], i)
	}
	results := make([]Result, len(targets))
	errs := make([]error, len(targets))
	var wg sync.WaitGroup
	for _, h := range order {
		wg.Go(func() {
			for _, i := range byHost[h] {
				if ctx.Err() != nil {
					// The run was stopped: the report still lists it.
					results[i] = Result{ID: targets[i].ID, URL: targets[i].URL, Class: ClassNotChecked,
						Detail: "the run stopped before this page was checked", Severity: Low}
					errs[i] = ctx.Err()
					continue
				}
				results[i], errs[i] = c.checkOne(ctx, targets[i])
				if results[i].Class == "" {
					results[i] = Result{ID: targets[i].ID, URL: targets[i].URL, Class: ClassNotChecked,
						Detail: "the run stopped while this page was checked", Severity: Low}
				}
				if d, asked := c.f.crawlDelayCapped(hostKey(targets[i].URL)); asked > 0 {
					results[i].Notes = append(results[i].Notes, fmt.Sprintf("robots.txt asks for a Crawl-delay of %v; the checker waited %v between requests to this host", asked, d))
				}
			}
		})
	}
	wg.Wait()
	return results, errors.Join(errs...)
}

func hostKey(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return strings.ToLower(u.Host)
}

// fetched is one page fetched and read.
type fetched struct {
	resp     *Response
	via      string
	class    Class
	detail   string
	newURL   string
	page     Page
	text     string // normalised; "" when there is none
	haveText bool
}

func (c *Checker) checkOne(ctx context.Context, t Target) (Result, error) {
	old, err := c.store.Load(t.ID)
	if err != nil {
		return Result{ID: t.ID, URL: t.URL}, err
	}
	extra, err := CompileSelectors(t.Selectors)
	if err != nil {
		return Result{ID: t.ID, URL: t.URL}, fmt.Errorf("resource %s: %w", t.ID, err)
	}
	cond := old.Meta
	if old.Text == "" {
		cond.Hash = "" // nothing to fall back on after a 304
	}
	fx := c.fetch(ctx, t, cond, extra)
	if ctx.Err() != nil {
		return Result{ID: t.ID, URL: t.URL}, ctx.Err()
	}
	now := c.clock.Now()
	res := Result{
		ID: t.ID, URL: t.URL, Class: fx.class, Detail: fx.detail, Via: fx.via,
		NewURL: fx.newURL, Status: fx.resp.Status,
	}
	if len(fx.resp.Hops) > 0 || fx.resp.FinalURL != t.URL {
		res.FinalURL, res.Hops = fx.resp.FinalURL, fx.resp.Hops
	}

	next := old
	next.Meta.ID, next.Meta.URL, next.Meta.Via = t.ID, t.URL, fx.via
	if res.Class != ClassNotModified || !old.Meta.Class.readable() {
		// A 304 confirms the stored state, which stays as it was.
		next.Meta.FinalURL, next.Meta.Hops = res.FinalURL, res.Hops
		next.Meta.Status, next.Meta.Class, next.Meta.NewURL, next.Meta.Error = res.Status, res.Class, res.NewURL, res.Detail
	}
	if sig := c.softSignals(ctx, t, fx, old.Verified); len(sig) >= 2 {
		res.Class, res.Signals = ClassSoft404, sig
		res.Detail = "looks like a \"not found\" page: " + strings.Join(sig, ", ")
		next.Meta.Class, next.Meta.Error = res.Class, res.Detail
	}
	if fx.haveText && !res.Class.Failing() {
		// A failing page's text is not the page's: text.txt keeps the
		// last good text.
		next.Text = fx.text
		next.Meta.Hash = Hash(fx.text)
		next.Meta.Words = len(strings.Fields(fx.text))
		next.Meta.Extractor = ExtractorVersion
		next.Meta.ETag = fx.resp.Header.Get("ETag")
		next.Meta.LastModified = fx.resp.Header.Get("Last-Modified")
	}
	current := next.Text

	switch {
	case res.Class.Failing():
		if next.Meta.LastFailure.IsZero() || now.Sub(next.Meta.LastFailure) >= c.cfg.FailureSpacing {
			next.Meta.Failures++
			next.Meta.LastFailure = now
		}
		if next.Meta.FirstFailure.IsZero() {
			next.Meta.FirstFailure = now
		}
		res.Failures = next.Meta.Failures
		res.Broken = res.Failures >= c.cfg.BrokenAfter
	case !res.Class.Unchecked():
		next.Meta.Failures, next.Meta.FirstFailure, next.Meta.LastFailure = 0, time.Time{}, time.Time{}
		if next.Meta.Verified == nil && current != "" {
			next.Verified = current
			next.Meta.Verified = &Verified{Hash: Hash(current), On: c.cfg.Today, By: "baseline"}
			res.Baseline = true
		}
		if next.Meta.Verified != nil && current != "" {
			if Hash(current) == next.Meta.Verified.Hash {
				// A baseline was not verified by an editor: the checked
				// date moves from the next matching run on.
				res.Verified = !res.Baseline
			} else {
				ch := Compare(next.Verified, current)
				res.Change = &ch
			}
		}
	}
	res.Severity = severityOf(res)

	next.Meta.FetchedAt = now
	wrote, err := c.store.Save(old, next)
	res.Written = wrote
	c.log.Debug("checked", "id", t.ID, "class", res.Class, "status", res.Status, "severity", res.Severity, "wrote", wrote)
	return res, err
}

func severityOf(r Result) Severity {
	switch {
	case r.Class.Failing():
		if r.Broken {
			return High
		}
		return Low
	case r.Class.needsEditor():
		return Medium
	case r.Class.Unchecked():
		return Low
	}
	s := None
	if r.Change != nil {
		s = r.Change.Severity()
	}
	if r.Class == ClassMoved {
		s = max(s, Medium)
	}
	return s
}

// fetch gets a page's text, through GOV.UK's content API where it may.
func (c *Checker) fetch(ctx context.Context, t Target, old Meta, extra cascadia.Selector) fetched {
	if c.cfg.GOVUKContentAPI {
		if api := govukAPIURL(t.URL); api != "" {
			fx := c.fetchVia(ctx, t, old, api, viaGOVUKContent, extra)
			// Fall back to the page itself when the API has no item for it
			// or robots.txt keeps us off the API.
			if fx.class != ClassGone && fx.class != ClassRobots && fx.class != ClassClientError {
				return fx
			}
		}
	}
	return c.fetchVia(ctx, t, old, t.URL, viaHTML, extra)
}

func (c *Checker) fetchVia(ctx context.Context, t Target, old Meta, addr, via string, extra cascadia.Selector) fetched {
	req := Request{URL: addr}
	if old.URL == t.URL && old.Via == via && old.Hash != "" && old.Class.readable() {
		req.ConditionalURL = cmp.Or(old.FinalURL, addr)
		if via == viaGOVUKContent {
			req.ConditionalURL = cmp.Or(govukAPIURL(old.FinalURL), addr)
		}
		req.ETag, req.LastModified = old.ETag, old.LastModified
	}
	resp := c.f.Fetch(ctx, req)
	if via == viaGOVUKContent {
		// Editors read page addresses, not API ones.
		resp.FinalURL = govukPageURL(resp.FinalURL)
		for i := range resp.Hops {
			resp.Hops[i].URL = govukPageURL(resp.Hops[i].URL)
			resp.Hops[i].Location = govukPageURL(resp.Hops[i].Location)
		}
	}
	fx := fetched{resp: resp, via: via}
	fx.class, fx.detail = classifyFetch(resp)
	if fx.class == ClassMoved {
		fx.newURL, _ = proposedURL(resp.Hops)
	}
	if resp.Err != nil || resp.Status < 200 || resp.Status >= 300 || fx.class == ClassBlocked {
		return fx
	}

	c.cpu <- struct{}{}
	defer func() { <-c.cpu }()
	final, _ := url.Parse(resp.FinalURL)
	ctype := resp.Header.Get("Content-Type")
	switch {
	case via == viaGOVUKContent:
		item, err := parseGOVUK(resp.FinalURL, resp.Body)
		switch {
		case err != nil:
			fx.class, fx.detail = ClassClientError, err.Error()
			return fx
		case item.Gone:
			fx.class, fx.detail = ClassGone, "the content API says the page is gone"
			return fx
		case item.Redirect:
			fx.class, fx.newURL, fx.detail = ClassMoved, item.MovedTo, "the content API says the page redirects"
			return fx
		}
		text, err := htmlText(item.HTML)
		if err != nil {
			fx.class, fx.detail = ClassUnreadable, "its HTML could not be read ("+err.Error()+"); read it yourself, the last good text is kept"
			return fx
		}
		fx.page = Page{Title: item.Title, Heading: item.Title, Text: text}
	case isHTML(ctype):
		page, err := ExtractHTML(resp.Body, ctype, final, extra)
		if err != nil {
			// Not an empty page: a page whose text is unknown. The last
			// good text stays.
			fx.class, fx.detail = ClassUnreadable, "its HTML could not be read ("+err.Error()+"); read it yourself, the last good text is kept"
			return fx
		}
		fx.page = page
	case strings.HasPrefix(ctype, "text/"):
		fx.page = ExtractText(resp.Body)
	default:
		// A PDF or other file: its bytes stand for its text, so any change
		// shows as a changed line.
		fx.page = Page{Text: fmt.Sprintf("[%s, %d bytes, %s]", ctype, len(resp.Body), Hash(string(resp.Body)))}
	}
	fx.text, fx.haveText = Normalize(fx.page.Text), true
	return fx
}

// softSignals gathers the soft-404 signals for a page, probing the host
// with a random path only when another signal is already there.
func (c *Checker) softSignals(ctx context.Context, t Target, fx fetched, verified string) []string {
	if !fx.haveText {
		return nil
	}
	sig := softSignals(t.URL, fx.resp.Hops, fx.page.Title, fx.page.Heading, fx.text, verified)
	if len(sig) == 0 || fx.via != viaHTML {
		return sig
	}
	if p := c.probe(ctx, t.URL); p.status >= 200 && p.status < 300 && similar(p.text, fx.text) {
		sig = append(sig, SignalProbe)
	}
	slices.Sort(sig)
	return sig
}

// probe fetches a random path on a page's host once per run, to learn what
// the host serves for a page that does not exist.
func (c *Checker) probe(ctx context.Context, page string) *probe {
	u, err := url.Parse(page)
	if err != nil {
		return &probe{}
	}
	origin := strings.ToLower(u.Scheme + "://" + u.Host)
	c.probeMu.Lock()
	p, ok := c.probes[origin]
	if !ok {
		p = &probe{done: make(chan struct{})}
		c.probes[origin] = p
	}
	c.probeMu.Unlock()
	if ok {
		select {
		case <-p.done:
		case <-ctx.Done():
		}
		return p
	}
	defer close(p.done)
	resp := c.f.Fetch(ctx, Request{URL: origin + "/firststeps-probe-" + c.f.randomToken()})
	p.status = resp.Status
	if resp.Err == nil && resp.Status >= 200 && resp.Status < 300 && isHTML(resp.Header.Get("Content-Type")) {
		final, _ := url.Parse(resp.FinalURL)
		c.cpu <- struct{}{}
		page, _ := ExtractHTML(resp.Body, resp.Header.Get("Content-Type"), final, nil)
		<-c.cpu
		p.text = Normalize(page.Text)
	}
	return p
}

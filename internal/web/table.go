package web

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"firststeps/internal/routes"
)

// Route kinds: a log line says which kind of page a request was for, and
// nothing else about it. Never a path, which can say what a person
// answered or looked for (/start/no/under-18, /uk/revenge-porn).
const (
	kindHome      = "home"
	kindGuide     = "guide"
	kindGuideView = "guide-view"
	kindCategory  = "category"
	kindEmergency = "emergency"
	kindSearch    = "search"
	kindStart     = "start"
	kindServices  = "services"
	kindRecord    = "record"
	kindPublish   = "publishing"
	kindAsset     = "static-asset"
	kindHealth    = "healthz"
	kindRedirect  = "redirect"
	kindNotFound  = "not-found"
	kindAPI       = "api"
)

// Kinds lists every route kind a log line can hold, for tests.
func Kinds() []string {
	return []string{kindHome, kindGuide, kindGuideView, kindCategory, kindEmergency, kindSearch, kindStart, kindServices,
		kindRecord, kindPublish, kindAsset, kindHealth, kindRedirect, kindNotFound, kindAPI, kindUnmatched}
}

// route is one pattern the site answers, with everything that follows
// from it: the kind its log lines name, its handler, and the fixed paths
// it answers, which the static export writes.
type route struct {
	pattern string
	kind    string
	h       http.Handler
	// fixed: the route answers only its own paths, below; any other path
	// its pattern matches is a 404, or an old path that moved. Otherwise
	// it answers for each request whatever its pattern matches.
	fixed bool
	// paths are the fixed paths it answers: its pages (in s.pages), the
	// assets, the partner API's files.
	paths []string
}

// table is the site's one list of routes: Handler registers them, log
// lines name them by kind, Answers and CheckRedirects ask them which
// paths the site answers, and Paths lists their fixed paths for the
// static export.
type table struct {
	s         *Server
	routes    []*route
	byPattern map[string]*route
}

// dynamic adds a route that answers for each request.
func (t *table) dynamic(pattern, kind string, h http.Handler) *route {
	return t.add(&route{pattern: pattern, kind: kind, h: h})
}

// fixed adds a route that answers only the paths given it.
func (t *table) fixed(pattern, kind string, h http.Handler) *route {
	return t.add(&route{pattern: pattern, kind: kind, h: h, fixed: true})
}

func (t *table) add(rt *route) *route {
	if _, dup := t.byPattern[rt.pattern]; dup {
		panic("web: route " + rt.pattern + " added twice") // a programmer error, caught at start-up
	}
	t.routes = append(t.routes, rt)
	t.byPattern[rt.pattern] = rt
	return rt
}

// page adds a fixed page at path to the route. On a site that is not
// live (see target), a page is what it is when built, and is kept plain
// as well as compressed until the export has written it; on a live one,
// the page cache bounds what the pages keep.
func (t *table) page(rt *route, path string, p *page) {
	if t.s.site.live {
		p.cache = t.s.cache
	} else {
		p.key = nil
		p.plain = true
	}
	t.s.pages[path] = p
	rt.paths = append(rt.paths, path)
}

// html is a page of HTML made by build.
func html(build func(time.Time) ([]byte, error)) *page {
	return &page{ctype: "text/html; charset=utf-8", build: build}
}

// buildTable lists every route the site has and registers its pages,
// none rendered yet. What differs between the served and the static site
// is read from s.site.
func (s *Server) buildTable() error {
	t := &table{s: s, byPattern: map[string]*route{}}
	page := s.wrap(s.servePage)
	guide := s.wrap(s.serveGuide)

	root := t.fixed("GET /{$}", kindHome, page)
	home := t.fixed("GET /{jurisdiction}", kindHome, page)
	if len(s.lib.Jurisdictions) > 1 {
		t.page(root, "/", html(s.chooseBuilder()))
	}
	for _, j := range s.lib.Jurisdictions {
		t.page(home, "/"+j.ID, html(s.homeBuilder(j.ID, "/"+j.ID)))
		if len(s.lib.Jurisdictions) == 1 {
			t.page(root, "/", html(s.homeBuilder(j.ID, "/")))
		}
	}

	guides := t.fixed("GET /{jurisdiction}/{slug}", kindGuide, guide)
	neutral := t.fixed("GET /g/{token}", kindGuide, guide)
	for _, g := range s.lib.Guides {
		t.page(guides, guidePath(g), s.guidePage(g, routes.View{}, false))
		if s.neutral(g) {
			t.page(neutral, neutralPath(g), s.guidePage(g, routes.View{}, true))
		}
	}
	t.dynamic("GET /{jurisdiction}/{slug}/{audience}", kindGuideView, s.wrap(s.serveOldView))

	categories := t.fixed("GET /{jurisdiction}/category/{category}", kindCategory, page)
	for _, j := range s.lib.Jurisdictions {
		for _, c := range s.lib.Categories {
			if len(s.lib.GuidesIn(j.ID, c.ID)) > 0 {
				t.page(categories, categoryPath(j.ID, c.ID), html(s.categoryBuilder(j.ID, c)))
			}
		}
	}

	assets := t.fixed("GET /static/{file}", kindAsset, s.wrap(s.serveAsset))
	for p := range s.assets.byURL {
		assets.paths = append(assets.paths, p)
	}
	slices.Sort(assets.paths)
	t.dynamic("GET /healthz", kindHealth, http.HandlerFunc(s.serveHealth))
	s.addPublishingPages(t, page)
	if err := s.addRecordPages(t, page); err != nil {
		return err
	}

	// Each jurisdiction's own search, questions, services and emergency
	// page: the first at the bare path, the others under their id.
	for _, j := range s.lib.Jurisdictions {
		at := func(p string) string { return s.sitePath(j.ID, p) }
		t.page(t.fixed("GET "+at("/emergency"), kindEmergency, page), at("/emergency"), html(s.emergencyBuilder(j.ID)))
		if !s.site.dynamic {
			s.addLinkPages(t, j.ID, page)
			continue
		}
		t.dynamic("GET "+at("/search"), kindSearch, s.wrap(s.serveSearch))
		t.dynamic("POST "+at("/search"), kindSearch, s.wrap(s.postSearch))
		t.dynamic("GET "+at("/search/r/{token}"), kindSearch, s.wrap(s.serveResults))
		t.dynamic("GET "+at("/start"), kindStart, s.wrap(s.serveStart))
		t.dynamic("POST "+at("/start"), kindStart, s.wrap(s.postStart))
		t.dynamic("GET "+at("/start/{token}"), kindStart, s.wrap(s.serveStep))
		t.dynamic("POST "+at("/start/{token}"), kindStart, s.wrap(s.postStart))
		t.dynamic("GET "+at("/services"), kindServices, s.wrap(s.serveServices))
	}
	if s.site.dynamic {
		// Old addresses held the answers as path segments.
		for _, p := range s.flowPaths() {
			if strings.Count(p, "/") > 2 {
				t.dynamic("GET "+p, kindStart, s.wrap(s.serveOldStep))
			}
		}
	}

	// The partner API: its other paths and methods reach it through wrap.
	// Its files, on a site that has them, go with the pattern that
	// answers them.
	var api []*route
	for _, p := range s.api.Patterns() {
		api = append(api, t.dynamic(p, kindAPI, s.api))
	}
	if !s.site.dynamic {
		mux := http.NewServeMux()
		for _, rt := range api {
			mux.Handle(rt.pattern, rt.h)
		}
		for _, f := range s.api.Files() {
			_, pattern := mux.Handler(getRequest(f))
			rt := t.byPattern[pattern]
			if rt == nil {
				return fmt.Errorf("web: no API route answers %s", f)
			}
			rt.paths = append(rt.paths, f)
		}
	}

	// An old path in redirects.yaml: on the static site, a page that
	// forwards, where no page is (New refuses a redirect that would hide
	// one); the server answers it with a 301 (see moved).
	if !s.site.redirect301 {
		for _, r := range s.lib.Redirects {
			_, taken := s.pages[r.From]
			if _, routed := t.byPattern["GET "+r.From]; taken || routed {
				continue
			}
			t.page(t.fixed("GET "+r.From, kindRedirect, page), r.From, html(s.redirectPage("/"+r.To)))
			s.redirectPages[r.From] = true
		}
	}
	// Everything else comes here. Any path a route does not answer may be
	// an old one in redirects.yaml (see wrap).
	t.fixed("/", kindNotFound, page)
	s.table = t
	return nil
}

// getRequest is a GET request for path, to ask a mux which pattern
// answers it.
func getRequest(path string) *http.Request {
	return &http.Request{Method: http.MethodGet, URL: &url.URL{Path: path}, Host: "site"}
}

// Handler returns the site's HTTP handler with its middleware.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range s.table.routes {
		mux.Handle(rt.pattern, tagged(rt.kind, rt.h))
	}
	return s.secureHeaders(s.logRequests(onlyGetHead(mux)))
}

// Answers reports whether the server answers GET path with a page of its
// own, rather than a 404, and which kind of route that is. The old paths
// of redirects are not counted: this is how a redirect is known to hide
// nothing.
func (s *Server) Answers(path string) (kind string, ok bool) {
	if s.answers == nil {
		s.answers = http.NewServeMux()
		for _, rt := range s.table.routes {
			if rt.kind != kindRedirect {
				s.answers.Handle(rt.pattern, rt.h)
			}
		}
	}
	_, pattern := s.answers.Handler(getRequest(path))
	rt, found := s.table.byPattern[pattern]
	if !found {
		return "", false
	}
	if !rt.fixed {
		return rt.kind, true
	}
	if s.redirectPages[path] {
		return "", false
	}
	_, page := s.pages[path]
	_, asset := s.assets.byURL[path]
	return rt.kind, page || asset
}

// Paths lists every fixed path the site answers, for the static export:
// its pages, the assets and, on the static site, the partner API's files.
func (s *Server) Paths() []string {
	var out []string
	for _, rt := range s.table.routes {
		out = append(out, rt.paths...)
	}
	return out
}

// Package web serves the site: guide pages, the home and category pages,
// the services directory, search results and the three-question flow. Pages
// that do not depend on the request are rendered once, compressed and kept
// in memory; every response carries strict security headers and no cookie;
// nothing a person types is logged.
package web

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"firststeps/internal/api"
	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/search"
)

//go:embed templates
var templateFS embed.FS

// Config is what the server needs. Library is required.
type Config struct {
	Library *library.Library
	Logger  *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// ExitURL is the neutral site the quick exit goes to from every page.
	// Empty means each jurisdiction's own (its quick_exit), and
	// DefaultExitURL from pages of none.
	ExitURL string
	// BaseURL, such as https://example.org, makes canonical links absolute.
	BaseURL string
	// ReportEmail receives "Report a problem with this page" messages; empty
	// hides the link.
	ReportEmail string
	// Static renders the site for a static host (firststeps build): contact
	// cards show opening hours but not "open now", which needs a server;
	// search runs in the browser over a prebuilt index; the three questions
	// are pages of links; old paths are pages that forward. target (in
	// target.go) lists every difference.
	Static bool
	// PageCache is how many bytes of rendered pages the server keeps;
	// 0 means 48 MiB, enough for every page of a library of 2,000 guides.
	PageCache int
	// OwnsLibrary says nothing else uses Library: the server may forget
	// what it no longer needs of it (the guides' plain text, once its
	// search indexes are built), holding less memory.
	OwnsLibrary bool
	// SearchCache, when set, keeps each guide's analysis for the search
	// indexes between runs, so that a build after an edit, or a restart,
	// analyses only the guides that changed. A live server reads it only
	// while it builds its indexes (until Indexed is closed).
	SearchCache *search.Cache
}

// DefaultExitURL is where the quick exit goes from pages of no
// jurisdiction (the country chooser, My record) unless configured: the
// GOV.UK pattern's choice, a page anyone might be reading.
const DefaultExitURL = "https://www.bbc.co.uk/weather"

// Server serves the site. It is safe for concurrent use.
type Server struct {
	cfg              Config
	site             target // what differs between the served and the static site
	lib              *library.Library
	log              *slog.Logger
	now              func() time.Time
	assets           *assets
	tmpl             map[string]*template.Template
	pages            map[string]*page         // by path
	indexes          map[string]*search.Index // per jurisdiction, once indexed is closed
	indexed          chan struct{}
	views            views                   // guide pages for chosen views, made on first request
	cache            *pageCache              // bounds the memory the pages keep
	cards            sync.Map                // the static site's contact cards, by cardKey
	memo             routeMemo               // the static site's routes, by what they depend on
	guidePlace       map[string]int          // a guide's place in the library, for result tokens
	byNeutral        map[string]*guide.Guide // guides by their neutral address
	redirects        map[string]string       // old path → where it leads now
	redirectPages    map[string]bool         // the static site's pages at old paths
	notFound, failed *body
	api              *api.API // the partner API, under /api/

	table   *table         // every route, with its pages and files
	answers *http.ServeMux // the routes alone, for Answers
}

// New validates cfg, parses the templates and renders every fixed page, so
// a template error stops start-up rather than a request. It refuses a
// redirect that is not a plain path or whose old path the server answers
// itself (see CheckRedirects).
func New(cfg Config) (*Server, error) {
	s, err := newServer(cfg)
	if err != nil {
		return nil, err
	}
	for _, r := range s.lib.Redirects {
		if !library.PlainPath(r.From) {
			return nil, fmt.Errorf("web: redirect from %q: not a plain path", r.From)
		}
		if kind, ok := s.Answers(r.From); ok {
			return nil, fmt.Errorf("web: redirect from %s would hide a page the server answers (%s)", r.From, kind)
		}
	}
	if s.site.live {
		// Pages are rendered on their first request and kept. A sample
		// of every kind is rendered now, so a template error stops
		// start-up rather than a request. (The static export renders
		// every page at once.)
		if err := renderAll(s.pages, s.samplePaths(), s.now()); err != nil {
			return nil, err
		}
	}
	if s.site.dynamic {
		// The search indexes are built while the server starts answering:
		// a search waits for its index, a page does not. They start once
		// the sample is rendered, which no page waits on them for, so
		// that the first answer does not share the cores with them.
		s.buildIndexes()
	} else {
		close(s.indexed) // the static site searches in the browser
	}
	return s, nil
}

// newServer makes a server with every route and page registered, and no
// page rendered yet.
func newServer(cfg Config) (*Server, error) {
	if cfg.Library == nil {
		return nil, errors.New("web: no library")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if u, err := url.Parse(cfg.ExitURL); cfg.ExitURL != "" && (err != nil || (u.Scheme != "https" && u.Scheme != "http")) {
		return nil, fmt.Errorf("web: exit URL %q must be an http(s) address", cfg.ExitURL)
	}
	cfg.BaseURL = strings.TrimSuffix(cfg.BaseURL, "/")
	if cfg.PageCache <= 0 {
		cfg.PageCache = defaultPageCache
	}
	s := &Server{cfg: cfg, site: targetFor(cfg.Static), lib: cfg.Library, log: cfg.Logger, now: cfg.Now, pages: map[string]*page{}, views: views{pages: map[string]*page{}},
		indexes: map[string]*search.Index{}, indexed: make(chan struct{}), cache: &pageCache{budget: cfg.PageCache}, redirects: map[string]string{}, redirectPages: map[string]bool{}}
	for _, r := range s.lib.Redirects {
		s.redirects[r.From] = "/" + r.To
	}
	var err error
	if s.assets, err = loadAssets(); err != nil {
		return nil, fmt.Errorf("web: assets: %w", err)
	}
	s.guidePlace = make(map[string]int, len(s.lib.Guides))
	for i, g := range s.lib.Guides {
		s.guidePlace[g.ID] = i
	}
	if err := s.indexNeutral(); err != nil {
		return nil, err
	}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	// The API searches s.indexes, which New fills once this returns.
	if s.api, err = api.New(api.Config{Library: s.lib, Site: apiSite{s}, Logger: s.log, Now: s.now,
		BaseURL: cfg.BaseURL, MaxText: maxSearchBody, Static: !s.site.dynamic}); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	if err := s.buildTable(); err != nil {
		return nil, err
	}
	if err := s.buildErrorPages(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Server) parseTemplates() error {
	s.tmpl = map[string]*template.Template{}
	names, err := templateFS.ReadDir("templates")
	if err != nil {
		return err
	}
	funcs := template.FuncMap{
		"asset": func(name string) string { return s.assets.url(name) },
		"fill":  fillHTML,
	}
	for _, n := range names {
		name := strings.TrimSuffix(n.Name(), ".tmpl")
		if name == "base" || strings.HasPrefix(name, "_") {
			continue
		}
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/base.tmpl", "templates/"+n.Name())
		if err != nil {
			return fmt.Errorf("web: template %s: %w", name, err)
		}
		s.tmpl[name] = t
	}
	return nil
}

// render executes a page template into memory, so a failure never sends
// half a page.
func (s *Server) render(name string, data any) ([]byte, error) {
	t, ok := s.tmpl[name]
	if !ok {
		return nil, fmt.Errorf("web: no template %q", name)
	}
	b := renderBuffers.Get().(*bytes.Buffer)
	b.Reset()
	defer func() {
		if b.Cap() <= maxKeptBuffer {
			renderBuffers.Put(b)
		}
	}()
	if err := t.ExecuteTemplate(b, "layout", data); err != nil {
		return nil, fmt.Errorf("web: render %s: %w", name, err)
	}
	return bytes.Clone(b.Bytes()), nil
}

// renderBuffers hold pages while they are rendered: a page grown in a new
// buffer each time was copied about a dozen times on the way to 30 KB,
// which at thousands of pages (the static build) cost more in allocation
// and collection than one copy of the finished page.
var renderBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// moved answers an old path in redirects.yaml with a 301 to where it leads
// now (the static site: with its page there), and reports whether it did.
func (s *Server) moved(w http.ResponseWriter, r *http.Request) bool {
	target, ok := s.redirects[r.URL.Path]
	if !ok {
		return false
	}
	if !s.site.redirect301 {
		return false // the old path has a page of its own (see buildTable)
	}
	setKind(w, kindRedirect)
	w.Header().Set("Cache-Control", "public, max-age=86400")
	http.Redirect(w, r, target, http.StatusMovedPermanently)
	return true
}

var (
	errNotFound = errors.New("not found")
	errTooLarge = errors.New("request too large")
)

// wrap turns a handler's error into the right pre-rendered page. The status
// is chosen here and nowhere else.
func (s *Server) wrap(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		if err == nil {
			return
		}
		if errors.Is(err, errNotFound) || errors.Is(err, library.ErrNotFound) {
			if s.moved(w, r) {
				return
			}
			if api.Owns(r.URL.Path) {
				// The API answers its own unknown paths and methods, in JSON.
				setKind(w, kindAPI)
				s.api.ServeHTTP(w, r)
				return
			}
			write(w, r, s.notFound, http.StatusNotFound, noCache)
			return
		}
		if errors.Is(err, errTooLarge) {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(http.StatusRequestEntityTooLarge)
			_, _ = w.Write([]byte(string(s.lib.Text("").TooMuchText) + "\n"))
			return
		}
		s.log.Error("request failed", "route", kindOf(w), "err", err)
		write(w, r, s.failed, http.StatusInternalServerError, noStore)
	})
}

func (s *Server) servePage(w http.ResponseWriter, r *http.Request) error {
	p, ok := s.pages[r.URL.Path]
	if !ok {
		return errNotFound
	}
	b, err := p.get(s.now())
	if err != nil {
		return err
	}
	write(w, r, b, http.StatusOK, noCache)
	return nil
}

// serveGuide serves a guide page, at its own or its neutral address, or
// a jurisdiction's other two-part pages, for the view the address names.
func (s *Server) serveGuide(w http.ResponseWriter, r *http.Request) error {
	p, ok := s.pages[r.URL.Path]
	if !ok {
		return errNotFound
	}
	g, at := s.byNeutral[r.URL.Path], r.URL.Path
	if g == nil {
		g, _ = s.lib.Guide(strings.TrimPrefix(r.URL.Path, "/"))
	}
	if g == nil {
		return s.send(w, r, p)
	}
	return s.serveGuideView(w, r, p, g, at)
}

func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request) error {
	b, ok := s.assets.byURL[r.URL.Path]
	if !ok {
		return errNotFound
	}
	write(w, r, b, http.StatusOK, immutable)
	return nil
}

func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte("ok\n"))
}

// Evict forgets a rendered page, for the static export: once written, a
// page need not stay in memory. A later request renders it again.
func (s *Server) Evict(path string) {
	if p, ok := s.pages[path]; ok {
		p.evict()
	}
	s.api.Forget(path)
}

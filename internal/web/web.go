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
	"time"

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
	// ExitURL is the neutral site the quick exit goes to.
	ExitURL string
	// BaseURL, such as https://example.org, makes canonical links absolute.
	BaseURL string
	// ReportEmail receives "Report a problem with this page" messages; empty
	// hides the link.
	ReportEmail string
	// Static renders the site for a static host (firststeps build): contact
	// cards show opening hours but not "open now", which needs a server;
	// search runs in the browser over a prebuilt index; the three questions
	// are pages of links; old paths are pages that forward.
	Static bool
}

// DefaultExitURL is where the quick exit goes unless configured: the GOV.UK
// pattern's choice, a page anyone might be reading.
const DefaultExitURL = "https://www.bbc.co.uk/weather"

// Server serves the site. It is safe for concurrent use.
type Server struct {
	cfg              Config
	lib              *library.Library
	log              *slog.Logger
	now              func() time.Time
	assets           *assets
	tmpl             map[string]*template.Template
	pages            map[string]*page         // by path
	indexes          map[string]*search.Index // per jurisdiction
	views            views                    // guide pages for chosen views, made on first request
	guidePlace       map[string]int           // a guide's place in the library, for result tokens
	byNeutral        map[string]*guide.Guide  // guides by their neutral address
	notFound, failed *body
}

// New validates cfg, parses the templates and renders every fixed page, so
// a template error stops start-up rather than a request.
func New(cfg Config) (*Server, error) {
	if cfg.Library == nil {
		return nil, errors.New("web: no library")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.ExitURL == "" {
		cfg.ExitURL = DefaultExitURL
	}
	if u, err := url.Parse(cfg.ExitURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, fmt.Errorf("web: exit URL %q must be an http(s) address", cfg.ExitURL)
	}
	cfg.BaseURL = strings.TrimSuffix(cfg.BaseURL, "/")
	s := &Server{cfg: cfg, lib: cfg.Library, log: cfg.Logger, now: cfg.Now, pages: map[string]*page{}, views: views{pages: map[string]*page{}}}
	var err error
	if s.assets, err = loadAssets(); err != nil {
		return nil, fmt.Errorf("web: assets: %w", err)
	}
	s.guidePlace = make(map[string]int, len(s.lib.Guides))
	for i, g := range s.lib.Guides {
		s.guidePlace[g.ID] = i
	}
	s.indexes = map[string]*search.Index{}
	if !cfg.Static {
		for _, j := range s.lib.Jurisdictions {
			s.indexes[j.ID] = search.New(s.lib, j.ID, search.DefaultParams)
		}
	}
	if err := s.indexNeutral(); err != nil {
		return nil, err
	}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	if err := s.buildPages(); err != nil {
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
	funcs := template.FuncMap{"asset": func(name string) string { return s.assets.url(name) }}
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
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, "layout", data); err != nil {
		return nil, fmt.Errorf("web: render %s: %w", name, err)
	}
	return b.Bytes(), nil
}

// Handler returns the site's HTTP handler with its middleware.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /{$}", s.wrap(s.servePage))
	mux.Handle("GET /{jurisdiction}", s.wrap(s.servePage))
	mux.Handle("GET /{jurisdiction}/{slug}", s.wrap(s.serveGuide))
	mux.Handle("GET /g/{token}", s.wrap(s.serveGuide))
	mux.Handle("GET /{jurisdiction}/category/{category}", s.wrap(s.servePage))
	mux.Handle("GET /static/{file}", s.wrap(s.serveAsset))
	mux.HandleFunc("GET /healthz", s.serveHealth)
	for _, p := range []string{"/sitemap.xml", "/robots.txt", "/index.json", "/search-index.json", "/emergency"} {
		mux.Handle("GET "+p, s.wrap(s.servePage))
	}
	if s.cfg.Static {
		mux.Handle("GET /search", s.wrap(s.servePage))
		mux.Handle("GET /start", s.wrap(s.servePage))
		mux.Handle("GET /start/{token}", s.wrap(s.servePage))
	} else {
		mux.Handle("GET /search", s.wrap(s.serveSearch))
		mux.Handle("POST /search", s.wrap(s.postSearch))
		mux.Handle("GET /search/r/{token}", s.wrap(s.serveResults))
		mux.Handle("GET /start", s.wrap(s.serveStart))
		mux.Handle("POST /start", s.wrap(s.postStart))
		mux.Handle("GET /start/{token}", s.wrap(s.serveStep))
		mux.Handle("POST /start/{token}", s.wrap(s.postStart))
		// Old addresses held the answers as path segments.
		for _, p := range s.flowPaths() {
			if strings.Count(p, "/") > 2 {
				mux.Handle("GET "+p, s.wrap(s.serveOldStep))
			}
		}
	}
	for _, r := range s.lib.Redirects {
		if s.cfg.Static {
			mux.Handle("GET "+r.From, s.wrap(s.servePage))
		} else {
			mux.Handle("GET "+r.From, s.serveRedirect("/"+r.To))
		}
	}
	if s.cfg.Static {
		mux.Handle("GET /services", s.wrap(s.servePage))
	} else {
		mux.Handle("GET /services", s.wrap(s.serveServices))
	}
	mux.Handle("GET /{jurisdiction}/{slug}/{audience}", s.wrap(s.serveOldView))
	s.recordRoutes(mux)
	mux.Handle("/", s.wrap(func(w http.ResponseWriter, r *http.Request) error { return errNotFound }))
	return s.secureHeaders(s.logRequests(onlyGetHead(mux)))
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
			write(w, r, s.notFound, http.StatusNotFound, "no-cache")
			return
		}
		if errors.Is(err, errTooLarge) {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(http.StatusRequestEntityTooLarge)
			_, _ = w.Write([]byte("Too much text: please describe it in fewer words.\n"))
			return
		}
		s.log.Error("request failed", "route", r.Pattern, "err", err)
		write(w, r, s.failed, http.StatusInternalServerError, "no-store")
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
	write(w, r, b, http.StatusOK, "no-cache")
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
	write(w, r, b, http.StatusOK, "public, max-age=31536000, immutable")
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
		p.cur.Store(nil)
	}
}

// Paths lists every fixed page the server serves, for the static export.
func (s *Server) Paths() []string {
	out := make([]string, 0, len(s.pages)+len(s.assets.byURL))
	for p := range s.pages {
		out = append(out, p)
	}
	for p := range s.assets.byURL {
		out = append(out, p)
	}
	return out
}

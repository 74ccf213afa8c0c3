package api

import (
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/routes"
	"firststeps/internal/search"
)

// Prefix starts every path the API answers.
const Prefix = "/api/"

// Owns reports whether the API answers path: every path under Prefix,
// including the ones it answers with a 404 or 405 of its own.
func Owns(path string) bool { return strings.HasPrefix(path, Prefix) }

// Site is what the API takes from the site's pages, so that it answers as
// they do rather than keeping a copy of their rules.
type Site interface {
	// Index is the search index of a jurisdiction, or nil.
	Index(jurisdiction string) *search.Index
	// Place is the jurisdiction a search made in jurisdiction is answered
	// in: another one when its words name that one's places.
	Place(jurisdiction, q string) string
	// AskerView is the view a search's words suggest, from who they say
	// is asking (search.Result.Asker).
	AskerView(asker string) routes.View
	// GuideURL is the address the site links to for guide id in view v.
	GuideURL(id string, v routes.View) string
	// Sections are guide g's sections as its page for view v shows them
	// at now: route and law placeholders filled, links to other guides at
	// the addresses the site uses.
	Sections(g *guide.Guide, v routes.View, now time.Time) []template.HTML
}

// Config is what the API needs. Library and Site are required.
type Config struct {
	Library *library.Library
	Site    Site
	Logger  *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// BaseURL, such as https://example.org, makes the site addresses in
	// answers absolute.
	BaseURL string
	// MaxText is the most bytes a route request may carry: the site's own
	// search form's limit. Longer text is refused with 413; within it, the
	// words are cut as the site cuts them (search.Cut).
	MaxText int64
	// Static makes the static copy: no route endpoint (it needs the
	// server), no live state, and paths ending .json.
	Static bool
}

// API serves the partner API. It is safe for concurrent use.
type API struct {
	cfg       Config
	lib       *library.Library
	site      Site
	log       *slog.Logger
	now       func() time.Time
	endpoints []endpoint
	mux       *http.ServeMux

	list, openapi *reply
	services      map[string]*reply // the static copy's, by jurisdiction

	guides       map[string]*cachedGuide // unchosen views, by guide id; fixed in New
	serviceCache sync.Map                // service id and nation → json.RawMessage
}

// endpoint is one path of the API and the methods it takes.
type endpoint struct {
	pattern string   // without a method: the API answers every method itself
	methods []string // GET takes HEAD too
	serve   func(http.ResponseWriter, *http.Request) (*reply, error)
}

// New checks cfg and makes the fixed answers: the guide list and the
// OpenAPI document.
func New(cfg Config) (*API, error) {
	if cfg.Library == nil || cfg.Site == nil {
		return nil, errors.New("api: a library and a site are required")
	}
	if len(cfg.Library.Jurisdictions) == 0 {
		return nil, errors.New("api: the library has no jurisdiction")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.MaxText <= 0 {
		cfg.MaxText = 16 << 10
	}
	cfg.BaseURL = strings.TrimSuffix(cfg.BaseURL, "/")
	a := &API{cfg: cfg, lib: cfg.Library, site: cfg.Site, log: cfg.Logger, now: cfg.Now, guides: map[string]*cachedGuide{}}
	for _, g := range a.lib.Guides {
		a.guides[g.ID] = &cachedGuide{}
	}
	var err error
	if a.openapi, err = openAPIReply(); err != nil {
		return nil, err
	}
	if a.list, err = newReply(a.guideList(), cacheRevalidate); err != nil {
		return nil, err
	}
	if cfg.Static {
		a.services = map[string]*reply{}
		for _, j := range a.lib.Jurisdictions {
			if a.services[j.ID], err = newReply(a.serviceList(j, "", nil, nil), cacheRevalidate); err != nil {
				return nil, err
			}
		}
	}
	a.endpoints = []endpoint{
		{"/api/v1/guides", get, a.serveList},
		{"/api/v1/guides.json", get, a.serveList},
		{"/api/v1/guides/{jurisdiction}/{slug}", get, a.serveGuide},
		{"/api/v1/services", get, a.serveServices},
		{"/api/v1/services/{file}", get, a.serveServices},
		{"/api/v1/openapi.json", get, a.serveOpenAPI},
	}
	if !cfg.Static {
		a.endpoints = append(a.endpoints, endpoint{"/api/v1/route", []string{http.MethodGet, http.MethodPost}, a.serveRoute})
	}
	a.mux = http.NewServeMux()
	for _, e := range a.endpoints {
		a.mux.Handle(e.pattern, a.handle(e))
	}
	a.mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.fail(w, r, errorf(codeNotFound, "no such address in the API: see /api/v1/openapi.json"))
	}))
	return a, nil
}

var get = []string{http.MethodGet}

// Patterns are the patterns the site's route table registers for the API,
// each with its method, so that they sit beside the site's own patterns
// without overlapping them. Paths under Prefix that none of them matches,
// and methods they do not take, are the API's too: the site sends them on
// (see Owns), and the API answers them in JSON.
func (a *API) Patterns() []string {
	var out []string
	for _, e := range a.endpoints {
		for _, m := range e.methods {
			out = append(out, m+" "+e.pattern)
		}
	}
	return append(out, http.MethodOptions+" "+Prefix)
}

// Files lists the paths the static copy holds, each answered by the
// server too: the OpenAPI document, the guide list, every guide's unchosen
// view and every jurisdiction's services.
func (a *API) Files() []string {
	out := []string{"/api/v1/openapi.json", "/api/v1/guides.json"}
	for _, g := range a.lib.Guides {
		out = append(out, "/api/v1/guides/"+g.ID+".json")
	}
	for _, j := range a.lib.Jurisdictions {
		out = append(out, "/api/v1/services/"+j.ID+".json")
	}
	return out
}

// Forget drops the answer the static copy keeps for the file at path, one
// of Files, once it is written: a guide's answer is made once for both of
// its encodings, and is not kept after.
func (a *API) Forget(path string) {
	if id, ok := a.FileGuide(path); ok {
		a.guides[id].cur.Store(nil)
	}
}

// FileGuide names the guide whose answer the file at path, one of Files,
// holds; ok is false for a file that holds no one guide's.
func (a *API) FileGuide(path string) (id string, ok bool) {
	id, ok = strings.CutPrefix(path, "/api/v1/guides/")
	if !ok {
		return "", false
	}
	id = strings.TrimSuffix(id, ".json")
	_, ok = a.guides[id]
	return id, ok
}

// ServeHTTP answers a request for a path under Prefix. Every answer, an
// error included, may be read by any web page (see the package doc).
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Access-Control-Expose-Headers", "ETag")
	h.Set("Cross-Origin-Resource-Policy", "cross-origin")
	a.mux.ServeHTTP(w, r)
}

// handle answers one endpoint: a preflight, a method it does not take, or
// the endpoint's own answer.
func (a *API) handle(e endpoint) http.Handler {
	methods := slices.Clone(e.methods)
	if slices.Contains(methods, http.MethodGet) {
		methods = slices.Insert(methods, 1, http.MethodHead)
	}
	allow := strings.Join(append(slices.Clone(methods), http.MethodOptions), ", ")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodOptions:
			preflight(w, allow)
		case !slices.Contains(methods, r.Method):
			w.Header().Set("Allow", allow)
			a.fail(w, r, errorf(codeMethod, "this address takes %s", strings.Join(methods, ", ")))
		default:
			rep, err := e.serve(w, r)
			if err != nil {
				a.fail(w, r, err)
				return
			}
			a.send(w, r, rep)
		}
	})
}

// preflight answers a browser asking whether a page elsewhere may send a
// request: any page may, with no credentials and only Content-Type, and
// the answer may be kept for a day.
func preflight(w http.ResponseWriter, allow string) {
	h := w.Header()
	h.Set("Allow", allow)
	h.Set("Access-Control-Allow-Methods", allow)
	h.Set("Access-Control-Allow-Headers", "Content-Type")
	h.Set("Access-Control-Max-Age", "86400")
	h.Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusNoContent)
}

// abs makes a site path absolute with the configured base URL.
func (a *API) abs(path string) string { return a.cfg.BaseURL + path }

// apiPath is the API's own path for a guide: with .json in the static
// copy, whose files need it.
func (a *API) apiPath(g *guide.Guide) string {
	if a.cfg.Static {
		return "/api/v1/guides/" + g.ID + ".json"
	}
	return "/api/v1/guides/" + g.ID
}

package web

import (
	"log/slog"
	"net/http"
	"strings"
	"time"

	"firststeps/internal/api"
)

// The Content-Security-Policy allows only this site's own files: no inline
// script or style, no frames, no plugins, forms only to this site.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// hsts keeps browsers on https for a year once they have seen the site
// over it. It leaves subdomains alone: they may not be the site's.
const hsts = "max-age=31536000"

// overHTTPS reports whether the request came over https: directly, or
// through a proxy in front that says so (X-Forwarded-Proto, Forwarded).
func overHTTPS(r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	proto, _, _ := strings.Cut(r.Header.Get("X-Forwarded-Proto"), ",")
	if strings.EqualFold(strings.TrimSpace(proto), "https") {
		return true
	}
	first, _, _ := strings.Cut(r.Header.Get("Forwarded"), ",")
	for _, kv := range strings.Split(first, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(kv), "=")
		if strings.EqualFold(k, "proto") && strings.EqualFold(strings.Trim(v, `"`), "https") {
			return true
		}
	}
	return false
}

// header is one response header made ready once: its name in canonical
// form and its value in a slice of its own, which nothing changes, so a
// response takes it with one map assignment. Setting headers one by one
// with Header.Set checked and copied each name on every request.
type header struct {
	name  string
	value []string
}

func newHeader(name, value string) header {
	return header{http.CanonicalHeaderKey(name), []string{value}}
}

// setHeaders assigns prepared headers to h.
func setHeaders(h http.Header, hs []header) {
	for _, x := range hs {
		h[x.name] = x.value
	}
}

// securityHeaders go on every response.
var securityHeaders = []header{
	newHeader("Content-Security-Policy", csp),
	newHeader("Referrer-Policy", "no-referrer"),
	newHeader("X-Content-Type-Options", "nosniff"),
	newHeader("X-Frame-Options", "DENY"),
	newHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
	newHeader("Cross-Origin-Opener-Policy", "same-origin"),
	newHeader("Cross-Origin-Resource-Policy", "same-origin"),
}

var hstsHeader = newHeader("Strict-Transport-Security", hsts)

func (s *Server) secureHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		setHeaders(h, securityHeaders)
		if overHTTPS(r) {
			// Browsers heed this only over https, so it is sent only then.
			h[hstsHeader.name] = hstsHeader.value
		}
		next.ServeHTTP(w, r)
	})
}

// postable reports whether a path takes a form sent by POST: the search and
// the three questions, so that what a person types or answers never goes
// into an address.
func postable(path string) bool {
	// Another jurisdiction's forms are under its id: /us/search.
	if rest, ok := strings.CutPrefix(path, "/"); ok {
		if i := strings.IndexByte(rest, '/'); i > 0 && (strings.HasPrefix(rest[i:], "/search") || strings.HasPrefix(rest[i:], "/start")) {
			path = rest[i:]
		}
	}
	return path == "/search" || path == "/start" || strings.HasPrefix(path, "/start/")
}

// onlyGetHead answers every other method with 405, whatever the path, but
// for the forms that are sent by POST and the partner API, which answers
// methods itself.
func onlyGetHead(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && postable(r.URL.Path) || api.Owns(r.URL.Path) {
			next.ServeHTTP(w, r)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(http.StatusMethodNotAllowed)
			_, _ = w.Write([]byte("Method not allowed\n"))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// statusWriter notes the status a response was sent with and the kind
// of route that sent it, for the log line.
type statusWriter struct {
	http.ResponseWriter
	status int
	kind   string
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the server's writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// kindUnmatched is the kind of a request no route saw (a method other
// than GET or HEAD).
const kindUnmatched = "unmatched"

// tagged marks the requests h serves as of kind.
func tagged(kind string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		setKind(w, kind)
		h.ServeHTTP(w, r)
	})
}

// setKind sets the route kind logged for the request w answers. The kind
// travels with the response writer rather than in the request's context,
// which would copy the request each time.
func setKind(w http.ResponseWriter, kind string) {
	if sw, ok := w.(*statusWriter); ok {
		sw.kind = kind
	}
}

func kindOf(w http.ResponseWriter) string {
	if sw, ok := w.(*statusWriter); ok {
		return sw.kind
	}
	return kindUnmatched
}

// logRequests logs the method, the kind of route (never the path, the
// pattern or the query: a path such as /start/no/under-18 says what a
// person answered), the status and the duration. The record goes straight
// to the handler: Logger.Info would also look up the caller's source line
// on every request, which no line uses.
func (s *Server) logRequests(next http.Handler) http.Handler {
	lh := s.log.Handler()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, kind: kindUnmatched}
		next.ServeHTTP(sw, r)
		if !lh.Enabled(r.Context(), slog.LevelInfo) {
			return
		}
		end := time.Now()
		rec := slog.NewRecord(end, slog.LevelInfo, "request", 0)
		rec.AddAttrs(slog.String("method", r.Method), slog.String("route", sw.kind), slog.Int("status", sw.status), slog.Duration("duration", end.Sub(start)))
		_ = lh.Handle(r.Context(), rec)
	})
}

package web

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"firststeps/internal/parallel"
)

// ExportStats counts what Export wrote.
type ExportStats struct {
	Files      int   // pages and files, not counting .gz copies
	Compressed int   // files written with a .gz copy
	Bytes      int64 // every file, .gz copies included
}

// Export writes every page s serves under dir, the static site, by sending
// each route through s's own handler, so the files are exactly what the
// server would send. Each file big enough to gain from it gets a .gz
// sibling. Beside the pages go a _redirects file and a _headers file for
// hosts that read them.
func (s *Server) Export(dir string) (ExportStats, error) {
	var st ExportStats
	h := s.Handler()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, err
	}
	type job struct{ route, file string }
	var jobs []job
	seen := map[string]string{}
	for _, route := range s.Paths() {
		file := FileFor(route)
		// Every file lands inside dir, on any system, and no two routes
		// share one.
		if strings.Contains(file, `\`) || !filepath.IsLocal(filepath.FromSlash(file)) {
			return st, fmt.Errorf("%s: the file %q would not be inside %s", route, file, dir)
		}
		if other, ok := seen[file]; ok {
			return st, fmt.Errorf("%s and %s would both be written to %s", other, route, file)
		}
		seen[file] = route
		jobs = append(jobs, job{route, file})
	}
	jobs = append(jobs, job{"/404-" + fmt.Sprint(time.Now().UnixNano()), "404.html"})
	sort.Slice(jobs, func(i, j int) bool { return jobs[i].file < jobs[j].file })

	written := make([]int64, len(jobs))
	compressed := make([]bool, len(jobs))
	recorders := make([]fileRecorder, parallel.Workers(len(jobs)))
	err := parallel.ForErr(len(jobs), func(w, i int) error {
		var err error
		written[i], compressed[i], err = exportOne(h, &recorders[w], dir, jobs[i].route, jobs[i].file)
		s.Evict(jobs[i].route) // written: it need not stay in memory
		return err
	})
	for i := range jobs {
		st.Files++
		st.Bytes += written[i]
		if compressed[i] {
			st.Compressed++
		}
	}
	if err != nil {
		return st, err
	}
	if err := writeFile(filepath.Join(dir, "_redirects"), redirectsFile(s)); err != nil {
		return st, err
	}
	if err := writeFile(filepath.Join(dir, "_headers"), headersFile(h)); err != nil {
		return st, err
	}
	st.Files += 2
	return st, nil
}

// exportOne writes one route's plain and gzip bodies, recording each
// response in rec.
func exportOne(h http.Handler, rec *fileRecorder, dir, route, file string) (int64, bool, error) {
	var total int64
	compressed := false
	name := filepath.Join(dir, filepath.FromSlash(file))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return 0, false, err
	}
	for _, enc := range []struct{ accept, ext string }{{"", ""}, {"gzip", ".gz"}} {
		r := httptest.NewRequest(http.MethodGet, route, nil)
		if enc.accept != "" {
			r.Header.Set("Accept-Encoding", enc.accept)
		}
		rec.reset()
		h.ServeHTTP(rec, r)
		want := http.StatusOK
		if file == "404.html" {
			want = http.StatusNotFound
		}
		if rec.status != want {
			return total, false, fmt.Errorf("%s: status %d", route, rec.status)
		}
		got := rec.h.Get("Content-Encoding")
		if enc.accept != "" && got != enc.accept {
			continue // small files are sent as they are
		}
		if enc.accept != "" {
			compressed = true
		}
		if err := os.WriteFile(name+enc.ext, rec.body.Bytes(), 0o644); err != nil {
			return total, false, err
		}
		total += int64(rec.body.Len())
	}
	if rec.body.Cap() > maxKeptBuffer {
		rec.body = bytes.Buffer{}
	}
	return total, compressed, nil
}

// fileRecorder is a ResponseWriter that keeps the status, headers and
// body of one response, reused for every file a worker writes, so the
// export does not make a recorder and grow a new buffer for each.
type fileRecorder struct {
	h      http.Header
	status int
	body   bytes.Buffer
}

func (w *fileRecorder) reset() {
	if w.h == nil {
		w.h = http.Header{}
	}
	clear(w.h)
	w.status = 0
	w.body.Reset()
}

func (w *fileRecorder) Header() http.Header { return w.h }

func (w *fileRecorder) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}

func (w *fileRecorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.body.Write(b)
}

func writeFile(name string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, b, 0o644)
}

// redirectsFile lists old paths in the form Netlify, Cloudflare Pages and
// similar hosts read: "from to 301".
func redirectsFile(s *Server) []byte {
	var b strings.Builder
	b.WriteString("# Old addresses of guides that moved (content/redirects.yaml).\n")
	for _, r := range s.Redirects() {
		fmt.Fprintf(&b, "%s %s 301\n", r[0], r[1])
	}
	return []byte(b.String())
}

// headersFile carries the server's security headers to hosts that read a
// _headers file, the partner API's cross-origin headers, and long caching
// for fingerprinted files.
func headersFile(h http.Handler) []byte {
	w := httptest.NewRecorder()
	// As a static host serves it: over https.
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.Header.Set("X-Forwarded-Proto", "https")
	h.ServeHTTP(w, r)
	var b strings.Builder
	b.WriteString("/*\n")
	for _, k := range []string{"Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "X-Frame-Options", "Permissions-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy", "Strict-Transport-Security"} {
		if v := w.Header().Get(k); v != "" {
			fmt.Fprintf(&b, "  %s: %s\n", k, v)
		}
	}
	// The partner API's files may be read from any site, as the server
	// allows: the same headers, asked of the same handler.
	api := httptest.NewRecorder()
	h.ServeHTTP(api, httptest.NewRequest(http.MethodGet, "/api/v1/openapi.json", nil))
	b.WriteString("/api/*\n")
	for _, k := range []string{"Access-Control-Allow-Origin", "Access-Control-Expose-Headers"} {
		if v := api.Header().Get(k); v != "" {
			fmt.Fprintf(&b, "  %s: %s\n", k, v)
		}
	}
	b.WriteString("/static/*\n  Cache-Control: public, max-age=31536000, immutable\n")
	b.WriteString("/search\n  X-Robots-Tag: noindex\n/start/*\n  X-Robots-Tag: noindex\n")
	return []byte(b.String())
}

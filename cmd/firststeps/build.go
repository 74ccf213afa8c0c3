package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"firststeps/internal/library"
	"firststeps/internal/web"
)

// runBuild writes the whole site as static files:
// firststeps build -o DIR [-base-url URL] [-content DIR].
func runBuild(e env, args []string) int {
	fs := newFlags(e, "build")
	dir := contentFlag(fs)
	out := fs.String("o", "", "folder to write the site to (required; created if missing)")
	baseURL := fs.String("base-url", "", "public address of the site, for canonical links and the sitemap (e.g. https://example.org)")
	exit := fs.String("exit-url", web.DefaultExitURL, "neutral site the quick exit goes to")
	report := fs.String("report-email", "", "address for \"Report a problem with this page\" (empty hides the link)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(e.stderr, "usage: firststeps build -o DIR [-base-url URL] [-content DIR]")
		return exitUsage
	}
	start := time.Now()
	lib := loadValid(e, "build", *dir, library.Options{})
	if lib == nil {
		return exitFail
	}
	srv, err := web.New(web.Config{Library: lib, Static: true, BaseURL: *baseURL, ExitURL: *exit, ReportEmail: *report})
	if err != nil {
		fmt.Fprintf(e.stderr, "firststeps build: %v\n", err)
		return exitFail
	}
	st, err := Export(srv, *out)
	if err != nil {
		fmt.Fprintf(e.stderr, "firststeps build: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(e.stdout, "wrote %d pages and files (%d with .gz), %.1f MB, to %s in %s\n",
		st.files, st.compressed, float64(st.bytes)/(1<<20), *out, time.Since(start).Round(time.Millisecond))
	return exitOK
}

type exportStats struct {
	files, compressed int
	bytes             int64
}

// Export writes every page srv serves under dir, by sending each route
// through srv's own handler, so the files are exactly what the server
// would send. Each file big enough to gain from it gets a .gz sibling.
func Export(srv *web.Server, dir string) (exportStats, error) {
	var st exportStats
	h := srv.Handler()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, err
	}
	type job struct{ route, file string }
	var jobs []job
	seen := map[string]string{}
	for _, route := range srv.Paths() {
		file := web.FileFor(route)
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

	var (
		mu    sync.Mutex
		first error
		wg    sync.WaitGroup
		next  = make(chan job)
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for j := range next {
				n, comp, err := exportOne(h, dir, j.route, j.file)
				srv.Evict(j.route)
				mu.Lock()
				if err != nil && first == nil {
					first = err
				}
				st.files++
				st.bytes += n
				if comp {
					st.compressed++
				}
				mu.Unlock()
			}
		})
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
	if first != nil {
		return st, first
	}
	if err := writeFile(filepath.Join(dir, "_redirects"), redirectsFile(srv)); err != nil {
		return st, err
	}
	if err := writeFile(filepath.Join(dir, "_headers"), headersFile(h)); err != nil {
		return st, err
	}
	st.files += 2
	return st, nil
}

// exportOne writes one route's plain and gzip bodies.
func exportOne(h http.Handler, dir, route, file string) (int64, bool, error) {
	var total int64
	compressed := false
	for _, enc := range []struct{ accept, ext string }{{"", ""}, {"gzip", ".gz"}} {
		r := httptest.NewRequest(http.MethodGet, route, nil)
		if enc.accept != "" {
			r.Header.Set("Accept-Encoding", enc.accept)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		want := http.StatusOK
		if file == "404.html" {
			want = http.StatusNotFound
		}
		if w.Code != want {
			return total, false, fmt.Errorf("%s: status %d", route, w.Code)
		}
		got := w.Header().Get("Content-Encoding")
		if enc.accept != "" && got != enc.accept {
			continue // small files are sent as they are
		}
		if enc.accept != "" {
			compressed = true
		}
		if err := writeFile(filepath.Join(dir, filepath.FromSlash(file)+enc.ext), w.Body.Bytes()); err != nil {
			return total, false, err
		}
		total += int64(w.Body.Len())
	}
	return total, compressed, nil
}

func writeFile(name string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, b, 0o644)
}

// redirectsFile lists old paths in the form Netlify, Cloudflare Pages and
// similar hosts read: "from to 301".
func redirectsFile(srv *web.Server) []byte {
	var b strings.Builder
	b.WriteString("# Old addresses of guides that moved (content/redirects.yaml).\n")
	for _, r := range srv.Redirects() {
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

package web

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
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
	// Unchanged counts the files (not counting .gz copies) that dir
	// already held with the same bytes, left as they were with their .gz
	// copy.
	Unchanged int
	// Kept counts those of them a Ledger showed unchanged (ExportKept):
	// not made again, nor read.
	Kept int
	// Removed counts the files the last export wrote that this one did
	// not (a guide removed or moved), taken away with their .gz copies
	// (ExportKept).
	Removed int
}

// Export writes every page s serves under dir, the static site, by sending
// each route through s's own handler, so the files are exactly what the
// server would send. Each file big enough to gain from it gets a .gz
// sibling. Beside the pages go a _redirects file and a _headers file for
// hosts that read them.
//
// A file that dir already holds with the same bytes, from an earlier
// build, is left as it is, with its .gz copy: an editor's second build
// compresses and writes only what changed.
func (s *Server) Export(dir string) (ExportStats, error) {
	st, _, err := s.export(dir, nil, nil)
	return st, err
}

// ExportKept is Export into a folder whose last export prior records
// (nil, or one of another folder, for none): a file whose key is the one
// prior holds for it, and which stands in dir as prior says it was left,
// is neither made nor read again (see Ledger); a file prior lists that
// this export does not make (a guide removed or moved) is removed, if it
// stands as it was left. salt names what the pages are made from beyond
// the library and the Config: the program and the content's registries,
// as the parse cache's keys add. It returns the ledger to keep for the
// next export into dir; nil when the library was not loaded through a
// parse cache, which gives it no keys.
func (s *Server) ExportKept(dir string, salt [32]byte, prior *Ledger) (ExportStats, *Ledger, error) {
	keys, ok := s.newFileKeys(salt)
	if !ok {
		st, err := s.Export(dir)
		return st, nil, err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ExportStats{}, nil, err
	}
	if prior != nil && prior.Dir != abs {
		prior = nil
	}
	// The files of the last export into dir are this one's to keep or
	// remove whatever made them; to keep unmade only if the same program
	// and registries made them.
	was, same := prior, prior
	if prior != nil && prior.Salt != salt {
		same = nil
	}
	led := &Ledger{Dir: abs, Salt: salt, Files: map[string]LedgerFile{}}
	st, files, err := s.export(dir, &keys, same)
	if err != nil {
		return st, nil, err
	}
	for _, f := range files {
		if f.file != "" {
			led.Files[f.file] = f.stood
		}
	}
	if st.Removed, err = removeGone(abs, was, led.Files); err != nil {
		return st, nil, err
	}
	return st, led, nil
}

// removeGone removes each file the last export into dir wrote (was) that
// this one did not (now), with its .gz copy and the folders it leaves
// empty: a guide that was removed or moved must not stay published at
// its old address. A file changed since the last export was left as it
// is: it is someone's, not the export's.
func removeGone(dir string, was *Ledger, now map[string]LedgerFile) (int, error) {
	if was == nil {
		return 0, nil
	}
	n := 0
	for file, f := range was.Files {
		if _, made := now[file]; made {
			continue
		}
		name := filepath.Join(dir, filepath.FromSlash(file))
		if stood, err := stand(name, f.Key); err != nil || stood != f {
			continue // gone already, or changed since
		}
		if err := os.Remove(name); err != nil {
			return n, err
		}
		if err := os.Remove(name + ".gz"); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return n, err
		}
		n++
		// Folders left empty go too, up to dir: a guide's folder held
		// only its page.
		for d := filepath.Dir(name); d != dir && strings.HasPrefix(d, dir+string(filepath.Separator)); d = filepath.Dir(d) {
			if os.Remove(d) != nil {
				break // not empty
			}
		}
	}
	return n, nil
}

// export writes the site under dir. With keys, it says how each file
// stands once written, and leaves alone those prior holds as they are.
func (s *Server) export(dir string, keys *fileKeys, prior *Ledger) (ExportStats, []exported, error) {
	var st ExportStats
	h := s.Handler()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, nil, err
	}
	type job struct{ route, file string }
	var jobs []job
	seen := map[string]string{}
	for _, route := range s.Paths() {
		file := FileFor(route)
		// Every file lands inside dir, on any system, and no two routes
		// share one.
		if strings.Contains(file, `\`) || !filepath.IsLocal(filepath.FromSlash(file)) {
			return st, nil, fmt.Errorf("%s: the file %q would not be inside %s", route, file, dir)
		}
		if other, ok := seen[file]; ok {
			return st, nil, fmt.Errorf("%s and %s would both be written to %s", other, route, file)
		}
		seen[file] = route
		jobs = append(jobs, job{route, file})
	}
	jobs = append(jobs, job{"/404-" + fmt.Sprint(time.Now().UnixNano()), "404.html"})
	// The pages to make first (search indexes), before the others: while
	// one is made the library and the index are held together, the most
	// memory the build holds, and the other pages' work beside it, which
	// allocates much, made the collector run over all of that again and
	// again (the 2,000-guide build collected 60 times rather than 50,
	// with a second more processor time). Their making is parallel
	// within. Then the library's plain text, which only they read, goes.
	first := func(j job) bool { p := s.pages[j.route]; return p != nil && p.first }
	sort.Slice(jobs, func(i, j int) bool {
		if a, b := first(jobs[i]), first(jobs[j]); a != b {
			return a
		}
		return jobs[i].file < jobs[j].file
	})
	nFirst := 0
	for nFirst < len(jobs) && first(jobs[nFirst]) {
		nFirst++
	}

	done := make([]exported, len(jobs))
	recorders := make([]fileRecorder, parallel.Workers(len(jobs)))
	export := func(from, to int) error {
		return parallel.ForErr(to-from, func(w, i int) error {
			j := jobs[from+i]
			var key [32]byte
			if keys != nil {
				key = keys.of(j.route)
				if f, ok := prior.kept(dir, j.file, key); ok {
					done[from+i] = exported{file: j.file, stood: f, bytes: f.Size + max(f.GzSize, 0), compressed: f.GzSize >= 0, unchanged: true, kept: true}
					return nil
				}
			}
			d, err := exportOne(h, &recorders[w], dir, j.route, j.file)
			s.Evict(j.route) // written: it need not stay in memory
			if err == nil && keys != nil {
				d.file = j.file
				d.stood, err = stand(filepath.Join(dir, filepath.FromSlash(j.file)), key)
			}
			done[from+i] = d
			return err
		})
	}
	err := export(0, nFirst)
	if err == nil {
		if s.cfg.OwnsLibrary {
			s.lib.ForgetText()
		}
		err = export(nFirst, len(jobs))
	}
	for _, d := range done {
		st.Files++
		st.Bytes += d.bytes
		if d.compressed {
			st.Compressed++
		}
		if d.unchanged {
			st.Unchanged++
		}
		if d.kept {
			st.Kept++
		}
	}
	if err != nil {
		return st, nil, err
	}
	if err := writeFile(filepath.Join(dir, "_redirects"), redirectsFile(s)); err != nil {
		return st, nil, err
	}
	if err := writeFile(filepath.Join(dir, "_headers"), headersFile(h)); err != nil {
		return st, nil, err
	}
	st.Files += 2
	return st, done, nil
}

// exported is what exportOne did with one file.
type exported struct {
	bytes      int64 // the file's and its .gz copy's
	compressed bool  // it has a .gz copy
	unchanged  bool  // dir held it already, with the same bytes
	kept       bool  // as the ledger says: not made again
	// With a ledger: the file, and how it stands.
	file  string
	stood LedgerFile
}

// exportOne writes one route's plain and gzip bodies, recording each
// response in rec. A file already there with the same bytes is kept, and
// so is its .gz copy, or the lack of one: the handler compresses the
// same bytes the same way, so the gzip body is not asked for.
func exportOne(h http.Handler, rec *fileRecorder, dir, route, file string) (exported, error) {
	var out exported
	name := filepath.Join(dir, filepath.FromSlash(file))
	want := http.StatusOK
	if file == "404.html" {
		want = http.StatusNotFound
	}
	get := func(accept string) error {
		r := httptest.NewRequest(http.MethodGet, route, nil)
		if accept != "" {
			r.Header.Set("Accept-Encoding", accept)
		}
		rec.reset()
		h.ServeHTTP(rec, r)
		if rec.status != want {
			return fmt.Errorf("%s: status %d", route, rec.status)
		}
		return nil
	}
	if err := get(""); err != nil {
		return out, err
	}
	plain := rec.body.Bytes()
	old, err := rec.readOld(name, len(plain))
	switch {
	case err == nil && bytes.Equal(old, plain):
		out.unchanged = true
		out.bytes = int64(len(plain))
		if fi, err := os.Stat(name + ".gz"); err == nil {
			out.compressed = true
			out.bytes += fi.Size()
		}
		return out, nil
	case err == nil || errors.Is(err, errSizeDiffers):
		// Changed: the plain file goes first, so that a build stopped
		// half way never leaves a file beside the .gz of other bytes.
		if err := os.Remove(name); err != nil {
			return out, err
		}
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return out, err
		}
	default:
		return out, err
	}
	rec.plain = append(rec.plain[:0], plain...) // the next request reuses rec.body
	plain = rec.plain
	if err := get("gzip"); err != nil {
		return out, err
	}
	if rec.h.Get("Content-Encoding") == "gzip" {
		if err := os.WriteFile(name+".gz", rec.body.Bytes(), 0o644); err != nil {
			return out, err
		}
		out.compressed = true
		out.bytes += int64(rec.body.Len())
	} else if err := os.Remove(name + ".gz"); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return out, err // small files are sent as they are
	}
	if err := os.WriteFile(name, plain, 0o644); err != nil {
		return out, err
	}
	out.bytes += int64(len(plain))
	if rec.body.Cap() > maxKeptBuffer {
		rec.body, rec.plain = bytes.Buffer{}, nil
	}
	return out, nil
}

// errSizeDiffers: the file there is not the size of the new one.
var errSizeDiffers = errors.New("size differs")

// readOld reads the file at name into the recorder's own buffer, if it
// is n bytes long; errSizeDiffers if it is another size.
func (w *fileRecorder) readOld(name string, n int) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() || fi.Size() != int64(n) {
		return nil, errSizeDiffers
	}
	if cap(w.old) < n {
		w.old = make([]byte, n)
	}
	if _, err := io.ReadFull(f, w.old[:n]); err != nil {
		return nil, err
	}
	b := w.old[:n]
	if cap(w.old) > maxKeptBuffer {
		w.old = nil
	}
	return b, nil
}

// fileRecorder is a ResponseWriter that keeps the status, headers and
// body of one response, reused for every file a worker writes, so the
// export does not make a recorder and grow a new buffer for each.
type fileRecorder struct {
	h      http.Header
	status int
	body   bytes.Buffer
	plain  []byte // the plain body, kept while the gzip one is asked for
	old    []byte // the file an earlier build wrote, to compare
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

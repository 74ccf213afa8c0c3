package web

import (
	"crypto/sha256"
	"io/fs"
	"path"
	"strings"

	"firststeps/internal/library"
	"firststeps/internal/problem"
)

// CheckRedirects reports each redirect in lib whose old path the server, or
// the static build, answers itself, so that the redirect would hide a live
// page; and each whose file in the static build would take the place of
// another file or folder. It asks the routes and pages the server really
// has, so it cannot drift from them. lint runs it, and New refuses a server
// whose redirects it would fault.
func CheckRedirects(lib *library.Library) problem.List {
	var probs problem.List
	var servers []*Server
	for _, static := range []bool{false, true} {
		s, err := newServer(Config{Library: lib, Static: static})
		if err != nil {
			probs.Errorf(library.RedirectsFile, 0, "redirect", "cannot check redirects: %v", err)
			return probs
		}
		servers = append(servers, s)
	}
	static := servers[1]
	files := newFileSet()
	for _, p := range static.Paths() {
		if !static.redirectPages[p] {
			files.add(FileFor(p), p)
		}
	}
	for _, f := range []string{"_redirects", "_headers", "404.html"} {
		files.add(f, f)
	}
	for _, r := range lib.Redirects {
		if !library.PlainPath(r.From) {
			continue // library.Load reports it
		}
		shadow := false
		for _, s := range servers {
			if kind, ok := s.Answers(r.From); ok {
				probs.Errorf(library.RedirectsFile, r.LineOf("from"), "redirect-shadow", "%s is a live page (%s): a redirect would hide it", r.From, kind)
				shadow = true
				break
			}
		}
		if shadow {
			continue
		}
		f := FileFor(r.From)
		if other, clash := files.clash(f); clash {
			probs.Errorf(library.RedirectsFile, r.LineOf("from"), "redirect-file", "%s would be written to %s in the static build, where %s is", r.From, f, other)
			continue
		}
		files.add(f, r.From)
	}
	return probs
}

// FileFor maps a route to the file the static build writes it to: "/" →
// index.html, "/uk/x" → uk/x/index.html, "/sitemap.xml" → sitemap.xml.
func FileFor(route string) string {
	if route == "/" {
		return "index.html"
	}
	if path.Ext(route) != "" {
		return strings.TrimPrefix(route, "/")
	}
	return strings.TrimPrefix(route, "/") + "/index.html"
}

// fileSet is the files of a static build (each with its .gz copy) and the
// folders that hold them.
type fileSet struct {
	files, dirs map[string]string // → the route that needs it
}

func newFileSet() *fileSet { return &fileSet{files: map[string]string{}, dirs: map[string]string{}} }

func (fs *fileSet) add(f, route string) {
	fs.files[f], fs.files[f+".gz"] = route, route
	for d := path.Dir(f); d != "."; d = path.Dir(d) {
		fs.dirs[d] = route
	}
}

// clash reports what already needs the name f, or a folder f would be in.
func (fs *fileSet) clash(f string) (string, bool) {
	for _, n := range []string{f, f + ".gz"} {
		if r, ok := fs.files[n]; ok {
			return r, true
		}
		if r, ok := fs.dirs[n]; ok {
			return r, true
		}
	}
	for d := path.Dir(f); d != "."; d = path.Dir(d) {
		if r, ok := fs.files[d]; ok {
			return r, true
		}
	}
	return "", false
}

// Load loads the content in fsys as library.Load does, and adds what
// CheckRedirects finds: whether a redirect hides a page is for the routes
// themselves to say. The library is nil when either found an error.
func Load(fsys fs.FS, opt library.Options) (*library.Library, problem.List) {
	lib, probs := library.Load(fsys, opt)
	if lib == nil {
		return nil, probs
	}
	more := checkRedirectsCached(lib, opt.Parsed)
	probs = append(probs, more...)
	probs.Sort()
	if more.HasErrors() {
		return nil, probs
	}
	return lib, probs
}

// checkRedirectsCached is CheckRedirects, kept in cache, when there is
// one, under the whole library's key: a second lint of the same content
// does not build the two servers it asks.
func checkRedirectsCached(lib *library.Library, cache library.ParseCache) problem.List {
	key, ok := lib.Key()
	if cache == nil || !ok {
		return CheckRedirects(lib)
	}
	k := sha256.Sum256(append([]byte("redirects\x00"), key[:]...))
	if e, ok := cache.Get(k); ok {
		return e.Problems
	}
	probs := CheckRedirects(lib)
	cache.Put(k, &library.Entry{Problems: probs})
	return probs
}

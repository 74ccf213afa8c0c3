package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"firststeps/content"
	"firststeps/internal/library"
)

// TestRouteTable holds the site to its one route table, on the served
// and the static site: every fixed path in the table is answered, by the
// route that lists it, and (on the static site) written by the export,
// with a .gz copy that holds the same bytes; the export writes nothing
// the table does not list; and no path outside the table is answered but
// by a route that answers for each request.
func TestRouteTable(t *testing.T) {
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatal(probs)
	}
	for _, static := range []bool{false, true} {
		s, err := New(Config{Library: lib, Static: static})
		if err != nil {
			t.Fatal(err)
		}
		name := s.site.name
		h := s.Handler()
		mux := http.NewServeMux()
		for _, rt := range s.table.routes {
			mux.Handle(rt.pattern, rt.h)
		}
		get := func(path string) *httptest.ResponseRecorder {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
			return w
		}

		listed := map[string]bool{}
		for _, rt := range s.table.routes {
			if !rt.fixed && len(rt.paths) > 0 && rt.kind != kindAPI {
				t.Errorf("%s: %s answers for each request but lists paths", name, rt.pattern)
			}
			for _, p := range rt.paths {
				if listed[p] {
					t.Errorf("%s: %s is listed twice", name, p)
				}
				listed[p] = true
				if _, pattern := mux.Handler(getRequest(p)); pattern != rt.pattern {
					t.Errorf("%s: %s is listed under %s but %s answers it", name, p, rt.pattern, pattern)
				}
				if w := get(p); w.Code != http.StatusOK {
					t.Errorf("%s: %s (%s): status %d", name, p, rt.pattern, w.Code)
				}
			}
		}
		if !slices.Equal(sorted(s.Paths()), sorted(keys(listed))) {
			t.Errorf("%s: Paths() is not the table's paths", name)
		}
		if len(listed) < len(lib.Guides) {
			t.Fatalf("%s: the table lists only %d paths", name, len(listed))
		}

		// Paths near the table's: each listed path with a letter more,
		// each fixed pattern with its wildcards filled with nonsense, and
		// the old paths of redirects.
		var probes []string
		for p := range listed {
			probes = append(probes, p+"x", strings.TrimSuffix(p, "/")+"/x")
		}
		for _, rt := range s.table.routes {
			_, path, _ := strings.Cut(rt.pattern, " ")
			if path == "" {
				path = rt.pattern
			}
			path = strings.ReplaceAll(path, "{$}", "")
			for strings.Contains(path, "{") {
				i := strings.Index(path, "{")
				j := strings.Index(path, "}")
				path = path[:i] + "no-such-thing" + path[j+1:]
			}
			probes = append(probes, path)
		}
		for _, r := range lib.Redirects {
			probes = append(probes, r.From)
		}
		// Every page the handlers hold, and every address the pages link.
		for p := range s.pages {
			probes = append(probes, p)
		}
		link := regexp.MustCompile(`(?:href|src|action)="(/[^"?#]*)`)
		for p := range listed {
			for _, m := range link.FindAllStringSubmatch(get(p).Body.String(), -1) {
				probes = append(probes, m[1])
			}
		}
		for _, p := range probes {
			if listed[p] {
				continue
			}
			w := get(p)
			if w.Code != http.StatusOK {
				continue
			}
			_, pattern := mux.Handler(getRequest(p))
			if rt := s.table.byPattern[pattern]; rt == nil || rt.fixed {
				t.Errorf("%s: %s is answered (by %s) but is not in the table", name, p, pattern)
			}
		}

		if !static {
			continue
		}
		dir := t.TempDir()
		if _, err := s.Export(dir); err != nil {
			t.Fatal(err)
		}
		written := map[string]bool{}
		err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(dir, p)
			written[filepath.ToSlash(rel)] = true
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		files := map[string]bool{"_redirects": true, "_headers": true, "404.html": true}
		for p := range listed {
			f := FileFor(p)
			files[f] = true
			if !written[f] {
				t.Errorf("%s: the export did not write %s", p, f)
				continue
			}
			if !written[f+".gz"] {
				continue
			}
			plain, _ := os.ReadFile(filepath.Join(dir, f))
			zipped, _ := os.ReadFile(filepath.Join(dir, f+".gz"))
			zr, err := gzip.NewReader(bytes.NewReader(zipped))
			if err != nil {
				t.Errorf("%s.gz: %v", f, err)
				continue
			}
			if b, err := io.ReadAll(zr); err != nil || !bytes.Equal(b, plain) {
				t.Errorf("%s.gz does not hold %s (%v)", f, f, err)
			}
		}
		for f := range written {
			if !files[strings.TrimSuffix(f, ".gz")] {
				t.Errorf("the export wrote %s, which the table does not list", f)
			}
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func sorted(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return out
}

package main

import (
	"bytes"
	"context"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

	"firststeps/content"
	"firststeps/internal/date"
	"firststeps/internal/library"
	"firststeps/internal/web"
)

// copyFS writes every file of fsys to a new folder and returns it.
func copyFS(t testing.TB, fsys fs.FS) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func redirectsYAML(t testing.TB, from, to string) []byte {
	t.Helper()
	b, err := yaml.Marshal(map[string][]map[string]string{"redirects": {{"from": from, "to": to}}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// runCmd runs a command with a context already cancelled, so serve, if it
// starts at all, stops at once.
func runCmd(args ...string) (int, string) {
	var out bytes.Buffer
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	code := run(ctx, args, strings.NewReader(""), &out, &out)
	return code, out.String()
}

// TestRedirectsLintServeBuild puts each kind of bad old path found in the
// wild into the real content's redirects.yaml: lint rejects every one, and
// serve and build refuse the content with a message, never a panic. A good
// one passes all three, and the server and the static site send it on.
func TestRedirectsLintServeBuild(t *testing.T) {
	dir := copyFS(t, content.FS())
	file := filepath.Join(dir, library.RedirectsFile)
	tests := []struct{ from, rule string }{
		// Not plain paths: these crashed serve and build.
		{"/uk/old/", "redirect"}, {"/..", "redirect"}, {"/.", "redirect"}, {"/uk/{x...}", "redirect"},
		{"/{$}", "redirect"}, {"/uk/a\tb", "redirect"}, {`/uk\..\..\evil`, "redirect"},
		// Routes and pages the server has.
		{"/healthz", "redirect-shadow"}, {"/record", "redirect-shadow"}, {"/search", "redirect-shadow"},
		{"/record-sw.js", "redirect-shadow"}, {"/emergency", "redirect-shadow"}, {"/services", "redirect-shadow"},
		{"/start", "redirect-shadow"}, {"/start/no", "redirect-shadow"}, {"/uk", "redirect-shadow"},
		{"/uk/category/threats-and-blackmail", "redirect-shadow"}, {"/uk/secretly-recorded/under-18", "redirect-shadow"},
		{"/uk/threat-to-share-images", "redirect-shadow"}, {"/sitemap.xml", "redirect-shadow"}, {"/search-index.json", "redirect-shadow"},
		// Files of the static build.
		{"/uk/index.html", "redirect-file"}, {"/index.html.gz", "redirect-file"}, {"/sitemap.xml/old", "redirect-file"},
		{"/_redirects", "redirect-file"}, {"/404.html", "redirect-file"},
	}
	for _, tt := range tests {
		t.Run(tt.from, func(t *testing.T) {
			if err := os.WriteFile(file, redirectsYAML(t, tt.from, "uk/already-paid"), 0o644); err != nil {
				t.Fatal(err)
			}
			code, out := runCmd("lint", "-content", dir)
			if code != exitFail || !strings.Contains(out, ": "+tt.rule+": ") {
				t.Errorf("lint exited %d, want 1 with rule %s:\n%s", code, tt.rule, out)
			}
			if code, out := runCmd("build", "-content", dir, "-o", t.TempDir()); code != exitFail || !strings.Contains(out, tt.rule) {
				t.Errorf("build exited %d, want 1 naming %s:\n%s", code, tt.rule, out)
			}
			if code, out := runCmd("serve", "-content", dir, "-addr", "127.0.0.1:0"); code != exitFail || !strings.Contains(out, tt.rule) {
				t.Errorf("serve exited %d, want 1 naming %s:\n%s", code, tt.rule, out)
			}
		})
	}

	// A good one.
	if err := os.WriteFile(file, redirectsYAML(t, "/uk/old-threats", "uk/threat-to-share-images"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out := runCmd("lint", "-content", dir); code != exitOK {
		t.Fatalf("lint exited %d:\n%s", code, out)
	}
	out := t.TempDir()
	if code, msg := runCmd("build", "-content", dir, "-o", out); code != exitOK {
		t.Fatalf("build exited %d:\n%s", code, msg)
	}
	if b, err := os.ReadFile(filepath.Join(out, "uk", "old-threats", "index.html")); err != nil || !bytes.Contains(b, []byte("/uk/threat-to-share-images")) {
		t.Errorf("the static site's page for the old path: %v\n%.300s", err, b)
	}
	lib := loadValid(env{stderr: &bytes.Buffer{}}, "test", dir, library.Options{})
	s, err := web.New(web.Config{Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/uk/old-threats", nil))
	if w.Code != http.StatusMovedPermanently || w.Header().Get("Location") != "/uk/threat-to-share-images" {
		t.Errorf("GET /uk/old-threats: %d to %q", w.Code, w.Header().Get("Location"))
	}
}

// FuzzRedirects takes any old path through lint, then, if lint passes it,
// through the server and the static build: neither may panic, the server
// must send the old path on, every page it served before must still be
// served, and every file the build writes must be inside its folder.
func FuzzRedirects(f *testing.F) {
	for _, s := range []string{"/uk/old", "/uk/old/", "/..", "/.", "/uk/{x...}", "/{$}", "/healthz", "/record", "/search",
		"/uk/category/threats", "/uk/valid/under-18", "/uk/a\tb", `/uk\..\evil`, "/uk/index.html", "/sitemap.xml/x", "/static/x.css",
		"/start/no", "/uk/valid", "//x", "/uk/%2e", "/~", "/a.b.c/d", "/_headers"} {
		f.Add(s)
	}
	base := fstest.MapFS{}
	root := os.DirFS(filepath.Join("..", "..", "internal", "library", "testdata", "base"))
	if err := fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(root, p)
		base[p] = &fstest.MapFile{Data: b}
		return err
	}); err != nil {
		f.Fatal(err)
	}
	opt := library.Options{Today: date.New(2026, 3, 1)}
	lib0, probs := library.Load(base, opt)
	if lib0 == nil {
		f.Fatalf("base: %v", probs)
	}
	s0, err := web.New(web.Config{Library: lib0})
	if err != nil {
		f.Fatal(err)
	}
	before := s0.Paths()
	f.Fuzz(func(t *testing.T, from string) {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys[library.RedirectsFile] = &fstest.MapFile{Data: redirectsYAML(t, from, "uk/valid")}
		lib, _ := library.Load(fsys, opt)
		if lib == nil || web.CheckRedirects(lib).HasErrors() {
			return // lint said no
		}
		s, err := web.New(web.Config{Library: lib})
		if err != nil {
			t.Fatalf("lint passed %q but the server refused it: %v", from, err)
		}
		h := s.Handler()
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "http://site"+from, nil))
		if w.Code != http.StatusMovedPermanently || w.Header().Get("Location") != "/uk/valid" {
			t.Errorf("GET %q: %d to %q, want 301 to /uk/valid", from, w.Code, w.Header().Get("Location"))
		}
		for _, p := range before {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, p, nil))
			if w.Code != http.StatusOK {
				t.Errorf("with a redirect from %q, %s answers %d", from, p, w.Code)
			}
		}
		st, err := web.New(web.Config{Library: lib, Static: true})
		if err != nil {
			t.Fatalf("lint passed %q but the static build refused it: %v", from, err)
		}
		out := t.TempDir()
		if _, err := st.Export(filepath.Join(out, "site")); err != nil {
			t.Fatalf("lint passed %q but the build failed: %v", from, err)
		}
		names, _ := os.ReadDir(out)
		if len(names) != 1 || names[0].Name() != "site" {
			t.Errorf("the build of %q wrote outside its folder: %v", from, names)
		}
	})
}

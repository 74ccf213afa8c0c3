package web_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/sitetest"
	"firststeps/internal/web"
)

// TestExport exports the real library into a folder, serves the folder
// with a plain file server, and checks the export against the handler it
// came from: every page exists with the same body, every internal link
// resolves, the sitemap and redirects are valid, and every page keeps to
// the weight budget.
func TestExport(t *testing.T) {
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatal(probs)
	}
	srv, err := web.New(web.Config{Library: lib, Static: true, BaseURL: "https://example.org"})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	st, err := srv.Export(dir)
	if err != nil {
		t.Fatal(err)
	}
	if st.Files < len(lib.Guides)+10 || st.Compressed == 0 || st.Compressed > st.Files || st.Bytes == 0 {
		t.Errorf("export stats %+v", st)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "_headers")); err != nil || !bytes.Contains(b, []byte("Strict-Transport-Security: max-age=31536000")) {
		t.Errorf("_headers lacks Strict-Transport-Security (%v):\n%s", err, b)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "_headers")); err != nil || !bytes.Contains(b, []byte("/api/*\n  Access-Control-Allow-Origin: *\n")) {
		t.Errorf("_headers does not let other sites read the API's files (%v):\n%s", err, b)
	}
	// The partner API's read-only parts, for a CDN copy.
	for _, f := range []string{"api/v1/openapi.json", "api/v1/guides.json", "api/v1/guides/uk/cyberflashing.json", "api/v1/services/uk.json", "api/v1/services/us.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("the export lacks %s: %v", f, err)
		}
	}
	files := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer files.Close()

	live, err := web.New(web.Config{Library: lib, Static: true, BaseURL: "https://example.org"})
	if err != nil {
		t.Fatal(err)
	}
	h := live.Handler()
	fetch := func(path string) (int, []byte) {
		resp, err := http.Get(files.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, b
	}

	t.Run("every page, same body", func(t *testing.T) {
		paths := live.Paths()
		if len(paths) < len(lib.Guides)+10 {
			t.Fatalf("only %d paths", len(paths))
		}
		for _, p := range paths {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, p, nil))
			code, body := fetch(p)
			if code != 200 {
				t.Errorf("%s: export status %d", p, code)
				continue
			}
			if !bytes.Equal(body, w.Body.Bytes()) {
				t.Errorf("%s: export differs from the server's page", p)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "404.html")); err != nil {
			t.Error("no 404.html")
		}
	})

	t.Run("internal links resolve", func(t *testing.T) {
		link := regexp.MustCompile(`(?:href|src|action)="(/[^"]*)"`)
		checked := 0
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			for _, m := range link.FindAllStringSubmatch(string(b), -1) {
				target, _, _ := strings.Cut(m[1], "?")
				target, _, _ = strings.Cut(target, "#")
				if code, _ := fetch(target); code != 200 {
					rel, _ := filepath.Rel(dir, p)
					t.Errorf("%s links to %s, which the export lacks (%d)", rel, m[1], code)
				}
				checked++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if checked < 500 {
			t.Errorf("checked only %d links", checked)
		}
	})

	t.Run("sitemap", func(t *testing.T) {
		_, b := fetch("/sitemap.xml")
		var set struct {
			URLs []struct {
				Loc     string `xml:"loc"`
				LastMod string `xml:"lastmod"`
			} `xml:"url"`
		}
		if err := xml.Unmarshal(b, &set); err != nil {
			t.Fatalf("sitemap is not XML: %v", err)
		}
		lastmod := map[string]string{}
		for _, u := range set.URLs {
			if !strings.HasPrefix(u.Loc, "https://example.org/") {
				t.Errorf("%s is not absolute on the base URL", u.Loc)
				continue
			}
			if code, _ := fetch(strings.TrimPrefix(u.Loc, "https://example.org")); code != 200 {
				t.Errorf("sitemap lists %s, which the export lacks", u.Loc)
			}
			lastmod[u.Loc] = u.LastMod
		}
		for _, g := range lib.Guides {
			if got := lastmod["https://example.org/"+g.ID]; got != g.Reviewed.String() {
				t.Errorf("%s: lastmod %q, want %s", g.ID, got, g.Reviewed)
			}
		}
		_, robots := fetch("/robots.txt")
		if !strings.Contains(string(robots), "Sitemap: https://example.org/sitemap.xml") || !strings.Contains(string(robots), "Disallow: /search") {
			t.Errorf("robots.txt:\n%s", robots)
		}
	})

	t.Run("redirects", func(t *testing.T) {
		b, err := os.ReadFile(filepath.Join(dir, "_redirects"))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, line := range strings.Split(string(b), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Fields(line)
			if len(f) != 3 || f[2] != "301" {
				t.Errorf("bad _redirects line %q", line)
				continue
			}
			if code, _ := fetch(f[1]); code != 200 {
				t.Errorf("%s redirects to %s, which the export lacks", f[0], f[1])
			}
			_, page := fetch(f[0])
			for _, want := range []string{`http-equiv="refresh" content="0; url=` + f[1] + `"`, `rel="canonical" href="https://example.org` + f[1] + `"`} {
				if !strings.Contains(string(page), want) {
					t.Errorf("%s: the moved page lacks %s", f[0], want)
				}
			}
			n++
		}
		if n != len(lib.Redirects) {
			t.Errorf("%d redirects written, want %d", n, len(lib.Redirects))
		}
	})

	t.Run("guides carry structured data and dates", func(t *testing.T) {
		g := lib.Guides[0]
		_, page := fetch("/" + g.ID)
		for _, want := range []string{`<script type="application/ld+json">`, `"@type":"Article"`, `"@type":"BreadcrumbList"`, `"datePublished":"` + g.Created.String(), `"dateModified":"` + g.Reviewed.String(), `<link rel="canonical" href="https://example.org/` + g.ID + `">`, "Published ", "Last reviewed "} {
			if !strings.Contains(string(page), want) {
				t.Errorf("%s lacks %s", g.ID, want)
			}
		}
		if strings.Contains(string(page), "og:image") {
			t.Error("og:image present")
		}
		_, idx := fetch("/index.json")
		if !strings.Contains(string(idx), `"review_due":"`+g.ReviewBy.String()+`"`) {
			t.Error("index.json lacks the review due date")
		}
	})

	t.Run("page weight", func(t *testing.T) {
		asset := regexp.MustCompile(`(?:href|src)="(/static/[^"]+)"`)
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
				return err
			}
			gz, err := os.Stat(p + ".gz")
			if err != nil {
				return err
			}
			total := gz.Size()
			plain, _ := os.ReadFile(p)
			for _, m := range asset.FindAllStringSubmatch(string(plain), -1) {
				st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(m[1])+".gz"))
				if err != nil {
					return err
				}
				total += st.Size()
			}
			if total > 14*1024 {
				rel, _ := filepath.Rel(dir, p)
				t.Errorf("%s weighs %d bytes compressed with its CSS and JS", rel, total)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// TestExportAgain builds the site twice into one folder, as an editor
// does: the second build leaves every file whose bytes are the same as it
// was, and writes again one that differs, with a .gz copy of its new
// bytes; the folder then holds what a fresh build writes.
func TestExportAgain(t *testing.T) {
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatal(probs)
	}
	export := func(dir string) web.ExportStats {
		t.Helper()
		srv, err := web.New(web.Config{Library: lib, Static: true})
		if err != nil {
			t.Fatal(err)
		}
		st, err := srv.Export(dir)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	dir, fresh := t.TempDir(), t.TempDir()
	first := export(dir)
	if first.Unchanged != 0 {
		t.Errorf("a build into an empty folder found %d files unchanged", first.Unchanged)
	}
	page := filepath.Join(dir, "uk", "cyberflashing", "index.html")
	want, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	// An earlier build's page, from other content: the same length, or not.
	stale := bytes.Replace(want, []byte("<title>"), []byte("<title>Old "), 1)
	if err := os.WriteFile(page, stale, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page+".gz", []byte("not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The home page's .gz, marked with a time no build writes.
	home := filepath.Join(dir, "index.html.gz")
	long := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := os.Chtimes(home, long, long); err != nil {
		t.Fatal(err)
	}
	second := export(dir)
	// Every page and file but the one changed and the two host files,
	// which are written each time.
	if got, want := second.Unchanged, first.Files-3; got != want {
		t.Errorf("second build: %d files unchanged, want %d", got, want)
	}
	if second.Files != first.Files || second.Compressed != first.Compressed || second.Bytes != first.Bytes {
		t.Errorf("second build %+v, first %+v: they count the same site", second, first)
	}
	if fi, err := os.Stat(home); err != nil || !fi.ModTime().Equal(long) {
		t.Error("the second build wrote the home page's .gz again, though the page had not changed")
	}
	export(fresh)
	sitetest.SameFiles(t, dir, fresh)
}

// TestExportSaysNothingOfTheClock exports the site at two moments far
// apart (a winter weekday morning, a bank holiday at night a year on):
// every file is the same. The static site shows opening hours, never
// "open now", and the build's ledger (web.Ledger) keeps a page made on
// one day for the next on that promise.
func TestExportSaysNothingOfTheClock(t *testing.T) {
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatal(probs)
	}
	export := func(now time.Time) string {
		t.Helper()
		srv, err := web.New(web.Config{Library: lib, Static: true, Now: func() time.Time { return now }})
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		if _, err := srv.Export(dir); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	a := export(time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC))
	b := export(time.Date(2027, 12, 25, 3, 0, 0, 0, time.UTC))
	n := 0
	err := filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".gz") {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs from one day to another", rel)
		}
		n++
		return nil
	})
	if err != nil || n < 100 {
		t.Fatalf("compared %d files: %v", n, err)
	}
}

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

	"firststeps/content"
	"firststeps/internal/library"
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

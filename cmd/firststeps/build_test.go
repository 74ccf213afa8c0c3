package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"firststeps/internal/sitetest"
)

// TestBuild runs the build command on the built-in content: it writes the
// site and says how much. (internal/web tests the export itself.)
func TestBuild(t *testing.T) {
	dir := t.TempDir()
	var out, errs bytes.Buffer
	if code := run(context.Background(), []string{"build", "-o", dir, "-base-url", "https://example.org"}, nil, &out, &errs); code != 0 {
		t.Fatalf("build exit %d: %s", code, errs.String())
	}
	if !regexp.MustCompile(`^wrote \d+ pages and files \(\d+ with \.gz\), \d+\.\d MB, to ` + regexp.QuoteMeta(dir) + ` in `).MatchString(out.String()) {
		t.Errorf("stdout: %q", out.String())
	}
	for _, f := range []string{"index.html", "index.html.gz", "sitemap.xml", "404.html", "_redirects", "_headers"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("the build lacks %s: %v", f, err)
		}
	}
	if code := run(context.Background(), []string{"build"}, nil, &out, &errs); code != exitUsage {
		t.Errorf("build with no -o: exit %d, want %d", code, exitUsage)
	}
}

// TestBuildAgain builds a content folder into one folder as an editor
// does, with the parse cache and the list of files the last build wrote:
// the second build makes no page again; after an edit to a guide's body,
// the folder holds what a build from nothing writes; after an edit to a
// registry, every page is made again.
func TestBuildAgain(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	src := copyContent(t, t.TempDir())
	out := t.TempDir()
	build := func(args ...string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), append([]string{"build", "-content", src}, args...), nil, &stdout, &stderr); code != 0 || stderr.Len() > 0 {
			t.Fatalf("build exit %d: %s", code, stderr.String())
		}
		return stdout.String()
	}
	kept := regexp.MustCompile(`; (\d+) of them not made again\)`)
	if first := build("-o", out); kept.MatchString(first) {
		t.Errorf("the first build kept files: %s", first)
	}
	if _, err := os.Stat(filepath.Join(os.Getenv("XDG_CACHE_HOME"), "firststeps", "build-files.bin")); err != nil {
		t.Fatalf("the build kept no list of its files: %v", err)
	}
	terms := filepath.Join(os.Getenv("XDG_CACHE_HOME"), "firststeps", "build-terms.bin")
	before, err := os.Stat(terms)
	if err != nil {
		t.Fatalf("the build kept no analyses for the search indexes: %v", err)
	}
	if second := build("-o", out); !kept.MatchString(second) {
		t.Errorf("the second build made every page again: %s", second)
	}
	if after, err := os.Stat(terms); err != nil || !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("a build that made no search index wrote its analyses again (%v)", err)
	}

	editFile(t, filepath.Join(src, "guides", "uk", "already-paid.md"), "- Telling family or friends.", "- This sentence was added by an editor.\n- Telling family or friends.")
	if third := build("-o", out); !kept.MatchString(third) {
		t.Errorf("after one edit, the build made every page again: %s", third)
	}
	page, err := os.ReadFile(filepath.Join(out, "uk", "already-paid", "index.html"))
	if err != nil || !bytes.Contains(page, []byte("This sentence was added by an editor.")) {
		t.Errorf("the edited guide's page does not hold the edit (%v)", err)
	}
	fresh := t.TempDir()
	build("-cache=false", "-o", fresh)
	sitetest.SameFiles(t, out, fresh)

	editFile(t, filepath.Join(src, "services.yaml"), "\n", "\n# edited\n")
	if fourth := build("-o", out); kept.MatchString(fourth) {
		t.Errorf("after a registry changed, the build kept pages: %s", fourth)
	}
}

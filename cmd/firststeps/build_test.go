package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"
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

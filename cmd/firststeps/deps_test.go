package main

import (
	"os/exec"
	"strings"
	"testing"
)

// allowedModules are the modules the binary may depend on, with why. A new
// one needs a reason in its commit and a line here.
var allowedModules = map[string]string{
	"firststeps":                      "",
	"github.com/klauspost/compress":   "gzip pages, twice as fast as compress/gzip",
	"github.com/jdkato/prose/v3":      "syllable counts for readability",
	"gopkg.in/neurosnap/sentences.v1": "with prose",
	"github.com/kljensen/snowball":    "English stemming for search",
	"github.com/yuin/goldmark":        "Markdown",
	"go.yaml.in/yaml/v3":              "YAML with line numbers",
	"golang.org/x/text":               "Unicode normalisation",
	"golang.org/x/net":                "HTML parsing (the API's guide sections)",
}

func TestBinaryDependencies(t *testing.T) {
	out := goList(t, "{{with .Module}}{{.Path}}{{end}}")
	seen := map[string]bool{}
	for _, m := range strings.Fields(out) {
		_, ok := allowedModules[m]
		if seen[m] || ok {
			seen[m] = true
			continue
		}
		seen[m] = true
		t.Errorf("cmd/firststeps depends on %s, which is not on the allow-list in deps_test.go", m)
	}
	for _, m := range []string{"github.com/chromedp/chromedp", "github.com/google/go-cmp"} {
		if seen[m] {
			t.Errorf("test-only module %s is linked into the binary", m)
		}
	}
}

// TestNoCrawlerInServer: the page checker, its main-text extractor
// (go-trafilatura, which alone made the server binary half as large
// again) and its robots.txt and rate-limit libraries belong to
// cmd/firststeps-sources, never to the server.
func TestNoCrawlerInServer(t *testing.T) {
	for _, p := range strings.Fields(goList(t, "{{.ImportPath}}")) {
		for _, crawler := range []string{"firststeps/internal/sources", "github.com/markusmobius/go-trafilatura", "github.com/go-shiori/go-readability", "github.com/temoto/robotstxt", "golang.org/x/time"} {
			if p == crawler || strings.HasPrefix(p, crawler+"/") {
				t.Errorf("cmd/firststeps links %s, which belongs to cmd/firststeps-sources", p)
			}
		}
	}
}

// goList runs go list -deps on this command with the given format.
func goList(t *testing.T, format string) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", "-f", format, ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	return string(out)
}

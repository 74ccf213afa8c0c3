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
	"golang.org/x/time":               "per-host rate limits (sources check)",
	"golang.org/x/net":                "HTML parsing (sources check, the API's guide sections)",
	"golang.org/x/sys":                "with x/net and zerolog",
	"golang.org/x/exp":                "with go-trafilatura",
	"github.com/temoto/robotstxt":     "robots.txt (sources check)",
	"github.com/tdewolff/minify/v2":   "smaller JavaScript and CSS, so /record fits one round trip",
	"github.com/tdewolff/parse/v2":    "with minify",
	"github.com/andybalholm/cascadia": "CSS selectors (sources check)",
	// go-trafilatura, the main-text extractor the sources check uses, and
	// what it brings.
	"github.com/markusmobius/go-trafilatura":  "main text (sources check)",
	"github.com/markusmobius/go-dateparser":   "with go-trafilatura",
	"github.com/markusmobius/go-domdistiller": "with go-trafilatura",
	"github.com/markusmobius/go-htmldate":     "with go-trafilatura",
	"github.com/go-shiori/dom":                "with go-trafilatura",
	"github.com/go-shiori/go-readability":     "with go-trafilatura",
	"github.com/RadhiFadlillah/whatlanggo":    "with go-trafilatura",
	"github.com/araddon/dateparse":            "with go-trafilatura",
	"github.com/elliotchance/pie/v2":          "with go-trafilatura",
	"github.com/forPelevin/gomoji":            "with go-trafilatura",
	"github.com/gogs/chardet":                 "with go-trafilatura",
	"github.com/hablullah/go-hijri":           "with go-trafilatura",
	"github.com/hablullah/go-juliandays":      "with go-trafilatura",
	"github.com/jalaali/go-jalaali":           "with go-trafilatura",
	"github.com/mattn/go-colorable":           "with go-trafilatura",
	"github.com/mattn/go-isatty":              "with go-trafilatura",
	"github.com/rivo/uniseg":                  "with go-trafilatura",
	"github.com/rs/zerolog":                   "with go-trafilatura",
	"github.com/yosssi/gohtml":                "with go-trafilatura",
}

func TestBinaryDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{with .Module}}{{.Path}}{{end}}", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	seen := map[string]bool{}
	for _, m := range strings.Fields(string(out)) {
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

package library_test

import (
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"firststeps/internal/library"
	"firststeps/internal/problem"
)

// TestReviewRulesFixed loads each review rule's broken fixture as it is,
// then with the broken sentence written the way the rule asks: the rule
// must report the first and stay quiet on the second, and the fixed
// library must load without a single problem. The broken guide is an
// error, not advice: the server, which loads without lint, refuses it.
func TestReviewRulesFixed(t *testing.T) {
	cases := []struct {
		rule     string
		bad, fix string
	}{
		{"law-source", "Threats like these are a crime.", "{{law:threats}}"},
		// Asking whether the reader is under 18 now is no claim to a
		// reader who said they are 18 or over.
		{"page-claim", "If you were under 18 when this started, Childline", "If you are under 18, Childline"},
		{"adult-service", "Example Helpline can help", "For adults, Example Helpline can help"},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			dir := filepath.Join("testdata/rules", c.rule)
			load := func(fix, lint bool) (*library.Library, problem.List) {
				fsys := fstest.MapFS{}
				readTree(t, "testdata/base", fsys)
				delete(fsys, "guides/uk/valid.md")
				f := fsys["flows.yaml"]
				f.Data = []byte(strings.ReplaceAll(string(f.Data), "guide:uk/valid", "guide:uk/broken"))
				r := fsys["redirects.yaml"]
				r.Data = []byte(strings.ReplaceAll(string(r.Data), "to: uk/valid", "to: uk/broken"))
				readTree(t, dir, fsys)
				if fix {
					g := fsys["guides/uk/broken.md"]
					if !strings.Contains(string(g.Data), c.bad) {
						t.Fatalf("fixture has no %q to fix", c.bad)
					}
					g.Data = []byte(strings.Replace(string(g.Data), c.bad, c.fix, 1))
				}
				return library.Load(fsys, library.Options{Today: today, Lint: lint})
			}
			_, probs := load(false, true)
			if got := format(probs.Errors()); !strings.Contains(got, ": "+c.rule+": ") {
				t.Errorf("broken fixture: want a %s error, got:\n%s", c.rule, format(probs))
			}
			if lib, probs := load(false, false); lib != nil || !probs.HasErrors() {
				t.Errorf("broken fixture: the server's load accepted it (problems: %s)", format(probs))
			}
			if _, probs := load(true, true); len(probs) != 0 {
				t.Errorf("fixed fixture: want no problems, got:\n%s", format(probs))
			}
			if lib, probs := load(true, false); lib == nil {
				t.Errorf("fixed fixture: the server's load refused it:\n%s", format(probs))
			}
		})
	}
}

// TestUnder18ScreenshotNeedsImages: a screenshot step needs its under-18
// caveat where intimate images exist; a guide that states no one has or
// threatens to share any (images:none) gives its step as it is.
func TestUnder18ScreenshotNeedsImages(t *testing.T) {
	for _, tc := range []struct {
		facet string
		want  bool
	}{{"images:threatened", true}, {"images:none", false}} {
		fsys := fstest.MapFS{}
		readTree(t, "testdata/base", fsys)
		readTree(t, "testdata/rules/under18-screenshot", fsys)
		for _, name := range []string{"guides/uk/valid.md", "flows.yaml"} {
			f := fsys[name]
			if !strings.Contains(string(f.Data), "images:threatened") {
				t.Fatalf("%s states no images:threatened to change", name)
			}
			f.Data = []byte(strings.ReplaceAll(string(f.Data), "images:threatened", tc.facet))
		}
		_, probs := library.Load(fsys, library.Options{Today: today, Lint: true})
		if got := strings.Contains(format(probs), ": under18-screenshot: "); got != tc.want {
			t.Errorf("%s: under18-screenshot reported: %v, want %v:\n%s", tc.facet, got, tc.want, format(probs))
		}
		if len(probs) > 0 && !tc.want {
			t.Errorf("%s: want no problems, got:\n%s", tc.facet, format(probs))
		}
	}
}

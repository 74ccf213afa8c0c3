package library_test

import (
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"firststeps/internal/library"
)

// TestReviewRulesFixed loads each review rule's broken fixture as it is,
// then with the broken sentence written the way the rule asks: the rule
// must report the first and stay quiet on the second, and the fixed
// library must load without a single problem.
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
			load := func(fix bool) string {
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
				_, probs := library.Load(fsys, library.Options{Today: today, Lint: true})
				return format(probs)
			}
			if got := load(false); !strings.Contains(got, ": "+c.rule+": ") {
				t.Errorf("broken fixture: want a %s problem, got:\n%s", c.rule, got)
			}
			if got := load(true); got != "" {
				t.Errorf("fixed fixture: want no problems, got:\n%s", got)
			}
		})
	}
}

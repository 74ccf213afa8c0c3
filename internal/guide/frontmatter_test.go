package guide

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"firststeps/internal/strictyaml"
)

// agree checks that the quick reader and strictyaml read fm the same way
// whenever the quick reader accepts it, and reports whether it did.
func agree(t *testing.T, fm []byte) bool {
	t.Helper()
	quick, ok := quickFrontMatter(fm, 1)
	if !ok {
		return false
	}
	var strict frontMatter
	if probs := strictyaml.DecodeAt("f.md", 1, fm, &strict); len(probs) > 0 {
		t.Fatalf("the quick reader accepted front matter strictyaml rejects (%v):\n%s", probs[0], fm)
	}
	if !reflect.DeepEqual(quick, strict) {
		t.Fatalf("the readers disagree on\n%s\nquick:  %+v\nstrict: %+v", fm, quick, strict)
	}
	return true
}

func realFrontMatter(t testing.TB) [][]byte {
	files, err := filepath.Glob("../../content/guides/*/*.md")
	if err != nil || len(files) == 0 {
		t.Fatal("no guides found", err)
	}
	var out [][]byte
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fm, _, _, ok := splitFrontMatter(src)
		if !ok {
			t.Fatalf("%s has no front matter", p)
		}
		out = append(out, fm)
	}
	return out
}

// TestQuickFrontMatterReadsOurGuides makes sure the quick reader is the one
// that reads our guides, and reads them as YAML does.
func TestQuickFrontMatterReadsOurGuides(t *testing.T) {
	for _, fm := range realFrontMatter(t) {
		if !agree(t, fm) {
			t.Errorf("the quick reader fell back on front matter written in house style:\n%s", fm)
		}
	}
}

func TestQuickFrontMatterFallsBack(t *testing.T) {
	tests := map[string]string{
		"comment":            "title: What to do if… x # note\n",
		"escape":             "title: \"What to do if\\u2026 x\"\n",
		"block scalar":       "title: >\n  What to do if… x\n",
		"unknown key":        "titel: What to do if… x\n",
		"duplicate key":      "title: a\ntitle: b\n",
		"null":               "title: ~\n",
		"empty":              "title:\n",
		"continued":          "title: What to do if\n  someone x\n",
		"list as text":       "title: [a, b]\n",
		"text as list":       "tags: a\n",
		"empty list":         "tags: []\n",
		"mapping in list":    "tags:\n  - a: b\n",
		"mixed indent":       "tags:\n  - a\n   - b\n",
		"bad date":           "date_created: 2026-13-01\n",
		"quoted date":        "date_created: \"2026-11-21\"\n",
		"unknown source":     "sources:\n  - url: https://a.uk\n    where: x\n",
		"tab":                "title: a\tb\n",
		"blank line":         "title: a\n\ncategory: b\n",
		"anchor":             "category: &c x\n",
		"flow colon":         "related: [uk/a, b: c]\n",
		"two spaces":         "title:  a\n",
		"source on own line": "sources:\n  -\n    url: https://a.uk\n",
	}
	for name, fm := range tests {
		if _, ok := quickFrontMatter([]byte(fm), 1); ok {
			t.Errorf("%s: the quick reader accepted %q; strictyaml must read it", name, fm)
		}
	}
}

// FuzzFrontMatter checks the quick reader against strictyaml on any input:
// whatever the quick reader accepts, strictyaml must read the same way,
// without a problem.
func FuzzFrontMatter(f *testing.F) {
	for _, fm := range realFrontMatter(f)[:4] {
		f.Add(fm)
	}
	for _, s := range []string{
		"title: \"What to do if… a\"\ntags: [a, b]\n",
		"tags:\n- a\n- b\nrelated:\n    - uk/x\n",
		"sources:\n- url: https://a.uk\n  checked: 2026-01-02\n  supports: 'x'\n",
		"title: null\naudience: [adult, 12, true]\n",
		"title: 'it''s'\nseo_title: a:b\ncategory: .inf\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, fm []byte) {
		agree(t, fm)
	})
}

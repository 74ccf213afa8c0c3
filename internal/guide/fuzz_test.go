package guide_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"firststeps/internal/date"
	"firststeps/internal/guide"
)

type refs struct{}

func (refs) Named(kind, id string) (string, bool) { return "", false }

func (refs) Ref(service, contact string) (guide.Ref, bool) {
	if service == "police-999" {
		return guide.Ref{Text: "999", Href: "tel:999"}, true
	}
	return guide.Ref{}, false
}

// FuzzParse feeds any bytes to the guide parser. It must never panic; when
// it returns a guide, the guide is consistent with its path, and every
// problem names the file and a rule.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../../content/guides/uk/*.md")
	for _, p := range files[:min(4, len(files))] {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	rules, _ := filepath.Glob("../library/testdata/rules/*/guides/uk/*.md")
	for _, p := range rules {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("---\ntitle: [\n---\n## Short answer\n"))
	f.Add([]byte("---\ntags: {a: b}\nsources: [{url: 1}]\n---\n## Short answer\n{{police-999}} {{\n"))
	f.Add([]byte("\ufeff---\r\nx: 1\r\n---\r\n"))
	opt := guide.Options{Resolver: refs{}, Today: date.New(2026, 11, 21), Style: guide.Style{MinTags: 3, MinReadingEase: 50, ReadabilityMinWords: 10, BlamePhrases: []string{"your fault"}}}
	f.Fuzz(func(t *testing.T, src []byte) {
		g, probs := guide.Parse("guides/uk/fuzz.md", src, opt)
		for _, p := range probs {
			if p.File != "guides/uk/fuzz.md" || p.Rule == "" || p.Line < 0 {
				t.Fatalf("malformed problem %+v", p)
			}
		}
		if g == nil {
			if len(probs) == 0 {
				t.Fatal("no guide and no problem")
			}
			return
		}
		if g.ID != "uk/fuzz" || g.Slug != "fuzz" {
			t.Fatalf("id %q slug %q", g.ID, g.Slug)
		}
		if !probs.HasErrors() {
			for k, s := range g.Sections {
				if s.Heading == "" || (k < guide.Resources && strings.TrimSpace(string(s.HTML)) == "") {
					t.Fatalf("valid guide with empty section %d", k)
				}
			}
		}
	})
}

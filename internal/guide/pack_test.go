package guide_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"firststeps/internal/date"
	"firststeps/internal/guide"
)

// TestPackHTML checks that a guide loaded with its HTML packed gives every
// section's HTML back as a guide loaded without packing holds it (packers
// are reused from guide to guide), and holds none of it unpacked.
func TestPackHTML(t *testing.T) {
	files, _ := filepath.Glob("../../content/guides/*/*.md")
	if len(files) < 2 {
		t.Fatal("no guides found under content/guides")
	}
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := "guides/" + filepath.Base(filepath.Dir(p)) + "/" + filepath.Base(p)
		opt := guide.Options{Resolver: refs{}, Today: date.New(2026, 11, 21)}
		plain, _ := guide.Parse(name, src, opt)
		opt.PackHTML = true
		packed, _ := guide.Parse(name, src, opt)
		if plain == nil || packed == nil {
			t.Fatalf("%s: not parsed", name)
		}
		got := packed.SectionsHTML()
		for k := range plain.Sections {
			if want := plain.Sections[k].HTML; got[k] != want {
				t.Errorf("%s: section %q unpacked as %.80q, want %.80q", name, guide.SectionHeadings[k], got[k], want)
			}
			if packed.Sections[k].HTML != "" {
				t.Errorf("%s: section %q keeps its HTML unpacked too", name, guide.SectionHeadings[k])
			}
		}
		if !strings.Contains(string(got[guide.DoNow]), "<li>") {
			t.Errorf("%s: What to do now unpacked without its steps: %.80q", name, got[guide.DoNow])
		}
	}
}

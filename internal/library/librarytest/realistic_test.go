package librarytest_test

import (
	"bytes"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"firststeps/internal/library"
	"firststeps/internal/library/librarytest"
	"firststeps/internal/problem"
)

// TestRealisticLints loads 1,000 realistic guides as firststeps lint does,
// alone and beside the real guides: no errors, and no warnings but a few
// near-duplicates among guides of one situation (the library tells
// situations apart by who they happen to, how and where, and their pages
// share some steps). Run with -v for the warnings by rule.
func TestRealisticLints(t *testing.T) {
	if testing.Short() {
		t.Skip("lints a thousand guides")
	}
	for _, real := range []bool{false, true} {
		r := librarytest.NewRealistic(1000, librarytest.RealisticOptions{Real: real})
		lib, probs := library.Load(r.FS, library.Options{Lint: true, NoHTML: true})
		if lib == nil || probs.HasErrors() {
			t.Fatalf("real=%v: %d errors, first: %v", real, len(probs.Errors()), probs.Errors()[:min(5, len(probs.Errors()))])
		}
		rules := map[string]int{}
		for _, p := range probs.Warnings() {
			rules[p.Rule]++
		}
		t.Logf("real=%v: %d UK guides, warnings by rule: %v", real, len(lib.GuidesOf("uk")), rules)
		for rule, n := range rules {
			if rule != "near-duplicate" {
				t.Errorf("real=%v: %d %s warnings, e.g. %v", real, n, rule, firstOf(probs.Warnings(), rule))
			}
		}
		if n := rules["near-duplicate"]; n > len(r.Guides)*15/100 {
			t.Errorf("real=%v: %d near-duplicate warnings in %d guides", real, n, len(r.Guides))
		}
	}
}

func firstOf(probs problem.List, rule string) string {
	for _, p := range probs {
		if p.Rule == rule {
			return p.String()
		}
	}
	return ""
}

// TestRealisticVaried checks the library is many situations, each its own
// guide: at least 1,000 guides with distinct titles and tags, over many
// areas of life and more than a hundred situations, and room for 10,000.
func TestRealisticVaried(t *testing.T) {
	r := librarytest.NewRealistic(1000, librarytest.RealisticOptions{})
	if len(r.Guides) != 1000 {
		t.Fatalf("%d guides, want 1000", len(r.Guides))
	}
	if max := librarytest.MaxRealistic(); max < 10000 {
		t.Errorf("the lexicon makes at most %d guides; benchmarks need 10,000", max)
	}
	events := map[string]bool{}
	titles := map[string]string{}
	tagOwner := map[string]int{}
	for _, g := range r.Guides {
		events[g.Event] = true
		page := r.FS["guides/"+g.ID+".md"].Data
		title := frontLine(page, "title")
		if other, ok := titles[title]; ok {
			t.Errorf("%s and %s share the title %s", g.ID, other, title)
		}
		titles[title] = g.ID
		for _, tag := range tagsOf(page) {
			tagOwner[tag]++
		}
	}
	if len(r.Domains) < 12 || len(events) < 100 {
		t.Errorf("%d areas and %d situations; want at least 12 and 100", len(r.Domains), len(events))
	}
	// A tag shared by many guides says nothing about any of them.
	shared := 0
	for _, n := range tagOwner {
		if n > 20 {
			shared++
		}
	}
	t.Logf("%d guides, %d situations in %d areas, %d distinct tags (%d on more than 20 guides)", len(r.Guides), len(events), len(r.Domains), len(tagOwner), shared)
}

// TestRealisticHeldOut checks the held-out phrasings are held out: none is
// a tag of any guide, none appears in its guide's page, every guide has
// three, and about a third are for development.
func TestRealisticHeldOut(t *testing.T) {
	r := librarytest.NewRealistic(1000, librarytest.RealisticOptions{HoldOutTag: true})
	allTags := map[string]bool{}
	pages := map[string]string{}
	for _, g := range r.Guides {
		page := r.FS["guides/"+g.ID+".md"].Data
		for _, tag := range tagsOf(page) {
			allTags[norm(tag)] = true
		}
		pages[g.ID] = norm(string(page))
	}
	asks := map[string]int{}
	dev, kinds := 0, map[string]int{}
	for _, q := range r.Queries {
		kinds[q.Kind]++
		if q.Dev {
			dev++
		}
		n := norm(q.Text)
		switch {
		case allTags[n]:
			t.Errorf("%s: %q is a tag of a guide", q.ID, q.Text)
		case q.Kind == "ask" && strings.Contains(pages[q.ID], n):
			t.Errorf("%s: %q is in its page", q.ID, q.Text)
		case q.Kind == "tag" && strings.Contains(pages[q.ID], "\""+n+"\""):
			t.Errorf("%s: held-out tag %q is still on its page", q.ID, q.Text)
		}
		if q.Kind == "ask" {
			asks[q.ID]++
		}
	}
	for _, g := range r.Guides {
		if asks[g.ID] != 3 {
			t.Errorf("%s has %d held-out phrasings, want 3", g.ID, asks[g.ID])
		}
	}
	if kinds["tag"] != len(r.Guides) {
		t.Errorf("%d held-out tags for %d guides", kinds["tag"], len(r.Guides))
	}
	if share := float64(dev) / float64(len(r.Queries)); share < 0.2 || share > 0.45 {
		t.Errorf("%.0f%% of phrasings are for development, want about a third", 100*share)
	}
}

// TestRealisticDeterministic checks the same size gives the same library,
// and a smaller library's guides are the first of a larger one's, word for
// word but for the links between them.
func TestRealisticDeterministic(t *testing.T) {
	a := librarytest.NewRealistic(300, librarytest.RealisticOptions{})
	b := librarytest.NewRealistic(300, librarytest.RealisticOptions{})
	if !slices.Equal(slices.Sorted(maps.Keys(a.FS)), slices.Sorted(maps.Keys(b.FS))) {
		t.Fatal("two libraries of 300 hold different files")
	}
	for name, f := range a.FS {
		if !bytes.Equal(f.Data, b.FS[name].Data) {
			t.Errorf("%s differs between two libraries of 300", name)
		}
	}
	small := librarytest.NewRealistic(100, librarytest.RealisticOptions{})
	for i, g := range small.Guides {
		if a.Guides[i].ID != g.ID {
			t.Fatalf("guide %d is %s in 100 but %s in 300", i, g.ID, a.Guides[i].ID)
		}
		x, y := withoutLinks(small.FS["guides/"+g.ID+".md"].Data), withoutLinks(a.FS["guides/"+g.ID+".md"].Data)
		if x != y {
			t.Errorf("%s differs between 100 and 300 guides beyond its links", g.ID)
		}
	}
}

var (
	linkLine  = regexp.MustCompile(`(?m)^related: .*\n`)
	linkText  = regexp.MustCompile(` (If [^.]*, read \[the page on that\]\([^)]*\)|\[The general page\]\([^)]*\) covers everyone this happens to)\.`)
	tagLineRE = regexp.MustCompile(`(?m)^  - "(.*)"$`)
)

func withoutLinks(page []byte) string {
	return linkText.ReplaceAllString(linkLine.ReplaceAllString(string(page), ""), "")
}

func frontLine(page []byte, key string) string {
	for _, l := range strings.Split(string(page), "\n") {
		if v, ok := strings.CutPrefix(l, key+": "); ok {
			return v
		}
	}
	return ""
}

func tagsOf(page []byte) []string {
	front, _, _ := strings.Cut(string(page), "\ndate_created:")
	var out []string
	for _, m := range tagLineRE.FindAllStringSubmatch(front, -1) {
		out = append(out, m[1])
	}
	return out
}

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

func norm(s string) string {
	return strings.TrimSpace(nonWord.ReplaceAllString(strings.ToLower(strings.ReplaceAll(s, "'", "")), " "))
}

func ExampleNewRealistic() {
	r := librarytest.NewRealistic(3, librarytest.RealisticOptions{})
	for _, g := range r.Guides {
		fmt.Println(g.ID, g.Domain)
	}
	// Output:
	// uk/gen-housing-deposit-kept housing
	// uk/gen-home-gas-smell home
	// uk/gen-neighbours-noise neighbours
}

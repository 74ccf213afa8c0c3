// Package librarytest builds content trees for tests and benchmarks: the real
// registries with any number of synthetic, valid guides, so load, search,
// render and export can be measured at 10,000 guides, not only at today's
// few dozen.
//
// Generate fills guides with placeholder words: enough to measure loading
// and rendering. NewRealistic writes guides that read like real ones, each
// about an everyday frightening situation (a landlord keeping a deposit, a
// bank transfer to a scammer, a child with a high temperature), from a
// lexicon written by hand (lex_*.go), with phrasings of each situation that
// no guide's text or tags were written from: enough to measure search. Its
// guides are test data, not advice: their facts and sources are not
// checked as real guides' are.
package librarytest

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing/fstest"

	"firststeps/content"
	"firststeps/internal/date"
)

// Generate returns the real content tree with its guides replaced by n
// synthetic guides, valid on Today. The same n always gives the same
// guides.
func Generate(n int) fstest.MapFS {
	out := fstest.MapFS{}
	base := content.FS()
	_ = fs.WalkDir(base, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(p, "guides/") {
			return err
		}
		b, err := fs.ReadFile(base, p)
		if err != nil {
			return err
		}
		out[p] = &fstest.MapFile{Data: b}
		return nil
	})
	g := newGen()
	g.today = Today()
	// Cite every registered resource across the guides, as real guides do,
	// so none is reported unused.
	if b, err := fs.ReadFile(base, "resources.yaml"); err == nil {
		for _, m := range resourceURL.FindAllSubmatch(b, -1) {
			g.resources = append(g.resources, string(m[1]))
		}
	}
	// A guide that cites a law's official page states that law with
	// {{law:…}} (lint refuses it otherwise), so know whose page each is.
	if b, err := fs.ReadFile(base, "laws.yaml"); err == nil {
		g.laws = lawsBySource(b, "uk")
	}
	for i := range n {
		out[fmt.Sprintf("guides/uk/gen-%05d.md", i)] = &fstest.MapFile{Data: g.guide(i, n)}
	}
	// The real guides are gone, so no jurisdiction can name one of them as
	// its device-safety guide.
	if f, ok := out["jurisdictions.yaml"]; ok {
		f.Data = safetyGuide.ReplaceAll(f.Data, nil)
	}
	// The generated guides are all UK guides and between them cite every
	// resource, US pages too: the domains lose the jurisdiction they speak
	// for, or a UK guide citing a US government page would be refused.
	if f, ok := out["domains.yaml"]; ok {
		f.Data = domainJurisdiction.ReplaceAll(f.Data, nil)
	}
	out["flows.yaml"] = &fstest.MapFile{Data: flow(n)}
	out["redirects.yaml"] = &fstest.MapFile{Data: []byte("redirects:\n  - {from: /uk/old-gen-0, to: uk/gen-00000}\n")}
	return out
}

// lawsBySource reads laws.yaml's topics of jurisdiction j and returns
// their ids by the official page of each of their rules.
func lawsBySource(b []byte, j string) map[string][]string {
	out := map[string][]string{}
	for _, topic := range lawTopic.Split(string(b), -1)[1:] {
		id, _, _ := strings.Cut(topic, "\n")
		if m := lawJurisdiction.FindStringSubmatch(topic); m == nil || m[1] != j {
			continue
		}
		for _, m := range lawSource.FindAllStringSubmatch(topic, -1) {
			if id := strings.TrimSpace(id); !slices.Contains(out[m[1]], id) {
				out[m[1]] = append(out[m[1]], id)
			}
		}
	}
	return out
}

var (
	lawTopic        = regexp.MustCompile(`(?m)^  - id: *`)
	lawJurisdiction = regexp.MustCompile(`(?m)^    jurisdiction: *(\S+)`)
	lawSource       = regexp.MustCompile(`(?m)^\s*source: *(\S+)`)
)

// flow writes a question flow that reaches every generated guide, as the
// loader requires: a question per category, each listing its guides in
// pages of 20 with a "none of these" answer leading to the next page.
func flow(n int) []byte {
	var b strings.Builder
	b.WriteString("flows:\n  - id: uk\n    jurisdiction: uk\n    start: danger\n    questions:\n")
	b.WriteString("      - id: danger\n        text: Are you in danger?\n        answers:\n")
	b.WriteString("          - {id: yes, label: 'Yes', to: emergency}\n          - {id: no, label: 'No', to: 'question:what'}\n")
	b.WriteString("      - id: what\n        text: What is it about?\n        answers:\n")
	for c, cat := range categories {
		if c < n {
			fmt.Fprintf(&b, "          - {id: %s, label: %s, to: 'question:%s-0'}\n", cat, cat, cat)
		}
	}
	for c, cat := range categories {
		var ids []int
		for i := c; i < n; i += len(categories) {
			ids = append(ids, i)
		}
		for page := 0; page*20 < len(ids); page++ {
			fmt.Fprintf(&b, "      - id: %s-%d\n        text: Which fits best?\n        answers:\n", cat, page)
			end := min(len(ids), (page+1)*20)
			for _, i := range ids[page*20 : end] {
				fmt.Fprintf(&b, "          - {id: g%d, label: Guide %d, to: 'guide:uk/gen-%05d'}\n", i, i, i)
			}
			if end < len(ids) {
				fmt.Fprintf(&b, "          - {id: more, label: None of these, to: 'question:%s-%d'}\n", cat, page+1)
			} else if end-page*20 < 2 {
				b.WriteString("          - {id: none, label: None of these, to: emergency}\n")
			}
		}
	}
	return []byte(b.String())
}

// Today is the day a generated library is valid on, to load it with
// (library.Options.Today): the latest day the real registries record a
// page as checked, so nothing they hold is in the future.
var Today = sync.OnceValue(func() date.Date {
	today := date.New(2026, 11, 21)
	for _, name := range []string{"resources.yaml", "services.yaml"} {
		b, _ := fs.ReadFile(content.FS(), name)
		for _, m := range checkedDate.FindAllSubmatch(b, -1) {
			if d, err := date.Parse(string(m[1])); err == nil && d.After(today) {
				today = d
			}
		}
	}
	return today
})

// GuideSize returns the size in bytes of a typical generated guide, for
// reporting.
func GuideSize() int { return len(newGen().guide(0, 2)) }

var (
	resourceURL = regexp.MustCompile(`(?m)^\s*(?:- )?url: *(\S+)`)
	safetyGuide = regexp.MustCompile(`(?m)^\s*safety_guide:.*\n`)
	// domainJurisdiction is the jurisdiction a domain speaks for, in
	// domains.yaml's one-line entries.
	domainJurisdiction = regexp.MustCompile(`, *jurisdiction: *[a-z]+`)
	checkedDate        = regexp.MustCompile(`checked: *(\d{4}-\d{2}-\d{2})`)
)

type gen struct {
	today     date.Date // the guides' dates
	r         *rand.Rand
	resources []string            // registered resources, cited in turn
	laws      map[string][]string // the ids of the UK laws each page is the source of
	common    []string            // short everyday words, most of any text
	vocab     []string            // made-up words, so guides differ from each other
}

// newGen makes a generator with plain words and made-up ones. Four words in
// five are plain, as in real guides, so generated text reads about as
// plainly as the house style asks (lint warns on a couple of sections in
// 10,000 guides); the made-up words make guides differ from each other as
// real ones do.
func newGen() *gen {
	g := &gen{r: rand.New(rand.NewPCG(1, 2)), common: strings.Fields(plainWords)}
	syll := []string{"ba", "do", "ke", "li", "mo", "nu", "pa", "ri", "so", "te", "va", "wi", "zo", "gre", "tra", "ple"}
	for len(g.vocab) < 6000 {
		w := ""
		for range 1 + g.r.IntN(3) {
			w += syll[g.r.IntN(len(syll))]
		}
		g.vocab = append(g.vocab, w)
	}
	return g
}

func (g *gen) word() string {
	if g.r.IntN(5) < 4 {
		return g.common[g.r.IntN(len(g.common))]
	}
	return g.vocab[g.r.IntN(len(g.vocab))]
}

func (g *gen) words(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = g.word()
	}
	return strings.Join(w, " ")
}

func (g *gen) sentence() string {
	s := g.words(6 + g.r.IntN(7))
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

func (g *gen) sentences(n int) string {
	s := make([]string, n)
	for i := range s {
		s[i] = g.sentence()
	}
	return strings.Join(s, " ")
}

var categories = []string{"threats-and-blackmail", "images-shared-or-faked", "under-18", "helping-someone"}

// guide writes one valid guide in the house format: the same services,
// sources and resources as real guides, and prose of a real guide's length.
func (g *gen) guide(i, n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: \"What to do if… %s\"\n", g.words(8))
	fmt.Fprintf(&b, "jurisdiction: uk\ncategory: %s\naudience: [adult]\ntags:\n", categories[i%len(categories)])
	for range 14 {
		fmt.Fprintf(&b, "  - %s\n", g.words(7))
	}
	fmt.Fprintf(&b, "date_created: %s\nlast_reviewed: %s\n", g.today, g.today)
	b.WriteString("routes: [danger, crisis, under-18, report-police, remove-images, support]\n")
	// Guides come in pairs that name each other, as related guides must.
	if j := i ^ 1; j < n {
		fmt.Fprintf(&b, "related: [uk/gen-%05d]\n", j)
	}
	b.WriteString("sources:\n")
	// Seven registered resources, a different run for each guide, so that
	// together the guides cite every one.
	var sources []string
	for k := range min(7, len(g.resources)) {
		if u := g.resources[(i*7+k)%len(g.resources)]; !slices.Contains(sources, u) {
			sources = append(sources, u)
		}
	}
	for _, u := range sources {
		fmt.Fprintf(&b, "  - url: %s\n    checked: %s\n    supports: %s\n", u, g.today, g.sentences(3))
	}
	var laws []string // the laws whose pages the guide cites, stated in its text
	for _, u := range sources {
		// resources.yaml quotes some addresses.
		for _, id := range g.laws[strings.Trim(u, `"'`)] {
			if !slices.Contains(laws, id) {
				laws = append(laws, id)
			}
		}
	}
	b.WriteString("---\n\n## Short answer\n\n")
	fmt.Fprintf(&b, "%s Call {{police-999}} if you are in danger.\n\n", g.sentences(2))
	b.WriteString("## Do not do these things\n\n")
	for range 8 {
		fmt.Fprintf(&b, "- **Do not %s.** %s\n", g.words(4), g.sentences(5))
	}
	b.WriteString("\n## What to do now\n\n")
	for k := range 9 {
		fmt.Fprintf(&b, "%d. **%s** %s\n", k+1, g.sentence(), g.sentences(9))
		if k%2 == 0 {
			for range 3 {
				fmt.Fprintf(&b, "   - %s\n", g.sentences(2))
			}
		}
	}
	b.WriteString("10. **Get help.** Report it to {{route:report-police}}, ask {{route:remove-images}} to take the images down, or talk to {{route:support}}.\n")
	b.WriteString("\n## What can wait\n\n")
	for range 6 {
		fmt.Fprintf(&b, "- %s\n", g.sentences(2))
	}
	fmt.Fprintf(&b, "\n## Important reassurance\n\n%s", g.sentences(4))
	for _, id := range laws {
		fmt.Fprintf(&b, " {{law:%s}}", id)
	}
	b.WriteString("\n\n")
	fmt.Fprintf(&b, "## Scope note\n\n%s\n\n", g.sentences(3))
	fmt.Fprintf(&b, "## Important note\n\nThis is general information, not legal advice. %s\n\n", g.sentence())
	// Two registered pages readers may be sent to.
	b.WriteString("## Additional Resources\n\n- https://www.scotland.police.uk/keep-safe/personal-safety/stalking\n- https://www.askthe.police.uk/content/Q101.htm\n")
	return []byte(b.String())
}

const plainWords = `you your the a to and it is not they them if do can will this that for with on
of in at or get be now then what who how may out up all one more
block report save keep phone message account police helpline image photo video
friend family school work home safe help talk call text record screen link profile
threat money send share post delete change password email app site platform time date
name number first step calm breathe wait think today week month night day
`

// WriteDir writes a content tree to a folder on disk, for measuring the
// commands on a generated library (see the README's Measuring section).
func WriteDir(fsys fstest.MapFS, dir string) error {
	for name, f := range fsys {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

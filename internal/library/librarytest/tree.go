package librarytest

import (
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

	"firststeps/content"
)

// registries is what generated guides need to know of the real content
// tree: the pages they may cite and send readers to, and the route roles
// of the UK. They are read from the tree rather than written here, so
// guides stay valid while editors change the registries.
type registries struct {
	cite    []string        // every registered page
	readers []string        // pages readers may be sent to
	roles   map[string]bool // UK route roles with a service for every reader
}

func readRegistries(base fs.FS) registries {
	var r registries
	var res struct {
		Resources []struct {
			URL           string `yaml:"url"`
			NotForReaders bool   `yaml:"not_for_readers"`
		} `yaml:"resources"`
	}
	if b, err := fs.ReadFile(base, "resources.yaml"); err == nil {
		_ = yaml.Unmarshal(b, &res)
	}
	for _, x := range res.Resources {
		if strings.HasPrefix(x.URL, "https://") {
			r.cite = append(r.cite, x.URL)
			if !x.NotForReaders {
				r.readers = append(r.readers, x.URL)
			}
		}
	}
	var rt struct {
		Roles []struct {
			ID           string `yaml:"id"`
			Jurisdiction string `yaml:"jurisdiction"`
			For          string `yaml:"for"`
		} `yaml:"roles"`
	}
	if b, err := fs.ReadFile(base, "routes.yaml"); err == nil {
		_ = yaml.Unmarshal(b, &rt)
	}
	r.roles = map[string]bool{}
	for _, x := range rt.Roles {
		// A role for some readers only cannot be named in text every
		// reader sees, so generated guides leave those out.
		if x.Jurisdiction == "uk" && x.For == "" {
			r.roles[x.ID] = true
		}
	}
	return r
}

// copyRegistries copies every file of the real content tree but its
// guides into out.
func copyRegistries(base fs.FS, out fstest.MapFS, keepGuides bool) {
	_ = copyInto(base, out, func(p string) bool { return keepGuides || !strings.HasPrefix(p, "guides/") })
}

// Copy copies every file of the tree base (the real content, say) into a
// map, for a test to edit.
func Copy(base fs.FS) (fstest.MapFS, error) {
	out := fstest.MapFS{}
	return out, copyInto(base, out, func(string) bool { return true })
}

// copyInto copies the files of base that keep says to keep into out.
func copyInto(base fs.FS, out fstest.MapFS, keep func(path string) bool) error {
	return fs.WalkDir(base, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !keep(p) {
			return err
		}
		b, err := fs.ReadFile(base, p)
		if err != nil {
			return err
		}
		out[p] = &fstest.MapFile{Data: b}
		return nil
	})
}

// editYAML decodes a YAML file of the tree, lets edit change its document
// node, and writes it back. Comments mostly survive; the loader reads the
// result as it reads the original.
func editYAML(fsys fstest.MapFS, name string, edit func(doc *yaml.Node)) {
	f := fsys[name]
	if f == nil {
		panic(fmt.Sprintf("librarytest: content has no %s", name))
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(f.Data, &doc); err != nil || len(doc.Content) == 0 {
		panic(fmt.Sprintf("librarytest: %s: %v", name, err))
	}
	edit(doc.Content[0])
	b, err := yaml.Marshal(&doc)
	if err != nil {
		panic(fmt.Sprintf("librarytest: %s: %v", name, err))
	}
	fsys[name] = &fstest.MapFile{Data: b}
}

// mapValue returns the value of key in a YAML mapping node, or nil.
func mapValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// deleteKey removes key from a YAML mapping node.
func deleteKey(m *yaml.Node, key string) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			m.Content = slices.Delete(m.Content, i, i+2)
			return
		}
	}
}

// nodeOf encodes v as a YAML node.
func nodeOf(v any) *yaml.Node {
	var n yaml.Node
	if err := n.Encode(v); err != nil {
		panic(fmt.Sprintf("librarytest: %v", err))
	}
	return &n
}

// flowQuestion and flowAnswer are the shape of flows.yaml, with only the
// fields generated questions use.
type flowQuestion struct {
	ID      string       `yaml:"id"`
	Text    string       `yaml:"text"`
	Answers []flowAnswer `yaml:"answers"`
}

type flowAnswer struct {
	ID    string `yaml:"id"`
	Label string `yaml:"label"`
	To    string `yaml:"to"`
}

// flowQuestions returns questions that reach every generated guide: one
// asking which area the situation is in, then each area's guides in pages
// of 20 with a "none of these" answer leading to the next page.
func flowQuestions(guides []*scaleGuide) []flowQuestion {
	var domains []string
	byDomain := map[string][]*scaleGuide{}
	for _, g := range guides {
		if byDomain[g.domain.id] == nil {
			domains = append(domains, g.domain.id)
		}
		byDomain[g.domain.id] = append(byDomain[g.domain.id], g)
	}
	top := flowQuestion{ID: "gen-area", Text: "What is it about?"}
	var qs []flowQuestion
	for _, d := range domains {
		list := byDomain[d]
		top.Answers = append(top.Answers, flowAnswer{ID: d, Label: list[0].domain.label, To: "question:gen-" + d + "-0"})
		for page := 0; page*20 < len(list); page++ {
			q := flowQuestion{ID: fmt.Sprintf("gen-%s-%d", d, page), Text: "Which fits best?"}
			end := min(len(list), (page+1)*20)
			for i, g := range list[page*20 : end] {
				q.Answers = append(q.Answers, flowAnswer{ID: fmt.Sprintf("g%d", i), Label: g.situation, To: "guide:uk/" + g.slug})
			}
			if end < len(list) {
				q.Answers = append(q.Answers, flowAnswer{ID: "more", Label: "None of these", To: fmt.Sprintf("question:gen-%s-%d", d, page+1)})
			} else if len(q.Answers) < 2 {
				q.Answers = append(q.Answers, flowAnswer{ID: "none", Label: "None of these", To: "emergency"})
			}
			qs = append(qs, q)
		}
	}
	if len(top.Answers) < 2 {
		top.Answers = append(top.Answers, flowAnswer{ID: "none", Label: "None of these", To: "emergency"})
	}
	return append([]flowQuestion{top}, qs...)
}

// addFlows makes the UK flow reach the generated guides. With the real
// flows kept, the UK flow's first question gains a "something else"
// answer leading to them; otherwise the file holds a UK flow of the
// generated guides alone.
func addFlows(fsys fstest.MapFS, guides []*scaleGuide, keepReal bool) {
	qs := flowQuestions(guides)
	if !keepReal {
		type flow struct {
			ID           string         `yaml:"id"`
			Jurisdiction string         `yaml:"jurisdiction"`
			Start        string         `yaml:"start"`
			Questions    []flowQuestion `yaml:"questions"`
		}
		b, err := yaml.Marshal(map[string][]flow{"flows": {{ID: "uk", Jurisdiction: "uk", Start: qs[0].ID, Questions: qs}}})
		if err != nil {
			panic(err)
		}
		fsys["flows.yaml"] = &fstest.MapFile{Data: b}
		return
	}
	editYAML(fsys, "flows.yaml", func(root *yaml.Node) {
		for _, f := range mapValue(root, "flows").Content {
			if mapValue(f, "jurisdiction").Value != "uk" {
				continue
			}
			start := mapValue(f, "start").Value
			questions := mapValue(f, "questions")
			for _, q := range questions.Content {
				if mapValue(q, "id").Value == start {
					answers := mapValue(q, "answers")
					answers.Content = append(answers.Content, nodeOf(flowAnswer{ID: "gen-else", Label: "Something else", To: "question:" + qs[0].ID}))
				}
			}
			for _, q := range qs {
				questions.Content = append(questions.Content, nodeOf(q))
			}
			return
		}
		panic("librarytest: flows.yaml has no UK flow")
	})
}

// addCategories adds a category for each generated area.
func addCategories(fsys fstest.MapFS, domains []*lexDomain) {
	type category struct {
		ID          string `yaml:"id"`
		Label       string `yaml:"label"`
		Description string `yaml:"description"`
	}
	editYAML(fsys, "categories.yaml", func(root *yaml.Node) {
		list := mapValue(root, "categories")
		for _, d := range domains {
			list.Content = append(list.Content, nodeOf(category{ID: "gen-" + d.id, Label: d.label, Description: d.about}))
		}
	})
}

// addScope adds the generated areas' scope patterns to cues.yaml, so the
// library says what it is about as the real one does for its own area.
func addScope(fsys fstest.MapFS, domains []*lexDomain) {
	editYAML(fsys, "cues.yaml", func(root *yaml.Node) {
		scope := mapValue(root, "scope")
		if scope == nil {
			panic("librarytest: cues.yaml has no scope")
		}
		list := mapValue(scope, "patterns")
		for _, d := range domains {
			for _, p := range d.scope {
				list.Content = append(list.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: p})
			}
		}
	})
}

var (
	guideURL    = regexp.MustCompile(`https://[^\s)"'<>]+`)
	registryURL = regexp.MustCompile(`(?m)(?:url|source): *"?(https://[^\s"]+)`)
)

// dropRedirects empties redirects.yaml, whose old paths lead to real
// guides, for a tree whose real guides are gone.
func dropRedirects(fsys fstest.MapFS) {
	fsys["redirects.yaml"] = &fstest.MapFile{Data: []byte("redirects: []\n")}
}

// dropSafetyGuides removes the jurisdictions' safety guides, for a tree
// whose real guides are gone.
func dropSafetyGuides(fsys fstest.MapFS) {
	editYAML(fsys, "jurisdictions.yaml", func(root *yaml.Node) {
		for _, j := range mapValue(root, "jurisdictions").Content {
			deleteKey(j, "safety_guide")
		}
	})
}

// realSlugs returns the slugs of the real UK guides.
func realSlugs() map[string]bool {
	out := map[string]bool{}
	entries, _ := fs.ReadDir(content.FS(), "guides/uk")
	for _, e := range entries {
		out[strings.TrimSuffix(e.Name(), ".md")] = true
	}
	return out
}

// addResources registers the pages the generated areas cite.
func addResources(fsys fstest.MapFS, domains []*lexDomain) {
	type resource struct {
		ID        string `yaml:"id"`
		URL       string `yaml:"url"`
		Title     string `yaml:"title"`
		Publisher string `yaml:"publisher"`
		Checked   string `yaml:"checked"`
	}
	editYAML(fsys, "resources.yaml", func(root *yaml.Node) {
		list := mapValue(root, "resources")
		have := map[string]bool{}
		for _, r := range list.Content {
			if u := mapValue(r, "url"); u != nil {
				have[u.Value] = true
			}
		}
		for _, d := range domains {
			for k, s := range d.sources {
				if have[s.url] {
					continue
				}
				have[s.url] = true
				list.Content = append(list.Content, nodeOf(resource{ID: fmt.Sprintf("gen-%s-%d", d.id, k+1), URL: s.url, Title: s.title, Publisher: s.publisher, Checked: generatedDate}))
			}
		}
	})
}

// pruneResources drops the registered pages nothing in the tree cites any
// more, once the real guides are gone: services and laws keep theirs.
func pruneResources(fsys fstest.MapFS) {
	// What lint counts as cited: a page named as a source in a registry
	// (services, laws), and any page a guide names.
	cited := map[string]bool{}
	for name, f := range fsys {
		switch {
		case strings.HasPrefix(name, "guides/"):
			for _, m := range guideURL.FindAll(f.Data, -1) {
				cited[string(m)] = true
			}
		case name != "resources.yaml" && strings.HasSuffix(name, ".yaml"):
			for _, m := range registryURL.FindAllSubmatch(f.Data, -1) {
				cited[string(m[1])] = true
			}
		}
	}
	citedURL := func(u string) bool { return cited[u] }
	editYAML(fsys, "resources.yaml", func(root *yaml.Node) {
		list := mapValue(root, "resources")
		list.Content = slices.DeleteFunc(list.Content, func(r *yaml.Node) bool {
			u := mapValue(r, "url")
			return u != nil && !citedURL(u.Value)
		})
	})
}

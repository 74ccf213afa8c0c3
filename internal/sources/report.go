package sources

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"time"

	"firststeps/internal/library"
)

// Report is the editors' report of one run, grouped by guide, most severe
// first. Only findings of medium or high severity are grouped; low ones
// (dates-only changes, a first failure, pages that could not be checked)
// are listed once under Minor.
type Report struct {
	Generated   time.Time       `json:"generated"`
	Summary     Summary         `json:"summary"`
	NeedsReview []string        `json:"needs_review"` // guide ids
	Guides      []GuideReport   `json:"guides"`
	Services    []ServiceReport `json:"services"`
	Other       []Finding       `json:"other"` // resources no guide or service cites
	Minor       []Finding       `json:"minor"`
}

// Summary counts the run's results.
type Summary struct {
	Resources int `json:"resources"`
	Unchanged int `json:"unchanged"`
	Changed   int `json:"changed"`
	Moved     int `json:"moved"`
	Broken    int `json:"broken"`
	Failing   int `json:"failing"` // failed, but not yet on BrokenAfter runs
	Unchecked int `json:"unchecked"`
	Baselines int `json:"baselines"`
}

// GuideReport is one guide that needs review, and why.
type GuideReport struct {
	ID       string    `json:"id"`
	File     string    `json:"file"`
	Title    string    `json:"title"`
	Severity Severity  `json:"severity"`
	Findings []Finding `json:"findings"`
}

// ServiceReport is one service whose sources changed, moved or broke:
// numbers and opening hours live in services.yaml.
type ServiceReport struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Severity Severity  `json:"severity"`
	Guides   []string  `json:"guides"` // guides that list the service
	Findings []Finding `json:"findings"`
}

// Finding is one resource's result, as the report shows it.
type Finding struct {
	Resource string   `json:"resource"`
	Title    string   `json:"title"`
	URL      string   `json:"url"`
	Severity Severity `json:"severity"`
	Summary  string   `json:"summary"`
	// Service is set when a guide is affected through a service it lists.
	Service  string   `json:"service,omitempty"`
	Class    Class    `json:"class"`
	Status   int      `json:"status,omitempty"`
	NewURL   string   `json:"new_url,omitempty"`
	Failures int      `json:"failures,omitempty"`
	Signals  []string `json:"soft_404_signals,omitempty"`
	Hops     []Hop    `json:"hops,omitempty"`
	Change   *Change  `json:"change,omitempty"`
}

// NeedsAttention reports whether an editor must act: a medium or high
// finding anywhere.
func (r *Report) NeedsAttention() bool {
	return len(r.Guides) > 0 || len(r.Services) > 0 || len(r.Other) > 0
}

// BuildReport groups results by the guides and services that cite them.
func BuildReport(lib *library.Library, results []Result, generated time.Time) *Report {
	rep := &Report{Generated: generated, NeedsReview: []string{}, Guides: []GuideReport{}, Services: []ServiceReport{}, Other: []Finding{}, Minor: []Finding{}}
	titles := map[string]string{}
	for _, r := range lib.Resources {
		titles[r.URL] = r.Title
	}
	major := map[string]Finding{} // by URL
	for _, r := range results {
		rep.Summary.count(r)
		f := newFinding(r, titles[r.URL])
		switch {
		case r.Severity.NeedsEditor():
			major[r.URL] = f
		case r.Severity == Low:
			rep.Minor = append(rep.Minor, f)
		}
	}
	cited := map[string]bool{}

	serviceFindings := map[string][]Finding{}
	for _, s := range lib.Services.All() {
		var fs []Finding
		for _, src := range s.Sources {
			cited[src.URL] = true
			if f, ok := major[src.URL]; ok && !containsResource(fs, f.Resource) {
				fs = append(fs, f)
			}
		}
		if len(fs) > 0 {
			sortFindings(fs)
			serviceFindings[s.ID] = fs
			rep.Services = append(rep.Services, ServiceReport{ID: s.ID, Name: s.Name, Severity: fs[0].Severity, Guides: []string{}, Findings: fs})
		}
	}

	for _, g := range lib.Guides {
		var fs []Finding
		add := func(url, service string) {
			cited[url] = true
			f, ok := major[url]
			if !ok || containsResource(fs, f.Resource) {
				return
			}
			f.Service = service
			fs = append(fs, f)
		}
		for _, s := range g.Sources {
			add(s.URL, "")
		}
		for _, r := range g.Resources {
			add(r.URL, "")
		}
		for _, l := range g.Links {
			add(l.URL, "")
		}
		for _, u := range lib.GuideLawSources(g) {
			add(u, "")
		}
		for _, id := range lib.GuideServices(g) {
			for i := range rep.Services {
				if rep.Services[i].ID == id {
					rep.Services[i].Guides = append(rep.Services[i].Guides, g.ID)
				}
			}
			for _, f := range serviceFindings[id] {
				add(f.URL, id)
			}
		}
		if len(fs) == 0 {
			continue
		}
		sortFindings(fs)
		rep.Guides = append(rep.Guides, GuideReport{ID: g.ID, File: g.File, Title: g.Title, Severity: fs[0].Severity, Findings: fs})
		rep.NeedsReview = append(rep.NeedsReview, g.ID)
	}
	for url, f := range major {
		if !cited[url] {
			rep.Other = append(rep.Other, f)
		}
	}
	slices.SortStableFunc(rep.Guides, func(a, b GuideReport) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), strings.Compare(a.ID, b.ID))
	})
	slices.SortStableFunc(rep.Services, func(a, b ServiceReport) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), strings.Compare(a.ID, b.ID))
	})
	sortFindings(rep.Other)
	sortFindings(rep.Minor)
	return rep
}

func (s *Summary) count(r Result) {
	s.Resources++
	switch {
	case r.Broken:
		s.Broken++
	case r.Class.Failing():
		s.Failing++
	case r.Class.Unchecked():
		s.Unchecked++
	case r.Class == ClassMoved:
		s.Moved++
	}
	switch {
	case r.Baseline:
		s.Baselines++
	case r.Change != nil:
		s.Changed++
	case r.Verified:
		s.Unchanged++
	}
}

func containsResource(fs []Finding, id string) bool {
	return slices.ContainsFunc(fs, func(f Finding) bool { return f.Resource == id })
}

func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), strings.Compare(a.Resource, b.Resource))
	})
}

func newFinding(r Result, title string) Finding {
	return Finding{
		Resource: r.ID, Title: title, URL: r.URL, Severity: r.Severity, Summary: describe(r),
		Class: r.Class, Status: r.Status, NewURL: r.NewURL, Failures: r.Failures,
		Signals: r.Signals, Hops: r.Hops, Change: r.Change,
	}
}

// describe says in one line what happened to a resource.
func describe(r Result) string {
	var parts []string
	what := string(r.Class)
	if r.Status != 0 && r.Class != ClassOK && r.Class != ClassNotModified {
		what += fmt.Sprintf(" (%d)", r.Status)
	}
	switch {
	case r.Broken:
		parts = append(parts, fmt.Sprintf("broken: %s on %d runs in a row", what, r.Failures))
	case r.Class.Failing():
		parts = append(parts, fmt.Sprintf("failing once: %s; it is called broken if it fails again on a later run", what))
	case r.Class.Unchecked():
		parts = append(parts, "not checked: "+what)
	case r.Class == ClassMoved:
		parts = append(parts, "moved permanently to "+r.NewURL)
	}
	if r.Detail != "" && r.Detail != http.StatusText(r.Status) && (r.Class.Failing() || r.Class.Unchecked()) {
		parts = append(parts, r.Detail)
	}
	parts = append(parts, r.Notes...)
	if c := r.Change; c != nil {
		switch {
		case !c.Facts.Empty():
			parts = append(parts, "facts changed: "+describeFacts(c.Facts))
		case c.Trivial:
			parts = append(parts, "dates changed, nothing else")
		default:
			parts = append(parts, "text changed")
		}
		parts = append(parts, describeChange(c))
	}
	return strings.Join(parts, "; ")
}

func describeChange(c *Change) string {
	var p []string
	if c.ParagraphsChanged > 0 {
		p = append(p, plural(c.ParagraphsChanged, "paragraph")+" changed")
	}
	if c.ParagraphsAdded > 0 {
		p = append(p, plural(c.ParagraphsAdded, "paragraph")+" added")
	}
	if c.ParagraphsRemoved > 0 {
		p = append(p, plural(c.ParagraphsRemoved, "paragraph")+" removed")
	}
	p = append(p, fmt.Sprintf("%.0f%% of words", c.WordsChanged*100))
	return strings.Join(p, ", ")
}

func describeFacts(d FactDelta) string {
	var p []string
	for _, k := range factOrder {
		var rm, add []string
		for _, f := range d.Removed {
			if f.Kind == k {
				rm = append(rm, f.Value)
			}
		}
		for _, f := range d.Added {
			if f.Kind == k {
				add = append(add, f.Value)
			}
		}
		if len(rm)+len(add) == 0 {
			continue
		}
		s := string(k)
		if len(rm) > 0 {
			s += " −" + strings.Join(rm, " −")
		}
		if len(add) > 0 {
			s += " +" + strings.Join(add, " +")
		}
		p = append(p, s)
	}
	return strings.Join(p, "; ")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// WriteMarkdown writes the report for editors.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	s := r.Summary
	fmt.Fprintf(&b, "# Cited sources: %s\n\n", r.Generated.UTC().Format("2 January 2006 15:04 UTC"))
	fmt.Fprintf(&b, "%d resources: %d unchanged, %d changed, %d moved, %d broken, %d failing once, %d not checked, %d new baselines.\n\n",
		s.Resources, s.Unchanged, s.Changed, s.Moved, s.Broken, s.Failing, s.Unchecked, s.Baselines)
	if !r.NeedsAttention() {
		b.WriteString("Nothing needs an editor.\n")
	}
	if len(r.NeedsReview) > 0 {
		verb := "needs"
		if len(r.NeedsReview) > 1 {
			verb = "need"
		}
		fmt.Fprintf(&b, "**%s %s review:** %s\n\n", plural(len(r.NeedsReview), "guide"), verb, strings.Join(r.NeedsReview, ", "))
	}
	if len(r.Guides) > 0 {
		b.WriteString("## Guides\n\n")
		for _, g := range r.Guides {
			fmt.Fprintf(&b, "### %s (%s)\n\n%s · `%s`\n\n", g.ID, g.Severity, mdText(g.Title), g.File)
			writeFindings(&b, g.Findings, true)
		}
	}
	if len(r.Services) > 0 {
		b.WriteString("## Services\n\nNumbers and opening hours live in services.yaml: check these services' entries.\n\n")
		for _, sv := range r.Services {
			fmt.Fprintf(&b, "### %s (%s)\n\n%s", sv.ID, sv.Severity, mdText(sv.Name))
			if len(sv.Guides) > 0 {
				fmt.Fprintf(&b, " · listed by %s", strings.Join(sv.Guides, ", "))
			}
			b.WriteString("\n\n")
			writeFindings(&b, sv.Findings, len(sv.Guides) == 0) // else the diffs are under the guides
		}
	}
	if len(r.Other) > 0 {
		b.WriteString("## Resources no guide or service cites\n\n")
		writeFindings(&b, r.Other, true)
	}
	if len(r.Minor) > 0 {
		b.WriteString("## Minor\n\nNo action needed yet.\n\n| resource | severity | what |\n| --- | --- | --- |\n")
		for _, f := range r.Minor {
			fmt.Fprintf(&b, "| [%s](%s) | %s | %s |\n", f.Resource, f.URL, f.Severity, strings.ReplaceAll(mdText(f.Summary), "|", "\\|"))
		}
	}
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

func writeFindings(b *strings.Builder, fs []Finding, diffs bool) {
	for _, f := range fs {
		title := cmp.Or(f.Title, f.Resource)
		fmt.Fprintf(b, "- **%s** · [%s](%s) (`%s`)", f.Severity, mdText(title), f.URL, f.Resource)
		if f.Service != "" {
			fmt.Fprintf(b, " via service `%s`", f.Service)
		}
		fmt.Fprintf(b, "\n  %s\n", mdText(f.Summary))
		if diffs && f.Change != nil && len(f.Change.Diff) > 0 {
			b.WriteString("  ```diff\n")
			for _, l := range f.Change.Diff {
				fmt.Fprintf(b, "  %s\n", strings.ReplaceAll(l, "```", "'''"))
			}
			b.WriteString("  ```\n")
		}
	}
	b.WriteString("\n")
}

// mdText keeps page text from turning into Markdown markup.
func mdText(s string) string {
	r := strings.NewReplacer("\n", " ", "<", "&lt;", ">", "&gt;", "[", "\\[", "]", "\\]", "*", "\\*", "_", "\\_", "`", "'")
	return r.Replace(s)
}

package guide

import (
	"html/template"
	"strings"

	"firststeps/internal/date"
)

// Section kinds, in the order a guide must give them.
const (
	ShortAnswer = iota
	DoNot
	DoNow
	CanWait
	Reassurance
	ScopeNote
	ImportantNote
	Resources
	numSections
)

// Shapes a section's body can take.
type shape int

const (
	paragraphs shape = iota // one or more paragraphs, nothing else
	bullets                 // one bullet list
	steps                   // one list whose items open with a bold lead sentence
	urls                    // one bullet list, one https address per item
)

// SectionHeadings are the level-2 headings of a guide, in order.
var SectionHeadings = [numSections]string{
	"Short answer",
	"Do not do these things",
	"What to do now",
	"What can wait",
	"Important reassurance",
	"Scope note",
	"Important note",
	"Additional Resources",
}

// PageAnchors are the ids a guide page gives its parts, so a link from
// another guide can land on one ("/uk/partner-monitoring#who-can-help"):
// each section by its kind, and "who-can-help" for the services shown
// first. Lint accepts a link's fragment only from these.
var PageAnchors = []string{"short-answer", "who-can-help", "do-not", "do-now", "can-wait", "reassurance", "scope", "note", "resources"}

var sectionShapes = [numSections]shape{paragraphs, bullets, steps, bullets, paragraphs, paragraphs, paragraphs, urls}

// Audiences a guide can be written for.
var Audiences = []string{"adult", "under-18", "parent", "supporter"}

// TitlePrefix opens every guide title.
const TitlePrefix = "What to do if…"

// Guide is one parsed guide. It is immutable once the library is loaded.
type Guide struct {
	ID           string // "<jurisdiction>/<slug>"
	Slug         string
	File         string // path inside the content tree
	Title        string // full title, "What to do if… <situation>"
	Situation    string // the title after "What to do if…"
	SEOTitle     string
	Jurisdiction string
	Category     string
	Audience     []string
	Tags         []string
	Created      date.Date
	Reviewed     date.Date
	ReviewBy     date.Date // explicit, or six months after Reviewed
	Routes       []string  // route roles, most important first (routes.yaml)
	Facets       []string  // facts of the situation, "facet:value" (facets.yaml)
	Related      []string  // guide ids
	Sources      []Source  // official pages the facts were checked on

	Sections  [numSections]Section
	Resources []ResourceRef // the Additional Resources, in order
	Links     []Link        // links written in the guide text
	Refs      []ServiceUse  // service references written in the text

	FieldLines map[string]int // line of each front-matter key (a library keeps only related's and the dates' once checked)

	packed     string // the sections' HTML, compressed (see SectionsHTML); "" if not
	packedLen  int    // its length unpacked
	packedText []byte // the sections' text, compressed, read back from a cache (see SectionsText)
}

// Section is one level-2 section.
type Section struct {
	Heading string
	Line    int
	HTML    template.HTML // empty when the guide is packed: see Guide.SectionsHTML
	Text    string        // plain text, for search and checks; read it with Guide.SectionsText but in Parse's checks
}

// Source is an official page the guide's facts were checked on.
type Source struct {
	URL      string    `yaml:"url"`
	Checked  date.Date `yaml:"checked"`
	Supports string    `yaml:"supports"` // which facts this page backs
	Line     int       `yaml:"-"`
}

// ResourceRef is one Additional Resources item.
type ResourceRef struct {
	URL  string
	Line int
}

// Link is a link in the guide's text.
type Link struct {
	URL  string
	Text string // what the link says, as plain text
	Line int
}

// Kinds of reference in guide text.
const (
	RefService = ""      // {{samaritans}}, {{police-999/textphone}}
	RefRoute   = "route" // {{route:remove-images}}: a role's services for the reader
	RefLaw     = "law"   // {{law:sharing-images}}: the law, for the reader's nation
)

// ServiceUse is one {{…}} reference in the guide's text: a service (Kind
// RefService), a route role or a law, named by id in Service.
type ServiceUse struct {
	Kind             string
	Service, Contact string
	Sentence         string // the plain-text sentence the reference stands in (a library drops it once checked)
	Line             int
	Resolved         bool
}

// ShortAnswer returns the short answer as plain text.
func (g *Guide) ShortAnswer() string { return g.Sections[ShortAnswer].Text }

// Text returns every section's plain text, for search and duplicate checks.
func (g *Guide) Text() string {
	var b strings.Builder
	text := g.SectionsText()
	for _, s := range text[:Resources] {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	return b.String()
}

package library

import (
	"fmt"
	"slices"
	"strings"

	"firststeps/internal/guide"
	"firststeps/internal/law"
	"firststeps/internal/pattern"
	"firststeps/internal/problem"
	"firststeps/internal/routes"
	"firststeps/internal/services"
)

// Content files for routes, the law and the facts of a situation.
const (
	RoutesFile = "routes.yaml"
	LawsFile   = "laws.yaml"
	FacetsFile = "facets.yaml"
)

// Facet is one fact that tells situations apart ("who is doing it": a
// stranger, a partner or ex…). Guides state theirs as "facet:value"; route
// requirements and search read them.
type Facet struct {
	ID    string `yaml:"id"`
	Label string `yaml:"label"`
	// Exclusive facets tell situations apart by which value holds: a guide
	// about a stranger does not fit when the words say it is an ex. A
	// facet whose values are only extra facts (the topic) is not.
	Exclusive bool           `yaml:"exclusive"`
	Values    []*FacetValue  `yaml:"values"`
	Line      int            `yaml:"-"`
	Lines     map[string]int `yaml:"-"`
}

// FacetValue is one value of a facet, with the words that show it in what
// a person writes (patterns, as for cues), and the words that cancel them
// ("he hasn't posted anything yet" is not images:shared).
type FacetValue struct {
	ID string `yaml:"id"`
	// Says is the value in a reader's words, finishing "This fits if…":
	// "they only say they have pictures, in an email or a link".
	Says string `yaml:"says"`
	// Weight is how much the value decides between situations when the
	// words show it (default 1): "it's fake" decides more than "my ex".
	Weight float64 `yaml:"weight"`
	// Scope says the value alone shows the words are about the library's
	// situations (an image threatened or shared, a tracker found), as the
	// scope patterns in cues.yaml do: a long account that states it is
	// confidently routed though most of its words are its own.
	Scope    bool           `yaml:"scope"`
	Patterns []string       `yaml:"patterns"`
	Unless   []string       `yaml:"unless"`
	Line     int            `yaml:"-"`
	Lines    map[string]int `yaml:"-"`

	patterns, unless []*pattern.Pattern
}

// Match reports whether normalised text (see search.Normalize) shows the
// value.
func (v *FacetValue) Match(text string) bool {
	return matchAny(v.patterns, v.unless, text)
}

// Compiled returns the compiled patterns and unless patterns, each
// wrapped in \b(?:…)\b as Match runs them.
func (v *FacetValue) Compiled() (patterns, unless []*pattern.Pattern) { return v.patterns, v.unless }

// MatchText is Match on a text from Library.Scan.
func (v *FacetValue) MatchText(t *pattern.Text) bool { return matchAnyText(v.patterns, v.unless, t) }

type facetsFile struct {
	Facets []*Facet `yaml:"facets"`
}

// Role returns a jurisdiction's route role.
func (l *Library) Role(jurisdiction, id string) (*routes.Role, bool) {
	return l.Routes.Role(jurisdiction, id)
}

// Law returns a jurisdiction's law topic.
func (l *Library) Law(jurisdiction, id string) (*law.Topic, bool) {
	t, ok := l.laws[jurisdiction+"/"+id]
	return t, ok
}

// Nations returns the ids of a jurisdiction's nations.
func (l *Library) Nations(jurisdiction string) []string {
	if j, ok := l.jurisdictions[jurisdiction]; ok {
		return j.NationIDs()
	}
	return nil
}

func (l *Library) loadRoutes(probs *problem.List, decode func(string, any) bool) {
	var f routes.File
	if decode(RoutesFile, &f) {
		f.Roles = dropEmpty(probs, RoutesFile, f.Roles)
		f.Requires = dropEmpty(probs, RoutesFile, f.Requires)
		for _, r := range f.Roles {
			r.Entries = dropEmpty(probs, RoutesFile, r.Entries)
		}
	}
	l.RoleList = f.Roles
	l.Routes = routes.NewRegistry(f)
	var lf law.File
	if decode(LawsFile, &lf) {
		lf.Laws = dropEmpty(probs, LawsFile, lf.Laws)
		for _, t := range lf.Laws {
			t.Rules = dropEmpty(probs, LawsFile, t.Rules)
		}
	}
	l.Laws = lf.Laws
	l.laws = map[string]*law.Topic{}
	var ff facetsFile
	if decode(FacetsFile, &ff) {
		l.Facets = dropEmpty(probs, FacetsFile, ff.Facets)
	}
}

// checkRoutes checks routes.yaml against the services and jurisdictions.
func (l *Library) checkRoutes(probs *problem.List) {
	seen := map[string]bool{}
	for _, r := range l.RoleList {
		line := func(k string) int { return cmpLine(r.Lines, k, r.Line) }
		k := r.Jurisdiction + "/" + r.ID
		j, okJ := l.jurisdictions[r.Jurisdiction]
		switch {
		case !idRE.MatchString(r.ID):
			probs.Errorf(RoutesFile, line("id"), "field-value", "role id %q must be lower-case words joined by hyphens", r.ID)
		case seen[k]:
			probs.Errorf(RoutesFile, line("id"), "duplicate-id", "role %q is defined twice for %s", r.ID, r.Jurisdiction)
		case !okJ:
			probs.Errorf(RoutesFile, line("jurisdiction"), "unknown-jurisdiction", "role %q: jurisdiction %q is not in %s", r.ID, r.Jurisdiction, JurisdictionsFile)
		case strings.TrimSpace(r.Label) == "":
			probs.Errorf(RoutesFile, r.Line, "required-field", "role %q needs a label", r.ID)
		case len(r.Entries) == 0:
			probs.Errorf(RoutesFile, r.Line, "required-field", "role %q needs at least one service", r.ID)
		}
		seen[k] = true
		l.checkRoleReview(probs, r)
		if r.For != "" && r.For != routes.ForUnder18 && r.For != routes.ForAdult {
			probs.Errorf(RoutesFile, line("for"), "field-value", "role %q: for %q must be %s or %s", r.ID, r.For, routes.ForUnder18, routes.ForAdult)
		}
		in := map[string]bool{}
		for _, e := range r.Entries {
			el := func(k string) int { return cmpLine(e.Lines, k, e.Line) }
			switch {
			case (e.Service == "") == (len(e.AnyOf) == 0):
				probs.Errorf(RoutesFile, e.Line, "field-value", "role %q: each entry gives either service or any_of", r.ID)
			case len(e.AnyOf) == 1:
				probs.Errorf(RoutesFile, el("any_of"), "field-value", "role %q: any_of lists alternatives, so it needs two or more; use service for one", r.ID)
			case len(e.AnyOf) > 1 && strings.TrimSpace(e.Label) == "":
				probs.Errorf(RoutesFile, e.Line, "required-field", "role %q: alternatives need a label naming what they do, such as \"Urgent mental health help\"", r.ID)
			}
			if e.For != "" && e.For != routes.ForUnder18 && e.For != routes.ForAdult {
				probs.Errorf(RoutesFile, el("for"), "field-value", "role %q: for %q must be %s or %s", r.ID, e.For, routes.ForUnder18, routes.ForAdult)
			}
			for _, id := range e.IDs() {
				s, ok := l.Services.Get(id)
				switch {
				case !ok:
					probs.Errorf(RoutesFile, e.Line, "unknown-service", "role %q: service %q is not in %s", r.ID, id, ServicesFile)
				case okJ && s.Jurisdiction != j.ID:
					probs.Errorf(RoutesFile, e.Line, "unknown-service", "role %q: service %q serves %s, not %s", r.ID, id, s.Jurisdiction, j.ID)
				case in[id]:
					probs.Errorf(RoutesFile, e.Line, "duplicate-id", "role %q lists service %q twice", r.ID, id)
				}
				in[id] = true
			}
		}
	}
	l.requireWords = map[*routes.Requirement][]*pattern.Pattern{}
	for _, q := range l.Routes.Requires {
		switch {
		case btoi(q.Category != "")+btoi(len(q.Facets) > 0)+btoi(len(q.Words) > 0) != 1:
			probs.Errorf(RoutesFile, q.Line, "field-value", "each requirement names one of a category, facets or words")
		case q.Category != "" && l.categories[q.Category] == nil:
			probs.Errorf(RoutesFile, q.Line, "unknown-category", "requirement: category %q is not in %s", q.Category, CategoriesFile)
		case len(q.Routes) == 0 || strings.TrimSpace(q.Why) == "":
			probs.Errorf(RoutesFile, q.Line, "required-field", "each requirement needs routes and why (said when a guide misses one)")
		}
		for _, fv := range q.Facets {
			if !l.knownFacet(fv, true) {
				probs.Errorf(RoutesFile, q.Line, "unknown-facet", "requirement: facet %q is not in %s", fv, FacetsFile)
			}
		}
		if len(q.Words) > 0 {
			l.requireWords[q] = compilePatterns(probs, RoutesFile, q.Line, "requirement", q.Words)
		}
	}
}

// checkLaws checks laws.yaml: every rule says something, names its law and
// its official source, and a topic's rules cover every nation once.
func (l *Library) checkLaws(probs *problem.List, usedResources map[string]bool) {
	for _, t := range l.Laws {
		line := func(k string) int { return cmpLine(t.Lines, k, t.Line) }
		k := t.Jurisdiction + "/" + t.ID
		j, okJ := l.jurisdictions[t.Jurisdiction]
		switch {
		case !idRE.MatchString(t.ID):
			probs.Errorf(LawsFile, line("id"), "field-value", "law id %q must be lower-case words joined by hyphens", t.ID)
		case l.laws[k] != nil:
			probs.Errorf(LawsFile, line("id"), "duplicate-id", "law %q is defined twice for %s", t.ID, t.Jurisdiction)
		case !okJ:
			probs.Errorf(LawsFile, line("jurisdiction"), "unknown-jurisdiction", "law %q: jurisdiction %q is not in %s", t.ID, t.Jurisdiction, JurisdictionsFile)
		case strings.TrimSpace(t.Label) == "" || len(t.Rules) == 0:
			probs.Errorf(LawsFile, t.Line, "required-field", "law %q needs a label and at least one rule", t.ID)
		}
		if l.laws[k] == nil {
			l.laws[k] = t
		}
		covered := map[string]int{}
		for _, r := range t.Rules {
			rl := func(k string) int { return cmpLine(r.Lines, k, r.Line) }
			checkLawReview(probs, t.ID, lawRule{law: r.Law, since: !r.Since.IsZero(), line: rl("since")})
			if strings.HasSuffix(r.Source, "/contents") {
				probs.Errorf(LawsFile, rl("source"), "law-source", "law %q: cite the section the rule rests on, not the contents page %s", t.ID, r.Source)
			}
			if strings.TrimSpace(r.Says) == "" || strings.TrimSpace(r.Law) == "" || r.Source == "" {
				probs.Errorf(LawsFile, r.Line, "required-field", "law %q: each rule needs says, law and source (and since, unless the law is long-standing)", t.ID)
			}
			if r.Source != "" {
				usedResources[r.Source] = true
				switch {
				case hostOf(r.Source) == "":
					probs.Errorf(LawsFile, rl("source"), "https", "law %q: source %q must be an https address", t.ID, r.Source)
				case l.resources[r.Source] == nil:
					probs.Errorf(LawsFile, rl("source"), "resource-unknown", "law %q: source %s is not in %s", t.ID, r.Source, ResourcesFile)
				}
			}
			if !okJ {
				continue
			}
			nations := r.Nations
			if len(nations) == 0 {
				nations = j.NationIDs()
				if len(nations) == 0 {
					nations = []string{""}
				}
			}
			for _, n := range nations {
				if _, ok := j.Nation(n); !ok && n != "" {
					probs.Errorf(LawsFile, rl("nations"), "field-value", "law %q: %q is not a nation of %s", t.ID, n, j.ID)
				}
				covered[n]++
			}
		}
		if !okJ {
			continue
		}
		want := j.NationIDs()
		if len(want) == 0 {
			want = []string{""}
		}
		for _, n := range want {
			name := j.Name
			if nn, ok := j.Nation(n); ok {
				name = nn.Name
			}
			switch covered[n] {
			case 0:
				probs.Errorf(LawsFile, t.Line, "law-nations", "law %q says nothing for %s: add a rule, and where there is no such law there, say so", t.ID, name)
			case 1:
			default:
				probs.Errorf(LawsFile, t.Line, "law-nations", "law %q has more than one rule for %s", t.ID, name)
			}
		}
	}
}

func (l *Library) checkFacets(probs *problem.List) {
	seen := map[string]bool{}
	for _, f := range l.Facets {
		switch {
		case !idRE.MatchString(f.ID):
			probs.Errorf(FacetsFile, f.Line, "field-value", "facet id %q must be lower-case words joined by hyphens", f.ID)
		case seen[f.ID]:
			probs.Errorf(FacetsFile, f.Line, "duplicate-id", "facet %q is defined twice", f.ID)
		case f.Label == "" || len(f.Values) == 0:
			probs.Errorf(FacetsFile, f.Line, "required-field", "facet %q needs a label and values", f.ID)
		}
		seen[f.ID] = true
		f.Values = dropEmpty(probs, FacetsFile, f.Values)
		vals := map[string]bool{}
		for _, v := range f.Values {
			switch {
			case !idRE.MatchString(v.ID):
				probs.Errorf(FacetsFile, v.Line, "field-value", "facet %q: value %q must be lower-case words joined by hyphens", f.ID, v.ID)
			case vals[v.ID]:
				probs.Errorf(FacetsFile, v.Line, "duplicate-id", "facet %q: value %q is listed twice", f.ID, v.ID)
			}
			vals[v.ID] = true
			if strings.TrimSpace(v.Says) == "" {
				probs.Errorf(FacetsFile, v.Line, "required-field", "facet %q: value %q needs says: the fact in a reader's words, finishing \"This fits if…\"", f.ID, v.ID)
			}
			if v.Weight < 0 {
				probs.Errorf(FacetsFile, cmpLine(v.Lines, "weight", v.Line), "field-value", "facet %q: value %q: weight must be 0 or more", f.ID, v.ID)
			}
			if v.Weight == 0 {
				v.Weight = 1
			}
			v.patterns = compilePatterns(probs, FacetsFile, cmpLine(v.Lines, "patterns", v.Line), f.ID+":"+v.ID, v.Patterns)
			v.unless = compilePatterns(probs, FacetsFile, cmpLine(v.Lines, "unless", v.Line), f.ID+":"+v.ID, v.Unless)
		}
	}
}

// FacetSays returns what a "facet:value" says in a reader's words, or "".
func (l *Library) FacetSays(fv string) string {
	id, val, _ := strings.Cut(fv, ":")
	for _, f := range l.Facets {
		if f.ID != id {
			continue
		}
		for _, v := range f.Values {
			if v.ID == val {
				return v.Says
			}
		}
	}
	return ""
}

// knownFacet reports whether "facet:value" names a facet value (or, with
// any, "facet:*").
func (l *Library) knownFacet(fv string, any bool) bool {
	id, v, ok := strings.Cut(fv, ":")
	if !ok {
		return false
	}
	for _, f := range l.Facets {
		if f.ID == id {
			return (any && v == "*") || slices.ContainsFunc(f.Values, func(fv *FacetValue) bool { return fv.ID == v })
		}
	}
	return false
}

// hasFacet reports whether a guide's facets match "facet:value" or
// "facet:*".
func hasFacet(g *guide.Guide, fv string) bool {
	if id, v, _ := strings.Cut(fv, ":"); v == "*" {
		return slices.ContainsFunc(g.Facets, func(f string) bool { return strings.HasPrefix(f, id+":") })
	}
	return slices.Contains(g.Facets, fv)
}

// coverage memoises routes.Cover per role and view: the answer depends on
// neither the guide nor anything else.
type coverage map[coverKey][]routes.Reader

type coverKey struct {
	role *routes.Role
	view routes.View
}

// checkGuideRoutes checks what a guide says about routes: every role it
// names exists and reaches every reader in every view, the roles its
// category and facets require are there, references in its text are to
// services that fit everyone (or to a role), and someone in crisis is never
// sent to the police.
func (l *Library) checkGuideRoutes(probs *problem.List, g *guide.Guide, j *Jurisdiction, cov coverage) {
	f := g.File
	line := func(k string) int { return cmpLine(g.FieldLines, k, 1) }
	nations := j.NationIDs()
	views := routes.Views(nations)
	for _, fv := range g.Facets {
		if !l.knownFacet(fv, false) {
			probs.Errorf(f, line("facets"), "unknown-facet", "facet %q is not a facet:value in %s", fv, FacetsFile)
		}
	}
	for _, id := range g.Routes {
		r, ok := l.Routes.Role(j.ID, id)
		if !ok {
			probs.Errorf(f, line("routes"), "unknown-route", "route %q is not a role of %s in %s", id, j.ID, RoutesFile)
			continue
		}
		for _, v := range views {
			k := coverKey{r, v}
			missing, done := cov[k]
			if !done {
				missing = routes.Cover(r, v, nations, l.Services)
				cov[k] = missing
			}
			if len(missing) > 0 {
				probs.Errorf(f, line("routes"), "route-reach", "route %q has nothing for %s, who sees the page for %s: add a service for them to the role in %s", id, describeReader(j, missing[0]), describeView(j, v), RoutesFile)
				break
			}
		}
	}
	var text string // the sections' text, for requirements by words
	for _, q := range l.Routes.Requires {
		if (q.Category != "" && q.Category != g.Category) || (len(q.Facets) > 0 && !slices.ContainsFunc(q.Facets, func(fv string) bool { return hasFacet(g, fv) })) {
			continue
		}
		if len(q.Words) > 0 {
			if text == "" {
				all := g.SectionsText()
				text = strings.ToLower(strings.Join(all[:], "\n"))
			}
			// A link that names the service and lands on the services
			// another guide shows first ("call a [domestic abuse
			// helpline](/uk/partner-monitoring#who-can-help)") gives the
			// reader one in a tap: its words need not be on this page.
			// Whether that guide shows the role first is checked with the
			// other guides (checkLinkLandings), as this check sees none.
			// Each such link covers its own words once: a mention of the
			// service elsewhere still needs the role.
			said := text
			for _, lk := range g.Links {
				if landing(lk.URL) && lk.Text != "" {
					said = strings.Replace(said, strings.ToLower(lk.Text), " ", 1)
				}
			}
			if !slices.ContainsFunc(l.requireWords[q], func(p *pattern.Pattern) bool { return p.MatchString(said) }) {
				continue
			}
		}
		for _, want := range q.Routes {
			if !listsRole(g.Routes, want) {
				probs.Errorf(f, line("routes"), "route-required", "routes must include %s: %s", strings.ReplaceAll(strconvQuote(want), "|", `" or "`), q.Why)
			}
		}
	}
	for _, ref := range g.Refs {
		if !ref.Resolved {
			continue
		}
		switch ref.Kind {
		case guide.RefRoute:
			if !slices.Contains(g.Routes, ref.Service) {
				probs.Errorf(f, ref.Line, "route-not-listed", "{{route:%s}} is used in the text but %q is not in routes", ref.Service, ref.Service)
			}
			if r, ok := l.Routes.Role(j.ID, ref.Service); ok && r.For != "" {
				probs.Errorf(f, ref.Line, "route-ref-hidden", "{{route:%s}} shows nothing to readers who are not %s, so their sentence would break: write the step for everyone and keep %q in routes, where its block shows to those it is for", ref.Service, r.For, ref.Service)
			}
		case guide.RefLaw:
			if _, ok := l.Law(j.ID, ref.Service); !ok {
				probs.Errorf(f, ref.Line, "unknown-law", "{{law:%s}} is not a law of %s in %s", ref.Service, j.ID, LawsFile)
			}
		case guide.RefService:
			s, ok := l.Services.Get(ref.Service)
			if !ok {
				continue
			}
			if s.Jurisdiction != j.ID {
				probs.Errorf(f, ref.Line, "unknown-service", "{{%s}} serves %s, not %s", ref.Service, s.Jurisdiction, j.ID)
			} else if who := forSome(s); who != "" {
				probs.Errorf(f, ref.Line, "route-ref", "{{%s}} is only for %s, but every reader sees this text: name the need as {{route:…}}, so each reader gets the services for them", ref.Service, who)
			}
			if ref.Service == j.Emergency && l.Style.CrisisMatch(ref.Sentence) {
				probs.Errorf(f, ref.Line, "crisis-route", "someone who might act on thoughts of ending their life, or has hurt themselves, needs an ambulance or A&E and their urgent mental-health line, not the police: write {{route:crisis}}")
			}
		}
	}
}

// forSome says who a service is limited to, or "" if it is for everyone.
func forSome(s *services.Service) string {
	var parts []string
	switch {
	case s.Ages.Min >= 18:
		parts = append(parts, "adults")
	case s.Ages.Max > 0 && s.Ages.Max < 18:
		parts = append(parts, "under-18s")
	case s.Ages.Min > 0:
		parts = append(parts, fmt.Sprintf("people %d and over", s.Ages.Min))
	case s.Ages.Max > 0:
		parts = append(parts, fmt.Sprintf("people up to %d", s.Ages.Max))
	}
	if s.Sex != "" {
		parts = append(parts, s.Sex+" readers")
	}
	if len(s.Nations) > 0 {
		parts = append(parts, "people in "+strings.Join(s.Nations, ", "))
	}
	return strings.Join(parts, " and ")
}

func describeView(j *Jurisdiction, v routes.View) string {
	who := map[routes.Audience]string{routes.Everyone: "readers who have not said their age", routes.Adult: "adults", routes.Under18: "under-18s", routes.Helping: "people helping someone"}[v.Audience]
	if n, ok := j.Nation(v.Nation); ok {
		return who + " in " + n.Name
	}
	return who
}

func describeReader(j *Jurisdiction, rd routes.Reader) string {
	age := "an adult"
	if rd.Under18 {
		age = "an under-18"
	}
	s := age + " (" + rd.Sex + ")"
	if n, ok := j.Nation(rd.Nation); ok {
		s += " in " + n.Name
	}
	return s
}

// GuideServices lists every service guide g can show in any view: those of
// the roles it names, then those its text names, each once.
func (l *Library) GuideServices(g *guide.Guide) []string {
	var out []string
	add := func(id string) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	for _, id := range g.Routes {
		if r, ok := l.Routes.Role(g.Jurisdiction, id); ok {
			for _, e := range r.Entries {
				for _, s := range e.IDs() {
					add(s)
				}
			}
		}
	}
	for _, ref := range g.Refs {
		if ref.Kind == guide.RefService {
			add(ref.Service)
		}
	}
	return out
}

// GuideLawSources lists the official pages of the law topics guide g
// refers to.
func (l *Library) GuideLawSources(g *guide.Guide) []string {
	var out []string
	for _, ref := range g.Refs {
		if ref.Kind != guide.RefLaw {
			continue
		}
		if t, ok := l.Law(g.Jurisdiction, ref.Service); ok {
			for _, r := range t.Rules {
				if !slices.Contains(out, r.Source) {
					out = append(out, r.Source)
				}
			}
		}
	}
	return out
}

func strconvQuote(s string) string { return `"` + s + `"` }

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// listsRole reports whether routes hold the role want names ("a|b":
// either).
func listsRole(routes []string, want string) bool {
	return slices.ContainsFunc(strings.Split(want, "|"), func(id string) bool { return slices.Contains(routes, id) })
}

// landing reports whether a link goes to the services another guide
// shows first.
func landing(url string) bool {
	path, frag, _ := strings.Cut(url, "#")
	return strings.HasPrefix(path, "/") && frag == "who-can-help"
}

// landsOnRoles reports whether a link goes to the services a guide shows
// first (#who-can-help), and the first role there, for every reader but
// one whose own age group's block goes before it, is the one want names
// ("a|b": either).
func (l *Library) landsOnRoles(url string, want []string) bool {
	path, _, _ := strings.Cut(url, "#")
	other := l.guides[strings.Trim(path, "/")]
	if !landing(url) || other == nil || len(want) != 1 {
		return false
	}
	for _, id := range other.Routes {
		r, ok := l.Routes.Role(other.Jurisdiction, id)
		if !ok || r.Safety || r.For != "" {
			continue
		}
		return slices.Contains(strings.Split(want[0], "|"), id)
	}
	return false
}

// checkLinkLandings checks a link that names a kind of service and lands
// on another guide's first services (see checkGuideRoutes) finds there
// the role its words need.
func (l *Library) checkLinkLandings(probs *problem.List, g *guide.Guide) {
	for _, lk := range g.Links {
		if !landing(lk.URL) || lk.Text == "" {
			continue
		}
		said := strings.ToLower(lk.Text)
		for _, q := range l.Routes.Requires {
			if len(q.Words) == 0 || listsRole(g.Routes, q.Routes[0]) {
				continue
			}
			if slices.ContainsFunc(l.requireWords[q], func(p *pattern.Pattern) bool { return p.MatchString(said) }) && !l.landsOnRoles(lk.URL, q.Routes) {
				probs.Errorf(g.File, lk.Line, "route-required", "the link %q lands where %s is not the first help shown: link to a guide that lists it first, or list it in routes (%s)", lk.Text, strconvQuote(q.Routes[0]), q.Why)
			}
		}
	}
}

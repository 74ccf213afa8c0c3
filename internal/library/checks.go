package library

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"firststeps/internal/date"
	"firststeps/internal/guide"
	"firststeps/internal/problem"
)

func (l *Library) checkDomains(probs *problem.List) {
	seen := map[string]bool{}
	for _, d := range l.Domains {
		switch {
		case d.Domain == "" || strings.ContainsAny(d.Domain, "/: ") || d.Domain != strings.ToLower(d.Domain):
			probs.Errorf(DomainsFile, d.Line, "domain", "%q is not a lower-case host name such as police.uk", d.Domain)
		case seen[d.Domain]:
			probs.Errorf(DomainsFile, d.Line, "duplicate-id", "domain %q is listed twice", d.Domain)
		case d.Owner == "" || d.Kind == "":
			probs.Errorf(DomainsFile, d.Line, "required-field", "domain %q needs an owner and a kind", d.Domain)
		}
		seen[d.Domain] = true
	}
}

func (l *Library) checkJurisdictions(probs *problem.List) {
	for _, j := range l.Jurisdictions {
		line := func(k string) int { return cmpLine(j.Lines, k, j.Line) }
		if !idRE.MatchString(j.ID) {
			probs.Errorf(JurisdictionsFile, line("id"), "field-value", "jurisdiction id %q must be lower-case letters", j.ID)
		}
		if _, dup := l.jurisdictions[j.ID]; dup {
			probs.Errorf(JurisdictionsFile, line("id"), "duplicate-id", "jurisdiction %q is defined twice", j.ID)
		}
		l.jurisdictions[j.ID] = j
		for key, id := range map[string]string{"emergency": j.Emergency, "non_emergency": j.NonEmergency} {
			if id == "" && key == "non_emergency" {
				continue // not every jurisdiction has a national one
			}
			if _, ok := l.Services.Get(id); !ok {
				probs.Errorf(JurisdictionsFile, line(key), "unknown-service", "jurisdiction %q: %s service %q is not in %s", j.ID, key, id, ServicesFile)
			}
		}
		if j.ShortName == "" {
			probs.Errorf(JurisdictionsFile, j.Line, "required-field", "jurisdiction %q needs a short name, such as UK", j.ID)
		}
		if j.Language == "" {
			probs.Errorf(JurisdictionsFile, j.Line, "required-field", "jurisdiction %q needs a language, such as en-GB", j.ID)
		}
		if l := j.DateLayout; l != "" && (!strings.Contains(l, "2006") || !strings.Contains(l, "2") || !strings.Contains(l, "January")) {
			probs.Errorf(JurisdictionsFile, line("date_layout"), "field-value", "jurisdiction %q: date_layout %q must be a Go time layout with the day, the month's name and the year, such as \"January 2, 2006\"", j.ID, l)
		}
		if u, err := url.Parse(j.QuickExit); j.QuickExit == "" || err != nil || u.Scheme != "https" || u.Host == "" {
			probs.Errorf(JurisdictionsFile, line("quick_exit"), "field-value", "jurisdiction %q: quick_exit %q must be the https address of an ordinary page its readers might be on, such as the weather", j.ID, j.QuickExit)
		}
		if j.Clock != "" && j.Clock != Clock24 && j.Clock != Clock12 {
			probs.Errorf(JurisdictionsFile, line("clock"), "field-value", "jurisdiction %q: clock %q must be %s or %s", j.ID, j.Clock, Clock24, Clock12)
		}
		j.placePatterns = compilePatterns(probs, JurisdictionsFile, line("place"), j.ID, j.Place)
		for i := range j.Words {
			w := &j.Words[i]
			if strings.TrimSpace(w.Not) == "" || strings.TrimSpace(w.Use) == "" {
				probs.Errorf(JurisdictionsFile, line("words"), "required-field", "jurisdiction %q: each of its words needs the word not to use (not) and the one to use (use)", j.ID)
				continue
			}
			w.re = regexp.MustCompile(`(?i)(^|[^\pL\pN])` + regexp.QuoteMeta(strings.TrimSpace(w.Not)) + `($|[^\pL\pN])`)
		}
		l.checkZones(probs, j)
		l.checkDivisions(probs, j)
		seen := map[string]bool{}
		for _, n := range j.Nations {
			switch {
			case !idRE.MatchString(n.ID):
				probs.Errorf(JurisdictionsFile, n.Line, "field-value", "jurisdiction %q: nation id %q must be lower-case words joined by hyphens", j.ID, n.ID)
			case seen[n.ID]:
				probs.Errorf(JurisdictionsFile, n.Line, "duplicate-id", "jurisdiction %q: nation %q is listed twice", j.ID, n.ID)
			case n.Name == "":
				probs.Errorf(JurisdictionsFile, n.Line, "required-field", "jurisdiction %q: nation %q needs a name", j.ID, n.ID)
			case n.Holidays != "" && !slices.Contains(j.DivisionIDs(), n.Holidays):
				probs.Errorf(JurisdictionsFile, n.Line, "field-value", "jurisdiction %q: nation %q keeps the holidays of %q, which is not one of its holiday divisions (%s)", j.ID, n.ID, n.Holidays, strings.Join(j.DivisionIDs(), ", "))
			}
			seen[n.ID] = true
		}
	}
	for _, d := range l.Domains {
		if d.Jurisdiction != "" && l.jurisdictions[d.Jurisdiction] == nil {
			probs.Errorf(DomainsFile, d.Line, "unknown-jurisdiction", "domain %q: jurisdiction %q is not in %s", d.Domain, d.Jurisdiction, JurisdictionsFile)
		}
	}
	for _, s := range l.Services.All() {
		j, ok := l.jurisdictions[s.Jurisdiction]
		if !ok {
			if s.Jurisdiction != "" {
				probs.Errorf(ServicesFile, cmpLine(s.Lines, "jurisdiction", s.Line), "unknown-jurisdiction", "service %q: jurisdiction %q is not in %s", s.ID, s.Jurisdiction, JurisdictionsFile)
			}
			continue
		}
		for _, n := range s.Nations {
			if _, ok := j.Nation(n); !ok {
				probs.Errorf(ServicesFile, cmpLine(s.Lines, "nations", s.Line), "service-nation", "service %q: %q is not a nation of %s (use %s)", s.ID, n, j.ID, strings.Join(j.NationIDs(), ", "))
			}
		}
		if s.TimeZone != "" && s.TimeZone != j.TimeZone && !slices.ContainsFunc(j.Zones, func(z Zone) bool { return z.ID == s.TimeZone }) {
			probs.Errorf(ServicesFile, cmpLine(s.Lines, "timezone", s.Line), "field-value", "service %q: time zone %q is not one of %s's zones (%s)", s.ID, s.TimeZone, j.ID, strings.Join(zoneIDs(j), ", "))
		}
		for _, c := range s.Contacts {
			if div := c.ParsedHours().Division(); div != "" && !slices.Contains(j.DivisionIDs(), div) {
				probs.Errorf(ServicesFile, cmpLine(c.Lines, "hours", c.Line), "field-value", "service %q: contact %q closes on the holidays of %q, which is not a holiday division of %s (%s)", s.ID, c.ID, div, j.ID, strings.Join(j.DivisionIDs(), ", "))
			}
			for _, n := range c.Nations {
				if _, ok := j.Nation(n); !ok {
					probs.Errorf(ServicesFile, cmpLine(c.Lines, "nations", c.Line), "service-nation", "service %q: contact %q: %q is not a nation of %s", s.ID, c.ID, n, j.ID)
				}
			}
		}
	}
}

func cmpLine(lines map[string]int, key string, fallback int) int {
	if l, ok := lines[key]; ok {
		return l
	}
	return fallback
}

func (l *Library) checkCategories(probs *problem.List) {
	for _, c := range l.Categories {
		line := func(k string) int { return cmpLine(c.Lines, k, c.Line) }
		switch {
		case !idRE.MatchString(c.ID):
			probs.Errorf(CategoriesFile, line("id"), "field-value", "category id %q must be lower-case words joined by hyphens", c.ID)
		case l.categories[c.ID] != nil:
			probs.Errorf(CategoriesFile, line("id"), "duplicate-id", "category %q is defined twice", c.ID)
		case c.Label == "" || c.Description == "":
			probs.Errorf(CategoriesFile, c.Line, "required-field", "category %q needs a label and a description", c.ID)
		}
		for _, r := range c.Rules {
			if !slices.Contains(categoryRules, r) {
				probs.Errorf(CategoriesFile, line("rules"), "field-value", "category %q: unknown rule %q (rules: %s)", c.ID, r, strings.Join(categoryRules, ", "))
			}
		}
		if l.categories[c.ID] == nil {
			l.categories[c.ID] = c
		}
	}
}

func (l *Library) checkResources(probs *problem.List, opt Options) {
	for _, r := range l.Resources {
		if r == nil {
			continue
		}
		line := func(k string) int { return cmpLine(r.Lines, k, r.Line) }
		if !idRE.MatchString(r.ID) {
			probs.Errorf(ResourcesFile, line("id"), "field-value", "resource id %q must be lower-case words joined by hyphens", r.ID)
		} else if l.resourceIDs[r.ID] != nil {
			probs.Errorf(ResourcesFile, line("id"), "duplicate-id", "resource id %q is used twice", r.ID)
		}
		if l.resources[r.URL] != nil {
			probs.Errorf(ResourcesFile, line("url"), "duplicate-id", "%s is listed twice", r.URL)
		}
		host := hostOf(r.URL)
		switch {
		case host == "":
			probs.Errorf(ResourcesFile, line("url"), "https", "resource %q: %q must be an https address", r.ID, r.URL)
		default:
			if d, ok := l.allowedDomain(host); !ok {
				probs.Errorf(ResourcesFile, line("url"), "resource-domain", "resource %q: %s is not on the allow-list in %s", r.ID, host, DomainsFile)
			} else if unpublishedHost(host, d) {
				probs.Errorf(ResourcesFile, line("url"), "unpublished-page", "resource %q: %s is a site being built or tested, not the published one: cite the page on %s itself", r.ID, host, d.Domain)
			}
		}
		if strings.TrimSpace(r.Title) == "" || strings.TrimSpace(r.Publisher) == "" {
			probs.Errorf(ResourcesFile, r.Line, "required-field", "resource %q needs a title and a publisher", r.ID)
		}
		if r.Checked.IsZero() {
			probs.Errorf(ResourcesFile, r.Line, "required-field", "resource %q needs the date it was last checked", r.ID)
		} else if !opt.Today.IsZero() && r.Checked.After(opt.Today) {
			probs.Errorf(ResourcesFile, line("checked"), "field-value", "resource %q was checked on %s, which is in the future", r.ID, r.Checked)
		}
		if l.resourceIDs[r.ID] == nil {
			l.resourceIDs[r.ID] = r
		}
		if l.resources[r.URL] == nil {
			l.resources[r.URL] = r
		}
	}
}

// crossCheck applies the rules that span files.
func (l *Library) crossCheck(probs *problem.List, opt Options, ls *loadState) {
	usedServices := map[string]bool{}
	usedResources := map[string]bool{}
	for _, j := range l.Jurisdictions {
		usedServices[j.Emergency], usedServices[j.NonEmergency] = true, true
	}
	for _, r := range l.RoleList {
		for _, e := range r.Entries {
			for _, id := range e.IDs() {
				usedServices[id] = true
			}
		}
	}
	for url := range ls.lawSources {
		usedResources[url] = true
	}
	for _, s := range l.Services.All() {
		for _, src := range s.Sources {
			usedResources[src.URL] = true
			if _, ok := l.resources[src.URL]; !ok && hostOf(src.URL) != "" {
				probs.Errorf(ServicesFile, src.Line, "resource-unknown", "service %q: source %s is not in %s, so changes to it would go unnoticed", s.ID, src.URL, ResourcesFile)
			}
		}
	}
	for _, g := range l.Guides {
		l.checkGuideLinks(probs, g, usedServices, usedResources)
	}
	if opt.Lint {
		l.checkRelatedBothWays(probs)
		l.checkTwins(probs, ls)
	}
	for _, s := range l.Services.All() {
		if !usedServices[s.ID] && len(s.Groups) == 0 {
			probs.Errorf(ServicesFile, s.Line, "service-unused", "service %q is used by no guide and has no groups, so it appears nowhere", s.ID)
		}
	}
	if opt.Lint {
		for _, r := range l.Resources {
			if r != nil && !usedResources[r.URL] {
				probs.Warnf(ResourcesFile, r.Line, "resource-unused", "resource %q is cited by no guide or service", r.ID)
			}
		}
	}
}

// hostCheck is what crossCheck found of a cited address: its host ("" if
// it is not https) and whether the host is on the allow-list. Guides cite
// the same addresses again and again, and parsing each costs more than the
// rest of the check.
type hostCheck struct {
	host    string
	allowed bool
	domain  Domain
}

// checkMemo is what checkGuideAlone remembers between guides: one
// goroutine's.
type checkMemo struct {
	hosts map[string]hostCheck
	cov   coverage
}

func newCheckMemo() checkMemo { return checkMemo{hosts: map[string]hostCheck{}, cov: coverage{}} }

// checkGuideAlone checks what can be checked of a guide with the
// registries alone, not the other guides: its result depends on nothing
// else, so a cache may keep it with the guide. Only lint gets the
// review's wording warnings.
func (l *Library) checkGuideAlone(probs *problem.List, g *guide.Guide, memo checkMemo, lint bool) {
	f := g.File
	line := func(k string) int { return cmpLine(g.FieldLines, k, 1) }
	j, okJ := l.jurisdictions[g.Jurisdiction]
	if !okJ && g.Jurisdiction != "" {
		probs.Errorf(f, line("jurisdiction"), "unknown-jurisdiction", "jurisdiction %q is not in %s", g.Jurisdiction, JurisdictionsFile)
	}
	cat, okC := l.categories[g.Category]
	if !okC && g.Category != "" {
		probs.Errorf(f, line("category"), "unknown-category", "category %q is not in %s", g.Category, CategoriesFile)
	}
	if okJ {
		l.checkGuideRoutes(probs, g, j, memo.cov)
		l.checkGuideReview(probs, g, lint)
	}
	if okC && cat.Neutral && okJ && strings.TrimSpace(j.NeutralTitle) == "" {
		probs.Errorf(f, line("category"), "field-value", "category %q is neutral, so jurisdiction %q needs a neutral_title in %s", cat.ID, j.ID, JurisdictionsFile)
	}
	for _, id := range g.Related {
		if id == g.ID {
			probs.Errorf(f, line("related"), "unknown-related", "a guide cannot be related to itself")
		}
	}
	cite := func(url string, at int, what string) {
		hc, ok := memo.hosts[url]
		if !ok {
			hc.host = hostOf(url)
			hc.domain, hc.allowed = l.allowedDomain(hc.host)
			memo.hosts[url] = hc
		}
		if hc.host == "" {
			probs.Errorf(f, at, "https", "%s %q must be an https address", what, url)
			return
		}
		if !hc.allowed {
			probs.Errorf(f, at, "resource-domain", "%s %s: %s is not on the allow-list of official and charity domains in %s", what, url, hc.host, DomainsFile)
		} else if unpublishedHost(hc.host, hc.domain) {
			// A review found three guides citing a redesign of a site
			// before it was published.
			probs.Errorf(f, at, "unpublished-page", "%s %s: %s is a site being built or tested, not the published one: cite the page on %s itself", what, url, hc.host, hc.domain.Domain)
		}
		// A review found US guides resting on UK government and police
		// pages: those state another jurisdiction's law, services and
		// procedures, so they cannot back a fact for this one.
		if d := hc.domain; hc.allowed && d.Jurisdiction != "" && g.Jurisdiction != "" && d.Jurisdiction != g.Jurisdiction {
			name := func(id string) string {
				if j := l.jurisdictions[id]; j != nil && j.ShortName != "" {
					return j.ShortName
				}
				return id
			}
			probs.Errorf(f, at, "foreign-source", "%s %s is on %s (%s), which speaks for the %s, not the %s: find the fact on an official page for the %s, or leave it out", what, url, d.Domain, d.Owner, name(d.Jurisdiction), name(g.Jurisdiction), name(g.Jurisdiction))
		}
		if _, ok := l.resources[url]; !ok {
			probs.Errorf(f, at, "resource-unknown", "%s %s is not in %s; add it with its title, publisher and the date you checked it", what, url, ResourcesFile)
		}
	}
	seen := map[string]bool{}
	for _, r := range g.Resources {
		if seen[r.URL] {
			probs.Errorf(f, r.Line, "resource-duplicate", "%s is listed twice", r.URL)
		}
		seen[r.URL] = true
		cite(r.URL, r.Line, "resource")
	}
	if n := len(g.Resources); n < 2 && g.Sections[guide.Resources].Line > 0 {
		probs.Errorf(f, g.Sections[guide.Resources].Line, "resources-count", "give at least 2 Additional Resources (found %d)", n)
	}
	for _, s := range g.Sources {
		if strings.HasPrefix(s.URL, "https://") {
			cite(s.URL, s.Line, "source")
		}
	}
	for _, lk := range g.Links {
		if !strings.HasPrefix(lk.URL, "/") && !strings.HasPrefix(lk.URL, "#") {
			cite(lk.URL, lk.Line, "link")
		}
	}
	if !okC || !okJ {
		return
	}
	if cat.HasRule(RuleCitedSources) && len(g.Sources) == 0 {
		probs.Errorf(f, 1, RuleCitedSources, "guides in %q must list in sources the official pages their facts were checked on", cat.ID)
	}
}

// checkGuideLinks checks what a guide says of other guides (related
// guides and links to guides exist), and notes the services and pages it
// uses.
func (l *Library) checkGuideLinks(probs *problem.List, g *guide.Guide, usedServices, usedResources map[string]bool) {
	f := g.File
	for _, ref := range g.Refs {
		if ref.Kind == guide.RefService {
			usedServices[ref.Service] = true
		}
	}
	for _, id := range g.Related {
		if id != g.ID && l.guides[id] == nil {
			probs.Errorf(f, cmpLine(g.FieldLines, "related", 1), "unknown-related", "related guide %q does not exist", id)
		}
	}
	for _, r := range g.Resources {
		usedResources[r.URL] = true
	}
	for _, s := range g.Sources {
		if strings.HasPrefix(s.URL, "https://") {
			usedResources[s.URL] = true
		}
	}
	l.checkLinkLandings(probs, g)
	for _, lk := range g.Links {
		switch {
		case strings.HasPrefix(lk.URL, "/"):
			path, anchor, hasAnchor := strings.Cut(lk.URL, "#")
			p := strings.Trim(path, "/")
			if strings.Count(p, "/") != 1 || l.jurisdictions[strings.Split(p, "/")[0]] == nil {
				break
			}
			switch {
			case l.guides[p] == nil:
				probs.Errorf(f, lk.Line, "unknown-related", "link to %s: no such guide", lk.URL)
			case hasAnchor && !slices.Contains(guide.PageAnchors, anchor):
				probs.Errorf(f, lk.Line, "unknown-related", "link to %s: a guide page has no part #%s; link to one of #%s", lk.URL, anchor, strings.Join(guide.PageAnchors, ", #"))
			}
		case strings.HasPrefix(lk.URL, "#"):
		default:
			usedResources[lk.URL] = true
		}
	}
}

// checkHolidayCoverage warns when a division's holidays run out within
// the next 12 months: opening hours would then ignore holidays.
func (l *Library) checkHolidayCoverage(probs *problem.List, today date.Date) {
	if l.Holidays == nil {
		return
	}
	need := today.AddMonths(12)
	for _, j := range l.Jurisdictions {
		for _, div := range j.DivisionIDs() {
			if last := l.Holidays.Last(div); l.Holidays.HasDivision(div) && last.Before(need) {
				probs.Warnf(HolidaysFile, 0, "holidays-coverage", "%s %s end on %s, less than 12 months ahead; run firststeps holidays refresh -jurisdiction %s", div, j.Holidays.Word, last, j.ID)
			}
		}
	}
}

// checkZones checks a jurisdiction's time zones: a zone its hours are read
// in, and for one spanning several, each named and the default among them.
func (l *Library) checkZones(probs *problem.List, j *Jurisdiction) {
	line := func(k string) int { return cmpLine(j.Lines, k, j.Line) }
	loc, err := time.LoadLocation(j.TimeZone)
	if err != nil || j.TimeZone == "" {
		probs.Errorf(JurisdictionsFile, line("timezone"), "field-value", "jurisdiction %q: %q is not a time zone such as Europe/London", j.ID, j.TimeZone)
	} else {
		l.locations[j.ID] = loc
		l.zones[j.TimeZone] = loc
	}
	for _, z := range j.Zones {
		zl, err := time.LoadLocation(z.ID)
		switch {
		case err != nil || z.ID == "":
			probs.Errorf(JurisdictionsFile, z.Line, "field-value", "jurisdiction %q: %q is not a time zone such as America/New_York", j.ID, z.ID)
		case z.Name == "":
			probs.Errorf(JurisdictionsFile, z.Line, "required-field", "jurisdiction %q: zone %q needs the name readers know it by, such as Eastern time", j.ID, z.ID)
		default:
			l.zones[z.ID] = zl
		}
	}
	if len(j.Zones) > 0 && !slices.Contains(zoneIDs(j), j.TimeZone) {
		probs.Errorf(JurisdictionsFile, line("zones"), "field-value", "jurisdiction %q: its time zone %q must be one of its zones (%s)", j.ID, j.TimeZone, strings.Join(zoneIDs(j), ", "))
	}
}

func zoneIDs(j *Jurisdiction) []string {
	out := make([]string, len(j.Zones))
	for i, z := range j.Zones {
		out[i] = z.ID
	}
	return out
}

// checkDivisions checks a jurisdiction's holiday divisions: named, each
// with a feed or rules to refresh from, and present in holidays.json.
func (l *Library) checkDivisions(probs *problem.List, j *Jurisdiction) {
	h := j.Holidays
	if len(h.Divisions) == 0 {
		return
	}
	if h.Word == "" {
		probs.Errorf(JurisdictionsFile, h.Line, "required-field", "jurisdiction %q: holidays need the word readers use for them, such as bank holidays", j.ID)
	}
	if h.Feed != "" && hostOf(h.Feed) == "" {
		probs.Errorf(JurisdictionsFile, h.Line, "field-value", "jurisdiction %q: holiday feed %q must be an https address", j.ID, h.Feed)
	}
	seen := map[string]bool{}
	for _, d := range h.Divisions {
		switch {
		case !idRE.MatchString(d.ID):
			probs.Errorf(JurisdictionsFile, d.Line, "field-value", "jurisdiction %q: holiday division %q must be lower-case words joined by hyphens", j.ID, d.ID)
		case seen[d.ID] || l.divisionOwner[d.ID] != "":
			probs.Errorf(JurisdictionsFile, d.Line, "duplicate-id", "holiday division %q is listed twice", d.ID)
		case d.Name == "":
			probs.Errorf(JurisdictionsFile, d.Line, "required-field", "jurisdiction %q: holiday division %q needs a name", j.ID, d.ID)
		case d.Rules == nil && h.Feed == "":
			probs.Errorf(JurisdictionsFile, d.Line, "required-field", "jurisdiction %q: holiday division %q needs rules, or a feed for the jurisdiction", j.ID, d.ID)
		case d.Rules != nil && d.Rules.Check() != nil:
			probs.Errorf(JurisdictionsFile, d.Line, "field-value", "jurisdiction %q: holiday division %q: %v", j.ID, d.ID, d.Rules.Check())
		case d.Rules != nil && hostOf(d.Rules.Source) == "":
			probs.Errorf(JurisdictionsFile, d.Line, "required-field", "jurisdiction %q: holiday division %q: rules need the https address of the official page that sets them", j.ID, d.ID)
		case l.Holidays != nil && !l.Holidays.HasDivision(d.ID):
			probs.Errorf(HolidaysFile, 0, "holidays", "holiday division %q of %s has no days in %s: run firststeps holidays refresh -jurisdiction %s", d.ID, j.ID, HolidaysFile, j.ID)
		}
		seen[d.ID] = true
		l.divisionOwner[d.ID] = j.ID
	}
}

// checkRelatedBothWays warns when a guide lists another as related but the
// other does not list it back: a reader of either should find the other.
func (l *Library) checkRelatedBothWays(probs *problem.List) {
	for _, g := range l.Guides {
		for _, id := range g.Related {
			other := l.guides[id]
			if other == nil || other == g || slices.Contains(other.Related, g.ID) {
				continue
			}
			probs.Warnf(g.File, cmpLine(g.FieldLines, "related", 1), "related-both-ways", "%s is related to %s, but %s does not list %s back: add it to its related", g.ID, id, id, g.ID)
		}
	}
}

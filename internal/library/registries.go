package library

import (
	"net/url"
	"regexp"
	"strings"

	"firststeps/internal/date"
)

// Resource is one cited web page, from resources.yaml.
type Resource struct {
	ID        string    `yaml:"id"`
	URL       string    `yaml:"url"`
	Title     string    `yaml:"title"`
	Publisher string    `yaml:"publisher"`
	Checked   date.Date `yaml:"checked"` // when an editor last confirmed the page says what guides use it for
	// Selectors are extra CSS selectors to remove before extracting the
	// page's main text (see firststeps sources check).
	Selectors []string       `yaml:"selectors"`
	Line      int            `yaml:"-"`
	Lines     map[string]int `yaml:"-"`
}

type resourcesFile struct {
	Resources []*Resource `yaml:"resources"`
}

// Domain is an official or charity web domain that guides may cite.
type Domain struct {
	Domain string `yaml:"domain"` // matches itself and its subdomains
	Owner  string `yaml:"owner"`
	Kind   string `yaml:"kind"` // government, police, nhs, regulator, charity, legislation, international
	Line   int    `yaml:"-"`
}

type domainsFile struct {
	Domains []Domain `yaml:"domains"`
}

// Category groups guides and switches on rules its guides must meet.
type Category struct {
	ID          string         `yaml:"id"`
	Label       string         `yaml:"label"`
	Description string         `yaml:"description"`
	Rules       []string       `yaml:"rules"`
	Line        int            `yaml:"-"`
	Lines       map[string]int `yaml:"-"`
}

// Category rules.
const (
	// RuleEmergencyRoute: the guide lists and mentions the jurisdiction's
	// emergency service.
	RuleEmergencyRoute = "emergency-route"
	// RuleChildRoute: the guide lists at least one of the jurisdiction's
	// routes for under-18s.
	RuleChildRoute = "child-route"
	// RuleCitedSources: the guide names the official pages its facts were
	// checked on, in the "sources" front matter.
	RuleCitedSources = "cited-sources"
)

var categoryRules = []string{RuleEmergencyRoute, RuleChildRoute, RuleCitedSources}

// HasRule reports whether the category switches rule on.
func (c *Category) HasRule(rule string) bool {
	for _, r := range c.Rules {
		if r == rule {
			return true
		}
	}
	return false
}

type categoriesFile struct {
	Categories []*Category `yaml:"categories"`
}

// Jurisdiction is a legal area guides are written for.
type Jurisdiction struct {
	ID           string         `yaml:"id"`
	Name         string         `yaml:"name"`
	TimeZone     string         `yaml:"timezone"`
	Emergency    string         `yaml:"emergency"`     // service id, e.g. police-999
	NonEmergency string         `yaml:"non_emergency"` // service id, e.g. police-101
	ChildRoutes  []string       `yaml:"child_routes"`  // service ids for under-18s
	Nations      []string       `yaml:"nations"`
	Line         int            `yaml:"-"`
	Lines        map[string]int `yaml:"-"`
}

type jurisdictionsFile struct {
	Jurisdictions []*Jurisdiction `yaml:"jurisdictions"`
}

var idRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// hostOf returns the lower-case host of an https URL, or "".
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// AllowedHost reports whether host is on the allow-list of domains guides
// may cite (domains.yaml), itself or as a subdomain.
func (l *Library) AllowedHost(host string) bool {
	_, ok := l.allowedDomain(strings.ToLower(host))
	return ok
}

// allowedDomain returns the allow-list entry covering host.
func (l *Library) allowedDomain(host string) (Domain, bool) {
	for _, d := range l.Domains {
		if host == d.Domain || strings.HasSuffix(host, "."+d.Domain) {
			return d, true
		}
	}
	return Domain{}, false
}

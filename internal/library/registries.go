package library

import (
	"firststeps/internal/pattern"
	"firststeps/internal/problem"
	"firststeps/internal/services"
	"io/fs"
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
	// page's main text (see firststeps-sources check).
	Selectors []string `yaml:"selectors"`
	// NotForReaders marks a page editors may cite for a fact but readers
	// must not be sent to: out of date, a fundraising appeal, or about
	// repealed law. It may not be listed under Additional Resources.
	NotForReaders bool           `yaml:"not_for_readers"`
	Line          int            `yaml:"-"`
	Lines         map[string]int `yaml:"-"`
}

type resourcesFile struct {
	Resources []*Resource `yaml:"resources"`
}

// Domain is an official, charity or platform web domain that guides may
// cite (a platform's only for its own reporting or removal process).
type Domain struct {
	Domain string `yaml:"domain"` // matches itself and its subdomains
	Owner  string `yaml:"owner"`
	Kind   string `yaml:"kind"` // government, police, nhs, regulator, charity, legislation, international, university, health, platform
	// Jurisdiction, where set, is the one whose government, police or
	// courts speak on this domain: its pages state that jurisdiction's law,
	// services and procedures, so guides elsewhere may not cite them.
	Jurisdiction string `yaml:"jurisdiction"`
	Line         int    `yaml:"-"`
}

type domainsFile struct {
	Domains []Domain `yaml:"domains"`
}

// Category groups guides and switches on rules its guides must meet.
type Category struct {
	ID          string   `yaml:"id"`
	Label       string   `yaml:"label"`
	Description string   `yaml:"description"`
	Rules       []string `yaml:"rules"`
	// Neutral gives the category's guides a neutral address and title for
	// links within the site, so a browser's history does not name the
	// situation (see package web).
	Neutral bool           `yaml:"neutral"`
	Line    int            `yaml:"-"`
	Lines   map[string]int `yaml:"-"`
}

// Category rules. The routes a category's guides must show are set in
// routes.yaml (requires), with the rest of the route model.
const (
	// RuleCitedSources: the guide names the official pages its facts were
	// checked on, in the "sources" front matter.
	RuleCitedSources = "cited-sources"
)

var categoryRules = []string{RuleCitedSources}

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
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
	// ShortName is how pages name it in a phrase: "UK", "US".
	ShortName string `yaml:"short_name"`
	// Language is the page language, such as en-GB.
	Language string `yaml:"language"`
	// TimeZone is the zone a service's hours are kept in unless it names
	// its own.
	TimeZone string `yaml:"timezone"`
	// Zones are the time zones of a jurisdiction that spans several: a
	// service may keep its hours in any of them, and its times are shown
	// with the zone's name, since a reader's zone is never guessed.
	Zones []Zone `yaml:"zones"`
	// DateLayout is how dates are written, as a Go time layout: "January
	// 2, 2006" for the US; empty means "2 January 2006".
	DateLayout string `yaml:"date_layout"`
	// Clock is how times are written: "24-hour" (17:30, the default) or
	// "12-hour" (5:30 p.m.).
	Clock        string   `yaml:"clock"`
	Holidays     Holidays `yaml:"holidays"`
	Emergency    string   `yaml:"emergency"`     // service id, e.g. police-999
	NonEmergency string   `yaml:"non_emergency"` // service id, e.g. police-101; empty where there is no national one
	// Nations are the parts of the jurisdiction whose services, law and
	// holidays differ; a reader may choose one.
	Nations []Nation `yaml:"nations"`
	// SafetyGuide is the guide on staying safe on a watched device, linked
	// from every page's exit notice and footer.
	SafetyGuide string `yaml:"safety_guide"`
	// QuickExit is the ordinary page the quick exit leaves for from this
	// jurisdiction's pages: one anyone there might be reading, such as
	// the weather (an https address). A server told where to exit goes
	// there instead.
	QuickExit string `yaml:"quick_exit"`
	// NeutralTitle is the page title a guide in a neutral category has at
	// its neutral address.
	NeutralTitle string `yaml:"neutral_title"`
	// Place are patterns (as for cues) for words that say a person is in
	// this jurisdiction: its emergency number, agencies, money, school
	// years. A search whose words point to another jurisdiction, and not
	// to the one it was made in, is answered there.
	Place         []string `yaml:"place"`
	placePatterns []*pattern.Pattern
	// Words are words its readers do not use (another jurisdiction's
	// spelling, terms and services), each with the one they do: lint warns
	// where a page for this jurisdiction uses one.
	Words []Word         `yaml:"words"`
	Line  int            `yaml:"-"`
	Lines map[string]int `yaml:"-"`
}

// Word is a word a jurisdiction's readers do not use, and the one to use
// instead.
type Word struct {
	Not string `yaml:"not"`
	Use string `yaml:"use"`
	re  *regexp.Regexp
}

// Zone is a time zone of a jurisdiction and its name for readers.
type Zone struct {
	ID   string `yaml:"id"`   // IANA name: America/New_York
	Name string `yaml:"name"` // "Eastern time"
	Line int    `yaml:"-"`
}

// Holidays says which holidays a jurisdiction's services close on and where
// their dates come from.
type Holidays struct {
	// Word is what readers call them: "bank holidays".
	Word string `yaml:"word"`
	// Feed is the official feed in the GOV.UK shape that "firststeps
	// holidays refresh" reads the divisions without rules from.
	Feed string `yaml:"feed"`
	// Divisions are the parts whose holidays differ; the first is used
	// when the reader's nation is not known.
	Divisions []Division `yaml:"divisions"`
	Line      int        `yaml:"-"`
}

// Division is one set of holidays.
type Division struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"` // as in "closed on bank holidays in Scotland"
	// Rules give the division's days where no feed publishes them.
	Rules *services.HolidayRules `yaml:"rules"`
	Line  int                    `yaml:"-"`
}

// DivisionIDs returns the ids of the jurisdiction's holiday divisions.
func (j *Jurisdiction) DivisionIDs() []string {
	out := make([]string, len(j.Holidays.Divisions))
	for i, d := range j.Holidays.Divisions {
		out[i] = d.ID
	}
	return out
}

// TwelveHour reports whether the jurisdiction writes times on the 12-hour
// clock.
func (j *Jurisdiction) TwelveHour() bool { return j.Clock == Clock12 }

// Clock values.
const (
	Clock24 = "24-hour"
	Clock12 = "12-hour"
)

// Nation is one part of a jurisdiction.
type Nation struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"` // "Northern Ireland"
	// Holidays is the bank-holiday division whose days it keeps.
	Holidays string `yaml:"holidays"`
	Line     int    `yaml:"-"`
}

// NationIDs returns the ids of the jurisdiction's nations, in order.
func (j *Jurisdiction) NationIDs() []string {
	out := make([]string, len(j.Nations))
	for i, n := range j.Nations {
		out[i] = n.ID
	}
	return out
}

// Nation returns one of the jurisdiction's nations.
func (j *Jurisdiction) Nation(id string) (Nation, bool) {
	for _, n := range j.Nations {
		if n.ID == id {
			return n, true
		}
	}
	return Nation{}, false
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

// unpublishedLabel is a part of a host name that marks a site still being
// built or tested (dev-redesign.rainn.org, staging.example.gov): a page
// there may change, vanish or never be published, so it backs no fact.
var unpublishedLabel = regexp.MustCompile(`(^|-)(dev|develop|development|staging|stage|stg|test|testing|preview|uat|qa|sandbox)($|-|[0-9])`)

// unpublishedHost reports whether host is a development or test site of
// the allowed domain d: a label before d's own marks it so.
func unpublishedHost(host string, d Domain) bool {
	sub := strings.TrimSuffix(strings.TrimSuffix(host, d.Domain), ".")
	for _, label := range strings.Split(sub, ".") {
		if label != "" && unpublishedLabel.MatchString(label) {
			return true
		}
	}
	return false
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

// ReadJurisdictions reads only jurisdictions.yaml from a content folder, for
// tools that need a jurisdiction's settings without a whole valid library
// (such as refreshing holidays.json while it is broken).
func ReadJurisdictions(fsys fs.FS) ([]*Jurisdiction, problem.List) {
	var f jurisdictionsFile
	probs, _ := decodeFile(fsys, JurisdictionsFile, &f)
	return f.Jurisdictions, probs
}

// PlacePatterns returns the compiled place patterns, as PlaceOf runs
// them.
func (j *Jurisdiction) PlacePatterns() []*pattern.Pattern { return j.placePatterns }

// PlaceOf returns the jurisdiction that normalised text (see
// search.Normalize) says the person is in, by its place words, and how
// many of its patterns matched; "" when no jurisdiction's words appear, or
// when two are named equally.
func (l *Library) PlaceOf(text string) string {
	best, bestN, tie := "", 0, false
	t := l.lexicon.Scan(text)
	for _, j := range l.Jurisdictions {
		n := 0
		for _, p := range j.placePatterns {
			if p.Match(t) {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = j.ID, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

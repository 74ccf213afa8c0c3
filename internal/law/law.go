// Package law provides the law registry read from laws.yaml: each offence
// or legal rule a guide relies on, kept once with what it covers, where it
// applies, since when, and the official page it comes from. Guides refer to
// a topic as {{law:id}}, and the page shows the rule for the reader's
// nation, or one line per nation when the nation is not chosen, so a change
// in the law is one edit.
//
// A topic's rules must between them cover every nation of its jurisdiction
// (or the whole jurisdiction, when it has no nations): where a nation has
// no such law, a rule says so plainly, so no reader is left to assume.
package law

import (
	"slices"

	"firststeps/internal/date"
)

// File is the shape of laws.yaml.
type File struct {
	Laws []*Topic `yaml:"laws"`
}

// Topic is one legal question guides refer to, such as whether sharing
// intimate images without consent is a crime.
type Topic struct {
	ID           string         `yaml:"id"`
	Jurisdiction string         `yaml:"jurisdiction"`
	Label        string         `yaml:"label"` // "Sharing intimate images without consent"
	Rules        []*Rule        `yaml:"rules"`
	Line         int            `yaml:"-"`
	Lines        map[string]int `yaml:"-"`
}

// Rule is what the law says in some nations.
type Rule struct {
	Nations []string `yaml:"nations"` // empty = the whole jurisdiction
	// Says is the rule in plain words, one or two sentences that stand
	// alone.
	Says string `yaml:"says"`
	// Law names the statute and section, or says that there is none.
	Law string `yaml:"law"`
	// Since is when it came into force; a date still to come is shown as
	// "From <date>". It is left out for long-standing law.
	Since  date.Date      `yaml:"since"`
	Source string         `yaml:"source"` // the official page, https
	Line   int            `yaml:"-"`
	Lines  map[string]int `yaml:"-"`
}

// For returns the rule that applies in nation ("" = the whole
// jurisdiction).
func (t *Topic) For(nation string) (*Rule, bool) {
	for _, r := range t.Rules {
		if len(r.Nations) == 0 || slices.Contains(r.Nations, nation) {
			return r, true
		}
	}
	return nil, false
}

package routes

import (
	"slices"

	"firststeps/internal/services"
)

// File is the shape of routes.yaml.
type File struct {
	Roles []*Role `yaml:"roles"`
	// Requires says which roles a guide must name, given its category or
	// the facts of its situation.
	Requires []*Requirement `yaml:"requires"`
}

// Role is one need a guide can point to, and the services that meet it.
type Role struct {
	ID           string `yaml:"id"`
	Jurisdiction string `yaml:"jurisdiction"`
	// Label heads the role on a page: "Getting images taken down".
	Label string `yaml:"label"`
	// HelpingLabel replaces Label for someone helping another person, when
	// Label speaks to the reader ("If you are under 18").
	HelpingLabel string `yaml:"helping_label"`
	// Message is a shared block's own text, shown above its services.
	Message string `yaml:"message"`
	// HelpingMessage replaces Message for someone helping another person,
	// when Message speaks to the person it happened to.
	HelpingMessage string `yaml:"helping_message"`
	// For limits the role to one age group ("under-18" or "adult"); empty
	// means every reader.
	For string `yaml:"for"`
	// Safety roles (danger now, a crisis) are shown in the page's safety
	// box, never as the first cards.
	Safety bool `yaml:"safety"`
	// ForChild marks a role whose services a child uses, such as getting a
	// child's images taken down: they are chosen for an under-18 whoever
	// is reading, so a parent still sees Report Remove.
	ForChild bool           `yaml:"for_child"`
	Entries  []*Entry       `yaml:"services"`
	Line     int            `yaml:"-"`
	Lines    map[string]int `yaml:"-"`
}

// Entry is one service of a role, or alternatives that do the same job for
// different readers.
type Entry struct {
	Service string   `yaml:"service"`
	AnyOf   []string `yaml:"any_of"`
	// Label names folded alternatives: "Urgent mental health help".
	Label string `yaml:"label"`
	// Note is said with the service in this role only.
	Note string `yaml:"note"`
	// For limits the entry to one age group, as Role.For does, such as
	// Childline offered to under-18s in a role whose other services are
	// for adults.
	For   string         `yaml:"for"`
	Line  int            `yaml:"-"`
	Lines map[string]int `yaml:"-"`
}

// IDs returns the services of the entry.
func (e *Entry) IDs() []string {
	if e.Service != "" {
		return []string{e.Service}
	}
	return e.AnyOf
}

// Requirement makes roles required: on every guide of a category, on
// every guide whose facets include any of Facets, or on every guide whose
// text says any of Words (it sends readers to what the roles give). A
// required route written "a|b" is met by either role.
type Requirement struct {
	Category string   `yaml:"category"`
	Facets   []string `yaml:"facets"` // "who:partner-or-ex"; "images:*" is any value
	// Words are patterns, as for cues, matched against a guide's
	// sections' text in lower case: "domestic abuse helpline".
	Words  []string `yaml:"words"`
	Routes []string `yaml:"routes"`
	Why    string   `yaml:"why"` // said in the lint message
	Line   int      `yaml:"-"`
}

// Age groups a role can be limited to.
const (
	ForUnder18 = "under-18"
	ForAdult   = "adult"
)

// Applies reports whether the role is for the reader.
func (r *Role) Applies(rd Reader) bool { return forAge(r.For, rd) }

// Applies reports whether the entry is for the reader.
func (e *Entry) Applies(rd Reader) bool { return forAge(e.For, rd) }

func forAge(group string, rd Reader) bool {
	switch group {
	case ForUnder18:
		return rd.Under18
	case ForAdult:
		return !rd.Under18
	}
	return true
}

// Services looks services up by id.
type Services interface {
	Get(id string) (*services.Service, bool)
}

// Fits reports whether a service is for a reader: their age, sex and nation.
func Fits(s *services.Service, rd Reader) bool {
	if rd.Under18 {
		if s.Ages.Min >= 18 {
			return false
		}
	} else if s.Ages.Max > 0 && s.Ages.Max < 18 {
		return false
	}
	return s.ForSex(rd.Sex) && s.ForNation(rd.Nation)
}

// Item is what a page shows of one entry: one service, or several
// alternatives folded into one line.
type Item struct {
	Role     *Role
	Entry    *Entry
	Services []*services.Service
}

// Folded reports whether the item stands for alternatives on one line.
func (it Item) Folded() bool { return len(it.Services) > 1 }

// Items returns what a page for view v shows of role r: every service that
// fits a reader the view reaches and the role applies to.
func Items(r *Role, v View, nations []string, dir Services) []Item {
	readers := applying(r, v, nations)
	if len(readers) == 0 {
		return nil
	}
	var out []Item
	for _, e := range r.Entries {
		var shown []*services.Service
		for _, id := range e.IDs() {
			s, ok := dir.Get(id)
			if !ok {
				continue
			}
			if slices.ContainsFunc(readers, func(rd Reader) bool { return e.Applies(rd) && Fits(s, rd) }) {
				shown = append(shown, s)
			}
		}
		if len(shown) > 0 {
			out = append(out, Item{Role: r, Entry: e, Services: shown})
		}
	}
	return out
}

// Shown reports whether role r has anything to show in view v.
func Shown(r *Role, v View, nations []string) bool {
	return len(applying(r, v, nations)) > 0
}

// Cover returns the readers view v reaches whom role r applies to but no
// service in r fits. Lint requires none for every role a guide names.
func Cover(r *Role, v View, nations []string, dir Services) []Reader {
	var missing []Reader
	for _, rd := range applying(r, v, nations) {
		fits := false
		for _, e := range r.Entries {
			for _, id := range e.IDs() {
				if s, ok := dir.Get(id); ok && e.Applies(rd) && Fits(s, rd) {
					fits = true
				}
			}
		}
		if !fits {
			missing = append(missing, rd)
		}
	}
	return missing
}

func applying(r *Role, v View, nations []string) []Reader {
	var out []Reader
	for _, rd := range v.Readers(nations) {
		if r.ForChild {
			// The services are for the child, whose sex the page does
			// not know.
			rd.Under18, rd.Sex = true, ""
		}
		if r.Applies(rd) && !slices.Contains(out, rd) {
			out = append(out, rd)
		}
	}
	return out
}

// Registry holds the roles of every jurisdiction.
type Registry struct {
	roles    map[key]*Role
	Requires []*Requirement
}

type key struct{ jurisdiction, id string }

// NewRegistry indexes roles. Later duplicates are ignored; the library
// reports them.
func NewRegistry(f File) *Registry {
	r := &Registry{roles: map[key]*Role{}, Requires: f.Requires}
	for _, role := range f.Roles {
		k := key{role.Jurisdiction, role.ID}
		if _, dup := r.roles[k]; !dup {
			r.roles[k] = role
		}
	}
	return r
}

// Role returns a jurisdiction's role by id.
func (r *Registry) Role(jurisdiction, id string) (*Role, bool) {
	if r == nil {
		return nil, false
	}
	role, ok := r.roles[key{jurisdiction, id}]
	return role, ok
}

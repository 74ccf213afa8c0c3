package web

import (
	"net/http"
	"slices"
	"time"

	"firststeps/internal/services"
)

type choice struct {
	Value, Label string
	Selected     bool
}

type serviceGroupView struct {
	ID, Label, Description string
	Cards                  []cardView
}

type servicesPage struct {
	basePage
	Ages, Nations []choice
	Groups        []serviceGroupView
	Filtered      bool
	Empty         bool
	// Links replace the form on the static site: one page per choice.
	Static                bool
	AgeLinks, NationLinks []filterLink
}

type filterLink struct {
	Label, Href string
	Current     bool
}

var ageChoices = []choice{{"", "Any age", false}, {"under-18", "Under 18", false}, {"adult", "18 or over", false}}

var nationChoices = []choice{{"", "Anywhere in the UK", false}, {"england", "England", false}, {"wales", "Wales", false}, {"scotland", "Scotland", false}, {"northern-ireland", "Northern Ireland", false}}

// serveServices lists every service, grouped by what it helps with, with
// each route's live status, filtered by age group and nation from a plain
// GET form. Unknown filter values are ignored.
func (s *Server) serveServices(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	html, err := s.renderServices(pick(ageChoices, q.Get("age")), pick(nationChoices, q.Get("nation")), s.now())
	if err != nil {
		return err
	}
	writeDynamic(w, r, http.StatusOK, html)
	return nil
}

// servicesPath is the static site's address of a filtered services page.
func servicesPath(age, nation string) string {
	if age == "" && nation == "" {
		return "/services"
	}
	return "/services/" + or(age, "any-age") + "/" + or(nation, "anywhere")
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// addStaticServicesPages registers the services page and one page per
// filter choice, for the static site.
func (s *Server) addStaticServicesPages(add func(string, *page)) {
	for _, a := range ageChoices {
		for _, n := range nationChoices {
			add(servicesPath(a.Value, n.Value), &page{ctype: "text/html; charset=utf-8", build: func(now time.Time) ([]byte, error) {
				return s.renderServices(a.Value, n.Value, now)
			}})
		}
	}
}

func (s *Server) renderServices(age, nation string, now time.Time) ([]byte, error) {
	jur := s.defaultJurisdiction()
	p := servicesPage{
		basePage: s.base(jur, "Who can help, and who is open now | What to do if…", "Every service that can help with online threats, image abuse and sextortion in the UK, with who each is for and whether it is open now.", "/services"),
		Ages:     choose(ageChoices, age),
		Nations:  choose(nationChoices, nation),
		Filtered: age != "" || nation != "",
	}
	if p.Filtered {
		p.NoIndex = true
	}
	if s.cfg.Static {
		p.Static = true
		for _, a := range ageChoices {
			p.AgeLinks = append(p.AgeLinks, filterLink{a.Label, servicesPath(a.Value, nation), a.Value == age})
		}
		for _, n := range nationChoices {
			p.NationLinks = append(p.NationLinks, filterLink{n.Label, servicesPath(age, n.Value), n.Value == nation})
		}
	}
	cal := services.Calendar{Loc: s.lib.Location(jur), Holidays: s.lib.Holidays}
	empty := true
	for _, g := range s.lib.Services.Groups {
		v := serviceGroupView{ID: g.ID, Label: g.Label, Description: g.Description}
		for _, svc := range s.lib.Services.All() {
			if svc.Jurisdiction != jur || !slices.Contains(svc.Groups, g.ID) || !forAge(svc, age) || !svc.ForNation(nation) {
				continue
			}
			if c := s.card(svc, cal, now, nation); len(c.Contacts) > 0 {
				v.Cards = append(v.Cards, c)
			}
		}
		if len(v.Cards) > 0 {
			p.Groups = append(p.Groups, v)
			empty = false
		}
	}
	p.Empty = empty
	return s.render("services", p)
}

// forAge reports whether a service takes people of an age group.
func forAge(svc *services.Service, age string) bool {
	switch age {
	case "under-18":
		return svc.Ages.Min < 18
	case "adult":
		return svc.Ages.Max == 0 || svc.Ages.Max >= 18
	}
	return true
}

func pick(choices []choice, v string) string {
	for _, c := range choices {
		if c.Value == v {
			return v
		}
	}
	return ""
}

func choose(choices []choice, v string) []choice {
	out := slices.Clone(choices)
	for i := range out {
		out[i].Selected = out[i].Value == v
	}
	return out
}

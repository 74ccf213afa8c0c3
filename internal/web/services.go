package web

import (
	"net/http"
	"slices"

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
}

var ageChoices = []choice{{"", "Any age", false}, {"under-18", "Under 18", false}, {"adult", "18 or over", false}}

var nationChoices = []choice{{"", "Anywhere in the UK", false}, {"england", "England", false}, {"wales", "Wales", false}, {"scotland", "Scotland", false}, {"northern-ireland", "Northern Ireland", false}}

// serveServices lists every service, grouped by what it helps with, with
// each route's live status, filtered by age group and nation from a plain
// GET form. Unknown filter values are ignored.
func (s *Server) serveServices(w http.ResponseWriter, r *http.Request) error {
	jur := s.defaultJurisdiction()
	q := r.URL.Query()
	age, nation := pick(ageChoices, q.Get("age")), pick(nationChoices, q.Get("nation"))
	p := servicesPage{
		basePage: s.base(jur, "Who can help, and who is open now | What to do if…", "Every service that can help with online threats, image abuse and sextortion in the UK, with who each is for and whether it is open now.", "/services"),
		Ages:     choose(ageChoices, age),
		Nations:  choose(nationChoices, nation),
		Filtered: age != "" || nation != "",
	}
	if p.Filtered {
		p.NoIndex = true
	}
	now := s.now()
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
	html, err := s.render("services", p)
	if err != nil {
		return err
	}
	writeDynamic(w, r, http.StatusOK, html)
	return nil
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

package web

import (
	"net/http"
	"slices"
	"time"

	"firststeps/internal/library"
	"firststeps/internal/routes"
)

// servicesPage lists every service of a jurisdiction, grouped by what it
// helps with, for the view the address names: like a guide page, the choice
// is a token (?v=…), the static site holds every view at once, and nothing
// is stored.
type servicesPage struct {
	basePage
	Chooser chooserView
	Groups  []roleView // one per services.yaml group, with its services
	// Live: the cards say whether each service is open now.
	Live bool
	// TimesIn names the one zone every time is in ("UK"); empty where
	// the jurisdiction spans several and each time names its own.
	TimesIn string
}

// serveServices answers /services, with live status, for the view its ?v=
// token names. An unknown token shows every service.
func (s *Server) serveServices(w http.ResponseWriter, r *http.Request) error {
	jur := s.jurisdictionOf(r)
	v, _ := routes.ParseToken(r.URL.Query().Get("v"), s.lib.Nations(jur))
	html, err := s.renderServices(jur, v, s.now())
	if err != nil {
		return err
	}
	writeDynamic(w, r, http.StatusOK, html)
	return nil
}

func (s *Server) renderServices(jur string, v routes.View, now time.Time) ([]byte, error) {
	j, _ := s.lib.Jurisdiction(jur)
	text := s.lib.Text(jur)
	p := servicesPage{
		basePage: s.base(jur, string(text.ServicesTitle), string(text.ServicesDescription), s.sitePath(jur, "/services")),
		Chooser: s.chooser(j, s.sitePath(jur, "/services"), v, func(o *library.Jurisdiction) string {
			return s.sitePath(o.ID, "/services")
		}),
		Live: s.site.live,
	}
	if len(j.Zones) == 0 {
		p.TimesIn = j.ShortName
	}
	p.Scripts = []string{s.assets.url("views.js")}
	p.Styles = []string{s.assets.url("guide.css")}
	if v != (routes.View{}) {
		p.NoIndex = true
	}
	if s.site.viewTokens {
		p.Groups = s.serviceGroups(j.ID, v, now)
		return s.render("services", p)
	}
	var lists [][]roleView
	var tokens []string
	for _, w := range routes.Views(j.NationIDs()) {
		lists = append(lists, s.serviceGroups(j.ID, w, now))
		tokens = append(tokens, w.Token(j.NationIDs()))
	}
	p.Groups = mergeRoles(lists, tokens)
	return s.render("services", p)
}

// serviceGroups lists, for each group of services.yaml, the services of a
// jurisdiction that fit a reader the view reaches.
func (s *Server) serviceGroups(jur string, v routes.View, now time.Time) []roleView {
	j, _ := s.lib.Jurisdiction(jur)
	readers := v.Readers(j.NationIDs())
	var out []roleView
	for _, g := range s.lib.Services.Groups {
		rv := roleView{ID: g.ID, Label: g.Label, Message: g.Description}
		for _, svc := range s.lib.Services.All() {
			if svc.Jurisdiction != jur || !slices.Contains(svc.Groups, g.ID) {
				continue
			}
			if !slices.ContainsFunc(readers, func(rd routes.Reader) bool { return routes.Fits(svc, rd) }) {
				continue
			}
			it := s.item(j, svc, now, v)
			it.Level3 = true
			rv.Items = append(rv.Items, it)
		}
		if len(rv.Items) > 0 {
			out = append(out, rv)
		}
	}
	return out
}

package web

import (
	"html/template"
	"time"

	"firststeps/internal/guide"
	"firststeps/internal/routes"
	"firststeps/internal/search"
)

// apiSite gives the partner API (package api) what it takes from the
// site, so that it answers with the site's own search, place rule, links
// and filled-in guide text rather than a copy of them.
type apiSite struct{ s *Server }

func (a apiSite) Index(jur string) *search.Index { return a.s.index(jur) }

func (a apiSite) Place(jur, q string) string { return a.s.placeFor(jur, q) }

func (a apiSite) AskerView(asker string) routes.View { return askerView(asker) }

func (a apiSite) GuideURL(id string, v routes.View) string { return a.s.guideURL(id, v) }

func (a apiSite) Sections(g *guide.Guide, v routes.View, now time.Time) []template.HTML {
	var rv routesView
	if a.s.site.live {
		rv = a.s.pageRoutes(g, v, now)
	} else {
		j, _ := a.s.lib.Jurisdiction(g.Jurisdiction)
		rv = a.s.staticRoutes(g, j, v, false, now)
	}
	out := make([]template.HTML, len(g.Sections))
	for i, html := range g.SectionsHTML() {
		out[i] = a.s.neutralLinks(a.s.expand(html, rv), g, "")
	}
	return out
}

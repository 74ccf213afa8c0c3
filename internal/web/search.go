package web

import (
	"html/template"
	"net/http"
	"strings"
	"time"

	"firststeps/internal/library"
	"firststeps/internal/routes"
	"firststeps/internal/search"
)

type resultView struct {
	URL, Situation, Short string
}

type cueView struct {
	ID, Label, Message string
	Items              []itemView // the services of the cue's route roles
}

// cueViews shows each cue with the services of its route roles for view v.
func (s *Server) cueViews(jur string, cues []*library.Cue, v routes.View, now time.Time) []cueView {
	var out []cueView
	for _, c := range cues {
		cv := cueView{ID: c.ID, Label: c.Label, Message: c.Message}
		for _, id := range c.Routes {
			if r, ok := s.lib.Role(jur, id); ok {
				cv.Items = append(cv.Items, s.roleView(jur, r, v, now).Items...)
			}
		}
		out = append(out, cv)
	}
	return out
}

// askerView is the view the words of a search suggest: who is asking.
func askerView(asker string) routes.View {
	switch asker {
	case "under-18":
		return routes.View{Audience: routes.Under18}
	case "parent", "supporter":
		return routes.View{Audience: routes.Helping}
	}
	return routes.View{}
}

type searchPage struct {
	basePage
	Query      string
	Searched   bool
	Cues       []cueView
	Results    []resultView
	Confident  bool
	FirstSteps template.HTML
	Groups     []groupView
}

// serveSearch answers /search?q=…: urgency banners first, then the best
// guides with their short answers. With no confident match it shows the
// general first steps, the three questions and every situation, so the page
// is never empty. The query is never logged or stored, and the page is not
// cached or indexed.
func (s *Server) serveSearch(w http.ResponseWriter, r *http.Request) error {
	jur := s.defaultJurisdiction()
	q := strings.TrimSpace(search.Cut(r.URL.Query().Get("q")))
	p := searchPage{
		basePage:   s.noIndex(s.base(jur, "Find first steps | What to do if…", "", "")),
		Query:      q,
		Searched:   q != "",
		FirstSteps: s.lib.FirstSteps[jur],
		Groups:     s.groups(jur),
	}
	if q != "" {
		p.Title = "Results | What to do if…"
		ix := s.indexes[jur]
		res := ix.Search(q, 5)
		view := askerView(res.Asker)
		p.Cues = s.cueViews(jur, res.Cues, view, s.now())
		p.Confident = res.Confident
		for i, h := range res.Hits {
			if !res.Confident && i >= 3 {
				break
			}
			// The guide opens for who the words say is asking: an
			// under-18's search leads to the guide's page for under-18s.
			p.Results = append(p.Results, resultView{URL: s.guideURL(h.Guide.ID, view), Situation: h.Guide.Situation, Short: h.Guide.ShortAnswer()})
		}
	}
	html, err := s.render("search", p)
	if err != nil {
		return err
	}
	writeDynamic(w, r, http.StatusOK, html)
	return nil
}

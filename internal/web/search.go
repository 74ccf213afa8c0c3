package web

import (
	"html/template"
	"net/http"
	"strings"

	"firststeps/internal/search"
)

type resultView struct {
	URL, Situation, Short string
}

type cueView struct {
	ID, Label, Message string
	Cards              []cardView
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
		now := s.now()
		for _, c := range res.Cues {
			p.Cues = append(p.Cues, cueView{ID: c.ID, Label: c.Label, Message: c.Message, Cards: s.cards(jur, c.Services, now)})
		}
		p.Confident = res.Confident
		for i, h := range res.Hits {
			if !res.Confident && i >= 3 {
				break
			}
			p.Results = append(p.Results, resultView{URL: guidePath(h.Guide), Situation: h.Guide.Situation, Short: h.Guide.ShortAnswer()})
		}
	}
	html, err := s.render("search", p)
	if err != nil {
		return err
	}
	writeDynamic(w, r, http.StatusOK, html)
	return nil
}

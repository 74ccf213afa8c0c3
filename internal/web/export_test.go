package web

import (
	"strings"

	"firststeps/internal/guide"
	"firststeps/internal/routes"
	"firststeps/internal/search"
)

// RoutePatterns lists the patterns of every route s has, for tests.
func RoutePatterns(s *Server) []string {
	var out []string
	for _, r := range s.table.routes {
		out = append(out, r.pattern)
	}
	return out
}

// Found is what the server's results page shows for words searched from
// a jurisdiction's pages, for tests.
type Found struct {
	Jurisdiction string // where the results are
	Moved        string // its name, when the words' place moved the search there
	// Top are the best five guides search found, best first; the page
	// shows Results, the first three of them when search is unsure.
	Top       []string
	Confident bool
	Cues      []string
	Asker     string
	Results   []FoundResult
}

// FoundResult is one guide on the results page.
type FoundResult struct {
	ID, URL, Fits string
}

// Find searches q as the search form sends it from jurisdiction jur's
// pages, and returns what the results page shows; nil for no words. s
// must not be a static site's server, which has no indexes.
func Find(s *Server, jur, q string) *Found {
	q = strings.TrimSpace(search.Cut(q))
	if q == "" {
		return nil
	}
	f := s.find(jur, q)
	res := s.index(f.jurisdiction).Search(q, resultsShown)
	out := &Found{Jurisdiction: f.jurisdiction, Confident: f.confident, Asker: res.Asker}
	if j, ok := s.lib.Jurisdiction(f.jurisdiction); ok && f.moved {
		out.Moved = j.Name
	}
	for _, h := range res.Hits {
		out.Top = append(out.Top, h.Guide.ID)
	}
	for i, c := range s.lib.Cues {
		if f.cues&(1<<i) != 0 {
			out.Cues = append(out.Cues, c.ID)
		}
	}
	var shown []*guide.Guide
	for _, gi := range f.guides {
		shown = append(shown, s.lib.Guides[gi])
	}
	view := routes.View{Audience: routes.Audiences[f.view]}
	for i, g := range shown {
		out.Results = append(out.Results, FoundResult{ID: g.ID, URL: s.guideURL(g.ID, view), Fits: s.setsApart(shown, i)})
	}
	return out
}

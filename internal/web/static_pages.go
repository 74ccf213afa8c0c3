package web

import (
	"net/http"
	"strings"
	"time"

	"firststeps/internal/library"
	"firststeps/internal/routes"
	"firststeps/internal/triage"
)

// The static site's stand-ins for the pages that need a server.

type staticSearchPage struct {
	basePage
	Index  string // the search index's address
	Groups []groupView
}

type answerLink struct {
	Label, Hint, Href string
}

type linkGroup struct {
	Label string
	Links []answerLink
}

type staticStartPage struct {
	basePage
	Question string
	Hint     string
	Step     int
	Groups   []linkGroup
	Given    []givenView
	Back     string
}

// addLinkPages registers a jurisdiction's pages that stand in, on the
// static site, for the ones that need a server: the services page with
// every view; the search page (every situation, with a script that
// searches in the browser); and one page per question of the three
// questions, addressed by the answers so far.
func (s *Server) addLinkPages(t *table, jur string, sendPage http.Handler) {
	at := func(p string) string { return s.sitePath(jur, p) }
	t.page(t.fixed("GET "+at("/services"), kindServices, sendPage), at("/services"), html(func(now time.Time) ([]byte, error) {
		return s.renderServices(jur, routes.View{}, now)
	}))
	t.page(t.fixed("GET "+at("/search"), kindSearch, sendPage), at("/search"), html(func(now time.Time) ([]byte, error) {
		p := staticSearchPage{basePage: s.noIndex(s.base(jur, string(s.lib.Text(jur).SearchTitle), "", "")), Groups: s.groups(jur)}
		p.Scripts = []string{s.assets.url("search.js")}
		p.Index = at("/search-index.json")
		return s.render("staticsearch", p)
	}))
	start := t.fixed("GET "+at("/start"), kindStart, sendPage)
	steps := t.fixed("GET "+at("/start/{token}"), kindStart, sendPage)
	f, ok := s.lib.FlowFor(jur)
	if !ok {
		return
	}
	for _, segs := range triage.Questions(f) {
		rt := steps
		if len(segs) == 0 {
			rt = start
		}
		t.page(rt, s.stepPath(f, segs, ""), html(func(time.Time) ([]byte, error) {
			v, _ := triage.FromPath(f, segs)
			st := triage.Next(f, v)
			p := staticStartPage{
				basePage: s.noIndex(s.base(jur, fill(s.lib.Text(jur).QuestionTitle, "question", st.Question.Text), "", "")),
				Question: st.Question.Text,
				Hint:     st.Question.Hint,
				Step:     len(segs) + 1,
				Back:     "/" + jur,
			}
			if n := len(segs); n > 0 {
				p.Back = s.stepPath(f, segs[:n-1], "")
			}
			for i, g := range st.Answers {
				p.Given = append(p.Given, givenView{Question: g.Question.Text, Answer: g.Answer.Label, Change: s.stepPath(f, segs[:i], "")})
			}
			for _, a := range st.Question.Answers {
				if n := len(p.Groups); n == 0 || p.Groups[n-1].Label != a.Group {
					p.Groups = append(p.Groups, linkGroup{Label: a.Group})
				}
				grp := &p.Groups[len(p.Groups)-1]
				grp.Links = append(grp.Links, answerLink{Label: a.Label, Hint: a.Hint, Href: s.answerHref(f, segs, st.Audience, a)})
			}
			return s.render("staticstart", p)
		}))
	}
}

// answerHref is where choosing an answer leads on the static site.
func (s *Server) answerHref(f *library.Flow, segs []string, audience string, a *library.Answer) string {
	if a.Audience != "" {
		audience = a.Audience
	}
	switch kind, id := a.Target(); kind {
	case "question":
		return s.stepPath(f, append(segs[:len(segs):len(segs)], a.ID), "")
	case "guide":
		return s.guideURL(id, routes.View{Audience: flowAudience(audience)})
	}
	return s.sitePath(f.Jurisdiction, "/emergency")
}

// serveOldStep sends an address of the old form, with the answers as
// path segments (/start/no/under-18), to the question's opaque address.
func (s *Server) serveOldStep(w http.ResponseWriter, r *http.Request) error {
	f, _, err := s.flow(r)
	if err != nil {
		return err
	}
	segs := strings.Split(strings.TrimPrefix(r.URL.Path, "/start/"), "/")
	if _, ok := triage.FromPath(f, segs); !ok {
		return errNotFound
	}
	http.Redirect(w, r, s.stepPath(f, segs, ""), http.StatusMovedPermanently)
	return nil
}

// flowPaths lists the old addresses of the question pages after the
// first (/start/no, /start/no/under-18, …), which now redirect.
func (s *Server) flowPaths() []string {
	f, ok := s.lib.FlowFor(s.defaultJurisdiction())
	if !ok {
		return nil
	}
	var out []string
	for _, segs := range triage.Questions(f) {
		if len(segs) > 0 {
			out = append(out, "/start/"+strings.Join(segs, "/"))
		}
	}
	return out
}

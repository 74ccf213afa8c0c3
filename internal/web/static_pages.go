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
	Cues   []cueView
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

// addStaticPages registers the search page (every situation, with a
// script that searches in the browser) and one page per question of the
// three questions, addressed by the answers so far: /start/no/under-18.
func (s *Server) addStaticPages(add func(string, *page)) {
	jur := s.defaultJurisdiction()
	add("/services", &page{ctype: "text/html; charset=utf-8", build: func(now time.Time) ([]byte, error) {
		return s.renderServices(jur, routes.View{}, now)
	}})
	add("/search", &page{ctype: "text/html; charset=utf-8", build: func(now time.Time) ([]byte, error) {
		p := staticSearchPage{basePage: s.noIndex(s.base(jur, "Find first steps | What to do if…", "", "")), Groups: s.groups(jur)}
		p.Scripts = []string{s.assets.url("search.js")}
		p.Cues = s.cueViews(jur, s.lib.Cues, routes.View{}, now)
		return s.render("staticsearch", p)
	}})
	f, ok := s.lib.FlowFor(jur)
	if !ok {
		return
	}
	for _, segs := range triage.Questions(f) {
		path := "/start"
		if len(segs) > 0 {
			path += "/" + strings.Join(segs, "/")
		}
		add(path, &page{ctype: "text/html; charset=utf-8", build: func(time.Time) ([]byte, error) {
			v, _ := triage.FromPath(f, segs)
			st := triage.Next(f, v)
			p := staticStartPage{
				basePage: s.noIndex(s.base(jur, st.Question.Text+" | What to do if…", "", "")),
				Question: st.Question.Text,
				Hint:     st.Question.Hint,
				Step:     len(segs) + 1,
				Back:     "/",
			}
			if len(segs) > 0 {
				p.Back = strings.TrimSuffix(path, "/"+segs[len(segs)-1])
			}
			for i, g := range st.Answers {
				change := "/start"
				if i > 0 {
					change += "/" + strings.Join(segs[:i], "/")
				}
				p.Given = append(p.Given, givenView{Question: g.Question.Text, Answer: g.Answer.Label, Change: change})
			}
			for _, a := range st.Question.Answers {
				if n := len(p.Groups); n == 0 || p.Groups[n-1].Label != a.Group {
					p.Groups = append(p.Groups, linkGroup{Label: a.Group})
				}
				grp := &p.Groups[len(p.Groups)-1]
				grp.Links = append(grp.Links, answerLink{Label: a.Label, Hint: a.Hint, Href: s.answerHref(path, st.Audience, a)})
			}
			return s.render("staticstart", p)
		}})
	}
}

// answerHref is where choosing an answer leads on the static site.
func (s *Server) answerHref(path, audience string, a *library.Answer) string {
	if a.Audience != "" {
		audience = a.Audience
	}
	switch kind, id := a.Target(); kind {
	case "question":
		return path + "/" + a.ID
	case "guide":
		return s.guideURL(id, routes.View{Audience: flowAudience(audience)})
	}
	return "/emergency"
}

// serveStartPath turns a static-style flow address into the server's form
// with the answers in the query.
func (s *Server) serveStartPath(w http.ResponseWriter, r *http.Request) error {
	f, ok := s.lib.FlowFor(s.defaultJurisdiction())
	if !ok {
		return errNotFound
	}
	v, ok := triage.FromPath(f, strings.Split(strings.TrimPrefix(r.URL.Path, "/start/"), "/"))
	if !ok {
		return errNotFound
	}
	http.Redirect(w, r, "/start?"+v.Encode(), http.StatusSeeOther)
	return nil
}

// flowPaths lists the static-style addresses of the question pages after
// the first (/start/no, /start/no/under-18, …).
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

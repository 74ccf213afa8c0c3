package web

import (
	"html/template"
	"net/http"
	"strings"
	"sync"

	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/routes"
)

// Labels of the audiences a reader can choose on a guide page.
var audienceLabels = []struct {
	A     routes.Audience
	Label string
}{
	{routes.Everyone, "Not saying"},
	{routes.Adult, "18 or over"},
	{routes.Under18, "Under 18"},
	{routes.Helping, "Helping someone else"},
}

// chooserView is the choice on a guide page of whom the routes are for.
// Every choice is a plain link to the same page with a view token; nothing
// is stored anywhere.
type chooserView struct {
	Current   string // the view in words, for the summary
	Nations   string // the jurisdiction's nation ids, for site.js
	Audiences []viewLink
	Places    []viewLink
	Anywhere  string // the unchosen nation's label
	// In says where the help is for when no nation is chosen ("in the
	// UK"), where the site has more than one jurisdiction.
	In string
	// Elsewhere links the same page in each other jurisdiction: a guide's
	// twin, or that jurisdiction's own page.
	Elsewhere []viewLink
	Note      template.HTML // what the chooser keeps, in a sentence
}

type viewLink struct {
	Label, Href, A, N string
	Current           bool
}

// chooser builds the "Help shown for…" box of a page at path in
// jurisdiction j for view v; elsewhere gives the same page's address in
// another jurisdiction.
func (s *Server) chooser(j *library.Jurisdiction, path string, v routes.View, elsewhere func(other *library.Jurisdiction) string) chooserView {
	nations := j.NationIDs()
	href := func(w routes.View) string {
		if t := w.Token(nations); t != "" {
			return path + "?v=" + t
		}
		return path
	}
	c := chooserView{Nations: strings.Join(nations, " "), Anywhere: "Anywhere in the " + j.ShortName, Note: s.lib.Text(j.ID).ChooserNote}
	var who, where string
	if len(s.lib.Jurisdictions) > 1 {
		c.In = "in the " + j.ShortName
		where = c.In
		for _, o := range s.lib.Jurisdictions {
			if o != j {
				c.Elsewhere = append(c.Elsewhere, viewLink{Label: o.Name, Href: elsewhere(o)})
			}
		}
	}
	for _, a := range audienceLabels {
		c.Audiences = append(c.Audiences, viewLink{Label: a.Label, Href: href(routes.View{Audience: a.A, Nation: v.Nation}), A: string(a.A), Current: a.A == v.Audience})
		if a.A == v.Audience && a.A != routes.Everyone {
			who = strings.ToLower(a.Label[:1]) + a.Label[1:]
		}
	}
	if len(nations) > 0 {
		c.Places = append(c.Places, viewLink{Label: c.Anywhere, Href: href(routes.View{Audience: v.Audience}), Current: v.Nation == ""})
		for _, n := range j.Nations {
			c.Places = append(c.Places, viewLink{Label: n.Name, Href: href(routes.View{Audience: v.Audience, Nation: n.ID}), N: n.ID, Current: n.ID == v.Nation})
			if n.ID == v.Nation {
				where = "in " + n.Name
			}
		}
	}
	switch {
	case who == "" && where == "":
		c.Current = "everyone"
	case who == "":
		c.Current = "everyone " + where
	case where == "":
		c.Current = who
	default:
		c.Current = who + ", " + where
	}
	return c
}

// views keeps the rendered views of guide pages, made on first request:
// a guide has one page per audience and nation, and most are never asked
// for.
type views struct {
	mu    sync.Mutex
	pages map[string]*page // by "<guide id>?<token>"
}

// serveGuideView serves a guide page for the view its ?v= token names. An
// unknown token gets the page for everyone, not an error: old or mistyped
// links still help.
func (s *Server) serveGuideView(w http.ResponseWriter, r *http.Request, p *page, g *guide.Guide, at string) error {
	tok := ""
	if r.URL.RawQuery != "" {
		tok = r.URL.Query().Get("v")
	}
	if tok == "" || !s.site.viewTokens {
		return s.sendGuide(w, r, p, g)
	}
	v, ok := routes.ParseToken(tok, s.lib.Nations(g.Jurisdiction))
	if !ok || v == (routes.View{}) {
		return s.sendGuide(w, r, p, g)
	}
	key := at + "?" + tok
	s.views.mu.Lock()
	vp, ok := s.views.pages[key]
	if !ok {
		vp = s.guidePage(g, v, at != guidePath(g))
		vp.cache = s.cache
		s.views.pages[key] = vp
	}
	s.views.mu.Unlock()
	return s.sendGuide(w, r, vp, g)
}

// sendGuide sends a guide page. One in a neutral category is never kept in
// the browser's cache, where it would show on the device what was read.
func (s *Server) sendGuide(w http.ResponseWriter, r *http.Request, p *page, g *guide.Guide) error {
	if !s.neutral(g) {
		return s.send(w, r, p)
	}
	b, err := p.get(s.now())
	if err != nil {
		return err
	}
	write(w, r, b, http.StatusOK, noStore)
	return nil
}

func (s *Server) send(w http.ResponseWriter, r *http.Request, p *page) error {
	b, err := p.get(s.now())
	if err != nil {
		return err
	}
	write(w, r, b, http.StatusOK, noCache)
	return nil
}

// serveOldView sends an address of the old form, /uk/<slug>/under-18, to
// the guide's page for that audience.
func (s *Server) serveOldView(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("jurisdiction") + "/" + r.PathValue("slug")
	if _, err := s.lib.Guide(id); err != nil {
		return errNotFound
	}
	var a routes.Audience
	switch r.PathValue("audience") {
	case "under-18":
		a = routes.Under18
	case "unsure":
		a = routes.Everyone
	default:
		return errNotFound
	}
	http.Redirect(w, r, s.guideURL(id, routes.View{Audience: a}), http.StatusMovedPermanently)
	return nil
}

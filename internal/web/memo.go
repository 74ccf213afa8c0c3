package web

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"sync"
	"time"

	"firststeps/internal/date"
	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/routes"
)

// routeMemo keeps the routes worked out for the static site, where they
// say nothing that changes with the time of day. A guide's routes follow
// from its jurisdiction, the roles it lists and the roles and laws its
// text refers to, and many guides share all of these: guides that do are
// given the same routes, worked out once per build rather than once per
// guide, page and view (a guide page holds twenty views, and a guide has
// its own page, its neutral page and its API file).
type routeMemo struct {
	m sync.Map // memoKey → *memoRoutes
}

type memoKey struct {
	guide string // jurisdiction, roles listed and roles and laws referred to
	view  string // a view's token, or allViews for the page holding them all
	day   date.Date
}

// allViews is the view part of the key of a page holding every view.
const allViews = "*"

type memoRoutes struct {
	once sync.Once
	rv   routesView

	// The page with every view renders its routes once too.
	blocksOnce sync.Once
	blocks     routeBlocks
	err        error
}

// guideRoutesKey is what a guide's routes depend on, apart from the view and
// the day.
func guideRoutesKey(g *guide.Guide) string {
	var b strings.Builder
	b.WriteString(g.Jurisdiction)
	for _, id := range g.Routes {
		b.WriteString("|r:")
		b.WriteString(id)
	}
	for _, ref := range g.Refs {
		if ref.Kind == guide.RefRoute || ref.Kind == guide.RefLaw {
			b.WriteString("|" + ref.Kind + ":")
			b.WriteString(ref.Service)
		}
	}
	return b.String()
}

// entry is the memo's entry for key, its routes worked out with work the
// first time.
func (m *routeMemo) entry(k memoKey, work func() routesView) *memoRoutes {
	e, _ := m.m.LoadOrStore(k, &memoRoutes{})
	mr := e.(*memoRoutes)
	mr.once.Do(func() { mr.rv = work() })
	return mr
}

// routeBlocks are a guide page's routes as HTML: the danger and crisis
// box, the services shown first, and the rest under "More help".
type routeBlocks struct {
	Safety, First, More template.HTML
}

// routeBlocks renders rv for a guide page.
func (s *Server) routeBlocks(rv routesView) (routeBlocks, error) {
	var out routeBlocks
	t := s.tmpl["guide"]
	for _, b := range []struct {
		name string
		to   *template.HTML
	}{{"saferoutes", &out.Safety}, {"firstroutes", &out.First}, {"moreroutes", &out.More}} {
		var buf bytes.Buffer
		if err := t.ExecuteTemplate(&buf, b.name, rv); err != nil {
			return out, fmt.Errorf("web: render %s: %w", b.name, err)
		}
		*b.to = template.HTML(buf.String())
	}
	return out, nil
}

// staticBlocks is guide g's routes on the static site, every view at
// once, and their HTML, made once for every guide that has the same.
func (s *Server) staticBlocks(g *guide.Guide, j *library.Jurisdiction, now time.Time) (routesView, routeBlocks, error) {
	mr := s.staticEntry(g, j, routes.View{}, true, now)
	mr.blocksOnce.Do(func() { mr.blocks, mr.err = s.routeBlocks(mr.rv) })
	return mr.rv, mr.blocks, mr.err
}

// staticRoutes is guide g's routes for view v on the static site; the
// routes of every view at once, marked with the views that show each
// piece, when all is set. The memo keeps two per set of routes: every
// view's, and the unchosen view's.
func (s *Server) staticRoutes(g *guide.Guide, j *library.Jurisdiction, v routes.View, all bool, now time.Time) routesView {
	return s.staticEntry(g, j, v, all, now).rv
}

func (s *Server) staticEntry(g *guide.Guide, j *library.Jurisdiction, v routes.View, all bool, now time.Time) *memoRoutes {
	k := memoKey{guide: guideRoutesKey(g), view: v.Token(j.NationIDs()), day: date.Of(now.In(s.lib.Location(g.Jurisdiction)))}
	if !all {
		return s.memo.entry(k, func() routesView { return s.pageRoutes(g, v, now) })
	}
	k.view = allViews
	return s.memo.entry(k, func() routesView {
		// Only the unchosen view is kept apart (the API's files show it):
		// the others are needed for this alone.
		var views []viewRoutes
		for _, w := range routes.Views(j.NationIDs()) {
			rv := s.pageRoutes(g, w, now)
			if w == (routes.View{}) {
				rv = s.staticRoutes(g, j, w, false, now)
			}
			views = append(views, viewRoutes{token: w.Token(j.NationIDs()), rv: rv})
		}
		return unionRoutes(views)
	})
}

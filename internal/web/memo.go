package web

import (
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

// get returns the routes for key, working them out with work the first
// time.
func (m *routeMemo) get(k memoKey, work func() routesView) routesView {
	e, _ := m.m.LoadOrStore(k, &memoRoutes{})
	mr := e.(*memoRoutes)
	mr.once.Do(func() { mr.rv = work() })
	return mr.rv
}

// staticRoutes is guide g's routes for view v on the static site; the
// routes of every view at once, marked with the views that show each
// piece, when all is set. The memo keeps two per set of routes: every
// view's, and the unchosen view's.
func (s *Server) staticRoutes(g *guide.Guide, j *library.Jurisdiction, v routes.View, all bool, now time.Time) routesView {
	k := memoKey{guide: guideRoutesKey(g), view: v.Token(j.NationIDs()), day: date.Of(now.In(s.lib.Location(g.Jurisdiction)))}
	if !all {
		return s.memo.get(k, func() routesView { return s.pageRoutes(g, v, now) })
	}
	k.view = allViews
	return s.memo.get(k, func() routesView {
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

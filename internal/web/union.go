package web

import (
	"strings"
)

// The static site has no server to render a view, so a guide page there
// holds every view at once: each piece of its routes is rendered once and
// marked with the views that show it (Vis), and site.js shows the view the
// address names. unionRoutes builds that page from the views' own routes.

// viewRoutes is one view's routes and its token ("" for the unchosen view).
type viewRoutes struct {
	token string
	rv    routesView
}

func unionRoutes(views []viewRoutes) routesView {
	var out routesView
	pick := func(f func(routesView) []roleView) [][]roleView {
		lists := make([][]roleView, len(views))
		for i, v := range views {
			lists[i] = f(v.rv)
		}
		return lists
	}
	tokens := make([]string, len(views))
	for i, v := range views {
		tokens[i] = v.token
	}
	out.Safety = mergeRoles(pick(func(r routesView) []roleView { return r.Safety }), tokens)
	out.First = mergeRoles(pick(func(r routesView) []roleView { return r.First }), tokens)
	out.More = mergeRoles(pick(func(r routesView) []roleView { return r.More }), tokens)
	out.inline = map[string][]itemView{}
	out.laws = map[string][]lawView{}
	for id := range views[0].rv.inline {
		lists := make([][]itemView, len(views))
		for i, v := range views {
			lists[i] = v.rv.inline[id]
		}
		out.inline[id] = mergeItems(lists, tokens)
	}
	for id := range views[0].rv.laws {
		lists := make([][]lawView, len(views))
		for i, v := range views {
			lists[i] = v.rv.laws[id]
		}
		out.laws[id] = merge(lists, tokens, func(l lawView) string { return l.Key + "|" + l.Where + "|" + l.From }, func(l *lawView) *Vis { return &l.Vis }, nil)
	}
	return out
}

func mergeRoles(lists [][]roleView, tokens []string) []roleView {
	return merge(lists, tokens,
		func(r roleView) string { return r.ID + "|" + r.Label + "|" + r.Message },
		func(r *roleView) *Vis { return &r.Vis },
		func(r *roleView, occ []occurrence[roleView]) {
			lists := make([][]itemView, len(occ))
			toks := make([]string, len(occ))
			for i, o := range occ {
				lists[i], toks[i] = o.val.Items, o.token
			}
			r.Items = mergeItems(lists, toks)
		})
}

func mergeItems(lists [][]itemView, tokens []string) []itemView {
	return merge(lists, tokens,
		func(it itemView) string {
			k := it.Key + "|" + it.Label + "|" + it.Note + "|" + strings.Join(it.Tags, ",")
			if it.Main != nil {
				k += "|" + it.Main.Display + "|" + it.Main.Hours
			}
			return k
		},
		func(it *itemView) *Vis { return &it.Vis },
		func(it *itemView, occ []occurrence[itemView]) {
			lists := make([][]altView, len(occ))
			toks := make([]string, len(occ))
			for i, o := range occ {
				lists[i], toks[i] = o.val.Alts, o.token
			}
			it.Alts = merge(lists, toks, func(a altView) string { return a.Key + "|" + a.Where }, func(a *altView) *Vis { return &a.Vis }, nil)
		})
}

type occurrence[T any] struct {
	token string
	val   T
}

// merge combines per-view lists into one list in which every view's own
// order is kept: an element shared by several views appears once, marked
// with all of them; one that two views order differently appears twice.
// Each element's children are merged over the views that show it.
func merge[T any](lists [][]T, tokens []string, key func(T) string, visOf func(*T) *Vis, children func(*T, []occurrence[T])) []T {
	type slot struct {
		key string
		occ []occurrence[T]
	}
	var union []*slot
	for i, list := range lists {
		pos := 0
		for _, el := range list {
			k := key(el)
			found := -1
			for j := pos; j < len(union); j++ {
				if union[j].key == k {
					found = j
					break
				}
			}
			if found < 0 {
				union = append(union, nil)
				copy(union[pos+1:], union[pos:])
				union[pos] = &slot{key: k}
				found = pos
			}
			union[found].occ = append(union[found].occ, occurrence[T]{tokens[i], el})
			pos = found + 1
		}
	}
	out := make([]T, 0, len(union))
	for _, s := range union {
		el := s.occ[0].val
		v := visOf(&el)
		var views []string
		shownUnchosen := false
		for _, o := range s.occ {
			if o.token == "" {
				shownUnchosen = true
			} else {
				views = append(views, o.token)
			}
		}
		// Shown in every view its parent is shown in: it follows the
		// parent and needs no mark of its own.
		*v = Vis{}
		if len(s.occ) < len(tokens) {
			v.Views = strings.Join(views, " ")
			if v.Views == "" {
				v.Views = "-" // the unchosen view only
			}
			v.Hidden = !shownUnchosen
		}
		if children != nil {
			children(&el, s.occ)
		}
		out = append(out, el)
	}
	return out
}

package web

// target is everything that differs between the site as the server
// answers it and the static site that firststeps build writes, in one
// place. newServer chooses one from Config.Static; the rest of the
// package reads its fields and never asks which site it is making.
type target struct {
	// name says which site this is, in errors and tests.
	name string

	// live: pages show the state of the moment they are asked for.
	// Contact cards say whether each contact is open now, a page is made
	// again when what it shows opens or closes, and the pages kept in
	// memory are bounded (pageCache). Otherwise a card gives the hours
	// alone (whether it is open needs a server), is made once per
	// service and nation and shared by every page, and a page is what it
	// is when built, kept plain and compressed until the export has
	// written it.
	live bool

	// viewTokens: a guide or services page shows one view (an audience
	// and a nation), the one its ?v= token names, made on first request.
	// Otherwise no address carries a view the host can read: one file
	// holds every view, each piece marked with the views that show it,
	// and site.js shows the view the address names.
	viewTokens bool

	// dynamic: the site answers for each request. Search takes its words
	// by POST (results at /search/r/{token}), the three questions are
	// forms, the services page is made for the moment, the old question
	// addresses (/start/no/under-18) redirect, the search indexes are
	// built at start, and the partner API answers /api/v1/route.
	// Otherwise search runs in the browser over /search-index.json (the
	// search form is hidden until search.js shows it), the three
	// questions are pages of links, one per question, and the partner
	// API is files ending .json.
	dynamic bool

	// redirect301 answers an old path (redirects.yaml) with a 301.
	// Otherwise the old path is a page that forwards at once, and the
	// export's _redirects file tells hosts that read it.
	redirect301 bool
}

var (
	// served is the site as the server answers it.
	served = target{name: "served", live: true, viewTokens: true, dynamic: true, redirect301: true}
	// staticSite is the site firststeps build writes for a static host.
	staticSite = target{name: "static"}
)

// targetFor is the site Config.Static asks for.
func targetFor(static bool) target {
	if static {
		return staticSite
	}
	return served
}

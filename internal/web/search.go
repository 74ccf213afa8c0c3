package web

import (
	"html/template"
	"net/http"
	"slices"
	"strings"
	"time"

	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/routes"
	"firststeps/internal/search"
)

type resultView struct {
	URL, Situation, Short string
	// Fits says, when there are close situations to choose from, the fact
	// that sets this one apart: "they only say they have pictures".
	Fits string
}

type cueView struct {
	ID, Label, Message string
	Items              []itemView // the services of the cue's route roles
}

// cueViews shows each cue with the services of its route roles for view v.
func (s *Server) cueViews(jur string, cues []*library.Cue, v routes.View, now time.Time) []cueView {
	var out []cueView
	for _, c := range cues {
		label, msg := c.Text(jur)
		cv := cueView{ID: c.ID, Label: label, Message: msg}
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
	Searched   bool
	Lost       bool   // the results' address could not be read
	Moved      string // the jurisdiction the words pointed to, when not the one searched from
	Cues       []cueView
	Results    []resultView
	Confident  bool
	FirstSteps template.HTML
	Groups     []groupView
	// Confirm is the address of the three questions with the answers
	// that fit what was typed already chosen, offered when search is not
	// sure; "" when it is, or when the words choose no answer.
	Confirm string
}

// A search is sent by POST, so its words never enter an address or the
// browser's history; the answer is a redirect to the results by an opaque
// token, which holds which guides and cues were found, never the words.
// Back from a guide returns to that page, with no "resubmit" prompt.

// maxSearchBody bounds a search form; the words themselves are cut to
// search.MaxQuery.
const maxSearchBody = 16 << 10

// serveSearch shows the search page. An address with ?q= (an old link, or
// a partner's) is answered as the form is: by a redirect to the results'
// token, so the words do not stay in the address or the history.
func (s *Server) serveSearch(w http.ResponseWriter, r *http.Request) error {
	jur := s.jurisdictionOf(r)
	if q := strings.TrimSpace(search.Cut(r.URL.Query().Get("q"))); q != "" {
		f := s.find(jur, q)
		http.Redirect(w, r, s.sitePath(f.jurisdiction, "/search/r/")+f.token(), http.StatusSeeOther)
		return nil
	}
	return s.writeSearch(w, r, jur, nil)
}

// postSearch runs a search sent by the form and redirects to its results.
func (s *Server) postSearch(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxSearchBody)
	if err := r.ParseForm(); err != nil {
		return errTooLarge
	}
	q := strings.TrimSpace(search.Cut(r.PostForm.Get("q")))
	jur := s.jurisdictionOf(r)
	if q == "" {
		http.Redirect(w, r, s.sitePath(jur, "/search"), http.StatusSeeOther)
		return nil
	}
	f := s.find(jur, q)
	http.Redirect(w, r, s.sitePath(f.jurisdiction, "/search/r/")+f.token(), http.StatusSeeOther)
	return nil
}

// serveResults shows the results a token names. A token from an older
// version of the site, or a made-up one, gets the search page with a note.
func (s *Server) serveResults(w http.ResponseWriter, r *http.Request) error {
	jur := s.jurisdictionOf(r)
	f, ok := s.parseFound(r.PathValue("token"))
	if !ok {
		return s.writeSearch(w, r, jur, &foundResults{lost: true})
	}
	return s.writeSearch(w, r, jur, &f)
}

// foundResults is what a search found, as few numbers as a token can hold.
type foundResults struct {
	guides    []int // indexes into the library's guides, best first
	cues      int   // a bit for each cue, by its place in cues.yaml
	view      int   // the asker's view: an index into routes.Audiences
	confident bool
	lost      bool // the token could not be read
	// moved says the words named another jurisdiction than the one
	// searched from, and were answered there.
	moved        bool
	jurisdiction string // where the results are: not in the token, but in its address
	// plan is the answers to the three questions that fit the words,
	// when search is not sure and the words choose some, as a token
	// carries it (see plan.encode); nil otherwise.
	plan []int
}

// A results page shows the best resultsShown guides, or the best
// unsureShown when search is unsure of them.
const (
	resultsShown = 5
	unsureShown  = 3
)

// closeSiblings is how near the second result's score must come to the
// first's for search to count as unsure between them, confident or not:
// the page then offers the three questions to tell them apart.
const closeSiblings = 0.8

// find searches for q where placeFor says: jurisdiction jur's guides, or
// another jurisdiction's.
func (s *Server) find(jur, q string) foundResults {
	f := foundResults{jurisdiction: s.placeFor(jur, q)}
	f.moved = f.jurisdiction != jur
	res := s.index(f.jurisdiction).Search(q, resultsShown)
	f.confident = res.Confident
	for i, h := range res.Hits {
		if !res.Confident && i >= unsureShown {
			break
		}
		f.guides = append(f.guides, s.guidePlace[h.Guide.ID])
	}
	for _, c := range res.Cues {
		f.cues |= 1 << slices.Index(s.lib.Cues, c)
	}
	f.view = slices.Index(routes.Audiences, askerView(res.Asker).Audience)
	unsure := !res.Confident || len(res.Hits) > 1 && res.Hits[1].Score >= closeSiblings*res.Hits[0].Score
	if flow, ok := s.lib.FlowFor(f.jurisdiction); ok && unsure {
		if pl := planFor(flow, s.index(f.jurisdiction).Suggest(flow, res)); pl != nil {
			f.plan = pl.encode()
		}
	}
	return f
}

// placeFor is the jurisdiction a search made in jur is answered in:
// another one when the words say the person is there (the FBI, Venmo, "my
// state" from a UK page). A search that says nothing of place stays where
// it was made. The partner API asks it too.
func (s *Server) placeFor(jur, q string) string {
	if place := s.lib.PlaceOf(search.Normalize(q)); place != "" && place != jur && s.index(place) != nil {
		return place
	}
	return jur
}

// A results token is the flags (confident, moved, the view, and whether a
// plan follows), the cues, then, with a plan, its length and its answers,
// then the guides.
const (
	foundConfident = 1
	foundMoved     = 2
	foundPlan      = 1 << 8
	foundViewShift = 2
	foundViewMask  = 1<<6 - 1
)

func (f foundResults) token() string {
	flags := f.view << foundViewShift
	if f.confident {
		flags |= foundConfident
	}
	if f.moved {
		flags |= foundMoved
	}
	vs := []int{flags, f.cues}
	if f.plan != nil {
		vs[0] |= foundPlan
		vs = append(vs, f.plan...)
	}
	return encodeInts(append(vs, f.guides...))
}

func (s *Server) parseFound(tok string) (foundResults, bool) {
	vs, ok := decodeInts(tok)
	if !ok || len(vs) < 2 {
		return foundResults{}, false
	}
	f := foundResults{confident: vs[0]&foundConfident != 0, moved: vs[0]&foundMoved != 0, view: vs[0] >> foundViewShift & foundViewMask, cues: vs[1]}
	if vs[0]&^(foundConfident|foundMoved|foundPlan|foundViewMask<<foundViewShift) != 0 || f.view >= len(routes.Audiences) || f.cues >= 1<<len(s.lib.Cues) {
		return foundResults{}, false
	}
	rest := vs[2:]
	if vs[0]&foundPlan != 0 {
		var pairs []int
		if pairs, rest, ok = cutPlan(rest); !ok {
			return foundResults{}, false
		}
		f.plan = append([]int{len(pairs) / 2}, pairs...)
	}
	if len(rest) > resultsShown {
		return foundResults{}, false
	}
	for _, g := range rest {
		if g >= len(s.lib.Guides) {
			return foundResults{}, false
		}
		f.guides = append(f.guides, g)
	}
	return f, true
}

// confirmPath is the address of the three questions with a plan's answers
// chosen (encoded as a token carries it), or "" for none, or when the plan
// does not fit the jurisdiction's flow (a token made before the flow
// changed).
func (s *Server) confirmPath(jur string, encoded []int) string {
	f, ok := s.lib.FlowFor(jur)
	if !ok || encoded == nil {
		return ""
	}
	pairs, _, ok := cutPlan(encoded)
	if !ok {
		return ""
	}
	pl, ok := planOf(f, pairs)
	if !ok {
		return ""
	}
	return s.planPath(f, nil, "", pl)
}

// facetOrder is the order in which a result's own facts are offered as
// what sets it apart: what happened first, then what they want, who it is,
// the details, who is asking.
var facetOrder = []string{"images", "demand", "payment", "who", "topic", "asker"}

// setsApart returns, in a reader's words, the first fact of guide shown[i]
// that none of the other shown guides states, or "" when it has none or is
// shown alone.
func (s *Server) setsApart(shown []*guide.Guide, i int) string {
	if len(shown) < 2 {
		return ""
	}
	for _, fv := range s.fits(shown[i]) {
		if !slices.ContainsFunc(shown, func(o *guide.Guide) bool { return o != shown[i] && slices.Contains(o.Facets, fv) }) {
			return s.lib.FacetSays(fv)
		}
	}
	return ""
}

// fits returns the facts of guide g that can set it apart, in the order
// setsApart offers them: by facetOrder, then as the guide lists them; only
// those with words for a reader. The static site's search is given each
// guide's list, and picks as setsApart does.
func (s *Server) fits(g *guide.Guide) []string {
	var out []string
	for _, facet := range facetOrder {
		for _, fv := range g.Facets {
			if strings.HasPrefix(fv, facet+":") && s.lib.FacetSays(fv) != "" {
				out = append(out, fv)
			}
		}
	}
	return out
}

// writeSearch renders the search page, with results when there are some:
// urgency banners first, then the best guides with their short answers.
// With no confident match it shows the general first steps, the three
// questions and every situation, so the page is never empty. Nothing of
// the search is logged or stored, and the page is not cached or indexed.
func (s *Server) writeSearch(w http.ResponseWriter, r *http.Request, jur string, f *foundResults) error {
	p := searchPage{
		basePage:   s.noIndex(s.base(jur, string(s.lib.Text(jur).SearchTitle), "", "")),
		FirstSteps: s.lib.FirstSteps[jur],
		Groups:     s.groups(jur),
	}
	if f != nil && slices.ContainsFunc(f.guides, func(gi int) bool { return s.lib.Guides[gi].Jurisdiction != jur }) {
		f = &foundResults{lost: true} // a token made for another jurisdiction's pages
	}
	if f != nil && f.lost {
		p.Lost = true
	} else if f != nil {
		p.Title = string(s.lib.Text(jur).ResultsTitle)
		p.Searched = true
		view := routes.View{Audience: routes.Audiences[f.view]}
		var cues []*library.Cue
		for i, c := range s.lib.Cues {
			if f.cues&(1<<i) != 0 {
				cues = append(cues, c)
			}
		}
		p.Cues = s.cueViews(jur, cues, view, s.now())
		if j, ok := s.lib.Jurisdiction(jur); ok && f.moved {
			p.Moved = j.Name
		}
		p.Confident = f.confident
		var shown []*guide.Guide
		for _, gi := range f.guides {
			shown = append(shown, s.lib.Guides[gi])
		}
		for i, g := range shown {
			// The guide opens for who the words say is asking: an
			// under-18's search leads to the guide's page for under-18s.
			p.Results = append(p.Results, resultView{URL: s.guideURL(g.ID, view), Situation: g.Situation, Short: g.ShortAnswer(), Fits: s.setsApart(shown, i)})
		}
		p.Confirm = s.confirmPath(jur, f.plan)
	}
	html, err := s.render("search", p)
	if err != nil {
		return err
	}
	writeDynamic(w, r, http.StatusOK, html)
	return nil
}

package api

import (
	"errors"
	"net/http"
	"strings"

	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/routes"
)

// guideSummary is what the guide list says of each guide.
type guideSummary struct {
	ID           string   `json:"id"`
	Jurisdiction string   `json:"jurisdiction"`
	Slug         string   `json:"slug"`
	Title        string   `json:"title"`
	Situation    string   `json:"situation"`
	Category     string   `json:"category"`
	Audience     []string `json:"audience"` // who it is written for: adult, under-18, parent, supporter
	Created      string   `json:"created"`
	Reviewed     string   `json:"last_reviewed"`
	ReviewDue    string   `json:"review_due"`
	// URL is the page's address as the site links to it: for a guide in
	// a neutral category, an address that does not name the situation.
	URL string `json:"url"`
	// APIURL is the guide's path in the API.
	APIURL string `json:"api_url"`
}

type guideListDoc struct {
	Jurisdictions []jurisdictionDoc `json:"jurisdictions"`
	Guides        []guideSummary    `json:"guides"`
}

// jurisdictionDoc says which nation values a jurisdiction takes.
type jurisdictionDoc struct {
	ID      string      `json:"id"`
	Name    string      `json:"name"`
	Nations []nationDoc `json:"nations"`
}

type nationDoc struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func (a *API) guideList() guideListDoc {
	out := guideListDoc{Jurisdictions: []jurisdictionDoc{}, Guides: []guideSummary{}}
	for _, j := range a.lib.Jurisdictions {
		jd := jurisdictionDoc{ID: j.ID, Name: j.Name, Nations: []nationDoc{}}
		for _, n := range j.Nations {
			jd.Nations = append(jd.Nations, nationDoc{n.ID, n.Name})
		}
		out.Jurisdictions = append(out.Jurisdictions, jd)
	}
	for _, g := range a.lib.Guides {
		out.Guides = append(out.Guides, a.summary(g, routes.View{}))
	}
	return out
}

func (a *API) summary(g *guide.Guide, v routes.View) guideSummary {
	return guideSummary{
		ID: g.ID, Jurisdiction: g.Jurisdiction, Slug: g.Slug, Title: g.Title, Situation: g.Situation, Category: g.Category,
		Audience: list(g.Audience), Created: g.Created.String(), Reviewed: g.Reviewed.String(), ReviewDue: g.ReviewBy.String(),
		URL: a.abs(a.site.GuideURL(g.ID, v)), APIURL: a.apiPath(g),
	}
}

func (a *API) serveList(http.ResponseWriter, *http.Request) (*reply, error) { return a.list, nil }

func (a *API) serveOpenAPI(http.ResponseWriter, *http.Request) (*reply, error) {
	return a.openapi, nil
}

// serveGuide answers /api/v1/guides/{jurisdiction}/{slug}[.json] for the
// view ?audience=…&nation=… names.
func (a *API) serveGuide(_ http.ResponseWriter, r *http.Request) (*reply, error) {
	j, err := a.jurisdiction(r.PathValue("jurisdiction"))
	if err != nil {
		return nil, err
	}
	slug := strings.TrimSuffix(r.PathValue("slug"), ".json")
	g, err := a.lib.Guide(j.ID + "/" + slug)
	if errors.Is(err, library.ErrNotFound) {
		return nil, errorf(codeUnknownGuide, "no such guide in %s: /api/v1/guides lists them", j.ID)
	} else if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	v, err := view(j, q.Get("audience"), q.Get("nation"))
	if err != nil {
		return nil, err
	}
	return a.guideReply(g, j, v)
}

package api

import (
	"encoding/json"
	"errors"
	"io"
	"math"
	"net/http"
	"strings"

	"firststeps/internal/routes"
	"firststeps/internal/search"
)

// routeRequest is what the route endpoint takes, as query parameters or
// as a JSON body.
type routeRequest struct {
	Q            string `json:"q"`
	Audience     string `json:"audience"`
	Nation       string `json:"nation"`
	Jurisdiction string `json:"jurisdiction"`
}

// routeDoc is the route endpoint's answer.
type routeDoc struct {
	// Jurisdiction is where the words were answered: the one asked for,
	// or another whose places they name (Moved).
	Jurisdiction string `json:"jurisdiction"`
	Moved        bool   `json:"moved"`
	// Asker is who the words say is asking: under-18, parent, supporter,
	// or "".
	Asker string `json:"asker"`
	// View is who the routes are chosen for: the audience and nation
	// asked for, or else the audience the words suggest.
	View      viewDoc           `json:"view"`
	Confident bool              `json:"confident"` // the top guide is a good match
	Results   []resultDoc       `json:"results"`   // best first
	Cues      []cueDoc          `json:"cues"`      // urgency cues in the words
	Services  []json.RawMessage `json:"services"`  // every service the cues' routes name, once (serviceDoc)
}

type resultDoc struct {
	ID          string  `json:"id"`
	Title       string  `json:"title"`
	Situation   string  `json:"situation"`
	ShortAnswer string  `json:"short_answer"`
	Score       float64 `json:"score"` // rounded to 3 places, as "firststeps route" gives it
	URL         string  `json:"url"`   // the guide's page for the view
	APIURL      string  `json:"api_url"`
}

// cueDoc is an urgency cue: its banner, and the routes to show first.
type cueDoc struct {
	ID      string    `json:"id"`
	Label   string    `json:"label"`
	Message string    `json:"message"`
	Routes  []roleDoc `json:"routes"`
}

// results is how many guides a route answer ranks, as the site's search.
const results = 5

// serveRoute answers GET /api/v1/route?q=… and POST /api/v1/route.
func (a *API) serveRoute(w http.ResponseWriter, r *http.Request) (*reply, error) {
	var in routeRequest
	if r.Method == http.MethodPost {
		if err := a.readBody(w, r, &in); err != nil {
			return nil, err
		}
	} else {
		q := r.URL.Query()
		in = routeRequest{Q: q.Get("q"), Audience: q.Get("audience"), Nation: q.Get("nation"), Jurisdiction: q.Get("jurisdiction")}
		if int64(len(in.Q)) > a.cfg.MaxText {
			return nil, tooLong(a.cfg.MaxText)
		}
	}
	j, err := a.jurisdiction(in.Jurisdiction)
	if err != nil {
		return nil, err
	}
	v, err := view(j, in.Audience, in.Nation)
	if err != nil {
		return nil, err
	}
	q := strings.TrimSpace(search.Cut(in.Q))
	if q == "" {
		return nil, errorf(codeBadQ, "q is required: what the person wrote, in their words")
	}
	doc := a.route(j.ID, q, v)
	return newReply(doc, cacheNever)
}

// readBody decodes a JSON body of at most MaxText bytes into in.
func (a *API) readBody(w http.ResponseWriter, r *http.Request, in *routeRequest) error {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, a.cfg.MaxText))
	dec.DisallowUnknownFields()
	err := dec.Decode(in)
	if err == nil {
		// One object and nothing after it.
		if _, err = dec.Token(); err == io.EOF {
			return nil
		} else if err == nil {
			err = errors.New("more than one value")
		}
	}
	if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
		return tooLong(a.cfg.MaxText)
	}
	return errorf(codeBadBody, `the body must be one JSON object {"q": …, "audience": …, "nation": …, "jurisdiction": …}, each a string`)
}

func tooLong(limit int64) error {
	return errorf(codeTooLong, "the request holds more than %d bytes: send fewer words", limit)
}

// route searches as the site does: in jurisdiction jur, or in the one the
// words place the person in.
func (a *API) route(jur, q string, v routes.View) routeDoc {
	at := a.site.Place(jur, q)
	doc := routeDoc{Jurisdiction: at, Moved: at != jur, Results: []resultDoc{}, Cues: []cueDoc{}, Services: []json.RawMessage{}}
	ix := a.site.Index(at)
	if ix == nil {
		return doc
	}
	res := ix.Search(q, results)
	doc.Confident, doc.Asker = res.Confident, res.Asker
	if at != jur {
		v.Nation = "" // a nation of the jurisdiction asked about
	}
	if v.Audience == routes.Everyone {
		v.Audience = a.site.AskerView(res.Asker).Audience
	}
	doc.View = viewDoc{string(v.Audience), v.Nation}
	for _, h := range res.Hits {
		g := h.Guide
		doc.Results = append(doc.Results, resultDoc{
			ID: g.ID, Title: g.Title, Situation: g.Situation, ShortAnswer: g.ShortAnswer(),
			Score: math.Round(h.Score*1000) / 1000, URL: a.abs(a.site.GuideURL(g.ID, v)), APIURL: a.apiPath(g),
		})
	}
	j, _ := a.lib.Jurisdiction(at)
	var shown []string
	for _, c := range res.Cues {
		label, msg := c.Text(at)
		cd := cueDoc{ID: c.ID, Label: label, Message: msg, Routes: []roleDoc{}}
		for _, id := range c.Routes {
			r, ok := a.lib.Role(at, id)
			if !ok || !routes.Shown(r, v, j.NationIDs()) {
				continue
			}
			cd.Routes = append(cd.Routes, a.roleDocOf(j, r, v, &shown))
		}
		doc.Cues = append(doc.Cues, cd)
	}
	for _, id := range shown {
		if svc, ok := a.lib.Services.Get(id); ok {
			doc.Services = append(doc.Services, a.serviceJSON(svc, v.Nation))
		}
	}
	return doc
}

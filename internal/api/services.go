package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"firststeps/internal/library"
	"firststeps/internal/services"
)

// serviceDoc is one service: who runs it, who it is for, and how to reach
// it.
type serviceDoc struct {
	ID           string       `json:"id"`
	Name         string       `json:"name"`
	InlineName   string       `json:"inline_name"` // as a sentence names it
	Jurisdiction string       `json:"jurisdiction"`
	RunBy        string       `json:"run_by"`
	For          string       `json:"for"`
	Ages         agesDoc      `json:"ages"`
	Nations      []string     `json:"nations"` // empty: every nation of its jurisdiction
	Sex          string       `json:"sex"`     // female or male for a service for one sex only, else ""
	Groups       []string     `json:"groups"`
	Can          []string     `json:"can"`
	Cannot       []string     `json:"cannot"`
	Contacts     []contactDoc `json:"contacts"`
}

type agesDoc struct {
	Min int `json:"min"` // 0: no lower bound
	Max int `json:"max"` // 0: no upper bound
}

// contactDoc is one way to reach a service.
type contactDoc struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"`
	Label   string   `json:"label"`
	Value   string   `json:"value"`
	Display string   `json:"display"` // what a reader sees
	Href    string   `json:"href"`    // tel:, sms:, mailto: or https:
	Keyword string   `json:"keyword"`
	Cost    string   `json:"cost"`
	Reply   string   `json:"reply"`
	Note    string   `json:"note"`
	Nations []string `json:"nations"`
	// Live routes (calls, texts, chats) have hours and can be open or
	// closed; the others answer later.
	Live  bool       `json:"live"`
	Hours string     `json:"hours"`  // the hours in words, for live routes
	State *statusDoc `json:"status"` // at the time asked about; null without live state
}

// statusDoc is whether a live contact is open at one instant, as
// "firststeps hours" gives it.
type statusDoc struct {
	Known    bool   `json:"known"` // false: the hours are not confirmed
	Open     bool   `json:"open"`
	Always   bool   `json:"always"`    // open around the clock
	Until    string `json:"until"`     // RFC 3339 in Zone, when open and closing within 15 days
	NextOpen string `json:"next_open"` // RFC 3339 in Zone, when closed and opening within 15 days
	Zone     string `json:"zone"`      // the time zone the service keeps its hours in
	Text     string `json:"text"`      // what a contact card says
}

// serviceDocOf describes svc for a reader in nation ("" = any): only the
// contacts that serve that nation, as a contact card shows them, each live
// one with its status at at, unless at is nil.
func (a *API) serviceDocOf(svc *services.Service, nation string, at *time.Time) serviceDoc {
	d := serviceDoc{
		ID: svc.ID, Name: svc.Name, InlineName: svc.InlineName(), Jurisdiction: svc.Jurisdiction, RunBy: svc.RunBy, For: svc.For,
		Ages: agesDoc{svc.Ages.Min, svc.Ages.Max}, Nations: list(svc.Nations), Sex: svc.Sex,
		Groups: list(svc.Groups), Can: list(svc.Can), Cannot: list(svc.Cannot), Contacts: []contactDoc{},
	}
	cal, f := a.lib.Calendar(svc), a.lib.Format(svc)
	for i := range svc.Contacts {
		c := &svc.Contacts[i]
		if !c.ForNation(nation) {
			continue
		}
		cd := contactDoc{
			ID: c.ID, Kind: c.Kind, Label: c.Label, Value: c.Value, Display: c.Display(), Href: c.Href(), Keyword: c.Keyword,
			Cost: c.Cost, Reply: c.Reply, Note: c.Note, Nations: list(c.Nations), Live: c.Live(),
		}
		if c.Live() {
			cd.Hours = c.ParsedHours().Summary(f)
			if at != nil {
				st := c.ParsedHours().At(*at, cal, a.lib.ContactDivision(svc, c, nation))
				cd.State = &statusDoc{
					Known: st.Known, Open: st.Open, Always: st.Always,
					Until: rfc3339(st.Until, cal.Loc), NextOpen: rfc3339(st.NextOpen, cal.Loc),
					Zone: cal.Loc.String(), Text: st.Text(*at, f),
				}
			}
		}
		d.Contacts = append(d.Contacts, cd)
	}
	return d
}

// serviceJSON is serviceDocOf(svc, nation) with no live state, encoded:
// it never changes, and route answers name the same few services again
// and again.
func (a *API) serviceJSON(svc *services.Service, nation string) json.RawMessage {
	key := svc.ID + "|" + nation
	if b, ok := a.serviceCache.Load(key); ok {
		return b.(json.RawMessage)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a.serviceDocOf(svc, nation, nil)); err != nil {
		return json.RawMessage("null") // only a programming error: the doc is plain strings
	}
	b := json.RawMessage(bytes.TrimSpace(buf.Bytes()))
	a.serviceCache.Store(key, b)
	return b
}

// rfc3339 formats t in loc, or gives "" for the zero time.
func rfc3339(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(time.RFC3339)
}

// list gives an empty list for nil, so JSON has [] and never null.
func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// serviceList is every service of a jurisdiction.
type serviceList struct {
	Jurisdiction string       `json:"jurisdiction"`
	Nation       string       `json:"nation"`
	Age          *int         `json:"age"`
	At           string       `json:"at"`   // RFC 3339; "" without live state
	Live         bool         `json:"live"` // false in the static copy: hours, but no status
	Groups       []groupDoc   `json:"groups"`
	Services     []serviceDoc `json:"services"`
}

type groupDoc struct {
	ID          string `json:"id"`
	Label       string `json:"label"`
	Description string `json:"description"`
}

// serviceList lists the services of j for a reader in nation of age (nil:
// any), with live state at at unless at is nil (the static copy). Like
// "firststeps hours", it leaves out services and contacts that do not
// serve the nation.
func (a *API) serviceList(j *library.Jurisdiction, nation string, age *int, at *time.Time) serviceList {
	out := serviceList{Jurisdiction: j.ID, Nation: nation, Age: age, Live: at != nil, Groups: []groupDoc{}, Services: []serviceDoc{}}
	if at != nil {
		out.At = at.Format(time.RFC3339)
	}
	for _, g := range a.lib.Services.Groups {
		out.Groups = append(out.Groups, groupDoc{g.ID, g.Label, g.Description})
	}
	for _, svc := range a.lib.Services.All() {
		if svc.Jurisdiction != j.ID || !svc.ForNation(nation) || age != nil && !forAge(svc, *age) {
			continue
		}
		out.Services = append(out.Services, a.serviceDocOf(svc, nation, at))
	}
	return out
}

// forAge reports whether svc is for someone aged age.
func forAge(svc *services.Service, age int) bool {
	return age >= svc.Ages.Min && (svc.Ages.Max == 0 || age <= svc.Ages.Max)
}

// serveServices answers /api/v1/services?jurisdiction=…&at=…&nation=…&age=…
// and /api/v1/services/{jurisdiction}.json, which the static copy holds
// without live state.
func (a *API) serveServices(_ http.ResponseWriter, r *http.Request) (*reply, error) {
	q := r.URL.Query()
	id := q.Get("jurisdiction")
	if file := r.PathValue("file"); file != "" {
		var ok bool
		if id, ok = strings.CutSuffix(file, ".json"); !ok || id == "" {
			return nil, errorf(codeNotFound, "no such address in the API: the services of a jurisdiction are at /api/v1/services/{jurisdiction}.json")
		}
	}
	j, err := a.jurisdiction(id)
	if err != nil {
		return nil, err
	}
	if a.cfg.Static {
		return a.services[j.ID], nil
	}
	nation := q.Get("nation")
	if err := checkNation(j, nation); err != nil {
		return nil, err
	}
	years, err := age(q.Get("age"))
	if err != nil {
		return nil, err
	}
	at, err := a.at(q.Get("at"))
	if err != nil {
		return nil, err
	}
	return newReply(a.serviceList(j, nation, years, &at), cacheRevalidate)
}

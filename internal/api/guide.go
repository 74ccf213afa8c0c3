package api

import (
	"bytes"
	"encoding/json"
	"slices"
	"sync/atomic"
	"time"

	"firststeps/internal/date"
	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/routes"
)

// guideDoc is one guide as its page shows it for one view.
type guideDoc struct {
	guideSummary
	CategoryLabel string            `json:"category_label"`
	SEOTitle      string            `json:"seo_title"`
	View          viewDoc           `json:"view"`
	ShortAnswer   itemDoc           `json:"short_answer"`
	Sections      []sectionDoc      `json:"sections"`
	Routes        []roleDoc         `json:"routes"`
	Laws          []lawDoc          `json:"laws"`
	Services      []json.RawMessage `json:"services"` // every service the routes name, once (serviceDoc)
	Sources       []sourceDoc       `json:"sources"`
	Resources     []resource        `json:"resources"`
	Related       []guideRef        `json:"related"`
	// Twins are the same situation's guide in each other jurisdiction.
	Twins []guideRef `json:"twins"`
}

// viewDoc is who a page is for: an audience and a nation, each "" when not
// chosen.
type viewDoc struct {
	Audience string `json:"audience"`
	Nation   string `json:"nation"`
}

// sectionDoc is one of a guide's eight sections, as items: the entries of
// its list, or its paragraphs.
type sectionDoc struct {
	ID      string    `json:"id"`
	Heading string    `json:"heading"`
	Items   []itemDoc `json:"items"`
}

// itemDoc is one entry or paragraph, as plain text and as safe HTML.
type itemDoc struct {
	// Lead is the bold sentence an entry opens with ("Do not pay."),
	// or "".
	Lead string `json:"lead"`
	Text string `json:"text"`
	HTML string `json:"html"`
}

// sectionIDs name the sections, in guide.SectionHeadings order.
var sectionIDs = [len(guide.SectionHeadings)]string{"short-answer", "do-not", "do-now", "can-wait", "reassurance", "scope", "important-note", "resources"}

// roleDoc is one route role and the services it shows for a view.
type roleDoc struct {
	ID      string      `json:"id"`
	Label   string      `json:"label"`
	Message string      `json:"message"`
	For     string      `json:"for"`    // "under-18" or "adult" for a role for one age group, else ""
	Safety  bool        `json:"safety"` // shown in the safety box: danger now, a crisis
	Items   []routeItem `json:"items"`
}

// routeItem is one service of a role, or alternatives that do the same
// job for different readers, which a page folds into one line.
type routeItem struct {
	Services []string `json:"services"` // service ids
	Label    string   `json:"label"`    // names folded alternatives
	Note     string   `json:"note"`
	For      string   `json:"for"` // "under-18" or "adult" for an entry for one age group, else ""
}

// lawDoc is a law topic as the page states it: the rule for the view's
// nation, or one per rule.
type lawDoc struct {
	ID    string    `json:"id"`
	Label string    `json:"label"`
	Rules []ruleDoc `json:"rules"`
}

type ruleDoc struct {
	Nations []string `json:"nations"` // empty: the whole jurisdiction
	Says    string   `json:"says"`
	Law     string   `json:"law"`
	Source  string   `json:"source"`
	Since   string   `json:"since"`    // YYYY-MM-DD, or "" for long-standing law
	InForce bool     `json:"in_force"` // false while Since is still to come
}

type sourceDoc struct {
	URL      string `json:"url"`
	Title    string `json:"title"`
	Checked  string `json:"checked"`
	Supports string `json:"supports"`
}

type resource struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
}

type guideRef struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Situation string `json:"situation"`
	URL       string `json:"url"`
	APIURL    string `json:"api_url"`
}

// cachedGuide is a guide's answer for its unchosen view, the one most
// asked for, made again at most once a minute: the page it mirrors can
// change with the time (a law coming into force, alternatives that stop
// sharing an open line). Other views are made for each request, so memory
// does not grow with guides times views; nor does the static copy keep
// what it has written (see Forget).
type cachedGuide struct {
	cur atomic.Pointer[minuteReply]
}

type minuteReply struct {
	minute int64
	rp     *reply
}

func (a *API) guideReply(g *guide.Guide, j *library.Jurisdiction, v routes.View) (*reply, error) {
	now := a.now()
	if v != (routes.View{}) {
		return a.makeGuideReply(g, j, v, now)
	}
	c := a.guides[g.ID]
	if a.cfg.Static {
		// The static copy's answer is kept until its files are written
		// (Forget): they are asked for twice, as they are and gzipped.
		if cur := c.cur.Load(); cur != nil {
			return cur.rp, nil
		}
		rp, err := a.makeGuideReply(g, j, v, now)
		if err != nil {
			return nil, err
		}
		c.cur.Store(&minuteReply{rp: rp})
		return rp, nil
	}
	m := now.Unix() / 60
	cur := c.cur.Load()
	if cur != nil && cur.minute == m {
		return cur.rp, nil
	}
	rp, err := a.makeGuideReply(g, j, v, now)
	if err != nil {
		return nil, err
	}
	if cur != nil && bytes.Equal(cur.rp.raw, rp.raw) {
		rp = cur.rp // the same bytes: keep the ETag and compressed copy made
	}
	c.cur.Store(&minuteReply{m, rp})
	return rp, nil
}

func (a *API) makeGuideReply(g *guide.Guide, j *library.Jurisdiction, v routes.View, now time.Time) (*reply, error) {
	cache := cacheRevalidate
	if cat, ok := a.lib.Category(g.Category); ok && cat.Neutral {
		cache = cacheNever
	}
	return newReply(a.guideDocOf(g, j, v, now), cache)
}

func (a *API) guideDocOf(g *guide.Guide, j *library.Jurisdiction, v routes.View, now time.Time) guideDoc {
	d := guideDoc{
		guideSummary: a.summary(g, v),
		SEOTitle:     g.SEOTitle,
		View:         viewDoc{string(v.Audience), v.Nation},
		Sections:     []sectionDoc{},
		Routes:       []roleDoc{},
		Laws:         []lawDoc{},
		Services:     []json.RawMessage{},
		Sources:      []sourceDoc{},
		Resources:    []resource{},
		Related:      []guideRef{},
		Twins:        []guideRef{},
	}
	if c, ok := a.lib.Category(g.Category); ok {
		d.CategoryLabel = c.Label
	}
	for i, h := range a.site.Sections(g, v, now) {
		if i >= len(sectionIDs) {
			break
		}
		items := a.sectionItems(h)
		if i == guide.ShortAnswer {
			d.ShortAnswer = joinItems(items)
		}
		d.Sections = append(d.Sections, sectionDoc{ID: sectionIDs[i], Heading: guide.SectionHeadings[i], Items: items})
	}
	var shown []string
	for _, id := range g.Routes {
		r, ok := a.lib.Role(g.Jurisdiction, id)
		if !ok || !routes.Shown(r, v, j.NationIDs()) {
			continue
		}
		rd := a.roleDocOf(j, r, v, &shown)
		d.Routes = append(d.Routes, rd)
	}
	for _, id := range shown {
		if svc, ok := a.lib.Services.Get(id); ok {
			d.Services = append(d.Services, a.serviceJSON(svc, v.Nation))
		}
	}
	d.Laws = a.laws(g, v, now)
	for _, s := range g.Sources {
		sd := sourceDoc{URL: s.URL, Checked: s.Checked.String(), Supports: s.Supports}
		if res, ok := a.lib.Resource(s.URL); ok {
			sd.Title = res.Title
		}
		d.Sources = append(d.Sources, sd)
	}
	for _, r := range g.Resources {
		if res, ok := a.lib.Resource(r.URL); ok {
			d.Resources = append(d.Resources, resource{URL: res.URL, Title: res.Title, Publisher: res.Publisher})
		}
	}
	for _, id := range g.Related {
		if rg, err := a.lib.Guide(id); err == nil {
			d.Related = append(d.Related, a.ref(rg, v))
		}
	}
	for _, o := range a.lib.Jurisdictions {
		if o.ID == g.Jurisdiction {
			continue
		}
		if t, err := a.lib.Guide(o.ID + "/" + g.Slug); err == nil {
			// The twin's page for the same audience: the nation is this
			// jurisdiction's.
			d.Twins = append(d.Twins, a.ref(t, routes.View{Audience: v.Audience}))
		}
	}
	return d
}

func (a *API) ref(g *guide.Guide, v routes.View) guideRef {
	return guideRef{ID: g.ID, Title: g.Title, Situation: g.Situation, URL: a.abs(a.site.GuideURL(g.ID, v)), APIURL: a.apiPath(g)}
}

// roleDocOf gives role r's services for view v, as routes.Items chooses
// them for the page, and adds each service to shown once.
func (a *API) roleDocOf(j *library.Jurisdiction, r *routes.Role, v routes.View, shown *[]string) roleDoc {
	// A role that speaks to the reader has words of its own for someone
	// helping another person (routes.Role).
	label, msg := r.Label, r.Message
	if v.Audience == routes.Helping && r.HelpingLabel != "" {
		label = r.HelpingLabel
	}
	if v.Audience == routes.Helping && r.HelpingMessage != "" {
		msg = r.HelpingMessage
	}
	rd := roleDoc{ID: r.ID, Label: label, Message: msg, For: r.For, Safety: r.Safety, Items: []routeItem{}}
	for _, it := range routes.Items(r, v, j.NationIDs(), a.lib.Services) {
		ri := routeItem{Label: it.Entry.Label, Note: it.Entry.Note, For: it.Entry.For}
		for _, svc := range it.Services {
			ri.Services = append(ri.Services, svc.ID)
			if !slices.Contains(*shown, svc.ID) {
				*shown = append(*shown, svc.ID)
			}
		}
		rd.Items = append(rd.Items, ri)
	}
	return rd
}

// laws gives each law topic guide g states, in the order it first states
// them: the rule for the view's nation, or every rule when none is
// chosen, as the page says them.
func (a *API) laws(g *guide.Guide, v routes.View, now time.Time) []lawDoc {
	out := []lawDoc{}
	today := date.Of(now.In(a.lib.Location(g.Jurisdiction)))
	var seen []string
	for _, ref := range g.Refs {
		if ref.Kind != guide.RefLaw || slices.Contains(seen, ref.Service) {
			continue
		}
		seen = append(seen, ref.Service)
		t, ok := a.lib.Law(g.Jurisdiction, ref.Service)
		if !ok {
			continue
		}
		ld := lawDoc{ID: t.ID, Label: t.Label, Rules: []ruleDoc{}}
		for _, r := range t.Rules {
			if v.Nation != "" && len(r.Nations) > 0 && !slices.Contains(r.Nations, v.Nation) {
				continue
			}
			rd := ruleDoc{Nations: list(r.Nations), Says: r.Says, Law: r.Law, Source: r.Source, InForce: !r.Since.After(today)}
			if !r.Since.IsZero() {
				rd.Since = r.Since.String()
			}
			ld.Rules = append(ld.Rules, rd)
		}
		out = append(out, ld)
	}
	return out
}

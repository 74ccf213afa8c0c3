package web

import (
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"time"

	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/routes"
	"firststeps/internal/services"
)

// link is a piece of text and where it goes.
type link struct {
	Text string
	Href template.URL // tel:, sms: or mailto: from services.yaml, validated by lint
}

// basePage is what every page's layout needs.
type basePage struct {
	Title       string
	Description string
	Canonical   string
	NoIndex     bool
	CSS, JS     string
	Styles      []string // more style sheets, for pages that need them
	Scripts     []string
	ExitURL     string
	// BrowserSearch: search runs in the browser (the static site), so
	// the search form is hidden until search.js shows it.
	BrowserSearch bool
	// NeutralPath and NeutralTitle, on a guide opened at its own address,
	// are where and how site.js shows it instead.
	NeutralPath, NeutralTitle string
	// Safety is the address of the page on staying safe on this device.
	Safety string
	// Lang is the page's language (en-GB, en-US).
	Lang string
	// DateLayout is how the page writes dates (see library.Jurisdiction).
	DateLayout string
	// Home, Search, Start, Services and EmergencyPage are the addresses of
	// the jurisdiction's own pages: /uk, /search… for the first, /us,
	// /us/search… for the others.
	Home, Search, Start, Services, EmergencyPage string

	Emergency, NonEmergency link
	// Text is what the page says in sentences (site.yaml), for its
	// jurisdiction.
	Text *library.SiteText
	// Emergencies, on a page for no one jurisdiction (the site root), are
	// every jurisdiction's emergency numbers.
	Emergencies []placeLink
}

// placeLink is a jurisdiction's emergency number, named.
type placeLink struct {
	Place string
	link
}

type guideLink struct {
	URL       string
	Situation string
	// SameViews: the guide is of the page's own country, so the reader's
	// choice of view (?v=) holds there too, and views.js carries it.
	SameViews bool
}

type groupView struct {
	ID, Label, URL string
	Guides         []guideLink
}

type homePage struct {
	basePage
	Groups []groupView
}

type categoryPage struct {
	basePage
	Category *library.Category
	Guides   []guideLink
	Home     string
}

type notFoundPage struct {
	basePage
	Groups []groupView
}

type resourceView struct{ URL, Title, Publisher string }

type contactView struct {
	Label, Display      string
	Number              bool         // dialled or texted: a sentence gives it after the name
	Href                template.URL // validated by lint: tel:, sms:, mailto: or https:
	Status, StatusClass string
	Always              bool // open around the clock: compact lines say nothing of hours
	Hours, Where, Note  string
	Cost, Reply         string
}

type cardView struct {
	ID, Name, For string
	Tags          []string
	Contacts      []contactView
	Cannot        []string
}

type guidePage struct {
	basePage
	G          *guide.Guide
	Sections   [len(guide.SectionHeadings)]template.HTML // with routes and laws filled in for the view
	Chooser    chooserView
	Routes     routesView
	Blocks     routeBlocks // Routes, rendered
	Resources  []resourceView
	Related    []guideLink
	ReportHref template.URL
	JSONLD     template.JS
}

func guidePath(g *guide.Guide) string { return "/" + g.ID }

func categoryPath(jurisdiction, id string) string { return "/" + jurisdiction + "/category/" + id }

// exitURL is where the quick exit leaves for from a page of the
// jurisdiction: the server's, or the jurisdiction's own, or the default.
func (s *Server) exitURL(jurisdiction string) string {
	if s.cfg.ExitURL != "" {
		return s.cfg.ExitURL
	}
	if j, ok := s.lib.Jurisdiction(jurisdiction); ok && j.QuickExit != "" {
		return j.QuickExit
	}
	return DefaultExitURL
}

// base fills the layout fields for a page in a jurisdiction.
func (s *Server) base(jurisdiction, title, description, path string) basePage {
	b := basePage{
		Title:         title,
		Description:   description,
		CSS:           s.assets.url("site.css"),
		JS:            s.assets.url("site.js"),
		ExitURL:       s.exitURL(jurisdiction),
		BrowserSearch: !s.site.dynamic,
		Text:          s.lib.Text(jurisdiction),
	}
	if path != "" {
		b.Canonical = s.cfg.BaseURL + path
	}
	if j, ok := s.lib.Jurisdiction(jurisdiction); ok {
		b.Emergency = s.primaryLink(j.Emergency)
		b.NonEmergency = s.primaryLink(j.NonEmergency)
		if g, err := s.lib.Guide(j.SafetyGuide); err == nil {
			b.Safety = s.linkTo(g)
		}
		b.Lang = j.Language
		b.DateLayout = j.DateLayout
		b.Home = "/" + j.ID
		b.Search = s.sitePath(j.ID, "/search")
		b.Start = s.sitePath(j.ID, "/start")
		b.Services = s.sitePath(j.ID, "/services")
		b.EmergencyPage = s.sitePath(j.ID, "/emergency")
	}
	return b
}

// sitePath is a jurisdiction's address for one of the site's own pages
// (/search, /start, /services, /emergency): the first jurisdiction has the
// bare path, which its pages have always had; the others have it under
// their id (/us/search).
func (s *Server) sitePath(jurisdiction, path string) string {
	if jurisdiction == "" || jurisdiction == s.defaultJurisdiction() {
		return path
	}
	return "/" + jurisdiction + path
}

// jurisdictionOf is the jurisdiction whose site page a request is for: the
// first segment of its path when that names another jurisdiction, or the
// first jurisdiction.
func (s *Server) jurisdictionOf(r *http.Request) string {
	seg, _, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
	if _, ok := s.lib.Jurisdiction(seg); ok {
		return seg
	}
	return s.defaultJurisdiction()
}

// primaryLink is a service's first contact as a link, e.g. 999 → tel:999.
func (s *Server) primaryLink(serviceID string) link {
	svc, ok := s.lib.Services.Get(serviceID)
	if !ok {
		return link{}
	}
	c, ok := svc.Contact("")
	if !ok {
		return link{}
	}
	return link{Text: c.Display(), Href: template.URL(c.Href())}
}

// defaultJurisdiction is the library the site root shows.
func (s *Server) defaultJurisdiction() string {
	if len(s.lib.Jurisdictions) > 0 {
		return s.lib.Jurisdictions[0].ID
	}
	return ""
}

func (s *Server) groups(jurisdiction string) []groupView {
	var out []groupView
	for _, c := range s.lib.Categories {
		gs := s.lib.GuidesIn(jurisdiction, c.ID)
		if len(gs) == 0 {
			continue
		}
		v := groupView{ID: c.ID, Label: c.Label, URL: categoryPath(jurisdiction, c.ID)}
		for _, g := range gs {
			v.Guides = append(v.Guides, guideLink{URL: s.linkTo(g), Situation: g.Situation})
		}
		out = append(out, v)
	}
	return out
}

// buildErrorPages renders the pages for a missing page and a failure,
// once: an error never waits for a template.
func (s *Server) buildErrorPages() error {
	def := s.defaultJurisdiction()
	nf, err := s.render("notfound", notFoundPage{basePage: s.noIndex(s.base(def, string(s.lib.Text(def).NotFoundTitle), "", "")), Groups: s.groups(def)})
	if err != nil {
		return err
	}
	if s.notFound, err = newBody(nf, "text/html; charset=utf-8", ""); err != nil {
		return err
	}
	fail, err := s.render("error", struct{ basePage }{s.noIndex(s.base(def, string(s.lib.Text(def).ErrorTitle), "", ""))})
	if err != nil {
		return err
	}
	s.failed, err = newBody(fail, "text/html; charset=utf-8", "")
	return err
}

func (s *Server) noIndex(b basePage) basePage {
	b.NoIndex = true
	return b
}

type choosePage struct {
	basePage
	Places []placeView
}

type placeView struct{ Name, URL, Lang string }

// chooseBuilder is the site root when there is more than one jurisdiction:
// the reader says where they need help. Nothing guesses it (no location,
// no language header) and nothing keeps it.
func (s *Server) chooseBuilder() func(time.Time) ([]byte, error) {
	return func(time.Time) ([]byte, error) {
		text := s.lib.Text("")
		p := choosePage{basePage: s.base("", string(text.HomeTitle), string(text.SiteDescription), "/")}
		p.Lang = "en"
		for _, j := range s.lib.Jurisdictions {
			p.Places = append(p.Places, placeView{Name: j.Name, URL: "/" + j.ID, Lang: j.Language})
			p.Emergencies = append(p.Emergencies, placeLink{Place: j.ShortName, link: s.primaryLink(j.Emergency)})
		}
		return s.render("choose", p)
	}
}

func (s *Server) homeBuilder(jurisdiction, path string) func(time.Time) ([]byte, error) {
	return func(time.Time) ([]byte, error) {
		j, _ := s.lib.Jurisdiction(jurisdiction)
		text := s.lib.Text(jurisdiction)
		desc := fill(text.HomeDescription, "place", j.Name)
		return s.render("home", homePage{
			basePage: s.base(jurisdiction, string(text.HomeTitle), desc, path),
			Groups:   s.groups(jurisdiction),
		})
	}
}

func (s *Server) categoryBuilder(jurisdiction string, c *library.Category) func(time.Time) ([]byte, error) {
	return func(time.Time) ([]byte, error) {
		p := categoryPage{
			basePage: s.base(jurisdiction, fill(s.lib.Text(jurisdiction).CategoryTitle, "category", c.Label), c.Description, categoryPath(jurisdiction, c.ID)),
			Category: c,
			Home:     "/" + jurisdiction,
		}
		for _, g := range s.lib.GuidesIn(jurisdiction, c.ID) {
			p.Guides = append(p.Guides, guideLink{URL: s.linkTo(g), Situation: g.Situation})
		}
		return s.render("category", p)
	}
}

// guidePage is guide g's page for view v. Its key is the live status of
// every contact it shows, so it is rebuilt when one opens or closes.
// At its neutral address (neutral), it has a neutral title.
func (s *Server) guidePage(g *guide.Guide, v routes.View, neutral bool) *page {
	return &page{
		ctype: "text/html; charset=utf-8",
		guide: g.ID,
		build: s.guideBuilder(g, v, neutral),
		key: func(now time.Time) string {
			return routesKey(s.pageRoutes(g, v, now))
		},
	}
}

func (s *Server) guideBuilder(g *guide.Guide, v routes.View, neutral bool) func(time.Time) ([]byte, error) {
	return func(now time.Time) ([]byte, error) {
		title := g.SEOTitle
		if title == "" {
			title = g.Title
		}
		j, _ := s.lib.Jurisdiction(g.Jurisdiction)
		at := guidePath(g)
		if neutral {
			at, title = neutralPath(g), j.NeutralTitle
		}
		p := guidePage{
			basePage: s.base(g.Jurisdiction, title, description(g.ShortAnswer()), guidePath(g)),
			G:        g,
			Chooser:  s.chooser(j, at, v, s.twinOf(g)),
		}
		if neutral {
			p.NoIndex = true
		} else if s.neutral(g) {
			// Opened at its own address (from a search engine or a shared
			// link): views.js moves it to its neutral address and title.
			p.NeutralPath, p.NeutralTitle = neutralPath(g), j.NeutralTitle
		}
		p.Scripts = []string{s.assets.url("views.js")}
		p.Styles = []string{s.assets.url("guide.css")}
		if s.site.viewTokens {
			p.Routes = s.pageRoutes(g, v, now)
			blocks, err := s.routeBlocks(p.Routes)
			if err != nil {
				return nil, err
			}
			p.Blocks = blocks
		} else {
			// One file holds every view; site.js shows the one the address
			// names.
			var err error
			if p.Routes, p.Blocks, err = s.staticBlocks(g, j, now); err != nil {
				return nil, err
			}
		}
		audience := v.Token(j.NationIDs())
		tok := "" // the static site's page holds every view: views.js carries it
		if s.site.viewTokens {
			tok = audience
		}
		// Each section's HTML alone is read: the server forgets the
		// other sections' plain text once it has built its indexes.
		for i, html := range g.SectionsHTML() {
			p.Sections[i] = s.neutralLinks(s.expand(html, p.Routes), g, tok)
		}
		if audience != "" {
			// One page per situation for search engines: a view points at
			// the guide itself.
			p.NoIndex = true
		}
		for _, r := range g.Resources {
			if res, ok := s.lib.Resource(r.URL); ok {
				p.Resources = append(p.Resources, resourceView{URL: res.URL, Title: res.Title, Publisher: res.Publisher})
			}
		}
		for _, id := range g.Related {
			if rg, err := s.lib.Guide(id); err == nil {
				same := rg.Jurisdiction == g.Jurisdiction
				u := s.linkTo(rg)
				if same {
					u = withView(u, tok)
				}
				p.Related = append(p.Related, guideLink{URL: u, Situation: rg.Situation, SameViews: same})
			}
		}
		if audience == "" && !neutral {
			ld, err := s.structuredData(g)
			if err != nil {
				return nil, err
			}
			p.JSONLD = ld
		}
		if s.cfg.ReportEmail != "" {
			p.ReportHref = template.URL("mailto:" + s.cfg.ReportEmail + "?subject=" + url.PathEscape(fill(s.lib.Text(g.Jurisdiction).ReportSubject, "page", guidePath(g))))
		}
		return s.render("guide", p)
	}
}

// twinOf gives a guide's address in another jurisdiction: its twin, the
// guide with the same slug there, or that jurisdiction's home.
func (s *Server) twinOf(g *guide.Guide) func(*library.Jurisdiction) string {
	return func(o *library.Jurisdiction) string {
		_, slug, _ := strings.Cut(g.ID, "/")
		if t, err := s.lib.Guide(o.ID + "/" + slug); err == nil {
			return s.linkTo(t)
		}
		return "/" + o.ID
	}
}

// description shortens text for a meta description.
func description(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 160 {
		cut := strings.LastIndex(string(r[:157]), " ")
		if cut < 0 {
			cut = len(string(r[:157]))
		}
		return string(r[:157])[:cut] + "…"
	}
	return s
}

// card builds one contact card. With a nation, only the routes that serve
// it are shown, and "closed on bank holidays" means that nation's holidays
// unless the hours name a division of their own.
//
// On the static site a card says nothing that changes with time, so each
// is made once per nation and shared by every page (a guide page holds
// every view, twenty cards of each service): nothing changes a card once
// made.
func (s *Server) card(svc *services.Service, now time.Time, nation string) cardView {
	if s.site.live {
		return s.makeCard(svc, now, nation)
	}
	k := cardKey{svc.ID, nation}
	if c, ok := s.cards.Load(k); ok {
		return c.(cardView)
	}
	c := s.makeCard(svc, now, nation)
	s.cards.Store(k, c)
	return c
}

type cardKey struct{ service, nation string }

func (s *Server) makeCard(svc *services.Service, now time.Time, nation string) cardView {
	j, _ := s.lib.Jurisdiction(svc.Jurisdiction)
	cal, f := s.lib.Calendar(svc), s.lib.Format(svc)
	v := cardView{ID: svc.ID, Name: svc.Name, For: svc.For, Tags: s.whoTags(j, svc, routes.View{}), Cannot: svc.Cannot}
	for i := range svc.Contacts {
		c := &svc.Contacts[i]
		if !c.ForNation(nation) {
			continue
		}
		cv := contactView{
			Label:   c.Label,
			Number:  c.IsNumber(),
			Display: c.Display(),
			Href:    template.URL(c.Href()),
			Note:    c.Note,
			Cost:    c.Cost,
			Reply:   c.Reply,
		}
		if c.Live() {
			cv.Hours = c.ParsedHours().Summary(f)
			// Whether it is open now needs a server; the hours stay.
			var st services.Status
			if s.site.live {
				st = c.ParsedHours().At(now, cal, s.lib.ContactDivision(svc, c, nation))
			}
			switch {
			case !s.site.live:
			case !st.Known:
				// The status says to check the hours: the card does not
				// say again that they are not known.
				cv.Status, cv.StatusClass, cv.Hours = st.Text(now, f), "unknown", ""
			case st.Open:
				cv.Status, cv.StatusClass, cv.Always = st.Text(now, f), "open", st.Always
			default:
				cv.Status, cv.StatusClass = st.Text(now, f), "closed"
			}
		}
		if len(c.Nations) > 0 && nation == "" {
			cv.Where = fill(s.lib.Text(j.ID).CardOnlyIn, "nations", s.nationList(j, c.Nations))
		}
		v.Contacts = append(v.Contacts, cv)
	}
	return v
}

// routesKey is the live state of a page's routes: every status it shows.
func routesKey(rv routesView) string {
	var b strings.Builder
	add := func(c *contactView) {
		if c != nil {
			b.WriteString(c.Status)
			b.WriteByte('|')
		}
	}
	for _, roles := range [][]roleView{rv.Safety, rv.First, rv.More} {
		for _, r := range roles {
			for _, it := range r.Items {
				add(it.Main)
				for i := range it.Others {
					add(&it.Others[i])
				}
				for _, a := range it.Alts {
					add(a.Main)
				}
			}
		}
	}
	return b.String()
}

package web

import (
	"fmt"
	"html/template"
	"net/url"
	"slices"
	"strings"
	"time"

	"firststeps/internal/guide"
	"firststeps/internal/library"
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
	Scripts     []string
	ExitURL     string

	Emergency, NonEmergency link
}

type guideLink struct {
	URL       string
	Situation string
}

type groupView struct {
	ID, Label, URL string
	Guides         []guideLink
}

type homePage struct {
	basePage
	Intro  string
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
	Href                template.URL // validated by lint: tel:, sms:, mailto: or https:
	Status, StatusClass string
	Hours, Where, Note  string
}

type cardView struct {
	ID, Name, For string
	Tags          []string
	Contacts      []contactView
	Cannot        []string
}

type guidePage struct {
	basePage
	G            *guide.Guide
	Cards        []cardView
	Resources    []resourceView
	Related      []guideLink
	AudienceNote string
	ReportHref   template.URL
	JSONLD       template.JS
}

func guidePath(g *guide.Guide) string { return "/" + g.ID }

func categoryPath(jurisdiction, id string) string { return "/" + jurisdiction + "/category/" + id }

// base fills the layout fields for a page in a jurisdiction.
func (s *Server) base(jurisdiction, title, description, path string) basePage {
	b := basePage{
		Title:       title,
		Description: description,
		CSS:         s.assets.url("site.css"),
		JS:          s.assets.url("site.js"),
		ExitURL:     s.cfg.ExitURL,
	}
	if path != "" {
		b.Canonical = s.cfg.BaseURL + path
	}
	if j, ok := s.lib.Jurisdiction(jurisdiction); ok {
		b.Emergency = s.primaryLink(j.Emergency)
		b.NonEmergency = s.primaryLink(j.NonEmergency)
	}
	return b
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
			v.Guides = append(v.Guides, guideLink{URL: guidePath(g), Situation: g.Situation})
		}
		out = append(out, v)
	}
	return out
}

// buildPages registers every fixed page and renders it once.
func (s *Server) buildPages() error {
	add := func(path string, p *page) {
		if s.cfg.Static {
			p.key = nil // a static page is what it is when built
		}
		s.pages[path] = p
	}
	def := s.defaultJurisdiction()
	for _, j := range s.lib.Jurisdictions {
		home := &page{ctype: "text/html; charset=utf-8", build: s.homeBuilder(j.ID, "/"+j.ID)}
		add("/"+j.ID, home)
		if j.ID == def {
			add("/", &page{ctype: "text/html; charset=utf-8", build: s.homeBuilder(j.ID, "/")})
		}
		for _, c := range s.lib.Categories {
			if len(s.lib.GuidesIn(j.ID, c.ID)) == 0 {
				continue
			}
			add(categoryPath(j.ID, c.ID), &page{ctype: "text/html; charset=utf-8", build: s.categoryBuilder(j.ID, c)})
		}
	}
	for _, g := range s.lib.Guides {
		add(guidePath(g), &page{ctype: "text/html; charset=utf-8", build: s.guideBuilder(g, ""), key: s.statusKey(g.Jurisdiction, g.Services)})
	}
	// Variants for who the person said they are, for the guides the three
	// questions can reach with that answer.
	for _, v := range s.flowVariants() {
		g, _ := s.lib.Guide(v.guideID)
		add(guidePath(g)+"/"+v.audience, &page{ctype: "text/html; charset=utf-8", build: s.guideBuilder(g, v.audience), key: s.statusKey(g.Jurisdiction, s.audienceServices(g, v.audience))})
	}
	add("/emergency", &page{ctype: "text/html; charset=utf-8", build: s.emergencyBuilder(def)})
	s.addPublishingPages(add)
	if s.cfg.Static {
		s.addStaticPages(add)
	}
	if err := s.addRecordPages(add); err != nil {
		return err
	}
	// The static site's stand-in for a 301 at each old path, where no
	// page is: New refuses a redirect that would hide one.
	if s.cfg.Static {
		for _, r := range s.lib.Redirects {
			if _, taken := s.pages[r.From]; !taken {
				add(r.From, &page{ctype: "text/html; charset=utf-8", build: s.redirectPage("/" + r.To)})
				s.redirectPages[r.From] = true
			}
		}
	}
	nf, err := s.render("notfound", notFoundPage{basePage: s.noIndex(s.base(def, "Page not found", "", "")), Groups: s.groups(def)})
	if err != nil {
		return err
	}
	if s.notFound, err = newBody(nf, "text/html; charset=utf-8", ""); err != nil {
		return err
	}
	fail, err := s.render("error", struct{ basePage }{s.noIndex(s.base(def, "Something went wrong", "", ""))})
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

func (s *Server) homeBuilder(jurisdiction, path string) func(time.Time) ([]byte, error) {
	return func(time.Time) ([]byte, error) {
		j, _ := s.lib.Jurisdiction(jurisdiction)
		title := "What to do if… first steps for online threats and image abuse"
		desc := fmt.Sprintf("Calm first steps for the first hour when someone threatens you online, shares or fakes intimate images of you, or blackmails you (%s).", j.Name)
		return s.render("home", homePage{
			basePage: s.base(jurisdiction, title, desc, path),
			Intro:    "calm first steps when someone threatens you online, shares or fakes intimate images, or blackmails you",
			Groups:   s.groups(jurisdiction),
		})
	}
}

func (s *Server) categoryBuilder(jurisdiction string, c *library.Category) func(time.Time) ([]byte, error) {
	return func(time.Time) ([]byte, error) {
		p := categoryPage{
			basePage: s.base(jurisdiction, c.Label+" | What to do if…", c.Description, categoryPath(jurisdiction, c.ID)),
			Category: c,
			Home:     "/" + jurisdiction,
		}
		for _, g := range s.lib.GuidesIn(jurisdiction, c.ID) {
			p.Guides = append(p.Guides, guideLink{URL: guidePath(g), Situation: g.Situation})
		}
		return s.render("category", p)
	}
}

func (s *Server) guideBuilder(g *guide.Guide, audience string) func(time.Time) ([]byte, error) {
	return func(now time.Time) ([]byte, error) {
		title := g.SEOTitle
		if title == "" {
			title = g.Title
		}
		p := guidePage{
			basePage:     s.base(g.Jurisdiction, title, description(g.ShortAnswer()), guidePath(g)),
			G:            g,
			Cards:        s.cards(g.Jurisdiction, s.audienceServices(g, audience), now),
			AudienceNote: audienceNote(audience),
		}
		if audience != "" {
			// One page per situation for search engines: the variant points
			// at the guide itself.
			p.NoIndex = true
		}
		for _, r := range g.Resources {
			if res, ok := s.lib.Resource(r.URL); ok {
				p.Resources = append(p.Resources, resourceView{URL: res.URL, Title: res.Title, Publisher: res.Publisher})
			}
		}
		for _, id := range g.Related {
			if rg, err := s.lib.Guide(id); err == nil {
				p.Related = append(p.Related, guideLink{URL: guidePath(rg), Situation: rg.Situation})
			}
		}
		if audience == "" {
			ld, err := s.structuredData(g)
			if err != nil {
				return nil, err
			}
			p.JSONLD = ld
		}
		if s.cfg.ReportEmail != "" {
			p.ReportHref = template.URL("mailto:" + s.cfg.ReportEmail + "?subject=" + url.PathEscape("Problem with the page "+guidePath(g)))
		}
		return s.render("guide", p)
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

// cards builds the contact cards for services, with each route's live
// status at now.
func (s *Server) cards(jurisdiction string, ids []string, now time.Time) []cardView {
	cal := services.Calendar{Loc: s.lib.Location(jurisdiction), Holidays: s.lib.Holidays}
	var out []cardView
	for _, id := range ids {
		svc, ok := s.lib.Services.Get(id)
		if !ok {
			continue
		}
		out = append(out, s.card(svc, cal, now, ""))
	}
	return out
}

// card builds one contact card. With a nation, only the routes that serve
// it are shown, and "closed on bank holidays" means that nation's holidays.
func (s *Server) card(svc *services.Service, cal services.Calendar, now time.Time, nation string) cardView {
	v := cardView{ID: svc.ID, Name: svc.Name, For: svc.For, Tags: audienceTags(svc), Cannot: svc.Cannot}
	for i := range svc.Contacts {
		c := &svc.Contacts[i]
		if nation != "" && len(c.Nations) > 0 && !slices.Contains(c.Nations, nation) {
			continue
		}
		div := division(svc, c)
		if nation != "" && len(c.Nations) != 1 && len(svc.Nations) != 1 {
			div = services.DivisionOf(nation)
		}
		st := c.ParsedHours().At(now, cal, div)
		cv := contactView{
			Label:   c.Label,
			Display: c.Display(),
			Href:    template.URL(c.Href()),
			Status:  st.Text(now, cal.Loc),
			Hours:   c.ParsedHours().Summary(),
			Note:    c.Note,
		}
		switch {
		case s.cfg.Static:
			// Whether it is open now needs a server; the hours stay.
			cv.Status = ""
		case !st.Known:
			cv.StatusClass = "unknown"
		case st.Open:
			cv.StatusClass = "open"
		default:
			cv.StatusClass = "closed"
		}
		if len(c.Nations) > 0 {
			cv.Where = "Only in " + nationList(c.Nations)
		}
		v.Contacts = append(v.Contacts, cv)
	}
	return v
}

// statusKey returns a function giving the live state of a page's contact
// cards, so the page is re-rendered only when some status text changes.
func (s *Server) statusKey(jurisdiction string, ids []string) func(time.Time) string {
	return func(now time.Time) string {
		var b strings.Builder
		for _, c := range s.cards(jurisdiction, ids, now) {
			for _, ct := range c.Contacts {
				b.WriteString(ct.Status)
				b.WriteByte('|')
			}
		}
		return b.String()
	}
}

// division is the bank-holiday division a route's "closed bank holidays"
// means: the one nation it serves, if only one, else England and Wales.
func division(svc *services.Service, c *services.Contact) string {
	nations := c.Nations
	if len(nations) == 0 {
		nations = svc.Nations
	}
	if len(nations) == 1 {
		return services.DivisionOf(nations[0])
	}
	return "england-and-wales"
}

var nationNames = map[string]string{"england": "England", "wales": "Wales", "scotland": "Scotland", "northern-ireland": "Northern Ireland"}

func nationList(ns []string) string {
	names := make([]string, len(ns))
	for i, n := range ns {
		names[i] = nationNames[n]
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// audienceTags are the short labels on a card: who may use it.
func audienceTags(svc *services.Service) []string {
	var tags []string
	switch {
	case svc.Ages.Min >= 18:
		tags = append(tags, "Adults 18 and over")
	case svc.Ages.Min > 0 && svc.Ages.Max == 0:
		tags = append(tags, fmt.Sprintf("Ages %d and over", svc.Ages.Min))
	case svc.Ages.Max > 0 && svc.Ages.Max < 18:
		tags = append(tags, "Under 18s")
	case svc.Ages.Max > 0:
		tags = append(tags, fmt.Sprintf("Up to age %d", svc.Ages.Max))
	}
	if len(svc.Nations) > 0 && len(svc.Nations) < 4 {
		tags = append(tags, nationList(svc.Nations)+" only")
	}
	return tags
}

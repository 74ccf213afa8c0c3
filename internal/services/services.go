package services

import (
	"net/url"
	"regexp"
	"slices"
	"strings"

	"firststeps/internal/date"
	"firststeps/internal/problem"
	"firststeps/internal/strictyaml"
)

// Kinds of contact route.
const (
	KindPhone     = "phone"
	KindText      = "text"      // SMS
	KindTextphone = "textphone" // text relay
	KindWeb       = "web"       // a page or online tool
	KindForm      = "form"      // an online reporting form
	KindChat      = "chat"
	KindEmail     = "email"
	KindVideo     = "video" // e.g. a BSL video relay
)

var kinds = []string{KindPhone, KindText, KindTextphone, KindWeb, KindForm, KindChat, KindEmail, KindVideo}

// Sexes a service can be for, when it is for one only.
const (
	Female = "female"
	Male   = "male"
)

// Sexes lists the values of a service's sex field.
var Sexes = []string{Female, Male}

// File is the shape of services.yaml.
type File struct {
	Groups   []Group    `yaml:"groups"`
	Services []*Service `yaml:"services"`
}

// Group is a heading on the services page: what a set of services helps with.
type Group struct {
	ID          string `yaml:"id"`
	Label       string `yaml:"label"`
	Description string `yaml:"description"`
	Line        int    `yaml:"-"`
}

// Service is one support service or official route.
type Service struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
	// ShortName is how a sentence names it, when Name is long:
	// "the PSNI" for "Police Service of Northern Ireland (PSNI)".
	ShortName    string   `yaml:"short_name"`
	Jurisdiction string   `yaml:"jurisdiction"`
	RunBy        string   `yaml:"run_by"`
	For          string   `yaml:"for"` // who it is for, in plain words
	Ages         Ages     `yaml:"ages"`
	Nations      []string `yaml:"nations"` // the nations of its jurisdiction it serves; empty = all
	// Sex is set when a service is for women only (female) or men only
	// (male), such as a domestic-abuse line.
	Sex string `yaml:"sex"`
	// TimeZone is the zone the service keeps its hours in, when it is not
	// its jurisdiction's: a US line may keep Pacific hours.
	TimeZone string         `yaml:"timezone"`
	Groups   []string       `yaml:"groups"` // what it helps with; empty = not listed on the services page
	Can      []string       `yaml:"can"`
	Cannot   []string       `yaml:"cannot"`
	Contacts []Contact      `yaml:"contacts"`
	Sources  []Source       `yaml:"sources"`
	Line     int            `yaml:"-"`
	Lines    map[string]int `yaml:"-"`
}

// Ages bounds who a service is for. Zero means no bound.
type Ages struct {
	Min int `yaml:"min"`
	Max int `yaml:"max"`
}

// Contact is one way to reach a service, with its own hours.
type Contact struct {
	ID      string         `yaml:"id"`
	Kind    string         `yaml:"kind"`
	Label   string         `yaml:"label"`   // e.g. "Call free"; for web routes, the link text
	Value   string         `yaml:"value"`   // number, address or URL
	Keyword string         `yaml:"keyword"` // text routes: the word to send, e.g. SHOUT
	Hours   string         `yaml:"hours"`   // live routes only (phone, text, chat, video)
	Reply   string         `yaml:"reply"`   // routes that answer later (email, form, web): how replies work
	Cost    string         `yaml:"cost"`    // numbers: what a call or text costs, e.g. "Free"
	Nations []string       `yaml:"nations"` // when this route serves fewer nations than the service
	Note    string         `yaml:"note"`
	Line    int            `yaml:"-"`
	Lines   map[string]int `yaml:"-"`

	hours Hours
}

// Source is the official page a service's facts were checked on.
type Source struct {
	URL     string    `yaml:"url"`
	Checked date.Date `yaml:"checked"`
	Line    int       `yaml:"-"`
}

// ParsedHours returns the contact's parsed hours.
func (c *Contact) ParsedHours() Hours { return c.hours }

// Href is the link a reader taps: tel:, sms:, mailto: or the URL.
func (c *Contact) Href() string {
	switch c.Kind {
	case KindPhone, KindTextphone:
		return "tel:" + Dial(c.Value)
	case KindText:
		if c.Keyword != "" {
			return "sms:" + Dial(c.Value) + "?&body=" + url.QueryEscape(c.Keyword)
		}
		return "sms:" + Dial(c.Value)
	case KindEmail:
		return "mailto:" + c.Value
	}
	return c.Value
}

// Display is the text a reader sees for the route: the number as written,
// the address, or for web routes the label.
func (c *Contact) Display() string {
	switch c.Kind {
	case KindWeb, KindForm, KindChat, KindVideo:
		if c.Label != "" {
			return c.Label
		}
	}
	return c.Value
}

// Live reports whether the route is answered as it is used (a call, a
// text conversation, a chat, a video call), so it has opening hours and can
// be open or closed now. Email, forms and web pages answer later.
func (c *Contact) Live() bool {
	switch c.Kind {
	case KindPhone, KindText, KindTextphone, KindChat, KindVideo:
		return true
	}
	return false
}

// IsNumber reports whether the route is dialled or texted.
func (c *Contact) IsNumber() bool {
	return c.Kind == KindPhone || c.Kind == KindText || c.Kind == KindTextphone
}

// Dial returns a number as tel: links need it: spaces removed, and letters
// turned into the digits that carry them on a phone's keypad.
func Dial(n string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ':
			return -1
		case r >= 'A' && r <= 'Z':
			return rune(keypad[r-'A'])
		}
		return r
	}, n)
}

// keypad is the digit each letter is on (ITU E.161).
const keypad = "22233344455566677778889999"

// InlineName is the service's name as a sentence says it.
func (s *Service) InlineName() string {
	if s.ShortName != "" {
		return s.ShortName
	}
	return s.Name
}

// AdultsOnly reports whether the service is only for people 18 or over.
func (s *Service) AdultsOnly() bool { return s.Ages.Min >= 18 }

// ForSex reports whether the service is for people of sex ("" = any).
func (s *Service) ForSex(sex string) bool {
	return sex == "" || s.Sex == "" || s.Sex == sex
}

// ForNation reports whether the service serves people in nation ("" = any).
func (s *Service) ForNation(nation string) bool {
	return nation == "" || len(s.Nations) == 0 || slices.Contains(s.Nations, nation)
}

// ForNation reports whether the contact route serves people in nation ("" =
// any). A route with no nations of its own serves all of its service's.
func (c *Contact) ForNation(nation string) bool {
	return nation == "" || len(c.Nations) == 0 || slices.Contains(c.Nations, nation)
}

// Contact returns the contact with the given id; "" gives the first.
func (s *Service) Contact(id string) (*Contact, bool) {
	if id == "" && len(s.Contacts) > 0 {
		return &s.Contacts[0], true
	}
	for i := range s.Contacts {
		if s.Contacts[i].ID == id {
			return &s.Contacts[i], true
		}
	}
	return nil, false
}

// Directory is the validated set of services.
type Directory struct {
	Groups   []Group
	list     []*Service
	byID     map[string]*Service
	byNumber map[string]*Service // digits → service
}

// All returns every service in file order.
func (d *Directory) All() []*Service { return d.list }

// Get returns a service by id.
func (d *Directory) Get(id string) (*Service, bool) {
	s, ok := d.byID[id]
	return s, ok
}

// ByNumber returns the service a dialled number belongs to.
func (d *Directory) ByNumber(digits string) (*Service, bool) {
	s, ok := d.byNumber[digits]
	return s, ok
}

// Group returns a group by id.
func (d *Directory) Group(id string) (Group, bool) {
	for _, g := range d.Groups {
		if g.ID == id {
			return g, true
		}
	}
	return Group{}, false
}

var (
	idRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	// A number is digit groups; groups after the first may be capital
	// letters, as a service publishes it ("1 800 CALL FBI"), dialled by
	// the letters on a phone's keypad.
	numberRE = regexp.MustCompile(`^\+?[0-9]+( [0-9A-Z]+)*$`)
	emailRE  = regexp.MustCompile(`^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$`)
)

// Parse reads services.yaml and checks every rule that needs nothing else:
// unique ids, required fields, known kinds and nations, valid hours, https
// addresses, numbers written as digits in groups separated by single spaces.
// Checks against other content (jurisdictions, use by guides) belong to the
// library.
func Parse(file string, src []byte) (*Directory, problem.List) {
	var f File
	probs := strictyaml.Decode(file, src, &f)
	d := &Directory{Groups: f.Groups, byID: map[string]*Service{}, byNumber: map[string]*Service{}}
	groups := map[string]bool{}
	for _, g := range f.Groups {
		switch {
		case !idRE.MatchString(g.ID):
			probs.Errorf(file, g.Line, "service-group", "group id %q must be lower-case words joined by hyphens", g.ID)
		case groups[g.ID]:
			probs.Errorf(file, g.Line, "duplicate-id", "group %q is defined twice", g.ID)
		case g.Label == "":
			probs.Errorf(file, g.Line, "required-field", "group %q needs a label", g.ID)
		}
		groups[g.ID] = true
	}
	for _, s := range f.Services {
		if s == nil {
			continue
		}
		checkService(&probs, file, s, groups)
		if _, dup := d.byID[s.ID]; dup {
			probs.Errorf(file, s.Line, "duplicate-id", "service %q is defined twice", s.ID)
			continue
		}
		d.byID[s.ID] = s
		d.list = append(d.list, s)
		for i := range s.Contacts {
			c := &s.Contacts[i]
			// Several services may share a number (police forces share 101):
			// a number maps to the first service that lists it.
			if digits := Dial(c.Value); c.IsNumber() && d.byNumber[digits] == nil {
				d.byNumber[digits] = s
			}
		}
	}
	return d, probs
}

func checkService(probs *problem.List, file string, s *Service, groups map[string]bool) {
	line := func(key string) int {
		if l, ok := s.Lines[key]; ok {
			return l
		}
		return s.Line
	}
	if !idRE.MatchString(s.ID) {
		probs.Errorf(file, line("id"), "service-id", "service id %q must be lower-case words joined by hyphens", s.ID)
	}
	for _, f := range []struct{ key, val string }{{"name", s.Name}, {"jurisdiction", s.Jurisdiction}, {"run_by", s.RunBy}, {"for", s.For}} {
		if strings.TrimSpace(f.val) == "" {
			probs.Errorf(file, s.Line, "required-field", "service %q needs %s", s.ID, f.key)
		}
	}
	if s.Ages.Min < 0 || s.Ages.Max < 0 || (s.Ages.Max > 0 && s.Ages.Max < s.Ages.Min) {
		probs.Errorf(file, line("ages"), "service-ages", "service %q: ages min %d, max %d do not make a range", s.ID, s.Ages.Min, s.Ages.Max)
	}
	if s.Sex != "" && !slices.Contains(Sexes, s.Sex) {
		probs.Errorf(file, line("sex"), "field-value", "service %q: sex %q must be %s (or left out when the service is for everyone)", s.ID, s.Sex, strings.Join(Sexes, " or "))
	}
	for _, g := range s.Groups {
		if !groups[g] {
			probs.Errorf(file, line("groups"), "service-group", "service %q: unknown group %q", s.ID, g)
		}
	}
	if len(s.Contacts) == 0 {
		probs.Errorf(file, s.Line, "required-field", "service %q needs at least one contact", s.ID)
	}
	if len(s.Sources) == 0 {
		probs.Errorf(file, s.Line, "service-source", "service %q needs the official page its facts were checked on (sources)", s.ID)
	}
	for _, src := range s.Sources {
		if !isHTTPS(src.URL) {
			probs.Errorf(file, src.Line, "https", "service %q: source %q must be an https address", s.ID, src.URL)
		}
		if src.Checked.IsZero() {
			probs.Errorf(file, src.Line, "service-source", "service %q: source %q needs the date it was checked", s.ID, src.URL)
		}
	}
	seen := map[string]bool{}
	for i := range s.Contacts {
		c := &s.Contacts[i]
		cl := func(key string) int {
			if l, ok := c.Lines[key]; ok {
				return l
			}
			return c.Line
		}
		switch {
		case !idRE.MatchString(c.ID):
			probs.Errorf(file, cl("id"), "contact-id", "service %q: contact id %q must be lower-case words joined by hyphens", s.ID, c.ID)
		case seen[c.ID]:
			probs.Errorf(file, cl("id"), "duplicate-id", "service %q: contact %q is listed twice", s.ID, c.ID)
		}
		seen[c.ID] = true
		if !slices.Contains(kinds, c.Kind) {
			probs.Errorf(file, cl("kind"), "contact-kind", "service %q: contact %q has kind %q (use %s)", s.ID, c.ID, c.Kind, strings.Join(kinds, ", "))
		}
		switch c.Kind {
		case KindPhone, KindText, KindTextphone:
			if !numberRE.MatchString(c.Value) {
				probs.Errorf(file, cl("value"), "number-format", "service %q: number %q must be digits in groups separated by single spaces, such as \"0345 6000 459\" (later groups may be capital letters, as in \"1 800 CALL FBI\")", s.ID, c.Value)
			}
		case KindEmail:
			if !emailRE.MatchString(c.Value) {
				probs.Errorf(file, cl("value"), "email-format", "service %q: %q is not an email address", s.ID, c.Value)
			}
		case KindWeb, KindForm, KindChat, KindVideo:
			if !isHTTPS(c.Value) {
				probs.Errorf(file, cl("value"), "https", "service %q: contact %q must be an https address, not %q", s.ID, c.ID, c.Value)
			}
			if c.Label == "" {
				probs.Errorf(file, cl("value"), "required-field", "service %q: web contact %q needs a label (the link text)", s.ID, c.ID)
			}
		}
		if c.Keyword != "" && c.Kind != KindText {
			probs.Errorf(file, cl("keyword"), "contact-kind", "service %q: only text routes take a keyword", s.ID)
		}
		checkTimes(probs, file, s, c, cl)
	}
}

func isHTTPS(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme == "https" && u.Host != ""
}

// checkTimes checks what a contact says about when it answers: a live route
// has opening hours and, if dialled or texted, a cost; a route that answers
// later says how replies work and has no hours, so a page never calls an
// email address or a form "open now".
func checkTimes(probs *problem.List, file string, s *Service, c *Contact, cl func(string) int) {
	if !slices.Contains(kinds, c.Kind) {
		return // reported as contact-kind
	}
	if !c.Live() {
		if c.Hours != "" {
			probs.Errorf(file, cl("hours"), "contact-hours", "service %q: contact %q is %s, which is never open or closed: remove hours and say how replies work in reply", s.ID, c.ID, kindNoun(c.Kind))
		}
		if c.Kind != KindWeb && strings.TrimSpace(c.Reply) == "" {
			probs.Errorf(file, c.Line, "contact-reply", "service %q: contact %q is %s: say in reply how and when answers come (or that the page does not say)", s.ID, c.ID, kindNoun(c.Kind))
		}
		return
	}
	if c.Reply != "" {
		probs.Errorf(file, cl("reply"), "contact-reply", "service %q: contact %q is answered live: give its hours, not reply", s.ID, c.ID)
	}
	if c.IsNumber() && strings.TrimSpace(c.Cost) == "" {
		probs.Errorf(file, c.Line, "contact-cost", "service %q: contact %q needs cost: what a call or text costs (for example \"Free\"), from the service's own page or Ofcom", s.ID, c.ID)
	}
	h, err := ParseHours(c.Hours)
	if err != nil {
		probs.Errorf(file, cl("hours"), "hours", "service %q: contact %q: %v", s.ID, c.ID, err)
	}
	c.hours = h
}

func kindNoun(kind string) string {
	switch kind {
	case KindEmail:
		return "an email address"
	case KindForm:
		return "a form"
	}
	return "a web page"
}

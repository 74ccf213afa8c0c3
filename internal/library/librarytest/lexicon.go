package librarytest

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// The lexicon is written by hand, one area of life (domain) at a time, in a
// small line format read once:
//
//	domain housing | Housing and renting | what the area covers
//	routes: support report-police      route roles, most useful first
//	org: Citizens Advice | Shelter     who can help, named in the text
//	scope: \b(landlords?|evict\w*)\b    the words that show one of the area's situations, as
//	                                   cues.yaml's scope: the trouble itself (a deposit kept,
//	                                   bailiffs, a lump), not a topic every question about the
//	                                   area shares (a car, a school, a holiday)
//	danger: lead | detail              an optional first step for danger
//	help: lead | detail                the last step; $route names the first route
//	disclaim: not legal advice         what the important note says this is not
//	source: url | title | publisher | what it backs   a page the area's guides cite
//	dont: lead | reason                "Do not" items any guide of the area may use
//	step: lead | detail                steps any guide of the area may use
//	wait: text                         things that can wait
//	calm: text                         reassurance
//	short: text                        a last sentence for the short answer
//	note: text                         what the area's pages do not cover
//	who id | title | tag forms, … | query forms, …   a person the situation happens to
//	also id | title | tag forms, … | query forms, …  a circumstance that changes it
//	event id | title | body noun | search key        one situation
//	tag: text                          how people search for it (indexed)
//	ask: text                          how else people put it (held out, never indexed)
//	audience: parent                   who the page is written for, if not adults
//	addroute: partner                  a route role the page needs beside the area's
//
// dont, step, wait and short lines after a who, also or event line belong
// to it. In any text, {a|b} picks one way of saying something per guide,
// $what is the event's body noun and $org one of the area's helpers.

// lexDomain is one area of life.
type lexDomain struct {
	id, label, about string
	routes           []string
	orgs             []string
	scope            []string
	danger, help     string
	disclaim         string
	sources          []lexSource
	texts
	who, also []*lexContext
	events    []*lexEvent
}

// lexSource is a page an area's guides cite, registered in
// resources.yaml with the generated guides.
type lexSource struct {
	url, title, publisher, supports string
}

// texts are the lines that may attach to a domain, context or event.
type texts struct {
	tags, asks, donts, steps, waits, calms, shorts, notes []string
	audience                                              string
	routes                                                []string // roles the page needs beside the area's
}

// lexContext is a person or circumstance that makes an event a situation
// of its own, with the words people use for it.
type lexContext struct {
	id, title          string
	tagForms, askForms []string
	texts
}

// lexEvent is one thing that happens.
type lexEvent struct {
	id, title, what, key string
	texts
}

var (
	lexOnce    sync.Once
	lexDomains []*lexDomain
	lexNations []*lexContext
)

// lexicon returns the parsed domains and the nations.
func lexicon() ([]*lexDomain, []*lexContext) {
	lexOnce.Do(func() {
		var all []*lexDomain
		for _, src := range domainSources {
			all = append(all, parseLexicon(src)...)
		}
		for _, d := range all {
			if d.id == "nations" {
				lexNations = d.also
				continue
			}
			lexDomains = append(lexDomains, d)
		}
	})
	return lexDomains, lexNations
}

// domainSources holds each file's lexicon text.
var domainSources []string

var lexID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// parseLexicon reads lexicon text. It panics on a malformed line: the
// lexicon is code, and its tests load it.
func parseLexicon(src string) []*lexDomain {
	var out []*lexDomain
	var d *lexDomain
	var cur *texts
	fail := func(n int, line, why string) {
		panic(fmt.Sprintf("librarytest lexicon line %d %q: %s", n, line, why))
	}
	fields := func(s string, want int, n int, line string) []string {
		f := strings.Split(s, " | ")
		if len(f) != want {
			fail(n, line, fmt.Sprintf("want %d fields separated by ' | '", want))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		return f
	}
	list := func(s string) []string {
		var out []string
		for _, x := range strings.Split(s, ",") {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, x)
			}
		}
		return out
	}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, rest, _ := strings.Cut(line, " ")
		key = strings.TrimSuffix(key, ":")
		rest = strings.TrimSpace(rest)
		if key != "domain" && d == nil {
			fail(n, line, "before any domain")
		}
		switch key {
		case "domain":
			f := fields(rest, 3, n, line)
			d = &lexDomain{id: f[0], label: f[1], about: f[2]}
			cur = &d.texts
			out = append(out, d)
		case "routes":
			d.routes = strings.Fields(rest)
		case "org":
			d.orgs = strings.Split(rest, " | ")
		case "scope":
			d.scope = append(d.scope, rest)
		case "danger":
			d.danger = rest
		case "help":
			d.help = rest
		case "disclaim":
			d.disclaim = rest
		case "source":
			f := fields(rest, 4, n, line)
			if !strings.HasPrefix(f[0], "https://") {
				fail(n, line, "a source is an https address")
			}
			d.sources = append(d.sources, lexSource{url: f[0], title: f[1], publisher: f[2], supports: f[3]})
		case "who", "also":
			f := fields(rest, 4, n, line)
			c := &lexContext{id: f[0], title: f[1], tagForms: list(f[2]), askForms: list(f[3])}
			if !lexID.MatchString(c.id) || len(c.tagForms) == 0 || len(c.askForms) == 0 {
				fail(n, line, "needs an id, tag forms and query forms")
			}
			if key == "who" {
				d.who = append(d.who, c)
			} else {
				d.also = append(d.also, c)
			}
			cur = &c.texts
		case "event":
			f := fields(rest, 4, n, line)
			e := &lexEvent{id: f[0], title: f[1], what: f[2], key: f[3]}
			if !lexID.MatchString(e.id) {
				fail(n, line, "event id must be lower-case words joined by hyphens")
			}
			d.events = append(d.events, e)
			cur = &e.texts
		case "tag":
			cur.tags = append(cur.tags, rest)
		case "ask":
			cur.asks = append(cur.asks, rest)
		case "dont":
			if !strings.HasPrefix(rest, "Do not") && !strings.HasPrefix(rest, "Never") && !strings.HasPrefix(rest, "Don't") {
				fail(n, line, "a dont starts Do not, Don't or Never")
			}
			fields(rest, 2, n, line)
			cur.donts = append(cur.donts, rest)
		case "step":
			fields(rest, 2, n, line)
			cur.steps = append(cur.steps, rest)
		case "wait":
			cur.waits = append(cur.waits, rest)
		case "calm":
			cur.calms = append(cur.calms, rest)
		case "short":
			cur.shorts = append(cur.shorts, rest)
		case "note":
			cur.notes = append(cur.notes, rest)
		case "audience":
			cur.audience = rest
		case "addroute":
			cur.routes = append(cur.routes, strings.Fields(rest)...)
		default:
			fail(n, line, "unknown key "+key)
		}
	}
	return out
}

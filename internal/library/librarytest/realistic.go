package librarytest

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"
	"testing/fstest"

	"firststeps/content"
)

// RealisticOptions choose what a realistic library holds beside its
// generated guides.
type RealisticOptions struct {
	// Real keeps the real guides and flows (content/guides) beside the
	// generated ones, in one library.
	Real bool
	// HoldOutTag leaves one tag of each generated guide out of it and
	// adds it to Queries, as the way of testing a large library the issue
	// measured first: a guide's own phrasing, kept from the index.
	HoldOutTag bool
	// NoScope leaves cues.yaml's scope as it is. By default the generated
	// areas' own scope patterns are added to it: a library holding guides
	// on housing is about housing, as the real one is about image abuse.
	NoScope bool
}

// Realistic is a content tree of generated guides that read like real ones,
// each about a distinct everyday frightening situation, with the ways
// people put those situations that no guide's text was written from.
type Realistic struct {
	FS fstest.MapFS
	// Guides are the generated guides, in order.
	Guides []GeneratedGuide
	// Queries are held-out phrasings, three per generated guide, written
	// with other words, synonyms and word order than its tags, and never
	// indexed; and with HoldOutTag, one held-out tag per guide.
	Queries []Query
	// Domains are the areas of life the generated guides belong to, in the
	// order they were first used.
	Domains []string
}

// GeneratedGuide is one generated guide.
type GeneratedGuide struct {
	ID     string // uk/gen-…; no real guide's slug starts with gen-
	Domain string // the area of life, such as housing
	// Event is the situation's core (uk/gen-<domain>-<event>), shared by
	// the guides that tell it apart by who it happens to or how.
	Event string
	// Contexts are the ids of what sets the guide apart from its event's
	// other guides: a person, a circumstance, a nation.
	Contexts []string
}

// Query is a held-out phrasing of one generated guide's situation.
type Query struct {
	ID, Event, Text string
	// Kind is "ask" for a phrasing written apart from the guides, in
	// other words than their tags, or "tag" for a tag of the guide left
	// out of it (RealisticOptions.HoldOutTag).
	Kind string
	// Dev marks the phrasings of about a third of the events, chosen by
	// a hash of the event: the part search may be tuned on. The rest are
	// only ever reported.
	Dev bool
}

// GeneratedPrefix starts the slug of every generated guide.
const GeneratedPrefix = "gen-"

// NewRealistic returns the real registries with n generated guides (and
// the real guides too, with opt.Real). The same n and options always give
// the same tree, and the guides of a smaller n are the first guides of a
// larger one, word for word but for their links to each other.
//
// Each guide is a situation: an event of an area of life (a landlord
// keeping a deposit), alone or with a person it happens to (a student), a
// circumstance (already behind with the rent) and a UK nation. Events come
// first, one per area in turn, then their variants, so 1,000 guides cover
// every event a few times over and larger libraries add ever closer
// neighbours.
func NewRealistic(n int, opt RealisticOptions) *Realistic {
	base := content.FS()
	reg := readRegistries(base)
	guides := plan(n)
	out := &Realistic{FS: fstest.MapFS{}}
	copyRegistries(base, out.FS, opt.Real)
	if opt.Real {
		real := realSlugs()
		for s := range real {
			if strings.HasPrefix(s, GeneratedPrefix) {
				panic("librarytest: real guide " + s + " uses the generated prefix")
			}
		}
	} else {
		dropSafetyGuides(out.FS)
		dropRedirects(out.FS)
	}
	present := map[string]*scaleGuide{}
	for _, g := range guides {
		present[g.slug] = g
	}
	var domains []*lexDomain
	for _, g := range guides {
		if !slices.Contains(domains, g.domain) {
			domains = append(domains, g.domain)
			out.Domains = append(out.Domains, g.domain.id)
		}
		page, held := g.render(reg, present, opt.HoldOutTag)
		out.FS["guides/uk/"+g.slug+".md"] = &fstest.MapFile{Data: page}
		gg := GeneratedGuide{ID: "uk/" + g.slug, Domain: g.domain.id, Event: "uk/" + g.eventSlug()}
		for _, c := range g.contexts() {
			gg.Contexts = append(gg.Contexts, c.id)
		}
		out.Guides = append(out.Guides, gg)
		dev := hash64(gg.Event)%3 == 0
		for _, q := range g.queries() {
			out.Queries = append(out.Queries, Query{ID: gg.ID, Event: gg.Event, Text: q, Dev: dev, Kind: "ask"})
		}
		if held != "" {
			out.Queries = append(out.Queries, Query{ID: gg.ID, Event: gg.Event, Text: held, Dev: dev, Kind: "tag"})
		}
	}
	addCategories(out.FS, domains)
	addResources(out.FS, domains)
	if !opt.Real {
		pruneResources(out.FS)
	}
	if !opt.NoScope {
		addScope(out.FS, domains)
	}
	addFlows(out.FS, guides, opt.Real)
	return out
}

// scaleGuide is one planned guide: an event, and what sets it apart.
type scaleGuide struct {
	domain    *lexDomain
	event     *lexEvent
	who, also *lexContext
	nation    *lexContext
	slug      string
	situation string
	siblings  []string // slugs of the event's other guides, in plan order
}

func (g *scaleGuide) eventSlug() string { return GeneratedPrefix + g.domain.id + "-" + g.event.id }

// contexts returns what sets the guide apart, in title order.
func (g *scaleGuide) contexts() []*lexContext {
	var out []*lexContext
	for _, c := range []*lexContext{g.who, g.also, g.nation} {
		if c != nil {
			out = append(out, c)
		}
	}
	return out
}

// plan returns the first n guides: each area's events in turn, then the
// variants of every event, one level of detail at a time (a person, a
// circumstance or a nation; then two of them; then all three), in an order
// shuffled per event so each area's people and circumstances come up
// evenly.
func plan(n int) []*scaleGuide {
	domains, nations := lexicon()
	type eventPlan struct {
		d        *lexDomain
		e        *lexEvent
		variants []*scaleGuide
	}
	var events []*eventPlan
	// Interleave the areas so any prefix spans them all.
	for i := 0; ; i++ {
		added := false
		for _, d := range domains {
			if i < len(d.events) {
				events = append(events, &eventPlan{d: d, e: d.events[i]})
				added = true
			}
		}
		if !added {
			break
		}
	}
	total := 0
	for _, ep := range events {
		whos := append([]*lexContext{nil}, ep.d.who...)
		alsos := append([]*lexContext{nil}, ep.d.also...)
		ns := append([]*lexContext{nil}, nations...)
		byLevel := make([][]*scaleGuide, 4)
		for _, w := range whos {
			for _, a := range alsos {
				for _, na := range ns {
					level := 0
					for _, c := range []*lexContext{w, a, na} {
						if c != nil {
							level++
						}
					}
					byLevel[level] = append(byLevel[level], &scaleGuide{domain: ep.d, event: ep.e, who: w, also: a, nation: na})
				}
			}
		}
		r := rand.New(rand.NewPCG(hash64(ep.d.id+"/"+ep.e.id), 7))
		for _, l := range byLevel {
			r.Shuffle(len(l), func(i, j int) { l[i], l[j] = l[j], l[i] })
			ep.variants = append(ep.variants, l...)
		}
		total += len(ep.variants)
	}
	if n > total {
		panic(fmt.Sprintf("librarytest: the lexicon makes at most %d guides, not %d", total, n))
	}
	var out []*scaleGuide
	for round := 0; len(out) < n; round++ {
		for _, ep := range events {
			if round < len(ep.variants) && len(out) < n {
				out = append(out, ep.variants[round])
			}
		}
	}
	bySlug := map[string][]*scaleGuide{}
	for _, g := range out {
		g.slug = g.eventSlug()
		for _, c := range g.contexts() {
			g.slug += "-" + c.id
		}
		// The title's choices are made once, from the slug, so the page,
		// its flow answer and its neighbours' links say it alike.
		w := &writer{r: rand.New(rand.NewPCG(hash64(g.slug), 5)), g: g}
		g.situation = w.say(g.title())
		bySlug[g.eventSlug()] = append(bySlug[g.eventSlug()], g)
	}
	for _, g := range out {
		for _, s := range bySlug[g.eventSlug()] {
			if s != g {
				g.siblings = append(g.siblings, s.slug)
			}
		}
	}
	return out
}

// MaxRealistic is the most guides the lexicon can make.
func MaxRealistic() int {
	domains, nations := lexicon()
	total := 0
	for _, d := range domains {
		total += len(d.events) * (len(d.who) + 1) * (len(d.also) + 1) * (len(nations) + 1)
	}
	return total
}

func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// title returns the situation: the event, then who it happens to, then
// how, then where.
func (g *scaleGuide) title() string {
	t := g.event.title
	if g.who != nil {
		t += " " + g.who.title
	}
	if g.also != nil {
		if g.who != nil {
			t += ","
		}
		t += " " + g.also.title
	}
	if g.nation != nil {
		t += " " + g.nation.title
	}
	return t
}

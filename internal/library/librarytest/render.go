package librarytest

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// generatedDate is when every generated guide was written and reviewed.
const generatedDate = "2026-12-01"

// Limits of a generated guide's sections, within the house style.
const (
	maxDonts = 4
	maxSteps = 6 // before the last step, which says who can help
	maxWaits = 3
	maxTags  = 14
	minTags  = 9
)

// writer expands lexicon text for one guide. Its choices come from the
// guide's slug alone, so a guide reads the same whatever library holds it.
type writer struct {
	r      *rand.Rand
	choice []int // the guide's choice in each group of rewordings
	g      *scaleGuide
	route  string // the first route that is not a safety block, for $route
}

func newWriter(g *scaleGuide) *writer {
	w := &writer{r: rand.New(rand.NewPCG(hash64(g.slug), 11)), g: g}
	for _, id := range g.domain.routes {
		if id != "danger" && id != "crisis" {
			w.route = id
			break
		}
	}
	return w
}

var (
	choiceRE = regexp.MustCompile(`\{([^{}]*\|[^{}]*)\}`)
	varRE    = regexp.MustCompile(`\$(what|org|route)`)
	refRE    = regexp.MustCompile(`\{\{[^{}]*\}\}`)
	// placeholderRE is a reference's place while choices are made.
	placeholderRE = regexp.MustCompile("\x00[0-9]+\x00")
)

// rewordings are ways of saying the same thing, as different editors do.
// A guide keeps one of each group throughout, chosen from its slug, so
// guides about one situation read alike in meaning, not word for word.
var rewordings = [][]string{
	{"straight away", "right away", "as soon as you can"},
	{"write down", "note down", "make a note of"},
	{"Write down", "Note down", "Make a note of"},
	{"take photos", "take pictures"},
	{"Take photos", "Take pictures"},
	{"get advice", "ask for advice", "talk to an adviser"},
	{"Get advice", "Ask for advice", "Talk to an adviser"},
	{"in writing", "by email or letter"},
	{"a friend", "someone you trust", "a friend or relative"},
	{"can help", "may be able to help", "are there to help"},
	{"Keep a copy", "Save a copy"},
	{"usually", "normally", "in most cases"},
	{"at once", "without delay", "straight off"},
}

var rewordRE = func() *regexp.Regexp {
	var alts []string
	for _, g := range rewordings {
		for _, p := range g {
			alts = append(alts, regexp.QuoteMeta(p))
		}
	}
	return regexp.MustCompile(`\b(` + strings.Join(alts, "|") + `)\b`)
}()

// reword says text in the guide's own way (see rewordings).
func (w *writer) reword(s string) string {
	if w.choice == nil {
		w.choice = make([]int, len(rewordings))
		for i, g := range rewordings {
			w.choice[i] = w.r.IntN(len(g))
		}
	}
	return rewordRE.ReplaceAllStringFunc(s, func(m string) string {
		for i, g := range rewordings {
			if slices.Contains(g, m) {
				return g[w.choice[i]]
			}
		}
		return m
	})
}

// say expands {a|b} choices and $ variables. A choice may hold a
// reference such as {{police-999}}, which is kept as it is.
func (w *writer) say(s string) string {
	var refs []string
	s = refRE.ReplaceAllStringFunc(s, func(m string) string {
		refs = append(refs, m)
		return fmt.Sprintf("\x00%d\x00", len(refs)-1)
	})
	s = choiceRE.ReplaceAllStringFunc(s, func(m string) string {
		opts := strings.Split(m[1:len(m)-1], "|")
		return opts[w.r.IntN(len(opts))]
	})
	if strings.ContainsAny(s, "{}") {
		panic("librarytest: unbalanced choice in " + strconv.Quote(s))
	}
	s = placeholderRE.ReplaceAllStringFunc(s, func(m string) string {
		i, _ := strconv.Atoi(m[1 : len(m)-1])
		return refs[i]
	})
	return varRE.ReplaceAllStringFunc(s, func(m string) string {
		switch m {
		case "$what":
			return w.g.event.what
		case "$org":
			return w.g.domain.orgs[w.r.IntN(len(w.g.domain.orgs))]
		default:
			return "{{route:" + w.route + "}}"
		}
	})
}

// sentence expands s and makes it a sentence: a capital first, a full
// stop last.
func (w *writer) sentence(s string) string {
	s = strings.TrimSpace(w.reword(w.say(s)))
	if s == "" {
		return s
	}
	s = capFirst(s)
	if !strings.ContainsAny(s[len(s)-1:], ".?!") {
		s += "."
	}
	return s
}

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// pool lists the texts of a kind from the guide's event and contexts
// first, each kept, then from its area, shuffled: what is particular to
// the situation comes before what any situation of the area shares.
func (w *writer) pool(kind func(*texts) []string, limit int) []string {
	var out []string
	add := func(s string) {
		if len(out) < limit && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, t := range w.own() {
		for _, s := range kind(t) {
			add(s)
		}
	}
	area := slices.Clone(kind(&w.g.domain.texts))
	w.r.Shuffle(len(area), func(i, j int) { area[i], area[j] = area[j], area[i] })
	for _, s := range area {
		add(s)
	}
	return out
}

// own returns the texts of the guide's event and contexts, event first.
func (w *writer) own() []*texts {
	out := []*texts{&w.g.event.texts}
	for _, c := range w.g.contexts() {
		out = append(out, &c.texts)
	}
	return out
}

// pick returns one text of a kind: the situation's own if it has any,
// otherwise the area's.
func (w *writer) pick(kind func(*texts) []string) string {
	var own []string
	for _, t := range w.own() {
		own = append(own, kind(t)...)
	}
	if len(own) > 0 {
		return own[w.r.IntN(len(own))]
	}
	area := kind(&w.g.domain.texts)
	if len(area) == 0 {
		return ""
	}
	return area[w.r.IntN(len(area))]
}

// leadItem writes "lead | detail" as a bold lead and its detail.
func (w *writer) leadItem(s string) string {
	lead, detail, _ := strings.Cut(s, " | ")
	return "**" + w.sentence(lead) + "** " + w.sentence(detail)
}

// tags returns how people search for the situation: the event's own
// words, then those words with each context's, then the contexts' own.
//
// With reserve, the event's last tag is kept back for a held-out query.
func (g *scaleGuide) tags(w *writer, reserve bool) []string {
	var out []string
	evTags := g.event.tags
	if reserve {
		evTags = evTags[:len(evTags)-1]
	}
	seen := map[string]bool{}
	add := func(t string) {
		t = strings.Join(strings.Fields(strings.ToLower(w.say(t))), " ")
		if t != "" && !seen[t] && len(out) < maxTags {
			seen[t] = true
			out = append(out, t)
		}
	}
	ctx := g.contexts()
	if len(ctx) == 0 {
		for _, t := range evTags {
			add(t)
		}
		for _, t := range g.domain.tags {
			if len(out) >= minTags {
				break
			}
			add(t)
		}
		return out
	}
	// With contexts, half the event's tags alone, then the others said
	// with a context's words, then each context's own tags.
	et := slices.Clone(evTags)
	w.r.Shuffle(len(et), func(i, j int) { et[i], et[j] = et[j], et[i] })
	half := (len(et) + 1) / 2
	for _, t := range et[:half] {
		add(t)
	}
	for i, t := range et[half:] {
		c := ctx[i%len(ctx)]
		form := c.tagForms[w.r.IntN(len(c.tagForms))]
		if w.r.IntN(4) > 0 {
			add(t + " " + form)
		} else {
			add(form + " " + t)
		}
	}
	for _, c := range ctx {
		for _, t := range c.tags {
			add(t)
		}
	}
	for i := 0; len(out) < minTags && i < 4*len(et); i++ {
		c := ctx[w.r.IntN(len(ctx))]
		add(et[w.r.IntN(len(et))] + " " + c.tagForms[w.r.IntN(len(c.tagForms))])
	}
	return out
}

// render writes the guide in the house format. present holds the guides of
// the library, for links.
//
// With holdOut, one of its tags is left out of the page and returned: a
// way of putting the situation that the library's editors wrote, kept
// from the index as a test query.
func (g *scaleGuide) render(reg registries, present map[string]*scaleGuide, holdOut bool) (page []byte, held string) {
	w := newWriter(g)
	d := g.domain
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\n", "What to do if… "+g.situation)
	seo := capFirst(w.say(g.event.key))
	if g.nation != nil {
		seo += " in " + g.nation.title[strings.LastIndex(g.nation.title, " in ")+4:]
	} else {
		seo += " (UK)"
	}
	if utf8.RuneCountInString(seo) <= 60 {
		fmt.Fprintf(&b, "seo_title: %q\n", seo)
	}
	fmt.Fprintf(&b, "jurisdiction: uk\ncategory: gen-%s\n", d.id)
	audience := "adult"
	for _, t := range append([]*texts{&d.texts}, w.own()...) {
		if t.audience != "" {
			audience = t.audience
		}
	}
	fmt.Fprintf(&b, "audience: [%s]\ntags:\n", audience)
	tags := g.tags(w, holdOut)
	if holdOut {
		// The event's last tag, which no guide of the event was given,
		// said with the words of the guide's first particular if it has
		// one, as its other tags are.
		held = g.event.tags[len(g.event.tags)-1]
		if ctx := g.contexts(); len(ctx) > 0 {
			held += " " + ctx[0].tagForms[w.r.IntN(len(ctx[0].tagForms))]
		}
		held = strings.Join(strings.Fields(strings.ToLower(w.say(held))), " ")
	}
	for _, t := range tags {
		fmt.Fprintf(&b, "  - %q\n", t)
	}
	fmt.Fprintf(&b, "date_created: %s\nlast_reviewed: %s\nreview_by: 2027-12-01\n", generatedDate, generatedDate)
	routes := slices.Clone(d.routes)
	for _, t := range w.own() {
		for _, r := range t.routes {
			if !slices.Contains(routes, r) {
				routes = append(routes, r)
			}
		}
	}
	for _, r := range routes {
		if !reg.roles[r] {
			panic(fmt.Sprintf("librarytest: area %s names route %q, which is not a UK role for every reader in routes.yaml", d.id, r))
		}
	}
	fmt.Fprintf(&b, "routes: [%s]\n", strings.Join(routes, ", "))
	var related []string
	for _, s := range g.siblings {
		if o := present[s]; o != nil && oneApart(g, o) {
			related = append(related, "uk/"+s)
		}
	}
	if len(related) > 0 {
		fmt.Fprintf(&b, "related: [%s]\n", strings.Join(related, ", "))
	}
	b.WriteString("sources:\n")
	for _, s := range d.sources {
		fmt.Fprintf(&b, "  - url: %s\n    checked: %s\n    supports: %q\n", s.url, generatedDate, s.supports)
	}
	b.WriteString("---\n\n## Short answer\n\n")
	// The situation's own short answer, then a sentence from the area and
	// the danger line while the answer stays within three sentences and
	// 60 words.
	short := []string{w.sentence(w.pick(func(t *texts) []string { return t.shorts }))}
	if d.danger != "" {
		lead, _, _ := strings.Cut(d.danger, " | ")
		short = append(short, w.sentence(lead))
	}
	if s := w.sentence(w.pickArea(func(t *texts) []string { return t.shorts })); s != "" && s != short[0] {
		short = append(short, s)
	}
	for len(short) > 1 && (words(strings.Join(short, " ")) > 60 || sentences(strings.Join(short, " ")) > 3) {
		short = short[:len(short)-1]
	}
	b.WriteString(strings.Join(short, " ") + "\n\n## Do not do these things\n\n")
	dont := w.r.IntN(2) == 0 // this guide's editor writes "Don't"
	for _, s := range w.pool(func(t *texts) []string { return t.donts }, maxDonts) {
		if dont {
			s = strings.Replace(s, "Do not ", "Don't ", 1)
		}
		fmt.Fprintf(&b, "- %s\n", w.leadItem(s))
	}
	b.WriteString("\n## What to do now\n\n")
	var steps []string
	if d.danger != "" {
		steps = append(steps, d.danger)
	}
	steps = append(steps, w.pool(func(t *texts) []string { return t.steps }, maxSteps-len(steps))...)
	steps = append(steps, d.help)
	for k, s := range steps {
		fmt.Fprintf(&b, "%d. %s\n\n", k+1, w.leadItem(s))
	}
	b.WriteString("## What can wait\n\n")
	for _, s := range w.pool(func(t *texts) []string { return t.waits }, maxWaits) {
		fmt.Fprintf(&b, "- %s\n", w.sentence(s))
	}
	b.WriteString("\n## Important reassurance\n\n")
	calm := w.pool(func(t *texts) []string { return t.calms }, 2)
	for k := range calm {
		calm[k] = w.sentence(calm[k])
	}
	b.WriteString(strings.Join(calm, " ") + "\n\n## Scope note\n\n")
	scope := "This page is for you if " + g.situation
	if g.nation == nil {
		scope += ", anywhere in the UK"
	}
	scope += "."
	if n := w.pick(func(t *texts) []string { return t.notes }); n != "" {
		scope += " " + w.sentence(n)
	}
	if link := g.siblingLink(present, w); link != "" {
		scope += " " + link
	}
	b.WriteString(scope + "\n\n## Important note\n\n")
	fmt.Fprintf(&b, "This is general information, not %s. If you are in danger now, call {{police-999}}.\n\n", d.disclaim)
	b.WriteString("## Additional Resources\n\n")
	for k, s := range d.sources {
		if k < 3 {
			fmt.Fprintf(&b, "- %s\n", s.url)
		}
	}
	return []byte(b.String()), held
}

// pickArea returns one of the area's texts of a kind.
func (w *writer) pickArea(kind func(*texts) []string) string {
	area := kind(&w.g.domain.texts)
	if len(area) == 0 {
		return ""
	}
	return area[w.r.IntN(len(area))]
}

// siblingLink sends the reader to a neighbouring guide of the same event,
// as real scope notes do: one with a particular more, or the general one.
func (g *scaleGuide) siblingLink(present map[string]*scaleGuide, w *writer) string {
	var more, less *scaleGuide
	for _, s := range g.siblings {
		o := present[s]
		if o == nil || !oneApart(g, o) {
			continue
		}
		if len(o.contexts()) > len(g.contexts()) && more == nil {
			more = o
		} else if len(o.contexts()) < len(g.contexts()) && less == nil {
			less = o
		}
	}
	switch {
	case more != nil && (less == nil || w.r.IntN(2) == 0):
		return fmt.Sprintf("If %s, read [the page on that](/uk/%s).", more.situation, more.slug)
	case less != nil:
		return fmt.Sprintf("[The general page](/uk/%s) covers everyone this happens to.", less.slug)
	}
	return ""
}

// oneApart reports whether two guides of one event differ by one context:
// a person, a circumstance or a nation more or less.
func oneApart(a, b *scaleGuide) bool {
	diff := 0
	for _, p := range [][2]*lexContext{{a.who, b.who}, {a.also, b.also}, {a.nation, b.nation}} {
		if p[0] != p[1] {
			if p[0] != nil && p[1] != nil {
				return false
			}
			diff++
		}
	}
	return diff == 1
}

func words(s string) int { return len(strings.Fields(s)) }

// sentences counts the full stops, question and exclamation marks that end
// a sentence.
func sentences(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(".?!", s[i]) >= 0 && (i+1 == len(s) || s[i+1] == ' ') {
			n++
		}
	}
	return n
}

// queries returns the guide's held-out phrasings: some of its event's
// asks, each said with the words of the guide's contexts, in an order and
// with joins that vary.
func (g *scaleGuide) queries() []string {
	r := rand.New(rand.NewPCG(hash64(g.slug), 13))
	asks := g.event.asks
	if len(asks) == 0 {
		return nil
	}
	n := min(3, len(asks))
	start := r.IntN(len(asks))
	var out []string
	for k := range n {
		parts := []string{asks[(start+k)%len(asks)]}
		for _, c := range g.contexts() {
			form := c.askForms[r.IntN(len(c.askForms))]
			if r.IntN(2) == 0 {
				parts = append(parts, form)
			} else {
				parts = append([]string{form}, parts...)
			}
		}
		joins := []string{", ", " and ", ". ", " - ", " "}
		q := parts[0]
		for _, p := range parts[1:] {
			q += joins[r.IntN(len(joins))] + p
		}
		out = append(out, q)
	}
	return out
}

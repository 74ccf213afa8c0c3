package library

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"firststeps/internal/guide"
	"firststeps/internal/law"
	"firststeps/internal/problem"
	"firststeps/internal/routes"
	"firststeps/internal/services"
)

// Rules learnt from reviews: each class of defect a reviewer found in a
// lint-clean guide, made into a check so it cannot come back.

// checkRoleReview checks a role for defects reviews found in shared
// blocks.
func (l *Library) checkRoleReview(probs *problem.List, r *routes.Role) {
	line := func(k string) int { return cmpLine(r.Lines, k, r.Line) }
	// A shared block that speaks to the reader ("you are not in trouble")
	// told a parent that they were not in trouble: a block with its own
	// label for helpers needs its own message for them too.
	if r.HelpingLabel != "" && r.Message != "" && r.HelpingMessage == "" {
		probs.Errorf(RoutesFile, line("helping_label"), "helping-message", "role %q has a helping_label, so it needs a helping_message: its message speaks to the person it happened to, not to someone helping them", r.ID)
	}
	if m := strings.ToLower(r.HelpingMessage); strings.Contains(m, "even you") || strings.Contains(m, "your fault") {
		probs.Errorf(RoutesFile, line("helping_message"), "helping-message", "role %q: the helping_message speaks to the person it happened to (%q); speak to the helper", r.ID, r.HelpingMessage)
	}
}

// checkLawReview checks a law rule for defects reviews found.
func checkLawReview(probs *problem.List, t string, r lawRule) {
	// A place with no such law has no date it came into force.
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(r.law)), "no specific law") && !r.since {
		return
	}
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(r.law)), "no specific law") {
		probs.Errorf(LawsFile, r.line, "law-since", "law %q: a rule saying there is no specific law has no since date", t)
	}
}

// lawRule is what checkLawReview reads of a rule.
type lawRule struct {
	law   string
	since bool
	line  int
}

// screenshotRE finds advice to take screenshots.
var screenshotRE = regexp.MustCompile(`(?i)\bscreen ?shot`)

// unqualifiedCrimeRE finds a guide saying in its own words that something
// is a federal crime, with no "can be".
var unqualifiedCrimeRE = regexp.MustCompile(`(?i)\b(is|are) (a |an )?(serious )?federal (crime|offense)s?\b`)

// under18CaveatRE finds the caveat a screenshot step needs where readers
// may be under 18.
var under18CaveatRE = regexp.MustCompile(`(?i)under 18|under-18|(write|jot|note) (it |them |these |the \w+ )?down|instead|(avoid|never|do not|don't) (take )?screenshots?`)

// checkGuideReview checks a guide for defects reviews found in guides that
// passed every other rule.
//
// The wording warnings (a partner in the tags, an unqualified federal
// crime, another country's words) are editor advice the server never
// shows: they are looked for only when lint is set, as the readability
// and blame checks are.
func (l *Library) checkGuideReview(probs *problem.List, g *guide.Guide, lint bool) {
	f := g.File
	line := func(k string) int { return cmpLine(g.FieldLines, k, 1) }
	// Images that exist (not only claimed to, and not "none"), of someone
	// who may be under 18 (content made for sale is made by adults).
	images := slices.ContainsFunc(g.Facets, func(fv string) bool {
		return strings.HasPrefix(fv, "images:") && fv != "images:claimed" && fv != "images:asked-for" && fv != "images:none"
	}) && !slices.Contains(g.Facets, "images:sold")
	// An under-18 must never screenshot a nude image of themselves: where
	// such images are involved, a step that says to take screenshots says
	// what to do instead, in it or in the lines just under it.
	if images {
		lines := strings.Split(g.Sections[guide.DoNow].Text, "\n")
		for i, item := range lines {
			near := strings.Join(lines[i:min(i+3, len(lines))], " ")
			if screenshotRE.MatchString(item) && !under18CaveatRE.MatchString(near) {
				probs.Errorf(f, g.Sections[guide.DoNow].Line, "under18-screenshot", "a step says to take screenshots where images are involved, but not what someone under 18 does instead (write down usernames, links and dates): %q", clip(item, 80))
			}
		}
	}
	// A guide for a parent or school staff names a role whose services
	// are for the child: it must be marked for_child, or a parent who
	// says they are an adult loses them.
	if slices.Contains(g.Facets, "asker:parent") || slices.Contains(g.Facets, "asker:staff") {
		for _, id := range g.Routes {
			r, ok := l.Role(g.Jurisdiction, id)
			if !ok || r.ForChild || r.For != "" || r.Safety {
				continue
			}
			for _, e := range r.Entries {
				for _, sid := range e.IDs() {
					if s, ok := l.Services.Get(sid); ok && e.For == "" && s.Ages.Max > 0 && s.Ages.Max < 18 {
						probs.Errorf(f, line("routes"), "for-child", "role %q lists %s, which is for under-18s only, on a guide for adults asking about a child: mark the role for_child: true, or a parent who says they are an adult never sees it", id, sid)
					}
				}
			}
		}
	}
	// Tags say a partner or ex is involved, so the domestic-abuse routes
	// and the safe-device warning must be on the page.
	if lint && !slices.Contains(g.Routes, "partner") {
		for _, tag := range g.Tags {
			if partnerWordRE.MatchString(tag) {
				probs.Warnf(f, line("tags"), "partner-tag", "tag %q says a partner or ex is involved: name the partner route, so the domestic-abuse routes and the safe-device warning are on the page", tag)
				break
			}
		}
	}
	// US guides said posting a fake, or a secret recording, "is a federal
	// crime": the federal crimes apply only where their law says (intent
	// or harm, a threat sent across state lines). The law lines say when.
	for k := range guide.Resources {
		if !lint {
			break
		}
		// The expression has no literal prefix to look for, so it would
		// try every position of every section: at 10,000 guides that was
		// the slowest part of loading. Only text that says "federal" can
		// match, and that is quick to find.
		if !containsFoldASCII(g.Sections[k].Text, "federal") {
			continue
		}
		if m := unqualifiedCrimeRE.FindString(g.Sections[k].Text); m != "" {
			probs.Warnf(f, g.Sections[k].Line, "law-claim", "%q: a federal crime applies only where its law says (intent, harm, crossing state lines); write \"can be a federal crime\" and let {{law:…}} say when", m)
		}
	}
	// A US guide said "towards": a page speaks its own readers' words.
	if j := l.jurisdictions[g.Jurisdiction]; j != nil && lint {
		checkWords(probs, f, line("title"), j, g.Title)
		for k := range guide.Resources {
			checkWords(probs, f, g.Sections[k].Line, j, g.Sections[k].Text)
		}
	}
	// A page kept for editors is never a reader's link.
	for _, ref := range g.Resources {
		if r := l.resources[ref.URL]; r != nil && r.NotForReaders {
			probs.Errorf(f, ref.Line, "reader-link", "%s is marked not_for_readers in %s (%s): cite it in sources if it backs a fact, but do not send readers there", ref.URL, ResourcesFile, r.Title)
		}
	}
	l.checkLawSources(probs, g)
	l.checkPageClaims(probs, g)
	l.checkAdultServices(probs, g)
}

// partnerWordRE finds a partner or ex doing something, not one it happened
// to or one a threat names: "my ex posted", "my husband checks".
var partnerWordRE = regexp.MustCompile(`(?i)\bmy (ex|ex boyfriend|ex girlfriend|ex husband|ex wife|ex partner|boyfriend|girlfriend|bf|gf|husband|wife|partner|fiance|fiancee)( \w+)? (is|has|keeps|says|said|threatens|threatened|posted|shared|put|checks|checked|tracks|tracked|reads|read|hacked|wants|made|filmed|recorded|won't|wont)\b`)

// containsFoldASCII reports whether s contains word, ignoring ASCII case.
// word is lower-case ASCII letters with no other Unicode case forms (not k
// or s, which fold with K and ſ), so it finds exactly what (?i)word finds.
func containsFoldASCII(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == word[0] && strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// Twin guides: the same situation (the same slug) written for two
// jurisdictions.
const (
	twinShingle = 6    // words in a run compared between twins
	twinCopy    = 0.15 // share of a guide's runs found in its twin that reports it
)

// checkTwins warns when a guide follows its twin in another jurisdiction
// run of words for run. A review found US guides made by converting the
// UK twin's sentences: a twin is written afresh for its readers, their
// services, law and words, and one that copies the other carries over
// wording, and with it facts, that may not hold where it is read. The
// guide in the jurisdiction listed later in jurisdictions.yaml, the one
// written second, is the one reported.
//
// With a cache, what comparing two twins found is kept under both their
// keys, so unchanged twins are not compared again.
func (l *Library) checkTwins(probs *problem.List, ls *loadState) {
	order := map[string]int{}
	for i, j := range l.Jurisdictions {
		order[j.ID] = i
	}
	rank := func(g *guide.Guide) int {
		if i, ok := order[g.Jurisdiction]; ok {
			return i
		}
		return len(order)
	}
	bySlug := map[string][]*guide.Guide{}
	for _, g := range l.Guides {
		bySlug[g.Slug] = append(bySlug[g.Slug], g)
	}
	runs := map[*guide.Guide]map[string]bool{}
	runsOf := func(g *guide.Guide) map[string]bool {
		if r, ok := runs[g]; ok {
			return r
		}
		var w []string
		for _, text := range ls.sectionText(g) {
			w = append(w, words(text)...)
		}
		r := map[string]bool{}
		for i := 0; i+twinShingle <= len(w); i++ {
			r[strings.Join(w[i:i+twinShingle], " ")] = true
		}
		runs[g] = r
		return r
	}
	for _, twins := range bySlug {
		for _, a := range twins {
			for _, b := range twins {
				if a.Jurisdiction == b.Jurisdiction || rank(a) > rank(b) || (rank(a) == rank(b) && a.Jurisdiction > b.Jurisdiction) {
					continue
				}
				var key [32]byte
				if ls.cache != nil {
					ka, kb := ls.keys[a], ls.keys[b]
					key = sha256.Sum256(append(append([]byte("twins\x00"), ka[:]...), kb[:]...))
					if e, ok := ls.cache.Get(key); ok {
						*probs = append(*probs, e.Problems...)
						continue
					}
				}
				var found problem.List
				ra, rb := runsOf(a), runsOf(b)
				n := 0
				for r := range rb {
					if ra[r] {
						n++
					}
				}
				if share := float64(n) / float64(len(rb)); len(rb) > 0 && share >= twinCopy {
					found.Warnf(b.File, 0, "twin-copy", "%s repeats %.0f%% of its %d-word runs from its twin %s: write it afresh for its own readers, services and law, not by converting the twin's sentences", b.ID, share*100, twinShingle, a.ID)
				}
				*probs = append(*probs, found...)
				if ls.cache != nil {
					ls.cache.Put(key, &Entry{Problems: found})
				}
			}
		}
	}
}

// checkWords warns where text for jurisdiction j uses a word its readers
// do not (jurisdictions.yaml, words): another jurisdiction's spelling, a
// term for something they call by another name, or a service they cannot
// use.
func checkWords(probs *problem.List, file string, line int, j *Jurisdiction, text string) {
	for _, w := range j.Words {
		if w.re != nil && w.re.MatchString(text) {
			probs.Warnf(file, line, "foreign-word", "%q is not what %s readers say: write %q", w.Not, j.ShortName, w.Use)
		}
	}
}

// checkLawSources refuses a guide that cites, as the source of one of its
// facts, a legislation page that laws.yaml already states as a law line
// the guide does not use. A US review found guides saying in their own
// words that something "is a serious crime" or that sites "must act
// within 48 hours", each resting on the statute page itself: such a
// sentence is not the registry's wording, so it drifts from the law line
// (and from the law) unseen, and it says nothing of where or since when.
// This rule and the two after it were warnings until every guide met
// them; as errors, the defects they catch cannot come back.
func (l *Library) checkLawSources(probs *problem.List, g *guide.Guide) {
	stated := map[string]bool{} // sources of the law lines the guide uses
	for _, ref := range g.Refs {
		if ref.Kind != guide.RefLaw {
			continue
		}
		if t, ok := l.Law(g.Jurisdiction, ref.Service); ok {
			for _, r := range t.Rules {
				stated[r.Source] = true
			}
		}
	}
	for _, s := range g.Sources {
		if stated[s.URL] {
			continue
		}
		if l.domainKind(hostOf(s.URL)) != "legislation" {
			continue
		}
		var ids []string
		for _, t := range l.Laws {
			if t.Jurisdiction == g.Jurisdiction && slices.ContainsFunc(t.Rules, func(r *law.Rule) bool { return r.Source == s.URL }) {
				ids = append(ids, "{{law:"+t.ID+"}}")
			}
		}
		if len(ids) > 0 {
			probs.Errorf(g.File, s.Line, "law-source", "%s is the source of %s, which the guide does not use: state the law with %s where the guide speaks of it, rather than in its own words, or drop the claim and this source", s.URL, strings.Join(ids, " and "), ids[0])
		}
	}
}

// domainKind returns the kind of the most specific allowed domain that
// covers host: legislation.gov.uk is legislation, though gov.uk covers it
// too.
func (l *Library) domainKind(host string) string {
	best := Domain{}
	for _, d := range l.Domains {
		if (host == d.Domain || strings.HasSuffix(host, "."+d.Domain)) && len(d.Domain) > len(best.Domain) {
			best = d
		}
	}
	return best.Kind
}

// pageClaimRE finds a sentence that sends the reader elsewhere on the
// page: "on this page", "below", "at the top".
var pageClaimRE = quick(`(?i)\bon this page\b|\b(below|above)\b|\bat the (top|bottom)\b|\bon the (right|left)\b|\bfurther (up|down)\b`,
	"this page", "below", "above", "at the top", "at the bottom", "on the right", "on the left", "further up", "further down")

// aboveAllRE is "above all", which points nowhere.
var aboveAllRE = quick(`(?i)\babove all\b`, "above all")

// sentenceEndRE ends a sentence.
var sentenceEndRE = regexp.MustCompile(`[.!?]["')]?\s+`)

// sentencesOf splits plain section text into its sentences.
func sentencesOf(text string) []string {
	var out []string
	for _, block := range strings.Split(text, "\n") {
		for _, s := range splitSentences(block) {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// serviceNames returns the names a sentence may call a service by: its
// name and short name, the name without its bracketed initials and the
// initials alone ("CCRI"), without ".org", and without an organisation's
// initials in front when what is left still names it ("NCMEC
// CyberTipline" → "CyberTipline").
func serviceNames(s *services.Service) []string {
	names := []string{s.Name, s.ShortName}
	if m := initialsRE.FindStringSubmatch(s.Name); m != nil {
		names = append(names, m[1], strings.TrimSpace(initialsRE.ReplaceAllString(s.Name, "")))
	}
	names = append(names, strings.TrimSuffix(s.Name, ".org"))
	if w := strings.Fields(s.Name); len(w) > 1 && len(w[0]) >= 3 && strings.ToUpper(w[0]) == w[0] {
		if rest := strings.Join(w[1:], " "); len(w) > 2 || camelRE.MatchString(rest) {
			names = append(names, rest)
		}
	}
	var out []string
	for _, n := range names {
		if len(n) >= 3 && !slices.Contains(out, n) && strings.ContainsFunc(n, unicode.IsLetter) {
			out = append(out, n)
		}
	}
	return out
}

var (
	initialsRE = regexp.MustCompile(`\s*\(([A-Z][A-Z0-9]+)\)`)
	camelRE    = regexp.MustCompile(`[a-z][A-Z]`)
)

// serviceNameSet holds each service's names (serviceNames), worked out
// once per load rather than for every sentence the review rules read.
type serviceNameSet map[*services.Service][]string

func newServiceNameSet(d *services.Directory) serviceNameSet {
	out := serviceNameSet{}
	if d == nil {
		return out
	}
	for _, s := range d.All() {
		out[s] = serviceNames(s)
	}
	return out
}

// mentions reports whether sentence names service s.
func (ns serviceNameSet) mentions(sentence string, s *services.Service) bool {
	names, ok := ns[s]
	if !ok {
		names = serviceNames(s)
	}
	for _, n := range names {
		i := strings.Index(sentence, n)
		for i >= 0 {
			before, after := i == 0 || !isWordByte(sentence[i-1]), i+len(n) == len(sentence) || !isWordByte(sentence[i+len(n)])
			if before && after {
				return true
			}
			j := strings.Index(sentence[i+1:], n)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// checkPageClaims refuses a sentence that says a service is on this page
// (or above, or below) but a view the reader can choose does not show
// it. A US review found "the CyberTipline … on this page" for someone
// filmed as a child, who is an adult now, in a guide whose 18-or-over
// view has no CyberTipline at all. The text is the same in every view;
// what the page shows is not. A sentence that asks the reader whether
// they are under 18 now is not a claim to someone who said they are 18
// or over, unless the page is for adults helping a young person, where
// "under 18" is the child.
func (l *Library) checkPageClaims(probs *problem.List, g *guide.Guide) {
	nations := l.Nations(g.Jurisdiction)
	inline := map[string]bool{} // services the text links itself, in every view
	for _, ref := range g.Refs {
		if ref.Kind == guide.RefService {
			inline[ref.Service] = true
		}
	}
	rendered := l.refTexts(g)
	shown := func(s *services.Service, v routes.View) bool {
		for _, id := range g.Routes {
			r, ok := l.Role(g.Jurisdiction, id)
			if !ok {
				continue
			}
			for _, it := range routes.Items(r, v, nations, l.Services) {
				if slices.Contains(it.Services, s) {
					return true
				}
			}
		}
		return false
	}
	helpers := slices.ContainsFunc(g.Audience, func(a string) bool { return a == "supporter" || a == "parent" }) ||
		slices.ContainsFunc(g.Facets, func(f string) bool { return strings.HasPrefix(f, "asker:") })
	for k := range guide.Resources {
		sec := g.Sections[k]
		if !pageClaimRE.mayMatch(sec.Text) {
			continue
		}
		for _, block := range strings.Split(sec.Text, "\n") {
			// A section or line without the words of a claim holds no
			// sentence with them (taking "above all" out joins no new
			// words).
			if !pageClaimRE.mayMatch(block) {
				continue
			}
			self := !helpers && selfUnder18RE.MatchString(block)
			for _, sentence := range sentencesOf(block) {
				if !pageClaimRE.MatchString(aboveAllRE.replaceAll(sentence, "")) {
					continue
				}
				// Names a {{…}} reference put in the plain text are the
				// reference's, not the writer's.
				own := sentence
				for _, r := range rendered {
					own = strings.ReplaceAll(own, r, " ")
				}
				for _, s := range l.Services.All() {
					if s.Jurisdiction != g.Jurisdiction || inline[s.ID] || !l.names.mentions(own, s) {
						continue
					}
					for _, v := range routes.Views(nations) {
						if (self && v.Audience == routes.Adult) || shown(s, v) {
							continue
						}
						// A service only for some readers cannot be linked in
						// text every reader sees (route-ref): only a role can
						// fix the sentence.
						fix := fmt.Sprintf("link it in the sentence ({{%s}}) or name a role that shows it to every reader", s.ID)
						if who := forSome(s); who != "" {
							fix = fmt.Sprintf("name a role that shows it to every reader ({{route:…}}); {{%s}} cannot be linked in the sentence, as it is only for %s", s.ID, who)
						}
						probs.Errorf(g.File, sec.Line, "page-claim", "%q says %s is on the page, but the view for %s does not show it: %s", clip(sentence, 80), s.Name, viewName(v), fix)
						break
					}
				}
			}
		}
	}
}

// selfUnder18RE finds a step that asks whether the reader is under 18
// now.
var selfUnder18RE = quick(`(?i)^(\d+\. )?under[ -]18\?|\bif you(?:'re| are) under[ -]18\b|\bare you under[ -]18\b`, "under")

// refTexts returns what the guide's {{…}} references read as in its plain
// text: a role as its first service's name, a law as its label, a
// service as its contact.
func (l *Library) refTexts(g *guide.Guide) []string {
	var out []string
	for _, ref := range g.Refs {
		switch ref.Kind {
		case guide.RefRoute:
			if r, ok := l.Role(g.Jurisdiction, ref.Service); ok && len(r.Entries) > 0 {
				if ids := r.Entries[0].IDs(); len(ids) > 0 {
					if s, ok := l.Services.Get(ids[0]); ok {
						out = append(out, s.Name)
					}
				}
			}
		case guide.RefLaw:
			if t, ok := l.Law(g.Jurisdiction, ref.Service); ok {
				out = append(out, t.Label)
			}
		}
	}
	return out
}

// viewName says whom a view is for, as a message names it.
func viewName(v routes.View) string {
	who := map[routes.Audience]string{routes.Everyone: "a reader not saying their age", routes.Adult: "18 or over", routes.Under18: "under 18", routes.Helping: "someone helping"}[v.Audience]
	if v.Nation != "" {
		who += " in " + v.Nation
	}
	return who
}

// helpClaimRE finds a sentence offering a service's help.
var helpClaimRE = quick(`(?i)\b(can|will|could) (help|refer|tell|advise|support|guide|walk)\b|\bhelps\b|\b(is|are) there for\b`,
	"help", "refer", "tell", "advise", "support", "guide", "walk", "there for")

// adultWordRE finds words that say who a service is for by age.
var adultWordRE = quick(`(?i)\badults?\b|\b18 or over\b|\bover 18\b|\b18\+|\baged 18\b`, "adult", "18")

// checkAdultServices refuses a guide that under-18s reach offering an
// adults-only service's help to every reader, in a step or bullet that
// never says it is for adults. A US review found "CCRI can help if
// something turns up" on a page that under-18s and people filmed as
// children read; CCRI is for adults only, and the under-18 view hides it.
func (l *Library) checkAdultServices(probs *problem.List, g *guide.Guide) {
	if !slices.Contains(g.Routes, "under-18") || slices.Contains(g.Facets, "images:sold") {
		return
	}
	var adults []*services.Service
	for _, s := range l.Services.All() {
		if s.Jurisdiction == g.Jurisdiction && s.AdultsOnly() {
			adults = append(adults, s)
		}
	}
	if len(adults) == 0 {
		return
	}
	for k := range guide.Resources {
		sec := g.Sections[k]
		for _, block := range strings.Split(sec.Text, "\n") {
			// A sentence names a service only where its line does, and
			// most lines name none: looking for the few names first
			// spares the expressions on almost every line.
			if !slices.ContainsFunc(adults, func(s *services.Service) bool { return l.names.mentions(block, s) }) {
				continue
			}
			if adultWordRE.MatchString(block) {
				continue
			}
			for _, sentence := range sentencesOf(block) {
				if !helpClaimRE.MatchString(sentence) {
					continue
				}
				for _, s := range adults {
					if l.names.mentions(sentence, s) {
						probs.Errorf(g.File, sec.Line, "adult-service", "%q offers %s to every reader, but it is for adults only and under-18s read this page: say it is for adults, or point to the services on the page, which each view fits to its reader", clip(sentence, 80), s.Name)
					}
				}
			}
		}
	}
}

// quickRE is a case-insensitive expression with the words, in lower case,
// one of which each of its matches holds. These rules run on every
// sentence of every guide each time the library loads, and most sentences
// hold none of the words: looking for a few words costs far less than
// trying the expression at every position (at 10,000 guides, 33 of the 41
// seconds a server took to start).
type quickRE struct {
	re    *regexp.Regexp
	words [][]byte
}

func quick(expr string, words ...string) quickRE {
	q := quickRE{re: regexp.MustCompile(expr)}
	for _, w := range words {
		q.words = append(q.words, []byte(w))
	}
	return q
}

// mayMatch reports whether s holds one of the words, whatever its case. A
// text that is not ASCII is always tried: case folding beyond ASCII ("ſ"
// matches "s") is the expression's to judge. The text is lowered once, so
// that each word is looked for with bytes.Contains, which is many times
// quicker than comparing the words' letters at every position.
func (q quickRE) mayMatch(s string) bool {
	var buf [4096]byte
	lower := buf[:0]
	if len(s) > len(buf) {
		lower = make([]byte, 0, len(s))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower = append(lower, c)
	}
	for _, w := range q.words {
		if bytes.Contains(lower, w) {
			return true
		}
	}
	return false
}

// MatchString reports whether s holds a match.
func (q quickRE) MatchString(s string) bool { return q.mayMatch(s) && q.re.MatchString(s) }

func (q quickRE) replaceAll(s, with string) string {
	if !q.mayMatch(s) {
		return s
	}
	return q.re.ReplaceAllString(s, with)
}

// splitSentences is sentenceEndRE.Split(text, -1) written out: the rules
// split every line of every guide at each load, and the expression made
// that a quarter of a 10,000-guide start.
func splitSentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		if j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
			j++
		}
		k := j
		for k < len(text) && isSpaceByte(text[k]) {
			k++
		}
		if k == j {
			continue
		}
		out = append(out, text[start:i])
		start = k
		i = k - 1
	}
	return append(out, text[start:])
}

// isSpaceByte is \s in Go's regular expressions.
func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }

// Package library loads the whole content tree (guides and the registries
// they draw on) into one immutable, cross-checked Library. Every command and
// the server use this one loader: content goes in, a fully valid library or a
// list of problems comes out.
package library

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"firststeps/internal/date"
	"firststeps/internal/guide"
	"firststeps/internal/law"
	"firststeps/internal/parallel"
	"firststeps/internal/pattern"
	"firststeps/internal/problem"
	"firststeps/internal/routes"
	"firststeps/internal/services"
	"firststeps/internal/strictyaml"
)

// Content file names, relative to the content root.
const (
	ServicesFile      = "services.yaml"
	ResourcesFile     = "resources.yaml"
	CategoriesFile    = "categories.yaml"
	JurisdictionsFile = "jurisdictions.yaml"
	DomainsFile       = "domains.yaml"
	StyleFile         = "style.yaml"
	HolidaysFile      = "holidays.json"
	GuidesDir         = "guides"
)

// ErrNotFound is returned when a guide or other item does not exist.
var ErrNotFound = errors.New("not found")

// Options tunes loading.
type Options struct {
	// Today is the date review deadlines are checked against; zero means
	// the current date in the first jurisdiction's time zone.
	Today date.Date
	// Lint runs the checks only editors need (readability, blaming words,
	// near-duplicate guides, unused registry entries). The server skips them.
	Lint bool
	// OverdueIsWarning turns a passed review date into a warning, for tools
	// that must work on content awaiting review (firststeps-sources).
	OverdueIsWarning bool
	// NoHTML leaves guides' sections unrendered, for tools that check
	// content and never show it (firststeps lint).
	NoHTML bool
	// PackHTML keeps guides' sections' HTML compressed, read with
	// guide.Guide.SectionsHTML: a server holding thousands of guides
	// holds a third of the memory for it (firststeps serve).
	PackHTML bool
	// Parsed, when set, keeps each guide as loaded between runs
	// (firststeps lint, serve and build keep one on disk), so an
	// unchanged guide is not read, parsed or checked again; the checks
	// across guides run every time, on what it keeps. For a library
	// loaded to be shown (not Lint) it keeps each guide whole. For Lint
	// it keeps only what the checks across guides read, with no sections
	// or tags: a library linted with it is for checking, not for showing.
	Parsed ParseCache
}

// ParseCache keeps guides as loaded. The keys Load gives hash a guide's
// path and bytes, the date and the options; the cache must add to them
// whatever else loading a guide depends on: the registries, and the rules
// (the program itself). Entries are shared: no one may change them.
type ParseCache interface {
	// Sum returns the SHA-256 of a file's bytes, when the cache saw the
	// file as info describes it in an earlier run, and can vouch that it
	// has not changed since.
	Sum(name string, info fs.FileInfo) ([32]byte, bool)
	// Saw tells the cache the SHA-256 of a file's bytes, read after info
	// was taken.
	Saw(name string, info fs.FileInfo, sum [32]byte)
	Get(key [32]byte) (*Entry, bool)
	Put(key [32]byte, e *Entry)
}

// Entry is what a ParseCache keeps of a guide: the guide, whole or only
// what the checks across guides read of it (see forCache: not its
// sections or tags); the problems found in it alone (parsing it, and
// checking it against the registries); and, when linting, its
// near-duplicate signature. The entry for a pair of twin guides holds
// only the problems comparing them found.
type Entry struct {
	Guide     *guide.Guide
	Whole     bool // Guide is as parsed, sections, tags and all
	Problems  problem.List
	Signature *Signature
}

// Library is the loaded content. It is read-only after Load returns (but
// see ForgetText) and safe for concurrent use.
type Library struct {
	Guides        []*guide.Guide // sorted by id
	Services      *services.Directory
	Resources     []*Resource
	Categories    []*Category
	Jurisdictions []*Jurisdiction
	Domains       []Domain
	Style         guide.Style
	Holidays      *services.Holidays
	// Scope recognises words about the library's situations (cues.yaml).
	Scope       *Scope
	HolidayFeed services.Feed
	Synonyms    []*Synonym
	// Spellings maps a word as people write it in a hurry to the word or
	// words they mean (synonyms.yaml, spellings).
	Spellings map[string]string
	Cues      []*Cue
	Audiences []*Audience
	Flows     []*Flow
	Redirects []*Redirect
	// Routes holds the route roles of every jurisdiction (routes.yaml);
	// RoleList is the same roles in file order.
	Routes   *routes.Registry
	RoleList []*routes.Role
	Laws     []*law.Topic // laws.yaml, in file order
	Facets   []*Facet     // facets.yaml
	// FirstSteps holds, per jurisdiction, the general first steps shown
	// when search cannot tell which guide fits (first-steps/<id>.md).
	FirstSteps map[string]template.HTML
	// EmergencySteps holds, per jurisdiction, what to do in danger now
	// (emergency/<id>.md), shown on the emergency page.
	EmergencySteps map[string]template.HTML

	guides        map[string]*guide.Guide
	resources     map[string]*Resource // by URL
	resourceIDs   map[string]*Resource
	categories    map[string]*Category
	jurisdictions map[string]*Jurisdiction
	locations     map[string]*time.Location // by jurisdiction
	zones         map[string]*time.Location // by IANA name, every zone a jurisdiction names
	divisionOwner map[string]string         // holiday division → jurisdiction
	laws          map[string]*law.Topic     // by "<jurisdiction>/<id>"
	unreadable    map[string]bool           // guide ids whose files could not be parsed
	text          map[string]*SiteText      // site.yaml, by jurisdiction ("" for every page)
	lexicon       *pattern.Set              // the patterns a query is read with (Scan)
	names         serviceNameSet            // what the review rules call each service
	key           [32]byte                  // see Key
	keyed         bool
	guideKeys     map[string][32]byte                        // by guide id; see GuideKey
	requireWords  map[*routes.Requirement][]*pattern.Pattern // routes.yaml's requirements by words, compiled
}

// Load reads the content tree in fsys. It returns the library and every
// problem found; the library is nil when any problem is an error.
func Load(fsys fs.FS, opt Options) (*Library, problem.List) {
	l := &Library{
		guides:        map[string]*guide.Guide{},
		resources:     map[string]*Resource{},
		resourceIDs:   map[string]*Resource{},
		categories:    map[string]*Category{},
		jurisdictions: map[string]*Jurisdiction{},
		locations:     map[string]*time.Location{},
		zones:         map[string]*time.Location{},
		divisionOwner: map[string]string{},
		unreadable:    map[string]bool{},
	}
	var probs problem.List
	read := func(name string) []byte {
		b, ps := readFile(fsys, name)
		probs = append(probs, ps...)
		return b
	}
	// decode reads a YAML registry into v; it reports whether the file was
	// there to read.
	decode := func(name string, v any) bool {
		ps, ok := decodeFile(fsys, name, v)
		probs = append(probs, ps...)
		return ok
	}
	decode(StyleFile, &l.Style)
	if f := (domainsFile{}); decode(DomainsFile, &f) {
		l.Domains = f.Domains
		l.checkDomains(&probs)
	}
	if f := (jurisdictionsFile{}); decode(JurisdictionsFile, &f) {
		l.Jurisdictions = dropEmpty(&probs, JurisdictionsFile, f.Jurisdictions)
	}
	if src := read(HolidaysFile); src != nil {
		feed, err := services.ParseFeed(src)
		if err != nil {
			probs.Errorf(HolidaysFile, 0, "holidays", "%v", err)
		} else {
			l.HolidayFeed = feed
			l.Holidays = services.NewHolidays(feed)
		}
	}
	if src := read(ServicesFile); src != nil {
		d, ps := services.Parse(ServicesFile, src)
		probs = append(probs, ps...)
		l.Services = d
	} else {
		l.Services, _ = services.Parse(ServicesFile, nil)
	}
	l.checkJurisdictions(&probs)
	l.loadSite(&probs, decode)
	if f := (categoriesFile{}); decode(CategoriesFile, &f) {
		l.Categories = dropEmpty(&probs, CategoriesFile, f.Categories)
		l.checkCategories(&probs)
	}
	if f := (resourcesFile{}); decode(ResourcesFile, &f) {
		l.Resources = dropEmpty(&probs, ResourcesFile, f.Resources)
		l.checkResources(&probs, opt)
	}
	l.loadRoutes(&probs, decode)
	l.checkFacets(&probs)
	l.checkRoutes(&probs)

	if f := (synonymsFile{}); decode(SynonymsFile, &f) {
		l.Synonyms = dropEmpty(&probs, SynonymsFile, f.Synonyms)
		l.checkSynonyms(&probs)
		l.checkSpellings(&probs, dropEmpty(&probs, SynonymsFile, f.Spellings))
	}
	if f := (cuesFile{}); decode(CuesFile, &f) {
		l.Cues = dropEmpty(&probs, CuesFile, f.Cues)
		l.Audiences = dropEmpty(&probs, CuesFile, f.Audiences)
		if d := f.Scope; d != nil {
			line := cmpLine(d.Lines, "patterns", d.Line)
			d.patterns = compilePatterns(&probs, CuesFile, line, "scope", d.Patterns)
			d.unless = compilePatterns(&probs, CuesFile, cmpLine(d.Lines, "unless", d.Line), "scope", d.Unless)
			l.Scope = d
		}
		l.checkCues(&probs)
		l.checkAudiences(&probs)
	}
	l.lexicon = l.newLexicon()
	l.names = newServiceNameSet(l.Services)

	today := opt.Today
	if today.IsZero() {
		today = date.Of(time.Now().In(l.defaultLocation()))
	}
	// The laws are indexed before the guides are loaded, which check
	// their references to them.
	lawSources := map[string]bool{}
	l.checkLaws(&probs, lawSources)
	ls, guideProbs := l.loadGuides(fsys, today, opt)
	ls.lawSources = lawSources
	probs = append(probs, guideProbs...)
	l.FirstSteps = map[string]template.HTML{}
	l.EmergencySteps = map[string]template.HTML{}
	for _, j := range l.Jurisdictions {
		for dir, into := range map[string]map[string]template.HTML{"first-steps": l.FirstSteps, "emergency": l.EmergencySteps} {
			name := dir + "/" + j.ID + ".md"
			if src := read(name); src != nil {
				html, _, ps := guide.RenderFragment(name, src, resolver{l, j.ID})
				probs = append(probs, ps...)
				if opt.Lint {
					for i, text := range strings.Split(string(src), "\n") {
						checkWords(&probs, name, i+1, j, text)
					}
				}
				into[j.ID] = html
			}
		}
	}
	l.crossCheck(&probs, opt, ls)
	for _, j := range l.Jurisdictions {
		if j.SafetyGuide != "" && l.guides[j.SafetyGuide] == nil {
			probs.Errorf(JurisdictionsFile, cmpLine(j.Lines, "safety_guide", j.Line), "unknown-related", "jurisdiction %q: safety_guide %q is not a guide", j.ID, j.SafetyGuide)
		}
	}
	if f := (redirectsFile{}); decode(RedirectsFile, &f) {
		l.Redirects = dropEmpty(&probs, RedirectsFile, f.Redirects)
		l.checkRedirects(&probs)
	}
	if f := (flowsFile{}); decode(FlowsFile, &f) {
		l.Flows = dropEmpty(&probs, FlowsFile, f.Flows)
		for _, fl := range l.Flows {
			fl.Questions = dropEmpty(&probs, FlowsFile, fl.Questions)
			for _, q := range fl.Questions {
				q.Answers = dropEmpty(&probs, FlowsFile, q.Answers)
			}
		}
		l.checkFlows(&probs)
	}
	if opt.Lint {
		l.checkHolidayCoverage(&probs, today)
		sigs := make([]signature, len(l.Guides))
		for i, g := range l.Guides {
			sigs[i] = signature{g: g, Signature: *ls.sigs[g]}
		}
		probs = append(probs, nearDuplicates(sigs)...)
	}
	probs.Sort()
	if probs.HasErrors() {
		return nil, probs
	}
	return l, probs
}

// readFile reads one content file, or reports that it cannot.
func readFile(fsys fs.FS, name string) ([]byte, problem.List) {
	b, err := readLimited(fsys, name, sizeLimit(name))
	if err != nil {
		var probs problem.List
		probs.Errorf(name, 0, fileRule(err), "cannot read: %v", unwrapPath(err))
		return nil, probs
	}
	return b, nil
}

// fileRule is the lint rule a file that cannot be read breaks.
func fileRule(err error) string {
	switch {
	case errors.Is(err, ErrNotRegular):
		return "file-type"
	case errors.Is(err, ErrTooLarge):
		return "file-size"
	}
	return "missing-file"
}

// unwrapPath drops the path from a *fs.PathError: problems name the file
// already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// decodeFile reads a YAML registry into v; it reports whether the file was
// there to read.
func decodeFile(fsys fs.FS, name string, v any) (problem.List, bool) {
	src, probs := readFile(fsys, name)
	if src == nil {
		return probs, false
	}
	return strictyaml.Decode(name, src, v), true
}

func (l *Library) defaultLocation() *time.Location {
	for _, j := range l.Jurisdictions {
		if loc, ok := l.locations[j.ID]; ok {
			return loc
		}
	}
	return time.UTC
}

// loadGuides parses every guides/<jurisdiction>/<slug>.md, in parallel.
func (l *Library) loadGuides(fsys fs.FS, today date.Date, opt Options) (*loadState, problem.List) {
	var probs problem.List
	var files []string
	var infos []fs.DirEntry // for the cache: what the folder says of each file
	err := fs.WalkDir(fsys, GuidesDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		if path.Ext(p) != ".md" {
			if !strings.HasPrefix(d.Name(), ".") && d.Name() != "README.md" {
				probs.Warnf(p, 0, "stray-file", "only .md guides belong under %s/", GuidesDir)
			}
			return nil
		}
		files = append(files, p)
		infos = append(infos, d)
		return nil
	})
	if err != nil {
		probs.Errorf(GuidesDir, 0, "missing-file", "cannot read guides: %v", err)
	}
	style := l.Style
	if !opt.Lint {
		// Readability and wording are editor advice, reported as warnings
		// the server never shows: it skips them.
		style.MinReadingEase = 0
		style.BlamePhrases = nil
		style.MaxWords = 0
	}
	// Dates are checked apart (guide.CheckDates), on every guide, cached
	// or not: a guide kept yesterday is due for review today all the same.
	gopt := guide.Options{
		Resolver:         resolver{l: l},
		OverdueIsWarning: opt.OverdueIsWarning,
		NoHTML:           opt.NoHTML,
		PackHTML:         opt.PackHTML,
		Style:            style,
		KnownNumber: func(digits string) bool {
			_, ok := l.Services.ByNumber(digits)
			return ok
		},
	}
	out := make([]loaded, len(files))
	type worker struct {
		memo checkMemo // a memo is one goroutine's
	}
	workers := make([]*worker, parallel.Workers(len(files)))
	parallel.For(len(files), func(w, i int) {
		if workers[w] == nil {
			workers[w] = &worker{newCheckMemo()}
		}
		wk, o := workers[w], &out[i]
		// With a cache, a file whose size and times are as they were
		// is not read: the cache knows its bytes' sum.
		var info fs.FileInfo
		var sum [32]byte
		if opt.Parsed != nil {
			if fi, err := infos[i].Info(); err == nil && fi.Mode().IsRegular() && fi.Size() <= MaxMarkdownSize {
				info = fi
				if sum, ok := opt.Parsed.Sum(files[i], fi); ok {
					o.key = parseKey(files[i], sum, opt)
					if e, ok := opt.Parsed.Get(o.key); ok && e.complete(opt) {
						o.fromCache(e)
						return
					}
				}
			}
		}
		src, err := readLimited(fsys, files[i], MaxMarkdownSize)
		if err != nil {
			o.probs.Errorf(files[i], 0, fileRule(err), "cannot read: %v", unwrapPath(err))
			return
		}
		if opt.Parsed != nil {
			sum = sha256.Sum256(src)
			if info != nil {
				opt.Parsed.Saw(files[i], info, sum)
			}
			o.key = parseKey(files[i], sum, opt)
			if e, ok := opt.Parsed.Get(o.key); ok && e.complete(opt) {
				o.fromCache(e)
				return
			}
		}
		gopt := gopt
		if j, _, ok := guide.IDFromPath(files[i]); ok {
			gopt.Resolver = resolver{l, j}
		}
		o.g, o.probs = guide.Parse(files[i], src, gopt)
		if o.g == nil {
			return
		}
		// What a guide alone is checked for, against the registries,
		// is checked here, on every core, while its text is at hand.
		l.checkGuideAlone(&o.probs, o.g, wk.memo, opt.Lint)
		if opt.Lint {
			sig := SignatureOf(o.g)
			o.sig = &sig
		}
		dropCheckedOnly(o.g)
		if opt.Parsed != nil {
			// A copy: ForgetText empties the library's guides, not the
			// cache's.
			e := &Entry{Guide: new(*o.g), Whole: true, Problems: o.probs, Signature: o.sig}
			if opt.Lint {
				e.Guide, e.Whole = forCache(o.g), false
			}
			opt.Parsed.Put(o.key, e)
		}
	})
	ls := &loadState{lib: l, fsys: fsys, gopt: gopt, cache: opt.Parsed, keys: map[*guide.Guide][32]byte{}, textless: map[*guide.Guide]bool{}, sigs: map[*guide.Guide]*Signature{}}
	for i, o := range out {
		probs = append(probs, o.probs...)
		g := o.g
		if g == nil {
			// Unreadable: its problems are reported; links to it should not
			// add a second, misleading "does not exist".
			if j, slug, ok := guide.IDFromPath(files[i]); ok {
				l.unreadable[j+"/"+slug] = true
			}
			continue
		}
		probs = append(probs, guide.CheckDates(g, today, opt.OverdueIsWarning)...)
		if other, dup := l.guides[g.ID]; dup {
			probs.Errorf(g.File, 0, "duplicate-id", "guide id %q is also used by %s", g.ID, other.File)
			continue
		}
		l.guides[g.ID] = g
		l.Guides = append(l.Guides, g)
		ls.keys[g], ls.sigs[g] = o.key, o.sig
		if o.cached {
			ls.textless[g] = true
		}
	}
	slices.SortFunc(l.Guides, func(a, b *guide.Guide) int { return strings.Compare(a.ID, b.ID) })
	if opt.Parsed != nil {
		h := sha256.New()
		l.guideKeys = make(map[string][32]byte, len(l.Guides))
		for _, g := range l.Guides {
			k := ls.keys[g]
			h.Write(k[:])
			l.guideKeys[g.ID] = k
		}
		h.Sum(l.key[:0])
		l.keyed = true
	}
	return ls, probs
}

// loaded is one guide file as loadGuides found it.
type loaded struct {
	g      *guide.Guide
	probs  problem.List
	sig    *Signature
	key    [32]byte
	cached bool // from the cache, without its sections' text
}

// fromCache takes the guide of a cache's entry: a copy of a whole one,
// since the library's guides may later forget their text (ForgetText)
// and the cache's must not.
func (o *loaded) fromCache(e *Entry) {
	o.g, o.probs, o.sig, o.cached = e.Guide, e.Problems, e.Signature, !e.Whole
	if e.Whole {
		o.g = new(*e.Guide)
	}
}

// Key returns a sum of the keys every guide was loaded under from
// Options.Parsed (or put there), when there was one. With what the cache
// adds to every key (the registries and the program) it names the whole
// content: a check of the whole library may be kept under it.
func (l *Library) Key() ([32]byte, bool) { return l.key, l.keyed }

// GuideKey returns the key the guide id was loaded under from
// Options.Parsed (or put there), when there was one: with what the cache
// adds to every key, it names everything the guide was made from.
func (l *Library) GuideKey(id string) ([32]byte, bool) {
	k, ok := l.guideKeys[id]
	return k, ok
}

// loadState is what Load keeps of loading the guides for the checks
// across them.
type loadState struct {
	lib      *Library
	fsys     fs.FS
	gopt     guide.Options
	cache    ParseCache
	keys     map[*guide.Guide][32]byte // each guide's cache key
	textless map[*guide.Guide]bool     // guides from the cache, without their sections
	sigs     map[*guide.Guide]*Signature
	// lawSources are the pages laws.yaml cites.
	lawSources map[string]bool
}

// sectionText returns a guide's sections' plain text, up to Additional
// Resources. A guide from the cache is parsed again for it.
func (ls *loadState) sectionText(g *guide.Guide) [guide.Resources]string {
	var out [guide.Resources]string
	if ls.textless[g] {
		src, err := readLimited(ls.fsys, g.File, MaxMarkdownSize)
		if err != nil {
			return out
		}
		gopt := ls.gopt
		if j, _, ok := guide.IDFromPath(g.File); ok {
			gopt.Resolver = resolver{ls.lib, j}
		}
		if g, _ = guide.Parse(g.File, src, gopt); g == nil {
			return out
		}
	}
	text := g.SectionsText()
	copy(out[:], text[:])
	return out
}

// complete reports whether e holds a guide and all loading with opt
// needs of it.
func (e *Entry) complete(opt Options) bool {
	if e == nil || e.Guide == nil {
		return false
	}
	if opt.Lint {
		return e.Signature != nil
	}
	return e.Whole
}

// forCache returns what a cache keeps of g: what the checks across guides
// read (its id, path, jurisdiction, category and other short front-matter
// fields, its related guides, the lines of those and of its dates, and the
// addresses and services it cites and links), and nothing of its
// sections, tags or the sentences around its references. Its problems
// found alone are kept beside it; a check that needs its text (twins)
// reads the file again.
func forCache(g *guide.Guide) *guide.Guide {
	c := &guide.Guide{
		ID: g.ID, Slug: g.Slug, File: g.File, Title: g.Title, Situation: g.Situation, SEOTitle: g.SEOTitle,
		Jurisdiction: g.Jurisdiction, Category: g.Category, Audience: g.Audience,
		Created: g.Created, Reviewed: g.Reviewed, ReviewBy: g.ReviewBy,
		Routes: g.Routes, Facets: g.Facets, Related: g.Related,
		Resources: g.Resources, Links: g.Links,
		// As dropCheckedOnly left them: the lines of related and the
		// dates, the references without their sentences.
		FieldLines: g.FieldLines, Refs: g.Refs,
	}
	for _, s := range g.Sources {
		c.Sources = append(c.Sources, guide.Source{URL: s.URL, Checked: s.Checked, Line: s.Line})
	}
	return c
}

// dropCheckedOnly drops from a guide just parsed and checked alone what
// only those checks read: the sentence around each reference, and the
// lines of every front-matter field but those the checks across guides
// and of its dates report (related, and the dates). At 10,000 guides
// that is about 12 MB that a server, a build or a cache need not hold.
func dropCheckedOnly(g *guide.Guide) {
	for i := range g.Refs {
		g.Refs[i].Sentence = ""
	}
	lines := make(map[string]int, 1+len(guide.DateFields))
	for _, k := range append([]string{"related"}, guide.DateFields...) {
		if line, ok := g.FieldLines[k]; ok {
			lines[k] = line
		}
	}
	g.FieldLines = lines
}

// resolver resolves {{service}}, {{service/contact}}, {{route:id}} and
// {{law:id}} in the text of one jurisdiction's guide. Roles and laws
// resolve in that jurisdiction, or failing that in any (the cross-check
// then reports the guide reaching outside its own).
type resolver struct {
	l            *Library
	jurisdiction string
}

func (r resolver) Named(kind, id string) (string, bool) {
	switch kind {
	case guide.RefRoute:
		// In plain text (search, word counts, readability) a role reads
		// as its first service, which is what most readers see first.
		roles := slices.Clone(r.l.RoleList)
		slices.SortStableFunc(roles, func(a, b *routes.Role) int {
			return boolRank(a.Jurisdiction == r.jurisdiction) - boolRank(b.Jurisdiction == r.jurisdiction)
		})
		for _, role := range roles {
			if role.ID != id {
				continue
			}
			if len(role.Entries) > 0 {
				if ids := role.Entries[0].IDs(); len(ids) > 0 {
					if s, ok := r.l.Services.Get(ids[0]); ok {
						return s.Name, true
					}
				}
			}
			return role.Label, true
		}
	case guide.RefLaw:
		// The topic of the guide's own jurisdiction, or failing that the
		// first of that id (the cross-check then reports it): a US
		// guide's plain text, and so search, reads the US label
		// ("Extortion (blackmail)"), not the UK one.
		var first *law.Topic
		for _, t := range r.l.Laws {
			if t.ID != id {
				continue
			}
			if t.Jurisdiction == r.jurisdiction {
				return t.Label, true
			}
			if first == nil {
				first = t
			}
		}
		if first != nil {
			return first.Label, true
		}
	}
	return "", false
}

func (r resolver) Ref(service, contact string) (guide.Ref, bool) {
	s, ok := r.l.Services.Get(service)
	if !ok {
		return guide.Ref{}, false
	}
	c, ok := s.Contact(contact)
	if !ok {
		return guide.Ref{}, false
	}
	return guide.Ref{Text: c.Display(), Href: c.Href()}, true
}

// Guide returns a guide by id ("uk/<slug>").
func (l *Library) Guide(id string) (*guide.Guide, error) {
	g, ok := l.guides[id]
	if !ok {
		return nil, fmt.Errorf("guide %s: %w", id, ErrNotFound)
	}
	return g, nil
}

// Resource returns the registered resource for a URL.
func (l *Library) Resource(url string) (*Resource, bool) {
	r, ok := l.resources[url]
	return r, ok
}

// ResourceByID returns a registered resource by id.
func (l *Library) ResourceByID(id string) (*Resource, bool) {
	r, ok := l.resourceIDs[id]
	return r, ok
}

// Category returns a category by id.
func (l *Library) Category(id string) (*Category, bool) {
	c, ok := l.categories[id]
	return c, ok
}

// Jurisdiction returns a jurisdiction by id.
func (l *Library) Jurisdiction(id string) (*Jurisdiction, bool) {
	j, ok := l.jurisdictions[id]
	return j, ok
}

// Location returns a jurisdiction's time zone.
func (l *Library) Location(jurisdiction string) *time.Location {
	if loc, ok := l.locations[jurisdiction]; ok {
		return loc
	}
	return l.defaultLocation()
}

// GuidesIn returns a category's guides within a jurisdiction, in id order.
func (l *Library) GuidesIn(jurisdiction, category string) []*guide.Guide {
	var out []*guide.Guide
	for _, g := range l.Guides {
		if g.Jurisdiction == jurisdiction && g.Category == category {
			out = append(out, g)
		}
	}
	return out
}

// GuidesOf returns every guide of a jurisdiction.
func (l *Library) GuidesOf(jurisdiction string) []*guide.Guide {
	var out []*guide.Guide
	for _, g := range l.Guides {
		if g.Jurisdiction == jurisdiction {
			out = append(out, g)
		}
	}
	return out
}

// dropEmpty removes empty list items ("- " with nothing after it), which
// YAML decodes as nil, and reports them.
func dropEmpty[T any](probs *problem.List, file string, items []*T) []*T {
	out := items[:0]
	for _, it := range items {
		if it == nil {
			probs.Errorf(file, 0, "field-value", "a list item is empty")
			continue
		}
		out = append(out, it)
	}
	return out
}

func boolRank(b bool) int {
	if b {
		return 0
	}
	return 1
}

// ForgetText empties the plain text of every guide section but the short
// answer. Only the checks in Load and the building of a search index read
// it; a server that has built its indexes calls this to hold half as much
// memory for its guides (at 10,000 guides, about 100 MB). Section HTML,
// headings and the short answer stay, and may be read meanwhile; nothing
// may read another section's Text, or copy a whole Section, at the same
// time.
func (l *Library) ForgetText() {
	for _, g := range l.Guides {
		g.ForgetText()
	}
}

// parseKey is what a loaded guide is kept under: its path and bytes' sum,
// and the options loading reads. Not the date: dates are checked apart.
func parseKey(file string, sum [32]byte, opt Options) [32]byte {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%v %v %v %v\x00%d\x00", file, opt.Lint, opt.OverdueIsWarning, opt.NoHTML, opt.PackHTML, len(file))
	h.Write(sum[:])
	var k [32]byte
	h.Sum(k[:0])
	return k
}

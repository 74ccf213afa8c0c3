package library

import (
	"slices"
	"strings"

	"firststeps/internal/pattern"
	"firststeps/internal/problem"
)

// Content files for search.
const (
	SynonymsFile = "synonyms.yaml"
	CuesFile     = "cues.yaml"
)

// Synonym maps the ways people say something to one term search treats as
// the same thing: "nudes", "n00ds" and "naked pics" all mean "nude".
type Synonym struct {
	Term string   `yaml:"term"`
	Said []string `yaml:"said"` // words and phrases, in the reader's spelling
	// Patterns are regular expressions for what a list cannot hold, such as
	// every way of stating an age under 18.
	Patterns []string `yaml:"patterns"`
	// Replace drops the words themselves and keeps only the term: for words
	// that should count only as what they stand for, such as app names
	// ("snapchat" is just "an app" for routing).
	Replace bool           `yaml:"replace"`
	Line    int            `yaml:"-"`
	Lines   map[string]int `yaml:"-"`

	compiled []*pattern.Pattern
}

// Compiled returns the compiled patterns.
func (s *Synonym) Compiled() []*pattern.Pattern { return s.compiled }

type synonymsFile struct {
	Synonyms  []*Synonym  `yaml:"synonyms"`
	Spellings []*Spelling `yaml:"spellings"`
}

// Spelling is how people write a word in a hurry, in text-speak or by a
// common slip ("sum1", "goin", "freind"), and the word or words they mean.
// Search reads what a person types with each such word replaced, before
// anything else reads it, so the facts, cues and terms see "someone is
// going", not "sum1 is goin".
type Spelling struct {
	Means string         `yaml:"means"`
	Said  []string       `yaml:"said"` // single words, as search.Normalize writes them
	Line  int            `yaml:"-"`
	Lines map[string]int `yaml:"-"`
}

// Cue is an urgency signal in what a person types, such as a stated age
// under 18, and the routes to show first when it appears.
type Cue struct {
	ID       string   `yaml:"id"`
	Label    string   `yaml:"label"`   // banner heading
	Message  string   `yaml:"message"` // one or two plain sentences
	Patterns []string `yaml:"patterns"`
	// Unless patterns cancel the cue, e.g. a stated adult age for under-18.
	Unless []string `yaml:"unless"`
	Routes []string `yaml:"routes"` // route roles shown above the results, in order
	// Local gives the label and message for each jurisdiction but the
	// first, whose words (its emergency number, its services) they name.
	Local map[string]CueText `yaml:"jurisdictions"`
	Line  int                `yaml:"-"`
	Lines map[string]int     `yaml:"-"`

	patterns, unless []*pattern.Pattern
}

// CueText is a cue's banner in one jurisdiction.
type CueText struct {
	Label   string `yaml:"label"`
	Message string `yaml:"message"`
}

// Text returns the cue's banner heading and message for a jurisdiction.
func (c *Cue) Text(jurisdiction string) (label, message string) {
	if t, ok := c.Local[jurisdiction]; ok {
		return t.Label, t.Message
	}
	return c.Label, c.Message
}

type cuesFile struct {
	Cues      []*Cue      `yaml:"cues"`
	Audiences []*Audience `yaml:"audiences"`
	Scope     *Scope      `yaml:"scope"`
}

// Scope recognises words about the situations the library is for (nude
// images, blackmail, stalking, spyware…), as opposed to the everyday
// problems people also type (a stolen bike, a parcel scam). Search is
// confident only when the words show it: a large library matches some of
// any text's words, so the size of a score alone cannot tell.
type Scope struct {
	Patterns []string       `yaml:"patterns"`
	Unless   []string       `yaml:"unless"`
	Line     int            `yaml:"-"`
	Lines    map[string]int `yaml:"-"`

	patterns, unless []*pattern.Pattern
}

// Match reports whether normalised text is about the library's situations.
// A library with no scope patterns takes every text to be.
func (d *Scope) Match(text string) bool {
	if d == nil || len(d.patterns) == 0 {
		return true
	}
	return matchAny(d.patterns, d.unless, text)
}

// Compiled returns the compiled patterns and unless patterns, each
// wrapped in \b(?:…)\b as Match runs them.
func (d *Scope) Compiled() (patterns, unless []*pattern.Pattern) { return d.patterns, d.unless }

// Audience recognises who is asking from their words ("my son…" is a
// parent), so search can prefer the guides written for them (a guide's
// audience front matter).
type Audience struct {
	ID       string         `yaml:"id"` // a guide audience: under-18, parent, supporter
	Patterns []string       `yaml:"patterns"`
	Unless   []string       `yaml:"unless"`
	Line     int            `yaml:"-"`
	Lines    map[string]int `yaml:"-"`

	patterns, unless []*pattern.Pattern
}

// Match reports whether the words say the asker is this audience.
func (a *Audience) Match(text string) bool {
	return matchAny(a.patterns, a.unless, text)
}

// Compiled returns the compiled patterns and unless patterns, each
// wrapped in \b(?:…)\b as Match runs them.
func (a *Audience) Compiled() (patterns, unless []*pattern.Pattern) { return a.patterns, a.unless }

// newLexicon gathers the patterns a query is read with (cues, audiences,
// scope, facet values, each jurisdiction's places) into one pattern.Set.
func (l *Library) newLexicon() *pattern.Set {
	var all [][]*pattern.Pattern
	for _, j := range l.Jurisdictions {
		all = append(all, j.placePatterns)
	}
	for _, c := range l.Cues {
		all = append(all, c.patterns, c.unless)
	}
	for _, a := range l.Audiences {
		all = append(all, a.patterns, a.unless)
	}
	if l.Scope != nil {
		all = append(all, l.Scope.patterns, l.Scope.unless)
	}
	for _, f := range l.Facets {
		for _, v := range f.Values {
			all = append(all, v.patterns, v.unless)
		}
	}
	return pattern.NewSet(all...)
}

// Scan reads normalised text (see search.Normalize) once for the patterns
// of every cue, audience, facet value, the scope and the jurisdictions'
// places, for their MatchText: one pass over the text in place of a
// search of it for each of the thousands of strings the patterns hold.
func (l *Library) Scan(norm string) *pattern.Text { return l.lexicon.Scan(norm) }

// MatchText is Match on a text from Library.Scan.
func (c *Cue) MatchText(t *pattern.Text) bool { return matchAnyText(c.patterns, c.unless, t) }

// MatchText is Match on a text from Library.Scan.
func (a *Audience) MatchText(t *pattern.Text) bool { return matchAnyText(a.patterns, a.unless, t) }

// MatchText is Match on a text from Library.Scan.
func (d *Scope) MatchText(t *pattern.Text) bool {
	if d == nil || len(d.patterns) == 0 {
		return true
	}
	return matchAnyText(d.patterns, d.unless, t)
}

// DeniedText reports whether one of the scope's unless patterns matches
// a text from Library.Scan: the words say they are not about the
// library's situations, whatever else shows they are.
func (d *Scope) DeniedText(t *pattern.Text) bool {
	return d != nil && anyText(d.unless, t)
}

func matchAnyText(patterns, unless []*pattern.Pattern, t *pattern.Text) bool {
	return !anyText(unless, t) && anyText(patterns, t)
}

// anyText reports whether one of patterns matches t.
func anyText(patterns []*pattern.Pattern, t *pattern.Text) bool {
	for _, re := range patterns {
		if re.Match(t) {
			return true
		}
	}
	return false
}

func matchAny(patterns, unless []*pattern.Pattern, text string) bool {
	for _, re := range unless {
		if re.MatchString(text) {
			return false
		}
	}
	for _, re := range patterns {
		if re.MatchString(text) {
			return true
		}
	}
	return false
}

// Match reports whether the cue fires on normalised text (see
// search.Normalize: lower case, straight apostrophes, single spaces).
func (c *Cue) Match(text string) bool {
	return matchAny(c.patterns, c.unless, text)
}

// Compiled returns the compiled patterns and unless patterns, each
// wrapped in \b(?:…)\b as Match runs them.
func (c *Cue) Compiled() (patterns, unless []*pattern.Pattern) { return c.patterns, c.unless }

var cueIDs = []string{"danger", "self-harm", "under-18", "partner"}

func (l *Library) checkSynonyms(probs *problem.List) {
	seen := map[string]string{}
	for _, s := range l.Synonyms {
		if s.Term == "" || strings.ContainsAny(s.Term, " ") || s.Term != strings.ToLower(s.Term) {
			probs.Errorf(SynonymsFile, s.Line, "synonym", "term %q must be one lower-case word", s.Term)
		}
		if len(s.Said) == 0 && len(s.Patterns) == 0 {
			probs.Errorf(SynonymsFile, s.Line, "synonym", "term %q lists no ways of saying it", s.Term)
		}
		for _, p := range s.Patterns {
			re, err := pattern.Compile(`\b(?:` + p + `)\b`)
			if err != nil {
				probs.Errorf(SynonymsFile, cmpLine(s.Lines, "patterns", s.Line), "synonym", "term %q: pattern %q: %v", s.Term, p, err)
				continue
			}
			s.compiled = append(s.compiled, re)
		}
		for _, w := range s.Said {
			k := strings.ToLower(strings.TrimSpace(w))
			if k != w || k == "" {
				probs.Errorf(SynonymsFile, cmpLine(s.Lines, "said", s.Line), "synonym", "%q: write each way of saying it in lower case, without extra spaces", w)
			}
			if seen[k] == s.Term {
				probs.Errorf(SynonymsFile, cmpLine(s.Lines, "said", s.Line), "synonym", "%q is listed twice for %q", w, s.Term)
			}
			seen[k] = s.Term
		}
	}
}

// checkSpellings checks the spellings in synonyms.yaml and makes
// Library.Spellings: each written form must be one word of lower-case
// letters and digits (search.Normalize leaves nothing else in a word),
// listed once in the whole list, and what it means must be words of the
// same kind.
func (l *Library) checkSpellings(probs *problem.List, list []*Spelling) {
	l.Spellings = map[string]string{}
	for _, sp := range list {
		if !plainWords(sp.Means) {
			probs.Errorf(SynonymsFile, cmpLine(sp.Lines, "means", sp.Line), "spelling", "means %q: write lower-case words of letters and digits, one space apart", sp.Means)
			continue
		}
		if len(sp.Said) == 0 {
			probs.Errorf(SynonymsFile, sp.Line, "spelling", "%q lists no ways of writing it", sp.Means)
		}
		for _, w := range sp.Said {
			line := cmpLine(sp.Lines, "said", sp.Line)
			switch {
			case !plainWords(w) || strings.Contains(w, " "):
				probs.Errorf(SynonymsFile, line, "spelling", "%q: write each way of writing %q as one lower-case word of letters and digits", w, sp.Means)
			case w == sp.Means:
				probs.Errorf(SynonymsFile, line, "spelling", "%q is already how %q is written", w, sp.Means)
			case l.Spellings[w] != "":
				probs.Errorf(SynonymsFile, line, "spelling", "%q is listed twice (for %q and %q)", w, l.Spellings[w], sp.Means)
			default:
				l.Spellings[w] = sp.Means
			}
		}
	}
}

// plainWords reports whether s is lower-case words of ASCII letters and
// digits, one space apart: text search.Normalize leaves as it is.
func plainWords(s string) bool {
	if s == "" || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || strings.Contains(s, "  ") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ') {
			return false
		}
	}
	return true
}

func (l *Library) checkCues(probs *problem.List) {
	for _, c := range l.Cues {
		line := func(k string) int { return cmpLine(c.Lines, k, c.Line) }
		if !slices.Contains(cueIDs, c.ID) {
			probs.Errorf(CuesFile, line("id"), "cue", "unknown cue %q (cues: %s)", c.ID, strings.Join(cueIDs, ", "))
		}
		if c.Label == "" || c.Message == "" || len(c.Patterns) == 0 {
			probs.Errorf(CuesFile, c.Line, "cue", "cue %q needs a label, a message and patterns", c.ID)
		}
		c.patterns = compilePatterns(probs, CuesFile, line("patterns"), c.ID, c.Patterns)
		for i, j := range l.Jurisdictions {
			t, ok := c.Local[j.ID]
			switch {
			case i > 0 && !ok:
				probs.Errorf(CuesFile, c.Line, "cue", "cue %q needs its label and message for %s under jurisdictions: the first ones are %s's", c.ID, j.ID, l.Jurisdictions[0].ID)
			case ok && (t.Label == "" || t.Message == ""):
				probs.Errorf(CuesFile, line("jurisdictions"), "cue", "cue %q: %s needs a label and a message", c.ID, j.ID)
			}
		}
		for id := range c.Local {
			if _, ok := l.jurisdictions[id]; !ok {
				probs.Errorf(CuesFile, line("jurisdictions"), "unknown-jurisdiction", "cue %q: %q is not in %s", c.ID, id, JurisdictionsFile)
			}
		}
		c.unless = compilePatterns(probs, CuesFile, line("unless"), c.ID, c.Unless)
		for _, id := range c.Routes {
			for _, j := range l.Jurisdictions {
				if _, ok := l.Routes.Role(j.ID, id); !ok {
					probs.Errorf(CuesFile, line("routes"), "unknown-route", "cue %q: route %q is not a role of %s in %s", c.ID, id, j.ID, RoutesFile)
				}
			}
		}
	}
}

func compilePatterns(probs *problem.List, file string, line int, id string, pats []string) []*pattern.Pattern {
	var out []*pattern.Pattern
	for _, p := range pats {
		re, err := pattern.Compile(`\b(?:` + p + `)\b`)
		if err != nil {
			probs.Errorf(file, line, "pattern", "%q: pattern %q: %v", id, p, err)
			continue
		}
		out = append(out, re)
	}
	return out
}

func (l *Library) checkAudiences(probs *problem.List) {
	for _, a := range l.Audiences {
		line := func(k string) int { return cmpLine(a.Lines, k, a.Line) }
		if !slices.Contains([]string{"under-18", "parent", "supporter", "adult"}, a.ID) {
			probs.Errorf(CuesFile, line("id"), "cue", "unknown audience %q (use a guide audience: adult, under-18, parent, supporter)", a.ID)
		}
		if len(a.Patterns) == 0 {
			probs.Errorf(CuesFile, a.Line, "cue", "audience %q needs patterns", a.ID)
		}
		a.patterns = compilePatterns(probs, CuesFile, line("patterns"), a.ID, a.Patterns)
		a.unless = compilePatterns(probs, CuesFile, line("unless"), a.ID, a.Unless)
	}
}

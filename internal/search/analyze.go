package search

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"

	"firststeps/internal/library"
)

// A token is one indexed or queried term with its weight: 1 for the words
// themselves, less for terms added by the synonym list.
type token struct {
	term   string
	weight float64
}

// synonymWeight is the weight of a term a synonym adds beside the words
// written: enough to connect "n00ds" with "nude images", not so much that
// every guide about images looks alike.
const synonymWeight = 0.6

// analyzer turns text into weighted, stemmed terms.
type analyzer struct {
	phrases  map[string][]string // "naked pics" → [nude]; single words too
	maxWords int                 // longest phrase, in words
	patterns []termPattern
	stems    map[string]string
	frozen   bool // set once the index is built: the stem cache is then read-only, so queries may run concurrently
}

type termPattern struct {
	term string
	re   *regexp.Regexp
}

func newAnalyzer(syns []*library.Synonym) *analyzer {
	a := &analyzer{phrases: map[string][]string{}, stems: map[string]string{}}
	for _, s := range syns {
		for _, said := range s.Said {
			key := Normalize(said)
			if key == "" {
				continue
			}
			a.phrases[key] = appendUnique(a.phrases[key], s.Term)
			a.maxWords = max(a.maxWords, strings.Count(key, " ")+1)
		}
		for _, re := range s.Regexps() {
			a.patterns = append(a.patterns, termPattern{s.Term, re})
		}
	}
	return a
}

func appendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// stopWords carry no meaning for routing. Negations and pronouns that tell
// who did what ("he", "my") are kept on purpose.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "to": true, "in": true,
	"on": true, "at": true, "for": true, "is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "it": true, "its": true, "this": true, "that": true, "with": true, "as": true, "by": true,
	"from": true, "so": true, "do": true, "does": true, "did": true, "just": true, "what": true,
	"i": true, "im": true, "ive": true, "me": true, "if": true, "but": true, "then": true, "there": true,
	"about": true, "some": true, "any": true, "can": true, "could": true, "would": true, "should": true,
	"have": true, "has": true, "had": true, "will": true, "like": true, "really": true, "very": true, "pls": true, "please": true,
}

// stem returns the snowball stem of a word, memoised.
func (a *analyzer) stem(w string) string {
	if s, ok := a.stems[w]; ok {
		return s
	}
	s := english.Stem(w, false)
	if !a.frozen {
		a.stems[w] = s
	}
	return s
}

// tokens analyses text. Results are sorted by term for stable output.
func (a *analyzer) tokens(text string) []token {
	return a.tokensNorm(Normalize(text))
}

func (a *analyzer) tokensNorm(norm string) []token {
	words := strings.Fields(norm)
	var out []token
	// Synonym phrases, longest first at each position.
	for i := 0; i < len(words); i++ {
		for n := min(a.maxWords, len(words)-i); n >= 1; n-- {
			if terms, ok := a.phrases[strings.Join(words[i:i+n], " ")]; ok {
				for _, t := range terms {
					out = append(out, token{a.stem(t), synonymWeight})
				}
				break
			}
		}
	}
	for _, p := range a.patterns {
		if p.re.MatchString(norm) {
			out = append(out, token{a.stem(p.term), synonymWeight})
		}
	}
	for _, w := range words {
		if stopWords[w] || len(w) > 40 {
			continue
		}
		out = append(out, token{a.stem(w), 1})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].term < out[j].term })
	return out
}

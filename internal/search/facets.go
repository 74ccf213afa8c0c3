package search

import (
	"math"
	"slices"
	"strings"

	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/pattern"
)

// Facets are the facts that tell situations apart (content/facets.yaml):
// who is doing it, what is happening with the images, what they want, who
// is asking. A guide states its own; a query's are read from its words by
// each value's patterns. A long account mentions phones, pictures and
// messages whatever happened; the facts decide which guide fits, so a guide
// that agrees with the facts read gains, and one that states other values
// of the same facet loses.

// facetTable is every facet value of the library, numbered.
type facetTable struct {
	values []*library.FacetValue
	facet  []int          // facet number of each value
	excl   []bool         // whether each value's facet is exclusive
	weight []float64      // how much each value decides
	scope  []bool         // whether each value alone puts the words in scope
	names  []string       // "facet:value"
	byName map[string]int // "facet:value" → number
}

func newFacetTable(facets []*library.Facet) *facetTable {
	t := &facetTable{byName: map[string]int{}}
	for fi, f := range facets {
		for _, v := range f.Values {
			name := f.ID + ":" + v.ID
			t.byName[name] = len(t.values)
			t.values = append(t.values, v)
			t.facet = append(t.facet, fi)
			t.excl = append(t.excl, f.Exclusive)
			t.weight = append(t.weight, v.Weight)
			t.scope = append(t.scope, v.Scope)
			t.names = append(t.names, name)
		}
	}
	return t
}

// inScope reports whether one of the values read puts the words in the
// library's scope (library.FacetValue.Scope).
func (t *facetTable) inScope(read []int) bool {
	for _, i := range read {
		if t.scope[i] {
			return true
		}
	}
	return false
}

// ofGuide returns the numbers of a guide's facet values, sorted.
func (t *facetTable) ofGuide(g *guide.Guide) []int {
	var out []int
	for _, fv := range g.Facets {
		if i, ok := t.byName[fv]; ok {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}

// read returns the numbers of the values normalised text, scanned by
// Library.Scan, shows, sorted.
func (t *facetTable) read(scanned *pattern.Text) []int {
	var out []int
	for i, v := range t.values {
		if said(v, scanned) {
			out = append(out, i)
		}
	}
	return out
}

// said reports whether the words show a facet value: none of its unless
// patterns matches, and one of its patterns matches where the words do not
// deny it ("nothing has been posted", "he has never threatened me", "I
// have paid nothing yet").
func said(v *library.FacetValue, scanned *pattern.Text) bool {
	patterns, unless := v.Compiled()
	for _, re := range unless {
		if re.Match(scanned) {
			return false
		}
	}
	text := scanned.String()
	for _, re := range patterns {
		for _, m := range re.FindAllIndex(scanned) {
			if !denied(text, m[0], m[1]) {
				return true
			}
		}
	}
	return false
}

// negations deny what follows them, up to negationReach words on and
// not past a word that starts a new clause ("I dont know who posted them"
// says they were posted). A few (denialsAfter) deny the words just before
// them: "I have paid nothing". A negation just after "if" or "unless"
// sets a condition rather than denying: "if I dont sleep with her" asks
// for what it names.
var (
	negations = []string{
		"aint", "arent", "cannot", "cant", "couldnt", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent",
		"isnt", "neither", "never", "nobody", "nor", "not", "nothing", "shouldnt", "wasnt", "werent", "wont", "wouldnt",
	}
	denialsAfter = []string{"never", "nothing"}
	clauseStarts = []string{"and", "because", "but", "if", "now", "so", "that", "then", "what", "when", "where", "which", "who"}
	conditions   = []string{"if", "unless"}
)

const negationReach = 3

// conditional reports whether one of the two words before a negation
// makes it a condition: "if I dont", "if she doesnt".
func conditional(before []string) bool {
	for i := len(before) - 1; i >= 0 && i >= len(before)-2; i-- {
		if slices.Contains(conditions, before[i]) {
			return true
		}
	}
	return false
}

// denied reports whether a negation among the few words before
// text[start:end], or a denial just after it, denies what it says.
func denied(text string, start, end int) bool {
	before := strings.Fields(text[:start])
	for i := len(before) - 1; i >= 0 && i >= len(before)-negationReach; i-- {
		if slices.Contains(clauseStarts, before[i]) {
			break
		}
		if slices.Contains(negations, before[i]) {
			if conditional(before[:i]) {
				break
			}
			return true
		}
	}
	after := strings.Fields(text[end:])
	return len(after) > 0 && slices.Contains(denialsAfter, after[0])
}

// facetFactor weighs a guide by how its facets agree with the query's:
// each value both share counts for it, and each facet the query states
// where the guide states only other values counts against it.
func (t *facetTable) facetFactor(query, guide []int, p Params) float64 {
	if len(query) == 0 || len(guide) == 0 {
		return 1
	}
	return math.Exp(t.facetExponent(query, guide, p))
}

// facetExponent is the power of e facetFactor weighs a guide by.
func (t *facetTable) facetExponent(query, guide []int, p Params) float64 {
	match, clash := 0.0, 0.0
	for i := 0; i < len(query); {
		f := t.facet[query[i]]
		// The query's values of facet f, and whether the guide states f.
		j := i
		shared, states := false, false
		most := 0.0 // the weightiest value of f the words show
		for ; j < len(query) && t.facet[query[j]] == f; j++ {
			most = max(most, t.weight[query[j]])
			if slices.Contains(guide, query[j]) {
				shared = true
				match += t.weight[query[j]]
			}
		}
		for _, g := range guide {
			if t.facet[g] == f {
				states = true
				break
			}
		}
		if states && !shared && t.excl[query[i]] {
			clash += most
		}
		i = j
	}
	// Each product is rounded before the difference (an explicit
	// conversion forbids a fused multiply-subtract), so the exponent is
	// the same on every platform and in the static site's search.
	return float64(p.FacetMatch*match) - float64(p.FacetClash*clash)
}

// Names returns the "facet:value" names of numbered values.
func (t *facetTable) Names(ids []int) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = t.names[id]
	}
	return out
}

package search

import (
	"math"
	"slices"

	"firststeps/internal/guide"
	"firststeps/internal/library"
)

// The three questions and a typed account speak of a situation in the same
// facts (facets.yaml): an answer states the facts it establishes, and
// search reads them from the words. Ranking guides by facts alone, with
// the weighing search applies to a typed account, shows whether the two
// agree; choosing answers from the facts read lets a reader who typed
// confirm their situation in three questions.

// FactHit is a guide ranked by facts alone.
type FactHit struct {
	Guide *guide.Guide
	// Score is e to the power of FacetMatch times the weight of each fact
	// the guide shares, less FacetClash times the weight of each exclusive
	// facet where the guide states only other values: the factor search
	// weighs a guide by for the same facts.
	Score float64
}

// ByFacts ranks the guides by facts alone ("facet:value", as Result.Facts
// and flow answers name them), weighed as Search weighs a guide for the
// facts it reads from the words. Only guides sharing at least one fact are
// returned, best first; guides with the same score are tied and come in
// order of id. Names facets.yaml does not define are ignored.
func (ix *Index) ByFacts(facts []string) []FactHit {
	q := ix.factIDs(facts)
	if len(q) == 0 {
		return nil
	}
	var out []FactHit
	for d, g := range ix.guides {
		if !sharesAny(q, ix.facetsOf[d]) {
			continue
		}
		out = append(out, FactHit{Guide: g, Score: math.Exp(ix.facets.facetExponent(q, ix.facetsOf[d], ix.params))})
	}
	slices.SortStableFunc(out, func(a, b FactHit) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		if a.Guide.ID < b.Guide.ID {
			return -1
		}
		return 1
	})
	return out
}

// Suggest chooses, for each question of flow f, the answer that what a
// person typed shows, from what Search found: the facts read (Facts), who
// is asking (Asker, an audience) and the guides ranked (Hits). An answer
// fits when it records that audience, or shares a fact and is weighed for
// the facts as ByFacts weighs a guide. Between answers that fit, the one
// leading to the best ranked of the hits comes first, so the questions
// tell apart the situations the results page shows; then the one
// recording the audience, the best weighed, and the one stating the least
// weight of facts the words do not show. A question where two answers are
// equally good, or none fits, has none chosen. The result maps question
// ids to answer ids.
func (ix *Index) Suggest(f *library.Flow, res Result) map[string]string {
	q := ix.factIDs(res.Facts)
	out := map[string]string{}
	for _, qn := range f.Questions {
		var best []answerChoice
		for _, a := range qn.Answers {
			c := answerChoice{id: a.ID, aud: res.Asker != "" && a.Audience == res.Asker, rank: len(res.Hits)}
			if kind, id := a.Target(); kind == "guide" {
				if i := slices.IndexFunc(res.Hits, func(h Hit) bool { return h.Guide.ID == id }); i >= 0 {
					c.rank = i
				}
			}
			stated := ix.factIDs(a.Facets)
			shared := 0
			for _, v := range stated {
				if slices.Contains(q, v) {
					shared++
				} else {
					c.extra += ix.facets.weight[v]
				}
			}
			if shared > 0 {
				c.exp = ix.facets.facetExponent(q, stated, ix.params)
			}
			if !c.aud && (shared == 0 || c.exp <= 0) {
				continue
			}
			switch {
			case len(best) == 0 || c.compare(best[0]) > 0:
				best = []answerChoice{c}
			case c.compare(best[0]) == 0:
				best = append(best, c)
			}
		}
		if len(best) == 1 {
			out[qn.ID] = best[0].id
		}
	}
	return out
}

// answerChoice is how well an answer fits what a person typed.
type answerChoice struct {
	id    string
	rank  int     // the place among the hits of the guide it leads to, or how many hits there are
	aud   bool    // it records the audience the words show
	exp   float64 // the facts' weighing of its facts
	extra float64 // the weight of the facts it states that the words do not show
}

// compare is positive when c fits better than o, negative when worse, 0
// when as well: the answer leading to the better ranked hit, then the one
// recording the asker's audience first, then the
// higher weighed, then the one stating less weight of facts the words do
// not show.
func (c answerChoice) compare(o answerChoice) int {
	switch {
	case c.rank != o.rank:
		return o.rank - c.rank
	case c.aud != o.aud:
		if c.aud {
			return 1
		}
		return -1
	case c.exp != o.exp:
		if c.exp > o.exp {
			return 1
		}
		return -1
	case c.extra != o.extra:
		if c.extra < o.extra {
			return 1
		}
		return -1
	}
	return 0
}

// factIDs returns the numbers of the facet values named, sorted, each
// once; names not in the table are left out.
func (ix *Index) factIDs(names []string) []int {
	var out []int
	for _, n := range names {
		if i, ok := ix.facets.byName[n]; ok && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}

// sharesAny reports whether two sorted lists of facet values share one.
func sharesAny(a, b []int) bool {
	for _, v := range a {
		if _, ok := slices.BinarySearch(b, v); ok {
			return true
		}
	}
	return false
}

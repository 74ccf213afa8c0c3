package search

import (
	"math"
	"slices"
)

// Close calls in long accounts. A long account mentions phones, pictures,
// messages and money whatever happened, so two or three guides often score
// within a few per cent of each other; what tells them apart is the facts
// one of them states and another does not. A guide that states such a
// fact (payment:paid, images:threatened) when the account, for all its
// length, shows no value of it at all, fits less than one that does not
// claim it. Facts every close guide states decide nothing between them,
// and a short query leaves out too much for its silence to say anything.

// closeCalls is how many of the best guides a long account's facts
// settle between.
const closeCalls = 3

// settle weighs each of the best closeCalls hits down by the facets it
// alone (or not all of them) states and the words show nothing of, and
// sorts them again.
func (ix *Index) settle(hits []Hit, facts []int) {
	k := min(len(hits), closeCalls)
	if k < 2 {
		return
	}
	var near [closeCalls][]int
	for i := range k {
		near[i] = ix.facetsOf[ix.docOf[hits[i].Guide]]
	}
	for i := range k {
		if u := ix.facets.unsaid(facts, near[:k], i); u > 0 {
			hits[i].Score *= unsaidFactor(u, ix.params)
		}
	}
	slices.SortFunc(hits[:k], func(a, b Hit) int {
		if better(a, b) {
			return -1
		}
		return 1
	})
}

// unsaidFactor is e to the power of -CloseUnsaid times u, the product
// rounded first, as the static site's search works it out.
func unsaidFactor(u float64, p Params) float64 {
	return math.Exp(-float64(p.CloseUnsaid * u))
}

// unsaid returns, for guide n of near, the weight of the facets it states
// and some other guide of near does not, where the words show no value of
// the facet: for each, the weight of the guide's weightiest value there.
func (t *facetTable) unsaid(facts []int, near [][]int, n int) float64 {
	guide := near[n]
	u := 0.0
	for i := 0; i < len(guide); {
		f := t.facet[guide[i]]
		most := 0.0
		j := i
		for ; j < len(guide) && t.facet[guide[j]] == f; j++ {
			most = max(most, t.weight[guide[j]])
		}
		i = j
		ofF := func(v int) bool { return t.facet[v] == f }
		all := true
		for _, o := range near {
			all = all && slices.ContainsFunc(o, ofF)
		}
		if !all && !slices.ContainsFunc(facts, ofF) {
			u += most
		}
	}
	return u
}

// unsaids returns every weight unsaid can give a guide with the given
// facet values: the sums of its facets' weights, facet by facet.
func (t *facetTable) unsaids(guide []int) []float64 {
	var most []float64
	for i := 0; i < len(guide); {
		f := t.facet[guide[i]]
		m := 0.0
		for ; i < len(guide) && t.facet[guide[i]] == f; i++ {
			m = max(m, t.weight[guide[i]])
		}
		most = append(most, m)
	}
	var out []float64
	for mask := 1; mask < 1<<len(most); mask++ {
		u := 0.0
		for k, m := range most {
			if mask&(1<<k) != 0 {
				u += m
			}
		}
		out = append(out, u)
	}
	return out
}

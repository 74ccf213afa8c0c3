package search

import (
	"math"
	"slices"
)

// Close calls in long accounts. A long account mentions phones, pictures,
// messages and money whatever happened, so two or three guides often score
// within a few per cent of each other; what tells them apart is the facts
// one of them states and another does not. A guide that states such a
// fact (payment:paid, images:threatened, topic:doxxed) when the account,
// for all its length, does not show it, fits less than one that does not
// claim it. Of an exclusive facet (images, who) one value holds, so the
// facet counts as unsaid only when the words show none of its values; the
// values of the others (topic, payment) are facts of their own, each
// unsaid unless the words show it. Facts every close guide states decide
// nothing between them, and a short query leaves out too much for its
// silence to say anything.

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

// unsaid returns, for guide n of near, the weight of what it states and
// some other guide of near does not, where the words do not show it: each
// exclusive facet of which they show no value (by the weight of the
// guide's weightiest value there), and each value of the other facets.
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
		if !t.excl[guide[i]] {
			for _, v := range guide[i:j] {
				if !allState(near, func(x int) bool { return x == v }) && !slices.Contains(facts, v) {
					u += t.weight[v]
				}
			}
		} else {
			ofF := func(v int) bool { return t.facet[v] == f }
			if !allState(near, ofF) && !slices.ContainsFunc(facts, ofF) {
				u += most
			}
		}
		i = j
	}
	return u
}

// allState reports whether every guide of near states a value that is.
func allState(near [][]int, is func(int) bool) bool {
	for _, g := range near {
		if !slices.ContainsFunc(g, is) {
			return false
		}
	}
	return true
}

// unsaids returns every weight unsaid can give a guide with the given
// facet values: the sums, in the guide's order, of any of what it can
// count (each exclusive facet's weightiest value, each other value).
func (t *facetTable) unsaids(guide []int) []float64 {
	var items []float64
	for i := 0; i < len(guide); {
		f := t.facet[guide[i]]
		most := 0.0
		for ; i < len(guide) && t.facet[guide[i]] == f; i++ {
			most = max(most, t.weight[guide[i]])
			if !t.excl[guide[i]] {
				items = append(items, t.weight[guide[i]])
			}
		}
		if t.excl[guide[i-1]] {
			items = append(items, most)
		}
	}
	var out []float64
	for mask := 1; mask < 1<<len(items); mask++ {
		u := 0.0
		for k, w := range items {
			if mask&(1<<k) != 0 {
				u += w
			}
		}
		out = append(out, u)
	}
	return out
}

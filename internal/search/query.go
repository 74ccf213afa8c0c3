package search

import (
	"slices"
	"strings"

	"firststeps/internal/guide"
	"firststeps/internal/library"
)

// Hit is one ranked guide.
type Hit struct {
	Guide *guide.Guide
	Score float64
	// Match is how closely the words match the closest of the ways people
	// describe the guide's situation (its tags), from 0 to 1.
	Match float64
	// Coverage is the share of the words' weight (rarer words weigh more;
	// words the library never uses weigh most) that the guide uses.
	Coverage float64
}

// Result is what a query found.
type Result struct {
	Hits      []Hit          // best first
	Cues      []*library.Cue // urgency cues in the words, in cues.yaml order
	Confident bool           // the top hit is a good match
	// Asker is who the words say is asking (an audience id from cues.yaml:
	// under-18, parent, supporter), or "".
	Asker string
	// Facts are the facet values read from the words, as "facet:value".
	Facts []string
	// InScope says the words are about the situations the library is for
	// (cues.yaml scope), whatever guide they match best.
	InScope bool
}

// Search ranks the guides for query q and returns at most n hits. It never
// fails: an empty or meaningless query gives no hits and no cues.
func (ix *Index) Search(q string, n int) Result {
	norm := Respell(Normalize(Cut(q)), ix.spell)
	scanned := ix.scan(norm)
	var res Result
	for _, c := range ix.cues {
		if c.MatchText(scanned) {
			res.Cues = append(res.Cues, c)
		}
	}
	facts := ix.facets.read(scanned)
	res.Facts = ix.facets.Names(facts)
	words := ix.an.read(norm)
	terms := ix.queryTermsOf(words)
	if len(terms) == 0 || len(ix.guides) == 0 {
		return res
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.reset(len(ix.guides))
	p := ix.params
	for _, qt := range terms {
		list, topicDF, _ := ix.terms.lookup(qt.term)
		v := qt.w * ix.termIDF(list, topicDF)
		for _, post := range list {
			// Rounded before it is added: no platform may fuse the
			// multiply-add, so every build, and the static site's search,
			// sums to the same last bit.
			sc.add(post.doc, float64(v*float64(post.sat)))
		}
	}
	if p.TagWeight > 0 {
		ix.tags.score(terms, sc, p.TagWeight)
	}
	var asked audienceSet
	for _, a := range ix.audiences {
		if a.MatchText(scanned) {
			asked |= audienceOf(a.ID)
			if res.Asker == "" {
				res.Asker = a.ID
			}
		}
	}
	// Keep the best n in a small sorted slice: cheaper than sorting every
	// guide that matched a word when the library holds thousands.
	for _, d := range sc.docs {
		s := sc.scores[d] * audienceFactor(ix.audience[d], asked, p) * ix.facets.facetFactor(facts, ix.facetsOf[d], p)
		if s <= 0 {
			continue
		}
		h := Hit{Guide: ix.guides[d], Score: s, Match: sc.match[d]}
		if len(res.Hits) == n && !better(h, res.Hits[n-1]) {
			continue
		}
		i, _ := slices.BinarySearchFunc(res.Hits, h, func(a, b Hit) int {
			if better(a, b) {
				return -1
			}
			return 1
		})
		res.Hits = slices.Insert(res.Hits, i, h)
		if len(res.Hits) > n {
			res.Hits = res.Hits[:n]
		}
	}
	if len(res.Hits) > n {
		res.Hits = res.Hits[:n]
	}
	if len(res.Hits) > 0 {
		weights := ix.weighWords(words)
		for i := range res.Hits {
			res.Hits[i].Coverage = weights.coverage(slices.Index(ix.guides, res.Hits[i].Guide))
		}
	}
	// Sure of a guide only when the words are about the library's
	// situations at all, and match it well.
	// A fact of the situation read from the words (an image threatened,
	// a tracker found) shows it as well as a scope pattern, unless the
	// scope's own unless patterns say otherwise.
	res.InScope = ix.scope.MatchText(scanned) || (ix.facets.inScope(facts) && !ix.scope.DeniedText(scanned))
	res.Confident = len(res.Hits) > 0 && res.Hits[0].Score >= p.MinScore*ix.idf(1) && res.Hits[0].Match >= p.MinMatch &&
		(res.InScope || res.Hits[0].Coverage >= p.MinCoverage)
	return res
}

// better orders hits: higher score first, then guide id, so results are
// stable.
func better(a, b Hit) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Guide.ID < b.Guide.ID
}

// audienceSet is a set of the audiences in guide.Audiences, one bit each.
// The index keeps one per guide in a flat slice: reading each guide's own
// list cost a cache miss per guide, a millisecond a query at 10,000 guides.
type audienceSet uint8

// audienceOf returns the set holding audience a, empty if a is not one of
// guide.Audiences.
func audienceOf(a string) audienceSet {
	if i := slices.Index(guide.Audiences, a); i >= 0 {
		return 1 << i
	}
	return 0
}

func audienceSetOf(audience []string) audienceSet {
	var s audienceSet
	for _, a := range audience {
		s |= audienceOf(a)
	}
	return s
}

// audienceFactor weighs a guide by whether it is written for the person the
// words suggest is asking.
func audienceFactor(written, asked audienceSet, p Params) float64 {
	switch {
	case written&asked != 0:
		return p.AudienceBoost
	case written != 0 && written&audienceOf("adult") == 0:
		return p.AudienceMiss // written only for others than adults
	}
	return 1
}

// wordWeights are the query's single words, each once, in the order
// they come, with their weights: its inverse document frequency, or, for
// a word no guide uses, as much as one used by a single guide.
type wordWeights []wordWeight

type wordWeight struct {
	w    float64
	list []posting // nil for a word no guide uses
}

// weighWords weighs the query's words once for the coverage of every
// hit.
func (ix *Index) weighWords(q readText) wordWeights {
	tokens := ix.an.tokensOf(q, false)
	out := make(wordWeights, 0, len(tokens))
	seen := make(map[string]bool, len(tokens))
	for _, tk := range tokens {
		if strings.Contains(tk.term, "_") || seen[tk.term] {
			continue
		}
		seen[tk.term] = true
		list, topicDF, known := ix.terms.lookup(tk.term)
		if !known {
			out = append(out, wordWeight{w: ix.idf(1)})
			continue
		}
		out = append(out, wordWeight{w: ix.termIDF(list, topicDF), list: list})
	}
	return out
}

// coverage is the share of the query's single-word weight that guide d
// uses.
func (ws wordWeights) coverage(d int) float64 {
	var all, hit float64
	for _, ww := range ws {
		all += ww.w
		if ww.list == nil {
			continue
		}
		if _, ok := slices.BinarySearchFunc(ww.list, int32(d), func(p posting, d int32) int { return int(p.doc - d) }); ok {
			hit += ww.w
		}
	}
	if all == 0 {
		return 0
	}
	return hit / all
}

package search

import (
	"slices"

	"firststeps/internal/guide"
	"firststeps/internal/library"
)

// Hit is one ranked guide.
type Hit struct {
	Guide *guide.Guide
	Score float64
}

// Result is what a query found.
type Result struct {
	Hits      []Hit          // best first
	Cues      []*library.Cue // urgency cues in the words, in cues.yaml order
	Confident bool           // the top hit is a good match
}

// Search ranks the guides for query q and returns at most n hits. It never
// fails: an empty or meaningless query gives no hits and no cues.
func (ix *Index) Search(q string, n int) Result {
	norm := Normalize(Cut(q))
	var res Result
	for _, c := range ix.cues {
		if c.Match(norm) {
			res.Cues = append(res.Cues, c)
		}
	}
	terms := ix.queryTerms(norm)
	if len(terms) == 0 || len(ix.guides) == 0 {
		return res
	}
	scores := make([]float64, len(ix.guides))
	p := ix.params
	for term, qw := range terms {
		list := ix.postings[term]
		idf := ix.idf(len(list))
		for _, post := range list {
			l := ix.lens[post.doc]
			w := 0.0
			for f := range numFields {
				if post.tf[f] == 0 {
					continue
				}
				norm := 1 - p.B[f] + p.B[f]*float64(l[f])/ix.avgLen[f]
				w += p.Weights[f] * float64(post.tf[f]) / norm
			}
			scores[post.doc] += qw * idf * w / (p.K1 + w)
		}
	}
	for d, s := range scores {
		if s > 0 {
			res.Hits = append(res.Hits, Hit{Guide: ix.guides[d], Score: s})
		}
	}
	slices.SortFunc(res.Hits, func(a, b Hit) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return cmpString(a.Guide.ID, b.Guide.ID)
	})
	if len(res.Hits) > n {
		res.Hits = res.Hits[:n]
	}
	res.Confident = len(res.Hits) > 0 && res.Hits[0].Score >= p.MinScore
	return res
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

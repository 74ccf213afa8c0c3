package search

import (
	"math"
	"runtime"
	"sync"
)

// scratch is per-query working memory, reused so that queries over
// thousands of guides make no large allocations.
type scratch struct {
	scores  []float64 // per guide
	docs    []int32   // guides with a score, in the order first scored
	dots    []float64 // per tag
	touched []int32   // tags with a dot product
	best    []float64 // per guide: closest tag so far
	bestFor []int32   // guides with a closest tag
	match   []float64 // per guide: similarity to its closest tag, for Hit.Match
}

// reset prepares the scratch for an index of n guides. Only entries touched
// by the previous query are cleared.
func (sc *scratch) reset(n int) {
	if len(sc.scores) < n {
		sc.scores = make([]float64, n)
		sc.best = make([]float64, n)
		sc.match = make([]float64, n)
	}
	for _, d := range sc.docs {
		sc.scores[d], sc.match[d] = 0, 0
	}
	sc.docs = sc.docs[:0]
}

func (sc *scratch) add(doc int32, v float64) {
	if sc.scores[doc] == 0 {
		sc.docs = append(sc.docs, doc)
	}
	sc.scores[doc] += v
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Tags are the ways people describe a guide's situation: short, colloquial,
// much like queries. Besides counting in BM25F, each tag is also matched on
// its own as an example query, and a guide scores by its closest tag
// (cosine similarity with idf weights). This rewards a query that says what
// one tag says, rather than one that shares many words with all of them.
type tagIndex struct {
	postings map[string][]tagPosting
	norms    []float64 // per tag: length of its weight vector
	guideOf  []int32   // per tag: the guide it belongs to
	idf      map[string]float64
}

type tagPosting struct {
	tag int32
	w   float32
}

func (ix *Index) buildTags() {
	t := &tagIndex{postings: map[string][]tagPosting{}, idf: map[string]float64{}}
	type entry struct {
		terms map[string]float64
	}
	// Analyse every guide's tags in parallel, then gather them in order.
	perGuide := make([][]map[string]float64, len(ix.guides))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		an := ix.an.clone()
		wg.Go(func() {
			for d := w; d < len(ix.guides); d += workers {
				for _, tag := range ix.guides[d].Tags {
					terms := map[string]float64{}
					for _, tk := range an.tokens(tag) {
						terms[tk.term] = math.Max(terms[tk.term], tk.weight)
					}
					if len(terms) > 0 {
						perGuide[d] = append(perGuide[d], terms)
					}
				}
			}
		})
	}
	wg.Wait()
	var entries []entry
	df := map[string]int{}
	for d, tags := range perGuide {
		for _, terms := range tags {
			for term := range terms {
				df[term]++
			}
			entries = append(entries, entry{terms})
			t.guideOf = append(t.guideOf, int32(d))
		}
	}
	n := float64(len(entries))
	for term, c := range df {
		t.idf[term] = math.Log(1 + (n-float64(c)+0.5)/(float64(c)+0.5))
	}
	t.norms = make([]float64, len(entries))
	for i, e := range entries {
		sum := 0.0
		for term, w := range e.terms {
			v := w * t.idf[term]
			sum += v * v
			t.postings[term] = append(t.postings[term], tagPosting{tag: int32(i), w: float32(v)})
		}
		t.norms[i] = math.Sqrt(sum)
	}
	ix.tags = t
}

// score adds to each guide's score weight times the similarity (0 to 1) of
// the query to the guide's closest tag.
func (t *tagIndex) score(terms map[string]float64, sc *scratch, weight float64) {
	if t == nil || len(t.norms) == 0 {
		return
	}
	qnorm := 0.0
	for term, w := range terms {
		v := w * t.idf[term]
		qnorm += v * v
	}
	if qnorm == 0 {
		return
	}
	qnorm = math.Sqrt(qnorm)
	if len(sc.dots) < len(t.norms) {
		sc.dots = make([]float64, len(t.norms))
	}
	touched := sc.touched[:0]
	for term, w := range terms {
		qv := w * t.idf[term]
		for _, p := range t.postings[term] {
			if sc.dots[p.tag] == 0 {
				touched = append(touched, p.tag)
			}
			sc.dots[p.tag] += qv * float64(p.w)
		}
	}
	bestFor := sc.bestFor[:0]
	for _, tag := range touched {
		sim := sc.dots[tag] / (qnorm * t.norms[tag])
		sc.dots[tag] = 0
		g := t.guideOf[tag]
		if sc.best[g] == 0 {
			bestFor = append(bestFor, g)
		}
		if sim > sc.best[g] {
			sc.best[g] = sim
		}
	}
	for _, g := range bestFor {
		sc.add(g, weight*sc.best[g])
		sc.match[g] = sc.best[g]
		sc.best[g] = 0
	}
	sc.touched, sc.bestFor = touched, bestFor
}

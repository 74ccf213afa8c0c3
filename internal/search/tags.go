package search

import (
	"math"
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
	shardOf func(term string) uint8 // the term table's, so shards match
	shards  []tagShard
	norms   []float64 // per tag: length of its weight vector
	guideOf []int32   // per tag: the guide it belongs to
}

// tagShard holds the tag postings of the terms in one shard.
type tagShard struct {
	ids   map[string]int32
	idf   []float64
	lists [][]tagPosting // weights already multiplied by idf
}

type tagPosting struct {
	tag int32
	w   float32
}

// tagTerm is one term of one tag, with its weight before idf.
type tagTerm struct {
	term  string
	w     float64
	shard uint8
}

// lookup returns a term's tag postings and idf.
func (t *tagIndex) lookup(term string) ([]tagPosting, float64) {
	s := &t.shards[t.shardOf(term)]
	id, ok := s.ids[term]
	if !ok {
		return nil, 0
	}
	return s.lists[id], s.idf[id]
}

func (ix *Index) buildTags() {
	nShards := len(ix.terms.shards)
	t := &tagIndex{shardOf: ix.terms.shardOf, shards: make([]tagShard, nShards)}
	// Analyse every guide's tags in parallel.
	perGuide := make([][][]tagTerm, len(ix.guides))
	ans := make([]*analyzer, workerCount())
	for w := range ans {
		ans[w] = ix.an.clone()
	}
	parallel(len(ix.guides), func(w, d int) {
		for _, tag := range ix.guides[d].Tags {
			var terms []tagTerm
		tokens:
			for _, tk := range ans[w].tokens(tag) {
				for k := range terms {
					if terms[k].term == tk.term {
						terms[k].w = math.Max(terms[k].w, tk.weight)
						continue tokens
					}
				}
				terms = append(terms, tagTerm{tk.term, tk.weight, ix.terms.shardOf(tk.term)})
			}
			if len(terms) > 0 {
				perGuide[d] = append(perGuide[d], terms)
			}
		}
	})
	var tags [][]tagTerm
	for d, list := range perGuide {
		for _, terms := range list {
			tags = append(tags, terms)
			t.guideOf = append(t.guideOf, int32(d))
		}
	}
	// Each shard gathers its terms' postings in tag order, then weighs them
	// by idf and adds their share of each tag's length.
	n := float64(len(tags))
	sumSq := make([][]float64, nShards)
	parallel(nShards, func(_, s int) {
		sh := &t.shards[s]
		sh.ids = map[string]int32{}
		for i, terms := range tags {
			for _, tt := range terms {
				if int(tt.shard) != s {
					continue
				}
				id, ok := sh.ids[tt.term]
				if !ok {
					id = int32(len(sh.lists))
					sh.ids[tt.term] = id
					sh.lists = append(sh.lists, nil)
				}
				sh.lists[id] = append(sh.lists[id], tagPosting{tag: int32(i), w: float32(tt.w)})
			}
		}
		sq := make([]float64, len(tags))
		sh.idf = make([]float64, len(sh.lists))
		for id, list := range sh.lists {
			df := float64(len(list))
			idf := math.Log(1 + (n-df+0.5)/(df+0.5))
			sh.idf[id] = idf
			for k := range list {
				v := float64(list[k].w) * idf
				list[k].w = float32(v)
				sq[list[k].tag] += v * v
			}
		}
		sumSq[s] = sq
	})
	t.norms = make([]float64, len(tags))
	for i := range t.norms {
		sum := 0.0
		for s := range sumSq {
			sum += sumSq[s][i]
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
	type queryTerm struct {
		list []tagPosting
		v    float64 // weight times idf
	}
	qterms := make([]queryTerm, 0, len(terms))
	qnorm := 0.0
	for term, w := range terms {
		list, idf := t.lookup(term)
		v := w * idf
		qnorm += v * v
		qterms = append(qterms, queryTerm{list, v})
	}
	if qnorm == 0 {
		return
	}
	qnorm = math.Sqrt(qnorm)
	if len(sc.dots) < len(t.norms) {
		sc.dots = make([]float64, len(t.norms))
	}
	touched := sc.touched[:0]
	for _, q := range qterms {
		qv := q.v
		for _, p := range q.list {
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

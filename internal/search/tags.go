package search

import (
	"math"
	"sync"

	"firststeps/internal/parallel"
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

// denseShare: when a query's postings number at least 1/denseShare of the
// entries they may reach, reading every entry in order costs less than
// keeping a list of those reached, which scatters through memory.
const denseShare = 8

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Tags are the ways people describe a guide's situation: short, colloquial,
// much like queries. Besides counting in BM25F, each tag is also matched on
// its own as an example query, and a guide scores by its closest tag
// (cosine similarity with idf weights). This rewards a query that says what
// one tag says, rather than one that shares many words with all of them.
type tagIndex struct {
	shardOf  func(term string) uint8 // the term table's, so shards match
	shards   []tagShard
	guideOf  []int32   // per tag: the guide it belongs to
	tagStart []int32   // per guide: its first tag; a guide's tags are in a run, and one more entry marks the end
	norms    []float64 // per tag: the length its weights were divided by
}

// tagShard holds the tag postings of the terms in one shard.
type tagShard struct {
	ids   map[string]int32
	idf   []float64
	lists [][]tagPosting // weights times idf over the tag's length
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
	perGuide := ix.tagTerms()
	var tags [][]tagTerm
	t.tagStart = make([]int32, len(perGuide)+1)
	for d, list := range perGuide {
		t.tagStart[d] = int32(len(tags))
		for _, terms := range list {
			tags = append(tags, terms)
			t.guideOf = append(t.guideOf, int32(d))
		}
	}
	t.tagStart[len(perGuide)] = int32(len(tags))
	// Each shard gathers its terms' postings in tag order, then weighs them
	// by idf.
	n := float64(len(tags))
	parallel.For(nShards, func(_, s int) {
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
		sh.idf = make([]float64, len(sh.lists))
		for id, list := range sh.lists {
			df := float64(len(list))
			idf := math.Log(1 + (n-df+0.5)/(df+0.5))
			sh.idf[id] = idf
			for k := range list {
				list[k].w = float32(float64(list[k].w) * idf)
			}
		}
	})
	// Each tag's length, its terms' squares summed in the tag's order:
	// summed shard by shard, the last bit would depend on how terms fell
	// into shards, which differs from run to run.
	t.norms = make([]float64, len(tags))
	parallel.For(len(tags), func(_, i int) {
		sum := 0.0
		for _, tt := range tags[i] {
			sh := &t.shards[tt.shard]
			v := float64(float32(tt.w)) * sh.idf[sh.ids[tt.term]]
			sum += float64(v * v)
		}
		t.norms[i] = math.Sqrt(sum)
	})
	// Divide each weight by its tag's length now, so that a query's dot
	// product with a tag is already its cosine times the query's length.
	parallel.For(nShards, func(_, s int) {
		for _, list := range t.shards[s].lists {
			for k := range list {
				list[k].w = float32(float64(list[k].w) / t.norms[list[k].tag])
			}
		}
	})
	ix.tags = t
}

// tagTerms analyses every guide's tags, in parallel: for each guide, its
// tags that hold a term, each with its terms and their weights (a term
// said twice keeps its higher weight). With a cache, a guide's come from
// its analysis there.
func (ix *Index) tagTerms() [][][]tagTerm {
	perGuide := make([][][]tagTerm, len(ix.guides))
	ans := make([]*analyzer, parallel.Workers(len(ix.guides)))
	for w := range ans {
		ans[w] = ix.an.clone()
	}
	parallel.For(len(ix.guides), func(w, d int) {
		if a := ix.cachedAnalysis(d); a != nil {
			perGuide[d] = tagsOfAnalysis(a, ix.terms.shardOf)
		} else {
			perGuide[d] = ix.analyseTags(ans[w], d)
		}
	})
	return perGuide
}

// cachedAnalysis is guide d's analysis in the index's cache, if any.
func (ix *Index) cachedAnalysis(d int) []byte {
	if ix.cache == nil {
		return nil
	}
	return ix.cache.get(ix.keys[d])
}

// analyseTags returns guide d's tags that hold a term, each with its
// terms and their weights (a term said twice keeps its higher weight).
func (ix *Index) analyseTags(an *analyzer, d int) [][]tagTerm {
	var out [][]tagTerm
	for _, tag := range ix.guides[d].Tags {
		var terms []tagTerm
	tokens:
		for _, tk := range an.tokens(tag) {
			for k := range terms {
				if terms[k].term == tk.term {
					terms[k].w = math.Max(terms[k].w, tk.weight)
					continue tokens
				}
			}
			terms = append(terms, tagTerm{tk.term, tk.weight, ix.terms.shardOf(tk.term)})
		}
		if len(terms) > 0 {
			out = append(out, terms)
		}
	}
	return out
}

// tagQueryTerm is one query term as tag matching uses it.
type tagQueryTerm struct {
	list []tagPosting
	v    float64 // weight times idf
}

// score adds to each guide's score weight times the similarity (0 to 1) of
// the query to the guide's closest tag.
func (t *tagIndex) score(terms []queryTerm, sc *scratch, weight float64) {
	if t == nil || len(t.guideOf) == 0 {
		return
	}
	qterms, qnorm, postings := t.queryVector(terms)
	if qnorm == 0 {
		return
	}
	if len(sc.dots) < len(t.guideOf) {
		sc.dots = make([]float64, len(t.guideOf))
	}
	if postings >= len(t.guideOf)/denseShare {
		t.scoreDense(qterms, qnorm, sc, weight)
	} else {
		t.scoreSparse(qterms, qnorm, sc, weight)
	}
}

// queryVector returns the query's terms as tag matching weighs them, the
// length of that weight vector (0 when no term is in any tag) and how many
// tag postings the terms have.
func (t *tagIndex) queryVector(terms []queryTerm) (qterms []tagQueryTerm, qnorm float64, postings int) {
	qterms = make([]tagQueryTerm, 0, len(terms))
	for _, qt := range terms {
		list, idf := t.lookup(qt.term)
		v := qt.w * idf
		qnorm += float64(v * v) // rounded first: see Search
		qterms = append(qterms, tagQueryTerm{list, v})
		postings += len(list)
	}
	return qterms, math.Sqrt(qnorm), postings
}

// scoreDense is score for a query sharing words with many tags: it adds up
// every posting without noting which tags they reached, then reads all
// tags in order, one guide's run after another, as they lie in memory.
func (t *tagIndex) scoreDense(qterms []tagQueryTerm, qnorm float64, sc *scratch, weight float64) {
	for _, q := range qterms {
		for _, p := range q.list {
			sc.dots[p.tag] += float64(q.v * float64(p.w))
		}
	}
	for g := range len(t.tagStart) - 1 {
		best := 0.0
		for tag := t.tagStart[g]; tag < t.tagStart[g+1]; tag++ {
			best = max(best, sc.dots[tag])
			sc.dots[tag] = 0
		}
		if best > 0 {
			sc.add(int32(g), weight*best/qnorm)
			sc.match[g] = best / qnorm
		}
	}
}

// scoreSparse is score for a query sharing words with few tags: it visits
// only the tags its postings reach.
func (t *tagIndex) scoreSparse(qterms []tagQueryTerm, qnorm float64, sc *scratch, weight float64) {
	touched := sc.touched[:0]
	for _, q := range qterms {
		for _, p := range q.list {
			if sc.dots[p.tag] == 0 {
				touched = append(touched, p.tag)
			}
			sc.dots[p.tag] += float64(q.v * float64(p.w))
		}
	}
	bestFor := sc.bestFor[:0]
	for _, tag := range touched {
		sim := sc.dots[tag] / qnorm
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
		sc.add(g, float64(weight*sc.best[g]))
		sc.match[g] = sc.best[g]
		sc.best[g] = 0
	}
	sc.touched, sc.bestFor = touched, bestFor
}

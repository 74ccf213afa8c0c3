package search

import (
	"hash/maphash"
	"runtime"
	"sync"
	"sync/atomic"
)

// termTable maps each term to its postings and its topic document
// frequency. Terms are spread over shards by a hash, so that the shards
// fill in parallel while guides are merged in order.
type termTable struct {
	seed   maphash.Seed
	shards []termShard
}

type termShard struct {
	ids     map[string]int32 // term → its place in lists
	terms   []string
	lists   [][]posting // postings in guide order
	topicDF []int32     // guides whose title, tags or short answer hold the term
}

func newTermTable(shards int) *termTable {
	t := &termTable{seed: maphash.MakeSeed(), shards: make([]termShard, shards)}
	for i := range t.shards {
		t.shards[i].ids = map[string]int32{}
	}
	return t
}

func (t *termTable) shardOf(term string) uint8 {
	return uint8(maphash.String(t.seed, term) % uint64(len(t.shards)))
}

// lookup returns a term's postings and topic document frequency.
func (t *termTable) lookup(term string) ([]posting, int, bool) {
	s := &t.shards[t.shardOf(term)]
	id, ok := s.ids[term]
	if !ok {
		return nil, 0, false
	}
	return s.lists[id], int(s.topicDF[id]), true
}

// add appends a guide's posting for term; guides must come in order.
func (s *termShard) add(term string, p posting) {
	id, ok := s.ids[term]
	if !ok {
		id = int32(len(s.lists))
		s.ids[term] = id
		s.terms = append(s.terms, term)
		s.lists = append(s.lists, nil)
		s.topicDF = append(s.topicDF, 0)
	}
	s.lists[id] = append(s.lists[id], p)
	if p.tf[fTitle]+p.tf[fTags]+p.tf[fShort] > 0 {
		s.topicDF[id]++
	}
}

// size returns the number of distinct terms.
func (t *termTable) size() int {
	n := 0
	for i := range t.shards {
		n += len(t.shards[i].terms)
	}
	return n
}

// docTerm is one term of one guide, with its frequency in each field and
// the shard it belongs to.
type docTerm struct {
	term  string
	tf    [numFields]float32
	shard uint8
}

// parallel runs fn(worker, i) for i in [0, n) on every core; worker is the
// index of the goroutine running it, for per-worker state.
func parallel(n int, fn func(worker, i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(n, 1))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(w, i)
			}
		})
	}
	wg.Wait()
}

package search

import "hash/maphash"

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
	raw     [][]rawPosting // while building: postings in guide order
	lists   [][]posting    // once built: postings in guide order
	topicDF []int32        // guides whose title, tags or short answer hold the term
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

// id returns term's place in the shard, adding it if it is new.
func (s *termShard) id(term string) int32 {
	id, ok := s.ids[term]
	if !ok {
		id = int32(len(s.terms))
		s.ids[term] = id
		s.terms = append(s.terms, term)
		s.raw = append(s.raw, nil)
		s.topicDF = append(s.topicDF, 0)
	}
	return id
}

// add appends a guide's posting for the term with the given id; guides must
// come in order.
func (s *termShard) add(id int32, p rawPosting) {
	s.raw[id] = append(s.raw[id], p)
	if p.tf[fTitle]+p.tf[fTags]+p.tf[fShort] > 0 {
		s.topicDF[id]++
	}
}

// weigh turns the shard's raw postings into weighted ones, once every
// guide is in and field lengths are known, and lets the raw ones go.
func (s *termShard) weigh(fieldScale [][numFields]float64, k1 float64) {
	s.lists = make([][]posting, len(s.raw))
	for id, raw := range s.raw {
		list := make([]posting, len(raw))
		for i, r := range raw {
			scale := &fieldScale[r.doc]
			w := 0.0
			for f := range numFields {
				w += float64(r.tf[f]) * scale[f]
			}
			list[i] = posting{doc: r.doc, sat: float32(w / (k1 + w))}
		}
		s.lists[id] = list
	}
	s.raw = nil
}

// localTerm is a term as one build worker knows it. Workers keep one per
// term they meet, so a term is looked up once per guide in the worker's own
// table, and in its shard's table only the first time the worker meets it.
type localTerm struct {
	term   string
	shard  uint8
	global int32 // the term's id in its shard, or -1 until it has one
	doc    int32 // the last guide that used the term
	slot   int32 // the term's place in that guide's list
}

// docTerm is one term of one guide, with its frequency in each field.
type docTerm struct {
	lt *localTerm
	tf [numFields]float32
}

package pattern

import (
	"slices"
	"sort"
)

// A Set looks for the prefilter strings of many patterns (every pattern of
// a library) in one pass over a text, with an Aho–Corasick automaton. Each
// pattern's prefilter is then a few bit tests instead of a search of the
// whole text for each of its strings: a library's patterns hold thousands
// of strings, and a long first-person account cost a millisecond of
// searches. A Set is safe for concurrent use.
type Set struct {
	root    [256]int32 // the root's children, dense: nearly every byte has one
	nodes   []acNode   // nodes[0] is the root
	edges   []acEdge   // every other node's children, by node, sorted by byte
	strings []string   // the strings, by number
}

type acNode struct {
	first, n int32 // the node's children: edges[first : first+n]
	fail     int32 // the node for the longest proper suffix in the trie
	word     int32 // the string ending here, or -1
	dict     int32 // the nearest node on the fail chain where a string ends, or -1
}

type acEdge struct {
	b  byte
	to int32
}

// NewSet makes a Set of the strings of every pattern's prefilter. It takes
// the patterns over: each one's Match then uses the Set's scans, so the
// patterns must not be in use yet. A pattern given to a later Set uses
// that one's scans; a scan by another Set still gets the right answer, the
// slow way.
func NewSet(patterns ...[]*Pattern) *Set {
	ids := map[string]int32{}
	var words []string
	for _, ps := range patterns {
		for _, p := range ps {
			if p.pf == nil {
				continue
			}
			var own []int32
			for _, g := range p.pf.groups {
				for _, w := range g.strings {
					id, ok := ids[w]
					if !ok {
						id = int32(len(words))
						ids[w] = id
						words = append(words, w)
					}
					own = append(own, id)
				}
			}
			slices.Sort(own)
			p.ids = slices.Compact(own)
		}
	}
	s := build(words)
	for _, ps := range patterns {
		for _, p := range ps {
			if p.pf != nil {
				p.set = s
			}
		}
	}
	return s
}

// build makes the automaton for words, which are distinct and not empty.
func build(words []string) *Set {
	// The trie: each node's children in one map by node and byte while it
	// grows, then as edges sorted by node and byte.
	child := map[uint64]int32{}
	word := []int32{-1}
	var edges []acEdge
	var from []int32 // the node each edge leaves
	for id, w := range words {
		cur := int32(0)
		for i := 0; i < len(w); i++ {
			key := uint64(cur)<<8 | uint64(w[i])
			next, ok := child[key]
			if !ok {
				next = int32(len(word))
				word = append(word, -1)
				child[key] = next
				edges = append(edges, acEdge{w[i], next})
				from = append(from, cur)
			}
			cur = next
		}
		word[cur] = int32(id)
	}
	order := make([]int, len(edges))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if from[a] != from[b] {
			return int(from[a] - from[b])
		}
		return int(edges[a].b) - int(edges[b].b)
	})
	s := &Set{nodes: make([]acNode, len(word)), edges: make([]acEdge, len(edges)), strings: words}
	for i := range s.nodes {
		s.nodes[i] = acNode{word: word[i], dict: -1}
	}
	for i, e := range order {
		s.edges[i] = edges[e]
		nd := &s.nodes[from[e]]
		if nd.n == 0 {
			nd.first = int32(i)
		}
		nd.n++
	}
	// Fail and dictionary links, breadth first, so a node's fail target
	// is done before it. The root's missing children lead back to it.
	queue := make([]int32, 0, len(s.nodes))
	for _, e := range s.kids(0) {
		queue = append(queue, e.to) // fail 0: the root
	}
	for qi := 0; qi < len(queue); qi++ {
		u := queue[qi]
		for _, e := range s.kids(u) {
			v := e.to
			f := s.nodes[u].fail
			for {
				if to := s.child(f, e.b); to >= 0 {
					f = to
					break
				}
				if f == 0 {
					break
				}
				f = s.nodes[f].fail
			}
			s.nodes[v].fail = f
			if s.nodes[f].word >= 0 {
				s.nodes[v].dict = f
			} else {
				s.nodes[v].dict = s.nodes[f].dict
			}
			queue = append(queue, v)
		}
	}
	for b := range s.root {
		s.root[b] = max(s.child(0, byte(b)), 0)
	}
	return s
}

func (s *Set) kids(u int32) []acEdge {
	nd := &s.nodes[u]
	return s.edges[nd.first : nd.first+nd.n]
}

// child is u's child by b, or -1.
func (s *Set) child(u int32, b byte) int32 {
	es := s.kids(u)
	if len(es) <= 8 {
		for _, e := range es {
			if e.b == b {
				return e.to
			}
		}
		return -1
	}
	i := sort.Search(len(es), func(i int) bool { return es[i].b >= b })
	if i < len(es) && es[i].b == b {
		return es[i].to
	}
	return -1
}

// Text is a text as a Set found it: which of the Set's strings it holds,
// and where.
type Text struct {
	s      string
	set    *Set
	found  []uint64 // a bit for each string of the set
	hits   []hit    // every place a string ends, by string and then place
	spaces []int32  // where each space is
}

// Scan finds which of the Set's strings text holds. A nil Set scans
// nothing: every pattern's Match then works as MatchString.
func (s *Set) Scan(text string) *Text {
	t := &Text{s: text, set: s}
	if s == nil {
		return t
	}
	t.found = make([]uint64, (len(s.strings)+63)/64)
	u := int32(0)
	for i := 0; i < len(text); i++ {
		b := text[i]
		if b == ' ' {
			t.spaces = append(t.spaces, int32(i))
		}
		next := int32(-1)
		for u != 0 {
			if next = s.child(u, b); next >= 0 {
				break
			}
			u = s.nodes[u].fail
		}
		if u == 0 {
			next = s.root[b]
		}
		u = next
		// Every string ending here: the node's own and those along its
		// dictionary links.
		v := u
		if s.nodes[v].word < 0 {
			v = s.nodes[v].dict
		}
		for v > 0 {
			w := s.nodes[v].word
			t.found[w>>6] |= 1 << (w & 63)
			t.hits = append(t.hits, hit{w, int32(i + 1)})
			v = s.nodes[v].dict
		}
	}
	// Found in order of place: sorted by string, each one's places stay
	// in order.
	slices.SortStableFunc(t.hits, func(a, b hit) int { return int(a.word - b.word) })
	return t
}

// String returns the text.
func (t *Text) String() string { return t.s }

// hasAny reports whether the scan found any of the strings ids.
func (t *Text) hasAny(ids []int32) bool {
	for _, id := range ids {
		if t.found[id>>6]&(1<<(id&63)) != 0 {
			return true
		}
	}
	return false
}

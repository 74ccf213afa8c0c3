// Package search finds the guide for what a person types, in their own
// words, and notices urgency in those words.
//
// Ranking is BM25F over four fields of each guide (its situation title, its
// tags, its short answer and the rest of its text), with English stemming,
// a synonym list from content/synonyms.yaml for how people really talk, and
// typo tolerance for words the library does not know. The index is built in
// memory from the library and is read-only afterwards, so queries run
// concurrently.
package search

import (
	"math"
	"slices"
	"strings"

	"firststeps/internal/guide"
	"firststeps/internal/library"
)

// Fields of a guide, and how much a match in each counts.
const (
	fTitle = iota
	fTags
	fShort
	fBody
	numFields
)

// Params tune ranking. DefaultParams were chosen on the evaluation sets.
type Params struct {
	Weights [numFields]float64 // field weights
	B       [numFields]float64 // length normalisation per field
	K1      float64
	// FuzzyWeight is the weight of a word matched by spelling correction.
	FuzzyWeight float64
	// MinScore is the lowest top score taken as a confident match.
	MinScore float64
}

// DefaultParams are the tuned ranking parameters.
var DefaultParams = Params{
	Weights:     [numFields]float64{3, 2.5, 1.5, 0.5},
	B:           [numFields]float64{0.3, 0.4, 0.5, 0.75},
	K1:          1.4,
	FuzzyWeight: 0.7,
	MinScore:    4,
}

type posting struct {
	doc int32
	tf  [numFields]float32
}

// Index is a search index over one jurisdiction's guides.
type Index struct {
	params   Params
	an       *analyzer
	guides   []*guide.Guide
	postings map[string][]posting
	avgLen   [numFields]float64
	lens     [][numFields]float32
	vocab    []string // sorted terms, for spelling correction
	cues     []*library.Cue
}

// New builds the index for the guides of one jurisdiction.
func New(lib *library.Library, jurisdiction string, p Params) *Index {
	ix := &Index{
		params:   p,
		an:       newAnalyzer(lib.Synonyms),
		postings: map[string][]posting{},
		cues:     lib.Cues,
	}
	for _, g := range lib.GuidesOf(jurisdiction) {
		ix.add(g)
	}
	n := float64(len(ix.guides))
	for f := range numFields {
		sum := 0.0
		for _, l := range ix.lens {
			sum += float64(l[f])
		}
		if n > 0 {
			ix.avgLen[f] = sum / n
		}
		if ix.avgLen[f] == 0 {
			ix.avgLen[f] = 1
		}
	}
	for t := range ix.postings {
		ix.vocab = append(ix.vocab, t)
	}
	slices.Sort(ix.vocab)
	ix.an.frozen = true
	return ix
}

func (ix *Index) add(g *guide.Guide) {
	doc := int32(len(ix.guides))
	ix.guides = append(ix.guides, g)
	var body strings.Builder
	for k := guide.DoNot; k < guide.Resources; k++ {
		body.WriteString(g.Sections[k].Text)
		body.WriteByte('\n')
	}
	texts := [numFields]string{g.Situation, strings.Join(g.Tags, " \n "), g.ShortAnswer(), body.String()}
	var tfs = map[string]*posting{}
	var lens [numFields]float32
	for f, text := range texts {
		for _, tk := range ix.an.tokens(text) {
			p := tfs[tk.term]
			if p == nil {
				p = &posting{doc: doc}
				tfs[tk.term] = p
			}
			p.tf[f] += float32(tk.weight)
			lens[f] += float32(tk.weight)
		}
	}
	ix.lens = append(ix.lens, lens)
	for t, p := range tfs {
		ix.postings[t] = append(ix.postings[t], *p)
	}
}

// Len returns the number of guides indexed.
func (ix *Index) Len() int { return len(ix.guides) }

// idf is BM25's inverse document frequency.
func (ix *Index) idf(df int) float64 {
	n := float64(len(ix.guides))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// queryTerms analyses a query, adding spelling corrections for words the
// index does not know.
func (ix *Index) queryTerms(norm string) map[string]float64 {
	terms := map[string]float64{}
	for _, tk := range ix.an.tokensNorm(norm) {
		if _, known := ix.postings[tk.term]; known {
			terms[tk.term] = max(terms[tk.term], tk.weight)
			continue
		}
		if len(tk.term) < 4 {
			continue
		}
		for _, c := range ix.corrections(tk.term) {
			terms[c] = max(terms[c], tk.weight*ix.params.FuzzyWeight)
		}
	}
	return terms
}

// corrections returns the indexed terms one edit (two for long words) from
// term, counting a swap of neighbouring letters as one edit.
func (ix *Index) corrections(term string) []string {
	maxDist := 1
	if len(term) >= 8 {
		maxDist = 2
	}
	var out []string
	best := maxDist + 1
	for _, v := range ix.vocab {
		if d := len(v) - len(term); d > maxDist || -d > maxDist || v[0] != term[0] && maxDist == 1 {
			continue
		}
		d := osa(term, v, maxDist)
		switch {
		case d < best:
			best, out = d, []string{v}
		case d == best:
			out = append(out, v)
		}
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// osa is the optimal string alignment distance (Levenshtein plus adjacent
// swaps), giving up once it exceeds limit.
func osa(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

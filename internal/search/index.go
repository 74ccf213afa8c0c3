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
	"math/bits"
	"runtime"
	"slices"
	"strings"

	"firststeps/internal/binform"
	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/parallel"
	"firststeps/internal/pattern"
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
	// AudienceBoost multiplies the score of guides written for the audience
	// the words suggest ("my son" → parent); AudienceMiss multiplies the
	// score of guides written only for an audience the words do not suggest.
	AudienceBoost, AudienceMiss float64
	// BigramWeight is the weight of each pair of neighbouring words, so
	// "hidden camera" counts for more than "hidden" and "camera" apart.
	BigramWeight float64
	// TagWeight scales the closest-tag similarity (0 to 1) added to the
	// BM25F score.
	TagWeight float64
	// MinScore is the lowest top score taken as a confident match, in
	// units of the weight of a word only one guide uses (the rarest a
	// word can be). Scores grow with the logarithm of the number of
	// guides, as that weight does, so a threshold in these units means
	// the same in a library of 30 guides and of 10,000.
	MinScore float64
	// MinMatch is the lowest closest-tag similarity taken as a confident
	// match.
	MinMatch float64
	// MinCoverage is the share of the words' weight the top guide must use
	// to be confident when no scope pattern (cues.yaml) shows the words are
	// about the library's situations: a short query in the library's own
	// words is, a question about a barking dog is not.
	MinCoverage float64
	// FacetMatch and FacetClash weigh a guide by the facts of the
	// situation read from the words (facets.yaml): e to the power of
	// FacetMatch for each value the guide shares, and of -FacetClash for
	// each facet where the guide states only other values.
	FacetMatch, FacetClash float64
	// NarrativeWeight weighs the narrative words (and pairs of them) of a
	// query holding more than LongQuery different words: the telling of
	// a long account, not its facts.
	NarrativeWeight, LongQuery float64
	// LongIDFPower weighs each term of such a long query by its idf, as
	// a share of the largest, to this power (see idfPower), before the
	// idf every term has: below 0, a word few guides use (an app's name,
	// a place, an odd word of the telling) counts for less against the
	// words many use ("posted", "money"), which in a long account are
	// more often the facts. 0 leaves the weights as they are.
	LongIDFPower float64
}

// DefaultParams are the tuned ranking parameters.
var DefaultParams = Params{
	Weights:         [numFields]float64{2, 1, 0.5, 0.25},
	B:               [numFields]float64{0, 0.75, 1, 1},
	K1:              2,
	FuzzyWeight:     0.5,
	AudienceBoost:   1.5,
	AudienceMiss:    0.85,
	BigramWeight:    0.5,
	TagWeight:       2,
	MinScore:        0.8,
	MinCoverage:     0.6,
	FacetMatch:      0.15,
	FacetClash:      0.15,
	NarrativeWeight: 0.6,
	LongQuery:       6,
	LongIDFPower:    -0.2,
}

// rawPosting is one guide's use of a term while the index is built: how
// often, in each field.
type rawPosting struct {
	doc int32
	tf  [numFields]float32
}

// posting is one guide's use of a term in the built index. BM25F's weight
// of a term in a guide, saturated, depends only on the two, not on the
// query, so it is worked out once at build time: a query then costs one
// multiply-add per posting, over a list under half the size.
type posting struct {
	doc int32
	sat float32 // w/(k1+w), w the term's length-normalised weighted frequency
}

// Index is a search index over one jurisdiction's guides.
type Index struct {
	params     Params
	an         *analyzer
	guides     []*guide.Guide
	audience   []audienceSet // per guide
	terms      *termTable
	vocabByLen map[int][]vocabWord // single-word terms by length, for spelling correction
	cues       []*library.Cue
	audiences  []*library.Audience
	scope      *library.Scope
	scan       func(norm string) *pattern.Text // reads the words once for all the patterns above
	tags       *tagIndex
	facets     *facetTable
	facetsOf   [][]int // each guide's facet values
	// With a Cache: the cache, and each guide's key in it.
	cache *Cache
	keys  [][32]byte
	spell map[string]string // library.Library.Spellings
}

// buildChunk is how many guides are analysed before their terms are
// merged: enough to keep every core busy, few enough that their term lists
// stay small.
const buildChunk = 1024

// DropCache lets go of the cache the index was built with, which holds
// every guide's analysis (as read, the whole file it was read from):
// only Export reads it again, to analyse no tag twice, and an index that
// is never exported does not need it.
func (ix *Index) DropCache() { ix.cache, ix.keys = nil, nil }

// New builds the index for the guides of one jurisdiction.
func New(lib *library.Library, jurisdiction string, p Params) *Index {
	return NewCached(lib, jurisdiction, p, nil)
}

// NewCached is New, taking each guide's analysis from the cache when it
// holds one for the guide as it is, and keeping there those it makes. The
// index is the same as New's, to the last bit.
func NewCached(lib *library.Library, jurisdiction string, p Params, cache *Cache) *Index {
	ix := &Index{
		params:    p,
		an:        newAnalyzer(lib.Synonyms, p.BigramWeight),
		cues:      lib.Cues,
		audiences: lib.Audiences,
		scope:     lib.Scope,
		scan:      lib.Scan,
		spell:     lib.Spellings,
	}
	ix.guides = lib.GuidesOf(jurisdiction)
	var anSum [32]byte
	if cache != nil {
		ix.cache, ix.keys = cache, make([][32]byte, len(ix.guides))
		anSum = analyzerSum(lib.Synonyms, p.BigramWeight)
	}
	ix.audience = make([]audienceSet, len(ix.guides))
	ix.facets = newFacetTable(lib.Facets)
	ix.facetsOf = make([][]int, len(ix.guides))
	for d, g := range ix.guides {
		ix.audience[d] = audienceSetOf(g.Audience)
		ix.facetsOf[d] = ix.facets.ofGuide(g)
	}
	lens := make([][numFields]float32, len(ix.guides))
	// A shard of the term table per core; per-worker state sized the same
	// covers every worker parallel.For starts.
	workers := runtime.GOMAXPROCS(0)
	ix.terms = newTermTable(workers)
	// Guides are analysed in chunks on every core, each worker with its own
	// stem cache; then each shard of the term table takes its terms from
	// the chunk in guide order, so the index is the same every time.
	type worker struct {
		an    *analyzer
		terms map[string]*localTerm
	}
	ws := make([]worker, workers)
	for w := range ws {
		ws[w] = worker{ix.an.clone(), map[string]*localTerm{}}
	}
	chunk := make([][]docTerm, buildChunk)
	for base := 0; base < len(ix.guides); base += buildChunk {
		n := min(buildChunk, len(ix.guides)-base)
		parallel.For(n, func(w, i int) {
			d := base + i
			if cache == nil {
				texts := ix.texts(d)
				chunk[i], lens[d] = ix.analyse(ws[w].an, ws[w].terms, chunk[i][:0], int32(d), &texts)
				return
			}
			// A guide loaded through a parse cache has a key that names
			// all it was made from; the texts name the rest.
			var texts [numFields]string
			gk, keyed := lib.GuideKey(ix.guides[d].ID)
			if keyed {
				ix.keys[d] = cache.key(anSum, "parsed as", string(gk[:]))
			} else {
				texts = ix.texts(d)
				ix.keys[d] = cache.key(anSum, texts[:]...)
			}
			if a := cache.get(ix.keys[d]); a != nil {
				chunk[i], lens[d] = ix.merge(ws[w].terms, chunk[i][:0], int32(d), a)
				return
			}
			if keyed {
				texts = ix.texts(d)
			}
			chunk[i], lens[d] = ix.analyse(ws[w].an, ws[w].terms, chunk[i][:0], int32(d), &texts)
			cache.put(ix.keys[d], appendAnalysis(nil, chunk[i], lens[d], ix.analyseTags(ws[w].an, d)))
		})
		// Each local term belongs to one shard, so only that shard's
		// goroutine reads or sets its global id.
		parallel.For(len(ix.terms.shards), func(_, s int) {
			shard := &ix.terms.shards[s]
			for i, terms := range chunk[:n] {
				for _, dt := range terms {
					lt := dt.lt
					if int(lt.shard) != s {
						continue
					}
					if lt.global < 0 {
						lt.global = shard.id(lt.term)
					}
					shard.add(lt.global, rawPosting{doc: int32(base + i), tf: dt.tf})
				}
			}
		})
	}
	// Each field's weight over BM25's length normalisation, per guide.
	var avgLen [numFields]float64
	for f := range numFields {
		for _, l := range lens {
			avgLen[f] += float64(l[f])
		}
		avgLen[f] /= float64(max(len(lens), 1))
		if avgLen[f] == 0 {
			avgLen[f] = 1
		}
	}
	fieldScale := make([][numFields]float64, len(ix.guides))
	for d, l := range lens {
		for f := range numFields {
			norm := 1 - p.B[f] + p.B[f]*float64(l[f])/avgLen[f]
			fieldScale[d][f] = p.Weights[f] / norm
		}
	}
	parallel.For(len(ix.terms.shards), func(_, s int) {
		ix.terms.shards[s].weigh(fieldScale, p.K1)
	})
	ix.vocabByLen = map[int][]vocabWord{}
	for s := range ix.terms.shards {
		for _, t := range ix.terms.shards[s].terms {
			if !strings.Contains(t, "_") { // word pairs are never misspelt words
				ix.vocabByLen[len(t)] = append(ix.vocabByLen[len(t)], vocabWord{t, lettersOf(t)})
			}
		}
	}
	for _, v := range ix.vocabByLen {
		slices.SortFunc(v, func(a, b vocabWord) int { return strings.Compare(a.word, b.word) })
	}
	ix.buildTags()
	ix.an.frozen = true
	return ix
}

// texts are the texts of guide d's fields.
func (ix *Index) texts(d int) [numFields]string {
	g := ix.guides[d]
	// The body is what to do and not do: the reassurance and notes at the
	// end read alike in every guide and only blur the ranking.
	var body strings.Builder
	text := g.SectionsText()
	for k := guide.DoNot; k <= guide.CanWait; k++ {
		body.WriteString(text[k])
		body.WriteByte('\n')
	}
	return [numFields]string{g.Situation, strings.Join(g.Tags, " \n "), g.ShortAnswer(), body.String()}
}

// analyse appends to out each term of guide d, whose fields hold texts,
// with its frequency per field, and returns the field lengths. terms is
// the worker's own term table.
func (ix *Index) analyse(an *analyzer, terms map[string]*localTerm, out []docTerm, d int32, texts *[numFields]string) ([]docTerm, [numFields]float32) {
	var lens [numFields]float32
	for f, text := range texts {
		for _, tk := range an.tokensNorm(Normalize(text), f != fBody) {
			lt := ix.localTerm(terms, tk.term)
			if lt.doc != d {
				lt.doc, lt.slot = d, int32(len(out))
				out = append(out, docTerm{lt: lt})
			}
			out[lt.slot].tf[f] += float32(tk.weight)
			lens[f] += float32(tk.weight)
		}
	}
	return out, lens
}

// merge appends to out guide d's terms as a cached analysis (a valid
// one: see validAnalysis) holds them, and returns its field lengths.
func (ix *Index) merge(terms map[string]*localTerm, out []docTerm, d int32, b []byte) ([]docTerm, [numFields]float32) {
	a := analysisReader{binform.FromBytes(b)}
	lens := a.lens()
	n, _ := a.r.Count()
	for range n {
		word := a.word()
		lt := terms[string(word)] // looked up without a copy; made once
		if lt == nil {
			lt = ix.localTerm(terms, string(word))
		}
		lt.doc, lt.slot = d, int32(len(out))
		out = append(out, docTerm{lt: lt, tf: a.tf()})
	}
	return out, lens
}

// localTerm returns the worker's own entry for term, made on first use.
func (ix *Index) localTerm(terms map[string]*localTerm, term string) *localTerm {
	lt := terms[term]
	if lt == nil {
		lt = &localTerm{term: term, shard: ix.terms.shardOf(term), global: -1, doc: -1}
		terms[term] = lt
	}
	return lt
}

// Len returns the number of guides indexed.
func (ix *Index) Len() int { return len(ix.guides) }

// termIDF is BM25's inverse document frequency, counted over what guides are
// about (title, tags, short answer) rather than everything they mention:
// nearly every guide's steps mention links, but only one is about a link.
// Terms found only in guide bodies fall back to counting bodies.
func (ix *Index) termIDF(list []posting, topicDF int) float64 {
	if topicDF > 0 {
		return ix.idf(topicDF)
	}
	return ix.idf(len(list))
}

// idf is BM25's inverse document frequency.
func (ix *Index) idf(df int) float64 {
	n := float64(len(ix.guides))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// queryTerm is one term of a query with its weight.
type queryTerm struct {
	term string
	w    float64
}

// queryTerms analyses a query, adding spelling corrections for words the
// index does not know. Terms come sorted, so scores are summed in the same
// order every time and equal queries rank alike to the last bit.
func (ix *Index) queryTerms(norm string) []queryTerm {
	return ix.queryTermsOf(ix.an.read(norm))
}

// queryTermsOf is queryTerms of a query already read.
func (ix *Index) queryTermsOf(q readText) []queryTerm {
	tokens := ix.an.tokensOf(q, true)
	terms := make(map[string]float64, len(tokens))
	for _, tk := range tokens {
		if _, _, known := ix.terms.lookup(tk.term); known {
			terms[tk.term] = max(terms[tk.term], tk.weight)
			continue
		}
		if len(tk.term) < minFuzzy {
			continue
		}
		for _, c := range ix.corrections(tk.term) {
			terms[c] = max(terms[c], tk.weight*ix.params.FuzzyWeight)
		}
	}
	if ix.long(terms) {
		p, idf1 := ix.params.LongIDFPower, ix.idf(1)
		for t, w := range terms {
			if ix.an.narrativeTerm(t) {
				w *= ix.params.NarrativeWeight
			}
			if p != 0 {
				list, topicDF, _ := ix.terms.lookup(t)
				w *= idfPower(ix.termIDF(list, topicDF), idf1, p)
			}
			terms[t] = w
		}
	}
	out := make([]queryTerm, 0, len(terms))
	for t, w := range terms {
		out = append(out, queryTerm{t, w})
	}
	slices.SortFunc(out, func(a, b queryTerm) int { return strings.Compare(a.term, b.term) })
	return out
}

// idfPower is how Params.LongIDFPower weighs a term of idf: its share of
// the largest idf a term can have (idf1, a term one guide uses) to the
// power p. A word only one guide uses keeps its weight and the others gain,
// so a long query's scores do not fall against Params.MinScore, which is
// measured in idf1, as the library grows. The static site's search reads
// it from the export (Export.IDFPower), worked out here, so the two agree
// to the last bit.
func idfPower(idf, idf1, p float64) float64 { return math.Pow(idf/idf1, p) }

// long reports whether a query's terms hold more than Params.LongQuery
// different words (pairs apart).
func (ix *Index) long(terms map[string]float64) bool {
	n := 0
	for t := range terms {
		if !strings.Contains(t, "_") {
			n++
		}
	}
	return float64(n) > ix.params.LongQuery
}

// Spelling correction tries words of at least minFuzzy bytes, and keeps
// at most maxFuzzy corrections of each. Words of longFuzzy bytes or more
// may be two edits away, and words longer than maxOSA bytes are never
// compared.
const (
	minFuzzy  = 4
	maxFuzzy  = 3
	longFuzzy = 8
	maxOSA    = 40
)

// corrections returns the indexed terms one edit (two for long words) from
// term, counting a swap of neighbouring letters as one edit. Short words must
// keep their first letter, which is rarely mistyped, and candidates are
// looked up by length, so only a small part of the vocabulary is compared.
func (ix *Index) corrections(term string) []string {
	maxDist := 1
	if len(term) >= longFuzzy {
		maxDist = 2
	}
	var out []string
	best := maxDist + 1
	letters := lettersOf(term)
	for l := len(term) - maxDist; l <= len(term)+maxDist; l++ {
		for _, vw := range ix.vocabByLen[l] {
			v := vw.word
			if maxDist == 1 && v[0] != term[0] {
				continue
			}
			// One edit changes which letters a word holds by at most two
			// (a letter for another), so most words are ruled out without
			// working out their distance.
			if bits.OnesCount64(letters^vw.letters) > 2*maxDist {
				continue
			}
			d := osa(term, v, maxDist)
			switch {
			case d > maxDist:
			case d < best:
				best, out = d, []string{v}
			case d == best:
				out = append(out, v)
			}
		}
	}
	if len(out) > maxFuzzy {
		out = out[:maxFuzzy]
	}
	return out
}

// vocabWord is a word of the index with the set of letters it holds.
type vocabWord struct {
	word    string
	letters uint64
}

// lettersOf returns the set of bytes in w, folded into 64 bits: a byte
// sharing a bit with another only makes the set a weaker filter.
func lettersOf(w string) uint64 {
	var m uint64
	for i := 0; i < len(w); i++ {
		m |= 1 << (w[i] & 63)
	}
	return m
}

// osa is the optimal string alignment distance (Levenshtein plus adjacent
// swaps), giving up once it exceeds limit.
func osa(a, b string, limit int) int {
	if len(a) > maxOSA || len(b) > maxOSA {
		return limit + 1
	}
	var rows [3][maxOSA + 1]int
	prev2, prev, cur := rows[0][:len(b)+1], rows[1][:len(b)+1], rows[2][:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

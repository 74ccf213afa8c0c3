package search

// The search package's fast paths measured and checked against the plain
// code they stand in for: the prefilter in front of each synonym, cue and
// audience pattern, BM25F weights worked out once when the index is built
// rather than at each query, and the small table that numbers each
// guide's weights as Export writes them.

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"firststeps/internal/library"
	"firststeps/internal/library/librarytest"
	"firststeps/internal/pattern"
)

// patternPair is one of the content's patterns compiled with its
// prefilter and as a plain regular expression.
type patternPair struct {
	fast  *pattern.Pattern
	plain *regexp.Regexp
}

// contentPatterns compiles every synonym, cue and audience pattern of lib
// as the library does.
func contentPatterns(tb testing.TB, lib *library.Library) []patternPair {
	var exprs []string
	for _, s := range lib.Synonyms {
		exprs = append(exprs, s.Patterns...)
	}
	for _, c := range lib.Cues {
		exprs = append(append(exprs, c.Patterns...), c.Unless...)
	}
	for _, a := range lib.Audiences {
		exprs = append(append(exprs, a.Patterns...), a.Unless...)
	}
	var out []patternPair
	for _, e := range exprs {
		e = `\b(?:` + e + `)\b`
		fast, err := pattern.Compile(e)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, patternPair{fast, regexp.MustCompile(e)})
	}
	return out
}

// patternTexts returns what the patterns are run on: each guide's title,
// tags and short answer, normalised, as the index analyses them, and every
// query of the evaluation set.
func patternTexts(tb testing.TB, lib *library.Library) []string {
	var out []string
	for _, g := range lib.Guides {
		out = append(out, Normalize(g.Situation), Normalize(strings.Join(g.Tags, " \n ")), Normalize(g.ShortAnswer()))
	}
	for _, q := range evalQueries(tb) {
		out = append(out, Normalize(Cut(q)))
	}
	return out
}

// TestPrefilterAgrees: every pattern with its prefilter matches the texts
// that the plain expression matches, and no others.
func TestPrefilterAgrees(t *testing.T) {
	lib := realLibrary(t)
	pats := contentPatterns(t, lib)
	texts := patternTexts(t, lib)
	matched := 0
	for _, p := range pats {
		for _, s := range texts {
			got, want := p.fast.MatchString(s), p.plain.MatchString(s)
			if got != want {
				t.Fatalf("%v on %q: with the prefilter %v, plain %v", p.plain, s, got, want)
			}
			if want {
				matched++
			}
		}
	}
	t.Logf("%d patterns, %d texts, %d matches", len(pats), len(texts), matched)
}

// BenchmarkPrefilter runs every pattern of the content on every text it is
// run on (see patternTexts), with the prefilter and without.
func BenchmarkPrefilter(b *testing.B) {
	lib := realLibrary(b)
	pats := contentPatterns(b, lib)
	texts := patternTexts(b, lib)
	b.Logf("%d patterns × %d texts", len(pats), len(texts))
	b.Run("prefilter", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pats {
				for _, s := range texts {
					p.fast.MatchString(s)
				}
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pats {
				for _, s := range texts {
					p.plain.MatchString(s)
				}
			}
		}
	})
}

// plainBM25F keeps each guide's raw frequency of each term per field and
// works BM25F's saturated weight out at each query: what the postings'
// precomputed sat stands for.
type plainBM25F struct {
	raw   map[string][]rawPosting
	scale [][numFields]float64 // per guide: each field's weight over its length normalisation
	k1    float64
}

func newPlainBM25F(ix *Index) *plainBM25F {
	pb := &plainBM25F{raw: map[string][]rawPosting{}, k1: ix.params.K1}
	an := ix.an.clone()
	terms := map[string]*localTerm{}
	lens := make([][numFields]float32, len(ix.guides))
	var out []docTerm
	for d := range ix.guides {
		texts := ix.texts(d)
		out, lens[d] = ix.analyse(an, terms, out[:0], int32(d), &texts)
		for _, dt := range out {
			pb.raw[dt.lt.term] = append(pb.raw[dt.lt.term], rawPosting{doc: int32(d), tf: dt.tf})
		}
	}
	var avg [numFields]float64
	for f := range numFields {
		for _, l := range lens {
			avg[f] += float64(l[f])
		}
		avg[f] /= float64(max(len(lens), 1))
		if avg[f] == 0 {
			avg[f] = 1
		}
	}
	pb.scale = make([][numFields]float64, len(lens))
	for d, l := range lens {
		for f := range numFields {
			pb.scale[d][f] = ix.params.Weights[f] / (1 - ix.params.B[f] + ix.params.B[f]*float64(l[f])/avg[f])
		}
	}
	return pb
}

// sat is the saturated BM25F weight of a raw posting.
func (pb *plainBM25F) sat(r rawPosting) float64 {
	w := 0.0
	for f := range numFields {
		w += float64(r.tf[f]) * pb.scale[r.doc][f]
	}
	return w / (pb.k1 + w)
}

// weightedTerm is a query term with its weight times its IDF.
type weightedTerm struct {
	term string
	v    float64
}

// evalTerms returns the weighted terms of every evaluation query.
func evalTerms(tb testing.TB, ix *Index) [][]weightedTerm {
	var out [][]weightedTerm
	for _, q := range evalQueries(tb) {
		var ts []weightedTerm
		for _, qt := range ix.queryTerms(Normalize(Cut(q))) {
			list, topicDF, _ := ix.terms.lookup(qt.term)
			ts = append(ts, weightedTerm{qt.term, qt.w * ix.termIDF(list, topicDF)})
		}
		out = append(out, ts)
	}
	return out
}

// TestPrecomputedWeightsAgree: each posting's precomputed weight is the
// weight worked out from its raw frequencies, to the float32 it is kept in,
// for every term of the real index.
func TestPrecomputedWeightsAgree(t *testing.T) {
	ix := New(realLibrary(t), "uk", DefaultParams)
	pb := newPlainBM25F(ix)
	for term, raw := range pb.raw {
		list, _, ok := ix.terms.lookup(term)
		if !ok || len(list) != len(raw) {
			t.Fatalf("term %q: %d postings, %d raw", term, len(list), len(raw))
		}
		for i, r := range raw {
			if list[i].doc != r.doc || list[i].sat != float32(pb.sat(r)) {
				t.Fatalf("term %q, guide %d: precomputed %v, worked out %v", term, r.doc, list[i].sat, pb.sat(r))
			}
		}
	}
}

// BenchmarkBM25F scores the terms of every evaluation query over 10,000
// generated guides, from the precomputed weights and from raw frequencies.
func BenchmarkBM25F(b *testing.B) {
	lib, probs := library.Load(librarytest.Generate(10000), library.Options{Today: librarytest.Today()})
	if probs.HasErrors() {
		b.Fatal(probs.Errors()[0])
	}
	ix := New(lib, "uk", DefaultParams)
	pb := newPlainBM25F(ix)
	queries := evalTerms(b, ix)
	sc := &scratch{}
	b.Run("precomputed", func(b *testing.B) {
		for b.Loop() {
			for _, q := range queries {
				sc.reset(len(ix.guides))
				for _, t := range q {
					list, _, _ := ix.terms.lookup(t.term)
					for _, post := range list {
						sc.add(post.doc, t.v*float64(post.sat))
					}
				}
			}
		}
	})
	b.Run("at-query", func(b *testing.B) {
		for b.Loop() {
			for _, q := range queries {
				sc.reset(len(ix.guides))
				for _, t := range q {
					for _, r := range pb.raw[t.term] {
						sc.add(r.doc, t.v*pb.sat(r))
					}
				}
			}
		}
	})
}

// satStream is each posting's guide and weight, in the order Export meets
// them (term by term, in order), for an index of 2,000 generated guides.
func satStream(tb testing.TB) (guides int, docs []int32, sats []Float32) {
	lib, probs := library.Load(librarytest.Generate(2000), library.Options{Today: librarytest.Today()})
	if probs.HasErrors() {
		tb.Fatal(probs.Errors()[0])
	}
	ix := New(lib, "uk", DefaultParams)
	var terms []string
	for s := range ix.terms.shards {
		terms = append(terms, ix.terms.shards[s].terms...)
	}
	slices.Sort(terms)
	for _, term := range terms {
		list, _, _ := ix.terms.lookup(term)
		for _, p := range list {
			docs, sats = append(docs, p.doc), append(sats, Float32(p.sat))
		}
	}
	return len(ix.guides), docs, sats
}

// TestWeightPlacesAgree: the small table gives every weight the place a
// map gives it (numbering, in order of first use), guide by guide.
func TestWeightPlacesAgree(t *testing.T) {
	guides, docs, sats := satStream(t)
	fast, plain := make([]weightPlaces, guides), make([]numbering[Float32], guides)
	for i, d := range docs {
		if a, b := fast[d].place(sats[i]), plain[d].place(sats[i]); a != b {
			t.Fatalf("posting %d, guide %d, weight %v: place %d, the map's %d", i, d, sats[i], a, b)
		}
	}
	for d := range fast {
		if !slices.Equal(fast[d].values, plain[d].values) {
			t.Fatalf("guide %d: the tables' weights differ", d)
		}
	}
}

// BenchmarkWeightPlaces numbers the weights of every posting of 2,000
// generated guides, as Export does once per build, with the small table
// and with a map per guide.
func BenchmarkWeightPlaces(b *testing.B) {
	guides, docs, sats := satStream(b)
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			p := make([]weightPlaces, guides)
			for i, d := range docs {
				p[d].place(sats[i])
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			p := make([]numbering[Float32], guides)
			for i, d := range docs {
				p[d].place(sats[i])
			}
		}
	})
}

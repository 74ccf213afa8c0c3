package search

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// TestExportReadsBack writes each jurisdiction's export as JSON, reads it
// back and works out every weight from it as the static site's search does
// (a weight read as a double and rounded to single precision; a tag
// weight from the term's weight, idf and the tag's length): each must be
// the index's own, bit for bit, and no term may be missing or extra.
func TestExportReadsBack(t *testing.T) {
	lib := realLibrary(t)
	for _, j := range lib.Jurisdictions {
		t.Run(j.ID, func(t *testing.T) {
			ix := New(lib, j.ID, DefaultParams)
			ex, err := ix.Export()
			if err != nil {
				t.Fatal(err)
			}
			// As the static site writes it; the same value as
			// encoding/json writes.
			b, err := ex.AppendJSON(nil)
			if err != nil {
				t.Fatal(err)
			}
			plain, err := json.Marshal(ex)
			if err != nil {
				t.Fatal(err)
			}
			var got, want any
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(plain, &want); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatal("AppendJSON wrote another value than json.Marshal")
			}
			var back Export
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			known, tagTerms := 0, 0
			for term, et := range back.Terms {
				list, topicDF, ok := ix.terms.lookup(term)
				if ok != (et.IDF >= 0) {
					t.Fatalf("%q: in the term table %v, in the export %v", term, ok, et.IDF >= 0)
				}
				if ok {
					known++
					if got, want := back.IDF[et.IDF], ix.termIDF(list, topicDF); got != want {
						t.Errorf("%q: idf %v, want %v", term, got, want)
					}
					if len(et.Postings) != 2*len(list) {
						t.Fatalf("%q: %d postings, want %d", term, len(et.Postings)/2, len(list))
					}
					for k, p := range list {
						doc, sat := et.Postings[2*k], float32(back.Sat[et.Postings[2*k]][et.Postings[2*k+1]])
						if doc != p.doc || sat != p.sat {
							t.Errorf("%q: posting %d is guide %d at %v, want guide %d at %v", term, k, doc, sat, p.doc, p.sat)
						}
					}
				}
				tags, idf := ix.tags.lookup(term)
				if (len(tags) > 0) != (et.TagIDF >= 0) {
					t.Fatalf("%q: in the tag index %v, in the export %v", term, len(tags) > 0, et.TagIDF >= 0)
				}
				if len(tags) == 0 {
					continue
				}
				tagTerms++
				if back.IDF[et.TagIDF] != idf {
					t.Errorf("%q: tag idf %v, want %v", term, back.IDF[et.TagIDF], idf)
				}
				if len(et.TagPostings) != 2*len(tags) {
					t.Fatalf("%q: %d tag postings, want %d", term, len(et.TagPostings)/2, len(tags))
				}
				for k, p := range tags {
					tag := et.TagPostings[2*k]
					w := float32(float64(float32(float64(float32(back.TagWeight[et.TagPostings[2*k+1]]))*back.IDF[et.TagIDF])) / back.TagNorm[tag])
					if tag != p.tag || w != p.w {
						t.Errorf("%q: tag posting %d is tag %d at %v, want tag %d at %v", term, k, tag, w, p.tag, p.w)
					}
				}
			}
			all := 0
			for s := range ix.terms.shards {
				all += len(ix.terms.shards[s].terms)
			}
			allTags := 0
			for s := range ix.tags.shards {
				allTags += len(ix.tags.shards[s].ids)
			}
			if known != all || tagTerms != allTags {
				t.Errorf("the export holds %d terms and %d tag terms, the index %d and %d", known, tagTerms, all, allTags)
			}
		})
	}
}

// TestFacetExponentsReached checks that the exponents the export gives a
// factor for are every one facetFactor can use: for many random sets of
// facts, each guide's exponent must be among them. (A miss would leave
// the static site's search to work out e to that power itself, perhaps a
// last bit apart from the server.)
func TestFacetExponentsReached(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	lib := realLibrary(t)
	for _, j := range lib.Jurisdictions {
		ix := New(lib, j.ID, DefaultParams)
		ft := ix.facets
		for d, g := range ix.facetsOf {
			reached := ft.exponents(g, ix.params)
			for range 2000 {
				var query []int
				for v := range ft.values {
					// Mostly the guide's own facets, where the factor moves.
					if rng.IntN(len(ft.values)) < 3 || slices.ContainsFunc(g, func(x int) bool { return ft.facet[x] == ft.facet[v] }) && rng.IntN(3) == 0 {
						query = append(query, v)
					}
				}
				if len(query) == 0 || len(g) == 0 {
					continue
				}
				if x := ft.facetExponent(query, g, ix.params); !slices.Contains(reached, x) {
					t.Fatalf("%s: facts %v give exponent %v, which the export lacks", ix.guides[d].ID, ft.Names(query), x)
				}
			}
		}
	}
}

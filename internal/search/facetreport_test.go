package search_test

import (
	"flag"
	"fmt"
	"slices"
	"strings"
	"testing"

	"firststeps/internal/search"
)

var (
	facetReport = flag.Bool("facets", false, "print how often each facet value is read from the development accounts it should be, and from those it should not")
	facetMisses = flag.String("facetmisses", "", "with -facets: print the accounts whose guide states this facet value (\"images:shared\") and no other of its facet where it is not read, and where it is read against the guide")
)

// facetCount is how one facet value fares on the development sets.
type facetCount struct {
	states, fired int // accounts whose guide states the value, and of them where it is read
	sole, soleHit int // the same for guides that state no other value of its facet
	against, aHit int // accounts whose guide states only other values of its exclusive facet, and of them where it is read
	silent, sHit  int // accounts whose guide states nothing of its facet, and of them where it is read
}

// TestFacetReport is a tool, not a check: with -facets (and -v) it reads the facts of
// every development account and query (never the held-aside ones) and
// compares them with the facets front matter of the guide a caseworker
// chose. Recall is how often a value the guide states is read; "against"
// is how often a value is read where the guide states only other values of
// the same exclusive facet, which is where a fact pushes the wrong way.
func TestFacetReport(t *testing.T) {
	if !*facetReport {
		t.Skip("run with -facets")
	}
	lib := realIndexLibrary(t)
	sets, _ := evalSets(t, lib)
	ixs := map[string]*search.Index{}
	for _, j := range lib.Jurisdictions {
		ixs[j.ID] = search.New(lib, j.ID, search.DefaultParams)
	}
	// Every facet value, with its facet and whether that is exclusive.
	type value struct {
		name, facet string
		exclusive   bool
	}
	var values []value
	for _, f := range lib.Facets {
		for _, v := range f.Values {
			values = append(values, value{f.ID + ":" + v.ID, f.ID, f.Exclusive})
		}
	}
	facetOf := func(name string) string { f, _, _ := strings.Cut(name, ":"); return f }
	counts := map[string]*facetCount{}
	for _, v := range values {
		counts[v.name] = &facetCount{}
	}
	var misses []string
	for _, s := range sets {
		if s.holdout {
			continue
		}
		for _, a := range s.items {
			g, err := lib.Guide(a.id)
			if err != nil {
				t.Fatal(err)
			}
			facts := ixs[s.jurisdiction].Search(a.text, 1).Facts
			for _, v := range values {
				c := counts[v.name]
				read := slices.Contains(facts, v.name)
				statesFacet, others := false, 0
				for _, gv := range g.Facets {
					if facetOf(gv) == v.facet {
						statesFacet = true
						if gv != v.name {
							others++
						}
					}
				}
				switch {
				case slices.Contains(g.Facets, v.name):
					c.states++
					if read {
						c.fired++
					}
					if others == 0 {
						c.sole++
						if read {
							c.soleHit++
						}
					}
					if !read && others == 0 && v.name == *facetMisses {
						misses = append(misses, fmt.Sprintf("missed  %s/%s: %q", s.name, a.id, a.text))
					}
				case statesFacet && v.exclusive:
					c.against++
					if read {
						c.aHit++
						if v.name == *facetMisses {
							misses = append(misses, fmt.Sprintf("against %s/%s: %q", s.name, a.id, a.text))
						}
					}
				default:
					c.silent++
					if read {
						c.sHit++
					}
				}
			}
		}
	}
	fmt.Printf("%-26s %17s %17s %17s %17s\n", "facet value", "recall", "sole-value recall", "read against", "read, guide silent")
	for _, v := range values {
		c := counts[v.name]
		fmt.Printf("%-26s %17s %17s %17s %17s\n", v.name, frac(c.fired, c.states), frac(c.soleHit, c.sole), frac(c.aHit, c.against), frac(c.sHit, c.silent))
	}
	for _, m := range misses {
		fmt.Println(m)
	}
}

func frac(k, n int) string { return fmt.Sprintf("%d/%d %5.1f%%", k, n, pct(k, n)) }

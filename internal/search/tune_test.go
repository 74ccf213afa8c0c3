package search_test

import (
	"flag"
	"fmt"
	"testing"

	"firststeps/internal/search"
)

var tune = flag.Bool("tune", false, "search ranking parameters on the development sets (coordinate ascent) and print the best")

// TestTune is a tool, not a check: with -tune it improves DefaultParams by
// coordinate ascent on every development set (never the held-aside ones),
// and prints the result with each set's figures. Copy the printed parameters into
// DefaultParams by hand.
func TestTune(t *testing.T) {
	if !*tune {
		t.Skip("run with -tune")
	}
	lib := realIndexLibrary(t)
	sets, offs := evalSets(t, lib)
	// The objective weighs every development set equally (as rates), so no
	// single set's quirks decide the parameters; held-aside sets are only
	// reported.
	objective := func(p search.Params) (float64, accuracy) {
		res, _ := runSets(t, lib, p, sets, offs)
		own := res["own"]
		return objectiveOf(res, sets, offs), accuracy{top1: own.top1, top3: own.top3, n: own.n}
	}
	best := search.DefaultParams
	bestScore, acc := objective(best)
	t.Logf("start: %s", acc)
	type knob struct {
		name string
		ptr  func(*search.Params) *float64
		vals []float64
	}
	var knobs []knob
	for f, name := range []string{"title", "tags", "short", "body"} {
		knobs = append(knobs,
			knob{"weight." + name, func(p *search.Params) *float64 { return &p.Weights[f] }, []float64{0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 6}},
			knob{"b." + name, func(p *search.Params) *float64 { return &p.B[f] }, []float64{0, 0.25, 0.5, 0.75, 1}})
	}
	knobs = append(knobs,
		knob{"k1", func(p *search.Params) *float64 { return &p.K1 }, []float64{0.6, 0.9, 1.2, 1.6, 2, 3}},
		knob{"tag", func(p *search.Params) *float64 { return &p.TagWeight }, []float64{0, 2, 4, 6, 8, 10, 14, 20}},
		knob{"fuzzy", func(p *search.Params) *float64 { return &p.FuzzyWeight }, []float64{0.3, 0.5, 0.7, 0.9}},
		knob{"audience.boost", func(p *search.Params) *float64 { return &p.AudienceBoost }, []float64{1, 1.15, 1.3, 1.5, 1.8, 2.2}},
		knob{"audience.miss", func(p *search.Params) *float64 { return &p.AudienceMiss }, []float64{0.4, 0.55, 0.7, 0.85, 1}},
		knob{"bigram", func(p *search.Params) *float64 { return &p.BigramWeight }, []float64{0, 0.25, 0.5, 1, 1.5}},
		knob{"facet.match", func(p *search.Params) *float64 { return &p.FacetMatch }, []float64{0, 0.15, 0.3, 0.5, 0.75, 1, 1.5}},
		knob{"facet.clash", func(p *search.Params) *float64 { return &p.FacetClash }, []float64{0, 0.15, 0.3, 0.5, 0.75, 1, 1.5}},
		knob{"min.score", func(p *search.Params) *float64 { return &p.MinScore }, []float64{0.65, 0.8, 1, 1.1, 1.3, 1.6}},
		knob{"min.coverage", func(p *search.Params) *float64 { return &p.MinCoverage }, []float64{0.4, 0.45, 0.5, 0.55, 0.6}},
		knob{"narrative.weight", func(p *search.Params) *float64 { return &p.NarrativeWeight }, []float64{0.3, 0.45, 0.6, 0.75, 1}},
		knob{"long.query", func(p *search.Params) *float64 { return &p.LongQuery }, []float64{6, 10, 15, 20}},
		knob{"long.idf.power", func(p *search.Params) *float64 { return &p.LongIDFPower }, []float64{0, -0.1, -0.2, -0.3, -0.45}},
	)
	for round := range 3 {
		improved := false
		for _, k := range knobs {
			for _, v := range k.vals {
				p := best
				*k.ptr(&p) = v
				if s, a := objective(p); s > bestScore {
					best, bestScore, acc, improved = p, s, a, true
					t.Logf("round %d: %s=%v → %s", round, k.name, v, a)
				}
			}
		}
		if !improved {
			break
		}
	}
	fmt.Printf("best on own set: %s\n%#v\n", acc, best)
	res, _ := runSets(t, lib, best, sets, offs)
	for _, s := range sets {
		if s.holdout && !*showHoldout {
			continue
		}
		fmt.Printf("%-24s held aside %-5v %s\n", s.name, s.holdout, res[s.name].score)
	}
}

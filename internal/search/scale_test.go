package search_test

import (
	"flag"
	"fmt"
	"strings"
	"sync"
	"testing"

	"firststeps/internal/library"
	"firststeps/internal/library/librarytest"
	"firststeps/internal/search"
)

var scaleN = flag.Int("scale.n", 1000, "with TestScale: how many realistic guides to generate beside the real ones")

// scaleLib is the real content with n realistic generated guides beside
// it, in one library, and its UK index.
type scaleLib struct {
	gen *librarytest.Realistic
	lib *library.Library
	ix  *search.Index
	// event maps each generated guide to its event (uk/gen-<area>-<event>).
	event map[string]string
}

var scaleLibs sync.Map // n → *scaleLib

// loadScale builds (once per test binary) the real library with n
// realistic guides beside it.
func loadScale(t testing.TB, n int) *scaleLib {
	t.Helper()
	if v, ok := scaleLibs.Load(n); ok {
		return v.(*scaleLib)
	}
	gen := librarytest.NewRealistic(n, librarytest.RealisticOptions{Real: true, HoldOutTag: true})
	lib, probs := library.Load(gen.FS, library.Options{NoHTML: true})
	if lib == nil || probs.HasErrors() {
		t.Fatalf("realistic library of %d: %v", n, probs.Errors()[:min(5, len(probs.Errors()))])
	}
	s := &scaleLib{gen: gen, lib: lib, ix: search.New(lib, "uk", search.DefaultParams), event: map[string]string{}}
	for _, g := range gen.Guides {
		s.event[g.ID] = g.Event
	}
	scaleLibs.Store(n, s)
	return s
}

// genScore is how search did on generated phrasings: the exact guide, and
// its event (any of the guides that tell one situation apart by who it
// happens to, how, or where).
type genScore struct {
	n, top1, top3, event1, event3, conf int
	misses                              []string
}

func (g genScore) String() string {
	p := func(k int) float64 { return pct(k, g.n) }
	return fmt.Sprintf("guide top-1 %.1f%%, top-3 %.1f%%; situation top-1 %.1f%%, top-3 %.1f%%; confident %.1f%% (of %d)",
		p(g.top1), p(g.top3), p(g.event1), p(g.event3), p(g.conf), g.n)
}

func (s *scaleLib) measureGenerated(qs []librarytest.Query) genScore {
	var g genScore
	for _, q := range qs {
		res := s.ix.Search(q.Text, 3)
		g.n++
		if res.Confident {
			g.conf++
		}
		exact, event := false, false
		for i, h := range res.Hits {
			if h.Guide.ID == q.ID && !exact {
				exact = true
				if i == 0 {
					g.top1++
				}
				g.top3++
			}
			if s.event[h.Guide.ID] == q.Event && !event {
				event = true
				if i == 0 {
					g.event1++
				}
				g.event3++
			}
		}
		if len(res.Hits) == 0 || s.event[res.Hits[0].Guide.ID] != q.Event {
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Guide.ID)
			}
			g.misses = append(g.misses, fmt.Sprintf("%s → %v: %q", q.ID, got, q.Text))
		}
	}
	return g
}

// scaleOff is one input of the off-topic sets, labelled for the generated
// library (testdata/scale-offtopic.tsv): whether one of its situations
// covers it.
type scaleOff struct {
	set, label, event, text string
}

// readScaleOff reads the labels. "none" inputs are off-topic at scale too;
// "covered" ones are in-domain for the generated guides, with the
// situation that covers them; "near" ones have a neighbouring situation
// that a caseworker would not send them to, and are reported apart.
func readScaleOff(t testing.TB) []scaleOff {
	var out []scaleOff
	for i, line := range readLines(t, "testdata/scale-offtopic.tsv") {
		if i == 0 {
			continue
		}
		f := strings.SplitN(line, "\t", 4)
		if len(f) != 4 {
			t.Fatalf("scale-offtopic.tsv line %d: want set, label, event, text", i+1)
		}
		o := scaleOff{set: f[0], label: f[1], text: f[3]}
		if f[2] != "" {
			area, ev, _ := strings.Cut(f[2], "/")
			o.event = "uk/" + librarytest.GeneratedPrefix + area + "-" + ev
		}
		out = append(out, o)
	}
	return out
}

// scaleResult is everything TestScale measures on one library.
type scaleResult struct {
	guides          int
	dev, held       genScore // the asks: phrasings written apart from the guides
	tagDev, tagHeld genScore // the tags held out of the index
	real            map[string]setResult
	offNone, offNot map[string]int // per off-topic set: inputs no guide covers, and of them not confident
	nearN, nearConf int
	covN, covTop1   int
	covConf         int
	realConf, realN int // the real labelled UK sets, held-aside parts only with -holdout
}

func measureScale(t testing.TB, s *scaleLib) scaleResult {
	r := scaleResult{guides: s.ix.Len(), offNone: map[string]int{}, offNot: map[string]int{}}
	parts := map[string][]librarytest.Query{}
	for _, q := range s.gen.Queries {
		k := q.Kind
		if q.Dev {
			k += "/dev"
		}
		parts[k] = append(parts[k], q)
	}
	r.dev, r.held = s.measureGenerated(parts["ask/dev"]), s.measureGenerated(parts["ask"])
	r.tagDev, r.tagHeld = s.measureGenerated(parts["tag/dev"]), s.measureGenerated(parts["tag"])
	sets, offs := evalSets(t, s.lib)
	r.real, _ = runSets(t, s.lib, search.DefaultParams, sets, offs)
	known := map[string]bool{}
	for _, e := range s.event {
		known[e] = true
	}
	for _, o := range readScaleOff(t) {
		res := s.ix.Search(o.text, 3)
		switch o.label {
		case "none":
			r.offNone[o.set]++
			if !res.Confident {
				r.offNot[o.set]++
			}
		case "near":
			r.nearN++
			if res.Confident {
				r.nearConf++
			}
		case "covered":
			if !known[o.event] {
				t.Fatalf("scale-offtopic.tsv: %s is not a generated situation", o.event)
			}
			r.covN++
			if res.Confident {
				r.covConf++
			}
			if len(res.Hits) > 0 && s.event[res.Hits[0].Guide.ID] == o.event {
				r.covTop1++
			}
		default:
			t.Fatalf("scale-offtopic.tsv: unknown label %q", o.label)
		}
	}
	for _, set := range sets {
		if set.jurisdiction == "uk" && (!set.holdout || *showHoldout) {
			r.realConf += r.real[set.name].conf
			r.realN += r.real[set.name].n
		}
	}
	return r
}

// TestScale checks search in a library of the real guides and 1,000
// realistic generated ones (-scale.n for another size): how it finds
// held-out phrasings of the generated situations, how the real labelled
// sets fare among them, and whether confidence still tells in-domain
// from off-topic input. Off-topic here means inputs of the off-topic sets
// that no generated situation covers either (testdata/scale-offtopic.tsv,
// labelled by reading each input against the list of situations). Run
// with -v for the table, -misses gen- for the development asks missed, and
// -holdout to see the held-out and held-aside figures too.
//
// It fails if fewer than 90% of off-topic inputs come back not confident.
// In-domain confidence is reported, not checked: it is short of the 95%
// aimed for on every in-domain set (held-out tags, held-out asks, the real
// labelled sets; see the log), and on the development data no threshold
// on the top guide's score and coverage raises it without making
// off-topic input confident too.
func TestScale(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a library of a thousand guides")
	}
	s := loadScale(t, *scaleN)
	r := measureScale(t, s)
	t.Logf("library: %d UK guides (%d generated, %d areas)", r.guides, len(s.gen.Guides), len(s.gen.Domains))
	t.Logf("generated asks, dev part:   %s", r.dev)
	t.Logf("held-out tags, dev part:    %s", r.tagDev)
	if *showHoldout {
		t.Logf("generated asks, held out:   %s", r.held)
		t.Logf("held-out tags, held out:    %s", r.tagHeld)
	}
	sets, offs := evalSets(t, s.lib)
	alone, _ := runSets(t, realIndexLibrary(t), search.DefaultParams, sets, offs)
	for _, set := range sets {
		if set.holdout && !*showHoldout {
			continue
		}
		a, b := alone[set.name], r.real[set.name]
		t.Logf("%-24s top-1 %5.1f%% (alone %5.1f%%), top-3 %5.1f%% (alone %5.1f%%), confident %5.1f%% (alone %5.1f%%)",
			set.name, pct(b.top1, b.n), pct(a.top1, a.n), pct(b.top3, b.n), pct(a.top3, a.n), pct(b.conf, b.n), pct(a.conf, a.n))
	}
	none, not := 0, 0
	for _, o := range offs {
		none += r.offNone[o.name]
		not += r.offNot[o.name]
		if o.holdout && !*showHoldout {
			continue
		}
		t.Logf("%-24s no guide covers %d; of them not confident %d (%.1f%%)", o.name, r.offNone[o.name], r.offNot[o.name], pct(r.offNot[o.name], r.offNone[o.name]))
	}
	t.Logf("off-topic at scale: %d of %d not confident (%.1f%%)", not, none, pct(not, none))
	t.Logf("inputs with a neighbouring situation only: %d, confident %d", r.nearN, r.nearConf)
	t.Logf("inputs a generated situation covers: %d, its situation first %d (%.1f%%), confident %d (%.1f%%)", r.covN, r.covTop1, pct(r.covTop1, r.covN), r.covConf, pct(r.covConf, r.covN))
	if *showHoldout {
		t.Logf("in-domain confident: held-out tags %.1f%%, held-out asks %.1f%%, real labelled UK sets %.1f%% (%d of %d)",
			pct(r.tagHeld.conf, r.tagHeld.n), pct(r.held.conf, r.held.n), pct(r.realConf, r.realN), r.realConf, r.realN)
	} else {
		t.Logf("in-domain confident: held-out tags, dev part %.1f%%, asks, dev part %.1f%%, real labelled UK development sets %.1f%% (%d of %d)",
			pct(r.tagDev.conf, r.tagDev.n), pct(r.dev.conf, r.dev.n), pct(r.realConf, r.realN), r.realConf, r.realN)
	}
	if *showMisses != "" {
		misses := r.dev.misses
		if *showHoldout {
			misses = r.held.misses
		}
		for _, m := range misses {
			if strings.Contains(m, *showMisses) {
				t.Logf("  miss: %s", m)
			}
		}
	}
	if float64(not) < 0.9*float64(none) {
		t.Errorf("only %d of %d off-topic inputs are not confident", not, none)
	}
}

package search_test

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/search"
	"firststeps/internal/triage"
)

// TestFlowsAgreeWithFacts checks the three questions and search choose
// alike: for every way through each flow that ends at a guide, ranking the
// guides by the facts its answers state puts that guide first, or tied
// first.
func TestFlowsAgreeWithFacts(t *testing.T) {
	lib := realIndexLibrary(t)
	for _, f := range lib.Flows {
		ix := search.New(lib, f.Jurisdiction, search.DefaultParams)
		for _, p := range triage.Paths(f) {
			if p.End != triage.Guide {
				continue
			}
			st := triage.Next(f, p.Answers)
			facts := st.Facts()
			hits := ix.ByFacts(facts)
			var top []string
			for _, h := range hits {
				if h.Score == hits[0].Score {
					top = append(top, h.Guide.ID)
				}
			}
			if !containsString(top, p.GuideID) {
				t.Errorf("%s %s leads to %s, but its facts %v rank first %v (%s)", f.ID, answersOf(st), p.GuideID, facts, top, ranked(hits))
			}
		}
	}
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func answersOf(st triage.Step) string {
	var out []string
	for _, g := range st.Answers {
		out = append(out, g.Question.ID+"="+g.Answer.ID)
	}
	return strings.Join(out, "&")
}

func ranked(hits []search.FactHit) string {
	var out []string
	for i, h := range hits {
		if i == 5 {
			break
		}
		out = append(out, fmt.Sprintf("%s %.3f", h.Guide.ID, h.Score))
	}
	return strings.Join(out, ", ")
}

// TestByFacts checks facts that contradict a guide count against it, and
// guides sharing no fact are left out.
func TestByFacts(t *testing.T) {
	ix := realIndex(t, search.DefaultParams)
	hits := ix.ByFacts([]string{"images:faked", "who:partner-or-ex"})
	if len(hits) == 0 || hits[0].Guide.ID != "uk/deepfake-sexual-image" {
		t.Fatalf("fake images from an ex: got %s, want uk/deepfake-sexual-image first", ranked(hits))
	}
	for _, h := range hits {
		if h.Guide.ID == "uk/court-order" {
			t.Errorf("uk/court-order shares no fact but is ranked")
		}
	}
	if hits := ix.ByFacts([]string{"mood:calm"}); hits != nil {
		t.Errorf("an unknown fact ranked %s", ranked(hits))
	}
}

// TestSuggest checks the answers chosen for what a person typed: the ones
// the three questions would have them give.
func TestSuggest(t *testing.T) {
	lib := realIndexLibrary(t)
	f, _ := lib.FlowFor("uk")
	ix := realIndex(t, search.DefaultParams)
	cases := []struct {
		query string
		want  url.Values
	}{
		{"my ex has put my nudes on reddit", url.Values{"what": {"shared"}, "what-young": {"group-chat"}}},
		{"a guy i met online has my pics and wants £200 or he sends them to my family", url.Values{"what": {"money-demand"}, "what-young": {"nudes"}}},
		{"im 14 and someone made fake nudes of me", url.Values{"age": {"under-18"}, "what": {"fake"}, "what-young": {"fake"}}},
		{"my son is being blackmailed over pictures", url.Values{"age": {"helping"}, "who": {"my-child"}, "what": {"money-demand"}, "what-young": {"nudes"}}},
		{"how do i cook rice", url.Values{}},
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			res := ix.Search(c.query, 3)
			got := url.Values{}
			for q, a := range ix.Suggest(f, res) {
				got.Set(q, a)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("answers chosen for facts %v, asker %q (-want +got):\n%s", res.Facts, res.Asker, diff)
			}
		})
	}
}

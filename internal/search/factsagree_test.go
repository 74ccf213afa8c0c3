package search_test

import (
	"fmt"
	"net/url"
	"testing"

	"firststeps/internal/library"
	"firststeps/internal/search"
	"firststeps/internal/triage"
)

// factAgreement counts, over accounts, where the facts read from each lead
// when guides are ranked by facts alone (Index.ByFacts), and where the
// answers chosen from them (Index.Suggest) lead through the flow.
type factAgreement struct {
	n, noFacts      int
	sameAsSearch    int // search's top guide is first, or tied first, by facts
	uniqueAsSearch  int // … and alone first
	labelled        int // the labelled guide (or its alternative) is first or tied first
	searchLabelled  int // search's top guide is the labelled one (or its alternative)
	suggested       int // the chosen answers reach a guide
	suggestLabelled int // … the labelled one (or its alternative)
}

func (a factAgreement) String() string {
	pct := func(k, of int) string {
		return fmt.Sprintf("%d/%d (%.1f%%)", k, of, 100*float64(k)/float64(max(1, of)))
	}
	return fmt.Sprintf("no facts read %s; facts rank search's top first %s (alone first %s); facts rank the labelled guide first %s (search's top is labelled: %s); chosen answers reach a guide %s, the labelled one %s",
		pct(a.noFacts, a.n), pct(a.sameAsSearch, a.n), pct(a.uniqueAsSearch, a.n), pct(a.labelled, a.n), pct(a.searchLabelled, a.n), pct(a.suggested, a.n), pct(a.suggestLabelled, a.n))
}

func measureFacts(ix *search.Index, f *library.Flow, set []account) factAgreement {
	var a factAgreement
	for _, acc := range set {
		a.n++
		right := func(id string) bool { return id == acc.id || (acc.alt != "" && id == acc.alt) }
		res := ix.Search(acc.text, 3)
		if len(res.Hits) > 0 && right(res.Hits[0].Guide.ID) {
			a.searchLabelled++
		}
		if len(res.Facts) == 0 {
			a.noFacts++
		}
		hits := ix.ByFacts(res.Facts)
		var first []string
		for _, h := range hits {
			if h.Score == hits[0].Score {
				first = append(first, h.Guide.ID)
			}
		}
		if len(res.Hits) > 0 && containsString(first, res.Hits[0].Guide.ID) {
			a.sameAsSearch++
			if len(first) == 1 {
				a.uniqueAsSearch++
			}
		}
		for _, id := range first {
			if right(id) {
				a.labelled++
				break
			}
		}
		// Follow the chosen answers; a question with none chosen past the
		// first is answered as most do: not in danger, 18 or over.
		chosen := ix.Suggest(f, res)
		v := url.Values{}
		for {
			st := triage.Next(f, v)
			if st.Kind != triage.Ask {
				if st.Kind == triage.Guide {
					a.suggested++
					if right(st.GuideID) {
						a.suggestLabelled++
					}
				}
				break
			}
			ans, ok := chosen[st.Question.ID]
			switch {
			case ok:
			case st.Question.ID == "danger":
				ans = "no"
			case st.Question.ID == "age":
				ans = "adult"
			}
			if ans == "" {
				break
			}
			v.Set(st.Question.ID, ans)
		}
	}
	return a
}

// TestFactsAgreeWithSearch reports, on the development accounts only, how
// often the facts read from an account lead, ranked by facts alone, to
// search's top guide and to the labelled guide.
func TestFactsAgreeWithSearch(t *testing.T) {
	lib := realIndexLibrary(t)
	has := func(id string) bool { _, err := lib.Guide(id); return err == nil }
	for _, part := range []struct{ file, jur string }{{"accounts.tsv", "uk"}, {"us-accounts.tsv", "us"}} {
		set, _ := readAccounts(t, "testdata/accounts/"+part.file, has)
		f, ok := lib.FlowFor(part.jur)
		if !ok || len(set) == 0 {
			t.Fatalf("%s: no flow or no accounts", part.file)
		}
		a := measureFacts(search.New(lib, part.jur, search.DefaultParams), f, set)
		t.Logf("%s: %s", part.file, a)
		if a.suggested == 0 {
			t.Errorf("%s: the answers chosen never reach a guide", part.file)
		}
	}
}

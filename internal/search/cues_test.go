package search_test

import (
	"slices"
	"testing"

	"firststeps/internal/search"
)

// TestCues checks each urgency cue fires on the ways people say it, and not
// on near misses.
func TestCues(t *testing.T) {
	ix := realIndex(t, search.DefaultParams)
	cases := []struct {
		q    string
		want []string
	}{
		// Immediate danger.
		{"hes outside my house right now", []string{"danger"}},
		{"someone has been following me home from work", []string{"danger"}},
		{"he knows where i live and says hes coming round", []string{"danger"}},
		{"they posted my address and said they will hurt me", []string{"danger"}},
		{"I'm scared for my safety", []string{"danger"}},
		{"he said he'll find me", []string{"danger"}},
		// Thoughts of suicide or self-harm.
		{"i want to kill myself", []string{"self-harm"}},
		{"honestly thinking about ending it all", []string{"self-harm"}},
		{"I can't go on like this", []string{"self-harm"}},
		{"been self harming since they leaked it", []string{"self-harm"}},
		{"i dont want to be alive anymore", []string{"self-harm"}},
		{"Suicidal after the blackmail", []string{"self-harm"}},
		// Under 18: a stated age, a school year, a parent who must not know.
		{"im 15 and a boy has my pics", []string{"under-18"}},
		{"I am 13", []string{"under-18"}},
		{"16yo being blackmailed", []string{"under-18"}},
		{"im in year 9 and someone is sharing my nudes", []string{"under-18"}},
		{"please dont tell my mum", []string{"under-18"}},
		{"my son is being sextorted", []string{"under-18"}},
		{"my 16 year old's ex is threatening to share her pictures", []string{"under-18"}},
		{"im fifteen and he wont stop asking for pics", []string{"under-18"}},
		{"my thirteen year old got sent a nude", []string{"under-18"}},
		// A partner or ex.
		{"my ex says hes gonna post my nudes", []string{"partner"}},
		{"my boyfriend threatens to share our videos", []string{"partner"}},
		{"going through a divorce and he has photos", []string{"partner"}},
		// Several at once, in cues.yaml order.
		{"im 14 and my ex is outside my house", []string{"danger", "under-18", "partner"}},
		// Near misses.
		{"I'm 34 and married, someone wants money for my video", nil},
		{"im 19 now but pics from when i was younger are online", nil},
		{"a stranger online wants money", nil},
		{"this is killing me but i will sort it", nil},
		{"my mother-in-law saw a fake profile", nil},
		{"", nil},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			var got []string
			for _, cue := range ix.Search(c.q, 3).Cues {
				got = append(got, cue.ID)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("cues = %v, want %v", got, c.want)
			}
		})
	}
}

// TestCueRoutesExist checks every cue shows at least one service in every
// jurisdiction, through roles that exist there.
func TestCueRoutesExist(t *testing.T) {
	lib := realIndexLibrary(t)
	for _, c := range lib.Cues {
		for _, j := range lib.Jurisdictions {
			n := 0
			for _, id := range c.Routes {
				if r, ok := lib.Role(j.ID, id); ok {
					n += len(r.Entries)
				}
			}
			if n == 0 {
				t.Errorf("cue %s shows no services in %s", c.ID, j.ID)
			}
		}
	}
}

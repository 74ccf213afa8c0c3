package search_test

import (
	"testing"

	"firststeps/internal/search"
)

// TestLongAccountSettlesOnFacts checks a long account's close call goes
// the way its facts say: two tellings of the same blackmail, one that
// never says money has gone and one that says it has, each get their own
// guide first, though their words are nearly all the same.
func TestLongAccountSettlesOnFacts(t *testing.T) {
	ix := realIndex(t, search.DefaultParams)
	story := "I matched with a girl on an app and we ended up on a video call where things got sexual. Afterwards a different person messaged saying they recorded it and they have screenshots of my followers. "
	end := " I have already blocked them once and they came back on a new account."
	for _, c := range []struct{ q, want string }{
		{story + "They want money by tonight or they send it to everyone. Do I pay?" + end, "uk/sextortion-money-demand"},
		{story + "I paid them what they asked last night and now they want more." + end, "uk/already-paid"},
	} {
		res := ix.Search(c.q, 3)
		if len(res.Hits) == 0 || res.Hits[0].Guide.ID != c.want {
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Guide.ID)
			}
			t.Errorf("%q: got %v, want %s first", c.q, got, c.want)
		}
	}
}

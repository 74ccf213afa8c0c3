package search_test

import (
	"encoding/json"
	"testing"

	"firststeps/internal/search"
)

func TestRespell(t *testing.T) {
	m := map[string]string{"sum1": "someone", "goin": "going", "n": "and"}
	for in, want := range map[string]string{
		"":                            "",
		"sum1 is goin":                "someone is going",
		"sum1s pics n vids":           "sum1s pics and vids", // whole words only
		"nothing to change here":      "nothing to change here",
		"n":                           "and",
		"goin goin gone":              "going going gone",
		"money pound 300 or its goin": "money pound 300 or its going",
	} {
		if got := search.Respell(in, m); got != want {
			t.Errorf("Respell(%q) = %q, want %q", in, got, want)
		}
	}
	if got := search.Respell("sum1 is goin", nil); got != "sum1 is goin" {
		t.Errorf("with no spellings, Respell changed %q", got)
	}
}

// TestSpellingsReadAsMeant: an account in text-speak is read as the same
// account spelt out: the same facts, the same guides, the same scores.
func TestSpellingsReadAsMeant(t *testing.T) {
	ix := realIndex(t, search.DefaultParams)
	for speak, plain := range map[string]string{
		"sum1 wiv my vid sayin pay £300 in 1hr or its goin on my insta n 2 my mum": "someone with my vid saying pay £300 in 1hr or its going on my insta and 2 my mum",
		"my ex is threatenin 2 send my pics 2 every1 cuz i blocked him":            "my ex is threatening 2 send my pics 2 everyone because i blocked him",
	} {
		a, b := ix.Search(speak, 3), ix.Search(plain, 3)
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Errorf("%q is read as\n%s\nbut spelt out as\n%s", speak, ja, jb)
		}
		if len(a.Facts) == 0 {
			t.Errorf("%q: no facts read", speak)
		}
	}
}

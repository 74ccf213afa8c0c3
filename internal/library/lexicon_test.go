package library

import (
	"strings"
	"testing"
	"unicode"

	"firststeps/content"
	"firststeps/internal/pattern"
)

// TestLexiconAnswersAsThePatterns: every pattern of the real content that a
// query is read with answers a text scanned once by the library's lexicon
// as it answers the text itself, on every tag, title and situation of
// every guide and on texts made to trip the scan (strings at the very
// start and end, strings inside others).
func TestLexiconAnswersAsThePatterns(t *testing.T) {
	lib, probs := Load(content.FS(), Options{})
	if lib == nil {
		t.Fatal(probs)
	}
	type named struct {
		name string
		ps   []*pattern.Pattern
	}
	var all []named
	for _, c := range lib.Cues {
		all = append(all, named{"cue " + c.ID, append(append([]*pattern.Pattern{}, c.patterns...), c.unless...)})
	}
	for _, a := range lib.Audiences {
		all = append(all, named{"audience " + a.ID, append(append([]*pattern.Pattern{}, a.patterns...), a.unless...)})
	}
	all = append(all, named{"scope", append(append([]*pattern.Pattern{}, lib.Scope.patterns...), lib.Scope.unless...)})
	for _, f := range lib.Facets {
		for _, v := range f.Values {
			all = append(all, named{"facet " + f.ID + ":" + v.ID, append(append([]*pattern.Pattern{}, v.patterns...), v.unless...)})
		}
	}
	for _, j := range lib.Jurisdictions {
		all = append(all, named{"place " + j.ID, j.placePatterns})
	}
	texts := []string{"", "im 15", "threat", "i am 17 and he says hell post my nudes unless i pay money pound 500",
		"my son is 14 yo", "on venmo", "call 999", "he is going to kill me", "i want to end it all", "stalkerware on my phone"}
	for _, g := range lib.Guides {
		texts = append(texts, g.Tags...)
		texts = append(texts, g.Title, g.Situation, strings.Join(g.Tags, " "))
	}
	matched := 0
	for _, raw := range texts {
		text := normalise(raw)
		scan := lib.Scan(text)
		for _, n := range all {
			for _, p := range n.ps {
				got, want := p.Match(scan), p.MatchString(text)
				if got != want {
					t.Errorf("%s on %q: Match %v, MatchString %v", n.name, text, got, want)
				}
				if want {
					matched++
				}
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d matches: the texts do not try the patterns", matched)
	}
	if lib.lexicon == nil {
		t.Error("the library has no lexicon")
	}
}

// normalise is near enough search.Normalize for a test: lower case,
// letters and digits, single spaces.
func normalise(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(s, "'", "")), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

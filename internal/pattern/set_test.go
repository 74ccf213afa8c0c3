package pattern

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSetFindsEveryString checks the automaton on strings that overlap,
// nest and share their ends, against strings.Contains.
func TestSetFindsEveryString(t *testing.T) {
	words := []string{"he", "she", "his", "hers", "her", "e", "sh", "ushers", "abcd", "bc", "c", "xyzzy", "yz", "zz", "zzz", "a b", " b", "1 ?"}
	s := build(words)
	texts := []string{"", "ushers", "she sells", "abc", "abcd", "bcd", "xyzzzy", "zz", "a b c", "hishers", "his hers", "1 ?", "ab", "h", "xyzzxyzzy"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteByte("abcdehirsuxyz ?1"[r.IntN(16)])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		found := s.Scan(text)
		for id, w := range words {
			if got, want := found.hasAny([]int32{int32(id)}), strings.Contains(text, w); got != want {
				t.Fatalf("%q: found %q %v, want %v", text, w, got, want)
			}
		}
	}
}

// TestSetMatchesAsMatchString: a pattern's Match on a scanned text answers
// as MatchString, whether the pattern is in the scanning Set, in another,
// in none, or has no prefilter.
func TestSetMatchesAsMatchString(t *testing.T) {
	compile := func(exprs ...string) []*Pattern {
		var out []*Pattern
		for _, e := range exprs {
			p, err := Compile(`\b(?:` + e + `)\b`)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, p)
		}
		return out
	}
	in := compile(`under ?18|minor|gcse`, `([7-9]|1[0-7]) ?(yo|years? old)`, `threat\w*`, `(will|going to|gonna) (post|share|send)`,
		`\d+`, `.+`, `(?i)minor`, `(says?|said) (hell|shell|he will)`, `send (me )?(nudes|naked (pics|pictures))`)
	other := compile(`money|cash`, `im (1[0-7])`)
	none := compile(`blackmail\w*`, `school`)
	set := NewSet(in)
	otherSet := NewSet(other)
	if otherSet == set {
		t.Fatal("one set for two")
	}
	texts := []string{"", "im 15 and he says hell post", "she is 9 years old", "threatening me", "threat", "he is gonna share my nudes",
		"send me naked pictures", "send naked pics", "a minor", "MINOR", "under18", "gcses", "im 15", "money pound 500", "blackmail at school",
		"he said he will", "hes going to post them", "nothing here at all"}
	for _, text := range texts {
		for _, sc := range []*Text{set.Scan(text), otherSet.Scan(text), (*Set)(nil).Scan(text)} {
			for _, p := range append(append(append([]*Pattern{}, in...), other...), none...) {
				if got, want := p.Match(sc), p.MatchString(text); got != want {
					t.Errorf("%s on %q: Match %v, MatchString %v", p.re, text, got, want)
				}
			}
		}
	}
}

// FuzzSet checks that a pattern in a Set matches the texts its expression
// matches, and only those.
func FuzzSet(f *testing.F) {
	f.Add(`(im|i am|age|aged) ([7-9]|1[0-7])`, `threat\w*|blackmail`, "i am 15 and hes threatening me")
	f.Add(`(year|yr|y) ?([7-9]|1[0-3])`, `y ?9`, "in year 9")
	f.Add(`x{2,3}(?:y|z)`, `xx|xy`, "xxxz")
	f.Add(`\b(?:(send|show) (me )?(nudes|pics))\b`, `\b(?:(or|else) (he|she)( will)? (posts?|sends?))\b`,
		"one two send me nudes three or she will post four five send pics six or he sends")
	f.Add(`a b c`, `(b c){1,2} d`, "a b a b c b c b c d")
	f.Fuzz(func(t *testing.T, a, b, text string) {
		pa, err := Compile(a)
		if err != nil {
			return
		}
		pb, err := Compile(b)
		if err != nil {
			return
		}
		sc := NewSet([]*Pattern{pa, pb}).Scan(text)
		for _, p := range []*Pattern{pa, pb} {
			if p.Match(sc) != p.re.MatchString(text) {
				t.Fatalf("%q on %q: Match %v", p.re, text, p.Match(sc))
			}
		}
	})
}

// TestFindAllIndexFindsEachMatch: FindAllIndex gives every match of a
// scanned text, in order, whether the Set's prefilter turns it away or
// not.
func TestFindAllIndexFindsEachMatch(t *testing.T) {
	p, err := Compile(`\b(?:posted|shared)\b`)
	if err != nil {
		t.Fatal(err)
	}
	s := NewSet([]*Pattern{p})
	for _, c := range []struct {
		text string
		want [][2]int
	}{
		{"he posted them and she shared them", [][2]int{{3, 9}, {23, 29}}},
		{"nothing here", nil},
		{"reposted", nil},
	} {
		got := p.FindAllIndex(s.Scan(c.text))
		if len(got) != len(c.want) {
			t.Fatalf("%q: %v, want %v", c.text, got, c.want)
		}
		for i := range got {
			if got[i][0] != c.want[i][0] || got[i][1] != c.want[i][1] {
				t.Errorf("%q: %v, want %v", c.text, got, c.want)
			}
		}
	}
}

package pattern

import (
	"regexp"
	"slices"
	"testing"
)

func TestPrefilter(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string // the strings kept, nil for none
		pass    []string // texts that must get through
		stop    []string // texts it must stop
	}{
		{
			pattern: `under ?18|minor|gcse`,
			want:    []string{"gcse", "minor", "under 18", "under18"},
			pass:    []string{"im under 18", "doing my gcses"},
			stop:    []string{"my ex has my images"},
		},
		{
			pattern: `([7-9]|1[0-7]) ?(yo|years? old)`,
			pass:    []string{"she is 15 yo", "he is 9years old"},
			stop:    []string{"you said you would post them", "over 20 years ago"},
		},
		{pattern: `\d+`, want: []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{pattern: `.+`, want: nil},
		{pattern: `(?i)minor`, want: nil},
		{pattern: `a*`, want: nil},
		{pattern: `x.*money`, want: []string{"money"}},
	}
	for _, tt := range tests {
		pf := newPrefilter(tt.pattern)
		var got []string
		if pf != nil {
			for _, g := range pf.groups {
				got = append(got, g.strings...)
			}
			slices.Sort(got)
		}
		if tt.want != nil || tt.pass == nil {
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s: keeps %q, want %q", tt.pattern, got, tt.want)
			}
		}
		for _, s := range tt.pass {
			if !pf.mayMatch(s) {
				t.Errorf("%s: stopped %q", tt.pattern, s)
			}
		}
		for _, s := range tt.stop {
			if pf.mayMatch(s) {
				t.Errorf("%s: let %q through", tt.pattern, s)
			}
		}
	}
}

// FuzzPrefilter checks that a prefilter never stops a text its expression
// matches.
func FuzzPrefilter(f *testing.F) {
	f.Add(`(im|i am|age|aged) ([7-9]|1[0-7])`, "i am 15")
	f.Add(`(year|yr|y) ?([7-9]|1[0-3])`, "in year 9")
	f.Add(`^a\b(b|c)?d+`, "a cd")
	f.Add(`x{2,3}(?:y|z)`, "xxxz")
	f.Fuzz(func(t *testing.T, pattern, text string) {
		re, err := regexp.Compile(pattern)
		if err != nil {
			return
		}
		if re.MatchString(text) && !newPrefilter(pattern).mayMatch(text) {
			t.Fatalf("prefilter of %q stops %q, which the expression matches", pattern, text)
		}
	})
}

// Package pattern matches the regular expressions of the content's word
// lists (urgency cues, audiences, synonyms) against what people type. Each
// expression carries a prefilter of the fixed strings one of which every
// match contains, so most texts are turned away without running it.
package pattern

import "regexp"

// Pattern is a compiled expression with its prefilter. It is safe for
// concurrent use.
type Pattern struct {
	re *regexp.Regexp
	pf *prefilter
}

// Compile compiles a regular expression in Go's syntax.
func Compile(expr string) (*Pattern, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, err
	}
	return &Pattern{re: re, pf: newPrefilter(expr)}, nil
}

// MatchString reports whether s holds a match.
func (p *Pattern) MatchString(s string) bool {
	return p.pf.mayMatch(s) && p.re.MatchString(s)
}

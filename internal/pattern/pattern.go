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
	// set is the Set whose scans answer the prefilter, with the numbers
	// of the prefilter's strings in it (see NewSet).
	set *Set
	ids []int32
	// spaces is the most spaces one match can hold, or -1 for no bound
	// (see maxSpaces).
	spaces int
}

// Compile compiles a regular expression in Go's syntax.
func Compile(expr string) (*Pattern, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, err
	}
	return &Pattern{re: re, pf: newPrefilter(expr), spaces: spacesOf(expr)}, nil
}

// MatchString reports whether s holds a match.
func (p *Pattern) MatchString(s string) bool {
	return p.pf.mayMatch(s) && p.re.MatchString(s)
}

// Match reports whether the scanned text holds a match, as MatchString
// does, and is quicker when p is in the Set that scanned it.
func (p *Pattern) Match(t *Text) bool {
	if p.set == nil || p.set != t.set {
		return p.MatchString(t.s)
	}
	if !t.hasAny(p.ids) {
		return false
	}
	if p.spaces < 0 {
		return p.re.MatchString(t.s)
	}
	var buf [8]span
	ws, ok := p.windows(t, buf[:])
	if !ok {
		return p.re.MatchString(t.s)
	}
	for _, w := range ws {
		if p.re.MatchString(t.s[w.start:w.end]) {
			return true
		}
	}
	return false
}

// String returns the expression.
func (p *Pattern) String() string { return p.re.String() }

// FindAllIndex returns where the scanned text holds a match, as
// regexp.FindAllStringIndex does: leftmost first, not overlapping. Every
// match lies in one of p's windows, which do not overlap and are in order,
// so the matches of each window, in turn, are the whole text's.
func (p *Pattern) FindAllIndex(t *Text) [][]int {
	if p.set == nil || p.set != t.set {
		if !p.pf.mayMatch(t.s) {
			return nil
		}
		return p.re.FindAllStringIndex(t.s, -1)
	}
	if !t.hasAny(p.ids) {
		return nil
	}
	if p.spaces >= 0 {
		var buf [8]span
		if ws, ok := p.windows(t, buf[:]); ok {
			var out [][]int
			for _, w := range ws {
				for _, m := range p.re.FindAllStringIndex(t.s[w.start:w.end], -1) {
					out = append(out, []int{m[0] + int(w.start), m[1] + int(w.start)})
				}
			}
			return out
		}
	}
	return p.re.FindAllStringIndex(t.s, -1)
}

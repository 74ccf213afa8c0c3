package pattern

import (
	"regexp/syntax"
	"slices"
	"strings"
)

// A prefilter holds strings one of which every match of a regular
// expression contains. Most texts hold none of them, and looking for a few
// short strings is many times quicker than running the expression, which
// otherwise tries a match at every position of every tag and title.
type prefilter struct {
	// groups holds the strings by their first byte: a text without that
	// byte needs no further look.
	groups []prefilterGroup
}

type prefilterGroup struct {
	first   byte
	strings []string
}

// maxExact caps the strings a prefilter keeps.
const maxExact = 256

// newPrefilter returns the prefilter for pattern, or nil when every text
// must be tried (the pattern can match without any fixed text, or ignores
// case).
func newPrefilter(pattern string) *prefilter {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	set, ok := required(re.Simplify())
	if !ok || len(set) == 0 || slices.Contains(set, "") {
		return nil
	}
	pf := &prefilter{}
	slices.Sort(set) // strings with one first byte come together
	for _, s := range set {
		if n := len(pf.groups); n == 0 || pf.groups[n-1].first != s[0] {
			pf.groups = append(pf.groups, prefilterGroup{first: s[0]})
		}
		g := &pf.groups[len(pf.groups)-1]
		g.strings = append(g.strings, s)
	}
	return pf
}

// mayMatch reports whether text holds one of the strings. A nil prefilter
// lets every text through.
func (pf *prefilter) mayMatch(text string) bool {
	if pf == nil {
		return true
	}
	for _, g := range pf.groups {
		if strings.IndexByte(text, g.first) < 0 {
			continue
		}
		for _, s := range g.strings {
			if strings.Contains(text, s) {
				return true
			}
		}
	}
	return false
}

// exact returns every string re can match, when there are few of them.
// Zero-width assertions match "".
func exact(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo >= 32 || len(out)+int(hi-lo) >= 32 {
				return nil, false
			}
			for r := lo; r <= hi; r++ {
				out = append(out, string(r))
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture:
		return exact(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := exact(re.Sub[0])
		if !ok {
			return nil, false
		}
		return union([]string{""}, sub)
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			set, ok := exact(sub)
			if !ok {
				return nil, false
			}
			if out, ok = product(out, set); !ok {
				return nil, false
			}
		}
		return out, true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			set, ok := exact(sub)
			if !ok {
				return nil, false
			}
			if out, ok = union(out, set); !ok {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// required returns strings one of which every match of re contains.
func required(re *syntax.Regexp) ([]string, bool) {
	if set, ok := exact(re); ok {
		return set, !slices.Contains(set, "")
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			set, ok := required(sub)
			if !ok {
				return nil, false
			}
			if out, ok = union(out, set); !ok {
				return nil, false
			}
		}
		return out, true
	case syntax.OpConcat:
		// Any run of neighbours with few exact strings gives a candidate
		// (a match holds one of their products), and so does what each
		// neighbour requires. The longest shortest string filters best.
		var best []string
		consider := func(set []string) {
			if len(set) == 0 || slices.Contains(set, "") {
				return
			}
			if best == nil || shortest(set) > shortest(best) || shortest(set) == shortest(best) && len(set) < len(best) {
				best = set
			}
		}
		for i := range re.Sub {
			if set, ok := required(re.Sub[i]); ok {
				consider(set)
			}
			run := []string{""}
			for j := i; j < len(re.Sub); j++ {
				set, ok := exact(re.Sub[j])
				if !ok {
					break
				}
				if run, ok = product(run, set); !ok {
					break
				}
				consider(run)
			}
		}
		return best, best != nil
	}
	return nil, false
}

func shortest(set []string) int {
	n := len(set[0])
	for _, s := range set[1:] {
		n = min(n, len(s))
	}
	return n
}

func product(a, b []string) ([]string, bool) {
	if len(a)*len(b) > maxExact {
		return nil, false
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return dedupe(out), true
}

func union(a, b []string) ([]string, bool) {
	out := dedupe(append(slices.Clip(a), b...))
	return out, len(out) <= maxExact
}

func dedupe(s []string) []string {
	slices.Sort(s)
	return slices.Compact(s)
}

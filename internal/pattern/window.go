package pattern

import (
	"regexp/syntax"
	"slices"
	"sort"
)

// Running an expression over a long first-person account costs its length
// once for every expression whose prefilter the account passes, and most
// of a long account's words are nowhere near the words a pattern is about.
// A match must hold one of its prefilter's strings, and most expressions
// can match only a few spaces, so a match lies within a few words of one
// of those strings: the expression need only run on those windows.

// maxSpaces returns the most space characters (' ') one match of re can
// hold, or -1 when there is no bound or a window could change what
// matches (anchors to the start or end of the text or of a line).
//
// A window is cut just after a space and just before one. Outside it, on
// each side, is a space, which is not a word character, just as the edge
// of a text counts as not one, so \b and \B answer the same in a window as
// in the whole text.
func maxSpaces(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpNoMatch, syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return -1
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			if r == ' ' {
				n++
			}
		}
		return n
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] <= ' ' && ' ' <= re.Rune[i+1] {
				return 1
			}
		}
		return 0
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpQuest:
		return maxSpaces(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		n := maxSpaces(re.Sub[0])
		switch {
		case n <= 0:
			return n
		case re.Op != syntax.OpRepeat || re.Max < 0:
			return -1
		}
		return n * re.Max
	case syntax.OpConcat:
		total := 0
		for _, sub := range re.Sub {
			n := maxSpaces(sub)
			if n < 0 {
				return -1
			}
			total += n
		}
		return total
	case syntax.OpAlternate:
		most := 0
		for _, sub := range re.Sub {
			n := maxSpaces(sub)
			if n < 0 {
				return -1
			}
			most = max(most, n)
		}
		return most
	}
	return -1
}

// spacesOf returns maxSpaces of expr, or -1 when it does not parse.
func spacesOf(expr string) int {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return -1
	}
	return maxSpaces(re.Simplify())
}

// A hit is where a string of a Set ends in a scanned text.
type hit struct {
	word, end int32
}

// span is a part of a text, [start, end).
type span struct{ start, end int32 }

// windows returns the parts of t a match of p must lie in: around each
// place where one of p's prefilter strings was found, with p.spaces spaces
// on either side. The parts are in order and do not overlap. ok is false
// when they would be no shorter than the text itself.
func (p *Pattern) windows(t *Text, buf []span) (_ []span, ok bool) {
	out := buf[:0]
	for _, id := range p.ids {
		if t.found[id>>6]&(1<<(id&63)) == 0 {
			continue
		}
		n := int32(len(t.set.strings[id]))
		i := sort.Search(len(t.hits), func(i int) bool { return t.hits[i].word >= id })
		for ; i < len(t.hits) && t.hits[i].word == id; i++ {
			end := t.hits[i].end
			out = append(out, t.around(end-n, end, p.spaces))
		}
	}
	if len(out) == 0 {
		return out, true // the prefilter's strings are not in t
	}
	slices.SortFunc(out, func(a, b span) int { return int(a.start - b.start) })
	merged := out[:1]
	total := int32(0)
	for _, w := range out[1:] {
		last := &merged[len(merged)-1]
		if w.start <= last.end {
			last.end = max(last.end, w.end)
			continue
		}
		total += last.end - last.start
		merged = append(merged, w)
	}
	last := merged[len(merged)-1]
	total += last.end - last.start
	return merged, total < int32(len(t.s))
}

// around returns the part of t from just after the (k+1)th space before
// start to just before the (k+1)th space from end: the most a match
// holding [start, end) and at most k spaces can reach.
func (t *Text) around(start, end int32, k int) span {
	sp := t.spaces
	l := sort.Search(len(sp), func(i int) bool { return sp[i] >= start }) // spaces before start
	r := sort.Search(len(sp), func(i int) bool { return sp[i] >= end })   // spaces before end
	w := span{0, int32(len(t.s))}
	if l-k-1 >= 0 {
		w.start = sp[l-k-1] + 1
	}
	if r+k < len(sp) {
		w.end = sp[r+k]
	}
	return w
}

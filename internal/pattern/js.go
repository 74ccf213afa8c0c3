package pattern

import (
	"fmt"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
)

// JS returns the expression as the source of a JavaScript regular
// expression that matches exactly the same texts when compiled with the
// "u" flag (new RegExp(src, "u")), so a page can run the content's word
// lists as the server does.
//
// The two syntaxes differ in more than spelling: Go's (?i) and (?s) are
// flags inside the expression, its classes hold Unicode ranges, and an
// escape JavaScript does not know is an error there. So the expression is
// not copied: it is parsed as Go parses it, and every node is written out
// in the plain subset both engines read alike: literal code points, classes
// as explicit ranges (case folding already expanded), non-capturing groups,
// greedy and lazy repeats, ^ and $ at the ends of the text, and \b and \B,
// which are ASCII word boundaries in both without the "i" flag.
func (p *Pattern) JS() (string, error) {
	re, err := syntax.Parse(p.re.String(), syntax.Perl)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := writeJS(&b, re); err != nil {
		return "", fmt.Errorf("pattern %q: %w", p.re.String(), err)
	}
	return b.String(), nil
}

func writeJS(b *strings.Builder, re *syntax.Regexp) error {
	switch re.Op {
	case syntax.OpNoMatch:
		b.WriteString("[]")
	case syntax.OpEmptyMatch:
		b.WriteString("(?:)")
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 {
				writeClass(b, foldRanges(r))
			} else {
				writeRune(b, r, false)
			}
		}
	case syntax.OpCharClass:
		writeClass(b, re.Rune)
	case syntax.OpAnyCharNotNL:
		b.WriteString(`[^\n]`)
	case syntax.OpAnyChar:
		b.WriteString(`[\s\S]`)
	case syntax.OpBeginLine:
		b.WriteString(`(?<![^\n])`)
	case syntax.OpEndLine:
		b.WriteString(`(?![^\n])`)
	case syntax.OpBeginText:
		b.WriteString("^")
	case syntax.OpEndText:
		b.WriteString("$")
	case syntax.OpWordBoundary:
		b.WriteString(`\b`)
	case syntax.OpNoWordBoundary:
		b.WriteString(`\B`)
	case syntax.OpCapture:
		b.WriteString("(?:")
		if err := writeJS(b, re.Sub[0]); err != nil {
			return err
		}
		b.WriteString(")")
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		// A repeat applies to one atom: anything longer goes in a group
		// (JavaScript also refuses to repeat a bare assertion).
		sub := re.Sub[0]
		atom := sub.Op == syntax.OpCharClass || sub.Op == syntax.OpAnyChar || sub.Op == syntax.OpAnyCharNotNL ||
			sub.Op == syntax.OpLiteral && len(sub.Rune) == 1
		if !atom {
			b.WriteString("(?:")
		}
		if err := writeJS(b, sub); err != nil {
			return err
		}
		if !atom {
			b.WriteString(")")
		}
		switch re.Op {
		case syntax.OpStar:
			b.WriteString("*")
		case syntax.OpPlus:
			b.WriteString("+")
		case syntax.OpQuest:
			b.WriteString("?")
		default:
			b.WriteString("{" + strconv.Itoa(re.Min))
			if re.Max != re.Min {
				b.WriteString(",")
				if re.Max >= 0 {
					b.WriteString(strconv.Itoa(re.Max))
				}
			}
			b.WriteString("}")
		}
		if re.Flags&syntax.NonGreedy != 0 {
			b.WriteString("?")
		}
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if sub.Op == syntax.OpAlternate {
				b.WriteString("(?:")
			}
			if err := writeJS(b, sub); err != nil {
				return err
			}
			if sub.Op == syntax.OpAlternate {
				b.WriteString(")")
			}
		}
	case syntax.OpAlternate:
		for i, sub := range re.Sub {
			if i > 0 {
				b.WriteString("|")
			}
			if err := writeJS(b, sub); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("no JavaScript form for %v", re.Op)
	}
	return nil
}

// foldRanges returns the class of every rune that folds to r, as Go's (?i)
// matches it.
func foldRanges(r rune) []rune {
	out := []rune{r, r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, f, f)
	}
	return out
}

// writeClass writes a class of [lo, hi] pairs. An empty class matches
// nothing, in JavaScript as in Go.
func writeClass(b *strings.Builder, ranges []rune) {
	b.WriteString("[")
	for i := 0; i+1 < len(ranges); i += 2 {
		writeRune(b, ranges[i], true)
		if ranges[i+1] != ranges[i] {
			b.WriteString("-")
			writeRune(b, ranges[i+1], true)
		}
	}
	b.WriteString("]")
}

// writeRune writes one code point: ASCII letters, digits and spaces as
// themselves, everything else as \u{…}, which "u" mode reads the same in a
// class and out of one.
func writeRune(b *strings.Builder, r rune, inClass bool) {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == ' ', r == '_':
		b.WriteRune(r)
	case !inClass && strings.ContainsRune(`!"#%&',:;<=>@~`, r):
		b.WriteRune(r)
	default:
		b.WriteString(`\u{` + strconv.FormatInt(int64(r), 16) + `}`)
	}
}

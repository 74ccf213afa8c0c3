package sources

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Change summarises how a page's text differs from the text an editor last
// verified.
type Change struct {
	ParagraphsAdded   int `json:"paragraphs_added"`
	ParagraphsRemoved int `json:"paragraphs_removed"`
	ParagraphsChanged int `json:"paragraphs_changed"`
	// WordsChanged is the share of words removed or added, from 0 to 1:
	// (removed + added) / (words before + words after).
	WordsChanged float64 `json:"words_changed"`
	// Diff is a short diff: "- " a removed paragraph, "+ " an added one,
	// "~ " a changed one with [-removed-] and {+added+} words in context.
	Diff  []string  `json:"diff"`
	Facts FactDelta `json:"facts"`
	// Trivial is set when only dates changed: day and month names, day
	// numbers and years, with no fact changed.
	Trivial bool `json:"trivial"`
}

// Severity returns how urgently an editor should look at the change.
func (c *Change) Severity() Severity {
	switch {
	case !c.Facts.Empty():
		return High
	case c.Trivial:
		return Low
	}
	return Medium
}

// Limits that keep a change summary short and its cost bounded.
const (
	maxDiffLines  = 12
	maxParaShown  = 160
	diffContext   = 6 // words either side of a changed run
	maxEditScript = 1500
)

// Compare summarises the change from old to new, both normalised texts.
func Compare(old, new string) Change {
	c := Change{Facts: DiffFacts(Facts(old), Facts(new))}
	op, np := Paragraphs(old), Paragraphs(new)
	ow, nw := strings.Fields(old), strings.Fields(new)

	removedWords, addedWords, trivial := 0, 0, true
	if script, ok := editScript(ow, nw); ok {
		for _, e := range script {
			switch e.op {
			case opDelete:
				removedWords++
				trivial = trivial && isDateWord(ow[e.a])
			case opInsert:
				addedWords++
				trivial = trivial && isDateWord(nw[e.b])
			}
		}
	} else {
		removedWords, addedWords = bagDiff(ow, nw)
		trivial = false
	}
	if total := len(ow) + len(nw); total > 0 {
		c.WordsChanged = float64(removedWords+addedWords) / float64(total)
	}
	c.Trivial = trivial && removedWords+addedWords > 0 && c.Facts.Empty()

	pscript, ok := editScript(op, np)
	if !ok {
		c.ParagraphsRemoved, c.ParagraphsAdded = len(op), len(np)
		c.Diff = []string{fmt.Sprintf("(the whole text changed: %d paragraphs before, %d after)", len(op), len(np))}
		return c
	}
	var lines []string
	for _, h := range hunks(pscript) {
		var dels, ins []string
		for _, e := range h {
			if e.op == opDelete {
				dels = append(dels, op[e.a])
			} else {
				ins = append(ins, np[e.b])
			}
		}
		pairs := min(len(dels), len(ins))
		c.ParagraphsChanged += pairs
		c.ParagraphsRemoved += len(dels) - pairs
		c.ParagraphsAdded += len(ins) - pairs
		for i := range pairs {
			lines = append(lines, "~ "+wordDiff(dels[i], ins[i]))
		}
		for _, p := range dels[pairs:] {
			lines = append(lines, "- "+shorten(p, maxParaShown))
		}
		for _, p := range ins[pairs:] {
			lines = append(lines, "+ "+shorten(p, maxParaShown))
		}
	}
	if len(lines) > maxDiffLines {
		more := len(lines) - (maxDiffLines - 1)
		lines = append(lines[:maxDiffLines-1], fmt.Sprintf("… and %d more", more))
	}
	c.Diff = lines
	return c
}

// wordDiff shows one changed paragraph as its changed words with a little
// context: "… call [-0300 123 2040-]{+0300 123 2050+} between …".
func wordDiff(old, new string) string {
	ow, nw := strings.Fields(old), strings.Fields(new)
	script, ok := editScript(ow, nw)
	if !ok {
		return "[-" + shorten(old, maxParaShown/2) + "-]{+" + shorten(new, maxParaShown/2) + "+}"
	}
	type tok struct {
		s  string
		op editOp
	}
	toks := make([]tok, len(script))
	for i, e := range script {
		if e.op == opDelete {
			toks[i] = tok{ow[e.a], e.op}
		} else {
			toks[i] = tok{nw[e.b], e.op}
		}
	}
	near := make([]bool, len(toks))
	for i, t := range toks {
		if t.op != opEqual {
			for j := max(0, i-diffContext); j < min(len(toks), i+diffContext+1); j++ {
				near[j] = true
			}
		}
	}
	// Runs of shown words with the same op become one piece: "a b",
	// "[-c d-]", "{+e+}". A removal and the addition after it touch.
	var b strings.Builder
	prev := editOp(-1)
	for i, t := range toks {
		if !near[i] {
			if prev != -2 {
				closeRun(&b, prev)
				b.WriteString(" …")
				prev = -2
			}
			continue
		}
		if t.op != prev {
			closeRun(&b, prev)
			if b.Len() > 0 && !(prev == opDelete && t.op == opInsert) {
				b.WriteByte(' ')
			}
			switch t.op {
			case opDelete:
				b.WriteString("[-")
			case opInsert:
				b.WriteString("{+")
			}
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(t.s)
		prev = t.op
	}
	closeRun(&b, prev)
	return strings.TrimSpace(b.String())
}

func closeRun(b *strings.Builder, op editOp) {
	switch op {
	case opDelete:
		b.WriteString("-]")
	case opInsert:
		b.WriteString("+}")
	}
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

var dateWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`) {
		m[w] = true
	}
	return m
}()

// isDateWord reports whether a word only names a date: a month, a day of
// the week, a day of the month or a year.
func isDateWord(w string) bool {
	w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
	if w == "" || dateWords[w] {
		return true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(w, suf); ok && d != "" && d[0] >= '0' && d[0] <= '9' {
			w = d
			break
		}
	}
	n, err := strconv.Atoi(w)
	if err != nil {
		return false
	}
	return n >= 1 && n <= 31 && len(w) <= 2 || n >= 1900 && n <= 2199 && len(w) == 4
}

package guide

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/jdkato/prose/v3/summarize"

	"firststeps/internal/problem"
)

// ReadingEase returns the Flesch reading ease of s: higher is easier, and 60
// to 70 is plain English. Syllables are counted by prose's tested counter;
// sentences end at a stop followed by a space, or at a line break (each list
// item is its own sentence), so "StopNCII.org" does not end one. This runs in
// microseconds, where prose's full Punkt pipeline takes milliseconds a
// section, too slow for lint across thousands of guides.
func ReadingEase(s string) float64 {
	var words, syllables, sentences int
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		sentences += countSentences(line)
		for _, w := range strings.Fields(line) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if !isWord(w) {
				continue
			}
			words++
			syllables += syllablesIn(strings.ToLower(w))
		}
	}
	if words == 0 || sentences == 0 {
		return 100
	}
	return 206.835 - 1.015*float64(words)/float64(sentences) - 84.6*float64(syllables)/float64(words)
}

// syllableCache memoises prose's syllable counter, which costs microseconds a
// word; guides share most of their vocabulary.
var syllableCache sync.Map // string → int

func syllablesIn(w string) int {
	if n, ok := syllableCache.Load(w); ok {
		return n.(int)
	}
	n := max(1, summarize.Syllables(w))
	syllableCache.Store(w, n)
	return n
}

// checkReadability warns about sections that are hard to read. Sections with
// few words are skipped: the score is unstable on a sentence or two.
func checkReadability(probs *problem.List, g *Guide, st Style) {
	for k, s := range g.Sections {
		if k == Resources || countWords(s.Text) < st.ReadabilityMinWords {
			continue
		}
		if score := ReadingEase(s.Text); score < st.MinReadingEase {
			probs.Warnf(g.File, s.Line, "readability", "%q scores %s on Flesch reading ease (aim for %.0f or more): use shorter sentences and everyday words", s.Heading, fmt.Sprintf("%.0f", score), st.MinReadingEase)
		}
	}
}

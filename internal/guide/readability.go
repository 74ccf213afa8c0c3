package guide

import (
	"fmt"
	"strings"
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
func ReadingEase(s string) float64 { return readingEase(s, nil) }

func readingEase(s string, c *Cache) float64 {
	var words, syllables, sentences int
	for line := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		sentences += countSentences(line)
		for w := range strings.FieldsSeq(line) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if w == "" {
				continue
			}
			words++
			syllables += c.syllablesIn(lowerASCII(w))
		}
	}
	if words == 0 || sentences == 0 {
		return 100
	}
	return 206.835 - 1.015*float64(words)/float64(sentences) - 84.6*float64(syllables)/float64(words)
}

// lowerASCII lower-cases w without allocating when it is already lower case.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// Cache memoises prose's syllable counter, which costs microseconds a word;
// guides share most of their vocabulary. A Cache is not safe for concurrent
// use: give each goroutine its own.
type Cache struct{ syllables map[string]int }

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{syllables: map[string]int{}} }

func (c *Cache) syllablesIn(w string) int {
	if c == nil {
		return max(1, summarize.Syllables(w))
	}
	if n, ok := c.syllables[w]; ok {
		return n
	}
	n := max(1, summarize.Syllables(w))
	c.syllables[w] = n
	return n
}

// checkReadability warns about sections that are hard to read. Sections with
// few words are skipped: the score is unstable on a sentence or two.
func checkReadability(probs *problem.List, g *Guide, st Style, c *Cache) {
	for k, s := range g.Sections {
		if k == Resources || countWords(s.Text) < st.ReadabilityMinWords {
			continue
		}
		if score := readingEase(s.Text, c); score < st.MinReadingEase {
			probs.Warnf(g.File, s.Line, "readability", "%q scores %s on Flesch reading ease (aim for %.0f or more): use shorter sentences and everyday words", s.Heading, fmt.Sprintf("%.0f", score), st.MinReadingEase)
		}
	}
}

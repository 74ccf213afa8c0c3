package guide

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"firststeps/internal/problem"
)

// ReadingEase returns the Flesch reading ease of s: higher is easier, and 60
// to 70 is plain English. Syllables are counted by wordSyllables;
// sentences end at a stop followed by a space, or at a line break (each list
// item is its own sentence), so "StopNCII.org" does not end one.
func ReadingEase(s string) float64 {
	score, _ := readingEaseWords(s)
	return score
}

// readingEaseWords returns the reading ease of s and the words it counted.
func readingEaseWords(s string) (float64, int) {
	var words, syllables, sentences int
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		sentences += countSentences(line)
		for i := 0; i < len(line); {
			if n := spaceAt(line, i); n > 0 {
				i += n
				continue
			}
			j := i
			for j < len(line) {
				if c := line[j]; c < utf8.RuneSelf {
					if isASCIISpace(c) {
						break
					}
					j++
					continue
				}
				r, size := utf8.DecodeRuneInString(line[j:])
				if unicode.IsSpace(r) {
					break
				}
				j += size
			}
			w := trimToWord(line[i:j])
			i = j
			if w == "" {
				continue
			}
			words++
			syllables += wordSyllables(w)
		}
	}
	if words == 0 || sentences == 0 {
		return 100, words
	}
	return 206.835 - 1.015*float64(words)/float64(sentences) - 84.6*float64(syllables)/float64(words), words
}

// spaceAt returns the length of the space character at s[i], or 0 when
// there is none.
func spaceAt(s string, i int) int {
	if c := s[i]; c < utf8.RuneSelf {
		if isASCIISpace(c) {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}

// trimToWord trims everything but letters and digits from both ends of s.
func trimToWord(s string) string {
	for len(s) > 0 {
		c := s[0]
		if c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				break
			}
			s = s[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		if !notAlnum(r) {
			break
		}
		s = s[size:]
	}
	for len(s) > 0 {
		c := s[len(s)-1]
		if c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				break
			}
			s = s[:len(s)-1]
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if !notAlnum(r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isASCIISpace is unicode.IsSpace for ASCII bytes.
func isASCIISpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

func notAlnum(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// checkReadability warns about sections that are hard to read. Sections with
// few words are skipped: the score is unstable on a sentence or two.
func checkReadability(probs *problem.List, g *Guide, st Style) {
	for k, s := range g.Sections {
		if k == Resources {
			continue
		}
		// Words here are what is left of each space-separated field once
		// punctuation is trimmed, the same as countWords counts.
		if score, words := readingEaseWords(s.Text); words >= st.ReadabilityMinWords && score < st.MinReadingEase {
			probs.Warnf(g.File, s.Line, "readability", "%q scores %d on Flesch reading ease (aim for %.0f or more): use shorter sentences and everyday words", s.Heading, int(math.Round(score)), st.MinReadingEase)
		}
	}
}

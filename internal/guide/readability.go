package guide

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

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
	score, _ := readingEaseWords(s, c)
	return score
}

// readingEaseWords returns the reading ease of s and the words it counted.
func readingEaseWords(s string, c *Cache) (float64, int) {
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
			syllables += c.syllablesIn(w)
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

// Cache holds what lint works out once and uses for every guide: prose's
// syllable counts, which cost microseconds a word while guides share most
// of their vocabulary, and the style's blame phrases ready to find. A Cache
// is not safe for concurrent use: give each goroutine its own.
type Cache struct {
	// short holds ASCII words of up to shortWord bytes, in lower case,
	// inside the table itself: finding one is a hash and a compare of 16
	// bytes, with no pointer to follow. Other words go in syllables.
	short     []shortSlot
	shortUsed int
	syllables map[string]int
	lower     []byte        // scratch for lower-casing a word
	blame     *blameMatcher // the style's blame phrases, ready to find
}

const shortWord = 14

// hash is 64-bit FNV-1a of the slot's word.
func (s *shortSlot) hash() uint64 {
	h := uint64(14695981039346656037)
	for _, b := range s.word[:s.len] {
		h = (h ^ uint64(b)) * 1099511628211
	}
	return h
}

type shortSlot struct {
	word [shortWord]byte // zero after the word
	len  uint8
	n    uint8 // syllables; 0 marks an empty slot, as every word has one
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{short: make([]shortSlot, 4096), syllables: map[string]int{}}
}

// syllablesIn counts the syllables of w, in any case.
func (c *Cache) syllablesIn(w string) int {
	if c == nil {
		return max(1, summarize.Syllables(strings.ToLower(w)))
	}
	if len(w) < 3 || utf8.RuneCountInString(w) < 3 {
		return 1 // what prose gives any word under three letters, with no look-up
	}
	if len(w) <= shortWord {
		var key shortSlot
		for i := 0; i < len(w); i++ {
			b := w[i]
			if b >= utf8.RuneSelf {
				return c.syllablesOfLong(w)
			}
			if b >= 'A' && b <= 'Z' {
				b += 'a' - 'A'
			}
			key.word[i] = b
		}
		key.len = uint8(len(w))
		mask := uint64(len(c.short) - 1)
		for i := key.hash() & mask; ; i = (i + 1) & mask {
			slot := &c.short[i]
			if slot.n == 0 {
				key.n = uint8(max(1, summarize.Syllables(string(key.word[:key.len]))))
				*slot = key
				if c.shortUsed++; c.shortUsed > len(c.short)/2 {
					c.growShort()
				}
				return int(key.n)
			}
			if slot.word == key.word && slot.len == key.len {
				return int(slot.n)
			}
		}
	}
	return c.syllablesOfLong(w)
}

// growShort doubles the table of short words.
func (c *Cache) growShort() {
	old := c.short
	c.short = make([]shortSlot, 2*len(old))
	mask := uint64(len(c.short) - 1)
	for _, s := range old {
		if s.n == 0 {
			continue
		}
		i := s.hash() & mask
		for c.short[i].n != 0 {
			i = (i + 1) & mask
		}
		c.short[i] = s
	}
}

// syllablesOfLong is syllablesIn for words the short table does not hold.
func (c *Cache) syllablesOfLong(w string) int {
	if n, ok := c.syllables[w]; ok {
		return n // most words are met in lower case, as they are kept
	}
	c.lower = c.lower[:0]
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b >= utf8.RuneSelf {
			c.lower = append(c.lower[:0], strings.ToLower(w)...)
			break
		}
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		c.lower = append(c.lower, b)
	}
	if n, ok := c.syllables[string(c.lower)]; ok {
		return n
	}
	key := string(c.lower)
	n := max(1, summarize.Syllables(key))
	c.syllables[key] = n
	return n
}

// checkReadability warns about sections that are hard to read. Sections with
// few words are skipped: the score is unstable on a sentence or two.
func checkReadability(probs *problem.List, g *Guide, st Style, c *Cache) {
	for k, s := range g.Sections {
		if k == Resources {
			continue
		}
		// Words here are what is left of each space-separated field once
		// punctuation is trimmed, the same as countWords counts.
		if score, words := readingEaseWords(s.Text, c); words >= st.ReadabilityMinWords && score < st.MinReadingEase {
			probs.Warnf(g.File, s.Line, "readability", "%q scores %d on Flesch reading ease (aim for %.0f or more): use shorter sentences and everyday words", s.Heading, int(math.Round(score)), st.MinReadingEase)
		}
	}
}

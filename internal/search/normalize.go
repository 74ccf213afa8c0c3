package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxQuery is the longest query read, in bytes; longer queries are cut at a
// word boundary, not refused.
const MaxQuery = 1000

// Normalize prepares text for matching: Unicode compatibility forms (so
// full-width and styled letters match plain ones), lower case, apostrophes
// removed ("I'm" and "im" match), everything but letters and digits turned
// into single spaces. Leetspeak zeros in words ("n00ds") become "o". A
// currency sign becomes "money" and its unit: "£500" is "money pound 500".
func Normalize(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFKC.String(s) // plain ASCII is already in this form
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true
	last := ' ' // the last rune written
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r < utf8.RuneSelf {
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
		}
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʼ': // apostrophes
			continue
		case r == '0' && isLetter(last):
			r = 'o'
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
		case r < utf8.RuneSelf && r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			r = unicode.ToLower(r)
		case r == '£' || r == '$' || r == '€':
			// Currency marks a demand for money, and says where the
			// person may be: keep both as words.
			if !space {
				b.WriteByte(' ')
			}
			b.WriteString(currencyWords[r])
			space, last = true, ' '
			continue
		default:
			if !space {
				b.WriteByte(' ')
				space, last = true, ' '
			}
			continue
		}
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
		space, last = false, r
	}
	return strings.TrimSpace(b.String())
}

var currencyWords = map[rune]string{'£': "money pound ", '$': "money dollar ", '€': "money euro "}

// apostrophes are the marks Normalize removes, for the static site's
// search (a test holds it to Normalize).
const apostrophes = "'’‘`ʼ"

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// Cut shortens a query to MaxQuery bytes at a word boundary.
func Cut(q string) string {
	if len(q) <= MaxQuery {
		return strings.ToValidUTF8(q, "")
	}
	cut := q[:MaxQuery]
	for len(cut) > 0 && !utf8Start(cut[len(cut)-1]) {
		cut = cut[:len(cut)-1]
	}
	if i := strings.LastIndexAny(cut, " \n\t"); i > MaxQuery/2 {
		cut = cut[:i]
	}
	return strings.ToValidUTF8(cut, "")
}

func utf8Start(b byte) bool { return b < 0x80 || b >= 0xC0 }

// Respell replaces each word of normalised text that spellings lists
// (library.Library.Spellings: "sum1", "goin") with what it means. The
// text keeps its single spaces.
func Respell(norm string, spellings map[string]string) string {
	if len(spellings) == 0 {
		return norm
	}
	var b strings.Builder
	changed := false
	for i, w := range strings.Split(norm, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		if m, ok := spellings[w]; ok {
			w, changed = m, true
		}
		b.WriteString(w)
	}
	if !changed {
		return norm
	}
	return b.String()
}

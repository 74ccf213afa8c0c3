package search

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normalizeByRunes is Normalize written plainly over runes, the reference
// for FuzzNormalize.
func normalizeByRunes(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	space := true
	last := ' '
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʼ':
			continue
		case r == '0' && unicode.IsLetter(last):
			r = 'o'
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		case r == '£' || r == '$' || r == '€':
			if !space {
				b.WriteByte(' ')
			}
			b.WriteString(map[rune]string{'£': "money pound ", '$': "money dollar ", '€': "money euro "}[r])
			space, last = true, ' '
			continue
		default:
			if !space {
				b.WriteByte(' ')
				space, last = true, ' '
			}
			continue
		}
		r = unicode.ToLower(r)
		b.WriteRune(r)
		space, last = false, r
	}
	return strings.TrimSpace(b.String())
}

// FuzzNormalize checks Normalize, with its ASCII shortcuts, against the
// plain version.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"I’m 15, he wants £50!", "n00ds ｍｙ ｅｘ", "ÉCOLE 0x0", "\xff0a", "Ǆ0 ǅ0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Normalize(s), normalizeByRunes(s); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestApostrophes: the static site's search removes the marks apostrophes
// lists, so Normalize must remove those and no others.
func TestApostrophes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff || norm.NFKC.String(string(r)) != string(r) {
			continue // not a character, or not one Normalize sees as it is
		}
		dropped := Normalize("a"+string(r)+"b") == "ab"
		if want := strings.ContainsRune(apostrophes, r); dropped != want {
			t.Errorf("Normalize removes %q: %v; apostrophes lists it: %v", r, dropped, want)
		}
	}
}

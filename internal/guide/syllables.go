package guide

// wordSyllables estimates how many syllables an English word has, for the
// reading-ease score. Each run of vowels is one, with the usual
// corrections: a silent final e (make, but not little or centre), -es and
// -ed that add no sound (makes, asked, but not faces or wanted), a silent
// e before -ly, -ment, -ful, -ness and -less (safely, statement), vowels
// next to each other that are read apart (media, video, being, easier),
// -ism, and -n't after d, s or z (didn't). Letters other than a to z are
// not counted; a word with no vowel, such as an abbreviation, has one.
// It allocates nothing, so lint needs no cache of counts.
func wordSyllables(w string) int {
	var b [64]byte
	n := 0
	for i := 0; i < len(w) && n < len(b); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			b[n] = c
			n++
		}
	}
	return max(countSyllables(b[:n]), 1)
}

// silentESuffixes follow a stem whose final e stays silent.
var silentESuffixes = []string{"ly", "ment", "ments", "ful", "ness", "less"}

func countSyllables(s []byte) int {
	n := len(s)
	for _, suf := range silentESuffixes {
		if k := n - len(suf); k > 2 && string(s[k:]) == suf && s[k-1] == 'e' && !vowelAt(s, k-2) {
			return max(countSyllables(s[:k]), 1) + 1
		}
	}
	count := 0
	for i := range s {
		if !vowelAt(s, i) {
			continue
		}
		if i == 0 || !vowelAt(s, i-1) || splitPair(s, i) {
			count++
		}
	}
	if n > 2 && count > 1 {
		switch {
		case s[n-1] == 'e' && !vowelAt(s, n-2) && !syllabicBefore(s, n-2):
			count-- // make; little and centre are kept
		case s[n-2] == 'e' && !vowelAt(s, n-3) && !syllabicBefore(s, n-3) &&
			(s[n-1] == 'd' && s[n-3] != 't' && s[n-3] != 'd' || s[n-1] == 's' && !sibilantEnd(s[:n-2])):
			count-- // asked, makes; wanted, faces, handled are kept
		}
	}
	switch {
	case n > 3 && s[n-2] == 's' && s[n-1] == 'm' && vowelAt(s, n-3):
		count++ // -ism
	case n > 3 && s[n-2] == 'n' && s[n-1] == 't' && (s[n-3] == 'd' || s[n-3] == 's' || s[n-3] == 'z'):
		count++ // didn't, isn't
	}
	return count
}

// syllabicBefore reports whether s[i] is an l or r after another
// consonant, which makes a final -le or -re a syllable (little, centre;
// not called).
func syllabicBefore(s []byte, i int) bool {
	return i > 0 && (s[i] == 'l' || s[i] == 'r') && !vowelAt(s, i-1) && s[i-1] != s[i]
}

// vowelAt reports whether s[i] sounds as a vowel: a, e, i, o, u, and y
// but where it starts a word or comes before a vowel (you, lawyer).
func vowelAt(s []byte, i int) bool {
	switch s[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	case 'y':
		return i > 0 && !(i+1 < len(s) && isVowelLetter(s[i+1]))
	}
	return false
}

func isVowelLetter(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// splitPair reports whether the vowel s[i] starts a syllable of its own
// after the vowel before it: media, video, actual, being, easier; but not
// -tion, -cial, -ious, people or quality.
func splitPair(s []byte, i int) bool {
	a, c := s[i-1], s[i]
	rest := string(s[i+1:])
	switch {
	case c == 'i' && (rest == "ng" || rest == "ngs"):
		return true // being, seeing
	case a == 'i' && c == 'e':
		return rest == "r" || rest == "rs" || rest == "st" // easier, easiest
	case a == 'i' && (c == 'a' || c == 'o' || c == 'u'):
		if c == 'a' && rest != "" && rest[0] == 't' {
			return true // associate, initiated
		}
		if i >= 2 {
			switch s[i-2] {
			case 't', 's', 'c', 'g', 'x':
				return false // -tion, -sion, -cial, -gious, anxious
			}
		}
		return true
	case a == 'e' && c == 'o':
		return rest == "" || rest[0] != 'u' && rest[0] != 'p' // video; not people
	case a == 'u' && (c == 'a' || c == 'o'):
		return i < 2 || s[i-2] != 'q' && s[i-2] != 'g' // actual; not quality
	}
	return false
}

// sibilantEnd reports whether s ends in a sound that -es follows as a
// syllable of its own: faces, passes, boxes, watches, wishes, judges.
func sibilantEnd(s []byte) bool {
	n := len(s)
	switch {
	case n == 0:
		return false
	case s[n-1] == 's', s[n-1] == 'x', s[n-1] == 'z', s[n-1] == 'c', s[n-1] == 'g':
		return true
	}
	return n >= 2 && s[n-1] == 'h' && (s[n-2] == 'c' || s[n-2] == 's')
}

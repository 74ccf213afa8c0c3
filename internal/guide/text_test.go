package guide

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// spansRE is what blankSpans stands for; it is too slow to run on every
// line with a number in it across thousands of guides.
var spansRE = regexp.MustCompile(`\{\{[^}]*\}\}|\]\([^)]*\)|<[^>]*>|https?://\S+|[a-z0-9._%+-]+@[a-z0-9.-]+`)

func TestBlankSpans(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Call {{police-999}} now", "Call   now"},
		{"See [the page](https://x.uk/999) or <b>", "See [the page  or  "},
		{"Visit https://a.uk/0808-800-5000 today", "Visit   today"},
		{"Email help123@site.org.uk or 0800 123", "Email   or 0800 123"},
		{"{{open and ] ( and < stay", "{{open and ] ( and < stay"},
		{"http:// alone, a@ alone, @b alone", "http:// alone, a@ alone, @b alone"},
		{"xhttps://y.z/1 then {{a}}{{b}}", "x  then   "},
	}
	for _, tt := range tests {
		if got := string(blankSpans([]byte(tt.in))); got != tt.want {
			t.Errorf("blankSpans(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := spansRE.ReplaceAllString(tt.in, " "); got != tt.want {
			t.Errorf("the regexp gives %q for %q: the table is wrong", got, tt.in)
		}
	}
}

// FuzzBlankSpans checks blankSpans against the regular expression it
// replaces, on any input.
func FuzzBlankSpans(f *testing.F) {
	for _, s := range []string{"Call {{police-999}} on 999", "a@b.c https://x ](y) <z>", "ab.c@d-e.f@g", "{{a}b}}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(blankSpans([]byte(s))), spansRE.ReplaceAllString(s, " "); got != want {
			t.Fatalf("blankSpans(%q) = %q, the regexp gives %q", s, got, want)
		}
	})
}

func TestHasDigitRun(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"call 999", true},
		{"year 12", false},
		{"0 8 0 8", true},
		{"1  2  3", false},
		{"10.30 to 1.2", false},
		{"", false},
		{"12 3", true},
		{"a1 2 b3", false},
		{"x 9", false},
	}
	for _, tt := range tests {
		if got := hasDigitRun([]byte(tt.in)); got != tt.want {
			t.Errorf("hasDigitRun(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzCountWords checks countWords against counting strings.Fields that
// hold a letter or digit.
func FuzzCountWords(f *testing.F) {
	for _, s := range []string{"Do not pay — it brings more", " a\u00a0b\tc\n- ", "\xff x", "10 . 30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := 0
		for _, w := range strings.Fields(s) {
			if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				want++
			}
		}
		if got := countWords(s); got != want {
			t.Fatalf("countWords(%q) = %d, want %d", s, got, want)
		}
		// The same text as bytes counts the same, up to any limit.
		for limit := range 4 {
			if got, want := wordsUpTo([]byte(s), limit), min(want, limit); got != want {
				t.Fatalf("wordsUpTo(%q as bytes, %d) = %d, want %d", s, limit, got, want)
			}
		}
	})
}

// FuzzHasDigitRun checks hasDigitRun against the expression it stands for.
func FuzzHasDigitRun(f *testing.F) {
	f.Add("call 0 8 0 8 now")
	f.Add("1  2 34")
	run := regexp.MustCompile(`[0-9] ?[0-9] ?[0-9]`)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasDigitRun([]byte(s)), run.MatchString(s); got != want {
			t.Fatalf("hasDigitRun(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestHasWords(t *testing.T) {
	if !hasWords("Paying — usually brings more", 3) || hasWords("Do not —", 3) || !hasWords("", 0) {
		t.Error("hasWords counts wrongly")
	}
	if got := countWords("Do not pay — it brings more."); got != 6 {
		t.Errorf("countWords = %d, want 6", got)
	}
}

// sentencesByRunes is countSentences written plainly over a rune slice, the
// reference for FuzzReadingEase.
func sentencesByRunes(s string) int {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0
	}
	n := 0
	r := []rune(s)
	for i := 0; i < len(r); i++ {
		if !isStop(r[i]) {
			continue
		}
		j := i + 1
		for j < len(r) && isStop(r[j]) {
			j++
		}
		for j < len(r) && isCloser(r[j]) {
			j++
		}
		if j == len(r) || unicode.IsSpace(r[j]) {
			n++
		}
		i = j - 1
	}
	if !isStop(r[len(r)-1]) && !isCloser(r[len(r)-1]) {
		n++
	}
	return max(n, 1)
}

// easeByFields is readingEase written plainly with the strings package, the
// reference for FuzzReadingEase.
func easeByFields(s string) float64 {
	var words, syllables, sentences int
	for line := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		sentences += sentencesByRunes(line)
		for w := range strings.FieldsSeq(line) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if w == "" {
				continue
			}
			words++
			syllables += wordSyllables(w)
		}
	}
	if words == 0 || sentences == 0 {
		return 100
	}
	return 206.835 - 1.015*float64(words)/float64(sentences) - 84.6*float64(syllables)/float64(words)
}

// FuzzReadingEase checks the single-pass reading ease and sentence count
// against their plain references.
func FuzzReadingEase(f *testing.F) {
	f.Add("Stop replying. Save the messages (all of them).\nCall StopNCII.org — it’s free!”\n\n10.30 … ok")
	f.Add("\xffA\u00a0B. C")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countSentences(s), sentencesByRunes(s); got != want {
			t.Fatalf("countSentences(%q) = %d, want %d", s, got, want)
		}
		got, words := readingEaseWords(s)
		if want := easeByFields(s); got != want {
			t.Fatalf("readingEase(%q) = %v, want %v", s, got, want)
		}
		if want := countWords(s); words != want {
			t.Fatalf("readingEase counted %d words in %q, countWords %d", words, s, want)
		}
	})
}

// FuzzFoldForMatch checks the one-pass fold against the string functions it
// replaces.
func FuzzFoldForMatch(f *testing.F) {
	f.Add("Why didn’t You\n“ASK” — É")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // guides are checked to be UTF-8 before this runs
		}
		want := " " + strings.ToLower(normaliseQuotes(strings.ReplaceAll(s, "\n", " "))) + " "
		if got := foldForMatch(s); got != want {
			t.Fatalf("foldForMatch(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestHoldsPhrase(t *testing.T) {
	tests := []struct {
		text, phrase string
		want         bool
	}{
		{" you were careless. ", "careless", true},
		{" act carelessly, then careless talk ", "careless", true}, // the first match is inside a word
		{" carelessly ", "careless", false},
		{" uncareless ", "careless", false},
		{" why did you go? ", "why did you", true},
		{" (your fault) ", "your fault", true},
		{" yours faulted ", "your fault", false},
	}
	for _, tt := range tests {
		if got := holdsPhrase(tt.text, tt.phrase); got != tt.want {
			t.Errorf("holdsPhrase(%q, %q) = %v, want %v", tt.text, tt.phrase, got, tt.want)
		}
	}
}

func TestWordSyllables(t *testing.T) {
	// Counts as a dictionary gives them, for each rule the counter has.
	for w, want := range map[string]int{
		"a": 1, "be": 1, "stop": 1, "999": 1, "NSPCC": 1, "Stop": 1, "STOP": 1,
		"police": 2, "report": 2, "helpline": 2, "message": 2, "nudes": 1, "Samaritans": 4,
		"make": 1, "little": 2, "centre": 2, "called": 1, "installed": 2, // final e
		"asked": 1, "blocked": 1, "wanted": 2, "needed": 2, "handled": 2, // -ed
		"makes": 1, "faces": 2, "passes": 2, "watches": 2, "judges": 2, "images": 3, // -es
		"safely": 2, "privately": 3, "statement": 2, "careful": 2, "awareness": 3, "immediately": 5, // silent e before a suffix
		"media": 3, "video": 3, "actual": 3, "being": 2, "seeing": 2, "going": 2, "easier": 3, // vowels read apart
		"people": 2, "quality": 3, "option": 2, "social": 2, "suspicious": 3, "associated": 5, // vowels read together
		"you": 1, "lawyer": 2, "beyond": 2, "money": 2, // y
		"activism": 4, "didn't": 2, "isnt": 2, "don't": 1, "student": 2, // -ism, -n't
	} {
		if got := wordSyllables(w); got != want {
			t.Errorf("wordSyllables(%q) = %d, want %d", w, got, want)
		}
	}
}

// FuzzWordSyllables: every word has at least one syllable and no more
// than it has letters, in any case.
func FuzzWordSyllables(f *testing.F) {
	f.Add("Stop")
	f.Add("naïve")
	f.Add("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeed")
	f.Fuzz(func(t *testing.T, w string) {
		n := wordSyllables(w)
		letters := 0
		for _, c := range []byte(w) {
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				letters++
			}
		}
		if n < 1 || n > max(letters, 1) {
			t.Fatalf("wordSyllables(%q) = %d with %d letters", w, n, letters)
		}
		if up := wordSyllables(strings.ToUpper(w)); utf8.ValidString(w) && strings.ToUpper(w) == strings.Map(upperASCII, w) && up != n {
			t.Fatalf("wordSyllables(%q) = %d but %d in capitals", w, n, up)
		}
	})
}

func upperASCII(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r - 'a' + 'A'
	}
	return r
}

// FuzzDigitRuns checks the number scanner against the expression it stands
// for: a run is "+"? then digits, single spaces between them, where no
// letter, digit or "+" comes before.
func FuzzDigitRuns(f *testing.F) {
	for _, s := range []string{"call 116 123.", "0800 1111 or 0800 1112", "text SHOUT to 85258.", "+44 20 7946 0000", "a+12 3", "s.21 66B 10:00 £500", "1  2", "9 9 9"} {
		f.Add(s)
	}
	ref := regexp.MustCompile(`(?:^|[^0-9A-Za-z+])(\+?[0-9](?:[0-9]| [0-9])*)`)
	f.Fuzz(func(t *testing.T, s string) {
		var want [][2]int
		for _, m := range ref.FindAllStringSubmatchIndex(s, -1) {
			want = append(want, [2]int{m[2], m[3]})
		}
		if got := digitRuns(s); !slices.Equal(got, want) {
			t.Fatalf("digitRuns(%q) = %v, want %v", s, got, want)
		}
	})
}

package sources

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the canonical form of a page's main text, the form that
// snapshots store and hashes are taken of. It folds characters (Unicode NFKC,
// curly quotes to straight ones, zero-width characters and controls
// removed), collapses white space, keeps one paragraph a line with a blank
// line between paragraphs, and drops page-stamp lines ("Last updated 3 March
// 2026", "1,204 views", "© 2026 …") that change without the page's meaning
// changing. It never removes digits from the lines it keeps, and never drops
// a line that holds a phone number. Normalize is idempotent.
func Normalize(s string) string {
	lines := canonicalLines(s)
	kept := lines[:0]
	for _, l := range lines {
		if !isStamp(l) {
			kept = append(kept, l)
		}
	}
	if len(kept) == 0 {
		return ""
	}
	return strings.Join(kept, "\n\n") + "\n"
}

// Paragraphs splits normalised text into its paragraphs.
func Paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// canonicalLines folds characters and white space and returns the
// non-empty lines. Facts are read from these lines too, so what Normalize
// keeps and what the fact extractor sees cannot drift apart.
func canonicalLines(s string) []string {
	s = foldChars(s)
	var out []string
	start := 0
	for i, r := range s {
		if isLineBreak(r) {
			if l := collapseSpace(s[start:i]); l != "" {
				out = append(out, l)
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if l := collapseSpace(s[start:]); l != "" {
		out = append(out, l)
	}
	return out
}

// foldChars makes characters canonical. Removal comes before NFKC so that
// the composition sees the characters that remain.
func foldChars(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || isLineBreak(r):
			return r
		case r == '\u00AD', r == '\u200B', r == '\u200C', r == '\u200D', r == '\u2060', r == '\uFEFF':
			return -1 // soft hyphen and zero-width characters
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	s = norm.NFKC.String(s)
	return strings.Map(foldQuote, s)
}

func foldQuote(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036', '\u00AB', '\u00BB':
		return '"'
	}
	return r
}

func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// collapseSpace trims a line and turns every run of white space into one
// space.
func collapseSpace(l string) string {
	var b strings.Builder
	space := false
	for _, r := range l {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

const (
	month   = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	weekday = `(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?`
	dateRE  = weekday + `(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + month + `,?\s+\d{4}` +
		`|` + month + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}` +
		`|` + month + `\s+\d{4}` +
		`|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}` +
		`|\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?` +
		`|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago|today|yesterday)`
	clockRE = `(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?:\s*(?:gmt|bst|utc))?)?`
	tailRE  = `(?:\s*[-|\x{2013}\x{2014}]?\s*(?:see all updates|see all|show all updates|history|print this page))?\.?`
)

// stampRE matches whole lines that only stamp the page: when it was
// updated, reviewed or published, how often it was viewed, the copyright
// year.
var stampRE = regexp.MustCompile(`(?i)^(?:` +
	`(?:this\s+)?(?:page|article|content|information|guidance|document|post)?\s*(?:was\s+)?(?:last\s+)?` +
	`(?:updated|modified|reviewed|revised|edited|checked|published|posted|amended|created)` +
	`(?:\s+(?:on|at))?\s*:?\s*` + dateRE + clockRE + tailRE +
	`|(?:date\s+)?(?:published|updated|modified)\s*:?\s*` + dateRE + clockRE + tailRE +
	`|(?:next\s+)?review(?:\s+(?:date|due))?\s*:?\s*` + dateRE + `\.?` +
	`|\d[\d,.]*k?\s+(?:views?|page\s*views?|visits?|visitors?|reads?|shares?|likes?)` +
	`|(?:views?|page\s*views?|visits?|visitors?|hits|shares?)\s*:?\s*\d[\d,.]*k?` +
	`|\d+\s+(?:of|out\s+of)\s+\d+\s+people\s+found\s+this\s+(?:page\s+)?(?:useful|helpful)\.?` +
	`|(?:©|\(c\)|copyright\b).{0,80}` +
	`)$`)

// maxStampLen keeps a long paragraph that merely starts like a stamp.
const maxStampLen = 120

func isStamp(l string) bool {
	if len(l) > maxStampLen || !stampRE.MatchString(l) {
		return false
	}
	return len(phonesIn(l)) == 0 // a line with a phone number is content
}

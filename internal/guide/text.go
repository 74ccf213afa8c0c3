package guide

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"

	"firststeps/internal/problem"
)

// Style holds the house-style limits, from content/style.yaml.
type Style struct {
	MinTags             int            `yaml:"min_tags"`
	ShortAnswerMaxWords int            `yaml:"short_answer_max_words"`
	MinReadingEase      float64        `yaml:"min_reading_ease"` // Flesch reading ease, per section
	ReadabilityMinWords int            `yaml:"readability_min_words"`
	BlamePhrases        []string       `yaml:"blame_phrases"`
	Lines               map[string]int `yaml:"-"`
}

func isWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func countWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if isWord(w) {
			n++
		}
	}
	return n
}

// countSentences counts sentences: a run of stops (. ! ? …), then any
// closing quotes or brackets, then a space or the end, ends one, so
// "StopNCII.org" and "10.30" do not. A last sentence with no stop counts.
func countSentences(s string) int {
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
		for j < len(r) && strings.ContainsRune(`"'”’)`, r[j]) {
			j++
		}
		if j == len(r) || unicode.IsSpace(r[j]) {
			n++
		}
		i = j - 1
	}
	if !isStop(r[len(r)-1]) && !strings.ContainsRune(`"'”’)`, r[len(r)-1]) {
		n++ // a final sentence with no stop
	}
	return max(n, 1)
}

func isStop(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func checkText(probs *problem.List, g *Guide, opt Options) {
	f := g.File
	sa := g.Sections[ShortAnswer]
	if sa.Text != "" {
		limit := opt.Style.ShortAnswerMaxWords
		if limit == 0 {
			limit = 60
		}
		if n := countWords(sa.Text); n > limit {
			probs.Errorf(f, sa.Line, "short-answer-length", "short answer has %d words; keep it to %d or fewer", n, limit)
		}
		if n := countSentences(sa.Text); n > 3 {
			probs.Warnf(f, sa.Line, "short-answer-sentences", "short answer has %d sentences; two or three read best", n)
		}
	}
	checkBlame(probs, g, opt.Style.BlamePhrases)
	if opt.Style.MinReadingEase > 0 {
		checkReadability(probs, g, opt.Style, opt.Cache)
	}
}

var quotes = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

func normaliseQuotes(s string) string {
	if !strings.ContainsAny(s, "’‘“”") {
		return s
	}
	return quotes.Replace(s)
}

func checkBlame(probs *problem.List, g *Guide, phrases []string) {
	if len(phrases) == 0 {
		return
	}
	for k, s := range g.Sections {
		if k == Resources || s.Text == "" {
			continue
		}
		lower := " " + strings.ToLower(normaliseQuotes(strings.ReplaceAll(s.Text, "\n", " "))) + " "
		for _, p := range phrases {
			p = strings.ToLower(normaliseQuotes(p))
			if i := strings.Index(lower, p); i >= 0 && boundary(lower, i, len(p)) {
				probs.Warnf(g.File, s.Line, "blame", "%q in %q can read as blame; say what to do next instead", p, s.Heading)
			}
		}
	}
}

func boundary(s string, i, n int) bool {
	isWordByte := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }
	return (i == 0 || !isWordByte(s[i-1])) && (i+n >= len(s) || !isWordByte(s[i+n]))
}

var (
	// longNumber is a UK number: 0 or +44 then 9 or 10 more digits, maybe
	// grouped by single spaces.
	longNumber = regexp.MustCompile(`(?:\+44 ?|\b0)\d(?: ?\d){8,9}\b`)
	// shortNumber is a 3 to 6 digit number, possibly "116 123" or "18001 101".
	shortNumber = regexp.MustCompile(`\b\d{3}(?: \d{3})?\b|\b\d{5,6}(?: \d{3})?\b`)
	// dialVerbs before a short number make it a phone number, not a section
	// of an Act or an amount.
	dialVerbs = regexp.MustCompile(`(?i)\b(call|calling|ring|dial|dialling|phone|text|texting|number|on|helpline|line|press)\W*$`)
	skipSpans = regexp.MustCompile(`\{\{[^}]*\}\}|\]\([^)]*\)|<[^>]*>|https?://\S+|[a-z0-9._%+-]+@[a-z0-9.-]+`)
)

// checkNumbers looks for phone numbers typed into the guide's Markdown.
// Numbers live only in services.yaml; guides write {{service-id}}.
func checkNumbers(probs *problem.List, file string, body []byte, bodyLine int, known func(string) bool) {
	for i, raw := range bytes.Split(body, []byte("\n")) {
		if !hasDigitRun(raw) {
			continue // most lines hold no number at all: skip the regexps
		}
		line := string(skipSpans.ReplaceAll(raw, []byte(" ")))
		report := func(num string) {
			digits := strings.ReplaceAll(strings.TrimPrefix(num, "+44"), " ", "")
			if strings.HasPrefix(num, "+44") {
				digits = "0" + digits
			}
			if known != nil && known(digits) {
				probs.Warnf(file, bodyLine+i, "typed-number", "write the service as {{service-id}} instead of typing %s, so the number is kept in one place", num)
				return
			}
			probs.Errorf(file, bodyLine+i, "phone-number", "%s is not the number of any service in services.yaml; add the service there and write {{service-id}}", num)
		}
		taken := make([]bool, len(line))
		for _, m := range longNumber.FindAllStringIndex(line, -1) {
			report(line[m[0]:m[1]])
			for j := m[0]; j < m[1]; j++ {
				taken[j] = true
			}
		}
		for _, m := range shortNumber.FindAllStringIndex(line, -1) {
			if taken[m[0]] {
				continue
			}
			num := line[m[0]:m[1]]
			before := line[:m[0]]
			if m[0] > 0 && strings.ContainsAny(line[m[0]-1:m[0]], "£$€.,:/-") {
				continue // an amount, a section number, a time or a date
			}
			if m[1] < len(line) && strings.ContainsAny(line[m[1]:m[1]+1], "%:,./") {
				continue
			}
			isKnown := known != nil && known(strings.ReplaceAll(num, " ", ""))
			if isKnown || dialVerbs.MatchString(before) {
				report(num)
			}
		}
	}
}

// hasDigitRun reports whether b holds three digits in a row, the shortest
// phone number (999).
func hasDigitRun(b []byte) bool {
	run := 0
	for _, c := range b {
		if c >= '0' && c <= '9' {
			run++
			if run >= 3 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

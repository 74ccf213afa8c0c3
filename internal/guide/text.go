package guide

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"firststeps/internal/problem"
)

// Style holds the house-style limits, from content/style.yaml.
type Style struct {
	MinTags             int     `yaml:"min_tags"`
	ShortAnswerMaxWords int     `yaml:"short_answer_max_words"`
	MinReadingEase      float64 `yaml:"min_reading_ease"` // Flesch reading ease, per section
	// MaxWords warns about a guide whose sections (all but Additional
	// Resources) run longer: past it, a page no longer fits a phone's
	// screen budget with its routes.
	MaxWords            int      `yaml:"max_words"`
	ReadabilityMinWords int      `yaml:"readability_min_words"`
	BlamePhrases        []string `yaml:"blame_phrases"`
	// CrisisPhrases mark a sentence about someone who might end their life
	// or has hurt themselves: lint refuses to send such a sentence to the
	// police emergency line.
	CrisisPhrases []string       `yaml:"crisis_phrases"`
	Lines         map[string]int `yaml:"-"`
}

// CrisisMatch reports whether a sentence speaks of ending one's life or of
// self-harm, by the phrases in style.yaml (case is ignored).
func (s Style) CrisisMatch(sentence string) bool {
	lower := strings.ToLower(sentence)
	for _, p := range s.CrisisPhrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// countWords counts the space-separated words of s that hold a letter or a
// digit, so a lone dash is not a word.
func countWords(s string) int { return wordsUpTo(s, -1) }

// hasWords reports whether s holds at least n words, reading no further
// than it must.
func hasWords[T string | []byte](s T, n int) bool { return wordsUpTo(s, n) >= n }

// wordsUpTo counts the words of s, stopping once it reaches limit (a
// negative limit counts them all).
func wordsUpTo[T string | []byte](s T, limit int) int {
	n := 0
	counted := false // the current word is counted already
	for i := 0; i < len(s) && n != limit; {
		c := s[i]
		var space, alnum bool
		if c < utf8.RuneSelf {
			space = isASCIISpace(c)
			alnum = isASCIIAlnum(c)
			i++
		} else {
			// A rune is at most four bytes: converting them costs no
			// allocation, whichever type s is.
			r, size := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
			space = unicode.IsSpace(r)
			alnum = unicode.IsLetter(r) || unicode.IsDigit(r)
			i += size
		}
		switch {
		case space:
			counted = false
		case alnum && !counted:
			n++
			counted = true
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
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isStop(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isStop(r) {
				break
			}
			j += size
		}
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isCloser(r) {
				break
			}
			j += size
		}
		if r, _ := utf8.DecodeRuneInString(s[j:]); j == len(s) || unicode.IsSpace(r) {
			n++
		}
		i = j
	}
	if last, _ := utf8.DecodeLastRuneInString(s); !isStop(last) && !isCloser(last) {
		n++ // a final sentence with no stop
	}
	return max(n, 1)
}

// isCloser reports whether r closes a quote or bracket after a stop.
func isCloser(r rune) bool { return strings.ContainsRune(`"'”’)`, r) }

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
	if len(opt.Style.BlamePhrases) > 0 {
		checkBlame(probs, g, opt.Style.BlamePhrases)
	}
	if opt.Style.MinReadingEase > 0 {
		checkReadability(probs, g, opt.Style)
	}
	if opt.Style.MaxWords > 0 {
		n := 0
		for _, s := range g.Sections[:Resources] {
			n += countWords(s.Text)
		}
		if n > opt.Style.MaxWords {
			probs.Warnf(f, g.Sections[ShortAnswer].Line, "guide-length", "the guide has %d words; keep it to %d or fewer so the page fits a phone's screen budget with its routes", n, opt.Style.MaxWords)
		}
	}
}

var quotes = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

func normaliseQuotes(s string) string {
	// Every curly quote starts with the UTF-8 byte 0xE2: looking for that
	// byte is far quicker than looking for four runes.
	if strings.IndexByte(s, 0xE2) < 0 {
		return s
	}
	return quotes.Replace(s)
}

// foldForMatch lower-cases s, turns curly quotes straight and line breaks
// into spaces, and pads it with a space each side, so phrases can be found
// with plain substring search.
func foldForMatch(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				c = ' '
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '’', '‘':
			b.WriteByte('\'')
		case '“', '”':
			b.WriteByte('"')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	b.WriteByte(' ')
	return b.String()
}

func checkBlame(probs *problem.List, g *Guide, phrases []string) {
	folded := make([]string, len(phrases))
	for i, p := range phrases {
		folded[i] = strings.ToLower(normaliseQuotes(p))
	}
	for k, s := range g.Sections {
		if k == Resources || s.Text == "" {
			continue
		}
		text := foldForMatch(s.Text)
		for _, p := range folded {
			if holdsPhrase(text, p) {
				probs.Warnf(g.File, s.Line, "blame", "%q in %q can read as blame; say what to do next instead", p, s.Heading)
			}
		}
	}
}

// holdsPhrase reports whether p stands in s as words of their own, at any
// place: a first match inside a longer word ("carelessly") does not hide a
// later one that stands alone.
func holdsPhrase(s, p string) bool {
	for off := 0; off <= len(s); {
		i := strings.Index(s[off:], p)
		if i < 0 {
			return false
		}
		if boundary(s, off+i, len(p)) && !reassuring(s, off+i, len(p)) {
			return true
		}
		off += i + 1
	}
	return false
}

// negations are the words that, just before a blaming phrase, turn it into
// reassurance: "it is not your fault", "none of this is your fault".
var negations = []string{"not", "never", "no", "none", "nothing", "isn't", "wasn't", "aren't", "weren't", "isnt", "wasnt"}

// reassuring reports whether the phrase at s[i:i+n] says the opposite of
// blame: negated by one of the four words before it in its sentence ("it
// is not your fault"), or a duty lifted rather than a fault ("you should
// not have to cope alone").
func reassuring(s string, i, n int) bool {
	if strings.HasSuffix(s[i:i+n], " have") && strings.HasPrefix(s[i+n:], " to ") {
		return true
	}
	before := s[:i]
	if k := strings.LastIndexAny(before, ".!?;:"); k >= 0 {
		before = before[k+1:]
	}
	words := strings.Fields(before)
	for _, w := range words[max(0, len(words)-4):] {
		if slices.Contains(negations, strings.Trim(w, ",\"'")) {
			return true
		}
	}
	return false
}

// isWordByte reports whether b is a lower-case letter or a digit: what
// counts as part of a word in folded text.
func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }

func boundary(s string, i, n int) bool {
	return (i == 0 || !isWordByte(s[i-1])) && (i+n >= len(s) || !isWordByte(s[i+n]))
}

// dialVerbs before a short number make it a phone number, not a section of
// an Act, an age or an amount: "call 999", "on 116 123", "text SHOUT to
// 85258".
var dialVerbs = regexp.MustCompile(`(?i)(?:\b(?:call|calling|ring|ringing|dial|dialling|phone|phoning|text|texting|number|on|helpline|line|press|or)|\b(?:text|texting|send|message)\b[^.]*\bto)\W*$`)

// blankSpans replaces each service reference ({{…}}), link target ("](…)"),
// tag (<…>), web address and email address in line with one space, so the
// digits inside them are not read as phone numbers. It scans left to right
// and takes the first kind that matches at each place, as the regular
// expression
//
//	\{\{[^}]*\}\}|\]\([^)]*\)|<[^>]*>|https?://\S+|[a-z0-9._%+-]+@[a-z0-9.-]+
//
// replaced with " " would, without its cost on every line with a number.
func blankSpans(line []byte) []byte {
	out := make([]byte, 0, len(line))
	runStart, runEnd := -1, -1 // the current run of email-local characters
	for i := 0; i < len(line); {
		if end := spanAt(line, i, &runStart, &runEnd); end > i {
			out = append(out, ' ')
			i = end
			continue
		}
		out = append(out, line[i])
		i++
	}
	return out
}

// spanAt returns the end of the span that starts at i, or i if none does.
func spanAt(s []byte, i int, runStart, runEnd *int) int {
	switch {
	case s[i] == '{' && i+1 < len(s) && s[i+1] == '{':
		if j := bytes.IndexByte(s[i+2:], '}'); j >= 0 && i+2+j+1 < len(s) && s[i+2+j+1] == '}' {
			return i + 2 + j + 2
		}
	case s[i] == ']' && i+1 < len(s) && s[i+1] == '(':
		if j := bytes.IndexByte(s[i+2:], ')'); j >= 0 {
			return i + 2 + j + 1
		}
	case s[i] == '<':
		if j := bytes.IndexByte(s[i+1:], '>'); j >= 0 {
			return i + 1 + j + 1
		}
	}
	if rest := s[i:]; bytes.HasPrefix(rest, []byte("http")) {
		p := 4
		if p < len(rest) && rest[p] == 's' {
			p++
		}
		if bytes.HasPrefix(rest[p:], []byte("://")) {
			p += 3
			q := p
			for q < len(rest) && !isRESpace(rest[q]) {
				q++
			}
			if q > p {
				return i + q
			}
		}
	}
	if !isEmailLocal(s[i]) {
		return i
	}
	if i < *runStart || i >= *runEnd {
		j := i
		for j < len(s) && isEmailLocal(s[j]) {
			j++
		}
		*runStart, *runEnd = i, j
	}
	at := *runEnd
	if at+1 >= len(s) || s[at] != '@' || !isEmailDomain(s[at+1]) {
		return i
	}
	j := at + 1
	for j < len(s) && isEmailDomain(s[j]) {
		j++
	}
	return j
}

// isRESpace is \s in Go's regular expressions.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func isEmailDomain(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-'
}

func isEmailLocal(c byte) bool {
	return isEmailDomain(c) || c == '_' || c == '%' || c == '+'
}

// checkNumbers looks for phone and text numbers typed into the guide's
// Markdown. Numbers live only in services.yaml; guides write {{service-id}}.
// Every run of digits that could be dialled or texted is a service's number
// (a warning: write {{service-id}}) or an error.
func checkNumbers(probs *problem.List, file string, body []byte, bodyLine int, known func(string) bool) {
	for i, rest := 0, body; len(rest) > 0; i++ {
		raw := rest
		if j := bytes.IndexByte(rest, '\n'); j >= 0 {
			raw, rest = rest[:j], rest[j+1:]
		} else {
			rest = nil
		}
		if !hasDigitRun(raw) {
			continue // most lines hold no number at all: skip the rest
		}
		cleaned := blankSpans(raw)
		if !hasDigitRun(cleaned) {
			continue // the digits were all in links or service references
		}
		line := string(cleaned)
		// A number written with hyphens, dots or brackets between its
		// groups (1-800-656-4673, (800) 656-4673, 800.656.4673) is a phone
		// number whatever verb comes before it.
		for _, sm := range groupedNumberRE.FindAllStringSubmatchIndex(line, -1) {
			m := sm[2:4]
			typed := line[m[0]:m[1]]
			digits := strings.Map(func(r rune) rune {
				if isDigit(byte(r)) {
					return r
				}
				return -1
			}, typed)
			if known != nil && (known(digits) || len(digits) == 11 && known(digits[1:])) {
				probs.Warnf(file, bodyLine+i, "typed-number", "write the service as {{service-id}} instead of typing %s, so the number is kept in one place", typed)
			} else {
				probs.Errorf(file, bodyLine+i, "phone-number", "%s is not the number of any service in services.yaml; add the service there and write {{service-id}}", typed)
			}
			line = line[:m[0]] + strings.Repeat(" ", m[1]-m[0]) + line[m[1]:]
		}
		for _, r := range digitRuns(line) {
			switch classifyNumber(line, r[0], r[1], known) {
			case numberKnown:
				probs.Warnf(file, bodyLine+i, "typed-number", "write the service as {{service-id}} instead of typing %s, so the number is kept in one place", line[r[0]:r[1]])
			case numberUnknown:
				probs.Errorf(file, bodyLine+i, "phone-number", "%s is not the number of any service in services.yaml; add the service there and write {{service-id}}", line[r[0]:r[1]])
			}
		}
	}
}

// groupedNumberRE matches a phone number written in groups joined by
// hyphens or dots, or with its area code in brackets: an optional country
// code, then three groups of 2–4 digits.
var groupedNumberRE = regexp.MustCompile(`(?:^|[^\w+.-])((?:\+?\d{1,3}[-. ])?(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4})\b`)

// digitRuns returns where each run of digits in line starts and ends: an
// optional "+", then digits, single spaces between digits allowed. A run
// starts only where no letter, digit or "+" comes before it, so "66B" and
// "3rd" hold a run that classifyNumber sets aside, and "B12" holds none.
func digitRuns(line string) [][2]int {
	var out [][2]int
	for i := 0; i < len(line); i++ {
		c := line[i]
		if !isDigit(c) && (c != '+' || i+1 >= len(line) || !isDigit(line[i+1])) {
			continue
		}
		if i > 0 && (isAlnum(line[i-1]) || line[i-1] == '+') {
			continue
		}
		end := i + 1
		for end < len(line) {
			if isDigit(line[end]) {
				end++
			} else if line[end] == ' ' && end+1 < len(line) && isDigit(line[end+1]) {
				end += 2
			} else {
				break
			}
		}
		out = append(out, [2]int{i, end})
		i = end - 1
	}
	return out
}

// What a run of digits is.
const (
	numberOther   = iota // an amount, a date, a time, a section, an age…
	numberKnown          // a service's number
	numberUnknown        // a number someone could dial or text, of no service
)

// classifyNumber decides what the run line[start:end] is.
func classifyNumber(line string, start, end int, known func(string) bool) int {
	num := line[start:end]
	digits := strings.ReplaceAll(num, " ", "")
	if rest, ok := strings.CutPrefix(digits, "+44"); ok {
		digits = "0" + rest
	}
	var prev, prev2, next, next2 byte
	if start > 0 {
		prev = line[start-1]
	}
	if start > 1 {
		prev2 = line[start-2]
	}
	if end < len(line) {
		next = line[end]
	}
	if end+1 < len(line) {
		next2 = line[end+1]
	}
	switch {
	case known != nil && known(digits):
		return numberKnown
	case strings.ContainsRune("£$€#", rune(prev)):
		return numberOther // an amount or a numbered item
	case strings.ContainsRune(".,:/-", rune(prev)) && isAlnum(prev2):
		return numberOther // "s.21", "1,000", "10:30", "1/2", "2-3"
	case strings.ContainsRune(":%/", rune(next)) || isAlnum(next):
		return numberOther // a time, a share, a date, "15yo"
	case strings.ContainsRune(".,-", rune(next)) && isDigit(next2):
		return numberOther // a decimal, thousands, a range
	case strings.HasPrefix(digits, "+") || (strings.HasPrefix(digits, "0") && len(digits) >= 8 && len(digits) <= 11):
		return numberUnknown // a UK phone number, with its 0 or +44
	case len(digits) >= 3 && len(digits) <= 8 && dialVerbs.MatchString(line[:start]):
		return numberUnknown // "call 999", "on 116 132"
	}
	return numberOther
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlnum(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' }

// hasDigitRun reports whether b holds three digits in a row, the shortest
// phone number (999). Single spaces may separate them, as in "0 8 0 8 …".
func hasDigitRun(b []byte) bool {
	for i := 0; i < len(b); {
		for i < len(b) && b[i]-'0' >= 10 {
			i++ // most bytes are not digits: pass them quickly
		}
		run := 0
		for i < len(b) {
			switch {
			case b[i]-'0' < 10:
				run++
				if run >= 3 {
					return true
				}
			case b[i] == ' ' && b[i-1]-'0' < 10:
				// one space inside a number keeps the run going
			default:
				run = -1
			}
			if run < 0 {
				break
			}
			i++
		}
	}
	return false
}

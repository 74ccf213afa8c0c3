package sources

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FactKind names a kind of fact that guides depend on.
type FactKind string

// The kinds of fact pulled out of a page. A change in any of them makes a
// change high severity.
const (
	FactPhone  FactKind = "phone"
	FactEmail  FactKind = "email"
	FactURL    FactKind = "url"
	FactTime   FactKind = "time"
	FactAge    FactKind = "age"
	FactAmount FactKind = "amount"
)

var factOrder = []FactKind{FactPhone, FactEmail, FactURL, FactTime, FactAge, FactAmount}

// Fact is one fact found in a page's text, in a canonical form: a phone
// number as its digits ("08001111", "+12025550100"), a time as 24-hour
// "HH:MM", an amount without thousands separators ("£1000").
type Fact struct {
	Kind  FactKind `json:"kind"`
	Value string   `json:"value"`
}

func (f Fact) String() string { return string(f.Kind) + " " + f.Value }

// FactDelta is how the facts of two versions of a page differ.
type FactDelta struct {
	Added   []Fact `json:"added,omitempty"`
	Removed []Fact `json:"removed,omitempty"`
}

// Empty reports whether no fact changed.
func (d FactDelta) Empty() bool { return len(d.Added) == 0 && len(d.Removed) == 0 }

// Facts returns the distinct facts in text, sorted by kind and value. It
// reads the text line by line after the same folding Normalize does, so a
// fact never spans two paragraphs.
func Facts(text string) []Fact {
	seen := map[Fact]bool{}
	var out []Fact
	add := func(k FactKind, v string) {
		f := Fact{k, v}
		if v != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	for _, l := range canonicalLines(text) {
		for _, p := range phonesIn(l) {
			add(FactPhone, p)
		}
		for _, m := range emailRE.FindAllString(l, -1) {
			add(FactEmail, strings.ToLower(strings.TrimRight(m, ".")))
		}
		for _, m := range urlRE.FindAllStringIndex(l, -1) {
			if m[0] > 0 && l[m[0]-1] == '@' {
				continue // the domain of an email address
			}
			add(FactURL, canonicalURL(l[m[0]:m[1]]))
		}
		for _, t := range timesIn(l) {
			add(FactTime, t)
		}
		for _, a := range agesIn(l) {
			add(FactAge, a)
		}
		for _, m := range amountRE.FindAllStringSubmatch(l, -1) {
			add(FactAmount, canonicalAmount(m))
		}
	}
	slices.SortFunc(out, compareFacts)
	return out
}

func compareFacts(a, b Fact) int {
	if c := cmp.Compare(slices.Index(factOrder, a.Kind), slices.Index(factOrder, b.Kind)); c != 0 {
		return c
	}
	return strings.Compare(a.Value, b.Value)
}

// DiffFacts returns the facts only in old (removed) and only in new (added).
func DiffFacts(old, new []Fact) FactDelta {
	var d FactDelta
	for _, f := range old {
		if !slices.Contains(new, f) {
			d.Removed = append(d.Removed, f)
		}
	}
	for _, f := range new {
		if !slices.Contains(old, f) {
			d.Added = append(d.Added, f)
		}
	}
	return d
}

var (
	emailRE = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)
	urlRE   = regexp.MustCompile(`(?i)\bhttps?://[^\s<>"'()]+|\bwww\.[a-z0-9\-]+(?:\.[a-z0-9\-]+)+(?:/[^\s<>"'()]*)?|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:uk|org|com|net|gov|scot|wales|ie|eu|info)(?:/[^\s<>"'()]*)?\b`)
)

func canonicalURL(s string) string {
	s = strings.TrimRight(s, ".,;:!?")
	low := strings.ToLower(s)
	for _, p := range []string{"https://", "http://"} {
		low = strings.TrimPrefix(low, p)
	}
	return strings.TrimSuffix(low, "/")
}

var amountRE = regexp.MustCompile(`(?i)([£$€])\s?(\d[\d,]*(?:\.\d{1,2})?)(?:\s?(million|billion|bn|m|k)\b)?|\b(\d[\d,]*(?:\.\d{1,2})?)\s?(p|pence|pounds|gbp)\b`)

func canonicalAmount(m []string) string {
	if m[1] != "" {
		unit := strings.ToLower(m[3])
		if unit != "" {
			unit = " " + unit
		}
		return m[1] + strings.ReplaceAll(m[2], ",", "") + unit
	}
	n := strings.ReplaceAll(m[4], ",", "")
	switch strings.ToLower(m[5]) {
	case "p", "pence":
		return n + "p"
	}
	return "£" + n
}

var (
	ampmRE   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\b\.?`)
	clock24  = regexp.MustCompile(`\b([01]?\d|2[0-3]):([0-5]\d)\b`)
	namedRE  = regexp.MustCompile(`(?i)\b(noon|midday|midnight|24/7|24 hours)\b`)
	namedTOD = map[string]string{"noon": "12:00", "midday": "12:00", "midnight": "00:00", "24/7": "24/7", "24 hours": "24/7"}
)

// timesIn returns times of day as "HH:MM", and "24/7" for round-the-clock.
func timesIn(l string) []string {
	var out []string
	masked := []byte(l)
	for _, m := range ampmRE.FindAllStringSubmatchIndex(l, -1) {
		h, _ := strconv.Atoi(l[m[2]:m[3]])
		min := 0
		if m[4] >= 0 {
			min, _ = strconv.Atoi(l[m[4]:m[5]])
		}
		if h < 1 || h > 12 || min > 59 {
			continue
		}
		if strings.EqualFold(l[m[6]:m[7]], "p") && h != 12 {
			h += 12
		} else if strings.EqualFold(l[m[6]:m[7]], "a") && h == 12 {
			h = 0
		}
		out = append(out, fmt.Sprintf("%02d:%02d", h, min))
		for i := m[0]; i < m[1]; i++ {
			masked[i] = ' '
		}
	}
	for _, m := range clock24.FindAllStringSubmatch(string(masked), -1) {
		h, _ := strconv.Atoi(m[1])
		out = append(out, fmt.Sprintf("%02d:%s", h, m[2]))
	}
	for _, m := range namedRE.FindAllString(l, -1) {
		out = append(out, namedTOD[strings.ToLower(m)])
	}
	return out
}

var (
	ageWordRE  = regexp.MustCompile(`(?i)\b(under|over|aged|ages|age)\s+(\d{1,2})(?:\s*(?:-|–|to|and)\s*(\d{1,2}))?(s?)\b(\s*(?:[:.]\d|am\b|pm\b)?)`)
	agePlusRE  = regexp.MustCompile(`(?i)\b(\d{1,2})\s?\+(?:\D|$)|\b(\d{1,2})\s+(or over|or older|or under|or younger|and over|and under)\b`)
	ageYearsRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?:\s*(?:-|–|to)\s*(\d{1,2}))?[\s-]*years?[\s-]*olds?\b`)
)

// agesIn returns age limits: "under 18", "over 16", "aged 11-18", "18+",
// "18 or over", "16 years old".
func agesIn(l string) []string {
	var out []string
	for _, m := range ageWordRE.FindAllStringSubmatch(l, -1) {
		if strings.TrimSpace(m[5]) != "" {
			continue // "from 9am", "over 10:30": a time, not an age
		}
		word := strings.ToLower(m[1])
		if word == "ages" || word == "age" {
			word = "aged"
		}
		v := word + " " + m[2]
		if m[3] != "" {
			v += "-" + m[3]
		}
		out = append(out, v)
	}
	for _, m := range agePlusRE.FindAllStringSubmatch(l, -1) {
		if m[1] != "" {
			out = append(out, m[1]+"+")
		} else {
			out = append(out, m[2]+" "+strings.ToLower(m[3]))
		}
	}
	for _, m := range ageYearsRE.FindAllStringSubmatch(l, -1) {
		v := m[1]
		if m[2] != "" {
			v += "-" + m[2]
		}
		out = append(out, v+" years old")
	}
	return out
}

// shortCodes are the UK numbers shorter than ten digits that guides cite.
var shortCodes = map[string]bool{
	"999": true, "112": true, "101": true, "111": true, "105": true, "119": true, "159": true, "18000": true,
}

// phonesIn returns the phone numbers in one canonical line: UK numbers as
// national digits ("02079460000"), other international numbers as "+"
// and digits, emergency and helpline short codes ("999", "116123"), and
// five-digit text numbers after "text" or "SMS".
func phonesIn(l string) []string {
	var out []string
	for i := 0; i < len(l); {
		start := i
		if !startsNumber(l, i) {
			i++
			continue
		}
		groups, ends, plus := numberGroups(l, i)
		n := acceptPhone(l, start, groups, ends, plus, &out)
		i = ends[n-1]
	}
	return out
}

// startsNumber reports whether a phone number may start at l[i].
func startsNumber(l string, i int) bool {
	if i > 0 && isDigit(l[i-1]) {
		return false
	}
	switch c := l[i]; {
	case c == '+':
		return i+1 < len(l) && isDigit(l[i+1])
	case c == '(':
		return i+1 < len(l) && l[i+1] == '0'
	default:
		return isDigit(c)
	}
}

// numberGroups reads digit groups joined by single spaces, hyphens or
// brackets, as phone numbers are written: "+44 (0)20 7946 0000". The caller
// has checked that a digit follows l[i].
func numberGroups(l string, i int) (groups []string, ends []int, plus bool) {
	digits := 0
	if l[i] == '+' {
		plus = true
		i++
	}
	for {
		j := i
		if j < len(l) && l[j] == '(' {
			j++
		}
		k := j
		for k < len(l) && isDigit(l[k]) {
			k++
		}
		if k == j {
			break
		}
		groups = append(groups, l[j:k])
		if k < len(l) && l[k] == ')' {
			k++
		}
		ends = append(ends, k)
		if digits += k - j; digits > maxPhoneDigits {
			break // no phone is longer; stopping keeps scanning linear
		}
		next := k
		if next < len(l) && (l[next] == ' ' || l[next] == '-') {
			next++
		}
		if next < len(l) && (isDigit(l[next]) || l[next] == '(' && next+1 < len(l) && isDigit(l[next+1])) {
			i = next
			continue
		}
		break
	}
	return groups, ends, plus
}

// acceptPhone appends the longest phone number made of the first groups,
// and returns how many groups it used (at least one, so scanning moves on).
func acceptPhone(l string, start int, groups []string, ends []int, plus bool, out *[]string) int {
	digits := ""
	best, bestN := "", 0
	for n, g := range groups {
		digits += g
		if v := phoneValue(digits, plus); v != "" {
			best, bestN = v, n+1
		}
	}
	if best != "" {
		*out = append(*out, best)
		return bestN
	}
	if plus {
		return 1
	}
	// Short codes stand alone: "call 999", "116 123", but not "£999" or
	// "1.999" or "999%".
	if prev, _ := utf8.DecodeLastRuneInString(l[:start]); strings.ContainsRune("£$€#.,/:", prev) {
		return 1
	}
	short := groups[0]
	n := 1
	if short == "116" && len(groups) > 1 && len(groups[1]) == 3 {
		short, n = short+groups[1], 2
	}
	end := ends[n-1]
	if end < len(l) && (l[end] == '%' || l[end] == '.' && end+1 < len(l) && isDigit(l[end+1])) {
		return n
	}
	switch {
	case shortCodes[short], len(short) == 6 && strings.HasPrefix(short, "116"):
		*out = append(*out, short)
	case len(short) == 5 && textBefore(l[:start]):
		*out = append(*out, short)
	}
	return n
}

// phoneValue returns the canonical form of a run of digits, or "" when it
// is not a whole phone number.
func phoneValue(digits string, plus bool) string {
	if plus {
		if rest, ok := strings.CutPrefix(digits, "44"); ok {
			if len(rest) == 11 && rest[0] == '0' {
				rest = rest[1:] // "+44 (0)20 …"
			}
			if n := len(rest) + 1; (n == 10 || n == 11) && rest[0] != '0' {
				return "0" + rest
			}
			return ""
		}
		if len(digits) >= 8 && len(digits) <= 15 {
			return "+" + digits
		}
		return ""
	}
	if digits[0] != '0' {
		return ""
	}
	switch n := len(digits); {
	case n == 10 || n == 11:
		return digits
	case n == 8 && (strings.HasPrefix(digits, "0800") || strings.HasPrefix(digits, "0808") || strings.HasPrefix(digits, "0500")):
		return digits // "0800 1111"
	}
	return ""
}

func textBefore(s string) bool {
	if len(s) > 24 {
		s = s[len(s)-24:]
	}
	s = strings.ToLower(s)
	return strings.Contains(s, "text") || strings.Contains(s, "sms")
}

// maxPhoneDigits is the most digits a phone number has (E.164).
const maxPhoneDigits = 15

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

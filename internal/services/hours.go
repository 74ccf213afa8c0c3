package services

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"firststeps/internal/date"
)

// Hours is a parsed opening-hours text. See the package documentation for the
// grammar. The zero Hours is "unknown".
type Hours struct {
	Text    string
	Always  bool // open 24 hours, every day, bank holidays included
	Unknown bool // not verified: readers are told to check the service's page

	// week holds, for each weekday (time.Sunday = 0), the open intervals that
	// start on that day, in minutes from that day's local midnight. An
	// interval may end after 1440: it then runs on past midnight, for up to a
	// week ("Fri 18:00-Mon 06:00" is one interval on Friday, 1080 to 4680).
	week [7][]span

	closedOnHolidays bool
	division         string // bank-holiday division; "" means the service's own
	closedDates      []date.Date

	words []func(Format) string // each rule in plain words, in the order written
}

// span is an open interval in wall-clock minutes from the midnight of the
// day it starts: 0 <= start < 1440 and start < end <= 7*1440.
type span struct{ start, end int }

const (
	dayMinutes  = 24 * 60 // a day on the wall clock
	weekMinutes = 7 * dayMinutes
)

// Division returns the holiday division the hours name ("closed bank
// holidays scotland"), or "".
func (h Hours) Division() string { return h.division }

// known reports whether the hours say anything: the zero Hours, like
// "unknown", does not.
func (h Hours) known() bool { return !h.Unknown && (h.Always || len(h.words) > 0) }

// holidayWords are the ways a schedule may say it closes on holidays:
// "closed bank holidays", "closed federal holidays". They mean the same; the
// jurisdiction's own word is the one readers see.
var holidayWords = []string{"closed bank holidays", "closed federal holidays", "closed public holidays", "closed holidays"}

var divisionRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

var dayNames = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var (
	spanRE  = regexp.MustCompile(`^([A-Za-z]+) (\d{1,2}:\d{2}) ?- ?([A-Za-z]+) (\d{1,2}:\d{2})$`)
	rangeRE = regexp.MustCompile(`^(\d{1,2}:\d{2}) ?- ?(\d{1,2}:\d{2})$`)
)

// ParseHours reads an opening-hours text. On error it returns the zero
// Hours, which means "unknown", and an error that quotes the broken rule.
func ParseHours(s string) (Hours, error) {
	h, err := parseHours(s)
	if err != nil {
		return Hours{}, err
	}
	return h, nil
}

func parseHours(s string) (Hours, error) {
	h := Hours{Text: s}
	text := strings.TrimSpace(s)
	switch strings.ToLower(text) {
	case "":
		return h, fmt.Errorf("hours are empty: write \"24/7\", \"unknown\" or a schedule such as \"Mon-Fri 10:00-16:00\"")
	case "24/7":
		h.Always = true
		return h, nil
	case "unknown":
		h.Unknown = true
		return h, nil
	}
	rules := strings.FieldsFunc(text, func(r rune) bool { return r == ';' || r == '\n' })
	opens := false
	for _, rule := range rules {
		rule = strings.Join(strings.Fields(rule), " ")
		if rule == "" {
			continue
		}
		lower := strings.ToLower(rule)
		switch {
		case lower == "24/7" || lower == "unknown":
			return h, fmt.Errorf("%q must stand alone, not with other rules", rule)
		case holidayRule(lower) != "":
			if h.closedOnHolidays {
				return h, fmt.Errorf("%q: holiday closure given twice", rule)
			}
			h.closedOnHolidays = true
			div := strings.TrimSpace(lower[len(holidayRule(lower)):])
			if div != "" && !divisionRE.MatchString(div) {
				return h, fmt.Errorf("%q: %q is not a holiday division such as scotland", rule, div)
			}
			h.division = div
			h.words = append(h.words, func(f Format) string {
				words := "closed on " + f.holidays()
				if name := f.Divisions[div]; name != "" {
					words += " in " + name
				} else if div != "" {
					words += " in " + div
				}
				return words
			})
		case strings.HasPrefix(lower, "closed "):
			for _, ds := range strings.Split(rule[len("closed "):], ",") {
				d, err := date.Parse(strings.TrimSpace(ds))
				if err != nil {
					return h, fmt.Errorf("%q: %v", rule, err)
				}
				h.closedDates = append(h.closedDates, d)
				h.words = append(h.words, func(Format) string { return "closed on " + d.Long() })
			}
		case spanRE.MatchString(rule):
			if err := h.addSpan(rule); err != nil {
				return h, err
			}
			opens = true
		default:
			if err := h.addWeekly(rule); err != nil {
				return h, err
			}
			opens = true
		}
	}
	if !opens {
		return h, fmt.Errorf("%q gives no opening times", s)
	}
	if err := h.checkOverlap(); err != nil {
		return h, err
	}
	return h, nil
}

// addWeekly parses "Mon-Fri 10:00-16:00" or "Sat, Sun 09:00-12:00, 13:00-18:00".
func (h *Hours) addWeekly(rule string) error {
	i := strings.IndexFunc(rule, func(r rune) bool { return r >= '0' && r <= '9' })
	if i <= 0 {
		return fmt.Errorf("%q: expected days then times, as in \"Mon-Fri 10:00-16:00\"", rule)
	}
	days, err := parseDays(strings.TrimSpace(rule[:i]))
	if err != nil {
		return fmt.Errorf("%q: %v", rule, err)
	}
	var times []span
	for _, part := range strings.Split(rule[i:], ",") {
		m := rangeRE.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			return fmt.Errorf("%q: %q is not a time range such as 10:00-16:00", rule, strings.TrimSpace(part))
		}
		start, err := parseClock(m[1], false)
		if err != nil {
			return fmt.Errorf("%q: %v", rule, err)
		}
		end, err := parseClock(m[2], true)
		if err != nil {
			return fmt.Errorf("%q: %v", rule, err)
		}
		if end == start {
			return fmt.Errorf("%q: %s-%s is empty; write 00:00-24:00 for a whole day", rule, m[1], m[2])
		}
		if end < start {
			end += dayMinutes // runs past midnight
		}
		for _, d := range days {
			h.week[d] = append(h.week[d], span{start, end})
		}
		times = append(times, span{start, end})
	}
	h.words = append(h.words, func(f Format) string {
		words := make([]string, len(times))
		for i, s := range times {
			words[i] = f.clockWord(s.start) + " to " + f.clockWord(s.end)
		}
		return dayRange(days) + ", " + strings.Join(words, " and ")
	})
	return nil
}

// addSpan parses "Fri 18:00 - Mon 06:00": open continuously across days.
// The whole span belongs to the day it starts, so a bank holiday on the
// Monday does not cut it short.
func (h *Hours) addSpan(rule string) error {
	m := spanRE.FindStringSubmatch(rule)
	d1, ok := dayNames[strings.ToLower(m[1])]
	if !ok {
		return fmt.Errorf("%q: %q is not a day (use Mon, Tue, Wed, Thu, Fri, Sat or Sun)", rule, m[1])
	}
	d2, ok := dayNames[strings.ToLower(m[3])]
	if !ok {
		return fmt.Errorf("%q: %q is not a day (use Mon, Tue, Wed, Thu, Fri, Sat or Sun)", rule, m[3])
	}
	start, err := parseClock(m[2], false)
	if err != nil {
		return fmt.Errorf("%q: %v", rule, err)
	}
	end, err := parseClock(m[4], true)
	if err != nil {
		return fmt.Errorf("%q: %v", rule, err)
	}
	days := (int(d2) - int(d1) + 7) % 7
	total := days*dayMinutes + end - start
	if total <= 0 {
		return fmt.Errorf("%q: the span ends before it starts", rule)
	}
	h.words = append(h.words, func(f Format) string {
		return fmt.Sprintf("%s %s to %s %s", d1, f.clockWord(start), d2, f.clockWord(end))
	})
	h.week[d1] = append(h.week[d1], span{start, start + total})
	return nil
}

func parseDays(s string) ([]time.Weekday, error) {
	if strings.EqualFold(s, "daily") {
		return []time.Weekday{0, 1, 2, 3, 4, 5, 6}, nil
	}
	var out []time.Weekday
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		a, b, isRange := strings.Cut(part, "-")
		d1, ok := dayNames[strings.ToLower(strings.TrimSpace(a))]
		if !ok {
			return nil, fmt.Errorf("%q is not a day (use Mon, Tue, Wed, Thu, Fri, Sat, Sun or daily)", strings.TrimSpace(a))
		}
		if !isRange {
			out = append(out, d1)
			continue
		}
		d2, ok := dayNames[strings.ToLower(strings.TrimSpace(b))]
		if !ok {
			return nil, fmt.Errorf("%q is not a day (use Mon, Tue, Wed, Thu, Fri, Sat, Sun or daily)", strings.TrimSpace(b))
		}
		for d := d1; ; d = (d + 1) % 7 {
			out = append(out, d)
			if d == d2 {
				break
			}
		}
	}
	return out, nil
}

func parseClock(s string, isEnd bool) (int, error) {
	hs, ms, _ := strings.Cut(s, ":")
	hh, err1 := strconv.Atoi(hs)
	mm, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil || mm < 0 || mm > 59 || hh < 0 || hh > 24 || (hh == 24 && mm != 0) {
		return 0, fmt.Errorf("%q is not a time between 00:00 and 24:00", s)
	}
	if hh == 24 && !isEnd {
		return 0, fmt.Errorf("%q can only end an interval", s)
	}
	return hh*60 + mm, nil
}

// checkOverlap reports two intervals that are open at the same time, across
// the whole week, so an overnight interval is checked against the next day's.
func (h *Hours) checkOverlap() error {
	type piece struct {
		from, to int // minutes from Sunday midnight, within one week
		d        time.Weekday
		s        span
	}
	var ps []piece
	for d, spans := range h.week {
		for _, s := range spans {
			from, to := d*dayMinutes+s.start, d*dayMinutes+s.end
			ps = append(ps, piece{from, min(to, weekMinutes), time.Weekday(d), s})
			if to > weekMinutes { // wraps past Saturday midnight into Sunday
				ps = append(ps, piece{0, to - weekMinutes, time.Weekday(d), s})
			}
		}
	}
	slices.SortFunc(ps, func(a, b piece) int { return a.from - b.from })
	// Sorted by start, any overlap shows up between neighbours.
	for i := 1; i < len(ps); i++ {
		if ps[i].from < ps[i-1].to {
			return fmt.Errorf("%s overlaps %s", spanWord(ps[i-1].d, ps[i-1].s), spanWord(ps[i].d, ps[i].s))
		}
	}
	return nil
}

// spanWord writes an interval as the grammar would: "Monday 10:00-16:00",
// "Monday 18:00-02:00" or "Friday 18:00-Monday 06:00".
func spanWord(d time.Weekday, s span) string {
	end := clock(s.end)
	if s.end%dayMinutes == 0 {
		end = "24:00"
	}
	if s.end-s.start <= dayMinutes && (s.end <= dayMinutes || s.end-dayMinutes < s.start) {
		return fmt.Sprintf("%s %s-%s", d, clock(s.start), end)
	}
	last := (s.end - 1) / dayMinutes // the day the interval ends on, counting 24:00 as the day before
	return fmt.Sprintf("%s %s-%s %s", d, clock(s.start), (d+time.Weekday(last))%7, end)
}

func clock(m int) string { return fmt.Sprintf("%02d:%02d", (m/60)%24, m%60) }

// Summary describes the hours in plain words for a contact card, such as
// "Monday to Friday, 10:00 to 16:00; closed on bank holidays", written in
// the format of the jurisdiction whose readers see it; hours open at every
// hour or not known are f.Words's sentences.
func (h Hours) Summary(f Format) string {
	switch {
	case h.Always:
		return f.Words.HoursAlways
	case !h.known():
		return f.Words.HoursUnknown
	}
	parts := make([]string, len(h.words))
	for i, w := range h.words {
		parts[i] = w(f)
	}
	out := strings.Join(parts, "; ")
	if f.Zone != "" {
		out = f.Zone + ": " + out
	}
	return out
}

func dayWord(d time.Weekday) string { return d.String() }

func dayRange(days []time.Weekday) string {
	if len(days) == 7 {
		return "Every day"
	}
	// Collapse consecutive days ("Monday to Friday"); list the rest.
	var parts []string
	for i := 0; i < len(days); {
		j := i
		for j+1 < len(days) && days[j+1] == (days[j]+1)%7 {
			j++
		}
		switch {
		case j == i:
			parts = append(parts, dayWord(days[i]))
		case j == i+1:
			parts = append(parts, dayWord(days[i]), dayWord(days[j]))
		default:
			parts = append(parts, dayWord(days[i])+" to "+dayWord(days[j]))
		}
		i = j + 1
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// holidayRule returns the holiday wording a lower-cased rule starts with,
// or "".
func holidayRule(lower string) string {
	for _, w := range holidayWords {
		if lower == w || strings.HasPrefix(lower, w+" ") {
			return w
		}
	}
	return ""
}

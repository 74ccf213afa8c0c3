package services

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"firststeps/internal/date"
)

// HolidayRules define a division's holidays where no feed publishes them,
// as a statute does: "January 1", "third Monday of January", "last Monday
// of May". "firststeps holidays refresh" turns them into dates.
type HolidayRules struct {
	// Source is the official page that sets the rules.
	Source string `yaml:"source"`
	// Weekend says what happens to a holiday on a Saturday or Sunday:
	// "nearest-weekday" keeps it on the Friday before or the Monday after
	// (a Saturday New Year's Day is kept on 31 December of the year
	// before); "" keeps it where it falls.
	Weekend string        `yaml:"weekend"`
	Days    []HolidayRule `yaml:"days"`
}

// HolidayRule is one holiday and the day it falls on.
type HolidayRule struct {
	Title string `yaml:"title"`
	On    string `yaml:"on"`
	Line  int    `yaml:"-"`
}

// WeekendNearest is the Weekend value that moves a weekend holiday to the
// nearest weekday.
const WeekendNearest = "nearest-weekday"

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}

// day is a parsed "on": a fixed date, or the nth weekday of a month (n = -1
// for the last).
type day struct {
	month   time.Month
	dom     int // fixed day of the month, or 0
	n       int
	weekday time.Weekday
}

func parseOn(on string) (day, error) {
	f := strings.Fields(strings.ToLower(on))
	month := func(s string) (time.Month, bool) {
		for m := time.January; m <= time.December; m++ {
			if strings.ToLower(m.String()) == s {
				return m, true
			}
		}
		return 0, false
	}
	switch len(f) {
	case 2: // "January 1"
		m, ok := month(f[0])
		n, err := strconv.Atoi(f[1])
		if !ok || err != nil || n < 1 || n > 31 || (m == time.February && n > 28) || (n == 31 && slices.Contains([]time.Month{time.April, time.June, time.September, time.November}, m)) {
			break
		}
		return day{month: m, dom: n}, nil
	case 4: // "third Monday of January"
		n, okN := ordinals[f[0]]
		wd, okD := dayNames[f[1]]
		m, okM := month(f[3])
		if !okN || !okD || !okM || f[2] != "of" {
			break
		}
		return day{month: m, n: n, weekday: wd}, nil
	}
	return day{}, fmt.Errorf("%q is not a day such as \"January 1\", \"third Monday of January\" or \"last Monday of May\"", on)
}

// in returns the day in year y.
func (d day) in(y int) date.Date {
	if d.dom > 0 {
		return date.New(y, d.month, d.dom)
	}
	if d.n > 0 {
		first := date.New(y, d.month, 1)
		off := (int(d.weekday) - int(first.Weekday()) + 7) % 7
		return first.AddDays(off + 7*(d.n-1))
	}
	last := date.New(y, d.month+1, 1).AddDays(-1) // date.New normalises month 13
	off := (int(last.Weekday()) - int(d.weekday) + 7) % 7
	return last.AddDays(-off)
}

// Check reports the first broken rule: an unknown weekend rule, a day
// without a title, a day that does not parse, or a title given twice.
func (r HolidayRules) Check() error {
	if r.Weekend != "" && r.Weekend != WeekendNearest {
		return fmt.Errorf("weekend %q: use %q or leave it out", r.Weekend, WeekendNearest)
	}
	if len(r.Days) == 0 {
		return fmt.Errorf("no days")
	}
	seen := map[string]bool{}
	for _, d := range r.Days {
		if strings.TrimSpace(d.Title) == "" {
			return fmt.Errorf("a day on %q needs a title", d.On)
		}
		if seen[d.Title] {
			return fmt.Errorf("%q is given twice", d.Title)
		}
		seen[d.Title] = true
		if _, err := parseOn(d.On); err != nil {
			return fmt.Errorf("%s: %v", d.Title, err)
		}
	}
	return nil
}

// Events returns the days the rules give whose observed date falls in the
// years from to to, in date order. A holiday moved off a weekend carries the
// note "observed", so a Saturday 1 January 2028 gives an event on Friday 31
// December 2027, within 2027.
func (r HolidayRules) Events(from, to int) ([]FeedEvent, error) {
	if err := r.Check(); err != nil {
		return nil, err
	}
	var out []FeedEvent
	for y := from - 1; y <= to+1; y++ {
		for _, rule := range r.Days {
			d, _ := parseOn(rule.On)
			at, note := d.in(y), ""
			if r.Weekend == WeekendNearest {
				switch at.Weekday() {
				case time.Saturday:
					at, note = at.AddDays(-1), "observed"
				case time.Sunday:
					at, note = at.AddDays(1), "observed"
				}
			}
			if at.Year() < from || at.Year() > to {
				continue
			}
			out = append(out, FeedEvent{Title: rule.Title, Date: at, Notes: note})
		}
	}
	slices.SortFunc(out, func(a, b FeedEvent) int { return a.Date.Time().Compare(b.Date.Time()) })
	for i := 1; i < len(out); i++ {
		if out[i].Date.Equal(out[i-1].Date) {
			return nil, fmt.Errorf("%s and %s fall on the same day, %s", out[i-1].Title, out[i].Title, out[i].Date)
		}
	}
	return out, nil
}

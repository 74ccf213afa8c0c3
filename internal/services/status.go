package services

import (
	"fmt"
	"slices"
	"time"

	"firststeps/internal/date"
)

// Status says whether a contact route is open at one instant.
type Status struct {
	Known    bool      // false when the hours are not confirmed
	Open     bool      // open at the instant asked about
	Always   bool      // open around the clock
	Until    time.Time // when open: when it next closes (zero if Always)
	NextOpen time.Time // when closed: when it next opens (zero if not within a fortnight)
}

// horizon is how far ahead NextOpen looks. Services closed for longer than
// this are shown as closed with no opening time.
const horizon = 15

// Calendar is what opening hours are evaluated against: the local time zone
// and the bank holidays.
type Calendar struct {
	Loc      *time.Location
	Holidays *Holidays
}

// At returns the status of h at instant t. division names whose bank holidays
// "closed bank holidays" refers to when the hours do not name one.
func (h Hours) At(t time.Time, cal Calendar, division string) Status {
	switch {
	case h.Unknown:
		return Status{}
	case h.Always:
		return Status{Known: true, Open: true, Always: true}
	}
	if h.division != "" {
		division = h.division
	}
	e := eval{h: &h, cal: cal, division: division}
	if e.openAt(t) {
		return Status{Known: true, Open: true, Until: e.until(t)}
	}
	return Status{Known: true, NextOpen: e.nextOpen(t)}
}

type eval struct {
	h        *Hours
	cal      Calendar
	division string
}

func (e eval) closedDay(d date.Date) bool {
	if slices.ContainsFunc(e.h.closedDates, d.Equal) {
		return true
	}
	if e.h.closedOnHolidays {
		_, ok := e.cal.Holidays.Holiday(e.division, d)
		return ok
	}
	return false
}

// openAt works on the wall clock: a span "01:00-02:00" is open whenever the
// local clock reads between those times, so it never opens on the spring
// Sunday (the clock skips that hour) and opens twice on the autumn Sunday.
// A span belongs to the day it starts: on a closed day no span starting that
// day runs, including any part of it after midnight.
func (e eval) openAt(t time.Time) bool {
	l := t.In(e.cal.Loc)
	d := date.Of(l)
	m := l.Hour()*60 + l.Minute()
	if !e.closedDay(d) {
		for _, s := range e.h.week[d.Weekday()] {
			if s.start <= m && m < s.end {
				return true
			}
		}
	}
	prev := d.AddDays(-1)
	if !e.closedDay(prev) {
		for _, s := range e.h.week[prev.Weekday()] {
			if s.end > 24*60 && m+24*60 < s.end {
				return true
			}
		}
	}
	return false
}

// wall returns the earliest instant after t at which the local clock on day d
// shows minute m (which may pass 1440 into the next day). In the spring gap
// the clock never shows m, and the moment the clock jumps is returned.
func (e eval) wall(d date.Date, m int, after time.Time) time.Time {
	t1 := time.Date(d.Year(), d.Month(), d.Day(), 0, m, 0, 0, e.cal.Loc)
	// In the autumn overlap Go picks the later of two instants; prefer the
	// earlier one when it shows the same wall clock and is still ahead.
	if t0 := t1.Add(-time.Hour); t0.After(after) {
		if a, b := t0.In(e.cal.Loc), t1.In(e.cal.Loc); a.Hour() == b.Hour() && a.Minute() == b.Minute() && a.Day() == b.Day() {
			return t0
		}
	}
	return t1
}

func (e eval) until(t time.Time) time.Time {
	end := t
	for range 2 * horizon * 3 {
		next, ok := e.spanEnd(end)
		if !ok {
			return end
		}
		end = next
		if !e.openAt(end) {
			return end
		}
	}
	return end // open for weeks on end: report the furthest end found
}

// spanEnd finds the span open at t and returns its end.
func (e eval) spanEnd(t time.Time) (time.Time, bool) {
	l := t.In(e.cal.Loc)
	d := date.Of(l)
	m := l.Hour()*60 + l.Minute()
	best, found := time.Time{}, false
	consider := func(day date.Date, s span) {
		end := e.wall(day, s.end, t)
		if end.After(t) && (!found || end.After(best)) {
			best, found = end, true
		}
	}
	if !e.closedDay(d) {
		for _, s := range e.h.week[d.Weekday()] {
			if s.start <= m && m < s.end {
				consider(d, s)
			}
		}
	}
	prev := d.AddDays(-1)
	if !e.closedDay(prev) {
		for _, s := range e.h.week[prev.Weekday()] {
			if s.end > 24*60 && m+24*60 < s.end {
				consider(prev, s)
			}
		}
	}
	return best, found
}

func (e eval) nextOpen(t time.Time) time.Time {
	today := date.Of(t.In(e.cal.Loc))
	for i := range horizon {
		d := today.AddDays(i)
		if e.closedDay(d) {
			continue
		}
		spans := slices.Clone(e.h.week[d.Weekday()])
		slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
		for _, s := range spans {
			at := e.wall(d, s.start, t)
			if at.After(t) && e.openAt(at) {
				return at
			}
		}
	}
	return time.Time{}
}

// Text says the status in the words a contact card shows, relative to now:
// "Open now, 24 hours", "Open now until 16:00", "Closed: opens today at
// 18:00", "Closed: opens tomorrow at 10:00", "Closed: opens Monday at 10:00".
func (s Status) Text(now time.Time, loc *time.Location) string {
	switch {
	case !s.Known:
		return "Check opening times on their website"
	case s.Always:
		return "Open now, 24 hours"
	case s.Open:
		return "Open now until " + when(now, s.Until, loc, false)
	case s.NextOpen.IsZero():
		return "Closed for now"
	}
	return "Closed: opens " + when(now, s.NextOpen, loc, true)
}

// when names an instant relative to now: "16:00" (or "today at 16:00"),
// "midnight", "tomorrow at 10:00", "Monday at 10:00", or "Friday 2 January
// at 10:00" beyond a week.
func when(now, t time.Time, loc *time.Location, sayToday bool) string {
	n, l := now.In(loc), t.In(loc)
	hm := l.Format("15:04")
	days := date.Of(n).DaysUntil(date.Of(l))
	switch {
	case days == 0 && sayToday:
		return "today at " + hm
	case days == 0:
		return hm
	case days == 1 && hm == "00:00":
		return "midnight"
	case days == 1:
		return "tomorrow at " + hm
	case days < 7:
		return fmt.Sprintf("%s at %s", l.Weekday(), hm)
	}
	return fmt.Sprintf("%s at %s", l.Format("Monday 2 January"), hm)
}

package services

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"firststeps/internal/date"
)

// Status says whether a contact route is open at one instant.
type Status struct {
	Known    bool      // false when the hours are not confirmed
	Open     bool      // open at the instant asked about
	Always   bool      // open around the clock
	Until    time.Time // when open: when it next closes (zero if Always, or open past the horizon)
	NextOpen time.Time // when closed: when it next opens (zero if not within the horizon)
}

// horizon is how far ahead Until and NextOpen look, in days. A service
// closed for longer than this is shown as closed with no opening time.
const horizon = 15

// Calendar is what opening hours are evaluated against: the local time zone
// and the bank holidays.
type Calendar struct {
	Loc      *time.Location // nil means UTC
	Holidays *Holidays
}

// At returns the status of h at instant t. division names whose bank holidays
// "closed bank holidays" refers to when the hours do not name one.
func (h Hours) At(t time.Time, cal Calendar, division string) Status {
	switch {
	case !h.known():
		return Status{}
	case h.Always:
		return Status{Known: true, Open: true, Always: true}
	}
	if h.division != "" {
		division = h.division
	}
	if cal.Loc == nil {
		cal.Loc = time.UTC
	}
	e := eval{h: &h, cal: cal, division: division}
	if e.openAt(t) {
		return Status{Known: true, Open: true, Until: e.next(t, false)}
	}
	return Status{Known: true, NextOpen: e.next(t, true)}
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

// openAt works on the wall clock: an interval "01:00-02:00" is open whenever
// the local clock reads between those times, so it never opens on the spring
// Sunday (the clock skips that hour) and is open for both of the autumn
// Sunday's 01:00 hours. An interval belongs to the day it starts: on a closed
// day no interval starting that day runs, including any part of it after
// midnight, and an interval started the day before runs on as usual.
func (e eval) openAt(t time.Time) bool {
	l := t.In(e.cal.Loc)
	d := date.Of(l)
	m := l.Hour()*60 + l.Minute()
	// An interval ends by the seventh midnight after the day it starts, so
	// one open now started today or in the last six days. Minutes count on
	// the wall clock from that day's midnight.
	for k := range 7 {
		start, at := d.AddDays(-k), m+k*dayMinutes
		for _, s := range e.h.week[start.Weekday()] {
			if s.start <= at && at < s.end && !e.closedDay(start) {
				return true
			}
		}
	}
	return false
}

// next returns the first instant after t, within the horizon, at which the
// hours are open (open) or closed (!open), or the zero time.
func (e eval) next(t time.Time, open bool) time.Time {
	for _, c := range e.changes(t) {
		if e.openAt(c) == open {
			return c
		}
	}
	return time.Time{}
}

// changes returns, in order, the instants after t and within the horizon at
// which being open may change: whenever the clock reads the start or end of
// an interval, and whenever the clock itself jumps. Between two of them the
// status stays the same.
func (e eval) changes(t time.Time) []time.Time {
	limit := t.Add(horizon * 24 * time.Hour)
	today := date.Of(t.In(e.cal.Loc))
	var out []time.Time
	add := func(c time.Time) {
		if c.After(t) && c.Before(limit) {
			out = append(out, c)
		}
	}
	for i := -6; i <= horizon; i++ {
		d := today.AddDays(i)
		spans := e.h.week[d.Weekday()]
		if len(spans) == 0 || e.closedDay(d) {
			continue
		}
		for _, s := range spans {
			for _, c := range e.clockReads(d, s.start) {
				add(c)
			}
			for _, c := range e.clockReads(d, s.end) {
				add(c)
			}
		}
	}
	for z := t; ; {
		_, end := z.In(e.cal.Loc).ZoneBounds()
		if end.IsZero() || !end.Before(limit) {
			break
		}
		add(end)
		z = end
	}
	slices.SortFunc(out, time.Time.Compare)
	return slices.CompactFunc(out, time.Time.Equal)
}

// clockReads returns the instants at which the local clock reads minute m of
// day d (m may pass 1440 into later days): none in the spring gap, two in the
// autumn overlap, otherwise one.
func (e eval) clockReads(d date.Date, m int) []time.Time {
	// c is the clock reading written as if it were UTC. Each instant that
	// shows it is c less the zone offset in force then, and the offsets in
	// force around c are those a day either side of it.
	c := time.Date(d.Year(), d.Month(), d.Day(), 0, m, 0, 0, time.UTC)
	var out []time.Time
	for _, probe := range []time.Duration{-26 * time.Hour, 0, 26 * time.Hour} {
		_, off := c.Add(probe).In(e.cal.Loc).Zone()
		at := c.Add(-time.Duration(off) * time.Second)
		l := at.In(e.cal.Loc)
		same := l.Year() == c.Year() && l.YearDay() == c.YearDay() && l.Hour() == c.Hour() && l.Minute() == c.Minute() && l.Second() == 0
		if same && !slices.ContainsFunc(out, at.Equal) {
			out = append(out, at)
		}
	}
	return out
}

// Text says the status in the words a contact card shows (f.Words),
// relative to now and written in format f: in English, "Open now, 24
// hours", "Open now until 16:00", "Open now" (open past the horizon),
// "Closed: opens today at 18:00", "Closed: opens tomorrow at 10:00",
// "Closed: opens Monday at 10:00", "Closed: opens Friday 1 January at
// 10:00" (a week or more ahead), "Closed for now" (not within the horizon),
// or "Check opening times on their website". Days are counted in f's zone.
func (s Status) Text(now time.Time, f Format) string {
	w := f.Words
	switch {
	case !s.Known:
		return w.Unknown
	case s.Always:
		return w.Always
	case s.Open && s.Until.IsZero():
		return w.Open
	case s.Open:
		return strings.ReplaceAll(w.OpenUntil, "{time}", when(now, s.Until, f, false))
	case s.NextOpen.IsZero():
		return w.Closed
	}
	return strings.ReplaceAll(w.Opens, "{when}", when(now, s.NextOpen, f, true))
}

// when names an instant relative to now: "16:00" (or "today at 16:00"),
// "midnight" (or "at midnight"), "tomorrow at 10:00", "Monday at 10:00", or
// "Friday 2 January at 10:00" a week or more ahead.
func when(now, t time.Time, f Format, sayToday bool) string {
	n, l := now.In(f.loc()), t.In(f.loc())
	hm := f.at(t)
	days := date.Of(n).DaysUntil(date.Of(l))
	midnight := "midnight"
	if f.Zone != "" {
		midnight += " " + f.Zone
	}
	atMidnight := l.Hour() == 0 && l.Minute() == 0
	switch {
	case days == 0 && sayToday:
		return "today at " + hm
	case days == 0:
		return hm
	case days == 1 && atMidnight && sayToday:
		return "at " + midnight
	case days == 1 && atMidnight:
		return midnight
	case days == 1:
		return "tomorrow at " + hm
	case days < 7:
		return fmt.Sprintf("%s at %s", l.Weekday(), hm)
	}
	return fmt.Sprintf("%s at %s", l.Format("Monday 2 January"), hm)
}

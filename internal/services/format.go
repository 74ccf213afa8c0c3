package services

import (
	"fmt"
	"time"
)

// Format is how opening hours are written for the readers of one
// jurisdiction: which zone times are shown in and whether it is named, the
// 24-hour or 12-hour clock, and what holidays are called. The zero Format
// shows UTC on the 24-hour clock and calls holidays "holidays".
type Format struct {
	// Loc is the zone times are shown in: the service's own, since a
	// reader's zone is never guessed. Nil means UTC.
	Loc *time.Location
	// Zone names Loc after every time ("Eastern time") where readers may
	// live in other zones; empty shows times bare.
	Zone string
	// TwelveHour writes "9 a.m.", "5:30 p.m.", "noon" and "midnight"
	// rather than "09:00" and "17:30".
	TwelveHour bool
	// Holidays is what the jurisdiction calls the holidays services close
	// on: "bank holidays", "federal holidays".
	Holidays string
	// Divisions names holiday divisions, for "closed on bank holidays in
	// Scotland".
	Divisions map[string]string
}

func (f Format) loc() *time.Location {
	if f.Loc == nil {
		return time.UTC
	}
	return f.Loc
}

func (f Format) holidays() string {
	if f.Holidays == "" {
		return "holidays"
	}
	return f.Holidays
}

// clockWord writes a minute of the day (up to 24:00, which is midnight at
// its end) as a reader reads it.
func (f Format) clockWord(m int) string {
	if m%dayMinutes == 0 && m > 0 {
		return "midnight"
	}
	m %= dayMinutes
	if !f.TwelveHour {
		return clock(m)
	}
	h, mm := m/60, m%60
	switch {
	case m == 0:
		return "midnight"
	case m == 12*60:
		return "noon"
	}
	half := "a.m."
	if h >= 12 {
		half = "p.m."
	}
	h %= 12
	if h == 0 {
		h = 12
	}
	if mm == 0 {
		return fmt.Sprintf("%d %s", h, half)
	}
	return fmt.Sprintf("%d:%02d %s", h, mm, half)
}

// at writes the time of day of t, in f's zone, with the zone's name when f
// has one.
func (f Format) at(t time.Time) string {
	l := t.In(f.loc())
	w := f.clockWord(l.Hour()*60 + l.Minute())
	if f.Zone != "" {
		w += " " + f.Zone
	}
	return w
}

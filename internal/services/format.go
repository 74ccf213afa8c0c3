package services

import (
	"fmt"
	"time"
)

// Format is how opening hours are written for the readers of one
// jurisdiction: which zone times are shown in and whether it is named, the
// 24-hour or 12-hour clock, what holidays are called, and the sentences a
// contact card says its status and hours in. The zero Format shows UTC on
// the 24-hour clock, calls holidays "holidays" and has no sentences.
type Format struct {
	// Words are the sentences, from the site's text (site.yaml).
	Words Words
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

// Words are the sentences a contact card says whether a line is open in,
// and its hours when they are always or never known. Each is the reader's
// language, not this package's: OpenUntil holds the mark {time} ("16:00")
// and Opens the mark {when} ("tomorrow at 10:00"), which Status.Text fills
// in with the times' own words.
type Words struct {
	Unknown   string // hours not known: check them elsewhere
	Always    string // open now, and at every hour
	Open      string // open now, closing past the horizon
	OpenUntil string // open now, until {time}
	Closed    string // closed, opening past the horizon
	Opens     string // closed, opening {when}
	// HoursAlways and HoursUnknown are the hours themselves, open at every
	// hour and not known.
	HoursAlways, HoursUnknown string
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

package services

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"firststeps/internal/date"
)

// Holidays holds the holidays of each division: a part of a jurisdiction
// whose services close on the same days, such as Scotland's bank holidays
// or the US federal holidays. Each division's days come from an official
// feed (GOV.UK's, https://www.gov.uk/bank-holidays.json) or from the rules
// that define them (see [HolidayRules]).
type Holidays struct {
	days map[string]map[date.Date]string // division → day → title
}

// Feed is the shape of the GOV.UK bank-holidays feed, and of the embedded
// content/holidays.json, which keeps every division in that shape.
type Feed map[string]FeedDivision

// FeedDivision is one division of the feed.
type FeedDivision struct {
	Division string      `json:"division"`
	Events   []FeedEvent `json:"events"`
}

// FeedEvent is one bank holiday.
type FeedEvent struct {
	Title   string    `json:"title"`
	Date    date.Date `json:"date"`
	Notes   string    `json:"notes"`
	Bunting bool      `json:"bunting"`
}

// ParseFeed reads and validates a feed: at least one division, each
// labelled with its own key and holding events, each event with a title and
// a date, no day listed twice, dates in order.
func ParseFeed(src []byte) (Feed, error) {
	var f Feed
	if err := json.Unmarshal(src, &f); err != nil {
		return nil, fmt.Errorf("holidays: %w", err)
	}
	if len(f) == 0 {
		return nil, fmt.Errorf("holidays: no divisions")
	}
	for _, div := range f.Divisions() {
		d := f[div]
		if d.Division != div {
			return nil, fmt.Errorf("holidays: division %q is labelled %q", div, d.Division)
		}
		if len(d.Events) == 0 {
			return nil, fmt.Errorf("holidays: division %q has no events", div)
		}
		for i, e := range d.Events {
			if strings.TrimSpace(e.Title) == "" || e.Date.IsZero() {
				return nil, fmt.Errorf("holidays: %s event %d needs a title and a date", div, i+1)
			}
			if i > 0 && !d.Events[i-1].Date.Before(e.Date) {
				return nil, fmt.Errorf("holidays: %s: %s is out of order or listed twice", div, e.Date)
			}
		}
	}
	return f, nil
}

// Divisions returns the feed's division keys in order.
func (f Feed) Divisions() []string {
	out := make([]string, 0, len(f))
	for k := range f {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// NewHolidays indexes a validated feed.
func NewHolidays(f Feed) *Holidays {
	h := &Holidays{days: map[string]map[date.Date]string{}}
	for div, d := range f {
		m := make(map[date.Date]string, len(d.Events))
		for _, e := range d.Events {
			m[e.Date] = e.Title
		}
		h.days[div] = m
	}
	return h
}

// Holiday returns the name of the bank holiday on day d in division, if any.
func (h *Holidays) Holiday(division string, d date.Date) (string, bool) {
	if h == nil {
		return "", false
	}
	name, ok := h.days[division][d]
	return name, ok
}

// Last returns the last day the data covers in a division.
func (h *Holidays) Last(division string) date.Date {
	var last date.Date
	if h == nil {
		return last
	}
	for d := range h.days[division] {
		if d.After(last) {
			last = d
		}
	}
	return last
}

// HasDivision reports whether the data holds a division.
func (h *Holidays) HasDivision(division string) bool {
	if h == nil {
		return false
	}
	_, ok := h.days[division]
	return ok
}

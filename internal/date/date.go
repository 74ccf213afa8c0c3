// Package date provides Date, a calendar day with no time or zone, as content
// files write it (2026-11-21).
package date

import (
	"fmt"
	"time"

	"go.yaml.in/yaml/v3"
)

// Layout is the only accepted form: ISO 8601 calendar date.
const Layout = "2006-01-02"

// Date is a calendar day. The zero Date is unset.
type Date struct{ t time.Time }

// New returns the date y-m-d.
func New(y int, m time.Month, d int) Date { return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)} }

// Of returns the calendar day of t in t's own location.
func Of(t time.Time) Date { return New(t.Year(), t.Month(), t.Day()) }

// Parse reads a date in Layout.
func Parse(s string) (Date, error) {
	t, err := time.Parse(Layout, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date in the form YYYY-MM-DD", s)
	}
	return Date{t}, nil
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

// String formats d in Layout, or "" when unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(Layout)
}

// Long formats d for readers: "21 November 2026".
func (d Date) Long() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format("2 January 2006")
}

// Format formats d with a time.Format layout, such as "January 2, 2006";
// "" gives Long.
func (d Date) Format(layout string) string {
	if layout == "" || d.IsZero() {
		return d.Long()
	}
	return d.t.Format(layout)
}

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return d.t }

// Year, Month and Day return d's parts.
func (d Date) Year() int             { return d.t.Year() }
func (d Date) Month() time.Month     { return d.t.Month() }
func (d Date) Day() int              { return d.t.Day() }
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// AddMonths returns d moved by n calendar months.
func (d Date) AddMonths(n int) Date { return Date{d.t.AddDate(0, n, 0)} }

// Before, After and Equal compare days.
func (d Date) Before(o Date) bool { return d.t.Before(o.t) }
func (d Date) After(o Date) bool  { return d.t.After(o.t) }
func (d Date) Equal(o Date) bool  { return d.t.Equal(o.t) }

// DaysUntil returns the number of days from d to o (negative if o is earlier).
func (d Date) DaysUntil(o Date) int { return int(o.t.Sub(d.t).Hours() / 24) }

// UnmarshalYAML accepts a plain scalar in Layout.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	// A *yaml.TypeError lets the decoder carry on with the other fields, so
	// one bad date does not hide the rest of the file's problems.
	if n.Kind != yaml.ScalarNode {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: expected a date (YYYY-MM-DD)", n.Line)}}
	}
	v, err := Parse(n.Value)
	if err != nil {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: %v", n.Line, err)}}
	}
	*d = v
	return nil
}

// MarshalYAML writes d in Layout.
func (d Date) MarshalYAML() (any, error) { return d.String(), nil }

// MarshalText and UnmarshalText make Date work with encoding/json.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// GobEncode writes d as its String, for caches kept with encoding/gob.
func (d Date) GobEncode() ([]byte, error) { return []byte(d.String()), nil }

// GobDecode reads what GobEncode wrote.
func (d *Date) GobDecode(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := Parse(string(b))
	*d = v
	return err
}

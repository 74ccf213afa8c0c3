package services_test

import (
	"testing"
	"time"

	"firststeps/internal/services"
)

func FuzzParseHours(f *testing.F) {
	for _, s := range []string{
		// Valid.
		"24/7",
		"unknown",
		"Mon-Fri 10:00-16:00; closed bank holidays",
		"Sat, Sun 09:00-12:00, 13:00-18:00",
		"daily 08:00-20:00; closed bank holidays scotland",
		"Mon-Thu 18:00-02:00; Fri 18:00-Mon 06:00",
		"Sun 01:00-02:00",
		"Sat 22:00-04:00",
		"Mon 00:00-Sun 24:00",
		"daily 00:00-24:00; closed 2026-12-25, 2026-12-26",
		"Fri-Mon 10:00-12:00\nclosed bank holidays northern-ireland",
		// Broken.
		"",
		"closed bank holidays",
		"Mon-Fri 10:00",
		"Mon-Fry 10:00-16:00",
		"Mon 24:00-02:00",
		"Mon 09:00-09:00",
		"Mon 18:00-02:00; Tue 01:00-05:00",
		"Fri 18:00-Fri 17:00",
		"Mon 10:00-12:00; closed 2026-02-30",
		"24/7; closed bank holidays",
		"Mon 10:00-12:00; closed bank holidays wales",
		"Mon, 10:00-16:00",
		"closed ban\u212a holidays; Mon 10:00-11:00",
	} {
		f.Add(s, int64(1774746000-1717200000), int8(0)) // 29 March 2026 01:00 UTC, the spring jump
	}
	f.Add("Sun 01:00-01:30", int64(1792886400-1717200000), int8(1)) // 25 October 2026 01:00 UTC
	cal, err := realCalendar()
	if err != nil {
		f.Fatal(err)
	}
	// Instants fall in the six years from June 2024, which the real bank
	// holidays cover, with 12 clock changes.
	base := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	const span = 6 * 365 * 24 * 3600
	f.Fuzz(func(t *testing.T, text string, sec int64, div int8) {
		h, err := services.ParseHours(text)
		if err != nil {
			return
		}
		if h.Summary(ukFormat) == "" {
			t.Fatalf("ParseHours(%q): empty Summary", text)
		}
		at := base.Add(time.Duration((sec%span+span)%span) * time.Second)
		division := ""
		if i := int(div) % 4; i >= 0 && i < len(ukDivisions) {
			division = ukDivisions[i]
		}
		s := h.At(at, cal, division)
		_ = s.Text(at, services.Format{Words: words, Loc: cal.Loc})
		switch {
		case !s.Known:
			if s.Open || !s.Until.IsZero() || !s.NextOpen.IsZero() {
				t.Fatalf("%q at %s: unknown but %+v", text, at, s)
			}
		case s.Open && !s.Until.IsZero():
			if !s.Until.After(at) {
				t.Fatalf("%q at %s: open until %s, not after", text, at, s.Until)
			}
			if h.At(s.Until, cal, division).Open {
				t.Fatalf("%q at %s: open until %s, but open then", text, at, s.Until)
			}
			if mid := at.Add(s.Until.Sub(at) / 2); !h.At(mid, cal, division).Open {
				t.Fatalf("%q at %s: open until %s, but closed at %s", text, at, s.Until, mid)
			}
		case !s.Open && !s.NextOpen.IsZero():
			if !s.NextOpen.After(at) {
				t.Fatalf("%q at %s: opens at %s, not after", text, at, s.NextOpen)
			}
			if !h.At(s.NextOpen, cal, division).Open {
				t.Fatalf("%q at %s: opens at %s, but closed then", text, at, s.NextOpen)
			}
			if mid := at.Add(s.NextOpen.Sub(at) / 2); h.At(mid, cal, division).Open {
				t.Fatalf("%q at %s: opens at %s, but open at %s", text, at, s.NextOpen, mid)
			}
		}
	})
}

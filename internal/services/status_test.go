package services_test

import (
	"os"
	"sync"
	"testing"
	"time"
	_ "time/tzdata" // Europe/London whatever the machine has installed

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/services"
)

// realCalendar is the UK calendar with the bank holidays in the real
// content/holidays.json.
var realCalendar = sync.OnceValues(func() (services.Calendar, error) {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		return services.Calendar{}, err
	}
	src, err := os.ReadFile("../../content/holidays.json")
	if err != nil {
		return services.Calendar{}, err
	}
	feed, err := services.ParseFeed(src)
	if err != nil {
		return services.Calendar{}, err
	}
	return services.Calendar{Loc: loc, Holidays: services.NewHolidays(feed)}, nil
})

func calendar(t *testing.T) services.Calendar {
	t.Helper()
	cal, err := realCalendar()
	if err != nil {
		t.Fatal(err)
	}
	return cal
}

// status is what a test compares: a Status with its instants written as
// RFC3339 in Europe/London ("" for zero), and its text.
type status struct {
	Known, Open, Always bool
	Until, NextOpen     string
	Text                string
}

func statusAt(t *testing.T, hours, at, division string) status {
	t.Helper()
	cal := calendar(t)
	h, err := services.ParseHours(hours)
	if err != nil {
		t.Fatalf("ParseHours(%q): %v", hours, err)
	}
	now, err := time.Parse(time.RFC3339, at)
	if err != nil {
		t.Fatal(err)
	}
	s := h.At(now, cal, division)
	return status{
		Known: s.Known, Open: s.Open, Always: s.Always,
		Until: rfc3339(s.Until, cal.Loc), NextOpen: rfc3339(s.NextOpen, cal.Loc),
		Text: s.Text(now, services.Format{Words: words, Loc: cal.Loc}),
	}
}

func rfc3339(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(time.RFC3339)
}

func open(until, text string) status {
	return status{Known: true, Open: true, Until: until, Text: text}
}

func closed(next, text string) status {
	return status{Known: true, NextOpen: next, Text: text}
}

const (
	officeHours = "Mon-Fri 10:00-16:00; closed bank holidays"
	nightLine   = "Mon-Thu 18:00-02:00; Fri 18:00-Mon 06:00; closed bank holidays"
	ew          = "england-and-wales"
	sc          = "scotland"
	ni          = "northern-ireland"
)

// Times are written with their offset from UTC: Z is GMT, +01:00 is BST.
// 18 November 2026 is a Wednesday.
func TestAtWeekdays(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, hours, at, division string
		want                      status
	}{
		{"weekday inside hours", officeHours, "2026-11-18T12:00:00Z", ew,
			open("2026-11-18T16:00:00Z", "Open now until 16:00")},
		{"weekday before opening", officeHours, "2026-11-18T08:00:00Z", ew,
			closed("2026-11-18T10:00:00Z", "Closed: opens today at 10:00")},
		{"weekday after closing", officeHours, "2026-11-18T17:00:00Z", ew,
			closed("2026-11-19T10:00:00Z", "Closed: opens tomorrow at 10:00")},
		{"exact moment of opening", officeHours, "2026-11-18T10:00:00Z", ew,
			open("2026-11-18T16:00:00Z", "Open now until 16:00")},
		{"a second before opening", officeHours, "2026-11-18T09:59:59Z", ew,
			closed("2026-11-18T10:00:00Z", "Closed: opens today at 10:00")},
		{"exact moment of closing", officeHours, "2026-11-18T16:00:00Z", ew,
			closed("2026-11-19T10:00:00Z", "Closed: opens tomorrow at 10:00")},
		{"a second before closing", officeHours, "2026-11-18T15:59:59Z", ew,
			open("2026-11-18T16:00:00Z", "Open now until 16:00")},
		{"in summer time", officeHours, "2026-07-15T10:30:00+01:00", ew,
			open("2026-07-15T16:00:00+01:00", "Open now until 16:00")},
		{"summer time, closing in UTC terms", officeHours, "2026-07-15T15:30:00Z", ew,
			closed("2026-07-16T10:00:00+01:00", "Closed: opens tomorrow at 10:00")},
		{"Friday evening", officeHours, "2026-11-20T18:00:00Z", ew,
			closed("2026-11-23T10:00:00Z", "Closed: opens Monday at 10:00")},
		{"Saturday", officeHours, "2026-11-21T12:00:00Z", ew,
			closed("2026-11-23T10:00:00Z", "Closed: opens Monday at 10:00")},
		{"Sunday", officeHours, "2026-11-22T12:00:00Z", ew,
			closed("2026-11-23T10:00:00Z", "Closed: opens tomorrow at 10:00")},
		{"weekend hours with a break", "Sat, Sun 09:00-12:00, 13:00-18:00", "2026-11-21T12:30:00Z", ew,
			closed("2026-11-21T13:00:00Z", "Closed: opens today at 13:00")},
		{"weekend hours in the morning", "Sat, Sun 09:00-12:00, 13:00-18:00", "2026-11-22T11:00:00Z", ew,
			open("2026-11-22T12:00:00Z", "Open now until 12:00")},
		{"weekend hours after Sunday", "Sat, Sun 09:00-12:00, 13:00-18:00", "2026-11-22T19:00:00Z", ew,
			closed("2026-11-28T09:00:00Z", "Closed: opens Saturday at 09:00")},
		{"opens at midnight", "daily 00:00-06:00", "2026-11-18T12:00:00Z", ew,
			closed("2026-11-19T00:00:00Z", "Closed: opens at midnight")},
		{"open until midnight", "Wed 20:00-24:00", "2026-11-18T21:00:00Z", ew,
			open("2026-11-19T00:00:00Z", "Open now until midnight")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, statusAt(t, tt.hours, tt.at, tt.division)); diff != "" {
				t.Errorf("%q at %s (-want +got):\n%s", tt.hours, tt.at, diff)
			}
		})
	}
}

func TestAtBankHolidays(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, hours, at, division string
		want                      status
	}{
		{"Christmas Eve 2025", officeHours, "2025-12-24T12:00:00Z", ew,
			open("2025-12-24T16:00:00Z", "Open now until 16:00")},
		{"Christmas Day 2025", officeHours, "2025-12-25T12:00:00Z", ew,
			closed("2025-12-29T10:00:00Z", "Closed: opens Monday at 10:00")},
		{"Boxing Day 2025", officeHours, "2025-12-26T12:00:00Z", ew,
			closed("2025-12-29T10:00:00Z", "Closed: opens Monday at 10:00")},
		{"Christmas Day 2025 in Scotland", officeHours, "2025-12-25T12:00:00Z", sc,
			closed("2025-12-29T10:00:00Z", "Closed: opens Monday at 10:00")},
		{"Boxing Day 2025 in Northern Ireland", officeHours, "2025-12-26T12:00:00Z", ni,
			closed("2025-12-29T10:00:00Z", "Closed: opens Monday at 10:00")},
		{"Christmas Eve 2026, before the long weekend", officeHours, "2026-12-24T17:00:00Z", ew,
			closed("2026-12-29T10:00:00Z", "Closed: opens Tuesday at 10:00")},
		{"substitute Boxing Day 28 December 2026", officeHours, "2026-12-28T12:00:00Z", ew,
			closed("2026-12-29T10:00:00Z", "Closed: opens tomorrow at 10:00")},
		{"substitute Boxing Day in Northern Ireland", officeHours, "2026-12-28T12:00:00Z", ni,
			closed("2026-12-29T10:00:00Z", "Closed: opens tomorrow at 10:00")},
		{"after the substitute day", officeHours, "2026-12-29T12:00:00Z", ew,
			open("2026-12-29T16:00:00Z", "Open now until 16:00")},
		{"without closed bank holidays", "Mon-Fri 10:00-16:00", "2026-12-28T12:00:00Z", ew,
			open("2026-12-28T16:00:00Z", "Open now until 16:00")},

		{"2 January in Scotland", officeHours, "2026-01-02T12:00:00Z", sc,
			closed("2026-01-05T10:00:00Z", "Closed: opens Monday at 10:00")},
		{"2 January in England and Wales", officeHours, "2026-01-02T12:00:00Z", ew,
			open("2026-01-02T16:00:00Z", "Open now until 16:00")},
		{"2 January in Northern Ireland", officeHours, "2026-01-02T12:00:00Z", ni,
			open("2026-01-02T16:00:00Z", "Open now until 16:00")},
		{"St Andrew's Day in Scotland", officeHours, "2026-11-30T12:00:00Z", sc,
			closed("2026-12-01T10:00:00Z", "Closed: opens tomorrow at 10:00")},
		{"St Andrew's Day in England and Wales", officeHours, "2026-11-30T12:00:00Z", ew,
			open("2026-11-30T16:00:00Z", "Open now until 16:00")},
		{"St Andrew's Day in Northern Ireland", officeHours, "2026-11-30T12:00:00Z", ni,
			open("2026-11-30T16:00:00Z", "Open now until 16:00")},
		{"the Friday before St Andrew's Day in Scotland", officeHours, "2026-11-27T17:00:00Z", sc,
			closed("2026-12-01T10:00:00Z", "Closed: opens Tuesday at 10:00")},
		{"Scotland's World Cup holiday", officeHours, "2026-06-15T12:00:00+01:00", sc,
			closed("2026-06-16T10:00:00+01:00", "Closed: opens tomorrow at 10:00")},

		{"St Patrick's Day in Northern Ireland", officeHours, "2027-03-17T12:00:00Z", ni,
			closed("2027-03-18T10:00:00Z", "Closed: opens tomorrow at 10:00")},
		{"St Patrick's Day in England and Wales", officeHours, "2027-03-17T12:00:00Z", ew,
			open("2027-03-17T16:00:00Z", "Open now until 16:00")},
		{"St Patrick's Day in Scotland", officeHours, "2027-03-17T12:00:00Z", sc,
			open("2027-03-17T16:00:00Z", "Open now until 16:00")},
		{"12 July in Northern Ireland", officeHours, "2027-07-12T12:00:00+01:00", ni,
			closed("2027-07-13T10:00:00+01:00", "Closed: opens tomorrow at 10:00")},
		{"12 July in England and Wales", officeHours, "2027-07-12T12:00:00+01:00", ew,
			open("2027-07-12T16:00:00+01:00", "Open now until 16:00")},
		{"12 July in Scotland", officeHours, "2027-07-12T12:00:00+01:00", sc,
			open("2027-07-12T16:00:00+01:00", "Open now until 16:00")},

		{"division named in the hours wins", "Mon-Fri 10:00-16:00; closed bank holidays scotland", "2026-11-30T12:00:00Z", ew,
			closed("2026-12-01T10:00:00Z", "Closed: opens tomorrow at 10:00")},
		{"division named in the hours ignores the reader's", "Mon-Fri 10:00-16:00; closed bank holidays england-and-wales", "2026-11-30T12:00:00Z", sc,
			open("2026-11-30T16:00:00Z", "Open now until 16:00")},
		{"no division known", officeHours, "2026-12-28T12:00:00Z", "",
			open("2026-12-28T16:00:00Z", "Open now until 16:00")},

		{"closed date", "Mon-Fri 10:00-16:00; closed 2026-12-24", "2026-12-24T12:00:00Z", ew,
			closed("2026-12-25T10:00:00Z", "Closed: opens tomorrow at 10:00")},
		{"opens more than a week ahead", "Mon-Fri 10:00-16:00; closed 2026-12-29, 2026-12-30, 2026-12-31; closed bank holidays", "2026-12-24T17:00:00Z", ew,
			closed("2027-01-04T10:00:00Z", "Closed: opens Monday 4 January at 10:00")},
		{"closed past the horizon", "Mon 10:00-11:00; closed 2026-11-23, 2026-11-30, 2026-12-07", "2026-11-22T12:00:00Z", ew,
			closed("", "Closed for now")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, statusAt(t, tt.hours, tt.at, tt.division)); diff != "" {
				t.Errorf("%q at %s in %s (-want +got):\n%s", tt.hours, tt.at, tt.division, diff)
			}
		})
	}
}

// The clocks go forward at 01:00 GMT on Sunday 29 March 2026 and back at
// 02:00 BST on Sunday 25 October 2026.
func TestAtClockChanges(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, hours, at string
		want            status
	}{
		{"spring: 01:00-02:00 before the jump", "Sun 01:00-02:00", "2026-03-29T00:30:00Z",
			closed("2026-04-05T01:00:00+01:00", "Closed: opens Sunday 5 April at 01:00")},
		{"spring: 01:00-02:00 at the jump", "Sun 01:00-02:00", "2026-03-29T02:00:00+01:00",
			closed("2026-04-05T01:00:00+01:00", "Closed: opens Sunday 5 April at 01:00")},
		{"spring: the hour before 01:00-02:00 a week later", "Sun 01:00-02:00", "2026-04-05T00:30:00+01:00",
			closed("2026-04-05T01:00:00+01:00", "Closed: opens today at 01:00")},
		{"spring: an interval across the gap opens at the jump", "Sun 01:30-03:00", "2026-03-29T00:45:00Z",
			closed("2026-03-29T02:00:00+01:00", "Closed: opens today at 02:00")},
		{"spring: an interval across the gap, open", "Sun 01:30-03:00", "2026-03-29T02:10:00+01:00",
			open("2026-03-29T03:00:00+01:00", "Open now until 03:00")},
		{"spring: overnight before the jump", "Sat 22:00-04:00", "2026-03-28T23:00:00Z",
			open("2026-03-29T04:00:00+01:00", "Open now until tomorrow at 04:00")},
		{"spring: overnight after the jump", "Sat 22:00-04:00", "2026-03-29T02:00:00+01:00",
			open("2026-03-29T04:00:00+01:00", "Open now until 04:00")},
		{"spring: overnight, next opening", "Sat 22:00-04:00", "2026-03-29T04:00:00+01:00",
			closed("2026-04-04T22:00:00+01:00", "Closed: opens Saturday at 22:00")},
		{"spring: closing at the jump", "Sat 22:00-01:00", "2026-03-28T23:00:00Z",
			open("2026-03-29T02:00:00+01:00", "Open now until tomorrow at 02:00")},
		{"spring: opening after the weekend", "Mon-Fri 10:00-16:00", "2026-03-27T17:00:00Z",
			closed("2026-03-30T10:00:00+01:00", "Closed: opens Monday at 10:00")},
		{"spring: ending the weekend span", nightLine, "2026-03-29T12:00:00+01:00",
			open("2026-03-30T06:00:00+01:00", "Open now until tomorrow at 06:00")},

		{"autumn: the first 01:00", "Sun 01:00-01:30", "2026-10-25T01:10:00+01:00",
			open("2026-10-25T01:30:00+01:00", "Open now until 01:30")},
		{"autumn: between the two 01:00s", "Sun 01:00-01:30", "2026-10-25T01:45:00+01:00",
			closed("2026-10-25T01:00:00Z", "Closed: opens today at 01:00")},
		{"autumn: the second 01:00", "Sun 01:00-01:30", "2026-10-25T01:15:00Z",
			open("2026-10-25T01:30:00Z", "Open now until 01:30")},
		{"autumn: after both", "Sun 01:00-01:30", "2026-10-25T01:45:00Z",
			closed("2026-11-01T01:00:00Z", "Closed: opens Sunday 1 November at 01:00")},
		{"autumn: the night before", "Sun 01:00-01:30", "2026-10-24T23:00:00+01:00",
			closed("2026-10-25T01:00:00+01:00", "Closed: opens tomorrow at 01:00")},
		{"autumn: 01:00-02:00 is open for both hours", "Sun 01:00-02:00", "2026-10-25T01:30:00+01:00",
			open("2026-10-25T02:00:00Z", "Open now until 02:00")},
		{"autumn: 01:00-02:00 in the second hour", "Sun 01:00-02:00", "2026-10-25T01:30:00Z",
			open("2026-10-25T02:00:00Z", "Open now until 02:00")},
		{"autumn: overnight across the change", "Sat 22:00-04:00", "2026-10-24T23:00:00+01:00",
			open("2026-10-25T04:00:00Z", "Open now until tomorrow at 04:00")},
		{"autumn: closing in the repeated hour", "Sat 22:00-01:30", "2026-10-25T01:40:00+01:00",
			closed("2026-10-25T01:00:00Z", "Closed: opens today at 01:00")},
		{"autumn: closing in the repeated hour, second time", "Sat 22:00-01:30", "2026-10-25T01:10:00Z",
			open("2026-10-25T01:30:00Z", "Open now until 01:30")},
		{"autumn: opening after the weekend", "Mon-Fri 10:00-16:00", "2026-10-23T17:00:00+01:00",
			closed("2026-10-26T10:00:00Z", "Closed: opens Monday at 10:00")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, statusAt(t, tt.hours, tt.at, ew)); diff != "" {
				t.Errorf("%q at %s (-want +got):\n%s", tt.hours, tt.at, diff)
			}
		})
	}
}

func TestAtAroundTheClock(t *testing.T) {
	t.Parallel()
	always := status{Known: true, Open: true, Always: true, Text: "Open now, 24 hours"}
	tests := []struct {
		name, hours, at, division string
		want                      status
	}{
		{"24/7 on a weekday", "24/7", "2026-11-18T03:00:00Z", ew, always},
		{"24/7 on Christmas Day", "24/7", "2026-12-25T12:00:00Z", ew, always},
		{"24/7 at the spring jump", "24/7", "2026-03-29T01:00:00Z", ew, always},
		{"every hour of every day", "daily 00:00-24:00", "2026-11-18T03:00:00Z", ew,
			open("", "Open now")},
		{"every hour but bank holidays", "daily 00:00-24:00; closed bank holidays", "2026-12-24T12:00:00Z", ew,
			open("2026-12-25T00:00:00Z", "Open now until midnight")},
		{"every hour but bank holidays, on one", "daily 00:00-24:00; closed bank holidays", "2026-12-25T12:00:00Z", ew,
			closed("2026-12-26T00:00:00Z", "Closed: opens at midnight")},
		{"unknown", "unknown", "2026-11-18T12:00:00Z", ew,
			status{Text: "Check opening times on their website"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, statusAt(t, tt.hours, tt.at, tt.division)); diff != "" {
				t.Errorf("%q at %s (-want +got):\n%s", tt.hours, tt.at, diff)
			}
		})
	}
}

// 4 May 2026 is the Early May bank holiday (a Monday) in every division; 3
// and 6 April 2026 are Good Friday and Easter Monday in England and Wales.
func TestAtOvernight(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, hours, at string
		want            status
	}{
		{"overnight, after midnight", "Mon-Thu 18:00-02:00", "2026-11-17T01:00:00Z",
			open("2026-11-17T02:00:00Z", "Open now until 02:00")},
		{"overnight, in the evening", "Mon-Thu 18:00-02:00", "2026-11-16T20:00:00Z",
			open("2026-11-17T02:00:00Z", "Open now until tomorrow at 02:00")},
		{"overnight, Thursday's runs into Friday", "Mon-Thu 18:00-02:00", "2026-11-20T01:59:00Z",
			open("2026-11-20T02:00:00Z", "Open now until 02:00")},
		{"overnight, none starts on Friday", "Mon-Thu 18:00-02:00", "2026-11-21T01:00:00Z",
			closed("2026-11-23T18:00:00Z", "Closed: opens Monday at 18:00")},
		{"overnight, Sunday's runs into Monday", "Sun 22:00-06:00", "2026-11-23T05:00:00Z",
			open("2026-11-23T06:00:00Z", "Open now until 06:00")},
		{"overnight into Christmas Day", "Mon-Thu 18:00-02:00; closed bank holidays", "2026-12-24T23:00:00Z",
			open("2026-12-25T02:00:00Z", "Open now until tomorrow at 02:00")},
		{"overnight from a bank holiday does not run after midnight", "Mon-Thu 18:00-02:00; closed bank holidays", "2026-05-05T01:00:00+01:00",
			closed("2026-05-05T18:00:00+01:00", "Closed: opens today at 18:00")},
		{"overnight from a closed date", "Mon-Thu 18:00-02:00; closed 2026-11-18", "2026-11-19T01:00:00Z",
			closed("2026-11-19T18:00:00Z", "Closed: opens today at 18:00")},

		{"weekend span on Saturday", nightLine, "2026-05-02T12:00:00+01:00",
			open("2026-05-04T06:00:00+01:00", "Open now until Monday at 06:00")},
		{"weekend span runs into a Monday bank holiday", nightLine, "2026-05-04T05:00:00+01:00",
			open("2026-05-04T06:00:00+01:00", "Open now until 06:00")},
		{"Monday bank holiday evening", nightLine, "2026-05-04T20:00:00+01:00",
			closed("2026-05-05T18:00:00+01:00", "Closed: opens tomorrow at 18:00")},
		{"Monday bank holiday, after the weekend span", nightLine, "2026-05-04T06:00:00+01:00",
			closed("2026-05-05T18:00:00+01:00", "Closed: opens tomorrow at 18:00")},
		{"Monday bank holiday, when hours do not close", "Mon-Thu 18:00-02:00; Fri 18:00-Mon 06:00", "2026-05-04T20:00:00+01:00",
			open("2026-05-05T02:00:00+01:00", "Open now until tomorrow at 02:00")},
		{"a Monday that is not a holiday", nightLine, "2026-05-11T20:00:00+01:00",
			open("2026-05-12T02:00:00+01:00", "Open now until tomorrow at 02:00")},
		{"Good Friday evening", nightLine, "2026-04-03T20:00:00+01:00",
			closed("2026-04-07T18:00:00+01:00", "Closed: opens Tuesday at 18:00")},
		{"the Saturday after Good Friday", nightLine, "2026-04-04T12:00:00+01:00",
			closed("2026-04-07T18:00:00+01:00", "Closed: opens Tuesday at 18:00")},
		{"Thursday before Good Friday", nightLine, "2026-04-02T23:00:00+01:00",
			open("2026-04-03T02:00:00+01:00", "Open now until tomorrow at 02:00")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, statusAt(t, tt.hours, tt.at, ew)); diff != "" {
				t.Errorf("%q at %s (-want +got):\n%s", tt.hours, tt.at, diff)
			}
		})
	}
}

func TestAtZeroValues(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 18, 12, 0, 0, 0, time.UTC)
	if got := (services.Hours{}).At(now, services.Calendar{}, ""); got != (services.Status{}) {
		t.Errorf("zero Hours: At = %+v, want the zero Status (unknown)", got)
	}
	if got, want := (services.Hours{}).Summary(services.Format{Words: words}), "Hours not confirmed: check their website"; got != want {
		t.Errorf("zero Hours: Summary = %q, want %q", got, want)
	}
	// With no calendar the hours read in UTC and no day is a holiday.
	h, err := services.ParseHours(officeHours)
	if err != nil {
		t.Fatal(err)
	}
	s := h.At(time.Date(2026, 12, 25, 12, 0, 0, 0, time.UTC), services.Calendar{}, ew)
	want := services.Status{Known: true, Open: true, Until: time.Date(2026, 12, 25, 16, 0, 0, 0, time.UTC)}
	if !s.Until.Equal(want.Until) || s.Open != want.Open || s.Known != want.Known {
		t.Errorf("no calendar: At = %+v, want %+v", s, want)
	}
	if got, want := s.Text(s.Until.Add(-time.Hour), services.Format{Words: words}), "Open now until 16:00"; got != want {
		t.Errorf("no calendar: Text = %q, want %q", got, want)
	}
}

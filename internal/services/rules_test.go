package services_test

import (
	"strings"
	"testing"

	"firststeps/internal/services"
)

// federal is the shape of the US federal holiday rules (5 U.S.C. 6103), as
// content/jurisdictions.yaml gives them.
var federal = services.HolidayRules{
	Weekend: services.WeekendNearest,
	Days: []services.HolidayRule{
		{Title: "New Year's Day", On: "January 1"},
		{Title: "Birthday of Martin Luther King, Jr.", On: "third Monday of January"},
		{Title: "Washington's Birthday", On: "third Monday of February"},
		{Title: "Memorial Day", On: "last Monday of May"},
		{Title: "Juneteenth National Independence Day", On: "June 19"},
		{Title: "Independence Day", On: "July 4"},
		{Title: "Labor Day", On: "first Monday of September"},
		{Title: "Columbus Day", On: "second Monday of October"},
		{Title: "Veterans Day", On: "November 11"},
		{Title: "Thanksgiving Day", On: "fourth Thursday of November"},
		{Title: "Christmas Day", On: "December 25"},
	},
}

func TestHolidayRulesEvents(t *testing.T) {
	t.Parallel()
	evs, err := federal.Events(2026, 2027)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs {
		s := e.Date.String() + " " + e.Title
		if e.Notes != "" {
			s += " (" + e.Notes + ")"
		}
		got = append(got, s)
	}
	// The dates the rules give, checked against the federal courts' 2026
	// list; 2027 ends with New Year's Day 2028, a Saturday, kept on Friday
	// 31 December 2027.
	want := []string{
		"2026-01-01 New Year's Day",
		"2026-01-19 Birthday of Martin Luther King, Jr.",
		"2026-02-16 Washington's Birthday",
		"2026-05-25 Memorial Day",
		"2026-06-19 Juneteenth National Independence Day",
		"2026-07-03 Independence Day (observed)",
		"2026-09-07 Labor Day",
		"2026-10-12 Columbus Day",
		"2026-11-11 Veterans Day",
		"2026-11-26 Thanksgiving Day",
		"2026-12-25 Christmas Day",
		"2027-01-01 New Year's Day",
		"2027-01-18 Birthday of Martin Luther King, Jr.",
		"2027-02-15 Washington's Birthday",
		"2027-05-31 Memorial Day",
		"2027-06-18 Juneteenth National Independence Day (observed)",
		"2027-07-05 Independence Day (observed)",
		"2027-09-06 Labor Day",
		"2027-10-11 Columbus Day",
		"2027-11-11 Veterans Day",
		"2027-11-25 Thanksgiving Day",
		"2027-12-24 Christmas Day (observed)",
		"2027-12-31 New Year's Day (observed)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Events(2026, 2027):\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Without the weekend rule a holiday stays where it falls.
	kept := federal
	kept.Weekend = ""
	evs, err = kept.Events(2026, 2026)
	if err != nil {
		t.Fatal(err)
	}
	if evs[5].Date.String() != "2026-07-04" || evs[5].Notes != "" {
		t.Errorf("no weekend rule: Independence Day 2026 = %s %q, want 2026-07-04", evs[5].Date, evs[5].Notes)
	}
}

func TestHolidayRulesErrors(t *testing.T) {
	t.Parallel()
	one := func(title, on string) services.HolidayRules {
		return services.HolidayRules{Days: []services.HolidayRule{{Title: title, On: on}}}
	}
	tests := []struct {
		name string
		r    services.HolidayRules
		want string
	}{
		{"no days", services.HolidayRules{}, "no days"},
		{"unknown weekend rule", services.HolidayRules{Weekend: "monday", Days: federal.Days}, `weekend "monday": use "nearest-weekday" or leave it out`},
		{"no title", one(" ", "May 1"), `a day on "May 1" needs a title`},
		{"not a date", one("Day", "1 May"), `Day: "1 May" is not a day such as "January 1", "third Monday of January" or "last Monday of May"`},
		{"no such day", one("Day", "April 31"), `Day: "April 31" is not a day such as "January 1", "third Monday of January" or "last Monday of May"`},
		{"leap day", one("Day", "February 29"), `Day: "February 29" is not a day such as "January 1", "third Monday of January" or "last Monday of May"`},
		{"fifth weekday", one("Day", "fifth Monday of May"), `Day: "fifth Monday of May" is not a day such as "January 1", "third Monday of January" or "last Monday of May"`},
		{"no of", one("Day", "first Monday in May"), `Day: "first Monday in May" is not a day such as "January 1", "third Monday of January" or "last Monday of May"`},
		{"title twice", services.HolidayRules{Days: []services.HolidayRule{{Title: "A", On: "May 1"}, {Title: "A", On: "May 2"}}}, `"A" is given twice`},
		{"two on one day", services.HolidayRules{Days: []services.HolidayRule{{Title: "A", On: "May 1"}, {Title: "B", On: "first Friday of May"}}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := tt.r.Events(2026, 2026)
			if tt.want == "" {
				// 1 May 2026 is the first Friday of May: two holidays on one day.
				if err == nil || !strings.Contains(err.Error(), "fall on the same day, 2026-05-01") {
					t.Errorf("Events = %v, want two holidays on 2026-05-01 refused", err)
				}
				return
			}
			if err == nil || err.Error() != tt.want {
				t.Errorf("Events error = %v, want %s", err, tt.want)
			}
		})
	}
}

package services_test

import (
	"testing"

	"firststeps/internal/services"
	"firststeps/internal/services/servicestest"
)

func TestParseHoursSummary(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, hours, want string
	}{
		{"always", "24/7", "24 hours a day, every day"},
		{"always, any case and spaces", "  24/7 ", "24 hours a day, every day"},
		{"unknown", "Unknown", "Hours not confirmed: check their website"},
		{"weekdays", "Mon-Fri 10:00-16:00; closed bank holidays", "Monday to Friday, 10:00 to 16:00; closed on bank holidays"},
		{"named division", "Mon-Fri 10:00-16:00; closed bank holidays scotland", "Monday to Friday, 10:00 to 16:00; closed on bank holidays in Scotland"},
		{"weekend with a lunch break", "Sat, Sun 09:00-12:00, 13:00-18:00", "Saturday and Sunday, 09:00 to 12:00 and 13:00 to 18:00"},
		{"daily", "daily 08:00-20:00", "Every day, 08:00 to 20:00"},
		{"full day names", "Monday-Wednesday 09:00-17:00", "Monday to Wednesday, 09:00 to 17:00"},
		{"listed days", "Mon, Wed, Fri 10:00-24:00", "Monday, Wednesday and Friday, 10:00 to midnight"},
		{"range wrapping the week", "Fri-Mon 10:00-12:00", "Friday to Monday, 10:00 to 12:00"},
		{"overnight and weekend span", "Mon-Thu 18:00-02:00; Fri 18:00-Mon 06:00", "Monday to Thursday, 18:00 to 02:00; Friday 18:00 to Monday 06:00"},
		{"closed dates", "closed 2026-12-24, 2026-12-31; Mon 09:00-17:00", "closed on 24 December 2026; closed on 31 December 2026; Monday, 09:00 to 17:00"},
		{"case, spaces and new lines", "MON-FRI   10:00 - 16:00\nClosed Bank Holidays", "Monday to Friday, 10:00 to 16:00; closed on bank holidays"},
		{"one-digit hours", "Tue 9:00-5:00", "Tuesday, 09:00 to 05:00"},
		{"a whole week", "Mon 00:00-Sun 24:00", "Monday 00:00 to Sunday midnight"},
		{"federal holidays, written as the UK writes", "Mon-Fri 09:00-17:00; closed federal holidays", "Monday to Friday, 09:00 to 17:00; closed on bank holidays"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h, err := services.ParseHours(tt.hours)
			if err != nil {
				t.Fatalf("ParseHours(%q): %v", tt.hours, err)
			}
			if got := h.Summary(ukFormat); got != tt.want {
				t.Errorf("ParseHours(%q).Summary() = %q, want %q", tt.hours, got, tt.want)
			}
			if h.Text != tt.hours {
				t.Errorf("Text = %q, want %q", h.Text, tt.hours)
			}
		})
	}
}

func TestParseHoursErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, hours, want string
	}{
		{"empty", "", `hours are empty: write "24/7", "unknown" or a schedule such as "Mon-Fri 10:00-16:00"`},
		{"blank", " \n ", `hours are empty: write "24/7", "unknown" or a schedule such as "Mon-Fri 10:00-16:00"`},
		{"only closures", "closed bank holidays", `"closed bank holidays" gives no opening times`},
		{"only separators", ";;", `";;" gives no opening times`},
		{"no days", "10:00-16:00", `"10:00-16:00": expected days then times, as in "Mon-Fri 10:00-16:00"`},
		{"no times", "Mon-Fri", `"Mon-Fri": expected days then times, as in "Mon-Fri 10:00-16:00"`},
		{"misspelt day", "Mon-Fry 10:00-16:00", `"Mon-Fry 10:00-16:00": "Fry" is not a day (use Mon, Tue, Wed, Thu, Fri, Sat, Sun or daily)`},
		{"empty day in list", "Mon, 10:00-16:00", `"Mon, 10:00-16:00": "" is not a day (use Mon, Tue, Wed, Thu, Fri, Sat, Sun or daily)`},
		{"one time", "Mon-Fri 10:00", `"Mon-Fri 10:00": "10:00" is not a time range such as 10:00-16:00`},
		{"am and pm", "Mon-Fri 10am-4pm", `"Mon-Fri 10am-4pm": "10am-4pm" is not a time range such as 10:00-16:00`},
		{"hour too big", "Mon-Fri 10:00-25:00", `"Mon-Fri 10:00-25:00": "25:00" is not a time between 00:00 and 24:00`},
		{"minute too big", "Mon 10:60-11:00", `"Mon 10:60-11:00": "10:60" is not a time between 00:00 and 24:00`},
		{"24:00 starts", "Mon 24:00-02:00", `"Mon 24:00-02:00": "24:00" can only end an interval`},
		{"24:30", "Mon 10:00-24:30", `"Mon 10:00-24:30": "24:30" is not a time between 00:00 and 24:00`},
		{"empty interval", "Mon 09:00-09:00", `"Mon 09:00-09:00": 09:00-09:00 is empty; write 00:00-24:00 for a whole day`},
		{"overlap on a day", "Mon-Fri 10:00-16:00; Wed 15:00-17:00", `Wednesday 10:00-16:00 overlaps Wednesday 15:00-17:00`},
		{"overlap within one rule", "Mon 10:00-16:00, 11:00-12:00, 14:00-15:00", `Monday 10:00-16:00 overlaps Monday 11:00-12:00`},
		{"nested intervals", "Mon 10:00-16:00; Mon 14:00-15:00", `Monday 10:00-16:00 overlaps Monday 14:00-15:00`},
		{"overlap after midnight", "Mon 18:00-02:00; Tue 01:00-05:00", `Monday 18:00-02:00 overlaps Tuesday 01:00-05:00`},
		{"overlap across the week's end", "Sat 22:00-02:00; Sun 01:00-03:00", `Saturday 22:00-02:00 overlaps Sunday 01:00-03:00`},
		{"overlap inside a span", "Fri 18:00-Mon 06:00; Sun 10:00-12:00", `Friday 18:00-Monday 06:00 overlaps Sunday 10:00-12:00`},
		{"day listed twice", "Mon, Mon 10:00-12:00", `Monday 10:00-12:00 overlaps Monday 10:00-12:00`},
		{"span ends before it starts", "Fri 18:00-Fri 17:00", `"Fri 18:00-Fri 17:00": the span ends before it starts`},
		{"span with an empty length", "Fri 18:00-Fri 18:00", `"Fri 18:00-Fri 18:00": the span ends before it starts`},
		{"span with a misspelt day", "Fry 18:00-Mon 06:00", `"Fry 18:00-Mon 06:00": "Fry" is not a day (use Mon, Tue, Wed, Thu, Fri, Sat or Sun)`},
		{"span from daily", "daily 18:00-Mon 06:00", `"daily 18:00-Mon 06:00": "daily" is not a day (use Mon, Tue, Wed, Thu, Fri, Sat or Sun)`},
		{"span with a bad time", "Fri 18:00-Mon 30:00", `"Fri 18:00-Mon 30:00": "30:00" is not a time between 00:00 and 24:00`},
		{"holidays twice", "Mon 10:00-12:00; closed bank holidays; closed bank holidays scotland", `"closed bank holidays scotland": holiday closure given twice`},
		{"holidays twice in other words", "Mon 10:00-12:00; closed federal holidays; closed holidays", `"closed holidays": holiday closure given twice`},
		{"division not an id", "Mon 10:00-12:00; closed bank holidays in wales", `"closed bank holidays in wales": "in wales" is not a holiday division such as scotland`},
		{"date not ISO", "Mon 10:00-12:00; closed 25/12/2026", `"closed 25/12/2026": "25/12/2026" is not a date in the form YYYY-MM-DD`},
		{"no such date", "Mon 10:00-12:00; closed 2026-02-30", `"closed 2026-02-30": "2026-02-30" is not a date in the form YYYY-MM-DD`},
		{"24/7 with rules", "24/7; closed bank holidays", `"24/7" must stand alone, not with other rules`},
		{"unknown with rules", "Mon 10:00-12:00; unknown", `"unknown" must stand alone, not with other rules`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h, err := services.ParseHours(tt.hours)
			if err == nil {
				t.Fatalf("ParseHours(%q) = %q, want error %q", tt.hours, h.Summary(ukFormat), tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("ParseHours(%q) error:\n got %s\nwant %s", tt.hours, err, tt.want)
			}
			// A rejected text must not look like hours a reader can trust.
			if got, want := h.Summary(ukFormat), "Hours not confirmed: check their website"; got != want {
				t.Errorf("Summary() after error = %q, want %q", got, want)
			}
		})
	}
}

// ukDivisions are the UK's bank-holiday divisions, as content names them.
var ukDivisions = servicestest.UKDivisions

// ukFormat writes hours as UK pages do.
// words are the sentences site.yaml gives, as the tests read them.
var words = services.Words{
	Unknown: "Check opening times on their website", Always: "Open now, 24 hours",
	Open: "Open now", OpenUntil: "Open now until {time}",
	Closed: "Closed for now", Opens: "Closed: opens {when}",
	HoursAlways: "24 hours a day, every day", HoursUnknown: "Hours not confirmed: check their website",
}

var ukFormat = services.Format{
	Words:     words,
	Holidays:  "bank holidays",
	Divisions: map[string]string{"england-and-wales": "England and Wales", "scotland": "Scotland", "northern-ireland": "Northern Ireland"},
}

// TestSummaryFormats: the same hours read as each jurisdiction writes them.
func TestSummaryFormats(t *testing.T) {
	t.Parallel()
	us := services.Format{Words: words, Zone: "Eastern time", TwelveHour: true, Holidays: "federal holidays"}
	tests := []struct {
		hours string
		f     services.Format
		want  string
	}{
		{"Mon-Fri 09:00-17:30; closed federal holidays", us, "Eastern time: Monday to Friday, 9 a.m. to 5:30 p.m.; closed on federal holidays"},
		{"daily 00:00-12:00, 13:15-24:00", us, "Eastern time: Every day, midnight to noon and 1:15 p.m. to midnight"},
		{"Sat 12:30-00:30", services.Format{TwelveHour: true}, "Saturday, 12:30 p.m. to 12:30 a.m."},
		{"Fri 18:00-Mon 06:00", services.Format{TwelveHour: true}, "Friday 6 p.m. to Monday 6 a.m."},
		{"Mon-Fri 09:00-17:00; closed bank holidays", services.Format{}, "Monday to Friday, 09:00 to 17:00; closed on holidays"},
		{"Mon 09:00-17:00; closed holidays united-states", services.Format{Holidays: "federal holidays", Divisions: map[string]string{"united-states": "the United States"}}, "Monday, 09:00 to 17:00; closed on federal holidays in the United States"},
	}
	for _, tt := range tests {
		h, err := services.ParseHours(tt.hours)
		if err != nil {
			t.Fatalf("ParseHours(%q): %v", tt.hours, err)
		}
		if got := h.Summary(tt.f); got != tt.want {
			t.Errorf("ParseHours(%q).Summary(%+v)\n got %q\nwant %q", tt.hours, tt.f, got, tt.want)
		}
	}
}

func TestDial(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"0345 6000 459":  "03456000459",
		"116 123":        "116123",
		"1 800 CALL FBI": "18002255324",
		"+44 20 7946":    "+44207946",
	} {
		if got := services.Dial(in); got != want {
			t.Errorf("Dial(%q) = %q, want %q", in, got, want)
		}
	}
}

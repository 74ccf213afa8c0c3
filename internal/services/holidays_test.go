package services_test

import (
	"os"
	"strings"
	"testing"

	"firststeps/internal/date"
	"firststeps/internal/services"
)

// feedJSON writes a feed in the GOV.UK shape with one event per division,
// then lets edit change the text.
func feedJSON(edit func(string) string) string {
	var b strings.Builder
	b.WriteString("{")
	for i, div := range ukDivisions {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`"` + div + `":{"division":"` + div + `","events":[` +
			`{"title":"New Year’s Day","date":"2027-01-01","notes":"","bunting":true},` +
			`{"title":"Good Friday","date":"2027-03-26","notes":"","bunting":false}]}`)
	}
	b.WriteString("}")
	return edit(b.String())
}

func TestParseFeedErrors(t *testing.T) {
	t.Parallel()
	same := func(s string) string { return s }
	tests := []struct {
		name, src, want string
	}{
		{"not JSON", "<html>", "holidays: invalid character '<' looking for beginning of value"},
		{"cut short", feedJSON(same)[:100], "holidays: unexpected end of JSON input"},
		{"a list", "[]", "holidays: json: cannot unmarshal array into Go value of type services.Feed"},
		{"null", "null", `holidays: no divisions`},
		{"empty object", "{}", `holidays: no divisions`},
		{"key and label differ", feedJSON(func(s string) string {
			return strings.Replace(s, `"scotland":{"division":"scotland"`, `"scotlandx":{"division":"scotland"`, 1)
		}), `holidays: division "scotlandx" is labelled "scotland"`},
		{"mislabelled division", feedJSON(func(s string) string {
			return strings.Replace(s, `"division":"northern-ireland"`, `"division":"scotland"`, 1)
		}), `holidays: division "northern-ireland" is labelled "scotland"`},
		{"no events", feedJSON(func(s string) string {
			i := strings.Index(s, `"northern-ireland"`)
			return s[:i] + `"northern-ireland":{"division":"northern-ireland","events":[]}}`
		}), `holidays: division "northern-ireland" has no events`},
		{"event without a title", feedJSON(func(s string) string {
			return strings.Replace(s, `"title":"Good Friday"`, `"title":" "`, 1)
		}), "holidays: england-and-wales event 2 needs a title and a date"},
		{"event without a date", feedJSON(func(s string) string {
			return strings.Replace(s, `"date":"2027-01-01"`, `"date":""`, 1)
		}), "holidays: england-and-wales event 1 needs a title and a date"},
		{"event with a bad date", feedJSON(func(s string) string {
			return strings.Replace(s, `"date":"2027-03-26"`, `"date":"26/03/2027"`, 1)
		}), `holidays: "26/03/2027" is not a date in the form YYYY-MM-DD`},
		{"events out of order", feedJSON(func(s string) string {
			return strings.Replace(s, `"date":"2027-03-26"`, `"date":"2026-12-25"`, 1)
		}), "holidays: england-and-wales: 2026-12-25 is out of order or listed twice"},
		{"day listed twice", feedJSON(func(s string) string {
			return strings.Replace(s, `"date":"2027-03-26"`, `"date":"2027-01-01"`, 1)
		}), "holidays: england-and-wales: 2027-01-01 is out of order or listed twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := services.ParseFeed([]byte(tt.src))
			if err == nil {
				t.Fatalf("ParseFeed accepted %s", tt.src)
			}
			if err.Error() != tt.want {
				t.Errorf("ParseFeed error:\n got %s\nwant %s", err, tt.want)
			}
		})
	}
}

func TestParseFeed(t *testing.T) {
	t.Parallel()
	f, err := services.ParseFeed([]byte(feedJSON(func(s string) string { return s })))
	if err != nil {
		t.Fatal(err)
	}
	h := services.NewHolidays(f)
	for _, div := range ukDivisions {
		if name, ok := h.Holiday(div, date.New(2027, 3, 26)); !ok || name != "Good Friday" {
			t.Errorf("Holiday(%s, 2027-03-26) = %q, %v; want Good Friday", div, name, ok)
		}
		if got := h.Last(div); !got.Equal(date.New(2027, 3, 26)) {
			t.Errorf("Last(%s) = %s, want 2027-03-26", div, got)
		}
	}
	if name, ok := h.Holiday("england-and-wales", date.New(2027, 3, 25)); ok {
		t.Errorf("Holiday on an ordinary day = %q", name)
	}
	var none *services.Holidays
	if _, ok := none.Holiday("scotland", date.New(2027, 1, 1)); ok || !none.Last("scotland").IsZero() {
		t.Error("nil Holidays reports a holiday")
	}
}

// TestRealHolidays checks content/holidays.json for the days the hours tests
// rely on, so a bad refresh shows up here by name.
func TestRealHolidays(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("../../content/holidays.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := services.ParseFeed(src)
	if err != nil {
		t.Fatal(err)
	}
	h := services.NewHolidays(f)
	tests := []struct {
		day        date.Date
		name       string
		ew, sc, ni bool // a holiday in each division
		holiday    string
	}{
		{date.New(2025, 12, 25), "Christmas Day 2025", true, true, true, "Christmas Day"},
		{date.New(2025, 12, 26), "Boxing Day 2025", true, true, true, "Boxing Day"},
		{date.New(2026, 1, 2), "2 January 2026", false, true, false, "2nd January"},
		{date.New(2026, 6, 15), "World Cup holiday", false, true, false, "Bank holiday for Scotland’s appearance at the FIFA World Cup"},
		{date.New(2026, 11, 30), "St Andrew's Day 2026", false, true, false, "St Andrew’s Day"},
		{date.New(2026, 12, 28), "substitute Boxing Day 2026", true, true, true, "Boxing Day"},
		{date.New(2027, 3, 17), "St Patrick's Day 2027", false, false, true, "St Patrick’s Day"},
		{date.New(2027, 7, 12), "12 July 2027", false, false, true, "Battle of the Boyne (Orangemen’s Day)"},
		{date.New(2026, 12, 24), "Christmas Eve 2026", false, false, false, ""},
	}
	for _, tt := range tests {
		for div, want := range map[string]bool{"england-and-wales": tt.ew, "scotland": tt.sc, "northern-ireland": tt.ni} {
			name, ok := h.Holiday(div, tt.day)
			if ok != want || (ok && name != tt.holiday) {
				t.Errorf("%s in %s: Holiday = %q, %v; want %q, %v", tt.name, div, name, ok, tt.holiday, want)
			}
		}
	}
}

package services_test

import (
	"bytes"
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/date"
	"firststeps/internal/services"
	"firststeps/internal/services/servicestest"
)

// ukRefresh refreshes the UK's divisions from the feed at url.
func ukRefresh(url string) services.HolidayRefresh {
	return services.HolidayRefresh{
		Sources:   []services.HolidaySource{{Feed: url, Divisions: ukDivisions}},
		Order:     ukDivisions,
		Today:     date.New(2026, 6, 1),
		Years:     5,
		Timeout:   10 * time.Second,
		UserAgent: "firststeps/test (holidays refresh)",
	}
}

const file = "content/holidays.json"

func TestHolidayRefresh(t *testing.T) {
	t.Parallel()
	old, _ := servicestest.RealHolidays(t)
	feed := servicestest.GOVUKFeed(t, func(f services.Feed) {
		ew := f["england-and-wales"]
		ew.Events = append([]services.FeedEvent{{Title: "Christmas Day", Date: date.New(2024, 12, 25), Bunting: true}}, ew.Events...)
		ew.Events = append(ew.Events, services.FeedEvent{Title: "Test bank holiday", Date: date.New(2027, 12, 31), Bunting: true})
		f["england-and-wales"] = ew
		sc := f["scotland"]
		sc.Events = slices.DeleteFunc(sc.Events, func(e services.FeedEvent) bool { return e.Date.Equal(date.New(2026, 6, 15)) })
		f["scotland"] = sc
		ni := f["northern-ireland"]
		for i, e := range ni.Events {
			if e.Date.Equal(date.New(2027, 7, 12)) {
				ni.Events[i].Title = "Battle of the Boyne"
				ni.Events[i].Bunting = false
			}
		}
		f["northern-ireland"] = ni
	})
	var gotUA, gotAccept string
	url := servicestest.ServeFeed(t, func(w http.ResponseWriter, r *http.Request) {
		gotUA, gotAccept = r.Header.Get("User-Agent"), r.Header.Get("Accept")
		w.Write(feed)
	})

	u, err := ukRefresh(url).Run(context.Background(), file, old)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"+ england-and-wales 2024-12-25 Christmas Day",
		"+ england-and-wales 2027-12-31 Test bank holiday",
		"- scotland 2026-06-15 Bank holiday for Scotland’s appearance at the FIFA World Cup",
		`~ northern-ireland 2027-07-12 Battle of the Boyne (title was "Battle of the Boyne (Orangemen’s Day)"; bunting was true)`,
	}
	if diff := cmp.Diff(want, u.Changes); diff != "" {
		t.Errorf("changes (-want +got):\n%s", diff)
	}
	if added, removed, changed := u.Counts(); added != 2 || removed != 1 || changed != 1 {
		t.Errorf("counts %d added, %d removed, %d changed; want 2, 1, 1", added, removed, changed)
	}
	if diff := cmp.Diff([]string{url}, u.From); diff != "" {
		t.Errorf("from (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"england-and-wales to 2028-12-26", "scotland to 2028-12-26", "northern-ireland to 2028-12-26"}, u.Last); diff != "" {
		t.Errorf("last (-want +got):\n%s", diff)
	}
	if gotAccept != "application/json" || gotUA != "firststeps/test (holidays refresh)" {
		t.Errorf("request headers: Accept %q, User-Agent %q", gotAccept, gotUA)
	}

	f, err := services.ParseFeed(u.Data)
	if err != nil {
		t.Fatalf("the new file does not validate: %v", err)
	}
	h := services.NewHolidays(f)
	for _, c := range []struct {
		div   string
		day   date.Date
		title string // "" for no holiday
	}{
		{"england-and-wales", date.New(2024, 12, 25), "Christmas Day"},
		{"england-and-wales", date.New(2027, 12, 31), "Test bank holiday"},
		{"england-and-wales", date.New(2028, 12, 26), "Boxing Day"}, // kept: beyond the feed
		{"scotland", date.New(2026, 6, 15), ""},
		{"scotland", date.New(2028, 11, 30), "St Andrew’s Day"},
		{"northern-ireland", date.New(2027, 7, 12), "Battle of the Boyne"},
		{"northern-ireland", date.New(2028, 7, 12), "Battle of the Boyne (Orangemen’s Day)"},
		{"united-states", date.New(2027, 7, 5), "Independence Day"}, // not refreshed, kept
	} {
		if got, _ := h.Holiday(c.div, c.day); got != c.title {
			t.Errorf("%s %s: %q, want %q", c.div, c.day, got, c.title)
		}
	}
	// The file keeps its layout: divisions in the given order, then the
	// others by name, one-space indents, no escaped apostrophes, so a
	// refresh gives a readable diff.
	data := string(u.Data)
	wantStart := "{\n \"england-and-wales\": {\n  \"division\": \"england-and-wales\",\n  \"events\": [\n   {\n    \"title\": \"Christmas Day\",\n    \"date\": \"2024-12-25\",\n"
	if !strings.HasPrefix(data, wantStart) {
		t.Errorf("the file starts\n%s\nwant\n%s", data[:min(len(data), len(wantStart))], wantStart)
	}
	at := func(div string) int { return strings.Index(data, "\n \""+div+"\": {") }
	if order := []int{at("england-and-wales"), at("scotland"), at("northern-ireland"), at("united-states")}; order[0] < 0 || !slices.IsSorted(order) {
		t.Errorf("divisions out of order: at %v", order)
	}
	if !strings.Contains(data, "St Andrew’s Day") {
		t.Errorf("apostrophes were escaped")
	}

	// Refreshing the new file from the same feed changes nothing.
	again, err := ukRefresh(url).Run(context.Background(), file, u.Data)
	if err != nil || !bytes.Equal(again.Data, u.Data) || len(again.Changes) > 0 {
		t.Errorf("second refresh: %v, changes %q, same data %v", err, again.Changes, bytes.Equal(again.Data, u.Data))
	}
}

// TestHolidayRefreshSameData serves the real file back: it is already up
// to date, which also shows that the file's layout is the one written.
func TestHolidayRefreshSameData(t *testing.T) {
	t.Parallel()
	old, _ := servicestest.RealHolidays(t)
	url := servicestest.ServeFeedBody(t, http.StatusOK, servicestest.GOVUKFeed(t, nil))
	r := ukRefresh(url)
	r.Order = append(slices.Clone(ukDivisions), "united-states")
	u, err := r.Run(context.Background(), file, old)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(u.Data, old) || len(u.Changes) > 0 {
		t.Errorf("the real file is not up to date with itself: changes %q", u.Changes)
	}
}

// TestHolidayRefreshRules: a division with rules gets the dates the rules
// give from last year to Years ahead, after the events of earlier years.
func TestHolidayRefreshRules(t *testing.T) {
	t.Parallel()
	old, _ := servicestest.RealHolidays(t)
	rules := &services.HolidayRules{
		Weekend: services.WeekendNearest,
		Days: []services.HolidayRule{
			{Title: "Independence Day", On: "July 4"},
			{Title: "Christmas Day", On: "December 25"},
		},
	}
	r := services.HolidayRefresh{
		Sources: []services.HolidaySource{{Divisions: []string{"united-states"}, Rules: map[string]*services.HolidayRules{"united-states": rules}}},
		Today:   date.New(2026, 6, 1),
		Years:   5,
	}
	u, err := r.Run(context.Background(), file, old)
	if err != nil {
		t.Fatal(err)
	}
	f, err := services.ParseFeed(u.Data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range f["united-states"].Events {
		if ev.Date.Year() >= 2025 {
			got = append(got, ev.Date.String()+" "+ev.Title)
		}
	}
	want := []string{
		"2025-07-04 Independence Day", "2025-12-25 Christmas Day",
		"2026-07-03 Independence Day", "2026-12-25 Christmas Day",
		"2027-07-05 Independence Day", "2027-12-24 Christmas Day",
		"2028-07-04 Independence Day", "2028-12-25 Christmas Day",
		"2029-07-04 Independence Day", "2029-12-25 Christmas Day",
		"2030-07-04 Independence Day", "2030-12-25 Christmas Day",
		"2031-07-04 Independence Day", "2031-12-25 Christmas Day",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("united-states (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"the rules in jurisdictions.yaml"}, u.From); diff != "" {
		t.Errorf("from (-want +got):\n%s", diff)
	}
	if _, old := servicestest.RealHolidays(t); !cmp.Equal(f["scotland"], old["scotland"]) {
		t.Error("a division not refreshed changed")
	}
}

func TestHolidayRefreshErrors(t *testing.T) {
	t.Parallel()
	old, _ := servicestest.RealHolidays(t)
	missingScotland := servicestest.GOVUKFeed(t, func(f services.Feed) { delete(f, "scotland") })
	only2027 := servicestest.GOVUKFeed(t, func(f services.Feed) {
		for div, d := range f {
			d.Events = slices.DeleteFunc(d.Events, func(e services.FeedEvent) bool { return e.Date.Year() < 2027 })
			f[div] = d
		}
	})
	tests := []struct {
		name   string
		status int
		body   []byte
		want   string // URL stands for the feed's address, FILE for the file's name
	}{
		{"bad JSON", http.StatusOK, []byte("<html>Service unavailable</html>"),
			"URL: holidays: invalid character '<' looking for beginning of value"},
		{"cut short", http.StatusOK, servicestest.GOVUKFeed(t, nil)[:500],
			"URL: holidays: unexpected end of JSON input"},
		{"missing division", http.StatusOK, missingScotland,
			`URL: division "scotland" is missing`},
		{"server error", http.StatusInternalServerError, []byte("oops"),
			"GET URL: 500 Internal Server Error"},
		{"not found", http.StatusNotFound, nil,
			"GET URL: 404 Not Found"},
		{"too large", http.StatusOK, bytes.Repeat([]byte(" "), 1<<20+1),
			"GET URL: the feed is larger than 1048576 bytes"},
		{"fewer years", http.StatusOK, only2027,
			"refusing to write: england-and-wales would cover 2 years (2027 to 2028), but FILE covers 4 (2025 to 2028); use -force to write anyway"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			url := servicestest.ServeFeedBody(t, tt.status, tt.body)
			_, err := ukRefresh(url).Run(context.Background(), file, old)
			want := strings.NewReplacer("URL", url, "FILE", file).Replace(tt.want)
			if err == nil || err.Error() != want {
				t.Errorf("error %v\nwant %s", err, want)
			}
		})
	}
}

func TestHolidayRefreshCurrentBroken(t *testing.T) {
	t.Parallel()
	url := servicestest.ServeFeedBody(t, http.StatusOK, servicestest.GOVUKFeed(t, nil))
	broken := []byte(`{"england-and-wales":{}}`)
	_, err := ukRefresh(url).Run(context.Background(), file, broken)
	if want := file + `: holidays: division "england-and-wales" is labelled ""; use -force to replace it`; err == nil || err.Error() != want {
		t.Errorf("error %v\nwant %s", err, want)
	}

	// -force replaces it with the feed.
	r := ukRefresh(url)
	r.Force = true
	u, err := r.Run(context.Background(), file, broken)
	if err != nil {
		t.Fatal(err)
	}
	got, err := services.ParseFeed(u.Data)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := services.ParseFeed(servicestest.GOVUKFeed(t, nil))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("-force over a broken file (-want +got):\n%s", diff)
	}
}

func TestHolidayRefreshForce(t *testing.T) {
	t.Parallel()
	old, _ := servicestest.RealHolidays(t)
	url := servicestest.ServeFeedBody(t, http.StatusOK, servicestest.GOVUKFeed(t, func(f services.Feed) {
		for div, d := range f {
			d.Events = slices.DeleteFunc(d.Events, func(e services.FeedEvent) bool { return e.Date.Year() < 2027 })
			f[div] = d
		}
	}))
	r := ukRefresh(url)
	r.Force = true
	u, err := r.Run(context.Background(), file, old)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(u.Changes, "- scotland 2026-11-30 St Andrew’s Day") {
		t.Errorf("changes do not list the removed 2026 holidays:\n%s", strings.Join(u.Changes, "\n"))
	}
	f, err := services.ParseFeed(u.Data)
	if err != nil {
		t.Fatal(err)
	}
	for _, div := range ukDivisions {
		evs := f[div].Events
		if first, last := evs[0].Date, evs[len(evs)-1].Date; first.Year() != 2027 || last.Year() != 2028 {
			t.Errorf("%s covers %s to %s, want 2027 to 2028", div, first, last)
		}
	}
}

func TestHolidayRefreshTimeout(t *testing.T) {
	t.Parallel()
	old, _ := servicestest.RealHolidays(t)
	url := servicestest.ServeFeed(t, func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // never answer; return once the client gives up
	})
	r := ukRefresh(url)
	r.Timeout = 50 * time.Millisecond
	if _, err := r.Run(context.Background(), file, old); err == nil || !strings.Contains(err.Error(), "context deadline exceeded") {
		t.Errorf("error %v; want a deadline error", err)
	}
}

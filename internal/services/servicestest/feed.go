// Package servicestest gives tests of the bank-holiday feed what they
// share: the real holidays, GOV.UK's feed made from them, and a server
// that answers as the feed's host would.
package servicestest

import (
	"encoding/json"
	"io/fs"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"

	"firststeps/content"
	"firststeps/internal/services"
)

// UKDivisions are the divisions the GOV.UK feed gives, as content names
// them.
var UKDivisions = []string{"england-and-wales", "scotland", "northern-ireland"}

// RealHolidays returns the embedded content's holidays.json and its parsed
// feed.
func RealHolidays(t testing.TB) ([]byte, services.Feed) {
	t.Helper()
	src, err := fs.ReadFile(content.FS(), "holidays.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := services.ParseFeed(src)
	if err != nil {
		t.Fatal(err)
	}
	return src, f
}

// GOVUKFeed returns the real holidays of GOV.UK's divisions up to the end
// of 2027, changed by edit, as GOV.UK serves them: on one line. The real
// file also holds other jurisdictions' holidays, written from their rules;
// GOV.UK's feed holds the UK's divisions only.
func GOVUKFeed(t testing.TB, edit func(services.Feed)) []byte {
	t.Helper()
	_, f := RealHolidays(t)
	maps.DeleteFunc(f, func(div string, _ services.FeedDivision) bool { return !slices.Contains(UKDivisions, div) })
	for div, d := range f {
		d.Events = slices.DeleteFunc(d.Events, func(e services.FeedEvent) bool { return e.Date.Year() > 2027 })
		f[div] = d
	}
	if edit != nil {
		edit(f)
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// ServeFeed starts a server, closed when the test ends, that answers every
// request with h, and returns the feed's address on it.
func ServeFeed(t testing.TB, h http.HandlerFunc) string {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL + "/bank-holidays.json"
}

// ServeFeedBody starts a server that answers every request with status
// and body, as JSON.
func ServeFeedBody(t testing.TB, status int, body []byte) string {
	t.Helper()
	return ServeFeed(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		w.Write(body)
	})
}

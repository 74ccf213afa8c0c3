package api_test

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"testing"
	"time"

	"firststeps/internal/web"
)

func TestServicesLiveState(t *testing.T) {
	lib := realLibrary(t)
	h := shared(t)
	for _, c := range []struct {
		query, nation string
		at            time.Time
	}{
		{"", "", tuesday11},
		{"?at=2026-12-25T12:00:00Z", "", time.Date(2026, 12, 25, 12, 0, 0, 0, time.UTC)},
		{"?jurisdiction=uk&nation=scotland&at=2027-01-02T09:30:00%2B01:00", "scotland", time.Date(2027, 1, 2, 8, 30, 0, 0, time.UTC)},
		{"?jurisdiction=uk&nation=northern-ireland&at=2027-03-17T20:00:00Z", "northern-ireland", time.Date(2027, 3, 17, 20, 0, 0, 0, time.UTC)},
	} {
		l := decode[serviceList](t, get(t, h, "/api/v1/services"+c.query))
		if l.Jurisdiction != "uk" || l.Nation != c.nation || !l.Live || l.Age != nil {
			t.Errorf("%s: %+v", c.query, l)
		}
		if at, err := time.Parse(time.RFC3339, l.At); err != nil || !at.Equal(c.at) {
			t.Errorf("%s: at %q, want %v", c.query, l.At, c.at)
		}
		var want []string
		for _, svc := range lib.Services.All() {
			if svc.Jurisdiction == "uk" && svc.ForNation(c.nation) {
				want = append(want, svc.ID)
			}
		}
		var got []string
		for _, s := range l.Services {
			got = append(got, s.ID)
			svc, _ := lib.Services.Get(s.ID)
			cal, f := lib.Calendar(svc), lib.Format(svc)
			for _, cd := range s.Contacts {
				ct, ok := svc.Contact(cd.ID)
				if !ok || !ct.ForNation(c.nation) {
					t.Errorf("%s: %s/%s is not a contact for %q", c.query, s.ID, cd.ID, c.nation)
					continue
				}
				if !ct.Live() {
					if cd.Status != nil || cd.Live {
						t.Errorf("%s: %s/%s answers later, yet has a status", c.query, s.ID, cd.ID)
					}
					continue
				}
				st := ct.ParsedHours().At(c.at, cal, lib.ContactDivision(svc, ct, c.nation))
				if cd.Status == nil || cd.Status.Open != st.Open || cd.Status.Text != st.Text(c.at, f) || cd.Status.Zone != cal.Loc.String() {
					t.Errorf("%s: %s/%s status %+v, want open %v %q", c.query, s.ID, cd.ID, cd.Status, st.Open, st.Text(c.at, f))
				}
				if cd.Hours != ct.ParsedHours().Summary(f) {
					t.Errorf("%s: %s/%s hours %q", c.query, s.ID, cd.ID, cd.Hours)
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: services %v, want %v", c.query, got, want)
		}
	}
}

func TestServicesForAnAge(t *testing.T) {
	h := shared(t)
	for _, age := range []int{0, 12, 17, 18, 25} {
		l := decode[serviceList](t, get(t, h, "/api/v1/services?age="+strconv.Itoa(age)))
		if l.Age == nil || *l.Age != age || len(l.Services) == 0 {
			t.Fatalf("age %d: %+v", age, l)
		}
		for _, s := range l.Services {
			if age < s.Ages.Min || s.Ages.Max > 0 && age > s.Ages.Max {
				t.Errorf("age %d: %s is for %d to %d", age, s.ID, s.Ages.Min, s.Ages.Max)
			}
		}
	}
	adult := decode[serviceList](t, get(t, h, "/api/v1/services?age=30"))
	child := decode[serviceList](t, get(t, h, "/api/v1/services?age=14"))
	if has(adult.Services, "childline") || !has(child.Services, "childline") || has(child.Services, "revenge-porn-helpline") {
		t.Error("Childline is for under-19s, the Revenge Porn Helpline for adults")
	}
}

func has(svcs []service, id string) bool {
	return slices.ContainsFunc(svcs, func(s service) bool { return s.ID == id })
}

func TestServicesFileAndJurisdictions(t *testing.T) {
	h := shared(t)
	a := get(t, h, "/api/v1/services/us.json")
	b := get(t, h, "/api/v1/services?jurisdiction=us")
	if a.Code != 200 || a.Body.String() != b.Body.String() {
		t.Errorf("/api/v1/services/us.json (%d) differs from ?jurisdiction=us", a.Code)
	}
	l := decode[serviceList](t, a)
	if l.Jurisdiction != "us" || len(l.Services) == 0 {
		t.Errorf("%+v", l)
	}
	// Within a minute the answer is the same bytes, with one ETag.
	clock := tuesday11.Add(5 * time.Second)
	s := server(t, web.Config{Now: func() time.Time { return clock }})
	first := get(t, s, "/api/v1/services").Header().Get("ETag")
	clock = tuesday11.Add(50 * time.Second)
	if second := get(t, s, "/api/v1/services").Header().Get("ETag"); second != first {
		t.Errorf("ETag changed within the minute: %s, %s", first, second)
	}
}

func TestServicesErrors(t *testing.T) {
	h := shared(t)
	cases := []struct {
		name, method, path string
		status             int
		code               string
	}{
		{"bad at", "GET", "/api/v1/services?at=tomorrow", 400, "bad_at"},
		{"at without a zone", "GET", "/api/v1/services?at=2026-12-24T17:00:00", 400, "bad_at"},
		{"bad age", "GET", "/api/v1/services?age=fifteen", 400, "bad_age"},
		{"negative age", "GET", "/api/v1/services?age=-1", 400, "bad_age"},
		{"age too great", "GET", "/api/v1/services?age=200", 400, "bad_age"},
		{"bad nation", "GET", "/api/v1/services?nation=texas", 400, "bad_nation"},
		{"nation where there are none", "GET", "/api/v1/services/us.json?nation=wales", 400, "bad_nation"},
		{"unknown jurisdiction", "GET", "/api/v1/services?jurisdiction=fr", 404, "unknown_jurisdiction"},
		{"unknown jurisdiction file", "GET", "/api/v1/services/fr.json", 404, "unknown_jurisdiction"},
		{"file without .json", "GET", "/api/v1/services/uk", 404, "not_found"},
		{"POST", "POST", "/api/v1/services", 405, "method_not_allowed"},
		{"PUT file", "PUT", "/api/v1/services/uk.json", 405, "method_not_allowed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := errorCode(t, do(t, h, c.method, c.path, ""), c.status); got != c.code {
				t.Errorf("code %q, want %q", got, c.code)
			}
		})
	}
}

func TestServicesHead(t *testing.T) {
	h := shared(t)
	w := do(t, h, http.MethodHead, "/api/v1/services", "")
	if w.Code != 200 || w.Body.Len() != 0 || w.Header().Get("ETag") == "" || w.Header().Get("Content-Length") == "0" {
		t.Errorf("HEAD: %d, %d bytes, headers %v", w.Code, w.Body.Len(), w.Header())
	}
}

// TestServicesAtAnyInstant: any time RFC 3339 can write has live state,
// the first instant of year 1 (Go's zero time) and the last of 9999 too.
func TestServicesAtAnyInstant(t *testing.T) {
	h := shared(t)
	for _, at := range []string{"0001-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-12-24T17:00:00.123456789-23:59"} {
		l := decode[serviceList](t, get(t, h, "/api/v1/services?at="+url.QueryEscape(at)))
		if !l.Live || l.At == "" {
			t.Errorf("at %s: live %v, at %q", at, l.Live, l.At)
		}
		for _, s := range l.Services {
			for _, c := range s.Contacts {
				if c.Live && c.Status == nil {
					t.Errorf("at %s: %s/%s has no status", at, s.ID, c.ID)
				}
			}
		}
	}
}

package api_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// benchQueries are the route requests scripts/route.lua sends.
var benchQueries = []map[string]string{
	{"q": "my ex says hes gonna post my nudes"},
	{"q": "im 15 and a boy has my pics and wants more"},
	{"q": "someone has my nudes and wants 200 dollars on venmo"},
	{"q": "found an airtag in my car"},
	{"q": "got an email saying they recorded me through my webcam and want bitcoin", "audience": "adult", "nation": "wales"},
	{"q": "my son is being blackmailed over a video call", "audience": "helping"},
	{"q": "met a girl on insta, we moved to snap and she wanted to video call. things got sexual and i did stuff on camera. now shes sent me a screenshot of my followers and says 500 quid or everyone sees the video i blocked her but now theres a new account messaging me the same thing. im 22 and live with my parents, my dad is on facebook. i keep refreshing to see if its been posted i had a job interview tomorrow as well and now i cant even think about it. its 1am. do i just ignore it or do i need to do something before they post"},
	{"q": "my landlord wont give me my deposit back"},
}

// BenchmarkRoute measures POST /api/v1/route through the site's whole
// handler, over the queries of scripts/route.lua in turn.
func BenchmarkRoute(b *testing.B) {
	h := shared(b)
	var bodies []string
	for _, q := range benchQueries {
		j, _ := json.Marshal(q)
		bodies = append(bodies, string(j))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		r := httptest.NewRequest(http.MethodPost, "/api/v1/route", strings.NewReader(bodies[i%len(bodies)]))
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			b.Fatalf("status %d", w.Code)
		}
		i++
	}
}

// BenchmarkRouteEach measures each query of scripts/route.lua alone.
func BenchmarkRouteEach(b *testing.B) {
	h := shared(b)
	for i, q := range benchQueries {
		j, _ := json.Marshal(q)
		b.Run(string(rune('a'+i)), func(b *testing.B) {
			for b.Loop() {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/api/v1/route", strings.NewReader(string(j))))
			}
		})
	}
}

// BenchmarkGuideView measures a guide's answer for a chosen view, which
// is made for each request.
func BenchmarkGuideView(b *testing.B) {
	lib := realLibrary(b)
	h := shared(b)
	i := 0
	for b.Loop() {
		g := lib.Guides[i%len(lib.Guides)]
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/api/v1/guides/"+g.ID+"?audience=adult&nation=wales", nil))
		if w.Code != http.StatusOK {
			b.Fatalf("status %d", w.Code)
		}
		i++
	}
}

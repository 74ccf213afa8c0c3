package api_test

import (
	"math"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"firststeps/internal/library"
	"firststeps/internal/routes"
	"firststeps/internal/search"
)

func TestRouteGetAndPostAgree(t *testing.T) {
	h := shared(t)
	q := "im 15 and a boy has my pics"
	g := get(t, h, "/api/v1/route?q="+url.QueryEscape(q))
	p := postJSON(t, h, "/api/v1/route", map[string]string{"q": q})
	if g.Code != http.StatusOK || p.Code != http.StatusOK {
		t.Fatalf("GET %d, POST %d", g.Code, p.Code)
	}
	if g.Body.String() != p.Body.String() {
		t.Errorf("GET and POST answer differently:\n%s\n%s", g.Body, p.Body)
	}
	for _, w := range []*http.Response{g.Result(), p.Result()} {
		if cc := w.Header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("%s: Cache-Control %q: an answer made from what a person wrote must not be kept", w.Request.Method, cc)
		}
	}
	if strings.Contains(g.Body.String(), "boy has my pics") {
		t.Error("the answer repeats the words")
	}
}

func TestRouteAnswer(t *testing.T) {
	lib := realLibrary(t)
	h := shared(t)
	a := decode[routeAnswer](t, postJSON(t, h, "/api/v1/route", map[string]string{"q": "im 15 and a boy has my pics"}))
	if a.Jurisdiction != "uk" || a.Moved || !a.Confident || a.Asker != "under-18" {
		t.Errorf("jurisdiction %q, moved %v, confident %v, asker %q", a.Jurisdiction, a.Moved, a.Confident, a.Asker)
	}
	if len(a.Results) == 0 || len(a.Results) > 5 || a.Results[0].ID != "uk/under-18" {
		t.Fatalf("results %+v", a.Results)
	}
	for i, r := range a.Results {
		if r.Score != math.Round(r.Score*1000)/1000 {
			t.Errorf("score %v is not rounded to 3 places", r.Score)
		}
		if i > 0 && r.Score > a.Results[i-1].Score {
			t.Errorf("results are not best first: %+v", a.Results)
		}
		if r.APIURL != "/api/v1/guides/"+r.ID {
			t.Errorf("%s: api_url %q", r.ID, r.APIURL)
		}
	}
	// The words say an under-18 is asking: the routes, and the pages the
	// results link to, are those for under-18s, as on the site.
	if a.View != (view{Audience: "under-18"}) {
		t.Errorf("view %+v", a.View)
	}
	tok := routes.View{Audience: routes.Under18}.Token(lib.Nations("uk"))
	if u := a.Results[0].URL; !strings.HasPrefix(u, "https://example.org/") || !strings.HasSuffix(u, "?v="+tok) {
		t.Errorf("url %q, want the site's address for under-18s", u)
	}
	cue := findCue(t, lib, "under-18")
	label, msg := cue.Text("uk")
	if len(a.Cues) == 0 || a.Cues[0].ID != "under-18" || a.Cues[0].Label != label || a.Cues[0].Message != msg {
		t.Fatalf("cues %+v", a.Cues)
	}
	checkRoutesNamed(t, a.Cues[0].Routes, a.Services)
	if !hasService(a.Cues[0].Routes, "childline") {
		t.Errorf("the under-18 cue does not show Childline first: %+v", a.Cues[0].Routes)
	}
}

func TestRouteViewAsked(t *testing.T) {
	h := shared(t)
	a := decode[routeAnswer](t, get(t, h, "/api/v1/route?q="+url.QueryEscape("my ex says he will post my nudes unless i get back with him")+"&audience=adult&nation=scotland"))
	if a.View != (view{"adult", "scotland"}) {
		t.Errorf("view %+v, want the one asked for", a.View)
	}
	if !slices.ContainsFunc(a.Cues, func(c struct {
		ID, Label, Message string
		Routes             []role
	}) bool {
		return c.ID == "partner"
	}) {
		t.Fatalf("no partner cue: %+v", a.Cues)
	}
	for _, s := range a.Services {
		if len(s.Nations) > 0 && !slices.Contains(s.Nations, "scotland") {
			t.Errorf("%s serves %v, not Scotland, yet is shown", s.ID, s.Nations)
		}
		if s.Ages.Max > 0 && s.Ages.Max < 18 {
			t.Errorf("%s is for under-18s only, yet is shown to an adult", s.ID)
		}
	}
	if !hasService(a.Cues[0].Routes, "scotland-domestic-abuse-helpline") {
		t.Errorf("Scotland's helpline is not among the routes: %+v", a.Cues)
	}
}

func TestRouteAnsweredWhereTheWordsPlaceThem(t *testing.T) {
	lib := realLibrary(t)
	h := shared(t)
	a := decode[routeAnswer](t, postJSON(t, h, "/api/v1/route", map[string]string{
		"q": "someone has my nudes and wants 200 dollars on venmo", "jurisdiction": "uk", "nation": "wales",
	}))
	if a.Jurisdiction != "us" || !a.Moved {
		t.Fatalf("answered in %q (moved %v), want us", a.Jurisdiction, a.Moved)
	}
	if a.View.Nation != "" {
		t.Errorf("nation %q kept, but it is not a nation of the US", a.View.Nation)
	}
	for _, r := range a.Results {
		if !strings.HasPrefix(r.ID, "us/") {
			t.Errorf("result %s is not a US guide", r.ID)
		}
	}
	for _, c := range a.Cues {
		cue := findCue(t, lib, c.ID)
		if label, _ := cue.Text("us"); c.Label != label {
			t.Errorf("cue %s: label %q, want the US one %q", c.ID, c.Label, label)
		}
	}
	// Words that name no place stay where they were asked.
	b := decode[routeAnswer](t, postJSON(t, h, "/api/v1/route", map[string]string{"q": "someone has my nudes and wants money", "jurisdiction": "us"}))
	if b.Jurisdiction != "us" || b.Moved {
		t.Errorf("answered in %q (moved %v), want us", b.Jurisdiction, b.Moved)
	}
}

func TestRouteErrors(t *testing.T) {
	h := shared(t)
	long := strings.Repeat("help ", 4000) // 20,000 bytes: more than the site's search form takes
	cases := []struct {
		name, method, path, body string
		status                   int
		code                     string
	}{
		{"no q", "GET", "/api/v1/route", "", 400, "bad_q"},
		{"blank q", "GET", "/api/v1/route?q=+++", "", 400, "bad_q"},
		{"blank q posted", "POST", "/api/v1/route", `{"q":" "}`, 400, "bad_q"},
		{"bad audience", "GET", "/api/v1/route?q=quokka&audience=teen", "", 400, "bad_audience"},
		{"bad audience posted", "POST", "/api/v1/route", `{"q":"quokka","audience":"teen"}`, 400, "bad_audience"},
		{"bad nation", "GET", "/api/v1/route?q=quokka&nation=texas", "", 400, "bad_nation"},
		{"nation where there are none", "POST", "/api/v1/route", `{"q":"quokka","jurisdiction":"us","nation":"england"}`, 400, "bad_nation"},
		{"unknown jurisdiction", "GET", "/api/v1/route?q=quokka&jurisdiction=fr", "", 404, "unknown_jurisdiction"},
		{"unknown jurisdiction posted", "POST", "/api/v1/route", `{"q":"quokka","jurisdiction":"UK"}`, 404, "unknown_jurisdiction"},
		{"too long", "GET", "/api/v1/route?q=" + url.QueryEscape(long), "", 413, "too_long"},
		{"too long posted", "POST", "/api/v1/route", `{"q":"` + long + `"}`, 413, "too_long"},
		{"not JSON", "POST", "/api/v1/route", `q=quokka`, 400, "bad_body"},
		{"empty body", "POST", "/api/v1/route", ``, 400, "bad_body"},
		{"unknown field", "POST", "/api/v1/route", `{"q":"quokka","age":15}`, 400, "bad_body"},
		{"not a string", "POST", "/api/v1/route", `{"q":15}`, 400, "bad_body"},
		{"two objects", "POST", "/api/v1/route", `{"q":"quokka"}{"q":"more"}`, 400, "bad_body"},
		{"a list", "POST", "/api/v1/route", `["help"]`, 400, "bad_body"},
		{"PUT", "PUT", "/api/v1/route", `{"q":"quokka"}`, 405, "method_not_allowed"},
		{"DELETE", "DELETE", "/api/v1/route", ``, 405, "method_not_allowed"},
		{"PATCH", "PATCH", "/api/v1/route", `{"q":"quokka"}`, 405, "method_not_allowed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := do(t, h, c.method, c.path, c.body, "Content-Type", "application/json")
			if got := errorCode(t, w, c.status); got != c.code {
				t.Errorf("code %q, want %q", got, c.code)
			}
			if c.status == 405 && w.Header().Get("Allow") != "GET, HEAD, POST, OPTIONS" {
				t.Errorf("Allow %q", w.Header().Get("Allow"))
			}
			if strings.Contains(w.Body.String(), "quokka") || strings.Contains(w.Body.String(), "teen") || strings.Contains(w.Body.String(), "texas") {
				t.Errorf("the error repeats what was sent: %s", w.Body)
			}
		})
	}
}

// TestRouteCutsAsTheSiteDoes: text within the limit but longer than search
// reads is cut, not refused.
func TestRouteCutsAsTheSiteDoes(t *testing.T) {
	h := shared(t)
	q := "my ex is threatening to post my nudes " + strings.Repeat("and I am so scared ", 200)
	a := decode[routeAnswer](t, postJSON(t, h, "/api/v1/route", map[string]string{"q": q}))
	if len(a.Results) == 0 {
		t.Error("no results for long text")
	}
}

func findCue(t *testing.T, lib *library.Library, id string) *library.Cue {
	t.Helper()
	for _, c := range lib.Cues {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("no cue %q", id)
	return nil
}

func hasService(roles []role, id string) bool {
	for _, r := range roles {
		for _, it := range r.Items {
			if slices.Contains(it.Services, id) {
				return true
			}
		}
	}
	return false
}

// checkRoutesNamed checks that every service the roles name is described
// in services, once.
func checkRoutesNamed(t *testing.T, roles []role, svcs []service) {
	t.Helper()
	seen := map[string]int{}
	for _, s := range svcs {
		seen[s.ID]++
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("service %s is described %d times", id, n)
		}
	}
	for _, r := range roles {
		for _, it := range r.Items {
			if len(it.Services) == 0 {
				t.Errorf("role %s has an item with no service", r.ID)
			}
			for _, id := range it.Services {
				if seen[id] == 0 {
					t.Errorf("role %s names %s, which is not described", r.ID, id)
				}
			}
		}
	}
}

// TestRouteConfident: the top guide is confident when the words are about
// the library's situations and match it well, and not for the everyday
// problems people also type; the flag, the asker and the ranking are the
// site's search's own.
func TestRouteConfident(t *testing.T) {
	lib := realLibrary(t)
	h := shared(t)
	ix := search.New(lib, "uk", search.DefaultParams)
	for _, c := range []struct {
		q         string
		confident bool
	}{
		{"my ex says hes gonna post my nudes", true},
		{"im 15 and a boy has my pics and wants more", true},
		{"found an airtag in my car", true},
		{"someone sent me a picture of his dick on the train", true},
		{"my bicycle was stolen from the garden", false},
		{"how do i renew my passport", false},
		{"my landlord wont give me my deposit back", false},
		{"boiler not working no hot water", false},
	} {
		a := decode[routeAnswer](t, postJSON(t, h, "/api/v1/route", map[string]string{"q": c.q}))
		res := ix.Search(c.q, 5)
		if a.Confident != c.confident || a.Confident != res.Confident {
			t.Errorf("%q: confident %v, want %v (search says %v)", c.q, a.Confident, c.confident, res.Confident)
		}
		if a.Asker != res.Asker {
			t.Errorf("%q: asker %q, search says %q", c.q, a.Asker, res.Asker)
		}
		var ids []string
		for _, r := range a.Results {
			ids = append(ids, r.ID)
		}
		var want []string
		for _, h := range res.Hits {
			want = append(want, h.Guide.ID)
		}
		if !slices.Equal(ids, want) {
			t.Errorf("%q: results %v, search ranks %v", c.q, ids, want)
		}
	}
}

// cueQueries set off every urgency cue, in each jurisdiction.
var cueQueries = []struct{ jurisdiction, q string }{
	{"uk", "im 15 and my boyfriend hits me and says he will post my nudes i want to kill myself"},
	{"uk", "he is outside my house right now and says he will kill me"},
	{"uk", "my ex is threatening to share our videos"},
	{"uk", "i am 14 and someone wants more pics"},
	{"uk", "i dont want to live anymore after the photos got out"},
	{"us", "im 16 and my ex boyfriend says he will post my nudes and i want to die"},
	{"us", "hes outside my apartment right now threatening to kill me"},
	{"us", "my ex husband shared my pics"},
}

var cueBanner = regexp.MustCompile(`(?s)<h2 id="cue-([a-z0-9-]+)">.*?<ul class="lines">(.*?)</ul>`)

// TestRouteCuesAsTheSiteShowsThem: each urgency cue comes with the
// services the site's results page shows under its banner for the same
// words, in the same order of cues.
func TestRouteCuesAsTheSiteShowsThem(t *testing.T) {
	lib := realLibrary(t)
	h := shared(t)
	seen := map[string]bool{}
	for _, c := range cueQueries {
		a := decode[routeAnswer](t, postJSON(t, h, "/api/v1/route", map[string]string{"q": c.q, "jurisdiction": c.jurisdiction}))
		path := "/search?q="
		if c.jurisdiction != lib.Jurisdictions[0].ID {
			path = "/" + c.jurisdiction + path
		}
		w := get(t, h, path+url.QueryEscape(c.q))
		if w.Code != http.StatusSeeOther {
			t.Fatalf("%s: search: %d", c.q, w.Code)
		}
		page := get(t, h, w.Header().Get("Location")).Body.String()
		banners := cueBanner.FindAllStringSubmatch(page, -1)
		if len(banners) != len(a.Cues) || len(a.Cues) == 0 {
			t.Fatalf("%q: %d cues, the page shows %d", c.q, len(a.Cues), len(banners))
		}
		for i, cue := range a.Cues {
			seen[a.Jurisdiction+" "+cue.ID] = true
			if banners[i][1] != cue.ID {
				t.Errorf("%q: cue %d is %s, the page shows %s", c.q, i, cue.ID, banners[i][1])
			}
			var onPage, inAPI []string
			for _, m := range dataS.FindAllStringSubmatch(banners[i][2], -1) {
				onPage = append(onPage, strings.Fields(m[1])...)
			}
			for _, r := range cue.Routes {
				for _, it := range r.Items {
					inAPI = append(inAPI, it.Services...)
				}
			}
			if a, p := set(inAPI), set(onPage); !slices.Equal(a, p) || len(a) == 0 {
				t.Errorf("%q: cue %s shows %v, the page %v", c.q, cue.ID, a, p)
			}
		}
		checkRoutesNamed(t, cueRoles(a), a.Services)
	}
	for _, j := range lib.Jurisdictions {
		for _, c := range lib.Cues {
			if !seen[j.ID+" "+c.ID] {
				t.Errorf("no query sets off cue %s in %s", c.ID, j.ID)
			}
		}
	}
}

func cueRoles(a routeAnswer) []role {
	var out []role
	for _, c := range a.Cues {
		out = append(out, c.Routes...)
	}
	return out
}

// TestRouteCuesForEveryView: for the audience and nation asked for, each
// cue's routes are its roles the pages show that view, in the cue's order,
// each with the services routes.Items chooses for it, in the helper's
// words for someone helping.
func TestRouteCuesForEveryView(t *testing.T) {
	lib := realLibrary(t)
	h := shared(t)
	for _, c := range cueQueries {
		nations := lib.Nations(c.jurisdiction)
		for _, v := range routes.Views(nations) {
			a := decode[routeAnswer](t, postJSON(t, h, "/api/v1/route", map[string]string{
				"q": c.q, "jurisdiction": c.jurisdiction, "audience": string(v.Audience), "nation": v.Nation,
			}))
			if a.Jurisdiction != c.jurisdiction {
				t.Fatalf("%q answered in %s", c.q, a.Jurisdiction)
			}
			if v.Audience != routes.Everyone && a.View != (view{string(v.Audience), v.Nation}) {
				t.Errorf("%q %+v: view %+v", c.q, v, a.View)
			}
			got := routes.View{Audience: routes.Audience(a.View.Audience), Nation: a.View.Nation}
			for _, cue := range a.Cues {
				lc := findCue(t, lib, cue.ID)
				var want []string
				for _, id := range lc.Routes {
					if r, ok := lib.Role(c.jurisdiction, id); ok && routes.Shown(r, got, nations) {
						want = append(want, id)
					}
				}
				var ids []string
				for _, r := range cue.Routes {
					ids = append(ids, r.ID)
					lr, _ := lib.Role(c.jurisdiction, r.ID)
					if got.Audience == routes.Helping && lr.HelpingLabel != "" && r.Label != lr.HelpingLabel {
						t.Errorf("%q %+v: role %s says %q to a helper", c.q, v, r.ID, r.Label)
					}
					var items [][]string
					for _, it := range routes.Items(lr, got, nations, lib.Services) {
						var svcs []string
						for _, s := range it.Services {
							svcs = append(svcs, s.ID)
						}
						items = append(items, svcs)
					}
					var apiItems [][]string
					for _, it := range r.Items {
						apiItems = append(apiItems, it.Services)
					}
					if !slices.EqualFunc(items, apiItems, slices.Equal) {
						t.Errorf("%q %+v: role %s shows %v, want %v", c.q, v, r.ID, apiItems, items)
					}
				}
				if !slices.Equal(ids, want) {
					t.Errorf("%q %+v: cue %s routes %v, want %v", c.q, v, cue.ID, ids, want)
				}
			}
			for _, s := range a.Services {
				if got.Nation != "" && len(s.Nations) > 0 && !slices.Contains(s.Nations, got.Nation) {
					t.Errorf("%q %+v: %s is for %v", c.q, v, s.ID, s.Nations)
				}
			}
		}
	}
}

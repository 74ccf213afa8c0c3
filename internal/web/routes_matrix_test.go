package web_test

import (
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"firststeps/internal/library"
	"firststeps/internal/routes"
	"firststeps/internal/web"
)

var shownRE = regexp.MustCompile(`data-s="([a-z0-9 -]+)"`)

// shownServices lists every service a page shows as a route: a card, a
// line, an alternative or a name in a step.
func shownServices(body string) map[string]bool {
	out := map[string]bool{}
	for _, m := range shownRE.FindAllStringSubmatch(body, -1) {
		for _, id := range strings.Fields(m[1]) {
			out[id] = true
		}
	}
	return out
}

// mentalHealthLine is each nation's urgent mental-health line.
var mentalHealthLine = map[string]string{
	"england":          "nhs-111-mental-health",
	"wales":            "nhs-111-wales",
	"scotland":         "nhs-24-mental-health",
	"northern-ireland": "lifeline",
}

// domesticAbuseLines is what a reader in each nation must be offered when a
// partner or ex is involved: a line for women and one for men (or one for
// everyone).
var domesticAbuseLines = map[string][]string{
	"england":          {"national-domestic-abuse-helpline", "mens-advice-line"},
	"wales":            {"live-fear-free", "mens-advice-line"},
	"scotland":         {"scotland-domestic-abuse-helpline"},
	"northern-ireland": {"ni-domestic-sexual-abuse-helpline"},
}

// TestRoutesMatrix renders every guide for every audience (18 or over,
// under 18, helping someone, would rather not say) and every nation (and
// none), and checks the routes each reader must see are there and the
// ones not for them are not, including every gap a caseworker found.
func TestRoutesMatrix(t *testing.T) {
	lib := realLibrary(t)
	clock := time.Date(2026, 12, 7, 11, 0, 0, 0, time.UTC)
	s, err := web.New(web.Config{Library: lib, Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	for _, g := range lib.Guides {
		j, _ := lib.Jurisdiction(g.Jurisdiction)
		nations := j.NationIDs()
		for _, v := range routes.Views(nations) {
			u := "/" + g.ID
			if tok := v.Token(nations); tok != "" {
				u += "?v=" + tok
			}
			w := get(t, h, u)
			if w.Code != http.StatusOK {
				t.Fatalf("%s: status %d", u, w.Code)
			}
			checkView(t, lib, g.Jurisdiction, g.ID, g.Routes, v, nations, w.Body.String())
		}
	}
}

func checkView(t *testing.T, lib *library.Library, jur, id string, named []string, v routes.View, nations []string, body string) {
	t.Helper()
	where := id + " for " + viewName(v)
	shown := shownServices(body)
	readers := v.Readers(nations)
	// Every service of every role the guide names reaches the page where
	// it is for someone the view reaches.
	for _, rid := range named {
		r, ok := lib.Role(jur, rid)
		if !ok {
			continue
		}
		for _, it := range routes.Items(r, v, nations, lib.Services) {
			for _, svc := range it.Services {
				if !shown[svc.ID] {
					t.Errorf("%s: route %q lacks %s", where, rid, svc.ID)
				}
			}
		}
	}
	// Nothing is shown to a view that reaches no one it is for, except
	// what a role for a child lists for the child a parent asks about.
	forChild := map[string]bool{}
	for _, rid := range named {
		if r, ok := lib.Role(jur, rid); ok && r.ForChild {
			for _, e := range r.Entries {
				for _, id := range e.IDs() {
					forChild[id] = true
				}
			}
		}
	}
	for sid := range shown {
		svc, ok := lib.Services.Get(sid)
		if !ok {
			t.Errorf("%s: shows unknown service %q", where, sid)
			continue
		}
		if forChild[sid] {
			continue
		}
		if !slices.ContainsFunc(readers, func(rd routes.Reader) bool { return routes.Fits(svc, rd) }) {
			t.Errorf("%s: shows %s, which is for none of its readers", where, sid)
		}
	}
	has := func(ids ...string) {
		t.Helper()
		for _, sid := range ids {
			if !shown[sid] {
				t.Errorf("%s: lacks %s", where, sid)
			}
		}
	}
	// Under-18s never get an adults-only route.
	if v.Audience == routes.Under18 {
		for sid := range shown {
			if svc, _ := lib.Services.Get(sid); svc != nil && svc.Ages.Min >= 18 {
				t.Errorf("%s: shows the adults-only %s to an under-18", where, sid)
			}
		}
	}
	switch jur {
	case "uk":
		checkUK(t, where, named, v, body, has)
	case "us":
		checkUS(t, where, named, v, body, has)
	default:
		t.Errorf("%s: no checks for jurisdiction %q", where, jur)
	}
}

// checkUK holds the UK's gaps a caseworker found.
func checkUK(t *testing.T, where string, named []string, v routes.View, body string, has func(...string)) {
	t.Helper()
	// Someone who might act on thoughts of ending their life gets an
	// ambulance and their nation's urgent mental-health line on every page.
	has("ambulance-999", "samaritans")
	if v.Nation != "" {
		has(mentalHealthLine[v.Nation])
	} else {
		has("nhs-111-mental-health", "nhs-111-wales", "nhs-24-mental-health", "lifeline")
	}
	// Under-18s get Childline and CEOP.
	if v.Audience == routes.Under18 {
		has("childline", "ceop")
	}
	if v.Audience != routes.Adult {
		has("childline")
	}
	// Adults with images involved get the Revenge Porn Helpline.
	if v.Audience == routes.Adult && slices.Contains(named, "remove-images") {
		has("revenge-porn-helpline", "stopncii")
	}
	// Where a partner or ex is involved: the line for the reader's nation,
	// for women and for men, and the warning about a watched device.
	if slices.Contains(named, "partner") {
		if v.Nation != "" {
			has(domesticAbuseLines[v.Nation]...)
		}
		if !strings.Contains(body, "think before you change passwords") {
			t.Errorf("%s: the partner route lacks the safe-device warning", where)
		}
	}
}

// checkUS holds the same needs for US readers: 911 and 988 on every page
// (never the police for a crisis), NCMEC and Take It Down for anyone who
// may be under 18, and the hotline where a partner or ex is involved.
func checkUS(t *testing.T, where string, named []string, v routes.View, body string, has func(...string)) {
	t.Helper()
	has("us-911", "us-911-ambulance", "us-988")
	if v.Audience != routes.Adult {
		has("ncmec-cybertipline", "us-take-it-down")
	}
	if v.Audience == routes.Adult && slices.Contains(named, "remove-images") {
		has("us-stopncii", "ccri")
	}
	if slices.Contains(named, "partner") {
		has("us-dv-hotline")
		if !strings.Contains(body, "think before you change passwords") {
			t.Errorf("%s: the partner route lacks the safe-device warning", where)
		}
	}
}

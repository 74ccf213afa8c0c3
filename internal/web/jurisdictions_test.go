package web_test

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"firststeps/internal/guide"
	"firststeps/internal/web"
)

// TestJurisdictionPages: with the UK and the US, the root asks where the
// reader needs help and shows both emergency numbers; each jurisdiction has
// its own home, emergency page, services, questions and search, in its own
// language and with its own numbers; nothing of one leaks into the other.
func TestJurisdictionPages(t *testing.T) {
	lib := realLibrary(t)
	s, err := web.New(web.Config{Library: lib, Now: func() time.Time { return time.Date(2026, 12, 8, 15, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	root := get(t, h, "/").Body.String()
	for _, want := range []string{`<html lang="en"`, `href="/uk"`, `href="/us"`, `UK: call <a href="tel:999">999</a>`, `US: call <a href="tel:911">911</a>`} {
		if !strings.Contains(root, want) {
			t.Errorf("/ lacks %q", want)
		}
	}
	tests := []struct {
		path      string
		want, not []string
	}{
		{"/us", []string{`<html lang="en-US"`, `href="tel:911"`, `action="/us/search"`, `href="/us/start"`, `href="/us/services"`}, []string{"999", "Childline"}},
		{"/uk", []string{`<html lang="en-GB"`, `href="tel:999"`, `action="/search"`, `href="/start"`, "Not an emergency?"}, []string{"911"}},
		{"/us/emergency", []string{"In danger now: call 911", `href="tel:911"`}, []string{"999", "A&amp;E"}},
		{"/us/services", []string{"988", "own time zone, as shown", `href="/services"`}, []string{"Childline", "Samaritans"}},
		{"/services", []string{"Childline", "Times are UK time", `href="/us/services"`}, []string{"NCMEC"}},
		{"/us/start", []string{`action="/us/start"`}, nil},
		{"/us/staying-safe-on-this-device", []string{`<html lang="en-US"`, "everyone in the US", "Somewhere else:"}, []string{"Childline"}},
		{"/uk/staying-safe-on-this-device", []string{"everyone in the UK", "Somewhere else:"}, []string{"NCMEC"}},
		{"/uk/court-order", []string{`Somewhere else:</span> <a href="/us">`}, nil}, // no US twin: the US home
		{"/us/sextortion-money-demand", []string{"December 7, 2026", "FBI"}, []string{"7 December 2026", "999"}},
	}
	for _, tt := range tests {
		w := get(t, h, tt.path)
		if w.Code != http.StatusOK {
			t.Errorf("%s: status %d", tt.path, w.Code)
			continue
		}
		body := w.Body.String()
		for _, s := range tt.want {
			if !strings.Contains(body, s) {
				t.Errorf("%s lacks %q", tt.path, s)
			}
		}
		for _, s := range tt.not {
			if strings.Contains(body, s) {
				t.Errorf("%s shows %q", tt.path, s)
			}
		}
	}
	// Twins link each other (at their neutral addresses, for guides in
	// neutral categories).
	uk, _ := lib.Guide("uk/staying-safe-on-this-device")
	us, _ := lib.Guide("us/staying-safe-on-this-device")
	for _, pair := range [][2]*guide.Guide{{uk, us}, {us, uk}} {
		body := get(t, h, "/"+pair[0].ID).Body.String()
		m := elsewhereRE.FindStringSubmatch(body)
		if m == nil {
			t.Errorf("%s: no link to another country", pair[0].ID)
			continue
		}
		if twin := get(t, h, m[1]).Body.String(); !strings.Contains(twin, html.EscapeString(pair[1].Situation)) {
			t.Errorf("%s: 'Somewhere else' leads to %s, not its twin %s", pair[0].ID, m[1], pair[1].ID)
		}
	}
	// The three questions run in the jurisdiction they start in.
	w := post(t, h, "/us/start", url.Values{"danger": {"yes"}})
	if loc := w.Header().Get("Location"); w.Code != http.StatusSeeOther || loc != "/us/emergency" {
		t.Errorf("POST /us/start danger=yes: %d to %q, want 303 to /us/emergency", w.Code, loc)
	}
	w = post(t, h, "/us/start", url.Values{"danger": {"no"}})
	if loc := w.Header().Get("Location"); !strings.HasPrefix(loc, "/us/start/") {
		t.Errorf("POST /us/start danger=no: to %q, want a /us/start/ step", loc)
	}
}

var elsewhereRE = regexp.MustCompile(`Somewhere else:</span> <a href="([^"]+)"`)

// TestSearchFollowsPlace: words that say where a person is lead to that
// jurisdiction's pages; words that say nothing of place stay where the
// search was made.
func TestSearchFollowsPlace(t *testing.T) {
	h := newRealServer(t)
	tests := []struct {
		from, q, wantPrefix string
	}{
		{"/search", "someone online says they will send my pictures to my friends unless i pay", "/search/r/"},
		{"/us/search", "someone online says they will send my pictures to my friends unless i pay", "/us/search/r/"},
		{"/search", "he wants $500 on cash app or he posts my pics, should i call the fbi", "/us/search/r/"},
		{"/us/search", "he wants £200 or he sends the video to my mum, im in year 10", "/search/r/"},
		{"/search", "i live in the uk but he says the fbi will arrest me", "/search/r/"}, // both named equally: stays
	}
	for _, tt := range tests {
		w := post(t, h, tt.from, url.Values{"q": {tt.q}})
		loc := w.Header().Get("Location")
		if w.Code != http.StatusSeeOther || !strings.HasPrefix(loc, tt.wantPrefix) || strings.HasPrefix(tt.wantPrefix, "/search") && strings.HasPrefix(loc, "/us/") {
			t.Errorf("POST %s %q: %d to %q, want 303 to %s…", tt.from, tt.q, w.Code, loc, tt.wantPrefix)
			continue
		}
		body := get(t, h, loc).Body.String()
		moved := tt.wantPrefix != strings.TrimSuffix(tt.from, "search")+"search/r/"
		if got := strings.Contains(body, "Your words point to the"); got != moved {
			t.Errorf("%q from %s: says it moved = %v, want %v", tt.q, tt.from, got, moved)
		}
	}
}

func newRealServer(t *testing.T) http.Handler {
	t.Helper()
	s, err := web.New(web.Config{Library: realLibrary(t)})
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler()
}

// TestResultsSayWhatSetsThemApart: when search offers close situations,
// each says in one line the fact that sets it apart from the others.
func TestResultsSayWhatSetsThemApart(t *testing.T) {
	h := newRealServer(t)
	w := post(t, h, "/search", url.Values{"q": {"someone says they have a video of me and wants money"}})
	body := get(t, h, w.Header().Get("Location")).Body.String()
	for _, want := range []string{"Fits if they only say they have pictures, in an email or a link.", "Fits if you have already paid or sent more."} {
		if !strings.Contains(body, want) {
			t.Errorf("results lack %q", want)
		}
	}
	// One result alone needs no line.
	if n := strings.Count(body, "Fits if"); n >= strings.Count(body, `class="result"`) {
		t.Errorf("%d 'Fits if' lines for %d results: the guide with no fact of its own has one", n, strings.Count(body, `class="result"`))
	}
}

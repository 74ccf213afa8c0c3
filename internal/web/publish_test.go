package web_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"firststeps/internal/browsertest"
	"firststeps/internal/web"
)

func TestServerPublishing(t *testing.T) {
	h := realServer(t, nil)
	w := get(t, h, "/uk/sextortion")
	if w.Code != http.StatusMovedPermanently || w.Header().Get("Location") != "/uk/sextortion-money-demand" {
		t.Errorf("redirect: %d %q", w.Code, w.Header().Get("Location"))
	}
	if w := get(t, h, "/sitemap.xml"); w.Code != 200 || !strings.Contains(w.Body.String(), "<loc>/uk/under-18</loc>") || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/xml") {
		t.Errorf("sitemap: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	if w := get(t, h, "/robots.txt"); !strings.Contains(w.Body.String(), "Disallow: /start") {
		t.Errorf("robots.txt: %q", w.Body.String())
	}
	if w := get(t, h, "/start/no/under-18"); w.Code != http.StatusMovedPermanently || strings.Contains(w.Header().Get("Location"), "under-18") || !strings.HasPrefix(w.Header().Get("Location"), "/start/") {
		t.Errorf("an old flow address on the server: %d %q", w.Code, w.Header().Get("Location"))
	}
}

// TestBrowserStaticSite checks the static site's stand-ins in a browser:
// search in the page, with the urgency banners, and the questions as links.
func TestBrowserStaticSite(t *testing.T) {
	ctx := browsertest.New(t)
	lib := realLibrary(t)
	// Sentences of this library's own, so the page can only show them if
	// its script takes them from the page.
	uk := lib.Text("uk")
	uk.SearchNoMatch, uk.SearchUnsure = "Nothing here matched, in this library's words.", "Unsure, in this library's words."
	s, err := web.New(web.Config{Library: lib, Static: true, Now: func() time.Time { return monday11 }})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	reqs := browsertest.Record(t, ctx)
	words := "im 15 and someone says they will post my nudes"
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/search"), chromedp.WaitVisible("#q"), chromedp.SendKeys("#q", words), chromedp.Click(`form.search button[type=submit]`), chromedp.WaitVisible(".results")); err != nil {
		t.Fatal(err)
	}
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); loc != srv.URL+"/search" {
		t.Errorf("searching changed the address to %q", loc)
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int]("history.length")); n > 2 {
		t.Errorf("searching added %d history entries", n-2)
	}
	text, err := chromedp.Run(ctx, chromedp.Text("main"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The closest situations", "If you are under 18", "What to do if…"} {
		if !strings.Contains(text, want) {
			t.Errorf("static search lacks %q", want)
		}
	}
	for _, v := range browsertest.Axe(t, ctx) {
		t.Errorf("static search: %s", v)
	}
	// Words naming the other jurisdiction's places are answered there, as
	// the server answers them; close results say what sets each apart.
	words = "he says he'll send my nudes to my mom unless i venmo him 300 dollars"
	if err := chromedp.Do(ctx, chromedp.SetValue("#q", words), chromedp.Click(`form.search button[type=submit]`)); err != nil {
		t.Fatal(err)
	}
	for wait := 0; wait < 100 && !strings.Contains(text, "Your words point to the United States"); wait++ {
		time.Sleep(100 * time.Millisecond)
		text, _ = chromedp.Run(ctx, chromedp.Text("#search-results"))
	}
	if !strings.Contains(text, "Your words point to the United States") || !strings.Contains(text, "Fits if ") || !strings.Contains(text, "FBI") {
		t.Errorf("static search from a UK page with US words shows:\n%s", text)
	}
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); loc != srv.URL+"/search" {
		t.Errorf("searching changed the address to %q", loc)
	}
	// Words search is unsure of get the sentences the server's page says
	// (site.yaml), not the script's own.
	if err := chromedp.Do(ctx, chromedp.SetValue("#q", "how do i cook rice"), chromedp.Click(`form.search button[type=submit]`)); err != nil {
		t.Fatal(err)
	}
	text = ""
	for wait := 0; wait < 100 && !strings.Contains(text, "First steps for almost any situation"); wait++ {
		time.Sleep(100 * time.Millisecond)
		text, _ = chromedp.Run(ctx, chromedp.Text("#search-results"))
	}
	if !strings.Contains(text, string(uk.SearchNoMatch)) && !strings.Contains(text, string(uk.SearchUnsure)) {
		t.Errorf("static search unsure of its words shows:\n%s", text)
	}
	// Nothing of the words is kept: no storage, no cookie, no history.
	if kept, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`localStorage.length + " " + sessionStorage.length + " " + JSON.stringify(document.cookie) + " " + history.length`)); kept != `0 0 "" 2` {
		t.Errorf("after three searches, storage, cookie and history: %s, want 0 0 \"\" 2", kept)
	}
	if dbs, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`indexedDB.databases().then(d => d.length)`, chromedp.EvalAwaitPromise)); dbs != 0 {
		t.Errorf("searching made %d IndexedDB databases", dbs)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/start"), chromedp.Click(`a.answer[href^="/start/"]`)); err != nil {
		t.Fatal(err)
	}
	loc := waitLocation(t, ctx, srv.URL+"/start/")
	if strings.Contains(loc, "/no") {
		t.Errorf("the question's address %q names the answer", loc)
	}
	for _, v := range browsertest.Axe(t, ctx) {
		t.Errorf("static question: %s", v)
	}
	if off := reqs.Offsite(srv.URL); len(off) > 0 {
		t.Errorf("requests left the site: %v", off)
	}
}

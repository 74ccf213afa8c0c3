package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"firststeps/content"
	"firststeps/internal/browsertest"
	"firststeps/internal/library"
	"firststeps/internal/routes"
	"firststeps/internal/web"
)

// site starts the real server on the embedded content, with the quick exit
// pointing at a second local server standing in for the neutral site, so
// no test request leaves the machine.
func site(t *testing.T) (siteURL, neutralURL string, lib *library.Library) {
	t.Helper()
	neutral := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte("<!doctype html><title>Weather</title><p>Sunny spells.</p>"))
	}))
	t.Cleanup(neutral.Close)
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatalf("content: %v", probs)
	}
	s, err := web.New(web.Config{Library: lib, ExitURL: neutral.URL + "/weather", ReportEmail: "editors@example.org"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv.URL, neutral.URL, lib
}

// sitePaths lists the pages every browser check covers: home, the UK home,
// each category, every guide and a missing page.
func sitePaths(lib *library.Library) []string {
	paths := []string{"/", "/uk", "/uk/no-such-page", "/emergency", "/start", "/services", "/services?v=do", "/search?q=my+ex+is+threatening+to+post+my+nudes+and+im+15", "/search?q=bicycle"}
	for _, c := range lib.Categories {
		if len(lib.GuidesIn("uk", c.ID)) > 0 {
			paths = append(paths, "/uk/category/"+c.ID)
		}
	}
	for _, g := range lib.Guides {
		paths = append(paths, "/"+g.ID)
	}
	return paths
}

func TestBrowserAccessibilityAndPrivacy(t *testing.T) {
	ctx := browsertest.New(t, browsertest.Timeout(15*time.Minute))
	base, _, lib := site(t)
	reqs := browsertest.Record(t, ctx)
	for _, p := range sitePaths(lib) {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+p)); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, v := range browsertest.Axe(t, ctx) {
			t.Errorf("%s: %s", p, v)
		}
	}
	if off := reqs.Offsite(base); len(off) > 0 {
		t.Errorf("requests left the site: %v", off)
	}
	if len(reqs.URLs()) < len(sitePaths(lib)) {
		t.Errorf("recorded only %d requests for %d pages: the recorder is not working", len(reqs.URLs()), len(sitePaths(lib)))
	}
	cookies, err := browsertest.Cookies(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(cookies) > 0 {
		t.Errorf("cookies were set: %v", cookies)
	}
}

// location polls until the tab's URL starts with prefix.
func waitLocation(t *testing.T, ctx context.Context, prefix string) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err == nil && strings.HasPrefix(loc, prefix) {
			return loc
		}
		if time.Now().After(deadline) {
			t.Fatalf("location is %q, want %s…", loc, prefix)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// goBack presses the browser's Back. (chromedp's NavigateBack waits for a
// load event that a page restored from the back-forward cache never fires.)
func goBack(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void]("setTimeout(() => history.back(), 0)")); err != nil {
		t.Fatal(err)
	}
}

func TestBrowserQuickExit(t *testing.T) {
	base, neutral, lib := site(t)
	guide := base + "/" + lib.Guides[0].ID
	t.Run("shift three times", func(t *testing.T) {
		ctx := browsertest.New(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(guide), chromedp.WaitVisible(".exit")); err != nil {
			t.Fatal(err)
		}
		for range 2 {
			if err := browsertest.PressShift(ctx); err != nil {
				t.Fatal(err)
			}
		}
		status, err := chromedp.Run(ctx, chromedp.Text(".exit-status"))
		if want := strings.ReplaceAll(string(lib.Text(lib.Guides[0].Jurisdiction).ExitPressesLeft), "{count}", "1"); err != nil || status != want {
			t.Errorf("after two presses the status says %q (%v), want %q", status, err, want)
		}
		if err := browsertest.PressShift(ctx); err != nil {
			t.Fatal(err)
		}
		waitLocation(t, ctx, neutral)
		goBack(t, ctx)
		if loc := waitLocation(t, ctx, "about:blank"); strings.HasPrefix(loc, base) {
			t.Errorf("Back returned to the site: %s", loc)
		}
	})
	t.Run("button", func(t *testing.T) {
		ctx := browsertest.New(t)
		for _, u := range []string{base + "/", guide} {
			if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
				t.Fatal(err)
			}
		}
		if err := chromedp.Do(ctx, chromedp.Click(".exit")); err != nil {
			t.Fatal(err)
		}
		waitLocation(t, ctx, neutral)
		// Back goes to the page before the guide: the guide's own history
		// entry was replaced by the neutral site.
		goBack(t, ctx)
		if loc := waitLocation(t, ctx, base); loc != base+"/" {
			t.Errorf("Back went to %s, want the page before the guide (%s/)", loc, base)
		}
	})
	t.Run("without javascript", func(t *testing.T) {
		ctx := browsertest.New(t)
		if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(guide), chromedp.Click(".exit")); err != nil {
			t.Fatal(err)
		}
		waitLocation(t, ctx, neutral)
	})
}

func TestBrowserMobileLayout(t *testing.T) {
	ctx := browsertest.New(t)
	base, _, lib := site(t)
	for _, p := range []string{"/", "/" + lib.Guides[0].ID} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(320, 640), chromedp.Navigate(base+p)); err != nil {
			t.Fatal(err)
		}
		width, err := chromedp.Run(ctx, chromedp.Evaluate[int]("document.documentElement.scrollWidth"))
		if err != nil {
			t.Fatal(err)
		}
		if width > 320 {
			t.Errorf("%s scrolls sideways at 320px: content is %dpx wide", p, width)
		}
		name := "home-375"
		if p != "/" {
			name = "guide-375"
		}
		shot := browsertest.Screenshot(t, ctx, 375, name)
		t.Logf("screenshot: %s", shot)
	}
}

// tabTo presses Tab until the focused element matches selector.
func tabTo(t *testing.T, ctx context.Context, selector string) {
	t.Helper()
	for range 40 {
		if err := browsertest.PressTab(ctx, false); err != nil {
			t.Fatal(err)
		}
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.activeElement && document.activeElement.matches(`+strconvQuote(selector)+`)`))
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			return
		}
	}
	t.Fatalf("Tab never reached %s", selector)
}

func strconvQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

// TestBrowserFlowByKeyboard answers the three questions with the keyboard
// alone and checks each step with axe-core.
func TestBrowserFlowByKeyboard(t *testing.T) {
	ctx := browsertest.New(t)
	base, _, _ := site(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/start")); err != nil {
		t.Fatal(err)
	}
	// Each step: how many times to press the down arrow from the first
	// answer (0 = choose the first with Space).
	steps := []struct {
		question string
		down     int
	}{
		{"Are you in danger right now?", 1}, // No
		{"How old are you?", 0},             // Under 18
		{"What is happening?", 0},           // nude pictures
	}
	for _, st := range steps {
		h1, err := chromedp.Run(ctx, chromedp.Text("legend h1"))
		if err != nil || h1 != st.question {
			t.Fatalf("on %q, want %q (%v)", h1, st.question, err)
		}
		for _, v := range browsertest.Axe(t, ctx) {
			t.Errorf("%s: %s", st.question, v)
		}
		tabTo(t, ctx, "input[type=radio]")
		if st.down == 0 {
			if err := browsertest.PressKey(ctx, " ", "Space", 32); err != nil {
				t.Fatal(err)
			}
		}
		for range st.down {
			if err := browsertest.PressKey(ctx, "ArrowDown", "ArrowDown", 40); err != nil {
				t.Fatal(err)
			}
		}
		tabTo(t, ctx, "button[type=submit]")
		if err := browsertest.PressKey(ctx, "Enter", "Enter", 13); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.WaitReady("body")); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond) // let the navigation start
	}
	loc := waitLocation(t, ctx, base+"/g/")
	body, err := chromedp.Run(ctx, chromedp.Text("main"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(body, "Help shown for under 18") || !strings.Contains(body, "You are not in trouble") {
		t.Errorf("%s is not the page for an under-18", loc)
	}
	for _, v := range browsertest.Axe(t, ctx) {
		t.Errorf("%s: %s", loc, v)
	}
	// The error state: continue without choosing.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/start?danger=no&age=nonsense")); err != nil {
		t.Fatal(err)
	}
	for _, v := range browsertest.Axe(t, ctx) {
		t.Errorf("error state: %s", v)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/emergency")); err != nil {
		t.Fatal(err)
	}
	for _, v := range browsertest.Axe(t, ctx) {
		t.Errorf("/emergency: %s", v)
	}
}

// typingGap is how long a person takes per key when typing at an ordinary
// pace (about 70 words a minute).
const typingGap = 150 * time.Millisecond

// typeInto focuses the field and types text into it key by key.
func typeInto(t *testing.T, ctx context.Context, selector, text string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Focus(selector)); err != nil {
		t.Fatal(err)
	}
	if err := browsertest.Type(ctx, text, typingGap); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserQuickExitIgnoresTyping types ordinary sentences and
// passphrases, capitals and all, and checks the page stays where it is
// with every word kept; the quick exit still fires on Shift pressed three
// times in a row, and a key between presses starts the count again.
func TestBrowserQuickExitIgnoresTyping(t *testing.T) {
	base, neutral, _ := site(t)
	const sentence = "I told Mum. She said OK. Then Tom sent it to Amy!"
	t.Run("search box", func(t *testing.T) {
		ctx := browsertest.New(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/uk"), chromedp.WaitVisible("#q")); err != nil {
			t.Fatal(err)
		}
		typeInto(t, ctx, "#q", sentence)
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil || loc != base+"/uk" {
			t.Fatalf("after typing, the tab is at %q (%v), want the home page", loc, err)
		}
		if got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("q").value`)); got != sentence {
			t.Errorf("the search box holds %q, want %q", got, sentence)
		}
	})
	t.Run("record", func(t *testing.T) {
		ctx := browsertest.New(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-new")); err != nil {
			t.Fatal(err)
		}
		const pass = "Blue Horse Ate Grass"
		typeInto(t, ctx, "#rec-new", pass)
		if loc, _ := chromedp.Run(ctx, chromedp.Location()); loc != base+"/record" {
			t.Fatalf("typing the passphrase %q left the page for %s", pass, loc)
		}
		typeInto(t, ctx, "#rec-new2", pass)
		if err := chromedp.Do(ctx, chromedp.Click("#rec-create button"), chromedp.WaitVisible("#rec-what")); err != nil {
			t.Fatalf("a passphrase with capitals could not be typed: %v", err)
		}
		typeInto(t, ctx, "#rec-what", sentence)
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil || loc != base+"/record" {
			t.Fatalf("after typing an entry, the tab is at %q (%v), want /record", loc, err)
		}
		if got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("rec-what").value`)); got != sentence {
			t.Errorf("the entry holds %q, want %q", got, sentence)
		}
	})
	t.Run("another key between presses", func(t *testing.T) {
		ctx := browsertest.New(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/uk"), chromedp.WaitVisible("#q"), chromedp.Focus("#q")); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"shift", "shift", "a", "shift", "shift", "b", "shift"} {
			var err error
			if k == "shift" {
				err = browsertest.PressShift(ctx)
			} else {
				err = browsertest.Type(ctx, k, 0)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		// Three presses in a row after that still exit.
		if loc, _ := chromedp.Run(ctx, chromedp.Location()); loc != base+"/uk" {
			t.Fatalf("Shift pressed with other keys between left the page for %s", loc)
		}
		for range 3 {
			if err := browsertest.PressShift(ctx); err != nil {
				t.Fatal(err)
			}
		}
		waitLocation(t, ctx, neutral)
	})
}

// TestBrowserBackAfterExitShowsNothingTyped searches twice, leaves with the
// quick exit and presses Back: the page Back shows must hold none of the
// words searched for, in its address, its text or its fields.
func TestBrowserBackAfterExitShowsNothingTyped(t *testing.T) {
	base, neutral, _ := site(t)
	ctx := browsertest.New(t)
	words := []string{"nudes threatened lighthouse7731", "blackmail money harbour4410"}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/uk"), chromedp.WaitVisible("#q")); err != nil {
		t.Fatal(err)
	}
	for _, w := range words {
		if err := chromedp.Do(ctx, chromedp.SetValue("#q", w), chromedp.Submit("#q")); err != nil {
			t.Fatal(err)
		}
		waitLocation(t, ctx, base+"/search")
		if err := chromedp.Do(ctx, chromedp.WaitReady("footer")); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `location.search === ""`)
	}
	if err := chromedp.Do(ctx, chromedp.Click(".exit")); err != nil {
		t.Fatal(err)
	}
	waitLocation(t, ctx, neutral)
	goBack(t, ctx)
	loc := waitLocation(t, ctx, base)
	// chromedp's Poll loses a page restored from the back-forward cache, so
	// this waits with plain evaluations.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		ready, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.readyState === "complete" && !!document.querySelector("footer")`))
		if ready {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the page Back went to never finished loading")
		}
	}
	seen := loc + pageText(t, ctx)
	for _, marker := range []string{"lighthouse7731", "harbour4410"} {
		if strings.Contains(seen, marker) {
			t.Errorf("after the quick exit, Back shows %q (at %s)", marker, loc)
		}
	}
}

// TestBrowserRouteListsRead: a route named in a sentence lists its
// services with "or" between those the view shows, and the word is text,
// not drawn by the style sheet, so a text browser or a copied sentence
// keeps it. On every guide, in every audience's view and none: no list
// opens or ends with "or", none says it twice, and each has one fewer
// than the services it shows.
func TestBrowserRouteListsRead(t *testing.T) {
	ctx := browsertest.New(t, browsertest.Timeout(15*time.Minute))
	base, _, lib := site(t)
	type list struct {
		Text  string `json:"text"`
		Shown int    `json:"shown"`
		Seps  int    `json:"seps"`
	}
	const read = `[...document.querySelectorAll(".rr")].filter(e => e.offsetParent !== null).map(e => ({
		text: e.innerText,
		shown: [...e.children].filter(c => !c.hidden).length,
		seps: [...e.children].filter(c => !c.hidden && c.querySelector(":scope>.sep") && getComputedStyle(c.querySelector(":scope>.sep")).display !== "none").length,
	}))`
	lists := 0
	for _, g := range lib.GuidesOf("uk") {
		nations := lib.Nations("uk")
		for _, a := range routes.Audiences {
			path := "/" + g.ID
			if tok := (routes.View{Audience: a}).Token(nations); tok != "" {
				path += "?v=" + tok
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(base+path)); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			got := eval[[]list](t, ctx, read)
			for _, l := range got {
				lists++
				text := strings.Join(strings.Fields(l.Text), " ")
				if strings.HasPrefix(text, "or ") || strings.HasSuffix(text, " or") || strings.Contains(text, " or or ") {
					t.Errorf("%s: %q", path, text)
				}
				if l.Seps != l.Shown-1 {
					t.Errorf("%s: %q shows %d services with %d \"or\"", path, text, l.Shown, l.Seps)
				}
			}
		}
	}
	if lists < 50 {
		t.Errorf("only %d route lists read: the pages no longer name routes in sentences, or the test reads nothing", lists)
	}
}

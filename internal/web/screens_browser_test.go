package web_test

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"firststeps/internal/browsertest"
	"firststeps/internal/routes"
)

// Phone screen the budgets are measured on.
const phoneWidth, phoneHeight = 375, 812

// Screen budgets of a guide page: seen by one audience in one nation, and
// seen with nothing chosen (or only one of the two chosen).
const chosenBudget, unchosenBudget = 8.0, 12.0

// keyRoutesWithin is how many screens down the first route a reader most
// needs may start: for adults where images are involved (the guide names
// the remove-images route) its first service, the Revenge Porn Helpline in
// the UK; for under-18s every service of the jurisdiction's under-18 role,
// Childline and CEOP in the UK.
const keyRoutesWithin = 4.0

// TestBrowserScreenBudget measures every guide, in every view, on a phone
// screen (375×812): its height in screens, and how far down its key routes
// start. FIRSTSTEPS_SCREENS=FILE writes the whole table as TSV;
// FIRSTSTEPS_GUIDES=uk/a,uk/b measures only those guides.
func TestBrowserScreenBudget(t *testing.T) {
	ctx := browsertest.New(t, browsertest.Timeout(15*time.Minute))
	base, _, lib := site(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, phoneHeight)); err != nil {
		t.Fatal(err)
	}
	var tsv strings.Builder
	tsv.WriteString("guide\taudience\tnation\tscreens\tkey route at screen\n")
	only := os.Getenv("FIRSTSTEPS_GUIDES") // "uk/a,uk/b": measure only these
	for _, g := range lib.Guides {
		if only != "" && !slices.Contains(strings.Split(only, ","), g.ID) {
			continue
		}
		j, _ := lib.Jurisdiction(g.Jurisdiction)
		nations := j.NationIDs()
		images := slices.Contains(g.Routes, "remove-images")
		summary := map[routes.Audience][2]float64{}
		for _, v := range routes.Views(nations) {
			u := base + "/" + g.ID
			if tok := v.Token(nations); tok != "" {
				u += "?v=" + tok
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
				t.Fatal(err)
			}
			h, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollHeight`))
			if err != nil {
				t.Fatal(err)
			}
			screens := h / phoneHeight
			budget := unchosenBudget
			if v.Audience != routes.Everyone && (v.Nation != "" || len(nations) == 0) {
				budget = chosenBudget
			}
			if screens > budget {
				t.Errorf("%s for %s: %.1f screens at %dx%d, over the budget of %.0f", g.ID, viewName(v), screens, phoneWidth, phoneHeight, budget)
			}
			var key []string
			switch {
			case v.Audience == routes.Adult && images:
				if r, ok := lib.Role(g.Jurisdiction, "remove-images"); ok && len(r.Entries) > 0 {
					key = r.Entries[0].IDs()[:1]
				}
			case v.Audience == routes.Under18:
				if r, ok := lib.Role(g.Jurisdiction, "under-18"); ok {
					for _, e := range r.Entries {
						key = append(key, e.IDs()...)
					}
				}
			}
			worst := 0.0
			for _, id := range key {
				top, err := chromedp.Run(ctx, chromedp.Evaluate[float64](fmt.Sprintf(`(function(){var e=document.getElementById("svc-%s");return e?e.getBoundingClientRect().top+scrollY:-1})()`, id)))
				if err != nil {
					t.Fatal(err)
				}
				at := top / phoneHeight
				if top < 0 {
					t.Errorf("%s for %s: no card for %s", g.ID, viewName(v), id)
					continue
				}
				if at > keyRoutesWithin {
					t.Errorf("%s for %s: the %s card starts on screen %.1f, after the first %.0f", g.ID, viewName(v), id, at+1, keyRoutesWithin)
				}
				worst = math.Max(worst, at+1)
			}
			fmt.Fprintf(&tsv, "%s\t%s\t%s\t%.1f\t%.1f\n", g.ID, or(string(v.Audience), "not said"), or(v.Nation, "not chosen"), screens, worst)
			r := summary[v.Audience]
			if r[0] == 0 || screens < r[0] {
				r[0] = screens
			}
			r[1] = math.Max(r[1], screens)
			summary[v.Audience] = r
		}
		var parts []string
		for _, a := range routes.Audiences {
			r := summary[a]
			parts = append(parts, fmt.Sprintf("%s %.1f–%.1f", or(string(a), "not said"), r[0], r[1]))
		}
		t.Logf("%-38s %s", g.ID, strings.Join(parts, " | "))
	}
	if f := os.Getenv("FIRSTSTEPS_SCREENS"); f != "" {
		if err := os.WriteFile(f, []byte(tsv.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func viewName(v routes.View) string {
	return or(string(v.Audience), "no audience") + " in " + or(v.Nation, "no nation")
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

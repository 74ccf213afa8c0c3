package web_test

import (
	"net/http"
	"net/url"
	"regexp"
	"testing"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/web"
)

// budget is the most a page may weigh, compressed, with the CSS and
// JavaScript it loads: about what arrives in the first round trip.
const budget = 14 * 1024

var assetRE = regexp.MustCompile(`(?:href|src)="(/static/[^"]+)"`)

// TestPageWeightBudget checks every page the server renders from the real
// content, with gzip.
func TestPageWeightBudget(t *testing.T) {
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatalf("content: %v", probs)
	}
	s, err := web.New(web.Config{Library: lib, ReportEmail: "editors@example.org"})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	checked := 0
	dynamic := []string{"/no-such-page", "/services", "/services?v=al", "/start", post(t, h, "/start", url.Values{"danger": {"no"}}).Header().Get("Location"),
		post(t, h, "/search", url.Values{"q": {"my ex is threatening to post my nudes and im 15"}}).Header().Get("Location"),
		post(t, h, "/search", url.Values{"q": {"bicycle"}}).Header().Get("Location")}
	for _, p := range append(s.Paths(), dynamic...) {
		if len(p) > 8 && p[:8] == "/static/" {
			continue
		}
		w := get(t, h, p, "Accept-Encoding", "gzip")
		if w.Code != http.StatusOK && w.Code != http.StatusNotFound {
			t.Fatalf("%s: status %d", p, w.Code)
		}
		total := w.Body.Len()
		plain := get(t, h, p).Body.String()
		for _, m := range assetRE.FindAllStringSubmatch(plain, -1) {
			total += get(t, h, m[1], "Accept-Encoding", "gzip").Body.Len()
		}
		if total > budget {
			t.Errorf("%s weighs %d bytes compressed with its CSS and JS; the budget is %d", p, total, budget)
		}
		checked++
		t.Logf("%-50s %5d bytes", p, total)
	}
	if checked < len(lib.Guides)+2 {
		t.Errorf("checked %d pages, want at least every guide, home and 404", checked)
	}
}

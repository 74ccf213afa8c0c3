package web_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"firststeps/content"
	"firststeps/internal/browsertest"
	"firststeps/internal/library"
	"firststeps/internal/routes"
	"firststeps/internal/web"
)

// TestBrowserViewCarriesToOtherGuides follows the UK doxxing guide's link to
// the partner guide's helplines as someone who said they are under 18, on
// the server and on the static site: the link keeps the page's neutral
// address and its part (#who-can-help), the reader's choice goes with it,
// and the page it opens shows the under-18 lines without choosing again.
func TestBrowserViewCarriesToOtherGuides(t *testing.T) {
	ctx := browsertest.New(t)
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatalf("content: %v", probs)
	}
	j, _ := lib.Jurisdiction("uk")
	tok := routes.View{Audience: routes.Under18}.Token(j.NationIDs())
	for _, static := range []bool{false, true} {
		s, err := web.New(web.Config{Library: lib, Static: static})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(s.Handler())
		defer srv.Close()
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/uk/doxxing-threats?v="+tok), chromedp.WaitReady("article")); err != nil {
			t.Fatal(err)
		}
		href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(function(){var a=document.querySelector('article a[href*="#who-can-help"]');return a?a.getAttribute("href"):""})()`))
		if err != nil || href == "" {
			t.Fatalf("static %v: no link to #who-can-help in the steps (%v)", static, err)
		}
		if !strings.HasPrefix(href, "/g/") || !strings.HasSuffix(href, "?v="+tok+"#who-can-help") {
			t.Errorf("static %v: the step links to %q, want the neutral address with ?v=%s#who-can-help", static, href, tok)
		}
		if err := chromedp.Do(ctx, chromedp.Click(`article a[href*="#who-can-help"]`), chromedp.WaitReady("#who-can-help")); err != nil {
			t.Fatal(err)
		}
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		shown, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(function(){var e=document.getElementById("svc-childline");return !!e && e.offsetParent !== null})()`))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(loc, "?v="+tok) || !shown {
			t.Errorf("static %v: landed on %s, Childline shown %v; want the under-18 view kept", static, strings.TrimPrefix(loc, srv.URL), shown)
		}
	}
}

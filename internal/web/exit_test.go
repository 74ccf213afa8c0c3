package web_test

import (
	"regexp"
	"testing"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/web"
)

// TestQuickExitPerCountry: the quick exit leaves a country's pages for an
// ordinary page of that country (a US reader does not land on British
// weather), pages of no country for the default, and a server told where
// to exit sends every page there.
func TestQuickExitPerCountry(t *testing.T) {
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatal(probs)
	}
	exitOf := func(t *testing.T, cfg web.Config, path string) string {
		t.Helper()
		cfg.Library = lib
		s, err := web.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		w := get(t, s.Handler(), path)
		m := regexp.MustCompile(`<a class="exit" href="([^"]+)"`).FindStringSubmatch(w.Body.String())
		if w.Code != 200 || m == nil {
			t.Fatalf("%s: status %d, no exit link", path, w.Code)
		}
		return m[1]
	}
	uk, _ := lib.Jurisdiction("uk")
	us, _ := lib.Jurisdiction("us")
	if uk.QuickExit == us.QuickExit {
		t.Fatalf("the UK and the US exit to the same page, %s", uk.QuickExit)
	}
	for path, want := range map[string]string{
		"/uk": uk.QuickExit, "/uk/sextortion-money-demand": uk.QuickExit,
		"/us": us.QuickExit, "/us/sextortion-money-demand": us.QuickExit,
		"/": web.DefaultExitURL, "/record": web.DefaultExitURL,
	} {
		if got := exitOf(t, web.Config{}, path); got != want {
			t.Errorf("%s exits to %s, want %s", path, got, want)
		}
		if got := exitOf(t, web.Config{ExitURL: "https://example.org/news"}, path); got != "https://example.org/news" {
			t.Errorf("%s, with the server's exit set, exits to %s", path, got)
		}
	}
	if _, err := web.New(web.Config{Library: lib, ExitURL: "javascript:alert(1)"}); err == nil {
		t.Error("an exit that is not an http(s) address was taken")
	}
}

package web_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/web"
)

// realLibrary loads the embedded content.
func realLibrary(t *testing.T) *library.Library {
	t.Helper()
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatalf("content: %v", probs)
	}
	return lib
}

func realServer(t *testing.T, logs *bytes.Buffer) http.Handler {
	t.Helper()
	lib := realLibrary(t)
	cfg := web.Config{Library: lib, Now: func() time.Time { return monday11 }}
	if logs != nil {
		cfg.Logger = slog.New(slog.NewTextHandler(logs, nil))
	}
	s, err := web.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler()
}

// searchFor sends the search form as a browser does, by POST, and follows
// the redirect to the results. The address it is sent to must hold none of
// the words.
func searchFor(t *testing.T, h http.Handler, q string) *httptestResponse {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/search", strings.NewReader(url.Values{"q": {q}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusSeeOther {
		t.Fatalf("POST /search: status %d, want 303", w.Code)
	}
	loc := w.Header().Get("Location")
	for _, word := range strings.Fields(q) {
		if len(word) > 2 && strings.Contains(strings.ToLower(loc), strings.ToLower(word)) {
			t.Fatalf("the results address %q holds the word %q", loc, word)
		}
	}
	r := get(t, h, loc)
	return &httptestResponse{code: r.Code, header: r.Header(), body: r.Body.String()}
}

type httptestResponse struct {
	code   int
	header http.Header
	body   string
}

func TestSearchPage(t *testing.T) {
	var logs bytes.Buffer
	h := realServer(t, &logs)
	cases := []struct {
		name, q string
		want    []string
		order   []string // must appear in this order
	}{
		{"under 18 cue first", "im 15 and a boy has my pics and says hell post them",
			[]string{"If you are under 18", `href="tel:08001111"`, "The closest situations"},
			[]string{"If you are under 18", "The closest situations"}},
		{"danger cue", "he knows where i live and says hes coming round tonight",
			[]string{"If you are in danger now, call 999", `href="tel:999"`}, nil},
		{"self-harm cue", "they posted my nudes and i want to kill myself",
			[]string{"If you are thinking about ending your life", `href="tel:116123"`}, nil},
		{"partner cue", "my ex boyfriend says he will share our sex tape",
			[]string{"If a partner or ex is involved", `href="tel:08082000247"`}, nil},
		{"no confident match", "my bicycle was stolen from the garden",
			[]string{"First steps for almost any situation", `href="/start"`, "Every situation"}, nil},
		{"empty query shows the form", "",
			[]string{"Describe what's happening", "First steps for almost any situation"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := searchFor(t, h, c.q)
			if r.code != 200 {
				t.Fatalf("status %d", r.code)
			}
			for _, s := range c.want {
				if !strings.Contains(r.body, s) {
					t.Errorf("page lacks %q", s)
				}
			}
			last := -1
			for _, s := range c.order {
				i := strings.Index(r.body, s)
				if i < last {
					t.Errorf("%q is out of order", s)
				}
				last = i
			}
			if cc := r.header.Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control = %q, want no-store", cc)
			}
			if !strings.Contains(r.header.Get("X-Robots-Tag"), "noindex") || !strings.Contains(r.body, `<meta name="robots" content="noindex`) {
				t.Error("results page is not noindex")
			}
			if r.header.Get("Set-Cookie") != "" {
				t.Error("cookie set")
			}
		})
	}
	for _, c := range cases {
		for _, word := range strings.Fields(c.q) {
			if len(word) > 4 && strings.Contains(logs.String(), word) {
				t.Errorf("the log holds the query word %q", word)
			}
		}
	}
}

func TestSearchEscapesAndCutsQueries(t *testing.T) {
	h := realServer(t, nil)
	r := searchFor(t, h, `"><script>alert(1)</script><img src=x onerror=alert(2)>`)
	if strings.Contains(r.body, "<script>alert") || strings.Contains(r.body, "<img src=x") {
		t.Fatal("hostile query reflected unescaped")
	}
	if strings.Contains(r.body, "alert(1)") {
		t.Error("the results page shows the words back: nothing typed should reach a page that can be revisited")
	}
	long := strings.Repeat("my ex is threatening to post my nudes online ", 200)
	r = searchFor(t, h, long)
	if r.code != 200 {
		t.Fatalf("long query: status %d", r.code)
	}
	if !strings.Contains(r.body, "The closest situations") && !strings.Contains(r.body, "These might fit") {
		t.Error("long query gave no results")
	}
	if strings.Count(r.body, "my ex is threatening") > 30 {
		t.Error("long query was not cut")
	}
}

// TestSearchResultsAddress checks the results address: made-up or damaged
// tokens give the search page again, never an error or someone else's
// results, and a search too large to be real is refused.
func TestSearchResultsAddress(t *testing.T) {
	h := realServer(t, nil)
	for _, tok := range []string{"abc", "zzzzzzzzzz", strings.Repeat("a", 400), "ABCDEF", "..%2F"} {
		w := get(t, h, "/search/r/"+tok)
		if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "These results are no longer available") {
			t.Errorf("/search/r/%s: status %d, want the search page with a note", tok, w.Code)
		}
	}
	req := httptest.NewRequest(http.MethodPost, "/search", strings.NewReader("q="+strings.Repeat("a", 20<<10)))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("a 20 KB search: status %d, want 413", w.Code)
	}
	req = httptest.NewRequest(http.MethodPost, "/search", strings.NewReader("q=+++"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	w = httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusSeeOther || w.Header().Get("Location") != "/search" {
		t.Errorf("an empty search: status %d to %q, want 303 to /search", w.Code, w.Header().Get("Location"))
	}
}

// FuzzResultsToken checks any address gives a page and no server error.
func FuzzResultsToken(f *testing.F) {
	for _, s := range []string{"", "a", "aaaaaaa", "kq2zx9", "%00"} {
		f.Add(s)
	}
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		f.Fatalf("content: %v", probs)
	}
	s, err := web.New(web.Config{Library: lib})
	if err != nil {
		f.Fatal(err)
	}
	h := s.Handler()
	f.Fuzz(func(t *testing.T, tok string) {
		req := httptest.NewRequest(http.MethodGet, "/search/r/x", nil)
		req.URL.Path = "/search/r/" + tok
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code >= 500 {
			t.Fatalf("%q: status %d", tok, w.Code)
		}
	})
}

package api_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/web"
)

var (
	libOnce sync.Once
	realLib *library.Library
)

// realLibrary loads the real content once for every test here.
func realLibrary(t testing.TB) *library.Library {
	t.Helper()
	libOnce.Do(func() {
		lib, probs := library.Load(content.FS(), library.Options{})
		if lib == nil {
			t.Fatalf("content: %v", probs)
		}
		realLib = lib
	})
	if realLib == nil {
		t.Fatal("the content did not load")
	}
	return realLib
}

// tuesday11 is the clock of the test servers: Tuesday 8 December 2026,
// 11:00 in London.
var tuesday11 = time.Date(2026, 12, 8, 11, 0, 0, 0, time.UTC)

// server is the site with its API on the real content, at tuesday11.
func server(t testing.TB, cfg web.Config) http.Handler {
	t.Helper()
	cfg.Library = realLibrary(t)
	if cfg.Now == nil {
		cfg.Now = func() time.Time { return tuesday11 }
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s, err := web.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler()
}

var (
	siteOnce sync.Once
	site     http.Handler
)

// shared is one server for the tests that need nothing special.
func shared(t testing.TB) http.Handler {
	t.Helper()
	siteOnce.Do(func() { site = server(t, web.Config{BaseURL: "https://example.org"}) })
	return site
}

// do sends a request; hdr are header names and values in turn.
func do(t testing.TB, h http.Handler, method, path, body string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	r := httptest.NewRequest(method, path, rd)
	for i := 0; i+1 < len(hdr); i += 2 {
		r.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func get(t testing.TB, h http.Handler, path string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	return do(t, h, http.MethodGet, path, "", hdr...)
}

// postJSON sends v as the JSON body of a POST.
func postJSON(t testing.TB, h http.Handler, path string, v any) *httptest.ResponseRecorder {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return do(t, h, http.MethodPost, path, string(b), "Content-Type", "application/json")
}

// decode reads a 200 answer into a T.
func decode[T any](t testing.TB, w *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if w.Code != http.StatusOK {
		t.Fatalf("status %d, want 200: %s", w.Code, w.Body)
	}
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatalf("answer does not decode: %v\n%s", err, w.Body)
	}
	return v
}

type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// errorCode checks that w is a JSON error with status and returns its
// code.
func errorCode(t testing.TB, w *httptest.ResponseRecorder, status int) string {
	t.Helper()
	if w.Code != status {
		t.Fatalf("status %d, want %d: %s", w.Code, status, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	var e apiError
	dec := json.NewDecoder(bytes.NewReader(w.Body.Bytes()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
		t.Fatalf("not a JSON error (%v): %s", err, w.Body)
	}
	if w.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("an error's Cache-Control is %q", w.Header().Get("Cache-Control"))
	}
	return e.Error.Code
}

// The shapes of answers, as far as tests read them (the OpenAPI test
// checks every field).
type (
	view struct{ Audience, Nation string }
	role struct {
		ID, Label, Message, For string
		Safety                  bool
		Items                   []struct {
			Services         []string
			Label, Note, For string
		}
	}
	service struct {
		ID       string
		Nations  []string
		Ages     struct{ Min, Max int }
		Contacts []contact
	}
	contact struct {
		ID, Kind, Display, Href, Hours string
		Live                           bool
		Nations                        []string
		Status                         *status
	}
	status struct {
		Known, Open, Always bool
		Until               string
		NextOpen            string `json:"next_open"`
		Zone, Text          string
	}
	routeAnswer struct {
		Jurisdiction string
		Moved        bool
		Asker        string
		View         view
		Confident    bool
		Results      []struct {
			ID, Title string
			Score     float64
			URL       string
			APIURL    string `json:"api_url"`
		}
		Cues []struct {
			ID, Label, Message string
			Routes             []role
		}
		Services []service
	}
	item     struct{ Lead, Text, HTML string }
	guideRef struct {
		ID, URL string
		APIURL  string `json:"api_url"`
	}
	guideDoc struct {
		ID, Jurisdiction, Slug, URL string
		APIURL                      string `json:"api_url"`
		View                        view
		ShortAnswer                 item `json:"short_answer"`
		Sections                    []struct {
			ID, Heading string
			Items       []item
		}
		Routes []role
		Laws   []struct {
			ID    string
			Rules []struct {
				Nations []string
				Says    string
				InForce bool `json:"in_force"`
			}
		}
		Services []service
		Sources  []struct{ URL, Title, Checked, Supports string }
		Related  []guideRef
		Twins    []guideRef
	}
	guideList struct {
		Jurisdictions []struct {
			ID      string
			Nations []struct{ ID string }
		}
		Guides []struct {
			ID, Jurisdiction, Slug, Title, URL string
			Situation, Category, Created       string
			Audience                           []string
			APIURL                             string `json:"api_url"`
			Reviewed                           string `json:"last_reviewed"`
			ReviewDue                          string `json:"review_due"`
		}
	}
	serviceList struct {
		Jurisdiction, Nation, At string
		Age                      *int
		Live                     bool
		Services                 []service
	}
)

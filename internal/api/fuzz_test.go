package api_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRoute sends whatever it is given to the route endpoint three ways:
// as query parameters, as a JSON body made of the same fields, and as a
// raw body. The rule: every answer is 200 with a route answer, or a JSON
// error with a status the document names (400, 404, 413), never a 500
// and never a page; and GET and POST answer the same fields alike.
func FuzzRoute(f *testing.F) {
	for _, s := range []struct{ q, audience, nation, jur, body string }{
		{"im 15 and a boy has my pics", "", "", "", `{"q":"im 15 and a boy has my pics"}`},
		{"my ex says hes gonna post my nudes", "adult", "scotland", "uk", `{"q":"help","nation":"wales"}`},
		{"someone wants $500 on venmo", "helping", "", "us", `{"q":"x","jurisdiction":"us","audience":"under-18"}`},
		{"", "teen", "texas", "fr", `{"q":`},
		{"n00ds £500 \u00e9\u0301 \uff48\uff45\uff4c\uff50", "under-18", "northern-ireland", "", `["q"]`},
		{"\xff\xfe broken utf8", "", "", "", "{\"q\":\"\\ud800\"}"},
		{"a b c d e f g h i j k l m n o p", "", "england", "us", `{"q":"a","extra":1}`},
		{"kill myself", "", "", "", `null`},
	} {
		f.Add(s.q, s.audience, s.nation, s.jur, []byte(s.body))
	}
	h := shared(f)
	f.Fuzz(func(t *testing.T, q, audience, nation, jur string, raw []byte) {
		v := url.Values{"q": {q}, "audience": {audience}, "nation": {nation}, "jurisdiction": {jur}}
		g := get(t, h, "/api/v1/route?"+v.Encode())
		checkRouteAnswer(t, g.Code, g.Body.Bytes())
		body, err := json.Marshal(map[string]string{"q": q, "audience": audience, "nation": nation, "jurisdiction": jur})
		if err != nil {
			t.Fatal(err)
		}
		p := do(t, h, http.MethodPost, "/api/v1/route", string(body), "Content-Type", "application/json")
		checkRouteAnswer(t, p.Code, p.Body.Bytes())
		// JSON carries bytes that are not UTF-8 as U+FFFD, where a query
		// parameter keeps them: the two are alike only for UTF-8 text.
		if utf8.ValidString(q + audience + nation + jur) {
			if g.Code != p.Code || !bytes.Equal(g.Body.Bytes(), p.Body.Bytes()) {
				t.Errorf("GET %d and POST %d answer differently:\n%s\n%s", g.Code, p.Code, g.Body, p.Body)
			}
		}
		r := do(t, h, http.MethodPost, "/api/v1/route", string(raw))
		checkRouteAnswer(t, r.Code, r.Body.Bytes())
	})
}

func checkRouteAnswer(t *testing.T, status int, body []byte) {
	t.Helper()
	switch status {
	case http.StatusOK:
		var a routeAnswer
		if err := json.Unmarshal(body, &a); err != nil || a.Jurisdiction == "" || a.Results == nil || a.Cues == nil || a.Services == nil {
			t.Fatalf("200 without a route answer (%v): %s", err, body)
		}
		if len(a.Results) > 5 {
			t.Fatalf("%d results", len(a.Results))
		}
	case http.StatusBadRequest, http.StatusNotFound, http.StatusRequestEntityTooLarge:
		var e apiError
		if err := json.Unmarshal(body, &e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
			t.Fatalf("%d without a JSON error (%v): %s", status, err, body)
		}
	default:
		t.Fatalf("status %d: %s", status, body)
	}
}

// FuzzReadEndpoints sends whatever it is given as the guide endpoint's
// path and view, and as the services endpoint's parameters: every answer
// is 200 with JSON, or a JSON error the document names (400, 404), never
// a 500 and never a page.
func FuzzReadEndpoints(f *testing.F) {
	for _, s := range []struct{ jur, slug, audience, nation, age, at string }{
		{"uk", "sextortion-money-demand", "adult", "wales", "15", "2026-12-24T17:00:00Z"},
		{"us", "staying-safe-on-this-device.json", "helping", "", "", "0001-01-01T00:00:00Z"},
		{"UK", "..", "teen", "texas", "-1", "tomorrow"},
		{"uk", "cyberflashing", "", "england", "99999999999999999999", "9999-12-31T23:59:59-23:59"},
		{"", "\x00", "under-18", "northern-ireland", "+5", "2026-02-30T00:00:00Z"},
	} {
		f.Add(s.jur, s.slug, s.audience, s.nation, s.age, s.at)
	}
	h := shared(f)
	f.Fuzz(func(t *testing.T, jur, slug, audience, nation, age, at string) {
		view := url.Values{"audience": {audience}, "nation": {nation}}.Encode()
		paths := []string{
			"/api/v1/guides/" + url.PathEscape(jur) + "/" + url.PathEscape(slug) + "?" + view,
			"/api/v1/services?" + url.Values{"jurisdiction": {jur}, "nation": {nation}, "age": {age}, "at": {at}}.Encode(),
			"/api/v1/services/" + url.PathEscape(jur) + ".json?" + url.Values{"nation": {nation}, "age": {age}, "at": {at}}.Encode(),
		}
		for _, p := range paths {
			w := get(t, h, p)
			switch w.Code {
			case http.StatusOK:
				if !json.Valid(w.Body.Bytes()) || w.Header().Get("Content-Type") != "application/json" {
					t.Fatalf("%s: 200 without JSON: %.200s", p, w.Body)
				}
			case http.StatusBadRequest, http.StatusNotFound:
				var e apiError
				if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
					t.Fatalf("%s: %d without a JSON error (%v): %s", p, w.Code, err, w.Body)
				}
			case http.StatusMovedPermanently, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
				// The route table cleans a path with "." or ".." in it
				// by a redirect to the clean one, before any handler.
				if l := w.Header().Get("Location"); !strings.HasPrefix(l, "/") {
					t.Fatalf("%s: redirect to %q", p, l)
				}
			default:
				t.Fatalf("%s: status %d: %.300s", p, w.Code, w.Body)
			}
		}
	})
}

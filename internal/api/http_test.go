package api_test

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"firststeps/internal/api"
	"firststeps/internal/web"
)

// getPaths are a request for each GET endpoint.
var getPaths = []string{
	"/api/v1/route?q=my+ex+is+threatening+to+post+my+nudes",
	"/api/v1/guides",
	"/api/v1/guides.json",
	"/api/v1/guides/uk/sextortion-money-demand?audience=adult&nation=wales",
	"/api/v1/guides/uk/sextortion-money-demand.json",
	"/api/v1/services?nation=england&age=16",
	"/api/v1/services/uk.json",
	"/api/v1/openapi.json",
}

var strongETag = regexp.MustCompile(`^"[0-9a-f]{32}"$`)

func TestETags(t *testing.T) {
	h := shared(t)
	for _, p := range getPaths {
		t.Run(p, func(t *testing.T) {
			w := get(t, h, p)
			etag := w.Header().Get("ETag")
			sum := sha256.Sum256(w.Body.Bytes())
			if !strongETag.MatchString(etag) || etag != `"`+hex.EncodeToString(sum[:16])+`"` {
				t.Fatalf("ETag %q is not a strong hash of the body", etag)
			}
			for _, inm := range []string{etag, "W/" + etag, `"other", ` + etag, "*"} {
				nm := get(t, h, p, "If-None-Match", inm)
				if nm.Code != http.StatusNotModified || nm.Body.Len() != 0 || nm.Header().Get("ETag") != etag {
					t.Errorf("If-None-Match %s: status %d, %d bytes", inm, nm.Code, nm.Body.Len())
				}
			}
			if other := get(t, h, p, "If-None-Match", `"0123"`); other.Code != http.StatusOK {
				t.Errorf("another ETag: status %d", other.Code)
			}
			gz := get(t, h, p, "Accept-Encoding", "gzip")
			if gz.Header().Get("ETag") != etag {
				t.Errorf("the gzip answer has ETag %q", gz.Header().Get("ETag"))
			}
			body := gz.Body.Bytes()
			if gz.Header().Get("Content-Encoding") == "gzip" {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatal(err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
			} else if w.Body.Len() >= 1024 {
				t.Errorf("%d bytes sent uncompressed to a client that takes gzip", w.Body.Len())
			}
			if !bytes.Equal(body, w.Body.Bytes()) {
				t.Error("the gzip answer holds other bytes")
			}
		})
	}
	if w := postJSON(t, h, "/api/v1/route", map[string]string{"q": "help"}); w.Header().Get("ETag") != "" {
		t.Error("a POST answer has an ETag")
	}
}

func TestCORS(t *testing.T) {
	h := shared(t)
	for _, c := range []struct{ path, methods string }{
		{"/api/v1/route", "GET, HEAD, POST, OPTIONS"},
		{"/api/v1/guides", "GET, HEAD, OPTIONS"},
		{"/api/v1/guides/uk/cyberflashing", "GET, HEAD, OPTIONS"},
		{"/api/v1/services", "GET, HEAD, OPTIONS"},
	} {
		w := do(t, h, http.MethodOptions, c.path, "", "Origin", "https://partner.example", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type")
		hd := w.Header()
		if w.Code != http.StatusNoContent || hd.Get("Access-Control-Allow-Origin") != "*" || hd.Get("Access-Control-Allow-Methods") != c.methods ||
			hd.Get("Access-Control-Allow-Headers") != "Content-Type" || hd.Get("Access-Control-Max-Age") != "86400" {
			t.Errorf("preflight %s: %d %v", c.path, w.Code, hd)
		}
	}
	answers := map[string]*http.Response{
		"200":  get(t, h, "/api/v1/guides", "Origin", "https://partner.example").Result(),
		"304":  get(t, h, "/api/v1/guides", "If-None-Match", "*").Result(),
		"400":  get(t, h, "/api/v1/route").Result(),
		"404":  get(t, h, "/api/v1/nothing-here").Result(),
		"405":  do(t, h, http.MethodDelete, "/api/v1/guides", "").Result(),
		"413":  postJSON(t, h, "/api/v1/route", map[string]string{"q": strings.Repeat("x", 17<<10)}).Result(),
		"POST": postJSON(t, h, "/api/v1/route", map[string]string{"q": "help"}).Result(),
	}
	for name, r := range answers {
		hd := r.Header
		if hd.Get("Access-Control-Allow-Origin") != "*" || hd.Get("Cross-Origin-Resource-Policy") != "cross-origin" || hd.Get("Access-Control-Expose-Headers") != "ETag" {
			t.Errorf("%s: CORS headers %v", name, hd)
		}
		if hd.Get("Access-Control-Allow-Credentials") != "" || hd.Get("Set-Cookie") != "" {
			t.Errorf("%s: credentials or a cookie: %v", name, hd)
		}
		if hd.Get("Content-Security-Policy") == "" || hd.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: the site's security headers are missing", name)
		}
	}
}

func TestUnknownAPIPaths(t *testing.T) {
	h := shared(t)
	for _, c := range []struct {
		method, path string
		status       int
	}{
		{"GET", "/api/", 404},
		{"GET", "/api/v1", 404},
		{"GET", "/api/v1/", 404},
		{"GET", "/api/nothing", 404},
		{"GET", "/api/v1/nothing", 404},
		{"GET", "/api/v2/route?q=help", 404},
		{"GET", "/api/v1/guides/uk/a/b/c", 404},
		{"POST", "/api/v1/nothing", 404},
		{"PUT", "/api/v1/nothing/else", 404},
		{"OPTIONS", "/api/v1/nothing", 404},
		{"POST", "/api/v1/openapi.json", 405},
		{"PATCH", "/api/v1/guides/uk/cyberflashing", 405},
	} {
		w := do(t, h, c.method, c.path, "")
		want := "not_found"
		if c.status == 405 {
			want = "method_not_allowed"
		}
		if got := errorCode(t, w, c.status); got != want {
			t.Errorf("%s %s: code %q", c.method, c.path, got)
		}
	}
	// The site's own pages are as they were.
	if w := get(t, h, "/uk/no-such-page"); w.Code != 404 || !strings.Contains(w.Header().Get("Content-Type"), "text/html") {
		t.Errorf("a missing page: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	if w := do(t, h, http.MethodPut, "/uk/cyberflashing", ""); w.Code != 405 || strings.Contains(w.Header().Get("Content-Type"), "json") {
		t.Errorf("PUT on a page: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
}

// TestLogsHoldNoWords: a log line names the kind of route, "api", and
// nothing a person wrote, whether sent in the address or the body.
func TestLogsHoldNoWords(t *testing.T) {
	var logs bytes.Buffer
	h := server(t, web.Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	secret := "quokka marmalade"
	get(t, h, "/api/v1/route?q="+strings.ReplaceAll(secret, " ", "+"))
	postJSON(t, h, "/api/v1/route", map[string]string{"q": secret})
	postJSON(t, h, "/api/v1/route", map[string]string{"q": secret, "audience": "quokka"})
	postJSON(t, h, "/api/v1/route", map[string]string{"q": secret + strings.Repeat(" marmalade", 2000)})
	do(t, h, http.MethodPost, "/api/v1/route", `{"q": "quokka`)
	get(t, h, "/api/v1/guides/uk/quokka-marmalade")
	get(t, h, "/api/v1/quokka")
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 7 {
		t.Fatalf("%d log lines, want 7:\n%s", len(lines), logs.String())
	}
	for _, l := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		if rec["route"] != "api" || strings.Contains(l, "quokka") || strings.Contains(l, "marmalade") {
			t.Errorf("log line %s", l)
		}
	}
}

func TestStaticCopy(t *testing.T) {
	lib := realLibrary(t)
	s, err := web.New(web.Config{Library: lib, Static: true, Now: func() time.Time { return tuesday11 }})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	var files []string
	for _, p := range s.Paths() {
		if api.Owns(p) {
			files = append(files, p)
		}
	}
	if len(files) != len(lib.Guides)+len(lib.Jurisdictions)+2 {
		t.Errorf("%d API files in the static site: %v", len(files), files)
	}
	for _, p := range files {
		w := get(t, h, p)
		if w.Code != 200 || w.Header().Get("Content-Type") != "application/json" || !json.Valid(w.Body.Bytes()) {
			t.Errorf("%s: %d %s", p, w.Code, w.Header().Get("Content-Type"))
		}
	}
	l := decode[serviceList](t, get(t, h, "/api/v1/services/uk.json"))
	if l.Live || l.At != "" || len(l.Services) == 0 {
		t.Errorf("the static services say live %v at %q", l.Live, l.At)
	}
	for _, svc := range l.Services {
		for _, c := range svc.Contacts {
			if c.Status != nil {
				t.Errorf("%s/%s has a status in the static copy", svc.ID, c.ID)
			}
			if c.Live && c.Hours == "" {
				t.Errorf("%s/%s has no hours in the static copy", svc.ID, c.ID)
			}
		}
	}
	d := decode[guideDoc](t, get(t, h, "/api/v1/guides/uk/threat-to-share-images.json"))
	if d.APIURL != "/api/v1/guides/uk/threat-to-share-images.json" || len(d.Related) == 0 || !strings.HasSuffix(d.Related[0].APIURL, ".json") {
		t.Errorf("the static copy's api_url %q, related %+v: want its own .json paths", d.APIURL, d.Related)
	}
	list := decode[guideList](t, get(t, h, "/api/v1/guides.json"))
	if !strings.HasSuffix(list.Guides[0].APIURL, ".json") {
		t.Errorf("api_url %q", list.Guides[0].APIURL)
	}
	// The static copy cannot search.
	if code := errorCode(t, get(t, h, "/api/v1/route?q=help"), 404); code != "not_found" {
		t.Errorf("route in the static copy: %s", code)
	}
}

func TestOpenAPIServed(t *testing.T) {
	h := shared(t)
	w := get(t, h, "/api/v1/openapi.json")
	var compact bytes.Buffer
	if err := json.Compact(&compact, api.OpenAPI()); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(w.Body.String()) != compact.String() {
		t.Error("the served document is not openapi.json")
	}
	if w.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("Cache-Control %q", w.Header().Get("Cache-Control"))
	}
}

package web_test

import (
	"bytes"
	"compress/gzip"
	"crypto/tls"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"firststeps/internal/date"
	"firststeps/internal/library"
	"firststeps/internal/library/librarytest"
	"firststeps/internal/web"
)

// fixture loads the small valid content tree used by the library's tests.
func fixture(t testing.TB) *library.Library {
	t.Helper()
	return fixtureWith(t, nil)
}

// fixtureWith loads the fixture after edit has changed its files.
func fixtureWith(t testing.TB, edit func(fstest.MapFS)) *library.Library {
	t.Helper()
	fsys, err := librarytest.Copy(os.DirFS("../library/testdata/base"))
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(fsys)
	}
	lib, probs := library.Load(fsys, library.Options{Today: date.New(2026, 3, 1)})
	if lib == nil {
		t.Fatalf("fixture: %v", probs)
	}
	return lib
}

// monday11 is a Monday, 11:00 in London (GMT).
var monday11 = time.Date(2026, 3, 2, 11, 0, 0, 0, time.UTC)

func newServer(t testing.TB, lib *library.Library, clock *time.Time, logs io.Writer) http.Handler {
	t.Helper()
	if logs == nil {
		logs = io.Discard
	}
	s, err := web.New(web.Config{
		Library:     lib,
		Logger:      slog.New(slog.NewTextHandler(logs, nil)),
		Now:         func() time.Time { return *clock },
		ReportEmail: "editors@example.org",
	})
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler()
}

func get(t testing.TB, h http.Handler, path string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		r.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestPagesAndHeaders(t *testing.T) {
	clock := monday11
	h := newServer(t, fixture(t), &clock, nil)
	cases := []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{"What to do if…", "someone sends you threats", `action="/search"`, `href="/start"`}},
		{"/uk", 200, []string{"someone sends you threats", `href="/uk/category/threats"`}},
		{"/uk/valid", 200, []string{"<h1><span class=\"lead\">What to do if…</span> someone sends you threats</h1>", "Short answer", "Who can help", `href="tel:08001111"`, "Published 10 January 2026. Last reviewed 10 January 2026.", "Report a problem with this page"}},
		{"/uk/category/threats", 200, []string{"<h1>Threats</h1>", `href="/uk/valid"`}},
		{"/uk/missing", 404, []string{"We could not find that page", `action="/search"`, `href="/uk/valid"`}},
		{"/nowhere/at/all", 404, []string{"We could not find that page"}},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			w := get(t, h, c.path)
			if w.Code != c.status {
				t.Fatalf("status = %d, want %d", w.Code, c.status)
			}
			body := w.Body.String()
			for _, s := range c.want {
				if !strings.Contains(body, s) {
					t.Errorf("page lacks %q", s)
				}
			}
			for _, s := range []string{"Exit this page", `href="tel:999"`, `href="tel:101"`} {
				if !strings.Contains(body, s) {
					t.Errorf("page lacks the safety line %q", s)
				}
			}
			checkSecurityHeaders(t, w.Result().Header)
		})
	}
}

func checkSecurityHeaders(t *testing.T, h http.Header) {
	t.Helper()
	csp := h.Get("Content-Security-Policy")
	for _, d := range []string{"default-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'"} {
		if !strings.Contains(csp, d) {
			t.Errorf("CSP %q lacks %q", csp, d)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
		t.Errorf("CSP allows inline code: %q", csp)
	}
	want := map[string]string{"Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff"}
	for k, v := range want {
		if got := h.Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	if h.Get("Permissions-Policy") == "" {
		t.Error("no Permissions-Policy")
	}
	if h.Get("Set-Cookie") != "" {
		t.Errorf("a cookie was set: %q", h.Get("Set-Cookie"))
	}
}

func TestOnlyGetAndHead(t *testing.T) {
	clock := monday11
	h := newServer(t, fixture(t), &clock, nil)
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(m, "/uk/valid", strings.NewReader("x=1")))
		if w.Code != http.StatusMethodNotAllowed {
			t.Errorf("%s: status %d, want 405", m, w.Code)
		}
		if allow := w.Header().Get("Allow"); allow != "GET, HEAD" {
			t.Errorf("%s: Allow = %q", m, allow)
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodHead, "/uk/valid", nil))
	if w.Code != 200 || w.Body.Len() != 0 || w.Header().Get("Content-Length") == "" {
		t.Errorf("HEAD: status %d, body %d bytes, length %q", w.Code, w.Body.Len(), w.Header().Get("Content-Length"))
	}
}

func TestETagAndCompression(t *testing.T) {
	clock := monday11
	h := newServer(t, fixture(t), &clock, nil)
	plain := get(t, h, "/uk/valid")
	etag := plain.Header().Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	if w := get(t, h, "/uk/valid", "If-None-Match", etag); w.Code != http.StatusNotModified || w.Body.Len() != 0 {
		t.Errorf("If-None-Match: status %d, %d bytes; want 304 and no body", w.Code, w.Body.Len())
	}
	if w := get(t, h, "/uk/valid", "If-None-Match", `"other"`); w.Code != 200 {
		t.Errorf("stale If-None-Match: status %d", w.Code)
	}
	gz := get(t, h, "/uk/valid", "Accept-Encoding", "gzip, deflate")
	if gz.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("gzip not chosen: %q", gz.Header().Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(gz.Body)
	if err != nil {
		t.Fatal(err)
	}
	unz, _ := io.ReadAll(zr)
	if !bytes.Equal(unz, plain.Body.Bytes()) {
		t.Error("gzip body differs from the plain body")
	}
	if w := get(t, h, "/uk/valid", "Accept-Encoding", "br, gzip"); w.Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("a browser offering br and gzip got %q; pages are sent with gzip", w.Header().Get("Content-Encoding"))
	}
	if w := get(t, h, "/uk/valid", "Accept-Encoding", "br"); w.Header().Get("Content-Encoding") != "" || !bytes.Equal(w.Body.Bytes(), plain.Body.Bytes()) {
		t.Errorf("a client offering only br got %q; it should get the plain page", w.Header().Get("Content-Encoding"))
	}
	if w := get(t, h, "/uk/valid", "Accept-Encoding", "br;q=0, gzip;q=0"); w.Header().Get("Content-Encoding") != "" {
		t.Errorf("q=0 ignored: %q", w.Header().Get("Content-Encoding"))
	}
	if v := gz.Header().Get("Vary"); v != "Accept-Encoding" {
		t.Errorf("Vary = %q", v)
	}
}

func TestStaticAssetsAreFingerprintedAndCached(t *testing.T) {
	clock := monday11
	h := newServer(t, fixture(t), &clock, nil)
	page := get(t, h, "/").Body.String()
	for _, ext := range []string{".css", ".js"} {
		i := strings.Index(page, "/static/site.")
		if i < 0 {
			t.Fatal("no static asset linked")
		}
		j := strings.Index(page[i:], ext+`"`)
		url := page[i : i+j+len(ext)]
		w := get(t, h, url)
		if w.Code != 200 {
			t.Fatalf("%s: status %d", url, w.Code)
		}
		if cc := w.Header().Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("%s: Cache-Control %q", url, cc)
		}
		page = strings.Replace(page, url, "", 1)
	}
	if w := get(t, h, "/static/site.0000000000.css"); w.Code != 404 {
		t.Errorf("unknown asset: status %d", w.Code)
	}
}

// TestLiveStatusFollowsTheClock checks a contact card's "open now" changes
// as time passes, without a restart, and only then.
func TestLiveStatusFollowsTheClock(t *testing.T) {
	lib := fixtureWith(t, func(fsys fstest.MapFS) {
		f := fsys["guides/uk/valid.md"]
		f.Data = bytes.Replace(f.Data, []byte("routes: [report, danger, under-18]"), []byte("routes: [helplines, report, danger, under-18]"), 1)
		r := fsys["routes.yaml"]
		r.Data = bytes.Replace(r.Data, []byte("requires:"), []byte("  - id: helplines\n    jurisdiction: uk\n    label: Helplines\n    services:\n      - service: helpline\n      - service: childline\n        for: under-18\nrequires:"), 1)
	})
	clock := monday11
	h := newServer(t, lib, &clock, nil)
	cases := []struct {
		at   time.Time
		want string
	}{
		{monday11, "Open now until 16:00"},
		{time.Date(2026, 3, 2, 16, 0, 0, 0, time.UTC), "Closed: opens tomorrow at 10:00"},
		{time.Date(2026, 3, 6, 17, 30, 0, 0, time.UTC), "Closed: opens Monday at 10:00"},
		{time.Date(2026, 3, 9, 9, 59, 0, 0, time.UTC), "Closed: opens today at 10:00"},
		{time.Date(2026, 3, 9, 10, 0, 0, 0, time.UTC), "Open now until 16:00"},
	}
	var etag string
	for _, c := range cases {
		clock = c.at
		w := get(t, h, "/uk/valid")
		if !strings.Contains(w.Body.String(), c.want) {
			t.Errorf("at %s: page lacks %q", c.at.Format(time.RFC1123), c.want)
		}
		if e := w.Header().Get("ETag"); e == etag {
			t.Errorf("at %s: ETag unchanged although the status changed", c.at.Format(time.RFC1123))
		} else {
			etag = e
		}
	}
	clock = clock.Add(30 * time.Minute)
	if got := get(t, h, "/uk/valid").Header().Get("ETag"); got != etag {
		t.Error("page changed although no status changed")
	}
}

func TestLogsHoldNoPathOrQuery(t *testing.T) {
	clock := monday11
	var logs bytes.Buffer
	h := newServer(t, fixture(t), &clock, &logs)
	get(t, h, "/uk/secret-words-typed?q=my+ex+has+my+nudes")
	get(t, h, "/uk/valid?from=private")
	out := logs.String()
	for _, s := range []string{"secret", "nudes", "private", "valid"} {
		if strings.Contains(out, s) {
			t.Errorf("log holds %q:\n%s", s, out)
		}
	}
	if !strings.Contains(out, "route=guide") || !strings.Contains(out, "status=404") || !strings.Contains(out, "status=200") {
		t.Errorf("log lacks route and status:\n%s", out)
	}
}

func TestHealthz(t *testing.T) {
	clock := monday11
	h := newServer(t, fixture(t), &clock, nil)
	w := get(t, h, "/healthz")
	if w.Code != 200 || strings.TrimSpace(w.Body.String()) != "ok" || w.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("healthz: %d %q %q", w.Code, w.Body.String(), w.Header().Get("Cache-Control"))
	}
}

func TestHostilePathIsNotReflected(t *testing.T) {
	clock := monday11
	h := newServer(t, fixture(t), &clock, nil)
	w := get(t, h, "/uk/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
	if w.Code != 404 {
		t.Errorf("status %d", w.Code)
	}
	if strings.Contains(w.Body.String(), "<script>alert") {
		t.Error("hostile path reflected into the page")
	}
}

// TestStrictTransportSecurity checks HSTS is sent over https, directly or
// as a proxy in front says, and never over plain http, where browsers
// ignore it.
func TestStrictTransportSecurity(t *testing.T) {
	clock := monday11
	h := newServer(t, fixture(t), &clock, nil)
	for _, tt := range []struct {
		name string
		edit func(*http.Request)
		want bool
	}{
		{"plain http", func(*http.Request) {}, false},
		{"tls", func(r *http.Request) { r.TLS = &tls.ConnectionState{} }, true},
		{"X-Forwarded-Proto", func(r *http.Request) { r.Header.Set("X-Forwarded-Proto", "https") }, true},
		{"X-Forwarded-Proto http", func(r *http.Request) { r.Header.Set("X-Forwarded-Proto", "http") }, false},
		{"Forwarded", func(r *http.Request) { r.Header.Set("Forwarded", `for=192.0.2.60;proto=https;by=203.0.113.43`) }, true},
	} {
		r := httptest.NewRequest(http.MethodGet, "/uk/valid", nil)
		tt.edit(r)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if got := w.Header().Get("Strict-Transport-Security"); (got != "") != tt.want || (tt.want && !strings.HasPrefix(got, "max-age=31536000")) {
			t.Errorf("%s: Strict-Transport-Security %q, want it: %v", tt.name, got, tt.want)
		}
	}
}

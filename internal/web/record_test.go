package web_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/web"
)

// realSite is the server on the embedded content.
func realSite(t *testing.T) (http.Handler, *library.Library) {
	t.Helper()
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatalf("content: %v", probs)
	}
	s, err := web.New(web.Config{Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler(), lib
}

var (
	scriptTagRE = regexp.MustCompile(`<script\b[^>]*>`)
	namedRE     = regexp.MustCompile(`<(?:input|textarea|select|button)\b[^>]*\sname=`)
	staticRE    = regexp.MustCompile(`/static/[a-z-]+\.[0-9a-f]{10}\.(?:js|css)`)
)

func TestRecordPage(t *testing.T) {
	h, _ := realSite(t)
	w := get(t, h, "/record")
	if w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	hdr := w.Result().Header
	for k, want := range map[string]string{
		"Content-Type":  "text/html; charset=utf-8",
		"Cache-Control": "no-cache",
	} {
		if got := hdr.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	csp := hdr.Get("Content-Security-Policy")
	for _, d := range []string{"default-src 'self'", "script-src 'self'", "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, d) {
			t.Errorf("CSP %q lacks %q", csp, d)
		}
	}
	if c := hdr.Values("Set-Cookie"); len(c) > 0 {
		t.Errorf("sets cookies: %v", c)
	}
	body := w.Body.String()
	for _, s := range []string{
		"<h1>My record</h1>",
		`data-iterations="600000"`, `data-idle="300"`, `data-min-pass="10"`,
		"<noscript>", "What to write down", "What this protects, and what it does not",
		"someone who knows or guesses your passphrase", "spyware or stalkerware", "has your backup file and its passphrase",
		"locks itself after 5 minutes", "Exit this page",
		// One tap to help for a young person in each jurisdiction.
		`UK: <a href="tel:08001111">Childline 0800 1111</a>`,
		`US: <a href="https://report.cybertip.org/">NCMEC CyberTipline</a>`,
		"Delete everything on this device", "Keep this page available offline", "Save a backup file", "Make the report",
		`<link rel="canonical" href="/record">`,
	} {
		if !strings.Contains(body, s) {
			t.Errorf("the page lacks %q", s)
		}
	}
	// Scripts come from the site's own files; a JSON block is data the
	// browser never runs (the script's words).
	for _, tag := range scriptTagRE.FindAllString(body, -1) {
		if !strings.Contains(tag, ` src="/static/`) && !strings.Contains(tag, ` type="application/json"`) {
			t.Errorf("inline or offsite script: %s", tag)
		}
	}
	if strings.Contains(body, "<style") || strings.Contains(body, " style=") {
		t.Error("inline style, which the CSP blocks")
	}
	// No control has a name, so even a form sent by mistake (say, if the
	// script failed) would carry nothing.
	if m := namedRE.FindString(body); m != "" {
		t.Errorf("a form control has a name: %s", m)
	}
	if n := strings.Count(body, `autocomplete="off"`); n != strings.Count(body, "<form") {
		t.Errorf("%d of %d forms have autocomplete off", n, strings.Count(body, "<form"))
	}
	assets := staticRE.FindAllString(body, -1)
	want := 0
	for _, a := range assets {
		if strings.HasPrefix(a, "/static/record.") {
			want++
		}
		if w := get(t, h, a); w.Code != http.StatusOK || w.Result().Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("%s: status %d, Cache-Control %q", a, w.Code, w.Result().Header.Get("Cache-Control"))
		}
	}
	// Its styles are in the site's one style sheet.
	if want != 1 {
		t.Errorf("the page loads %d copies of record.js, want one: %v", want, assets)
	}
}

// TestRecordWorker checks the service worker: served where its scope can
// reach /record, never cached for long, and listing exactly the page and the
// files it loads.
func TestRecordWorker(t *testing.T) {
	h, _ := realSite(t)
	w := get(t, h, "/record-sw.js")
	if w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	for k, want := range map[string]string{"Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache"} {
		if got := w.Result().Header.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	m := regexp.MustCompile(`var FILES = (\[.*\]);`).FindStringSubmatch(w.Body.String())
	if m == nil {
		t.Fatal("no FILES list")
	}
	var files []string
	if err := json.Unmarshal([]byte(m[1]), &files); err != nil {
		t.Fatal(err)
	}
	page := get(t, h, "/record").Body.String()
	want := append([]string{"/record"}, staticRE.FindAllString(page, -1)...)
	if diff := cmp.Diff(want, files, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("the worker keeps the wrong files (-want +got):\n%s", diff)
	}
	for _, f := range files {
		if w := get(t, h, f); w.Code != http.StatusOK {
			t.Errorf("%s: status %d", f, w.Code)
		}
	}
	if strings.Contains(w.Body.String(), "var FILES = [];") {
		t.Error("the placeholder is still there")
	}
}

// TestRecordTakesNothing checks that no method but GET and HEAD reaches the
// record's routes: the server has nowhere to put an entry.
func TestRecordTakesNothing(t *testing.T) {
	h, _ := realSite(t)
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		for _, path := range []string{"/record", "/record-sw.js"} {
			r := httptest.NewRequest(method, path, strings.NewReader("what=secret"))
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != http.StatusMethodNotAllowed {
				t.Errorf("%s %s: status %d, want 405", method, path, w.Code)
			}
		}
	}
}

// TestRecordOnlyOnItsPage checks that the record's script and styles load on
// /record alone.
func TestRecordOnlyOnItsPage(t *testing.T) {
	h, lib := realSite(t)
	for _, p := range []string{"/", "/uk", "/" + lib.Guides[0].ID} {
		if body := get(t, h, p).Body.String(); strings.Contains(body, "/static/record.") {
			t.Errorf("%s loads the record's files", p)
		}
	}
}

// TestGuidesLinkToRecord checks that every guide's "What to do now" step
// links to My record, except a guide for school staff, who record what
// happened in their school's own safeguarding system.
func TestGuidesLinkToRecord(t *testing.T) {
	h, lib := realSite(t)
	for _, g := range lib.Guides {
		if slices.Contains(g.Facets, "asker:staff") {
			continue
		}
		body := get(t, h, "/"+g.ID).Body.String()
		_, steps, ok := strings.Cut(body, `<h2 id="do-now">`)
		if ok {
			steps, _, _ = strings.Cut(steps, "<h2")
		}
		if !strings.Contains(steps, `href="/record"`) && !strings.Contains(steps, `href="/record?for=under-18"`) {
			t.Errorf("%s: the \"What to do now\" steps do not link to /record", g.ID)
		}
	}
}

// TestRecordPageOnFixture checks the page renders on a small library, with
// its jurisdiction's under-18 line.
func TestRecordPageOnFixture(t *testing.T) {
	clock := monday11
	h := newServer(t, fixture(t), &clock, nil)
	w := get(t, h, "/record")
	if w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	if body := w.Body.String(); !strings.Contains(body, `Help is here:</p>
<ul><li><a href="tel:08001111">Childline 0800 1111</a>.</li></ul>`) {
		t.Errorf("the page does not give the under-18 line:\n%s", body)
	}
	if n, _ := strconv.Atoi(w.Result().Header.Get("Content-Length")); n == 0 {
		t.Error("no Content-Length")
	}
}

// TestRecordWords: what the record page's script says comes from
// site.yaml, on the page, in the order the script names the sentences,
// and the script uses every one of them.
func TestRecordWords(t *testing.T) {
	h, lib := realSite(t)
	names, words := lib.Text(lib.Jurisdictions[0].ID).ScriptWords("record")
	if len(names) == 0 {
		t.Fatal("site.yaml gives the record page's script nothing to say")
	}
	page := get(t, h, "/record").Body.String()
	m := regexp.MustCompile(`<script type="application/json" id="rec-words">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("the record page does not carry its script's words")
	}
	var got []string
	if err := json.Unmarshal([]byte(m[1]), &got); err != nil {
		t.Fatalf("the record page's words are not a JSON list: %v", err)
	}
	if diff := cmp.Diff(words, got); diff != "" {
		t.Errorf("the record page's words are not site.yaml's (-site.yaml +page):\n%s", diff)
	}
	src, err := os.ReadFile("static/record.js")
	if err != nil {
		t.Fatal(err)
	}
	d := regexp.MustCompile(`const \[([a-z_,\s]+)\] = JSON\.parse\(root\.querySelector\("#rec-words"\)`).FindSubmatch(src)
	if d == nil {
		t.Fatal("static/record.js does not read the page's words")
	}
	var named []string
	for _, n := range strings.Split(string(d[1]), ",") {
		named = append(named, strings.TrimSpace(n))
	}
	if diff := cmp.Diff(names, named); diff != "" {
		t.Errorf("static/record.js names the words other than site.yaml orders them (-site.yaml +script):\n%s", diff)
	}
	for _, n := range names {
		if uses := regexp.MustCompile(`\b`+n+`\b`).FindAllIndex(src, -1); len(uses) < 2 {
			t.Errorf("static/record.js never says record_%s", n)
		}
	}
}

package web_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"firststeps/content"
	"firststeps/internal/api"
	"firststeps/internal/library"
	"firststeps/internal/web"
)

// TestLogsNameOnlyTheKindOfRoute sends a request to every path the server
// has a route or a page for, in both the server and the static build, and
// to old paths and missing ones, and reads each log line: the route it
// names must be one of the fixed kinds, and nothing in it may be a piece
// of the path or the query, which can say what a person answered or
// looked for.
func TestLogsNameOnlyTheKindOfRoute(t *testing.T) {
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatalf("content: %v", probs)
	}
	if len(lib.Redirects) == 0 {
		t.Fatal("the content has no redirects: this test needs some")
	}
	for _, static := range []bool{false, true} {
		var logs bytes.Buffer
		s, err := web.New(web.Config{Library: lib, Static: static, Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
		if err != nil {
			t.Fatal(err)
		}
		h := s.Handler()
		paths := append(s.Paths(), "/uk/no-such-page", "/not-a-place", "/start/no/nonsense-answer",
			"/search?q=my+ex+has+my+nudes", "/start?danger=no&age=under-18", "/services?age=under-18&nation=wales")
		for _, p := range web.RoutePatterns(s) {
			if !strings.Contains(p, "{") {
				paths = append(paths, patternPath(p))
			}
		}
		for _, r := range lib.Redirects {
			paths = append(paths, r.From)
		}
		// Segments the site itself names (/static/…, /uk/category/…,
		// /start/…) are not chosen by a person.
		fixed := web.Kinds()
		for _, p := range web.RoutePatterns(s) {
			segs := strings.Split(strings.Trim(patternPath(p), "/"), "/")
			fixed = append(fixed, segs[0])
			// The partner API's paths are its own words (/api/v1/route),
			// as are the literal parts of a pattern with wildcards.
			if strings.Contains(p, "{") || api.Owns(patternPath(p)) {
				for _, seg := range segs {
					if !strings.Contains(seg, "{") {
						fixed = append(fixed, seg)
					}
				}
			}
		}
		checked := 0
		for _, p := range paths {
			logs.Reset()
			for _, m := range []string{http.MethodGet, http.MethodPost} {
				h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(m, p, nil))
			}
			checkLogLines(t, static, p, fixed, logs.String())
			checked++
		}
		if checked < len(lib.Guides)+len(lib.Redirects) {
			t.Errorf("static %v: checked %d paths", static, checked)
		}
	}
}

// patternPath is a route pattern's path: "POST /search" is /search.
func patternPath(p string) string {
	if _, path, ok := strings.Cut(p, " "); ok {
		return path
	}
	return p
}

func checkLogLines(t *testing.T, static bool, p string, fixed []string, out string) {
	t.Helper()
	u, _ := url.Parse(p)
	var chosen []string
	for _, seg := range strings.Split(strings.Trim(u.Path, "/"), "/") {
		if seg != "" && !slices.Contains(fixed, seg) {
			chosen = append(chosen, seg)
		}
	}
	for _, vs := range u.Query() {
		for _, v := range vs {
			chosen = append(chosen, strings.Fields(v)...)
		}
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Errorf("static %v, %s: %d log lines, want 2:\n%s", static, p, len(lines), out)
	}
	for _, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		route, _ := rec["route"].(string)
		if !slices.Contains(web.Kinds(), route) {
			t.Errorf("static %v, %s: logged route %q, not a kind of route", static, p, route)
		}
		delete(rec, "time")
		rest, _ := json.Marshal(rec)
		for _, c := range chosen {
			if strings.Contains(string(rest), c) && (len(c) > 2 || strings.Contains(string(rest), "/"+c)) {
				t.Errorf("static %v, %s: the log line holds %q: %s", static, p, c, line)
			}
		}
	}
}

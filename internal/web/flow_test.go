package web_test

import (
	"net/http"
	"strings"
	"testing"

	"firststeps/internal/triage"
)

// TestFlowEveryPath walks every way through the three questions over HTTP,
// as a browser without JavaScript would: each question page, then the
// redirect to a guide or the emergency page, which must exist.
func TestFlowEveryPath(t *testing.T) {
	h := realServer(t, nil)
	lib := realLibrary(t)
	f, _ := lib.FlowFor("uk")
	paths := triage.Paths(f)
	if len(paths) < len(lib.Guides) {
		t.Fatalf("only %d paths", len(paths))
	}
	for _, p := range paths {
		t.Run(p.Answers.Encode(), func(t *testing.T) {
			w := get(t, h, "/start?"+p.Answers.Encode())
			if w.Code != http.StatusSeeOther {
				t.Fatalf("status %d, want 303", w.Code)
			}
			loc := w.Header().Get("Location")
			switch p.End {
			case triage.Emergency:
				if loc != "/emergency" {
					t.Fatalf("went to %s, want /emergency", loc)
				}
			case triage.Guide:
				if !strings.HasPrefix(loc, "/"+p.GuideID) {
					t.Fatalf("went to %s, want %s", loc, p.GuideID)
				}
			}
			end := get(t, h, loc)
			if end.Code != 200 {
				t.Fatalf("%s: status %d", loc, end.Code)
			}
			if p.Audience == "under-18" && !strings.Contains(end.Body.String(), "You are not in trouble") {
				t.Errorf("%s: no word for the under-18 that they are not in trouble", loc)
			}
			if p.Audience == "under-18" {
				body := end.Body.String()
				child, adult := strings.Index(body, `id="svc-childline"`), strings.Index(body, `id="svc-police-999"`)
				if child < 0 || (adult >= 0 && child > adult) {
					t.Errorf("%s: Childline is not the first card", loc)
				}
				if strings.Contains(body, `id="svc-revenge-porn-helpline"`) {
					t.Errorf("%s: an adults-only service is shown to an under-18", loc)
				}
			}
		})
	}
}

func TestFlowPages(t *testing.T) {
	h := realServer(t, nil)
	cases := []struct {
		name   string
		query  string
		status int
		want   []string
	}{
		{"first question", "", 200, []string{"Question 1 of 3", "Are you in danger right now?", `type="radio"`, `name="danger"`, "Continue", `action="/start"`}},
		{"second question keeps the first answer", "danger=no", 200, []string{"How old are you?", `<input type="hidden" name="danger" value="no">`, "Your answers", `href="/start?was=no"`, "Back"}},
		{"grouped answers", "danger=no&age=adult", 200, []string{"What is happening?", "<legend>Threats and blackmail</legend>"}},
		{"tampered answer", "danger=no&age=%3Cscript%3Ealert(1)%3C/script%3E", 400, []string{"There is a problem", "Choose one of the answers below.", "How old are you?"}},
		{"nothing chosen", "danger=", 200, []string{"Are you in danger right now?"}},
		{"change preselects", "danger=no&was=adult", 200, []string{`value="adult" checked`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := get(t, h, "/start?"+c.query)
			if w.Code != c.status {
				t.Fatalf("status %d, want %d", w.Code, c.status)
			}
			body := w.Body.String()
			for _, s := range c.want {
				if !strings.Contains(body, s) {
					t.Errorf("page lacks %q", s)
				}
			}
			if strings.Contains(body, "<script>alert") {
				t.Error("answer reflected unescaped")
			}
			if w.Header().Get("Cache-Control") != "no-store" {
				t.Error("flow page may be cached")
			}
			for _, s := range []string{"Exit this page", `href="tel:999"`} {
				if !strings.Contains(body, s) {
					t.Errorf("no %q", s)
				}
			}
		})
	}
	w := get(t, h, "/emergency")
	for _, s := range []string{"If you are in danger now", "press 55", `href="tel:999"`, `href="tel:18000"`} {
		if !strings.Contains(w.Body.String(), s) {
			t.Errorf("emergency page lacks %q", s)
		}
	}
}

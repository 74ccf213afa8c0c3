package web_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
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
				// A sensitive guide is reached at its neutral address,
				// which names nothing.
				if !strings.HasPrefix(loc, "/g/") || strings.Contains(loc, p.GuideID) {
					t.Fatalf("went to %s, want the neutral address of %s", loc, p.GuideID)
				}
			}
			end := get(t, h, loc)
			if end.Code != 200 {
				t.Fatalf("%s: status %d", loc, end.Code)
			}
			if p.End == triage.Guide && !strings.Contains(end.Body.String(), `<link rel="canonical" href="/`+p.GuideID+`">`) {
				t.Errorf("%s is not the page of %s", loc, p.GuideID)
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

// post sends a form as a browser does and returns the response.
func post(t *testing.T, h http.Handler, path string, form url.Values) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// ukAnswerIDs returns the ids of the UK flow's answers that are words
// rather than a letter or two, which no address may hold.
func ukAnswerIDs(t *testing.T) []string {
	f, _ := realLibrary(t).FlowFor("uk")
	var ids []string
	for _, q := range f.Questions {
		for _, a := range q.Answers {
			if len(a.ID) > 2 {
				ids = append(ids, a.ID)
			}
		}
	}
	return ids
}

// TestFlowPages answers the questions as a browser without JavaScript
// would, by POST, and checks every address it is sent to holds no answer.
func TestFlowPages(t *testing.T) {
	h := realServer(t, nil)
	answerIDs := ukAnswerIDs(t)
	// answer posts one answer and follows the redirect to the next page.
	answer := func(t *testing.T, at, question, value string) (string, *httptest.ResponseRecorder) {
		t.Helper()
		w := post(t, h, at, url.Values{question: {value}})
		if w.Code != http.StatusSeeOther {
			t.Fatalf("POST %s %s=%s: status %d, want 303", at, question, value, w.Code)
		}
		loc := w.Header().Get("Location")
		for _, id := range answerIDs {
			if strings.Contains(loc, id) {
				t.Errorf("the address %q names the answer %q", loc, id)
			}
		}
		return loc, get(t, h, loc)
	}
	page := func(t *testing.T, w *httptest.ResponseRecorder, status int, want ...string) string {
		t.Helper()
		if w.Code != status {
			t.Fatalf("status %d, want %d", w.Code, status)
		}
		body := w.Body.String()
		for _, s := range want {
			if !strings.Contains(body, s) {
				t.Errorf("page lacks %q", s)
			}
		}
		if w.Header().Get("Cache-Control") != "no-store" {
			t.Error("flow page may be cached")
		}
		for _, s := range []string{"Exit this page", `href="tel:999"`} {
			if !strings.Contains(body, s) {
				t.Errorf("no %q", s)
			}
		}
		return body
	}
	page(t, get(t, h, "/start"), 200, "Question 1 of 3", "Are you in danger right now?", `type="radio"`, `name="danger"`, "Continue", `action="/start" method="post"`)
	second, w := answer(t, "/start", "danger", "no")
	body := page(t, w, 200, "How old are you?", "Your answers", `action="`+second+`" method="post"`, "Back")
	if strings.Contains(body, `type="hidden"`) {
		t.Error("the page carries earlier answers in hidden fields")
	}
	third, w := answer(t, second, "age", "adult")
	body = page(t, w, 200, "What is happening?", "<legend>Threats and blackmail</legend>")
	// Change the age: the question comes back with "adult" ticked.
	change := regexp.MustCompile(`<dd><a href="(/start/[a-z0-9]+)">Change<span class="visually-hidden"> your answer to: How old are you\?`).FindStringSubmatch(body)
	if change == nil {
		t.Fatal("no link to change the age")
	}
	page(t, get(t, h, change[1]), 200, `value="adult" checked`)
	// A tampered or missing answer asks again, with the error.
	body = page(t, post(t, h, second, url.Values{"age": {"<script>alert(1)</script>"}}), 400, "There is a problem", "Choose one of the answers below.", "How old are you?")
	if strings.Contains(body, "<script>alert") {
		t.Error("answer reflected unescaped")
	}
	page(t, post(t, h, "/start", url.Values{"danger": {""}}), 400, "Are you in danger right now?")
	// The last answer leads to the guide's page for who the person said
	// they are.
	w = post(t, h, third, url.Values{"what": {"money-demand"}})
	if loc := w.Header().Get("Location"); w.Code != http.StatusSeeOther || !strings.HasPrefix(loc, "/g/") || !strings.Contains(loc, "?v=") || !strings.Contains(get(t, h, loc).Body.String(), `href="/uk/sextortion-money-demand"`) {
		t.Errorf("the last answer: %d to %q", w.Code, loc)
	}
	// Made-up step addresses are not found.
	if w := get(t, h, "/start/zzzzzz"); w.Code != http.StatusNotFound {
		t.Errorf("/start/zzzzzz: status %d", w.Code)
	}
	w = get(t, h, "/emergency")
	for _, s := range []string{"If you are in danger now", "press 55", `href="tel:999"`, `href="tel:18000"`} {
		if !strings.Contains(w.Body.String(), s) {
			t.Errorf("emergency page lacks %q", s)
		}
	}
}

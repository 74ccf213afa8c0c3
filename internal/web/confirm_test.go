package web_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

var (
	confirmLink = regexp.MustCompile(`<a class="button" href="(/start/[a-z0-9]+)">Answer three questions to be sure</a>`)
	checkedRE   = regexp.MustCompile(`<input type="radio" id="[^"]+" name="([^"]+)" value="([^"]+)" checked>`)
	questionRE  = regexp.MustCompile(`<h1>([^<]+)</h1>`)
	formRE      = regexp.MustCompile(`<form action="([^"]+)" method="post"`)
)

// TestSearchOffersTheQuestions checks that when search is not sure, the
// results page offers the three questions with the answers that fit the
// words already chosen, and that confirming them leads to the guide; the
// addresses on the way hold neither the words nor the answers.
func TestSearchOffersTheQuestions(t *testing.T) {
	h := realServer(t, nil)
	answerIDs := ukAnswerIDs(t)
	cases := []struct {
		name, q string
		// chosen is, question by question, the answer the page shows as
		// chosen ("" for none); the person confirms it, or gives answer.
		chosen []string
		answer []string
		guide  string
	}{
		{"close siblings: images posted by an ex", "my ex has put my nudes on reddit",
			[]string{"", "", "shared"}, []string{"no", "adult", ""}, "uk/images-shared-online"},
		{"a parent, not sure what happened", "my daughter says someone has photos of her",
			[]string{"", "helping", "my-child"}, []string{"no", "", ""}, "uk/parent-of-child"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := searchFor(t, h, c.q)
			m := confirmLink.FindStringSubmatch(r.body)
			if m == nil {
				t.Fatalf("the results page does not offer the questions:\n%s", r.body)
			}
			if !strings.Contains(r.body, "already chosen") {
				t.Error("the offer does not say the answers are already chosen")
			}
			at := m[1]
			for i := range c.chosen {
				checkAddress(t, at, c.q, answerIDs)
				w := get(t, h, at)
				if w.Code != http.StatusOK {
					t.Fatalf("%s: status %d", at, w.Code)
				}
				body := w.Body.String()
				q := questionRE.FindStringSubmatch(body)
				ticked := checkedRE.FindAllStringSubmatch(body, -1)
				var got string
				if len(ticked) == 1 {
					got = ticked[0][2]
				} else if len(ticked) > 1 {
					t.Fatalf("%s: %d answers ticked", q[1], len(ticked))
				}
				if got != c.chosen[i] {
					t.Fatalf("question %q: %q chosen, want %q", q[1], got, c.chosen[i])
				}
				if told := strings.Contains(body, "we chose the answer that seems to fit"); told != (got != "") {
					t.Errorf("question %q: the page tells of an answer chosen from the words: %v, with %q ticked", q[1], told, got)
				}
				// The person confirms what is ticked, or answers.
				name, value := "", c.answer[i]
				if got != "" {
					name, value = ticked[0][1], got
				} else {
					name = regexp.MustCompile(`name="([^"]+)" value="` + regexp.QuoteMeta(value) + `"`).FindStringSubmatch(body)[1]
				}
				action := formRE.FindStringSubmatch(body)[1]
				pw := post(t, h, action, url.Values{name: {value}})
				if pw.Code != http.StatusSeeOther {
					t.Fatalf("POST %s: status %d", action, pw.Code)
				}
				at = pw.Header().Get("Location")
			}
			end := get(t, h, at)
			if !strings.Contains(end.Body.String(), `<link rel="canonical" href="/`+c.guide+`">`) {
				t.Errorf("the confirmed answers led to %s, not the page of %s", at, c.guide)
			}
		})
	}
}

// checkAddress fails when an address holds a word of the search or an
// answer's id.
func checkAddress(t *testing.T, at, q string, answerIDs []string) {
	t.Helper()
	for _, word := range strings.Fields(q) {
		if len(word) > 2 && strings.Contains(strings.ToLower(at), strings.ToLower(word)) {
			t.Errorf("the address %q holds the word %q", at, word)
		}
	}
	for _, id := range answerIDs {
		if strings.Contains(at, id) {
			t.Errorf("the address %q names the answer %q", at, id)
		}
	}
}

// TestSearchOffersNoChoiceWithoutFacts checks the questions are offered
// plainly, with nothing chosen, when the words show no fact that chooses
// an answer, and not at all beside a clear match.
func TestSearchOffersNoChoiceWithoutFacts(t *testing.T) {
	h := realServer(t, nil)
	r := searchFor(t, h, "my bicycle was stolen from the garden")
	if confirmLink.MatchString(r.body) || !strings.Contains(r.body, `<a class="button secondary" href="/start">Answer 3 short questions</a>`) {
		t.Errorf("off-topic words: the questions are not offered plainly")
	}
	r = searchFor(t, h, "someone sent me a picture of his penis on airdrop on the train")
	if confirmLink.MatchString(r.body) || !strings.Contains(r.body, "The closest situations") {
		t.Errorf("a clear match offers the questions to be sure")
	}
}

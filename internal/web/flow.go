package web

import (
	"html/template"
	"net/http"
	"strings"
	"time"

	"firststeps/internal/library"
	"firststeps/internal/routes"
	"firststeps/internal/triage"
)

type answerView struct {
	ID, Label, Hint string
	Checked         bool
}

type answerGroup struct {
	Label   string
	Answers []answerView
}

type givenView struct {
	Question, Answer string
	Change           string // link that asks this question again
}

type hiddenField struct{ Name, Value string }

type startPage struct {
	basePage
	Question *library.Question
	Groups   []answerGroup
	Hidden   []hiddenField
	Given    []givenView
	Back     string
	Error    string
	Step     int
}

type emergencyPage struct {
	basePage
	Steps template.HTML
}

// serveStart shows the question the answers in the URL lead to, or sends
// the person on to their guide or the emergency page. Nothing is kept on
// the server: the answers travel in the URL, which is never logged.
func (s *Server) serveStart(w http.ResponseWriter, r *http.Request) error {
	jur := s.defaultJurisdiction()
	f, ok := s.lib.FlowFor(jur)
	if !ok {
		return errNotFound
	}
	st := triage.Next(f, r.URL.Query())
	switch st.Kind {
	case triage.Emergency:
		http.Redirect(w, r, "/emergency", http.StatusSeeOther)
		return nil
	case triage.Guide:
		http.Redirect(w, r, s.guideURL(st.GuideID, routes.View{Audience: flowAudience(st.Audience)}), http.StatusSeeOther)
		return nil
	}
	p := startPage{
		basePage: s.noIndex(s.base(jur, st.Question.Text+" | What to do if…", "", "")),
		Question: st.Question,
		Error:    st.Error,
		Step:     len(st.Answers) + 1,
	}
	if st.Error != "" {
		p.Title = "Error: " + p.Title
	}
	for i, g := range st.Answers {
		p.Hidden = append(p.Hidden, hiddenField{g.Question.ID, g.Answer.ID})
		p.Given = append(p.Given, givenView{Question: g.Question.Text, Answer: g.Answer.Label, Change: changeURL(st.Answers[:i], g.Answer.ID)})
	}
	if n := len(st.Answers); n > 0 {
		p.Back = startURL(st.Answers[:n-1])
	} else {
		p.Back = "/"
	}
	prev := r.URL.Query().Get("was")
	for _, a := range st.Question.Answers {
		if n := len(p.Groups); n == 0 || p.Groups[n-1].Label != a.Group {
			p.Groups = append(p.Groups, answerGroup{Label: a.Group})
		}
		g := &p.Groups[len(p.Groups)-1]
		g.Answers = append(g.Answers, answerView{ID: a.ID, Label: a.Label, Hint: a.Hint, Checked: a.ID == prev})
	}
	html, err := s.render("start", p)
	if err != nil {
		return err
	}
	status := http.StatusOK
	if st.Error != "" {
		status = http.StatusBadRequest
	}
	writeDynamic(w, r, status, html)
	return nil
}

// changeURL asks a question again with the earlier answer chosen ("was" is
// not a question, so the flow ignores it).
func changeURL(before []triage.Given, was string) string {
	v := triage.Values(before)
	v.Set("was", was)
	return "/start?" + v.Encode()
}

// startURL is the flow page that asks the question after these answers.
func startURL(answers []triage.Given) string {
	v := triage.Values(answers)
	if len(v) == 0 {
		return "/start"
	}
	return "/start?" + v.Encode()
}

func (s *Server) emergencyBuilder(jurisdiction string) func(time.Time) ([]byte, error) {
	return func(time.Time) ([]byte, error) {
		return s.render("emergency", emergencyPage{
			basePage: s.base(jurisdiction, "In danger now: call 999 | What to do if…", "What to do if you are in danger now, including how to call 999 when you cannot speak.", "/emergency"),
			Steps:    s.lib.EmergencySteps[jurisdiction],
		})
	}
}

// flowAudience is the view audience of an answer's audience in flows.yaml.
func flowAudience(a string) routes.Audience {
	switch a {
	case "under-18":
		return routes.Under18
	case "adult":
		return routes.Adult
	case "supporter", "parent":
		return routes.Helping
	}
	return routes.Everyone
}

// guideURL is a guide's address for a view: the guide itself, or with the
// view's opaque token.
func (s *Server) guideURL(id string, v routes.View) string {
	jur, _, _ := strings.Cut(id, "/")
	if t := v.Token(s.lib.Nations(jur)); t != "" {
		return "/" + id + "?v=" + t
	}
	return "/" + id
}

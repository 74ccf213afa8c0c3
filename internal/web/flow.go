package web

import (
	"html/template"
	"net/http"
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

type startPage struct {
	basePage
	Question *library.Question
	Groups   []answerGroup
	Given    []givenView
	Action   string // where the answer is sent: this question's own address
	Back     string
	Error    string
	Step     int
}

type emergencyPage struct {
	basePage
	Steps template.HTML
}

// The three questions keep every answer out of addresses and history: each
// answer is sent by POST, and the next question's address is an opaque
// token of the answers so far (/start/k4v9…), which says nothing if read.
// Nothing is kept on the server.

// stepToken is the address token of the question reached by these answers
// (answer ids in the order asked), with the answer to show as chosen ("" for
// none).
func stepToken(f *library.Flow, segs []string, chosen string) string {
	idx, ok := triage.Indices(f, segs)
	if !ok {
		return ""
	}
	sel := 0
	if chosen != "" {
		if extra, ok := triage.Indices(f, append(segs[:len(segs):len(segs)], chosen)); ok {
			sel = extra[len(extra)-1] + 1
		}
	}
	return encodeInts(append([]int{sel}, idx...))
}

// stepPath is the address of the question reached by these answers.
func (s *Server) stepPath(f *library.Flow, segs []string, chosen string) string {
	start := s.sitePath(f.Jurisdiction, "/start")
	if len(segs) == 0 && chosen == "" {
		return start
	}
	return start + "/" + stepToken(f, segs, chosen)
}

// parseStep reads a step token: the answers so far and the answer to show
// as chosen.
func parseStep(f *library.Flow, tok string) (segs []string, chosen string, ok bool) {
	vs, ok := decodeInts(tok)
	if !ok || len(vs) == 0 {
		return nil, "", false
	}
	segs, ok = triage.Segments(f, vs[1:])
	if !ok {
		return nil, "", false
	}
	if vs[0] > 0 {
		more, ok := triage.Segments(f, append(vs[1:len(vs):len(vs)], vs[0]-1))
		if !ok {
			return nil, "", false
		}
		chosen = more[len(more)-1]
	}
	return segs, chosen, true
}

func (s *Server) flow(r *http.Request) (*library.Flow, string, error) {
	jur := s.jurisdictionOf(r)
	f, ok := s.lib.FlowFor(jur)
	if !ok {
		return nil, "", errNotFound
	}
	return f, jur, nil
}

// serveStart shows the first question. An address with the answers in
// its query (an old link) is sent on to where those answers lead.
func (s *Server) serveStart(w http.ResponseWriter, r *http.Request) error {
	f, jur, err := s.flow(r)
	if err != nil {
		return err
	}
	if len(r.URL.Query()) > 0 {
		return s.redirectStep(w, r, f, triage.Next(f, r.URL.Query()))
	}
	return s.writeStep(w, r, jur, f, nil, "", "")
}

// serveStep shows the question a step token leads to.
func (s *Server) serveStep(w http.ResponseWriter, r *http.Request) error {
	f, jur, err := s.flow(r)
	if err != nil {
		return err
	}
	segs, chosen, ok := parseStep(f, r.PathValue("token"))
	if !ok {
		return errNotFound
	}
	v, _ := triage.FromPath(f, segs)
	if st := triage.Next(f, v); st.Kind != triage.Ask {
		return s.redirectStep(w, r, f, st)
	}
	return s.writeStep(w, r, jur, f, segs, chosen, "")
}

// postStart takes one answer, sent by the form of the question the address
// names, and redirects to what comes next.
func (s *Server) postStart(w http.ResponseWriter, r *http.Request) error {
	f, jur, err := s.flow(r)
	if err != nil {
		return err
	}
	var segs []string
	if tok := r.PathValue("token"); tok != "" {
		var ok bool
		if segs, _, ok = parseStep(f, tok); !ok {
			return errNotFound
		}
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxSearchBody)
	if err := r.ParseForm(); err != nil {
		return errTooLarge
	}
	v, _ := triage.FromPath(f, segs)
	before := triage.Next(f, v)
	if before.Kind != triage.Ask {
		return s.redirectStep(w, r, f, before)
	}
	given := r.PostForm.Get(before.Question.ID)
	if given == "" {
		// Nothing chosen: the flow reads that as a question not yet
		// reached, but here the person pressed Continue.
		given = "\x00"
	}
	v.Set(before.Question.ID, given)
	st := triage.Next(f, v)
	if st.Kind == triage.Ask && st.Error != "" {
		return s.writeStep(w, r, jur, f, segs, "", st.Error)
	}
	return s.redirectStep(w, r, f, st)
}

// redirectStep sends the person where a step leads: the next question's
// address, their guide for who they said they are, or the emergency page.
func (s *Server) redirectStep(w http.ResponseWriter, r *http.Request, f *library.Flow, st triage.Step) error {
	target := s.sitePath(f.Jurisdiction, "/emergency")
	switch st.Kind {
	case triage.Guide:
		target = s.guideURL(st.GuideID, routes.View{Audience: flowAudience(st.Audience)})
	case triage.Ask:
		target = s.stepPath(f, answerIDs(st.Answers), "")
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
	return nil
}

func answerIDs(given []triage.Given) []string {
	out := make([]string, len(given))
	for i, g := range given {
		out[i] = g.Answer.ID
	}
	return out
}

// writeStep shows the question the answers segs lead to, with the answer
// chosen ticked and an error when the last answer was missing.
func (s *Server) writeStep(w http.ResponseWriter, r *http.Request, jur string, f *library.Flow, segs []string, chosen, errMsg string) error {
	v, _ := triage.FromPath(f, segs)
	st := triage.Next(f, v)
	p := startPage{
		basePage: s.noIndex(s.base(jur, st.Question.Text+" | What to do if…", "", "")),
		Question: st.Question,
		Error:    errMsg,
		Step:     len(st.Answers) + 1,
		Action:   s.stepPath(f, segs, ""),
		Back:     "/" + jur,
	}
	if errMsg != "" {
		p.Title = "Error: " + p.Title
	}
	for i, g := range st.Answers {
		p.Given = append(p.Given, givenView{Question: g.Question.Text, Answer: g.Answer.Label, Change: s.stepPath(f, segs[:i], g.Answer.ID)})
	}
	if n := len(segs); n > 0 {
		p.Back = s.stepPath(f, segs[:n-1], "")
	}
	for _, a := range st.Question.Answers {
		if n := len(p.Groups); n == 0 || p.Groups[n-1].Label != a.Group {
			p.Groups = append(p.Groups, answerGroup{Label: a.Group})
		}
		g := &p.Groups[len(p.Groups)-1]
		g.Answers = append(g.Answers, answerView{ID: a.ID, Label: a.Label, Hint: a.Hint, Checked: a.ID == chosen})
	}
	html, err := s.render("start", p)
	if err != nil {
		return err
	}
	status := http.StatusOK
	if errMsg != "" {
		status = http.StatusBadRequest
	}
	writeDynamic(w, r, status, html)
	return nil
}

func (s *Server) emergencyBuilder(jurisdiction string) func(time.Time) ([]byte, error) {
	return func(time.Time) ([]byte, error) {
		b := s.base(jurisdiction, "", "", s.sitePath(jurisdiction, "/emergency"))
		b.Title = fill(b.Text.EmergencyTitle, "number", b.Emergency.Text)
		b.Description = fill(b.Text.EmergencyDescription, "number", b.Emergency.Text)
		return s.render("emergency", emergencyPage{
			basePage: b,
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
	g, err := s.lib.Guide(id)
	if err != nil {
		return "/" + id
	}
	if t := v.Token(s.lib.Nations(g.Jurisdiction)); t != "" {
		return s.linkTo(g) + "?v=" + t
	}
	return s.linkTo(g)
}

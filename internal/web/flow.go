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
	// Suggested says the answer ticked was chosen from what the person
	// typed in search, for them to check.
	Suggested bool
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
// none) and the answers chosen ahead from a search (nil for none).
func stepToken(f *library.Flow, segs []string, chosen string, pl plan) string {
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
	if pl == nil {
		return encodeInts(append([]int{sel}, idx...))
	}
	return encodeInts(append(append([]int{sel | planned}, pl.encode()...), idx...))
}

// stepPath is the address of the question reached by these answers.
func (s *Server) stepPath(f *library.Flow, segs []string, chosen string) string {
	return s.planPath(f, segs, chosen, nil)
}

// planPath is stepPath carrying a plan: the answers chosen ahead.
func (s *Server) planPath(f *library.Flow, segs []string, chosen string, pl plan) string {
	start := s.sitePath(f.Jurisdiction, "/start")
	if len(segs) == 0 && chosen == "" && pl == nil {
		return start
	}
	return start + "/" + stepToken(f, segs, chosen, pl)
}

// parseStep reads a step token: the answers so far, the answer to show as
// chosen, and the answers chosen ahead, if any.
func parseStep(f *library.Flow, tok string) (segs []string, chosen string, pl plan, ok bool) {
	vs, ok := decodeInts(tok)
	if !ok || len(vs) == 0 {
		return nil, "", nil, false
	}
	sel := vs[0]
	rest := vs[1:]
	if sel&planned != 0 {
		sel &^= planned
		var pairs []int
		if pairs, rest, ok = cutPlan(rest); !ok {
			return nil, "", nil, false
		}
		if pl, ok = planOf(f, pairs); !ok {
			return nil, "", nil, false
		}
	}
	segs, ok = triage.Segments(f, rest)
	if !ok {
		return nil, "", nil, false
	}
	if sel > 0 {
		more, ok := triage.Segments(f, append(rest[:len(rest):len(rest)], sel-1))
		if !ok {
			return nil, "", nil, false
		}
		chosen = more[len(more)-1]
	}
	return segs, chosen, pl, true
}

// A plan is the answers chosen ahead from what a person typed, for them to
// confirm one question at a time: for each question of the flow, in the
// order flows.yaml lists them, the place of the chosen answer plus one, or
// 0 for none. It travels in an address as the answers do, as places of
// answers, never words: the number of answers chosen, then each one's
// question and answer.
type plan []int

// planned marks a step token that carries a plan.
const planned = 1 << 15

// maxPlanned bounds the answers a plan chooses, so that it fits in a token
// however many questions a flow has.
const maxPlanned = 8

// planFor turns the answers chosen for each question (question id →
// answer id) into a plan, or nil when none of them leads to a guide (the
// questions would only be asked again, not confirmed) or there are more
// than maxPlanned.
func planFor(f *library.Flow, chosen map[string]string) plan {
	if len(chosen) > maxPlanned {
		return nil
	}
	pl := make(plan, len(f.Questions))
	decides := false
	for i, q := range f.Questions {
		for j, a := range q.Answers {
			if a.ID == chosen[q.ID] {
				pl[i] = j + 1
				if kind, _ := a.Target(); kind == "guide" {
					decides = true
				}
			}
		}
	}
	if !decides {
		return nil
	}
	return pl
}

// encode gives the plan's numbers for a token: how many answers it
// chooses, then each one's question and answer.
func (pl plan) encode() []int {
	out := []int{0}
	for q, a := range pl {
		if a > 0 {
			out = append(out, q, a)
			out[0]++
		}
	}
	return out
}

// cutPlan cuts an encoded plan from the front of a token's numbers and
// returns its pairs and the numbers after it.
func cutPlan(vs []int) (pairs, rest []int, ok bool) {
	if len(vs) == 0 || vs[0] > maxPlanned || len(vs) < 1+2*vs[0] {
		return nil, nil, false
	}
	return vs[1 : 1+2*vs[0]], vs[1+2*vs[0]:], true
}

// planOf makes the plan of flow f that encoded pairs give, or reports
// false when they are not questions and answers of the flow.
func planOf(f *library.Flow, pairs []int) (plan, bool) {
	pl := make(plan, len(f.Questions))
	for i := 0; i+1 < len(pairs); i += 2 {
		q, a := pairs[i], pairs[i+1]
		if q >= len(f.Questions) || a < 1 || a > len(f.Questions[q].Answers) || pl[q] != 0 {
			return nil, false
		}
		pl[q] = a
	}
	return pl, true
}

// chosenFor returns the answer a plan chose for question q, or "".
func (pl plan) chosenFor(f *library.Flow, q *library.Question) string {
	for i, fq := range f.Questions {
		if fq == q && i < len(pl) && pl[i] > 0 {
			return q.Answers[pl[i]-1].ID
		}
	}
	return ""
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
		return s.redirectStep(w, r, f, triage.Next(f, r.URL.Query()), nil)
	}
	return s.writeStep(w, r, jur, f, nil, "", nil, "")
}

// serveStep shows the question a step token leads to.
func (s *Server) serveStep(w http.ResponseWriter, r *http.Request) error {
	f, jur, err := s.flow(r)
	if err != nil {
		return err
	}
	segs, chosen, pl, ok := parseStep(f, r.PathValue("token"))
	if !ok {
		return errNotFound
	}
	v, _ := triage.FromPath(f, segs)
	if st := triage.Next(f, v); st.Kind != triage.Ask {
		return s.redirectStep(w, r, f, st, nil)
	}
	return s.writeStep(w, r, jur, f, segs, chosen, pl, "")
}

// postStart takes one answer, sent by the form of the question the address
// names, and redirects to what comes next.
func (s *Server) postStart(w http.ResponseWriter, r *http.Request) error {
	f, jur, err := s.flow(r)
	if err != nil {
		return err
	}
	var segs []string
	var pl plan
	if tok := r.PathValue("token"); tok != "" {
		var ok bool
		if segs, _, pl, ok = parseStep(f, tok); !ok {
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
		return s.redirectStep(w, r, f, before, pl)
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
		return s.writeStep(w, r, jur, f, segs, "", pl, st.Error)
	}
	return s.redirectStep(w, r, f, st, pl)
}

// redirectStep sends the person where a step leads: the next question's
// address (with the answers chosen ahead, if any), their guide for who they
// said they are, or the emergency page.
func (s *Server) redirectStep(w http.ResponseWriter, r *http.Request, f *library.Flow, st triage.Step, pl plan) error {
	target := s.sitePath(f.Jurisdiction, "/emergency")
	switch st.Kind {
	case triage.Guide:
		target = s.guideURL(st.GuideID, routes.View{Audience: flowAudience(st.Audience)})
	case triage.Ask:
		target = s.planPath(f, answerIDs(st.Answers), "", pl)
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
// chosen ticked (or, with none, the one a plan chose ahead) and an error
// when the last answer was missing.
func (s *Server) writeStep(w http.ResponseWriter, r *http.Request, jur string, f *library.Flow, segs []string, chosen string, pl plan, errMsg string) error {
	v, _ := triage.FromPath(f, segs)
	st := triage.Next(f, v)
	suggested := false
	if chosen == "" && errMsg == "" {
		chosen = pl.chosenFor(f, st.Question)
		suggested = chosen != ""
	}
	p := startPage{
		basePage:  s.noIndex(s.base(jur, fill(s.lib.Text(jur).QuestionTitle, "question", st.Question.Text), "", "")),
		Question:  st.Question,
		Error:     errMsg,
		Step:      len(st.Answers) + 1,
		Action:    s.planPath(f, segs, "", pl),
		Back:      "/" + jur,
		Suggested: suggested,
	}
	if errMsg != "" {
		p.Title = fill(s.lib.Text(jur).QuestionErrorTitle, "question", st.Question.Text)
	}
	for i, g := range st.Answers {
		p.Given = append(p.Given, givenView{Question: g.Question.Text, Answer: g.Answer.Label, Change: s.planPath(f, segs[:i], g.Answer.ID, pl)})
	}
	if n := len(segs); n > 0 {
		p.Back = s.planPath(f, segs[:n-1], "", pl)
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

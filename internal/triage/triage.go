// Package triage walks a question flow: given the answers so far, it says
// what comes next (another question, a guide, or the emergency page). It is
// a pure function of the flow and the answers, so the web pages keep nothing
// on the server: the answers travel in the URL.
package triage

import (
	"net/url"
	"slices"

	"firststeps/internal/library"
)

// Kind of step.
type Kind int

const (
	// Ask shows a question.
	Ask Kind = iota
	// Guide sends the person to a guide.
	Guide
	// Emergency sends the person to the emergency page.
	Emergency
)

// Given is one question already answered.
type Given struct {
	Question *library.Question
	Answer   *library.Answer
}

// Step is where the answers lead.
type Step struct {
	Kind     Kind
	Question *library.Question // the question to ask (Ask)
	Previous string            // on Ask: the answer given before, if any, to preselect
	Error    string            // on Ask: why the answer in the URL was not accepted
	Answers  []Given           // questions answered so far, in order
	GuideID  string            // on Guide
	Audience string            // the last audience an answer recorded
}

// maxSteps bounds a walk; flows are checked for cycles when loaded, so this
// only guards against a flow built in code.
const maxSteps = 50

// Next follows the answers in v (question id → answer id) from the flow's
// start. Unknown or tampered values never fail: the question they answer is
// asked again with a message. Parameters for questions not on the path are
// ignored.
func Next(f *library.Flow, v url.Values) Step {
	var st Step
	q, ok := f.Question(f.Start)
	for range maxSteps {
		if !ok {
			break
		}
		given := v.Get(q.ID)
		if given == "" {
			return Step{Kind: Ask, Question: q, Answers: st.Answers, Audience: st.Audience}
		}
		a, found := q.Answer(given)
		if !found {
			return Step{Kind: Ask, Question: q, Answers: st.Answers, Audience: st.Audience, Error: "Choose one of the answers below."}
		}
		st.Answers = append(st.Answers, Given{q, a})
		if a.Audience != "" {
			st.Audience = a.Audience
		}
		kind, id := a.Target()
		switch kind {
		case library.Emergency:
			st.Kind = Emergency
			return st
		case "guide":
			st.Kind, st.GuideID = Guide, id
			return st
		}
		q, ok = f.Question(id)
	}
	// Only a flow that failed validation gets here: start again.
	start, _ := f.Question(f.Start)
	return Step{Kind: Ask, Question: start, Error: "Something went wrong with these answers. Please start again."}
}

// Values returns the URL values that give these answers.
func Values(answers []Given) url.Values {
	v := url.Values{}
	for _, g := range answers {
		v.Set(g.Question.ID, g.Answer.ID)
	}
	return v
}

// Path is one complete way through a flow.
type Path struct {
	Answers  url.Values
	End      Kind // Guide or Emergency
	GuideID  string
	Audience string
}

// Paths lists every way through the flow, for tests and the static export.
func Paths(f *library.Flow) []Path {
	var out []Path
	var walk func(v url.Values, depth int)
	walk = func(v url.Values, depth int) {
		st := Next(f, v)
		if st.Kind != Ask {
			out = append(out, Path{Answers: v, End: st.Kind, GuideID: st.GuideID, Audience: st.Audience})
			return
		}
		if st.Error != "" || depth > maxSteps {
			return
		}
		for _, a := range st.Question.Answers {
			next := url.Values{}
			for k, vs := range v {
				next[k] = vs
			}
			next.Set(st.Question.ID, a.ID)
			walk(next, depth+1)
		}
	}
	walk(url.Values{}, 0)
	return out
}

// FromPath reads answers given as path segments in the order the questions
// are asked ("/start/no/under-18"), as the static site's flow pages are
// addressed. It reports false if a segment is not an answer on the path.
func FromPath(f *library.Flow, segs []string) (url.Values, bool) {
	v := url.Values{}
	q, ok := f.Question(f.Start)
	for i, seg := range segs {
		if !ok {
			return nil, false
		}
		a, found := q.Answer(seg)
		if !found {
			return nil, false
		}
		v.Set(q.ID, a.ID)
		kind, id := a.Target()
		if kind != "question" {
			return v, i == len(segs)-1
		}
		q, ok = f.Question(id)
	}
	return v, true
}

// Questions lists the answer sequences, as path segments, that lead to
// each question of the flow: one entry per question page a static site
// needs.
func Questions(f *library.Flow) [][]string {
	var out [][]string
	var walk func(segs []string, q *library.Question, depth int)
	walk = func(segs []string, q *library.Question, depth int) {
		out = append(out, segs)
		if depth > maxSteps {
			return
		}
		for _, a := range q.Answers {
			if kind, id := a.Target(); kind == "question" {
				if next, ok := f.Question(id); ok {
					walk(append(segs[:len(segs):len(segs)], a.ID), next, depth+1)
				}
			}
		}
	}
	if start, ok := f.Question(f.Start); ok {
		walk(nil, start, 0)
	}
	return out
}

// Indices turns answers given as path segments (answer ids, in the order
// the questions are asked) into each answer's place among its question's
// answers, for an opaque address. It reports false if a segment is not an
// answer on the path.
func Indices(f *library.Flow, segs []string) ([]int, bool) {
	out := make([]int, 0, len(segs))
	q, ok := f.Question(f.Start)
	for _, seg := range segs {
		if !ok {
			return nil, false
		}
		i := slices.IndexFunc(q.Answers, func(a *library.Answer) bool { return a.ID == seg })
		if i < 0 {
			return nil, false
		}
		out = append(out, i)
		kind, id := q.Answers[i].Target()
		if kind != "question" {
			q, ok = nil, false
			continue
		}
		q, ok = f.Question(id)
	}
	return out, true
}

// Segments turns places made by Indices back into answer ids. It reports
// false for places that are not a path through the flow.
func Segments(f *library.Flow, idx []int) ([]string, bool) {
	out := make([]string, 0, len(idx))
	q, ok := f.Question(f.Start)
	for _, i := range idx {
		if !ok || i < 0 || i >= len(q.Answers) {
			return nil, false
		}
		a := q.Answers[i]
		out = append(out, a.ID)
		kind, id := a.Target()
		if kind != "question" {
			q, ok = nil, false
			continue
		}
		q, ok = f.Question(id)
	}
	return out, true
}

// Facts returns the facts the answers given so far establish, as sorted
// "facet:value" names (see library.PathFacts).
func (st Step) Facts() []string {
	answers := make([]*library.Answer, len(st.Answers))
	for i, g := range st.Answers {
		answers[i] = g.Answer
	}
	return library.PathFacts(answers)
}

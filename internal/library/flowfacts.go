package library

import (
	"slices"
	"strings"

	"firststeps/internal/problem"
)

// The three questions and search speak of a situation in the same facts
// (facets.yaml): an answer states the facts it establishes, a guide states
// the facts of its situation, and search reads them from what a person
// types. The loader checks that every way through a flow agrees with the
// guide it ends at, so answering the questions and describing the same
// situation in words lead to the same place.

// PathFacts returns the facts a run of answers, in the order given,
// establishes, as sorted "facet:value" names. A later answer's values of a
// facet replace an earlier one's: "I am asking for someone else" says the
// asker is a parent, a friend or staff; "my child" then says which.
func PathFacts(answers []*Answer) []string {
	last := map[string][]string{} // facet → values of the last answer stating it
	for _, a := range answers {
		seen := map[string]bool{}
		for _, fv := range a.Facets {
			facet, _, _ := strings.Cut(fv, ":")
			if !seen[facet] {
				seen[facet] = true
				last[facet] = nil
			}
			last[facet] = append(last[facet], fv)
		}
	}
	var out []string
	for _, vs := range last {
		for _, fv := range vs {
			if !slices.Contains(out, fv) {
				out = append(out, fv)
			}
		}
	}
	slices.Sort(out)
	return out
}

// checkFlowFacts checks the facts the answers of flow f state: each is a
// value facets.yaml defines; in a question where any answer states facts,
// every answer that leads to a guide states at least one (an answer that
// states none could never be checked, nor chosen from what a person
// types); and no way through the flow states a value of an exclusive facet
// where the guide it ends at states only other values of that facet. A
// question none of whose answers states a fact is about situations the
// facets do not describe (a library's other subjects), and is left alone.
func (l *Library) checkFlowFacts(probs *problem.List, f *Flow, questions map[string]*Question) {
	statesFacts := false
	for _, q := range f.Questions {
		asks := false // some answer of q states a fact
		for _, a := range q.Answers {
			for _, fv := range a.Facets {
				asks = true
				if !l.knownFacet(fv, false) {
					probs.Errorf(FlowsFile, cmpLine(a.Lines, "facets", a.Line), "unknown-facet", "answer %q of %q: facet %q is not a facet:value in %s", a.ID, q.ID, fv, FacetsFile)
				}
			}
		}
		if !asks {
			continue
		}
		statesFacts = true
		for _, a := range q.Answers {
			if kind, id := a.Target(); kind == "guide" && len(a.Facets) == 0 {
				probs.Errorf(FlowsFile, a.Line, "flow-facets", "answer %q of %q leads to %s but states no fact: add facets, so it can be checked against the guide and chosen from what a person types", a.ID, q.ID, id)
			}
		}
	}
	if !statesFacts {
		return
	}
	exclusive := map[string]bool{}
	for _, fc := range l.Facets {
		exclusive[fc.ID] = fc.Exclusive
	}
	reported := map[reportKey]bool{}
	// Walk every way through the flow; loops are reported elsewhere, and
	// a question already on the path is not entered again.
	var path []*Answer
	onPath := map[string]bool{}
	var walk func(q *Question)
	walk = func(q *Question) {
		onPath[q.ID] = true
		defer delete(onPath, q.ID)
		for _, a := range q.Answers {
			path = append(path, a)
			switch kind, id := a.Target(); kind {
			case "guide":
				if g := l.guides[id]; g != nil {
					l.checkPathAgrees(probs, path, id, g.Facets, exclusive, reported)
				}
			case "question":
				if next := questions[id]; next != nil && !onPath[id] {
					walk(next)
				}
			}
			path = path[:len(path)-1]
		}
	}
	if start := questions[f.Start]; start != nil {
		walk(start)
	}
}

// checkPathAgrees reports each fact of a path ending at guide id that the
// guide contradicts: a value of an exclusive facet the guide does not
// state where it states others. The problem names the line of the answer
// that states the fact, once per answer and guide.
func (l *Library) checkPathAgrees(probs *problem.List, path []*Answer, id string, guideFacts []string, exclusive map[string]bool, reported map[reportKey]bool) {
	facts := PathFacts(path)
	for _, facet := range factFacets(facts) {
		if !exclusive[facet] {
			continue
		}
		var says, states []string
		for _, fv := range facts {
			if strings.HasPrefix(fv, facet+":") && l.knownFacet(fv, false) {
				says = append(says, fv)
			}
		}
		for _, fv := range guideFacts {
			if strings.HasPrefix(fv, facet+":") {
				states = append(states, fv)
			}
		}
		if len(says) == 0 || len(states) == 0 || slices.ContainsFunc(says, func(fv string) bool { return slices.Contains(states, fv) }) {
			continue
		}
		// The last answer stating the facet is the one whose values hold.
		var by *Answer
		for _, a := range path {
			if slices.ContainsFunc(a.Facets, func(fv string) bool { return strings.HasPrefix(fv, facet+":") }) {
				by = a
			}
		}
		key := reportKey{by, facet, id}
		if reported[key] {
			continue
		}
		reported[key] = true
		probs.Errorf(FlowsFile, cmpLine(by.Lines, "facets", by.Line), "flow-facets", "answer %q says %s, but %s, where the way through it ends, states %s: add the fact to the guide's facets if it fits, or correct the answer", by.ID, strings.Join(says, ", "), id, strings.Join(states, ", "))
	}
}

// reportKey is a disagreement reported once however many ways through
// the flow show it: an answer, a facet, a guide.
type reportKey struct {
	answer       *Answer
	facet, guide string
}

// factFacets returns the facets of "facet:value" names, each once, in
// order.
func factFacets(facts []string) []string {
	var out []string
	for _, fv := range facts {
		facet, _, _ := strings.Cut(fv, ":")
		if !slices.Contains(out, facet) {
			out = append(out, facet)
		}
	}
	return out
}

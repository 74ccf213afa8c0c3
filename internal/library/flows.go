package library

import (
	"slices"
	"strings"

	"firststeps/internal/problem"
)

// FlowsFile holds the question flows.
const FlowsFile = "flows.yaml"

// Emergency is the answer target of the emergency page.
const Emergency = "emergency"

// Flow is a short set of questions that leads to one guide or the emergency
// page, for people who cannot put what is happening into words.
type Flow struct {
	ID           string         `yaml:"id"`
	Jurisdiction string         `yaml:"jurisdiction"`
	Start        string         `yaml:"start"` // first question id
	Questions    []*Question    `yaml:"questions"`
	Line         int            `yaml:"-"`
	Lines        map[string]int `yaml:"-"`
}

// Question is one page of a flow.
type Question struct {
	ID      string         `yaml:"id"`
	Text    string         `yaml:"text"`
	Hint    string         `yaml:"hint"`
	Answers []*Answer      `yaml:"answers"`
	Line    int            `yaml:"-"`
	Lines   map[string]int `yaml:"-"`
}

// Answer is one choice and where it leads: "question:<id>", "guide:<id>" or
// "emergency". Audience records who the person said they are, which changes
// the guide page they reach (under-18 routes first, for example).
type Answer struct {
	ID       string `yaml:"id"`
	Label    string `yaml:"label"`
	Hint     string `yaml:"hint"`
	Group    string `yaml:"group"` // optional heading above a run of answers
	To       string `yaml:"to"`
	Audience string `yaml:"audience"`
	// Facets are the facts the answer establishes, in the vocabulary of
	// facets.yaml and guides' facets ("images:threatened"), so that the
	// questions and search can be checked against each other and agree.
	// Several values of one facet mean any of them ("I am asking for
	// someone else": a parent, a friend or staff).
	Facets []string       `yaml:"facets"`
	Line   int            `yaml:"-"`
	Lines  map[string]int `yaml:"-"`
}

// Audiences an answer can record. "unsure" is someone who would rather not
// say their age: they are shown both adult and child routes.
var flowAudiences = []string{"", "adult", "under-18", "unsure", "parent", "supporter"}

type flowsFile struct {
	Flows []*Flow `yaml:"flows"`
}

// Question returns a question of the flow by id.
func (f *Flow) Question(id string) (*Question, bool) {
	for _, q := range f.Questions {
		if q.ID == id {
			return q, true
		}
	}
	return nil, false
}

// Answer returns an answer of the question by id.
func (q *Question) Answer(id string) (*Answer, bool) {
	for _, a := range q.Answers {
		if a.ID == id {
			return a, true
		}
	}
	return nil, false
}

// Target splits an answer's To into its kind ("question", "guide" or
// "emergency") and id.
func (a *Answer) Target() (kind, id string) {
	if a.To == Emergency {
		return Emergency, ""
	}
	kind, id, _ = strings.Cut(a.To, ":")
	return kind, id
}

// FlowFor returns the flow of a jurisdiction.
func (l *Library) FlowFor(jurisdiction string) (*Flow, bool) {
	for _, f := range l.Flows {
		if f.Jurisdiction == jurisdiction {
			return f, true
		}
	}
	return nil, false
}

// checkFlows validates every flow: answers lead somewhere that exists, every
// path ends at a guide or the emergency page, there are no cycles, every
// guide of the jurisdiction can be reached, and the facts the answers state
// agree with the guides they lead to.
func (l *Library) checkFlows(probs *problem.List) {
	seenFlow := map[string]bool{}
	for _, f := range l.Flows {
		line := func(k string) int { return cmpLine(f.Lines, k, f.Line) }
		if !idRE.MatchString(f.ID) || seenFlow[f.ID] {
			probs.Errorf(FlowsFile, line("id"), "flow", "flow id %q must be unique, lower-case words joined by hyphens", f.ID)
		}
		seenFlow[f.ID] = true
		if _, ok := l.jurisdictions[f.Jurisdiction]; !ok {
			probs.Errorf(FlowsFile, line("jurisdiction"), "unknown-jurisdiction", "flow %q: jurisdiction %q is not in %s", f.ID, f.Jurisdiction, JurisdictionsFile)
		}
		questions := map[string]*Question{}
		for _, q := range f.Questions {
			ql := func(k string) int { return cmpLine(q.Lines, k, q.Line) }
			switch {
			case !idRE.MatchString(q.ID):
				probs.Errorf(FlowsFile, ql("id"), "flow", "question id %q must be lower-case words joined by hyphens", q.ID)
			case questions[q.ID] != nil:
				probs.Errorf(FlowsFile, ql("id"), "flow", "question %q is defined twice", q.ID)
			}
			questions[q.ID] = q
			if strings.TrimSpace(q.Text) == "" {
				probs.Errorf(FlowsFile, q.Line, "flow", "question %q needs text", q.ID)
			}
			if len(q.Answers) < 2 {
				probs.Errorf(FlowsFile, q.Line, "flow", "question %q needs at least two answers", q.ID)
			}
			answerIDs := map[string]bool{}
			for _, a := range q.Answers {
				al := func(k string) int { return cmpLine(a.Lines, k, a.Line) }
				if !idRE.MatchString(a.ID) || answerIDs[a.ID] {
					probs.Errorf(FlowsFile, al("id"), "flow", "question %q: answer id %q must be unique, lower-case words joined by hyphens", q.ID, a.ID)
				}
				answerIDs[a.ID] = true
				if strings.TrimSpace(a.Label) == "" {
					probs.Errorf(FlowsFile, a.Line, "flow", "question %q: answer %q needs a label", q.ID, a.ID)
				}
				if !slices.Contains(flowAudiences, a.Audience) {
					probs.Errorf(FlowsFile, al("audience"), "flow", "answer %q: unknown audience %q (use %s)", a.ID, a.Audience, strings.Join(flowAudiences[1:], ", "))
				}
			}
		}
		if _, ok := questions[f.Start]; !ok {
			probs.Errorf(FlowsFile, line("start"), "flow-target", "flow %q starts at %q, which is not a question", f.ID, f.Start)
		}
		// Targets exist.
		for _, q := range f.Questions {
			for _, a := range q.Answers {
				at := cmpLine(a.Lines, "to", a.Line)
				switch kind, id := a.Target(); kind {
				case Emergency:
				case "question":
					if questions[id] == nil {
						probs.Errorf(FlowsFile, at, "flow-target", "answer %q leads to question %q, which does not exist", a.ID, id)
					}
				case "guide":
					if g := l.guides[id]; g == nil && l.unreadable[id] {
						continue
					} else if g == nil {
						probs.Errorf(FlowsFile, at, "flow-target", "answer %q leads to guide %q, which does not exist", a.ID, id)
					} else if g.Jurisdiction != f.Jurisdiction {
						probs.Errorf(FlowsFile, at, "flow-target", "answer %q leads to %s, outside jurisdiction %s", a.ID, id, f.Jurisdiction)
					}
				default:
					probs.Errorf(FlowsFile, at, "flow-target", "answer %q: %q must be question:<id>, guide:<id> or emergency", a.ID, a.To)
				}
			}
		}
		l.checkFlowPaths(probs, f, questions)
		l.checkFlowFacts(probs, f, questions)
	}
}

// checkFlowPaths finds cycles, questions no path reaches, and guides no
// answer leads to.
func (l *Library) checkFlowPaths(probs *problem.List, f *Flow, questions map[string]*Question) {
	const (
		unvisited = iota
		onPath
		done
	)
	state := map[string]int{}
	reachedGuides := map[string]bool{}
	var visit func(q *Question, path []string)
	visit = func(q *Question, path []string) {
		state[q.ID] = onPath
		for _, a := range q.Answers {
			kind, id := a.Target()
			switch kind {
			case "guide":
				reachedGuides[id] = true
			case "question":
				next := questions[id]
				if next == nil {
					continue
				}
				switch state[id] {
				case onPath:
					probs.Errorf(FlowsFile, cmpLine(a.Lines, "to", a.Line), "flow-cycle", "answer %q of %q leads back to %q: %s", a.ID, q.ID, id, strings.Join(append(path, q.ID, id), " → "))
				case unvisited:
					visit(next, append(path, q.ID))
				}
			}
		}
		state[q.ID] = done
	}
	if start := questions[f.Start]; start != nil {
		visit(start, nil)
	}
	for _, q := range f.Questions {
		if state[q.ID] == unvisited && questions[q.ID] == q {
			probs.Errorf(FlowsFile, q.Line, "flow-unreachable", "question %q cannot be reached from %q", q.ID, f.Start)
		}
	}
	for _, g := range l.Guides {
		if g.Jurisdiction == f.Jurisdiction && !reachedGuides[g.ID] && !l.unreadable[g.ID] {
			probs.Errorf(FlowsFile, f.Line, "flow-unreachable", "guide %s cannot be reached from flow %q: add an answer that leads to it", g.ID, f.ID)
		}
	}
}

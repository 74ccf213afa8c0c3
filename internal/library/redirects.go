package library

import (
	"strings"

	"firststeps/internal/problem"
)

// RedirectsFile maps old paths to guides, so a renamed guide never strands
// a reader on a missing page.
const RedirectsFile = "redirects.yaml"

// Redirect sends an old path to a guide.
type Redirect struct {
	From  string         `yaml:"from"` // an old path, such as /uk/old-slug
	To    string         `yaml:"to"`   // a guide id, such as uk/new-slug
	Line  int            `yaml:"-"`
	Lines map[string]int `yaml:"-"`
}

type redirectsFile struct {
	Redirects []*Redirect `yaml:"redirects"`
}

// checkRedirects rejects a redirect whose target does not exist, one that
// leads to another redirect (a chain) or to itself (a loop), and one whose
// old path is still a live guide or page (it would hide it).
func (l *Library) checkRedirects(probs *problem.List) {
	from := map[string]*Redirect{}
	for _, r := range l.Redirects {
		if r == nil {
			continue
		}
		line := func(k string) int { return cmpLine(r.Lines, k, r.Line) }
		switch {
		case !strings.HasPrefix(r.From, "/") || strings.ContainsAny(r.From, "?# ") || r.From == "/":
			probs.Errorf(RedirectsFile, line("from"), "redirect", "from %q must be a path such as /uk/old-slug", r.From)
		case from[r.From] != nil:
			probs.Errorf(RedirectsFile, line("from"), "redirect", "%s is redirected twice", r.From)
		}
		from[r.From] = r
	}
	for _, r := range l.Redirects {
		if r == nil {
			continue
		}
		line := func(k string) int { return cmpLine(r.Lines, k, r.Line) }
		target := "/" + r.To
		switch {
		case r.From == target:
			probs.Errorf(RedirectsFile, line("to"), "redirect-loop", "%s redirects to itself", r.From)
		case from[target] != nil:
			probs.Errorf(RedirectsFile, line("to"), "redirect-chain", "%s redirects to %s, which redirects again (line %d): point it at the final guide", r.From, target, from[target].Line)
		case l.guides[r.To] == nil && !l.unreadable[r.To]:
			probs.Errorf(RedirectsFile, line("to"), "redirect-target", "%s redirects to guide %q, which does not exist", r.From, r.To)
		}
		if id := strings.TrimPrefix(strings.TrimSuffix(r.From, "/"), "/"); l.guides[id] != nil {
			probs.Errorf(RedirectsFile, line("from"), "redirect-shadow", "%s is a live guide: a redirect would hide it", r.From)
		} else if l.jurisdictions[id] != nil {
			probs.Errorf(RedirectsFile, line("from"), "redirect-shadow", "%s is a live page: a redirect would hide it", r.From)
		}
	}
}

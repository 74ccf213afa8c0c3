package library

import (
	"path"
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

// LineOf returns the line of one of the redirect's fields in
// redirects.yaml, or of the redirect itself.
func (r *Redirect) LineOf(field string) int { return cmpLine(r.Lines, field, r.Line) }

// maxPathLen is the longest old path a redirect may have.
const maxPathLen = 256

// PlainPath reports whether p is a plain, clean path that a redirect may
// start from: "/" and then segments of ASCII letters, digits, "-", "_",
// "." and "~", separated by single slashes, with no "." or ".." segment, no
// trailing slash, no escapes, spaces, control characters, backslashes or
// pattern syntax. Anything else either never arrives as it is written (a
// browser or the server cleans it first), or could mean something else to
// the router or to a file system.
func PlainPath(p string) bool {
	if len(p) < 2 || len(p) > maxPathLen || p[0] != '/' || path.Clean(p) != p {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("/-_.~", c) >= 0) {
			return false
		}
	}
	return true
}

// checkRedirects rejects a redirect whose old path is not a plain path, one
// whose target does not exist, and one that leads to another redirect (a
// chain) or to itself (a loop). Whether an old path is one the server
// answers itself, which a redirect would hide, is for the web package to
// say: it knows every route (see web.CheckRedirects).
func (l *Library) checkRedirects(probs *problem.List) {
	from := map[string]*Redirect{}
	for _, r := range l.Redirects {
		if r == nil {
			continue
		}
		switch {
		case !PlainPath(r.From):
			probs.Errorf(RedirectsFile, r.LineOf("from"), "redirect", "from %q must be a plain path such as /uk/old-slug: letters, digits, \"-\", \"_\", \".\" and \"~\" between single slashes, no trailing slash", r.From)
		case from[r.From] != nil:
			probs.Errorf(RedirectsFile, r.LineOf("from"), "redirect", "%s is redirected twice", r.From)
		}
		from[r.From] = r
	}
	for _, r := range l.Redirects {
		if r == nil {
			continue
		}
		target := "/" + r.To
		switch {
		case r.From == target:
			probs.Errorf(RedirectsFile, r.LineOf("to"), "redirect-loop", "%s redirects to itself", r.From)
		case from[target] != nil:
			probs.Errorf(RedirectsFile, r.LineOf("to"), "redirect-chain", "%s redirects to %s, which redirects again (line %d): point it at the final guide", r.From, target, from[target].Line)
		case l.guides[r.To] == nil && !l.unreadable[r.To]:
			probs.Errorf(RedirectsFile, r.LineOf("to"), "redirect-target", "%s redirects to guide %q, which does not exist", r.From, r.To)
		}
	}
}

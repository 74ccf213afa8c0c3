package web

import (
	"crypto/sha256"
	"fmt"
	"html/template"
	"strings"

	"firststeps/internal/guide"
)

// A guide in a neutral category (categories.yaml) has a second address,
// /g/<token>, that names nothing, with a neutral page title, and links
// within the site go there: a browser's history then shows an entry such as
// "Information" at /g/k4v9q2ab, not the situation. The guide's own address
// stays the canonical one, for search engines and for sharing; a page
// opened there swaps its address and title for the neutral ones as it
// loads (views.js), where the browser allows it.

// neutralPath is the neutral address of a guide: a token of its id, the
// same on every build.
func neutralPath(g *guide.Guide) string {
	sum := sha256.Sum256([]byte(g.ID))
	return "/g/" + tokenEncoding.EncodeToString(sum[:5])
}

// neutral reports whether a guide's category asks for a neutral address.
func (s *Server) neutral(g *guide.Guide) bool {
	c, ok := s.lib.Category(g.Category)
	return ok && c.Neutral
}

// linkTo is the address links within the site use for a guide.
func (s *Server) linkTo(g *guide.Guide) string {
	if s.neutral(g) {
		return neutralPath(g)
	}
	return guidePath(g)
}

// indexNeutral maps every neutral address to its guide, and refuses two
// guides that share one.
func (s *Server) indexNeutral() error {
	s.byNeutral = map[string]*guide.Guide{}
	for _, g := range s.lib.Guides {
		if !s.neutral(g) {
			continue
		}
		p := neutralPath(g)
		if other, dup := s.byNeutral[p]; dup {
			return fmt.Errorf("web: guides %s and %s share the neutral address %s", other.ID, g.ID, p)
		}
		s.byNeutral[p] = g
	}
	return nil
}

// neutralLinks points a guide's links to other guides at their neutral
// addresses, where they have one, keeping a link's part of the page
// ("#who-can-help"), and marks a link to a guide of the same country
// (data-g) so views.js carries the reader's choice of view there. A page
// made for one view (tok, the server's) carries it itself, for a browser
// without scripts.
func (s *Server) neutralLinks(html template.HTML, g *guide.Guide, tok string) template.HTML {
	h := string(html)
	done := map[string]bool{}
	for _, lk := range g.Links {
		if done[lk.URL] {
			continue // every href of it was rewritten the first time
		}
		done[lk.URL] = true
		path, frag, hasFrag := strings.Cut(lk.URL, "#")
		other, err := s.lib.Guide(strings.Trim(path, "/"))
		if err != nil {
			continue
		}
		to := s.linkTo(other)
		mark := ""
		if other.Jurisdiction == g.Jurisdiction {
			mark = " data-g"
			to = withView(to, tok)
		}
		if hasFrag {
			to += "#" + frag
		}
		h = strings.ReplaceAll(h, `href="`+lk.URL+`"`, `href="`+to+`"`+mark)
	}
	return template.HTML(h)
}

// withView adds a view's token to the address of a guide ("" adds
// nothing).
func withView(path, tok string) string {
	if tok == "" {
		return path
	}
	return path + "?v=" + tok
}

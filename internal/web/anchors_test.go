package web_test

import (
	"strings"
	"testing"

	"firststeps/internal/guide"
	"firststeps/internal/routes"
)

// TestGuidePagesHaveTheirAnchors checks that every guide page, in every
// view, has each part lint lets another guide link to
// ("/uk/partner-monitoring#who-can-help"), once: a link that lands nowhere
// leaves the reader at the top of a long page.
func TestGuidePagesHaveTheirAnchors(t *testing.T) {
	h, lib := realSite(t)
	for _, g := range lib.Guides {
		j, _ := lib.Jurisdiction(g.Jurisdiction)
		for _, v := range routes.Views(j.NationIDs()) {
			u := "/" + g.ID
			if tok := v.Token(j.NationIDs()); tok != "" {
				u += "?v=" + tok
			}
			body := get(t, h, u).Body.String()
			for _, a := range guide.PageAnchors {
				if n := strings.Count(body, ` id="`+a+`"`); n != 1 {
					t.Errorf("%s: %d elements with id %q, want 1", u, n, a)
				}
			}
		}
	}
}

package web_test

import (
	"regexp"
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

// TestLinksUseNeutralAddresses checks that no guide page links to another
// guide of a neutral category by its own address, with or without a part
// of the page after it: the address and title would then stand in the browser's
// history, naming the situation, before the page could swap them.
func TestLinksUseNeutralAddresses(t *testing.T) {
	h, lib := realSite(t)
	href := regexp.MustCompile(`<a [^>]*href="(/[a-z]+/[a-z0-9-]+)([?#][^"]*)?"`)
	for _, g := range lib.Guides {
		body := get(t, h, "/"+g.ID).Body.String()
		for _, m := range href.FindAllStringSubmatch(body, -1) {
			other, err := lib.Guide(strings.TrimPrefix(m[1], "/"))
			if err != nil || other == g { // its own address: the reader is there already
				continue
			}
			if c, ok := lib.Category(other.Category); ok && c.Neutral {
				t.Errorf("%s links to %s by its own address (%s), not its neutral one", g.ID, other.ID, m[0])
			}
		}
	}
}

// TestServerCarriesTheViewWithoutScripts checks that a guide page the
// server makes for one view (?v=) links other guides of its country with
// the same view, so a browser without scripts keeps the reader's choice;
// the page with no view adds nothing.
func TestServerCarriesTheViewWithoutScripts(t *testing.T) {
	h, lib := realSite(t)
	j, _ := lib.Jurisdiction("uk")
	tok := routes.View{Audience: routes.Under18}.Token(j.NationIDs())
	body := get(t, h, "/uk/doxxing-threats?v="+tok).Body.String()
	if !regexp.MustCompile(`href="/g/[a-z0-9]+\?v=` + tok + `#who-can-help" data-g`).MatchString(body) {
		t.Errorf("step 7's link does not carry ?v=%s", tok)
	}
	_, related, _ := strings.Cut(body, `id="related"`)
	if n := strings.Count(related, `?v=`+tok+`" data-g`); n == 0 {
		t.Errorf("no related guide link carries ?v=%s", tok)
	}
	if plain := get(t, h, "/uk/doxxing-threats").Body.String(); strings.Contains(plain, "?v="+tok+`" data-g`) || strings.Contains(plain, "?v="+tok+"#") {
		t.Error("the page with no view carries one")
	}
}

package api_test

import (
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"firststeps/internal/guide"
	"firststeps/internal/routes"
)

func TestGuideList(t *testing.T) {
	lib := realLibrary(t)
	h := shared(t)
	l := decode[guideList](t, get(t, h, "/api/v1/guides"))
	if len(l.Guides) != len(lib.Guides) {
		t.Fatalf("%d guides, want %d", len(l.Guides), len(lib.Guides))
	}
	for i, g := range lib.Guides {
		e := l.Guides[i]
		if e.ID != g.ID || e.Jurisdiction != g.Jurisdiction || e.Slug != g.Slug || e.Title != g.Title || e.Situation != g.Situation || e.Category != g.Category {
			t.Errorf("entry %d: %+v, want %s", i, e, g.ID)
		}
		if e.Created != g.Created.String() || e.Reviewed != g.Reviewed.String() || e.ReviewDue != g.ReviewBy.String() || e.Created == "" || e.ReviewDue <= e.Reviewed {
			t.Errorf("%s: created %s, reviewed %s, review due %s", g.ID, e.Created, e.Reviewed, e.ReviewDue)
		}
		if !slices.Equal(e.Audience, g.Audience) && !(len(e.Audience) == 0 && len(g.Audience) == 0) {
			t.Errorf("%s: audience %v, want %v", g.ID, e.Audience, g.Audience)
		}
		if e.APIURL != "/api/v1/guides/"+g.ID {
			t.Errorf("%s: api_url %q", g.ID, e.APIURL)
		}
		c, _ := lib.Category(g.Category)
		if neutral := !strings.Contains(e.URL, g.Slug); neutral != c.Neutral {
			t.Errorf("%s: url %q, but its category's neutral is %v", g.ID, e.URL, c.Neutral)
		}
	}
	if len(l.Jurisdictions) != len(lib.Jurisdictions) || l.Jurisdictions[0].ID != "uk" || len(l.Jurisdictions[0].Nations) != 4 {
		t.Errorf("jurisdictions %+v", l.Jurisdictions)
	}
	if other := get(t, h, "/api/v1/guides.json"); other.Body.String() != get(t, h, "/api/v1/guides").Body.String() {
		t.Error("/api/v1/guides.json differs from /api/v1/guides")
	}
}

var dataS = regexp.MustCompile(`data-s="([^"]+)"`)

// TestGuideEveryView asks for every guide in every view, and checks the
// answer against the guide's page for that view: the same services,
// chosen by the same rules, and the same text.
func TestGuideEveryView(t *testing.T) {
	lib := realLibrary(t)
	h := shared(t)
	checked := 0
	for _, g := range lib.Guides {
		nations := lib.Nations(g.Jurisdiction)
		for _, v := range routes.Views(nations) {
			path := "/api/v1/guides/" + g.ID + "?audience=" + string(v.Audience) + "&nation=" + v.Nation
			d := decode[guideDoc](t, get(t, h, path))
			if d.ID != g.ID || d.View != (view{string(v.Audience), v.Nation}) {
				t.Fatalf("%s: id %q, view %+v", path, d.ID, d.View)
			}
			page := get(t, h, "/"+g.ID+pageQuery(v, nations)).Body.String()
			var onPage []string
			for _, m := range dataS.FindAllStringSubmatch(page, -1) {
				onPage = append(onPage, strings.Fields(m[1])...)
			}
			var inAPI []string
			for _, r := range d.Routes {
				for _, it := range r.Items {
					inAPI = append(inAPI, it.Services...)
				}
			}
			if a, p := set(inAPI), set(onPage); !slices.Equal(a, p) {
				t.Errorf("%s: routes name %v, the page shows %v", path, a, p)
			}
			checkRoutesNamed(t, d.Routes, d.Services)
			checkSections(t, path, g, d)
			for _, l := range d.Laws {
				for _, r := range l.Rules {
					if v.Nation != "" && len(r.Nations) > 0 && !slices.Contains(r.Nations, v.Nation) {
						t.Errorf("%s: law %s gives the rule for %v", path, l.ID, r.Nations)
					}
					if !strings.Contains(sectionText(d), r.Says) {
						t.Errorf("%s: law %s says %q, which the text does not", path, l.ID, r.Says)
					}
				}
			}
			checked++
		}
	}
	if checked < len(lib.Guides)*4 {
		t.Errorf("checked %d views", checked)
	}
}

func pageQuery(v routes.View, nations []string) string {
	if tok := v.Token(nations); tok != "" {
		return "?v=" + tok
	}
	return ""
}

func set(ids []string) []string {
	slices.Sort(ids)
	return slices.Compact(ids)
}

func sectionText(d guideDoc) string {
	var b strings.Builder
	for _, s := range d.Sections {
		for _, it := range s.Items {
			b.WriteString(it.Text + "\n")
		}
	}
	return b.String()
}

var glued = regexp.MustCompile(`\)[\p{L}\d]`)

// checkSections checks the eight sections: their ids in order, items with
// text, and HTML that is safe to put in another page.
func checkSections(t *testing.T, path string, g *guide.Guide, d guideDoc) {
	t.Helper()
	want := []string{"short-answer", "do-not", "do-now", "can-wait", "reassurance", "scope", "important-note", "resources"}
	var ids []string
	for i, s := range d.Sections {
		ids = append(ids, s.ID)
		if i < len(guide.SectionHeadings) && s.Heading != guide.SectionHeadings[i] {
			t.Errorf("%s: section %s heading %q", path, s.ID, s.Heading)
		}
		if len(s.Items) == 0 {
			t.Errorf("%s: section %s has no items", path, s.ID)
		}
		for _, it := range s.Items {
			if it.Text == "" || it.HTML == "" {
				t.Errorf("%s: section %s has an empty item %+v", path, s.ID, it)
			}
			if it.Lead != "" && !strings.HasPrefix(it.Text, it.Lead) {
				t.Errorf("%s: lead %q does not open %q", path, it.Lead, it.Text)
			}
			if m := glued.FindString(it.Text); m != "" && s.ID != "resources" {
				t.Errorf("%s: words run together (%q) in %q", path, m, it.Text)
			}
			checkSafeHTML(t, path, it.HTML)
		}
	}
	if !slices.Equal(ids, want) {
		t.Errorf("%s: sections %v", path, ids)
	}
	if d.ShortAnswer.Text == "" || !strings.HasPrefix(d.ShortAnswer.Text, strings.Fields(g.ShortAnswer())[0]) {
		t.Errorf("%s: short answer %q", path, d.ShortAnswer.Text)
	}
	if len(g.Sections[guide.DoNot].Text) > 0 && d.Sections[1].Items[0].Lead == "" {
		t.Errorf("%s: the first thing not to do has no lead", path)
	}
}

var safeTags = map[atom.Atom]bool{atom.P: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Strong: true, atom.Em: true, atom.Code: true, atom.Br: true, atom.A: true}

func checkSafeHTML(t *testing.T, path, h string) {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(h), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		t.Fatal(err)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			if !safeTags[n.DataAtom] {
				t.Errorf("%s: <%s> in %q", path, n.Data, h)
			}
			for _, a := range n.Attr {
				if n.DataAtom != atom.A || a.Key != "href" {
					t.Errorf("%s: attribute %s on <%s>", path, a.Key, n.Data)
				} else if !regexp.MustCompile(`^(https://|http://|tel:|sms:|mailto:)`).MatchString(a.Val) {
					t.Errorf("%s: link to %q", path, a.Val)
				}
			}
		case html.CommentNode:
			t.Errorf("%s: a comment (an unfilled placeholder?) in %q", path, h)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
}

// TestGuideFillsRoutesForTheView checks one guide's text in detail: the
// route placeholders filled for the reader's nation, joined by "or" as
// the page's style sheet shows them, and links made absolute.
func TestGuideFillsRoutesForTheView(t *testing.T) {
	h := shared(t)
	d := decode[guideDoc](t, get(t, h, "/api/v1/guides/uk/threat-to-share-images?audience=adult&nation=scotland"))
	text := sectionText(d)
	for _, want := range []string{
		"report them to the police on Police Scotland (101)",
		"Scotland's Domestic Abuse and Forced Marriage Helpline (0800 027 1234) or Men's Advice Line",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Live Fear Free") {
		t.Error("a Welsh helpline is offered to a reader in Scotland")
	}
	var html string
	for _, s := range d.Sections {
		for _, it := range s.Items {
			html += it.HTML
		}
	}
	for _, want := range []string{`<a href="tel:101">101</a>`, `<a href="https://example.org/record">My record</a>`} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %s", want)
		}
	}
	if !strings.Contains(d.URL, "https://example.org/g/") || !strings.Contains(d.URL, "?v=") {
		t.Errorf("url %q: want the neutral address for the view", d.URL)
	}
	var laws []string
	for _, l := range d.Laws {
		for _, r := range l.Rules {
			laws = append(laws, strings.Join(r.Nations, ","))
		}
	}
	if len(laws) != 1 || laws[0] != "scotland" {
		t.Errorf("laws for %v, want Scotland's alone", laws)
	}
	all := decode[guideDoc](t, get(t, h, "/api/v1/guides/uk/threat-to-share-images"))
	if len(all.Laws) == 0 || len(all.Laws[0].Rules) < 2 {
		t.Errorf("with no nation chosen, every nation's rule: %+v", all.Laws)
	}
}

func TestGuideDetails(t *testing.T) {
	lib := realLibrary(t)
	h := shared(t)
	g, err := lib.Guide("uk/threat-to-share-images")
	if err != nil {
		t.Fatal(err)
	}
	d := decode[guideDoc](t, get(t, h, "/api/v1/guides/uk/threat-to-share-images?audience=helping"))
	var related []string
	for _, r := range d.Related {
		related = append(related, r.ID)
		if !strings.HasPrefix(r.APIURL, "/api/v1/guides/") || !strings.HasPrefix(r.URL, "https://example.org/") {
			t.Errorf("related %+v", r)
		}
	}
	if !slices.Equal(related, g.Related) {
		t.Errorf("related %v, want %v", related, g.Related)
	}
	// A role that speaks to the reader has words for a helper.
	for _, r := range d.Routes {
		if role, _ := lib.Role("uk", r.ID); role.HelpingLabel != "" && r.Label != role.HelpingLabel {
			t.Errorf("role %s: label %q, want the helper's %q", r.ID, r.Label, role.HelpingLabel)
		}
	}
	// A guide with a twin in the other jurisdiction names it.
	safety := decode[guideDoc](t, get(t, h, "/api/v1/guides/uk/staying-safe-on-this-device"))
	if len(safety.Twins) != 1 || safety.Twins[0].ID != "us/staying-safe-on-this-device" {
		t.Errorf("twins %+v", safety.Twins)
	}
	if rp := get(t, h, "/api/v1/guides/uk/threat-to-share-images.json"); rp.Body.String() != get(t, h, "/api/v1/guides/uk/threat-to-share-images").Body.String() {
		t.Error("the .json path answers differently")
	}
}

func TestGuideCacheControl(t *testing.T) {
	lib := realLibrary(t)
	h := shared(t)
	for _, g := range lib.Guides {
		c, _ := lib.Category(g.Category)
		want := "no-cache"
		if c.Neutral {
			// As its page: nothing kept on a device names the situation.
			want = "no-store"
		}
		if got := get(t, h, "/api/v1/guides/"+g.ID).Header().Get("Cache-Control"); got != want {
			t.Errorf("%s: Cache-Control %q, want %q", g.ID, got, want)
		}
	}
}

func TestGuideErrors(t *testing.T) {
	h := shared(t)
	cases := []struct {
		name, method, path string
		status             int
		code               string
	}{
		{"unknown guide", "GET", "/api/v1/guides/uk/no-such-guide", 404, "unknown_guide"},
		{"unknown guide file", "GET", "/api/v1/guides/uk/no-such-guide.json", 404, "unknown_guide"},
		{"guide of another jurisdiction", "GET", "/api/v1/guides/us/tracker-found", 404, "unknown_guide"},
		{"unknown jurisdiction", "GET", "/api/v1/guides/fr/threat-to-share-images", 404, "unknown_jurisdiction"},
		{"bad audience", "GET", "/api/v1/guides/uk/threat-to-share-images?audience=parent", 400, "bad_audience"},
		{"bad nation", "GET", "/api/v1/guides/uk/threat-to-share-images?nation=texas", 400, "bad_nation"},
		{"nation where there are none", "GET", "/api/v1/guides/us/staying-safe-on-this-device?nation=england", 400, "bad_nation"},
		{"POST", "POST", "/api/v1/guides/uk/threat-to-share-images", 405, "method_not_allowed"},
		{"DELETE list", "DELETE", "/api/v1/guides", 405, "method_not_allowed"},
		{"POST list", "POST", "/api/v1/guides.json", 405, "method_not_allowed"},
		{"too deep", "GET", "/api/v1/guides/uk/threat-to-share-images/more", 404, "not_found"},
		{"too shallow", "GET", "/api/v1/guides/uk", 404, "not_found"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := do(t, h, c.method, c.path, "")
			if got := errorCode(t, w, c.status); got != c.code {
				t.Errorf("code %q, want %q", got, c.code)
			}
			if c.status == http.StatusMethodNotAllowed && w.Header().Get("Allow") != "GET, HEAD, OPTIONS" {
				t.Errorf("Allow %q", w.Header().Get("Allow"))
			}
		})
	}
}

// TestGuideSources: every guide names the official pages its facts were
// checked on, each with the date it was checked, what it supports and the
// title the resource registry gives it, in the guide's order and the same
// in every view.
func TestGuideSources(t *testing.T) {
	lib := realLibrary(t)
	h := shared(t)
	for _, g := range lib.Guides {
		d := decode[guideDoc](t, get(t, h, "/api/v1/guides/"+g.ID))
		if len(d.Sources) != len(g.Sources) || len(d.Sources) == 0 {
			t.Errorf("%s: %d sources, want %d", g.ID, len(d.Sources), len(g.Sources))
			continue
		}
		for i, s := range g.Sources {
			got := d.Sources[i]
			if got.URL != s.URL || got.Checked != s.Checked.String() || got.Supports != s.Supports || got.Checked == "" {
				t.Errorf("%s: source %d is %+v, want %s checked %s", g.ID, i, got, s.URL, s.Checked)
			}
			if res, ok := lib.Resource(s.URL); ok && got.Title != res.Title {
				t.Errorf("%s: source %s titled %q, want %q", g.ID, s.URL, got.Title, res.Title)
			}
			if !strings.HasPrefix(got.URL, "https://") {
				t.Errorf("%s: source %q is not an https page", g.ID, got.URL)
			}
		}
		nations := lib.Nations(g.Jurisdiction)
		views := routes.Views(nations)
		v := views[len(views)-1]
		other := decode[guideDoc](t, get(t, h, "/api/v1/guides/"+g.ID+"?audience="+string(v.Audience)+"&nation="+v.Nation))
		if !slices.Equal(other.Sources, d.Sources) {
			t.Errorf("%s: the sources change with the view", g.ID)
		}
	}
}

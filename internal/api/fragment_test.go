package api

import (
	"html/template"
	"strings"
	"testing"
	"unicode/utf8"
)

// dump writes a tree back as a compact outline: elements as name[attrs]{…},
// text quoted.
func dump(n *node) string {
	var b strings.Builder
	var walk func(*node)
	walk = func(n *node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !c.Element {
				b.WriteString("'" + c.Data + "'")
				continue
			}
			b.WriteString(c.Data)
			for _, a := range c.Attr {
				b.WriteString("[" + a.Name.Local + "=" + a.Value + "]")
			}
			b.WriteString("{")
			walk(c)
			b.WriteString("}")
		}
	}
	walk(n)
	return b.String()
}

func TestParseFragment(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<p>Call <strong>999</strong></p>`, `p{'Call 'strong{'999'}}`},
		{`<ul><li>one<br>two</li><li>three</li></ul>`, `ul{li{'one'br{}'two'}li{'three'}}`},
		{`<p>it&rsquo;s &#39;here&#39; &amp; now&nbsp;</p>`, "p{'it\u2019s 'here' & now\u00a0'}"},
		{`<span class="sv" hidden>x</span><span class=sep>or</span>`, `span[class=sv][hidden=hidden]{'x'}span[class=sep]{'or'}`},
		{`<p>a<!-- left -->b</p>`, `p{'ab'}`},
		{`<p>a<br/>b</p>`, `p{'a'br{}'b'}`},
		{"text\n<p>x</p>", "'text\n'p{'x'}"},
	} {
		root, err := parseFragment(tc.in)
		if err != nil {
			t.Errorf("parseFragment(%q): %v", tc.in, err)
			continue
		}
		if got := dump(root); got != tc.want {
			t.Errorf("parseFragment(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
	for _, bad := range []string{`<p>open`, `<p><em>x</p></em>`, `</p>`, `<p a="x>y</p>`} {
		if root, err := parseFragment(bad); err == nil {
			t.Errorf("parseFragment(%q) = %s, want an error", bad, dump(root))
		}
	}
}

// FuzzParseFragment: text written as html/template writes it, in a
// paragraph, reads back as one paragraph holding that text (line ends
// as HTML reads them, characters XML cannot hold as U+FFFD), whatever the
// text is.
func FuzzParseFragment(f *testing.F) {
	for _, s := range []string{"Call 999", "it\u2019s <b>here</b> & 'now'", "a\r\nb\rc", "\x00\x0c\xff", "&amp; &rsquo;", "<!-- c -->"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		root, err := parseFragment("<p>" + template.HTMLEscapeString(s) + "</p>")
		if err != nil {
			t.Fatalf("escaped %q: %v", s, err)
		}
		want := strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
		want = strings.Map(func(r rune) rune {
			if notXML(r) {
				return utf8.RuneError
			}
			return r
		}, want)
		p := root.FirstChild
		if p == nil || !p.is("p") || p.NextSibling != nil {
			t.Fatalf("escaped %q: %s, want one paragraph", s, dump(root))
		}
		got := ""
		if p.FirstChild != nil {
			got = p.FirstChild.Data
			if p.FirstChild.Element || p.FirstChild.NextSibling != nil {
				t.Fatalf("escaped %q: %s, want one run of text", s, dump(root))
			}
		}
		if got != want {
			t.Fatalf("escaped %q: read %q, want %q", s, got, want)
		}
	})
}

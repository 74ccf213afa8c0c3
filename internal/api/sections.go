package api

import (
	"html/template"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A guide's section comes from the site as its page shows it. The API
// splits it into items and gives each twice: as plain text, and as HTML a
// partner can put in a page of its own. That HTML keeps only p, ul, ol,
// li, strong, em, code, br and a with an https, http, tel, sms or mailto
// href (or a path on the site, made absolute with the base URL): no
// attribute else, no class, no script, no style. What the site's style
// sheet draws between the services of a route ("or") and between
// alternatives ("; ") is written out, and a law line, which it shows as a
// line of its own, gets a line break before and after, so the text reads
// the same without it.

// bodyContext is where a section's HTML sits: in the page body.
var bodyContext = &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}

// sectionItems splits a section into its items: the entries of its list,
// or its paragraphs.
func (a *API) sectionItems(h template.HTML) []itemDoc {
	nodes, err := html.ParseFragment(strings.NewReader(string(h)), bodyContext)
	if err != nil {
		return []itemDoc{}
	}
	items := []itemDoc{}
	for _, n := range nodes {
		switch {
		case n.Type == html.ElementNode && (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol):
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Li {
					items = append(items, a.item(c))
				}
			}
		case n.Type == html.ElementNode, n.Type == html.TextNode && strings.TrimSpace(n.Data) != "":
			items = append(items, a.item(n))
		}
	}
	return items
}

// item renders what n holds: a list entry's or a paragraph's contents.
func (a *API) item(n *html.Node) itemDoc {
	w := cleanWriter{base: a.cfg.BaseURL, lineStart: true}
	if n.Type == html.TextNode {
		w.node(n)
	} else {
		w.children(n)
	}
	return itemDoc{Lead: lead(n), Text: w.plain(), HTML: strings.TrimSpace(w.html.String())}
}

// joinItems makes one item of several: the short answer's paragraphs.
func joinItems(items []itemDoc) itemDoc {
	var out itemDoc
	var texts, htmls []string
	for _, it := range items {
		texts = append(texts, it.Text)
		htmls = append(htmls, "<p>"+it.HTML+"</p>")
	}
	out.Text = strings.Join(texts, "\n")
	out.HTML = strings.Join(htmls, "")
	return out
}

// lead is the text of the bold sentence an entry opens with, or "".
func lead(n *html.Node) string {
	for c := n.FirstChild; c != nil; {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
			c = c.NextSibling
		case c.Type == html.ElementNode && c.DataAtom == atom.P:
			c = c.FirstChild // a loose list's entry opens with a paragraph
		case c.Type == html.ElementNode && c.DataAtom == atom.Strong:
			w := cleanWriter{lineStart: true}
			w.children(c)
			return w.plain()
		default:
			return ""
		}
	}
	return ""
}

// cleanWriter writes nodes as safe HTML and as plain text at once.
type cleanWriter struct {
	base string
	html strings.Builder
	text strings.Builder
	// lineStart says nothing has been written on the current line yet;
	// owed says a law line has ended, so what follows starts a new line.
	lineStart, owed bool
}

// kept are the elements the HTML keeps; block ones also end a line of the
// plain text.
var kept = map[atom.Atom]bool{atom.P: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Br: true, atom.Strong: false, atom.Em: false, atom.Code: false}

func (w *cleanWriter) children(n *html.Node) {
	prevAlt := false
	for i, c := 0, n.FirstChild; c != nil; c = c.NextSibling {
		// A service's own "or" (class sep) shows on the site only after
		// another shown service: it is written here, between the services
		// the view keeps, and so is "; " between alternatives.
		if c.Type == html.ElementNode && (hidden(c) || hasClass(c, "sep")) {
			continue
		}
		if c.Type == html.ElementNode {
			if hasClass(n, "rr") && i > 0 {
				w.write(" or ")
			}
			isAlt := hasClass(c, "alt")
			if isAlt && prevAlt {
				w.write("; ")
			}
			prevAlt = isAlt
			i++
		}
		w.node(c)
	}
}

func (w *cleanWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.write(n.Data)
		return
	case html.ElementNode:
	default:
		return // comments (a placeholder left unfilled), doctypes
	}
	block, ok := kept[n.DataAtom]
	switch {
	case hasClass(n, "law"):
		w.lineBreak()
		w.owed = false
		w.children(n)
		w.owed = true
	case n.DataAtom == atom.A:
		href := w.href(attr(n, "href"))
		if href == "" {
			w.children(n)
			return
		}
		w.settle()
		w.html.WriteString(`<a href="` + html.EscapeString(href) + `">`)
		w.children(n)
		w.html.WriteString("</a>")
	case ok && block:
		w.owed = false
		w.text.WriteByte('\n')
		w.html.WriteString("<" + n.Data + ">")
		w.lineStart = true
		if n.DataAtom != atom.Br {
			w.children(n)
			w.html.WriteString("</" + n.Data + ">")
			w.text.WriteByte('\n')
			w.lineStart, w.owed = true, false
		}
	case ok:
		w.settle()
		w.html.WriteString("<" + n.Data + ">")
		w.children(n)
		w.html.WriteString("</" + n.Data + ">")
	default:
		// Anything else (the site's spans) gives only what it holds.
		w.children(n)
	}
}

func (w *cleanWriter) write(s string) {
	if strings.TrimSpace(s) == "" {
		if !w.owed && !w.lineStart {
			w.html.WriteString(html.EscapeString(s))
			w.text.WriteString(s)
		}
		return
	}
	w.settle()
	w.html.WriteString(html.EscapeString(s))
	w.text.WriteString(s)
}

// settle starts the new line a law line owes, before anything is written
// after it.
func (w *cleanWriter) settle() {
	if w.owed {
		w.lineBreak()
		w.owed = false
	}
	w.lineStart = false
}

// lineBreak ends the current line, unless nothing is on it.
func (w *cleanWriter) lineBreak() {
	if !w.lineStart {
		w.html.WriteString("<br>")
		w.text.WriteByte('\n')
		w.lineStart = true
	}
}

// plain is the text, one line per block, spaces collapsed.
func (w *cleanWriter) plain() string {
	var lines []string
	for _, l := range strings.Split(w.text.String(), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// href keeps a link a reader can follow safely, or gives "".
func (w *cleanWriter) href(h string) string {
	if strings.HasPrefix(h, "/") && !strings.HasPrefix(h, "//") {
		return w.base + h
	}
	u, err := url.Parse(h)
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "https", "http", "tel", "sms", "mailto":
		return h
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	return n.Type == html.ElementNode && slices.Contains(strings.Fields(attr(n, "class")), class)
}

func hidden(n *html.Node) bool {
	return slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return a.Key == "hidden" })
}

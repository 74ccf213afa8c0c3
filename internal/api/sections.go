package api

import (
	"html"
	"html/template"
	"net/url"
	"slices"
	"strings"
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

// sectionItems splits a section into its items: the entries of its list,
// or its paragraphs.
func (a *API) sectionItems(h template.HTML) []itemDoc {
	root, err := parseFragment(string(h))
	if err != nil {
		return []itemDoc{}
	}
	items := []itemDoc{}
	for n := root.FirstChild; n != nil; n = n.NextSibling {
		switch {
		case n.is("ul"), n.is("ol"):
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.is("li") {
					items = append(items, a.item(c))
				}
			}
		case n.Element, strings.TrimSpace(n.Data) != "":
			items = append(items, a.item(n))
		}
	}
	return items
}

// item renders what n holds: a list entry's or a paragraph's contents.
func (a *API) item(n *node) itemDoc {
	w := cleanWriter{base: a.cfg.BaseURL, lineStart: true}
	if !n.Element {
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
func lead(n *node) string {
	for c := n.FirstChild; c != nil; {
		switch {
		case !c.Element && strings.TrimSpace(c.Data) == "":
			c = c.NextSibling
		case c.is("p"):
			c = c.FirstChild // a loose list's entry opens with a paragraph
		case c.is("strong"):
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
var kept = map[string]bool{"p": true, "ul": true, "ol": true, "li": true, "br": true, "strong": false, "em": false, "code": false}

func (w *cleanWriter) children(n *node) {
	prevAlt := false
	for i, c := 0, n.FirstChild; c != nil; c = c.NextSibling {
		// A service's own "or" (class sep) shows on the site only after
		// another shown service: it is written here, between the services
		// the view keeps, and so is "; " between alternatives.
		if c.Element && (c.has("hidden") || hasClass(c, "sep")) {
			continue
		}
		if c.Element {
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

func (w *cleanWriter) node(n *node) {
	if !n.Element {
		w.write(n.Data)
		return
	}
	block, ok := kept[n.Data]
	switch {
	case hasClass(n, "law"):
		w.lineBreak()
		w.owed = false
		w.children(n)
		w.owed = true
	case n.is("a"):
		href := w.href(n.attr("href"))
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
		if n.Data != "br" {
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

func hasClass(n *node, class string) bool {
	return n.Element && slices.Contains(strings.Fields(n.attr("class")), class)
}

package sources

import (
	"bytes"
	"fmt"
	"mime"
	"net/url"
	"strings"

	"github.com/andybalholm/cascadia"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// ExtractorVersion names the extraction and normalisation that produced a
// snapshot. Change the suffix whenever pruning, extraction or Normalize
// changes what a page yields, so an editor can tell a real change from a
// new extractor.
const ExtractorVersion = "go-trafilatura v1.12.2 (fallback on); firststeps prune+normalise 2"

// maxExtractElements is the most elements a page may have, once pruned,
// for go-trafilatura, whose cost grows much faster than the page: a 5 MiB
// page of paragraphs took 70 s and allocated 118 GB. A page with more is
// a list or a dump rather than an article; the text of its main container
// (or its body) is taken as it is, in time and memory in proportion to its
// size. Official pages have a few thousand elements at most.
const maxExtractElements = 10_000

// chromeSelectors are removed from every page before extraction: cookie
// and consent banners, navigation, the site's header and footer, and
// other page furniture.
var chromeSelectors = []string{
	// cookie and consent banners
	`[id*=cookie i]`, `[class*=cookie i]`, `[id*=consent i]`, `[class*=consent i]`,
	`[aria-label*=cookie i]`, `[data-module*=cookie i]`, `#onetrust-consent-sdk`, `#CybotCookiebotDialog`,
	`.cc-window`, `.cc-banner`, `#gdpr-banner`, `.gdpr`,
	// navigation and furniture
	`nav`, `[role=navigation]`, `[role=search]`, `.skip-link`, `.govuk-skip-link`, `.breadcrumb`, `.breadcrumbs`,
	`.govuk-breadcrumbs`, `.govuk-phase-banner`, `.share`, `.social-share`, `script`, `style`, `noscript`,
	`template`, `iframe`, `form[role=search]`,
}

// siteSelectors are the site-wide header and footer. They are kept when
// they sit inside <main> or <article>, where a header holds the page's own
// title.
var siteSelectors = []string{
	`header`, `footer`, `[role=banner]`, `[role=contentinfo]`, `#header`, `#footer`,
	`.site-header`, `.site-footer`, `.govuk-header`, `.govuk-footer`,
}

var (
	chromeSel = cascadia.MustCompile(strings.Join(chromeSelectors, ", "))
	siteSel   = cascadia.MustCompile(strings.Join(siteSelectors, ", "))
	inMainSel = cascadia.MustCompile(`main, article, [role=main]`)
)

// Page is what extraction found in a response body.
type Page struct {
	Title   string // the <title>
	Heading string // the first <h1>
	Text    string // the main text, one block a line, not yet normalised
}

// CompileSelectors checks a resource's extra selectors (resources.yaml
// "selectors") and joins them into one.
func CompileSelectors(sels []string) (cascadia.Selector, error) {
	if len(sels) == 0 {
		return nil, nil
	}
	s, err := cascadia.Compile(strings.Join(sels, ", "))
	if err != nil {
		return nil, fmt.Errorf("selectors %q: %w", sels, err)
	}
	return s, nil
}

// ExtractHTML finds the main text of an HTML page. It decodes the body to
// UTF-8, removes page chrome and the extra nodes, and runs go-trafilatura
// with its fallback extractors on.
func ExtractHTML(body []byte, contentType string, pageURL *url.URL, extra cascadia.Selector) (Page, error) {
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		return Page{}, fmt.Errorf("decode: %w", err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return Page{}, fmt.Errorf("parse: %w", err)
	}
	p := Page{Title: textOf(findFirst(doc, atom.Title)), Heading: textOf(findFirst(doc, atom.H1))}
	prune(doc, extra)
	if countElements(doc, maxExtractElements+1) > maxExtractElements {
		main := findFirst(doc, atom.Body)
		if m := inMainSel.MatchFirst(doc); m != nil {
			main = m
		}
		p.Text = renderText(main)
		return p, nil
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		OriginalURL:     pageURL,
		EnableFallback:  true, // without it, a long cookie banner can win
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	})
	if err != nil {
		return p, fmt.Errorf("extract: %w", err)
	}
	p.Text = renderText(res.ContentNode)
	return p, nil
}

// ExtractText returns a text/plain body as a page.
func ExtractText(body []byte) Page { return Page{Text: string(body)} }

// htmlText renders a whole HTML document's text, with no extraction: for
// content that is all main text already.
func htmlText(s string) (string, error) {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return "", fmt.Errorf("parse: %w", err)
	}
	return renderText(findFirst(doc, atom.Body)), nil
}

// isHTML reports whether a Content-Type names HTML (or is missing, which
// servers mostly mean as HTML).
func isHTML(contentType string) bool {
	if contentType == "" {
		return true
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	return mt == "text/html" || mt == "application/xhtml+xml"
}

func prune(doc *html.Node, extra cascadia.Selector) {
	var drop []*html.Node
	drop = append(drop, chromeSel.MatchAll(doc)...)
	for _, n := range siteSel.MatchAll(doc) {
		if !insideMain(n) {
			drop = append(drop, n)
		}
	}
	if extra != nil {
		drop = append(drop, extra.MatchAll(doc)...)
	}
	for _, n := range drop {
		if n.Parent != nil && n.Type == html.ElementNode && n.DataAtom != atom.Html && n.DataAtom != atom.Body {
			n.Parent.RemoveChild(n)
		}
	}
}

// countElements counts the elements in n, stopping at limit.
func countElements(n *html.Node, limit int) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type == html.ElementNode {
				count++
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

func insideMain(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if inMainSel.Match(p) {
			return true
		}
	}
	return false
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapseSpace(b.String())
}

// blockAtoms start a new line in rendered text.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Details: true, atom.Summary: true, atom.Figure: true,
	atom.Figcaption: true, atom.Address: true, atom.Hr: true, atom.Br: true, atom.Body: true,
}

// renderText turns an HTML tree into text, one block a line. Table cells
// are joined with " | " so a row of opening hours stays on one line.
func renderText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Td, atom.Th:
				if hasPrevElement(n) {
					b.WriteString(" | ")
				}
			}
		}
		block := n.Type == html.ElementNode && blockAtoms[n.DataAtom]
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n)
	return b.String()
}

func hasPrevElement(n *html.Node) bool {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return true
		}
	}
	return false
}

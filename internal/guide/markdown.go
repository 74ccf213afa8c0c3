package guide

import (
	"bytes"
	"fmt"
	"html/template"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"firststeps/internal/problem"
)

// Ref is what a service reference such as {{samaritans}} becomes: the text a
// reader sees (a number, or a name for web routes) and where it links.
type Ref struct {
	Text string
	Href string
}

// Resolver looks up references. The library implements it over its
// registries. Ref resolves a service; contact "" means the service's first
// contact. Named returns the label of a route role or a law topic (kind
// RefRoute or RefLaw), which stands for it in plain text.
type Resolver interface {
	Ref(service, contact string) (Ref, bool)
	Named(kind, id string) (string, bool)
}

// RefNode is an inline reference in guide text: a service, or a route role
// or law topic that the page fills in for its reader.
type RefNode struct {
	ast.BaseInline
	RefKind          string // RefService, RefRoute or RefLaw
	Service, Contact string // for roles and laws, Service holds the id
	Resolved         Ref
	OK               bool
	Offset           int // byte offset in the body, for line numbers
}

// Placeholder is what a route or law reference renders as: a mark the page
// replaces with the services or the law for its reader. Guides cannot
// produce it themselves, since raw HTML is never rendered.
func Placeholder(kind, id string) string { return "<!--fs:" + kind + ":" + id + "-->" }

var unknownRule = map[string]string{RefService: "unknown-service", RefRoute: "unknown-route", RefLaw: "unknown-law"}

func unknownMessage(n *RefNode) string {
	switch n.RefKind {
	case RefRoute:
		return fmt.Sprintf("{{route:%s}} is not a role in routes.yaml", n.Service)
	case RefLaw:
		return fmt.Sprintf("{{law:%s}} is not a law in laws.yaml", n.Service)
	}
	name := n.Service
	if n.Contact != "" {
		name += "/" + n.Contact
	}
	return fmt.Sprintf("{{%s}} is not a service or contact in services.yaml", name)
}

// KindRef is the node kind of RefNode.
var KindRef = ast.NewNodeKind("ServiceRef")

// Kind implements ast.Node.
func (n *RefNode) Kind() ast.NodeKind { return KindRef }

// Dump implements ast.Node.
func (n *RefNode) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Service": n.Service, "Contact": n.Contact}, nil)
}

var resolverKey = parser.NewContextKey()

var refRE = regexp.MustCompile(`^\{\{(?:(route|law):)?([a-z0-9]+(?:-[a-z0-9]+)*)(?:/([a-z0-9]+(?:-[a-z0-9]+)*))?\}\}`)

type refParser struct{}

func (refParser) Trigger() []byte { return []byte{'{'} }

func (refParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	m := refRE.FindSubmatch(line)
	if m == nil || (len(m[1]) > 0 && len(m[3]) > 0) {
		return nil
	}
	block.Advance(len(m[0]))
	n := &RefNode{RefKind: string(m[1]), Service: string(m[2]), Contact: string(m[3]), Offset: seg.Start}
	if r, ok := pc.Get(resolverKey).(Resolver); ok && r != nil {
		if n.RefKind == RefService {
			n.Resolved, n.OK = r.Ref(n.Service, n.Contact)
		} else {
			n.Resolved.Text, n.OK = r.Named(n.RefKind, n.Service)
		}
	}
	if !n.OK {
		n.Resolved = Ref{Text: string(m[0])}
	}
	return n
}

type refRenderer struct{}

// sectionMark separates sections in the rendered document. Guides cannot
// contain it: raw HTML is dropped and NUL is not valid in text.
const sectionMark = "\x00"

func (refRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	// Level-2 headings become section marks: the page template writes its
	// own headings, so a guide is rendered once and split. Other headings
	// break the format (lint rejects them) and render as nothing.
	reg.Register(ast.KindHeading, func(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && node.(*ast.Heading).Level == 2 {
			_, _ = w.WriteString(sectionMark)
		}
		return ast.WalkSkipChildren, nil
	})
	reg.Register(KindRef, func(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		n := node.(*RefNode)
		if n.RefKind != RefService && n.OK {
			_, _ = w.WriteString(Placeholder(n.RefKind, n.Service))
			return ast.WalkContinue, nil
		}
		if n.Resolved.Href == "" {
			_, _ = w.WriteString(template.HTMLEscapeString(n.Resolved.Text))
			return ast.WalkContinue, nil
		}
		_, _ = w.WriteString(`<a class="ref" href="`)
		_, _ = w.Write(util.EscapeHTML(util.URLEscape([]byte(n.Resolved.Href), false)))
		_, _ = w.WriteString(`">`)
		_, _ = w.WriteString(template.HTMLEscapeString(n.Resolved.Text))
		_, _ = w.WriteString(`</a>`)
		return ast.WalkContinue, nil
	})
}

// md is shared: goldmark parsers and renderers are safe for concurrent use,
// and per-guide state travels in the parser context. Raw HTML is never
// rendered (goldmark drops it unless told otherwise); lint rejects it too.
var md = goldmark.New(
	goldmark.WithParserOptions(parser.WithInlineParsers(util.Prioritized(refParser{}, 50))),
	goldmark.WithRendererOptions(
		html.WithXHTML(),
		renderer.WithNodeRenderers(util.Prioritized(refRenderer{}, 50)),
	),
)

func parseMarkdown(body []byte, r Resolver) ast.Node {
	ctx := parser.NewContext()
	ctx.Set(resolverKey, r)
	return md.Parser().Parse(text.NewReader(body), parser.WithContext(ctx))
}

// renderNodes renders a run of sibling blocks to HTML.
func renderNodes(src []byte, nodes []ast.Node) template.HTML {
	var b bytes.Buffer
	for _, n := range nodes {
		_ = md.Renderer().Render(&b, src, n)
	}
	return template.HTML(strings.TrimSpace(b.String()))
}

// renderSections renders a whole guide once and returns the HTML of each
// level-2 section, in document order.
func renderSections(src []byte, doc ast.Node) []string {
	// A strings.Builder hands over its bytes without a copy. HTML runs
	// about 5-7% longer than its Markdown.
	var b strings.Builder
	b.Grow(len(src) + len(src)/8 + 256)
	_ = md.Renderer().Render(&b, src, doc)
	parts := strings.Split(b.String(), sectionMark)
	return parts[1:]
}

// plainText returns the words of n as a reader sees them: service references
// become their text, soft line breaks become spaces, blocks are separated by
// newlines.
func plainText(src []byte, n ast.Node) string {
	buf := make([]byte, 0, sourceLen(n)+8)
	writePlain(&buf, src, n)
	return string(bytes.TrimSpace(buf))
}

func writePlain(b *[]byte, src []byte, n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		*b = append(*b, n.Segment.Value(src)...)
		if n.SoftLineBreak() || n.HardLineBreak() {
			*b = append(*b, ' ')
		}
		return
	case *ast.String:
		*b = append(*b, n.Value...)
		return
	case *RefNode:
		*b = append(*b, n.Resolved.Text...)
		return
	case *ast.AutoLink:
		*b = append(*b, n.URL(src)...)
		return
	case *ast.CodeSpan:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				*b = append(*b, t.Segment.Value(src)...)
			}
		}
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		writePlain(b, src, c)
	}
	if n.Type() == ast.TypeBlock && len(*b) > 0 && (*b)[len(*b)-1] != '\n' {
		*b = append(*b, '\n')
	}
}

// sourceLen estimates the bytes of source under n: the text it holds is
// about as long, so builders can be sized once.
func sourceLen(n ast.Node) int {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		lines := n.Lines()
		total := 0
		for i := range lines.Len() {
			seg := lines.At(i)
			total += seg.Stop - seg.Start
		}
		return total
	}
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Stop - t.Segment.Start + 1
	}
	total := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		total += sourceLen(c)
	}
	return total
}

// startOffset returns the byte offset where n's source begins, or -1.
func startOffset(n ast.Node) int {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Start
	}
	if r, ok := n.(*RefNode); ok {
		return r.Offset
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if o := startOffset(c); o >= 0 {
			return o
		}
	}
	return -1
}

// RenderFragment renders a piece of Markdown that is not a guide, such as
// the general first steps, with the same rules: service references resolved,
// raw HTML never rendered. It reports unresolved references.
func RenderFragment(file string, src []byte, r Resolver) (template.HTML, string, problem.List) {
	var probs problem.List
	doc := parseMarkdown(src, r)
	lines := newLineIndex(src, 1)
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *RefNode:
			if !n.OK {
				probs.Errorf(file, lines.line(n.Offset), unknownRule[n.RefKind], "%s", unknownMessage(n))
			}
		case *ast.RawHTML, *ast.HTMLBlock:
			probs.Errorf(file, lines.of(n), "raw-html", "raw HTML is not allowed; use Markdown")
		}
		return ast.WalkContinue, nil
	})
	var nodes []ast.Node
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		nodes = append(nodes, n)
	}
	return renderNodes(src, nodes), plainText(src, doc), probs
}

// sentenceOf returns the plain-text sentence of its block that a reference
// stands in, so rules can read what the reference is used for.
func sentenceOf(src []byte, ref *RefNode) string {
	var block ast.Node = ref
	for block.Parent() != nil && block.Type() != ast.TypeBlock {
		block = block.Parent()
	}
	var b []byte
	at := -1
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Text:
			b = append(b, n.Segment.Value(src)...)
			if n.SoftLineBreak() || n.HardLineBreak() {
				b = append(b, ' ')
			}
			return
		case *ast.String:
			b = append(b, n.Value...)
			return
		case *RefNode:
			if n == ref {
				at = len(b)
			}
			b = append(b, n.Resolved.Text...)
			return
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			walk(c)
		}
	}
	walk(block)
	if at < 0 {
		return string(b)
	}
	start, end := 0, len(b)
	for i := at - 1; i > 0; i-- {
		if (b[i-1] == '.' || b[i-1] == '?' || b[i-1] == '!') && b[i] == ' ' {
			start = i + 1
			break
		}
	}
	for i := at; i < len(b)-1; i++ {
		if (b[i] == '.' || b[i] == '?' || b[i] == '!') && b[i+1] == ' ' {
			end = i + 1
			break
		}
	}
	return string(b[start:end])
}

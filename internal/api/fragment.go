package api

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// A section's HTML is the site's own: goldmark's output of a guide's
// Markdown, filled in by html/template, with every element closed but
// the void ones, attributes quoted, and text escaped. encoding/xml reads
// it as it reads HTML (not strict, HTML's void elements closed by
// themselves, HTML's named entities), so no full HTML parser is needed
// for it.

// node is an element or a run of text of a section.
type node struct {
	Element bool   // otherwise text
	Data    string // the element's name, or the text
	Attr    []xml.Attr

	FirstChild, NextSibling *node
	last                    *node // the last child, while parsing
}

// is reports whether n is the element named name.
func (n *node) is(name string) bool { return n.Element && n.Data == name }

// attr returns the value of n's attribute key, or "". An attribute
// written without a value (hidden) has its own name as its value.
func (n *node) attr(key string) string {
	for _, a := range n.Attr {
		if a.Name.Local == key && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

func (n *node) has(key string) bool {
	for _, a := range n.Attr {
		if a.Name.Local == key && a.Name.Space == "" {
			return true
		}
	}
	return false
}

func (n *node) add(c *node) {
	if n.last == nil {
		n.FirstChild = c
	} else {
		n.last.NextSibling = c
	}
	n.last = c
}

// errFragment is a section whose elements do not nest.
var errFragment = errors.New("section HTML does not nest")

// parseFragment reads a section's HTML into a tree under one root.
// Comments (a placeholder left unfilled) and processing instructions are
// dropped; text runs next to each other are one node. Characters XML
// cannot hold (control characters a guide may carry) are read as U+FFFD,
// as bytes that are not UTF-8 are, rather than failing the section.
func parseFragment(s string) (*node, error) {
	if strings.IndexFunc(s, notXML) >= 0 {
		s = strings.Map(func(r rune) rune {
			if notXML(r) {
				return utf8.RuneError
			}
			return r
		}, s)
	}
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	root := &node{Element: true}
	stack := []*node{root}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{Element: true, Data: strings.ToLower(t.Name.Local), Attr: t.Attr}
			top.add(n)
			if !autoClosed(n.Data) {
				stack = append(stack, n)
			}
		case xml.EndElement:
			name := strings.ToLower(t.Name.Local)
			if autoClosed(name) {
				continue
			}
			if len(stack) == 1 || top.Data != name {
				return nil, errFragment
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if top.last != nil && !top.last.Element {
				top.last.Data += string(t)
			} else {
				top.add(&node{Data: string(t)})
			}
		}
	}
	if len(stack) != 1 {
		return nil, errFragment
	}
	return root, nil
}

// notXML reports whether XML 1.0 cannot hold r.
func notXML(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r':
		return false
	case r < 0x20, r >= 0xD800 && r < 0xE000, r == 0xFFFE, r == 0xFFFF:
		return true
	}
	return r == utf8.RuneError // also a byte that is not UTF-8
}

// autoClosed reports whether HTML closes the element name by itself.
func autoClosed(name string) bool {
	for _, v := range xml.HTMLAutoClose {
		if v == name {
			return true
		}
	}
	return false
}

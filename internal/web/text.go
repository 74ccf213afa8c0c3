package web

import (
	"fmt"
	"html/template"
	"strings"
)

// fill returns a sentence of site.yaml with each mark {name} replaced by
// its value, for a page's title or description: plain text, escaped where
// the page writes it. pairs are name, value, name, value…
func fill(text template.HTML, pairs ...string) string {
	s := string(text)
	for i := 0; i+1 < len(pairs); i += 2 {
		s = strings.ReplaceAll(s, "{"+pairs[i]+"}", pairs[i+1])
	}
	return s
}

// fillHTML is fill for the body of a page, as the template function fill:
// the sentence holds no markup (the library checks), and each value is
// escaped, or written as it is when it is HTML already.
func fillHTML(text template.HTML, pairs ...any) (template.HTML, error) {
	s := string(text)
	if len(pairs)%2 != 0 {
		return "", fmt.Errorf("fill: a mark without its value")
	}
	for i := 0; i < len(pairs); i += 2 {
		name, ok := pairs[i].(string)
		if !ok {
			return "", fmt.Errorf("fill: mark %v is not a name", pairs[i])
		}
		var v string
		switch x := pairs[i+1].(type) {
		case template.HTML:
			v = string(x)
		case string:
			v = template.HTMLEscapeString(x)
		default:
			v = template.HTMLEscapeString(fmt.Sprint(x))
		}
		s = strings.ReplaceAll(s, "{"+name+"}", v)
	}
	return template.HTML(s), nil
}

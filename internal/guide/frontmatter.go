package guide

import (
	"bytes"
	"unicode/utf8"

	"firststeps/internal/date"
	"firststeps/internal/problem"
	"firststeps/internal/strictyaml"
)

// decodeFrontMatter reads a guide's front matter, which starts on line
// offset+1 of its file. Almost every guide is written in the same small
// part of YAML: "key: value" lines, lists in brackets or as "- item" lines,
// and sources as lists of "url/checked/supports". decodeFrontMatter reads
// that part itself, several times faster than a general YAML parser, and
// hands anything else (comments, quotes with escapes, block scalars, an
// unknown key, a value of the wrong type, any mistake) to strictyaml, so
// every problem is still reported by the one strict decoder. FuzzFrontMatter
// checks that both ways agree on whatever the quick one accepts.
func decodeFrontMatter(file string, offset int, fm []byte) (frontMatter, problem.List) {
	if meta, ok := quickFrontMatter(fm, offset); ok {
		return meta, nil
	}
	var meta frontMatter
	probs := strictyaml.DecodeAt(file, offset, fm, &meta)
	return meta, probs
}

// fieldReader reads one key's value, given either on the key's line
// (value) or on the lines indented under it (block, the first of which is
// line first of the file). It reports false for anything it does not read
// exactly as YAML would.
type fieldReader func(m *frontMatter, value []byte, block [][]byte, first int) bool

// frontMatterFields says how each key is read.
var frontMatterFields = map[string]fieldReader{
	"title":         textField(func(m *frontMatter) *string { return &m.Title }),
	"seo_title":     textField(func(m *frontMatter) *string { return &m.SEOTitle }),
	"jurisdiction":  textField(func(m *frontMatter) *string { return &m.Jurisdiction }),
	"category":      textField(func(m *frontMatter) *string { return &m.Category }),
	"audience":      listField(func(m *frontMatter) *[]string { return &m.Audience }),
	"tags":          listField(func(m *frontMatter) *[]string { return &m.Tags }),
	"routes":        listField(func(m *frontMatter) *[]string { return &m.Routes }),
	"facets":        listField(func(m *frontMatter) *[]string { return &m.Facets }),
	"related":       listField(func(m *frontMatter) *[]string { return &m.Related }),
	"date_created":  dateField(func(m *frontMatter) *date.Date { return &m.DateCreated }),
	"last_reviewed": dateField(func(m *frontMatter) *date.Date { return &m.LastReviewed }),
	"review_by":     dateField(func(m *frontMatter) *date.Date { return &m.ReviewBy }),
	"sources": func(m *frontMatter, value []byte, block [][]byte, first int) bool {
		if value != nil {
			return false
		}
		var ok bool
		m.Sources, ok = sourceList(block, first)
		return ok
	},
}

func textField(at func(*frontMatter) *string) fieldReader {
	return func(m *frontMatter, value []byte, _ [][]byte, _ int) bool {
		s, ok := scalar(value)
		*at(m) = s
		return ok
	}
}

func listField(at func(*frontMatter) *[]string) fieldReader {
	return func(m *frontMatter, value []byte, block [][]byte, _ int) bool {
		var ok bool
		if value != nil {
			*at(m), ok = flowList(value)
		} else {
			*at(m), ok = blockList(block)
		}
		return ok
	}
}

func dateField(at func(*frontMatter) *date.Date) fieldReader {
	return func(m *frontMatter, value []byte, _ [][]byte, _ int) bool {
		var ok bool
		*at(m), ok = plainDate(value)
		return ok
	}
}

// plainDate reads an unquoted YYYY-MM-DD.
func plainDate(v []byte) (date.Date, bool) {
	if !plain(v) {
		return date.Date{}, false
	}
	d, err := date.Parse(string(v))
	return d, err == nil
}

// quickFrontMatter decodes the common form of front matter, or reports
// false for anything it does not read exactly as YAML would.
func quickFrontMatter(fm []byte, offset int) (frontMatter, bool) {
	var meta frontMatter
	lines := splitLines(fm)
	if len(lines) == 0 {
		return meta, false
	}
	meta.Lines = make(map[string]int, len(frontMatterFields))
	for i := 0; i < len(lines); {
		key, value, ok := keyValue(lines[i])
		read, known := frontMatterFields[key]
		if !ok || !known {
			return meta, false
		}
		if _, dup := meta.Lines[key]; dup {
			return meta, false
		}
		meta.Lines[key] = i + 1 + offset
		// The block is the lines indented under the key.
		j := i + 1
		for j < len(lines) && len(lines[j]) > 0 && lines[j][0] == ' ' {
			j++
		}
		block, first := lines[i+1:j], i+2+offset
		i = j
		if (value == nil) != (len(block) > 0) {
			return meta, false // a value on the key's line and under it, or neither
		}
		if !read(&meta, value, block, first) {
			return meta, false
		}
	}
	return meta, true
}

// splitLines splits fm into lines without their "\n".
func splitLines(fm []byte) [][]byte {
	fm = bytes.TrimSuffix(fm, []byte("\n"))
	if len(fm) == 0 {
		return nil
	}
	return bytes.Split(fm, []byte("\n"))
}

// keyValue reads "key: value" or "key:" (value nil) at the start of a line.
func keyValue(line []byte) (key string, value []byte, ok bool) {
	i := 0
	for i < len(line) && (line[i] >= 'a' && line[i] <= 'z' || line[i] == '_') {
		i++
	}
	if i == 0 || i >= len(line) || line[i] != ':' {
		return "", nil, false
	}
	key = string(line[:i])
	switch rest := line[i+1:]; {
	case len(rest) == 0:
		return key, nil, true
	case len(rest) >= 2 && rest[0] == ' ' && rest[1] != ' ':
		return key, rest[1:], true
	}
	return "", nil, false
}

// blockList reads lines of "<indent>- item", all with the same indent.
func blockList(block [][]byte) ([]string, bool) {
	indent := -1
	list := make([]string, 0, len(block))
	for _, line := range block {
		n := countSpaces(line)
		if indent < 0 {
			indent = n
		}
		if n != indent || !bytes.HasPrefix(line[n:], []byte("- ")) {
			return nil, false
		}
		s, ok := scalar(line[n+2:])
		if !ok {
			return nil, false
		}
		list = append(list, s)
	}
	return list, true
}

// flowList reads "[a, b, c]" of plain words.
func flowList(v []byte) ([]string, bool) {
	if len(v) < 3 || v[0] != '[' || v[len(v)-1] != ']' {
		return nil, false
	}
	inner := v[1 : len(v)-1]
	list := make([]string, 0, bytes.Count(inner, []byte(","))+1)
	for item := range bytes.SplitSeq(inner, []byte(",")) {
		item = bytes.TrimLeft(item, " ")
		item = bytes.TrimRight(item, " ")
		if len(item) == 0 || bytes.ContainsAny(item, "[]{}") || !plain(item) {
			return nil, false
		}
		list = append(list, string(item))
	}
	return list, true
}

// sourceList reads the sources block: "- url: …" then "checked: …" and
// "supports: …" indented under it. first is the file line of block[0].
func sourceList(block [][]byte, first int) ([]Source, bool) {
	out := make([]Source, 0, len(block)/3)
	indent := countSpaces(block[0])
	var cur *Source
	var seen uint8 // the keys the current source has given, a bit each
	for k, line := range block {
		n := countSpaces(line)
		switch {
		case n == indent && bytes.HasPrefix(line[n:], []byte("- ")):
			out = append(out, Source{Line: first + k})
			cur = &out[len(out)-1]
			seen = 0
			line = line[n+2:]
		case n == indent+2 && cur != nil:
			line = line[n:]
		default:
			return nil, false
		}
		key, value, ok := keyValue(line)
		if !ok || value == nil {
			return nil, false
		}
		var bit uint8
		switch key {
		case "url":
			bit = 1
			cur.URL, ok = scalar(value)
		case "supports":
			bit = 2
			cur.Supports, ok = scalar(value)
		case "checked":
			bit = 4
			cur.Checked, ok = plainDate(value)
		default:
			ok = false
		}
		if !ok || seen&bit != 0 {
			return nil, false
		}
		seen |= bit
	}
	return out, true
}

func countSpaces(b []byte) int {
	n := 0
	for n < len(b) && b[n] == ' ' {
		n++
	}
	return n
}

// scalar reads a one-line value: plain, or in quotes with no escapes.
func scalar(v []byte) (string, bool) {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') {
		q := v[0]
		inner := v[1 : len(v)-1]
		if v[len(v)-1] != q || bytes.IndexByte(inner, q) >= 0 || bytes.IndexByte(inner, '\\') >= 0 || !printable(inner) {
			return "", false
		}
		return string(inner), true
	}
	if !plain(v) {
		return "", false
	}
	return string(v), true
}

// plain reports whether v is a plain YAML scalar that reads as the string v
// itself: it does not start with an indicator, holds no ": " or " #", does
// not end in a space or ":", and is not a null.
func plain(v []byte) bool {
	if len(v) == 0 || bytes.IndexByte([]byte("-?:,[]{}#&*!|>'\"%@` "), v[0]) >= 0 {
		return false
	}
	if last := v[len(v)-1]; last == ' ' || last == ':' {
		return false
	}
	if bytes.Contains(v, []byte(": ")) || bytes.Contains(v, []byte(" #")) {
		return false
	}
	switch string(v) {
	case "~", "null", "Null", "NULL":
		return false
	}
	return printable(v)
}

// printable reports whether YAML allows every character of v in a scalar
// written on one line: no tabs or other control characters, no line
// separators, no byte order mark, no non-characters.
func printable(v []byte) bool {
	for i := 0; i < len(v); {
		c := v[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(v[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			return false
		case r < 0xa0, r == 0x2028, r == 0x2029, r >= 0xd800 && r <= 0xdfff, r == 0xfeff, r == 0xfffe, r == 0xffff:
			// C1 controls, line and paragraph separators (YAML breaks
			// lines at them, and at U+0085), surrogates, byte order mark
			return false
		}
	}
	return true
}

// Package strictyaml decodes YAML content files strictly and reports every
// problem with its line: syntax errors, unknown fields (at any depth), and
// values of the wrong type. It also records where each decoded item came
// from, so later checks can point at the right line.
//
// A struct that wants its position declares either or both of:
//
//	Line  int            `yaml:"-"` // line of the mapping that decoded into it
//	Lines map[string]int `yaml:"-"` // line of each key present in that mapping
package strictyaml

import (
	"errors"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"firststeps/internal/problem"
)

// Decode parses src (the contents of file) into v, which must be a non-nil
// pointer. It returns every problem found; v holds whatever could be decoded.
func Decode(file string, src []byte, v any) problem.List {
	return DecodeAt(file, 0, src, v)
}

// DecodeAt is Decode for YAML that starts lineOffset lines into file, such as
// a guide's front matter after its opening "---".
func DecodeAt(file string, lineOffset int, src []byte, v any) problem.List {
	var probs problem.List
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		line, msg := splitLine(err.Error())
		probs.Errorf(file, at(line, lineOffset), "yaml-syntax", "%s", msg)
		return probs
	}
	if root.Kind == 0 {
		return probs // empty document: nothing to decode
	}
	rv := reflect.ValueOf(v)
	checkKnown(&probs, file, lineOffset, &root, rv.Type())
	if err := root.Decode(v); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, e := range te.Errors {
				line, msg := splitLine(e)
				probs.Errorf(file, at(line, lineOffset), "field-type", "%s", msg)
			}
		} else {
			line, msg := splitLine(err.Error())
			probs.Errorf(file, at(line, lineOffset), "field-type", "%s", msg)
		}
	}
	setLines(&root, rv, lineOffset)
	return probs
}

func at(line, offset int) int {
	if line == 0 {
		return 0
	}
	return line + offset
}

var lineRE = regexp.MustCompile(`^(?:yaml: )?(?:line (\d+): )?`)

// splitLine takes "yaml: line 3: did not find expected key" apart.
func splitLine(s string) (int, string) {
	m := lineRE.FindStringSubmatch(s)
	line, _ := strconv.Atoi(m[1])
	msg := strings.TrimSpace(s[len(m[0]):])
	msg = strings.TrimPrefix(msg, "yaml: ")
	return line, msg
}

var unmarshaler = reflect.TypeFor[yaml.Unmarshaler]()

// checkKnown reports mapping keys that t has no field for.
func checkKnown(probs *problem.List, file string, off int, n *yaml.Node, t reflect.Type) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshaler) || t.Implements(unmarshaler) {
		return // the type decodes itself and reports its own problems
	}
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			checkKnown(probs, file, off, c, t)
		}
	case yaml.SequenceNode:
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			for _, c := range n.Content {
				checkKnown(probs, file, off, c, t.Elem())
			}
		}
	case yaml.MappingNode:
		switch t.Kind() {
		case reflect.Map:
			for i := 1; i < len(n.Content); i += 2 {
				checkKnown(probs, file, off, n.Content[i], t.Elem())
			}
		case reflect.Struct:
			fields := fieldsFor(t).known
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				ft, ok := fields[k.Value]
				if !ok {
					probs.Errorf(file, k.Line+off, "unknown-field", "unknown field %q (known: %s)", k.Value, knownList(fields))
					continue
				}
				checkKnown(probs, file, off, n.Content[i+1], ft)
			}
		}
	}
}

// fieldCache holds fieldsOf and directFields per struct type: content files
// decode the same few types thousands of times.
var fieldCache sync.Map // reflect.Type -> *structFields

type structFields struct {
	known  map[string]reflect.Type // every key, ",inline" structs included
	direct map[string]int          // keys of the struct's own fields, to field index
}

func fieldsFor(t reflect.Type) *structFields {
	if sf, ok := fieldCache.Load(t); ok {
		return sf.(*structFields)
	}
	sf := &structFields{known: fieldsOf(t), direct: map[string]int{}}
	for j := range t.NumField() {
		f := t.Field(j)
		if !f.IsExported() {
			continue
		}
		tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if tag == "-" {
			continue
		}
		if tag == "" {
			tag = strings.ToLower(f.Name)
		}
		sf.direct[tag] = j
	}
	fieldCache.Store(t, sf)
	return sf
}

// fieldsOf maps YAML keys to field types, following yaml v3's tag rules,
// including ",inline" structs.
func fieldsOf(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("yaml")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if strings.Contains(opts, "inline") {
			for k, v := range fieldsOf(f.Type) {
				out[k] = v
			}
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out[name] = f.Type
	}
	return out
}

func knownList(fields map[string]reflect.Type) string {
	names := make([]string, 0, len(fields))
	for k := range fields {
		names = append(names, k)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// setLines fills Line and Lines fields from the nodes that decoded into v.
func setLines(n *yaml.Node, v reflect.Value, off int) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if n.Kind == yaml.DocumentNode {
		for _, c := range n.Content {
			setLines(c, v, off)
		}
		return
	}
	switch v.Kind() {
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return
		}
		for i := 0; i < v.Len() && i < len(n.Content); i++ {
			setLines(n.Content[i], v.Index(i), off)
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			mv := v.MapIndex(reflect.ValueOf(n.Content[i].Value))
			if !mv.IsValid() || mv.Kind() != reflect.Pointer {
				continue // map values that are not pointers cannot be set in place
			}
			setLines(n.Content[i+1], mv, off)
		}
	case reflect.Struct:
		if !v.CanSet() {
			return
		}
		if f := v.FieldByName("Line"); f.IsValid() && f.Kind() == reflect.Int && f.CanSet() {
			f.SetInt(int64(n.Line + off))
		}
		if n.Kind != yaml.MappingNode {
			return
		}
		lines := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			lines[n.Content[i].Value] = n.Content[i].Line + off
		}
		if f := v.FieldByName("Lines"); f.IsValid() && f.Type() == reflect.TypeFor[map[string]int]() && f.CanSet() {
			f.Set(reflect.ValueOf(lines))
		}
		direct := fieldsFor(v.Type()).direct
		for i := 0; i+1 < len(n.Content); i += 2 {
			if j, ok := direct[n.Content[i].Value]; ok {
				setLines(n.Content[i+1], v.Field(j), off)
			}
		}
	}
}

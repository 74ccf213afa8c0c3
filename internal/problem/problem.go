// Package problem provides the one shape every content check reports in: a
// file, a line, a rule and a message, with a severity. Loaders collect every
// problem instead of stopping at the first, so an editor sees all of them at
// once and the server can refuse to start on any error.
package problem

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Severity says whether a problem blocks publishing.
type Severity int

const (
	// Error blocks loading: lint exits 1 and the server refuses to start.
	Error Severity = iota
	// Warning is reported but does not block.
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Problem is one broken rule in one place.
type Problem struct {
	File     string // slash-separated path inside the content tree
	Line     int    // 1-based; 0 when the problem concerns the whole file
	Rule     string // short kebab-case rule id, e.g. "short-answer-length"
	Msg      string
	Severity Severity
}

// String formats the problem as "path:line: rule: message", the form editors
// and their tools (editors, CI annotations) understand.
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, p.Rule, p.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", p.File, p.Rule, p.Msg)
}

// List collects problems. The zero value is ready to use.
type List []Problem

// Errorf records an error.
func (l *List) Errorf(file string, line int, rule, format string, args ...any) {
	*l = append(*l, Problem{File: file, Line: line, Rule: rule, Msg: fmt.Sprintf(format, args...)})
}

// Warnf records a warning.
func (l *List) Warnf(file string, line int, rule, format string, args ...any) {
	*l = append(*l, Problem{File: file, Line: line, Rule: rule, Msg: fmt.Sprintf(format, args...), Severity: Warning})
}

// HasErrors reports whether any problem is an error.
func (l List) HasErrors() bool {
	return slices.ContainsFunc(l, func(p Problem) bool { return p.Severity == Error })
}

// Errors returns only the errors.
func (l List) Errors() List {
	return slices.DeleteFunc(slices.Clone(l), func(p Problem) bool { return p.Severity != Error })
}

// Warnings returns only the warnings.
func (l List) Warnings() List {
	return slices.DeleteFunc(slices.Clone(l), func(p Problem) bool { return p.Severity != Warning })
}

// Sort orders problems by file, line, rule and message, so output is stable
// whatever order the checks ran in.
func (l List) Sort() {
	slices.SortStableFunc(l, func(a, b Problem) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Msg, b.Msg),
		)
	})
}

// Error makes a List usable as an error; it lists every error, one per line.
func (l List) Error() string {
	var b strings.Builder
	for i, p := range l.Errors() {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

package pattern

import "testing"

func TestJS(t *testing.T) {
	tests := []struct{ expr, want string }{
		{`\b(?:under ?18|minor)\b`, `\b(?:under ?18|minor)\b`},
		{`(im|i am) ([7-9]|1[0-7])`, `(?:i(?:m| am)) (?:[7-9]|1[0-7])`},
		{`suicid\w*`, `suicid[0-9A-Z_a-z]*`},
		{`years?`, `years?`},
		{`a{2}b{1,3}c{2,}?`, `a{2}b{1,3}c{2,}?`},
		{`(?i)k`, `[Kk\u{212a}]`},
		{`x.y`, `x[^\n]y`},
		{`(?s)x.y`, `x[\s\S]y`},
		{`^a$`, `^a$`},
		{`(?m)^a$`, `(?<![^\n])a(?![^\n])`},
		{`[^a]`, `[\u{0}-\u{60}b-\u{10ffff}]`},
		{`\d+\.\d`, `[0-9]+\u{2e}[0-9]`},
		{`£|\$|€`, `[\u{24}\u{a3}\u{20ac}]`},
		{`\Bx`, `\Bx`},
		{`(ab)+`, `(?:(?:ab))+`},
		{`a(b|c)d`, `a(?:[b-c])d`},
		{`[[:alpha:]]`, `[A-Za-z]`},
		{`\pL`, ``}, // a Unicode class: checked below by length only
	}
	for _, tt := range tests {
		p, err := Compile(tt.expr)
		if err != nil {
			t.Fatalf("%s: %v", tt.expr, err)
		}
		got, err := p.JS()
		if err != nil {
			t.Errorf("%s: %v", tt.expr, err)
			continue
		}
		if tt.want == "" {
			if len(got) < 100 {
				t.Errorf("%s: %s, want every letter range", tt.expr, got)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("%s: JS() = %s, want %s", tt.expr, got, tt.want)
		}
	}
}

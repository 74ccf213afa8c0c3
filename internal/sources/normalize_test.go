package sources

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"spaces and blank lines", "  Call   us\t now \n\n\n second  line ", "Call us now\n\nsecond line\n"},
		{"curly quotes", "\u201cDon\u2019t reply\u201d", "\"Don't reply\"\n"},
		{"nfkc and nbsp", "ﬁle\u00a0size １２", "file size 12\n"},
		{"zero width", "0800\u200b 1111", "0800 1111\n"},
		{"crlf", "one\r\ntwo", "one\n\ntwo\n"},
		{"last updated dropped", "Helpline\nLast updated: 3 March 2026\nCall 0800 1111", "Helpline\n\nCall 0800 1111\n"},
		{"govuk stamp", "Text\nLast updated 12 May 2025 — see all updates", "Text\n"},
		{"published", "Published 4 December 2025\nText", "Text\n"},
		{"page views", "Text\n1,204 views", "Text\n"},
		{"views counter", "Page views: 3021\nText", "Text\n"},
		{"copyright", "Text\n© 2026 Suzy Lamplugh Trust", "Text\n"},
		{"review date", "Text\nNext review due: 01/06/2027", "Text\n"},
		{"stamp with phone kept", "Updated 3 March 2026 call 0800 1111", "Updated 3 March 2026 call 0800 1111\n"},
		{"numbers in text kept", "Open 9am to 5pm, 3 March 2026 onwards", "Open 9am to 5pm, 3 March 2026 onwards\n"},
		{"long line kept", "Updated " + strings.Repeat("word ", 40) + "3 March 2026", "Updated " + strings.Repeat("word ", 40) + "3 March 2026\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Normalize(tt.in)); diff != "" {
				t.Errorf("Normalize(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// FuzzNormalize checks that normalising is idempotent and never drops a
// phone number.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", "Call 0800 1111\nLast updated: 3 March 2026", "Updated 3 March 2026 call 999",
		"+44 (0)20 7946 0000 or 116 123", "ﬁ\u00a0\u200b“x”\r\n\u2028y", "\xff\xfe broken utf-8 0300 123 2040",
		"e\u0301\u0301 \u0301", "© 2026 0800 1111", "1,204 views\n116 123",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Normalize(s)
		if twice := Normalize(once); twice != once {
			t.Fatalf("not idempotent:\n once %q\ntwice %q", once, twice)
		}
		before := phonesOf(s)
		after := phonesOf(once)
		for _, p := range before {
			if !slices.Contains(after, p) {
				t.Fatalf("dropped phone %q: %q -> %q", p, s, once)
			}
		}
	})
}

func phonesOf(s string) []string {
	var out []string
	for _, f := range Facts(s) {
		if f.Kind == FactPhone {
			out = append(out, f.Value)
		}
	}
	return out
}

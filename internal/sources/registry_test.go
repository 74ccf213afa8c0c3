package sources

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/date"
)

func TestSetChecked(t *testing.T) {
	t.Parallel()
	was, day := date.New(2026, 1, 10), date.New(2026, 3, 2)
	tests := []struct {
		name    string
		src     string
		line    int
		want    string
		wantErr string
	}{
		{
			name: "block style, comment and CRLF kept",
			src:  "resources:\r\n  - id: a\r\n    checked: 2026-01-10 # by Sam\r\n  - id: b\r\n    checked: 2026-01-10\r\n",
			line: 3,
			want: "resources:\r\n  - id: a\r\n    checked: 2026-03-02 # by Sam\r\n  - id: b\r\n    checked: 2026-01-10\r\n",
		},
		{
			name: "flow style",
			src:  "resources:\n  - {id: a, url: \"https://a.test/\", checked: 2026-01-10}\n",
			line: 2,
			want: "resources:\n  - {id: a, url: \"https://a.test/\", checked: 2026-03-02}\n",
		},
		{
			name: "quoted, last line without newline",
			src:  "resources:\n  - id: a\n    checked: \"2026-01-10\"",
			line: 3,
			want: "resources:\n  - id: a\n    checked: \"2026-03-02\"",
		},
		{name: "file changed since loading", src: "  checked: 2026-02-01\n", line: 1, wantErr: "checked is 2026-02-01, expected 2026-01-10"},
		{name: "wrong line", src: "  id: a\n  checked: 2026-01-10\n", line: 1, wantErr: "found 0"},
		{name: "no such line", src: "  checked: 2026-01-10\n", line: 5, wantErr: "no line 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := SetChecked([]byte(tt.src), tt.line, was, day)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("SetChecked (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSetCheckedRealRegistry moves one date in the real resources.yaml and
// checks that exactly ten bytes changed.
func TestSetCheckedRealRegistry(t *testing.T) {
	t.Parallel()
	lib := testLibrary(t)
	src := []byte(testContent(t)["resources.yaml"].Data)
	r := lib.Resources[2]
	got, err := SetChecked(src, r.Lines["checked"], r.Checked, date.New(2026, 3, 2))
	if err != nil {
		t.Fatal(err)
	}
	changed := 0
	for i := range src {
		if src[i] != got[i] {
			changed++
		}
	}
	if len(got) != len(src) || changed == 0 || changed > 10 {
		t.Errorf("%d bytes changed (length %d -> %d), want at most the ten of one date", changed, len(src), len(got))
	}
}

package sources

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCompare(t *testing.T) {
	t.Parallel()
	base := "Report Fraud\n\nCall 0300 123 2040, Monday to Friday, 8am to 8pm.\n\nThe consultation closes on 3 March 2026.\n\nKeep the messages.\n"
	tests := []struct {
		name     string
		old, new string
		want     Change
		severity Severity
	}{
		{
			name: "phone changed",
			old:  base,
			new:  strings.Replace(base, "2040", "2050", 1),
			want: Change{
				ParagraphsChanged: 1, WordsChanged: 2.0 / 44,
				Diff:  []string{"~ Call 0300 123 [-2040,-]{+2050,+} Monday to Friday, 8am to 8pm."},
				Facts: FactDelta{Added: []Fact{{FactPhone, "03001232050"}}, Removed: []Fact{{FactPhone, "03001232040"}}},
			},
			severity: High,
		},
		{
			name: "date only",
			old:  base,
			new:  strings.Replace(base, "3 March 2026", "14 April 2026", 1),
			want: Change{
				ParagraphsChanged: 1, WordsChanged: 4.0 / 44,
				Diff:    []string{"~ The consultation closes on [-3 March-]{+14 April+} 2026."},
				Trivial: true,
			},
			severity: Low,
		},
		{
			name: "paragraphs added and removed",
			old:  base,
			new:  strings.Replace(base, "Keep the messages.\n", "Block the account.\n\nTell someone you trust.\n", 1) + "\nDo not pay.\n",
			want: Change{
				ParagraphsChanged: 1, ParagraphsAdded: 2, WordsChanged: 11.0 / 51,
				Diff: []string{
					"~ [-Keep-]{+Block+} the [-messages.-]{+account.+}",
					"+ Tell someone you trust.",
					"+ Do not pay.",
				},
			},
			severity: Medium,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(tt.old, tt.new)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Compare (-want +got):\n%s", diff)
			}
			if s := got.Severity(); s != tt.severity {
				t.Errorf("severity = %s, want %s", s, tt.severity)
			}
		})
	}
}

func TestWordDiffContext(t *testing.T) {
	t.Parallel()
	old := "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
	new := strings.Replace(old, "eight", "EIGHT", 1)
	want := "… two three four five six seven [-eight-]{+EIGHT+} nine ten eleven twelve thirteen fourteen …"
	if got := wordDiff(old, new); got != want {
		t.Errorf("wordDiff =\n%q\nwant\n%q", got, want)
	}
}

func TestEditScriptLimit(t *testing.T) {
	t.Parallel()
	a := strings.Fields(strings.Repeat("a ", 2000))
	b := strings.Fields(strings.Repeat("b ", 2000))
	if _, ok := editScript(a, b); ok {
		t.Error("editScript of two unrelated 2,000-word texts should give up")
	}
	c := Compare(strings.Join(a, " ")+"\n", strings.Join(b, " ")+"\n")
	if c.WordsChanged != 1 || c.Trivial {
		t.Errorf("fallback: words changed %v, trivial %v; want 1, false", c.WordsChanged, c.Trivial)
	}
}

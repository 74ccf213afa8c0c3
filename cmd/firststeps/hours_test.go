package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// hoursServices are services with one contact for each kind of hours the
// command reports on. Their ids start with "t-".
const hoursServices = `  - id: t-always
    name: Always open
    jurisdiction: uk
    run_by: Test
    for: Anyone in danger.
    groups: [t-help]
    contacts:
      - {id: phone, kind: phone, label: Call, value: "999 1", hours: 24/7, cost: Free}
    sources:
      - {url: "https://example.org/hours", checked: 2026-11-21}
  - id: t-unknown
    name: Unknown hours
    jurisdiction: uk
    run_by: Test
    for: Anyone.
    groups: [t-help]
    contacts:
      - {id: phone, kind: phone, label: Call, value: "0800 1111 1", hours: unknown, cost: Free}
    sources:
      - {url: "https://example.org/hours", checked: 2026-11-21}
  - id: t-office
    name: Office-hours helpline
    jurisdiction: uk
    run_by: Test
    for: Anyone.
    groups: [t-help]
    contacts:
      - {id: phone, kind: phone, label: Call, value: "0345 6000 1", hours: "Mon-Fri 10:00-16:00; closed bank holidays", cost: Free}
      - {id: ni-phone, kind: phone, label: Call, value: "0800 808 1", hours: "Mon-Fri 10:00-16:00; closed bank holidays", nations: [northern-ireland], cost: Free}
      - {id: email, kind: email, value: help@example.org, reply: The page does not say}
    sources:
      - {url: "https://example.org/hours", checked: 2026-11-21}
  - id: t-scottish-office
    name: Scottish office
    jurisdiction: uk
    run_by: Test
    for: Anyone.
    groups: [t-help]
    contacts:
      - {id: phone, kind: phone, label: Call, value: "0300 123 1", hours: "Mon-Fri 10:00-16:00; closed bank holidays scotland", cost: Free}
    sources:
      - {url: "https://example.org/hours", checked: 2026-11-21}
  - id: t-night-line
    name: Night line
    jurisdiction: uk
    run_by: Test
    for: People in Scotland.
    nations: [scotland]
    groups: [t-help]
    contacts:
      - {id: phone, kind: phone, label: Call, value: "0800 83 85 1", hours: "Mon-Thu 18:00-02:00; Fri 18:00-Mon 06:00; closed bank holidays", cost: Free}
    sources:
      - {url: "https://example.org/hours", checked: 2026-11-21}
`

// hoursContent writes a valid content tree into a temporary folder and
// returns the folder: the registries of the library's own base test fixture
// with no guides (their review dates would fall due), the real
// holidays.json, and services (with their group, domain and source) added.
// A registry the fixture lacks comes from the real content.
func hoursContent(t *testing.T, services string) string {
	t.Helper()
	base := filepath.Join("..", "..", "internal", "library", "testdata", "base")
	live := filepath.Join("..", "..", "content")
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "guides"), 0o755); err != nil {
		t.Fatal(err)
	}
	copyFiles := func(from string, keep func(name string) bool) {
		entries, err := os.ReadDir(from)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() || !keep(e.Name()) {
				continue
			}
			b, err := os.ReadFile(filepath.Join(from, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	copyFiles(base, func(string) bool { return true })
	// With no guides, the flow can only lead to the emergency page.
	flow := "flows:\n  - id: uk\n    jurisdiction: uk\n    start: danger\n    questions:\n      - id: danger\n        text: In danger?\n        answers:\n          - {id: yes, label: 'Yes', to: emergency}\n          - {id: no, label: 'No', to: emergency}\n"
	if err := os.WriteFile(filepath.Join(dir, "flows.yaml"), []byte(flow), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "redirects.yaml"), []byte("redirects: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The per-jurisdiction pages (first steps, emergency), from the fixture.
	for _, sub := range []string{"first-steps", "emergency"} {
		b, err := os.ReadFile(filepath.Join(base, sub, "uk.md"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, sub, "uk.md"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFiles(live, func(name string) bool {
		_, err := os.Stat(filepath.Join(dir, name))
		isData := strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".json")
		return isData && (name == "holidays.json" || errors.Is(err, fs.ErrNotExist))
	})
	// Add to each list right after its key, wherever the key is.
	for _, add := range []struct{ file, key, items string }{
		{"services.yaml", "services:", services},
		{"services.yaml", "groups:", "  - {id: t-help, label: Help, description: Test services.}\n"},
		{"domains.yaml", "domains:", "  - {domain: example.org, owner: Test, kind: charity}\n"},
		{"resources.yaml", "resources:", "  - {id: t-hours, url: \"https://example.org/hours\", title: Hours, publisher: Test, checked: 2026-11-21}\n"},
	} {
		p := filepath.Join(dir, add.file)
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		i := strings.Index("\n"+src, "\n"+add.key+"\n")
		if i < 0 {
			t.Fatalf("%s in %s has no line %q to add to", add.file, base, add.key)
		}
		i += len(add.key) + 1
		src = src[:i] + add.items + src[i:]
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// hoursTestLines returns the output lines about the test services.
func hoursTestLines(out string) []string {
	var lines []string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, `{"service":"t-`) {
			lines = append(lines, line)
		}
	}
	return lines
}

func TestHours(t *testing.T) {
	t.Parallel()
	dir := hoursContent(t, hoursServices)
	const (
		always  = `{"service":"t-always","contact":"phone","open":true,"until":"","next_open":""}`
		unknown = `{"service":"t-unknown","contact":"phone","open":false,"until":"","next_open":""}`
	)
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{
			// 30 November 2026, St Andrew's Day, a Monday: a bank holiday in
			// Scotland only.
			name: "no nation: England and Wales holidays",
			args: []string{"--at", "2026-11-30T12:00:00Z"},
			want: []string{
				always,
				unknown,
				`{"service":"t-office","contact":"phone","open":true,"until":"2026-11-30T16:00:00Z","next_open":""}`,
				`{"service":"t-office","contact":"ni-phone","open":true,"until":"2026-11-30T16:00:00Z","next_open":""}`,
				`{"service":"t-scottish-office","contact":"phone","open":false,"until":"","next_open":"2026-12-01T10:00:00Z"}`,
				`{"service":"t-night-line","contact":"phone","open":false,"until":"","next_open":"2026-11-30T18:00:00Z"}`,
			},
		},
		{
			name: "Scotland",
			args: []string{"-at", "2026-11-30T12:00:00Z", "-nation", "scotland"},
			want: []string{
				always,
				unknown,
				`{"service":"t-office","contact":"phone","open":false,"until":"","next_open":"2026-12-01T10:00:00Z"}`,
				`{"service":"t-scottish-office","contact":"phone","open":false,"until":"","next_open":"2026-12-01T10:00:00Z"}`,
				`{"service":"t-night-line","contact":"phone","open":false,"until":"","next_open":"2026-12-01T18:00:00Z"}`,
			},
		},
		{
			name: "Wales",
			args: []string{"--at", "2026-11-30T12:00:00Z", "--nation", "wales"},
			want: []string{
				always,
				unknown,
				`{"service":"t-office","contact":"phone","open":true,"until":"2026-11-30T16:00:00Z","next_open":""}`,
				`{"service":"t-scottish-office","contact":"phone","open":false,"until":"","next_open":"2026-12-01T10:00:00Z"}`,
			},
		},
		{
			// 12 July 2027, a Monday in summer time: a bank holiday in
			// Northern Ireland only.
			name: "Northern Ireland in summer time",
			args: []string{"--at", "2027-07-12T11:00:00Z", "--nation", "northern-ireland"},
			want: []string{
				always,
				unknown,
				`{"service":"t-office","contact":"phone","open":false,"until":"","next_open":"2027-07-13T10:00:00+01:00"}`,
				`{"service":"t-office","contact":"ni-phone","open":false,"until":"","next_open":"2027-07-13T10:00:00+01:00"}`,
				`{"service":"t-scottish-office","contact":"phone","open":true,"until":"2027-07-12T16:00:00+01:00","next_open":""}`,
			},
		},
		{
			// Friday 23 October 2026, 20:00 BST; the clocks go back on
			// Sunday, so the weekend span ends at 06:00 GMT on Monday.
			name: "across the autumn clock change",
			args: []string{"--at", "2026-10-23T20:00:00+01:00", "--nation", "scotland"},
			want: []string{
				always,
				unknown,
				`{"service":"t-office","contact":"phone","open":false,"until":"","next_open":"2026-10-26T10:00:00Z"}`,
				`{"service":"t-scottish-office","contact":"phone","open":false,"until":"","next_open":"2026-10-26T10:00:00Z"}`,
				`{"service":"t-night-line","contact":"phone","open":true,"until":"2026-10-26T06:00:00Z","next_open":""}`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var stdout, stderr bytes.Buffer
			args := append([]string{"hours", "-content", dir}, tt.args...)
			code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
			if code != exitOK {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
			}
			if !strings.HasSuffix(stdout.String(), "\n") {
				t.Errorf("output does not end in a new line: %q", stdout.String())
			}
			for _, line := range strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n") {
				var v map[string]any
				if err := json.Unmarshal([]byte(line), &v); err != nil || len(v) != 5 {
					t.Errorf("%s is not a JSON object with 5 fields (%v)", line, err)
				}
			}
			got := hoursTestLines(stdout.String())
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
			if stderr.Len() > 0 {
				t.Errorf("stderr: %s", stderr.String())
			}
		})
	}
}

func TestHoursNow(t *testing.T) {
	t.Parallel()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"hours", "-content", hoursContent(t, hoursServices)}, nil, &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
	}
	if n := len(hoursTestLines(stdout.String())); n != 6 {
		t.Errorf("without -at: %d lines, want 6:\n%s", n, stdout.String())
	}
}

func TestHoursErrors(t *testing.T) {
	t.Parallel()
	dir := hoursContent(t, hoursServices)
	broken := hoursContent(t, strings.Replace(hoursServices, "hours: unknown,", "hours: \"Mon-Fry 10:00-16:00\",", 1))
	tests := []struct {
		name       string
		args       []string
		code       int
		wantStderr string
	}{
		{"unknown nation", []string{"-content", dir, "--nation", "cornwall"}, exitUsage,
			`firststeps hours: -nation "cornwall" is not a nation of uk (use england, wales, scotland, northern-ireland)`},
		{"division for a nation", []string{"-content", dir, "--nation", "england-and-wales"}, exitUsage,
			`firststeps hours: -nation "england-and-wales" is not a nation of uk (use england, wales, scotland, northern-ireland)`},
		{"time with no zone", []string{"-content", dir, "--at", "2026-11-30T12:00:00"}, exitUsage,
			`firststeps hours: -at "2026-11-30T12:00:00" is not an RFC3339 time such as 2026-12-24T17:00:00Z`},
		{"date only", []string{"-content", dir, "--at", "2026-11-30"}, exitUsage,
			`firststeps hours: -at "2026-11-30" is not an RFC3339 time such as 2026-12-24T17:00:00Z`},
		{"extra argument", []string{"-content", dir, "scotland"}, exitUsage,
			"firststeps hours: unexpected argument \"scotland\"\n" + hoursUsage},
		{"unknown flag", []string{"--division", "scotland"}, exitUsage,
			"flag provided but not defined: -division"},
		{"missing content folder", []string{"-content", filepath.Join(dir, "nowhere")}, exitFail,
			"firststeps: content: stat " + filepath.Join(dir, "nowhere") + ": no such file or directory"},
		{"broken content", []string{"-content", broken}, exitFail,
			`: hours: service "t-unknown": contact "phone": "Mon-Fry 10:00-16:00": "Fry" is not a day (use Mon, Tue, Wed, Thu, Fri, Sat, Sun or daily)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"hours"}, tt.args...), nil, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if !strings.Contains(stderr.String(), tt.wantStderr) {
				t.Errorf("stderr:\n%s\nwant it to contain:\n%s", stderr.String(), tt.wantStderr)
			}
			if stdout.Len() > 0 {
				t.Errorf("stdout: %s", stdout.String())
			}
		})
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/services"
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

// hoursResult is one output line, compactly: "service/contact zone
// open|closed until|next_open: text".
func hoursResult(t *testing.T, line string) string {
	t.Helper()
	var v struct {
		Service, Contact, Zone, Until, Text string
		Open                                bool
		NextOpen                            string `json:"next_open"`
	}
	var fields map[string]any
	if err := json.Unmarshal([]byte(line), &fields); err != nil || len(fields) != 7 {
		t.Errorf("%s is not a JSON object with 7 fields (%v)", line, err)
	}
	if err := json.Unmarshal([]byte(line), &v); err != nil {
		t.Fatal(err)
	}
	if v.Open {
		return fmt.Sprintf("%s/%s %s open %s: %s", v.Service, v.Contact, v.Zone, v.Until, v.Text)
	}
	return fmt.Sprintf("%s/%s %s closed %s: %s", v.Service, v.Contact, v.Zone, v.NextOpen, v.Text)
}

// runHoursAt runs "firststeps hours" and returns its lines about the test
// services, compactly.
func runHoursAt(t *testing.T, dir string, args ...string) []string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), append([]string{"hours", "-content", dir}, args...), strings.NewReader(""), &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
	}
	if !strings.HasSuffix(stdout.String(), "\n") {
		t.Errorf("output does not end in a new line: %q", stdout.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n") {
		r := hoursResult(t, line)
		if strings.HasPrefix(r, "t-") {
			got = append(got, r)
		}
	}
	return got
}

func TestHours(t *testing.T) {
	t.Parallel()
	dir := hoursContent(t, hoursServices)
	const (
		always  = "t-always/phone Europe/London open : Open now, 24 hours"
		unknown = "t-unknown/phone Europe/London closed : Check opening times on their website"
	)
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{
			// 30 November 2026, St Andrew's Day, a Monday: a bank holiday in
			// Scotland only. With no nation, a line for everyone keeps
			// England and Wales's holidays, and a line for Scotland only
			// keeps Scotland's.
			name: "no nation: England and Wales holidays",
			args: []string{"--at", "2026-11-30T12:00:00Z"},
			want: []string{
				always,
				unknown,
				"t-office/phone Europe/London open 2026-11-30T16:00:00Z: Open now until 16:00",
				"t-office/ni-phone Europe/London open 2026-11-30T16:00:00Z: Open now until 16:00",
				"t-scottish-office/phone Europe/London closed 2026-12-01T10:00:00Z: Closed: opens tomorrow at 10:00",
				"t-night-line/phone Europe/London closed 2026-12-01T18:00:00Z: Closed: opens tomorrow at 18:00",
			},
		},
		{
			name: "Scotland",
			args: []string{"-at", "2026-11-30T12:00:00Z", "-nation", "scotland"},
			want: []string{
				always,
				unknown,
				"t-office/phone Europe/London closed 2026-12-01T10:00:00Z: Closed: opens tomorrow at 10:00",
				"t-scottish-office/phone Europe/London closed 2026-12-01T10:00:00Z: Closed: opens tomorrow at 10:00",
				"t-night-line/phone Europe/London closed 2026-12-01T18:00:00Z: Closed: opens tomorrow at 18:00",
			},
		},
		{
			name: "Wales",
			args: []string{"--at", "2026-11-30T12:00:00Z", "--nation", "wales"},
			want: []string{
				always,
				unknown,
				"t-office/phone Europe/London open 2026-11-30T16:00:00Z: Open now until 16:00",
				"t-scottish-office/phone Europe/London closed 2026-12-01T10:00:00Z: Closed: opens tomorrow at 10:00",
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
				"t-office/phone Europe/London closed 2027-07-13T10:00:00+01:00: Closed: opens tomorrow at 10:00",
				"t-office/ni-phone Europe/London closed 2027-07-13T10:00:00+01:00: Closed: opens tomorrow at 10:00",
				"t-scottish-office/phone Europe/London open 2027-07-12T16:00:00+01:00: Open now until 16:00",
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
				"t-office/phone Europe/London closed 2026-10-26T10:00:00Z: Closed: opens Monday at 10:00",
				"t-scottish-office/phone Europe/London closed 2026-10-26T10:00:00Z: Closed: opens Monday at 10:00",
				"t-night-line/phone Europe/London open 2026-10-26T06:00:00Z: Open now until Monday at 06:00",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, runHoursAt(t, dir, tt.args...)); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
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

// usJurisdiction is a jurisdiction spanning several time zones, on the
// 12-hour clock, whose holidays come from rules.
const usJurisdiction = `  - id: us
    name: United States
    short_name: US
    language: en-US
    timezone: America/New_York
    clock: 12-hour
    emergency: t-us-911
    quick_exit: https://www.weather.gov/
    zones:
      - {id: America/New_York, name: Eastern time}
      - {id: America/Chicago, name: Central time}
      - {id: America/Phoenix, name: Arizona time}
      - {id: America/Los_Angeles, name: Pacific time}
    holidays:
      word: federal holidays
      divisions:
        - id: united-states
          name: the United States
          rules:
            source: https://www.law.cornell.edu/uscode/text/5/6103
            weekend: nearest-weekday
            days:
              - {title: New Year's Day, on: January 1}
              - {title: Independence Day, on: July 4}
              - {title: Thanksgiving Day, on: fourth Thursday of November}
              - {title: Christmas Day, on: December 25}
`

// usServices keep their hours in different zones: Eastern (the
// jurisdiction's), Pacific, and Arizona, which keeps no summer time.
const usServices = `  - id: t-us-911
    name: Emergency
    jurisdiction: us
    run_by: Test
    for: Anyone in danger.
    groups: [t-help]
    contacts:
      - {id: phone, kind: phone, label: Call, value: "911", hours: 24/7, cost: Free}
    sources:
      - {url: "https://example.org/hours", checked: 2026-11-21}
  - id: t-us-east
    name: Eastern office
    jurisdiction: us
    run_by: Test
    for: Anyone.
    groups: [t-help]
    contacts:
      - {id: phone, kind: phone, label: Call, value: "800 555 0100", hours: "Mon-Fri 09:00-17:00; closed federal holidays", cost: Free}
    sources:
      - {url: "https://example.org/hours", checked: 2026-11-21}
  - id: t-us-west
    name: Pacific office
    jurisdiction: us
    timezone: America/Los_Angeles
    run_by: Test
    for: Anyone.
    groups: [t-help]
    contacts:
      - {id: phone, kind: phone, label: Call, value: "800 555 0101", hours: "Mon-Fri 09:00-17:00; closed federal holidays", cost: Free}
    sources:
      - {url: "https://example.org/hours", checked: 2026-11-21}
  - id: t-us-arizona
    name: Arizona line
    jurisdiction: us
    timezone: America/Phoenix
    run_by: Test
    for: Anyone.
    groups: [t-help]
    contacts:
      - {id: phone, kind: phone, label: Call, value: "800 555 0102", hours: "daily 08:00-20:00", cost: Free}
    sources:
      - {url: "https://example.org/hours", checked: 2026-11-21}
`

// usHoursContent is hoursContent with the US jurisdiction and its
// services, and its federal holidays written by "firststeps holidays
// refresh" from the rules.
func usHoursContent(t *testing.T) string {
	t.Helper()
	dir := hoursContent(t, hoursServices+usServices)
	p := filepath.Join(dir, "jurisdictions.yaml")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, append(b, usJurisdiction...), 0o644); err != nil {
		t.Fatal(err)
	}
	// Every jurisdiction has its first steps, emergency page and the roles
	// cues point to.
	for file, text := range map[string]string{
		"first-steps/us.md": "1. **Call {{t-us-911}} in danger.** Then keep a record.\n",
		"emergency/us.md":   "1. **Call {{t-us-911}}.** Say where you are.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, file), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Every cue speaks to each jurisdiction in its own words.
	p = filepath.Join(dir, "cues.yaml")
	b, err = os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	cue := "    routes: [danger]\n    jurisdictions:\n      us: {label: In danger, message: Call 911.}\n"
	if !strings.Contains(string(b), "    routes: [danger]\n") {
		t.Fatalf("%s has no danger cue to speak to the US", p)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), "    routes: [danger]\n", cue, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	p = filepath.Join(dir, "routes.yaml")
	b, err = os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	role := "roles:\n  - id: danger\n    jurisdiction: us\n    label: In danger now\n    safety: true\n    message: Call 911.\n    services:\n      - service: t-us-911\n"
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), "roles:\n", role, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	// Start from the UK's holidays alone, so what the refresh writes does
	// not depend on how far ahead the live table already reaches.
	p = filepath.Join(dir, "holidays.json")
	b, err = os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	feed, err := services.ParseFeed(b)
	if err != nil {
		t.Fatal(err)
	}
	delete(feed, "united-states")
	if b, err = json.Marshal(feed); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runRefresh(t, "refresh", "-content", dir, "-jurisdiction", "us", "-today", "2026-06-01", "-years", "2")
	if code != exitOK {
		t.Fatalf("holidays refresh: exit %d, stderr:\n%s", code, stderr)
	}
	for _, want := range []string{"+ united-states 2026-07-03 Independence Day\n", "+ united-states 2027-12-31 New Year's Day\n"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("holidays refresh output lacks %q:\n%s", want, stdout)
		}
	}
	return dir
}

// TestHoursUS: each US contact is open or closed correctly at moments
// across its time zones, the US clock changes (weeks apart from the UK's)
// and federal holidays, and says so on the 12-hour clock with its zone.
func TestHoursUS(t *testing.T) {
	t.Parallel()
	dir := usHoursContent(t)
	const always = "t-us-911/phone America/New_York open : Open now, 24 hours"
	tests := []struct {
		name, at string
		want     []string
	}{
		{
			// Monday 9 March 2026, the day after US summer time began
			// (EDT, UTC-4); the UK is still on GMT until 29 March. It is
			// 9:30 in New York, 6:30 in Los Angeles and in Phoenix, which
			// keeps MST (UTC-7) all year.
			name: "the Monday after US clocks go forward",
			at:   "2026-03-09T13:30:00Z",
			want: []string{
				always,
				"t-us-east/phone America/New_York open 2026-03-09T17:00:00-04:00: Open now until 5 p.m. Eastern time",
				"t-us-west/phone America/Los_Angeles closed 2026-03-09T09:00:00-07:00: Closed: opens today at 9 a.m. Pacific time",
				"t-us-arizona/phone America/Phoenix closed 2026-03-09T08:00:00-07:00: Closed: opens today at 8 a.m. Arizona time",
			},
		},
		{
			// Monday 2 November 2026, the day after US clocks went back:
			// 9:30 EST (UTC-5), 6:30 PST (UTC-8), 7:30 MST.
			name: "the Monday after US clocks go back",
			at:   "2026-11-02T14:30:00Z",
			want: []string{
				always,
				"t-us-east/phone America/New_York open 2026-11-02T17:00:00-05:00: Open now until 5 p.m. Eastern time",
				"t-us-west/phone America/Los_Angeles closed 2026-11-02T09:00:00-08:00: Closed: opens today at 9 a.m. Pacific time",
				"t-us-arizona/phone America/Phoenix closed 2026-11-02T08:00:00-07:00: Closed: opens today at 8 a.m. Arizona time",
			},
		},
		{
			// Thanksgiving, Thursday 26 November 2026, 10:00 in New York.
			name: "Thanksgiving",
			at:   "2026-11-26T15:00:00Z",
			want: []string{
				always,
				"t-us-east/phone America/New_York closed 2026-11-27T09:00:00-05:00: Closed: opens tomorrow at 9 a.m. Eastern time",
				"t-us-west/phone America/Los_Angeles closed 2026-11-27T09:00:00-08:00: Closed: opens tomorrow at 9 a.m. Pacific time",
				"t-us-arizona/phone America/Phoenix open 2026-11-26T20:00:00-07:00: Open now until 8 p.m. Arizona time",
			},
		},
		{
			// Friday 3 July 2026: 4 July is a Saturday, so the holiday is
			// kept on the Friday, and the offices open again on Monday.
			name: "Independence Day kept on a Friday",
			at:   "2026-07-03T18:00:00Z",
			want: []string{
				always,
				"t-us-east/phone America/New_York closed 2026-07-06T09:00:00-04:00: Closed: opens Monday at 9 a.m. Eastern time",
				"t-us-west/phone America/Los_Angeles closed 2026-07-06T09:00:00-07:00: Closed: opens Monday at 9 a.m. Pacific time",
				"t-us-arizona/phone America/Phoenix open 2026-07-03T20:00:00-07:00: Open now until 8 p.m. Arizona time",
			},
		},
		{
			// Friday 31 December 2027, 4:30 p.m. in Los Angeles: New Year's
			// Day 2028 is a Saturday, kept on this Friday.
			name: "New Year's Day kept in the year before",
			at:   "2028-01-01T00:30:00Z",
			want: []string{
				always,
				"t-us-east/phone America/New_York closed 2028-01-03T09:00:00-05:00: Closed: opens Monday at 9 a.m. Eastern time",
				"t-us-west/phone America/Los_Angeles closed 2028-01-03T09:00:00-08:00: Closed: opens Monday at 9 a.m. Pacific time",
				"t-us-arizona/phone America/Phoenix open 2027-12-31T20:00:00-07:00: Open now until 8 p.m. Arizona time",
			},
		},
		{
			// An ordinary Tuesday evening: 6:30 p.m. in New York is 3:30 in
			// Los Angeles.
			name: "east closed, west open",
			at:   "2026-12-08T23:30:00Z",
			want: []string{
				always,
				"t-us-east/phone America/New_York closed 2026-12-09T09:00:00-05:00: Closed: opens tomorrow at 9 a.m. Eastern time",
				"t-us-west/phone America/Los_Angeles open 2026-12-08T17:00:00-08:00: Open now until 5 p.m. Pacific time",
				"t-us-arizona/phone America/Phoenix open 2026-12-08T20:00:00-07:00: Open now until 8 p.m. Arizona time",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := runHoursAt(t, dir, "-jurisdiction", "us", "-at", tt.at)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("hours at %s (-want +got):\n%s", tt.at, diff)
			}
		})
	}
}

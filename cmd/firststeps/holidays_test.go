package main

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/date"
	"firststeps/internal/services"
	"firststeps/internal/services/servicestest"
)

// ukJurisdiction is a jurisdictions.yaml whose one jurisdiction takes its
// holidays from a feed.
const ukJurisdiction = `jurisdictions:
  - id: uk
    name: United Kingdom
    holidays:
      word: bank holidays
      feed: https://www.gov.uk/bank-holidays.json
      divisions:
        - id: england-and-wales
          name: England and Wales
        - id: scotland
          name: Scotland
        - id: northern-ireland
          name: Northern Ireland
`

// holidaysDir returns a content folder holding src as holidays.json, with
// the UK as its only jurisdiction.
func holidaysDir(t *testing.T, src []byte) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "holidays.json"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "jurisdictions.yaml"), []byte(ukJurisdiction), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func runRefresh(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), append([]string{"holidays"}, args...), nil, &out, &errb)
	return code, out.String(), errb.String()
}

func TestHolidaysRefresh(t *testing.T) {
	t.Parallel()
	old, _ := servicestest.RealHolidays(t)
	dir := holidaysDir(t, old)
	feed := servicestest.GOVUKFeed(t, func(f services.Feed) {
		ew := f["england-and-wales"]
		ew.Events = append([]services.FeedEvent{{Title: "Christmas Day", Date: date.New(2024, 12, 25), Bunting: true}}, ew.Events...)
		ew.Events = append(ew.Events, services.FeedEvent{Title: "Test bank holiday", Date: date.New(2027, 12, 31), Bunting: true})
		f["england-and-wales"] = ew
		sc := f["scotland"]
		sc.Events = slices.DeleteFunc(sc.Events, func(e services.FeedEvent) bool { return e.Date.Equal(date.New(2026, 6, 15)) })
		f["scotland"] = sc
		ni := f["northern-ireland"]
		for i, e := range ni.Events {
			if e.Date.Equal(date.New(2027, 7, 12)) {
				ni.Events[i].Title = "Battle of the Boyne"
				ni.Events[i].Bunting = false
			}
		}
		f["northern-ireland"] = ni
	})
	var gotUA, gotAccept string
	url := servicestest.ServeFeed(t, func(w http.ResponseWriter, r *http.Request) {
		gotUA, gotAccept = r.Header.Get("User-Agent"), r.Header.Get("Accept")
		w.Write(feed)
	})

	code, stdout, stderr := runRefresh(t, "refresh", "-content", dir, url)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	path := filepath.Join(dir, "holidays.json")
	want := strings.Join([]string{
		"+ england-and-wales 2024-12-25 Christmas Day",
		"+ england-and-wales 2027-12-31 Test bank holiday",
		"- scotland 2026-06-15 Bank holiday for Scotland’s appearance at the FIFA World Cup",
		`~ northern-ireland 2027-07-12 Battle of the Boyne (title was "Battle of the Boyne (Orangemen’s Day)"; bunting was true)`,
		"wrote " + path + ": 2 added, 1 removed, 1 changed; england-and-wales to 2028-12-26, scotland to 2028-12-26, northern-ireland to 2028-12-26",
		"",
	}, "\n")
	if diff := cmp.Diff(want, stdout); diff != "" {
		t.Errorf("stdout (-want +got):\n%s", diff)
	}
	if gotAccept != "application/json" || !strings.HasPrefix(gotUA, "firststeps/") {
		t.Errorf("request headers: Accept %q, User-Agent %q", gotAccept, gotUA)
	}

	written, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := services.ParseFeed(written)
	if err != nil {
		t.Fatalf("the written file does not validate: %v", err)
	}
	h := services.NewHolidays(f)
	for _, c := range []struct {
		div   string
		day   date.Date
		title string // "" for no holiday
	}{
		{"england-and-wales", date.New(2024, 12, 25), "Christmas Day"},
		{"england-and-wales", date.New(2027, 12, 31), "Test bank holiday"},
		{"england-and-wales", date.New(2028, 12, 26), "Boxing Day"}, // kept: beyond the feed
		{"scotland", date.New(2026, 6, 15), ""},
		{"scotland", date.New(2028, 11, 30), "St Andrew’s Day"},
		{"northern-ireland", date.New(2027, 7, 12), "Battle of the Boyne"},
		{"northern-ireland", date.New(2028, 7, 12), "Battle of the Boyne (Orangemen’s Day)"},
	} {
		if got, _ := h.Holiday(c.div, c.day); got != c.title {
			t.Errorf("%s %s: %q, want %q", c.div, c.day, got, c.title)
		}
	}
	// The file keeps its layout: divisions in GOV.UK's order, one-space
	// indents, no escaped apostrophes, so a refresh gives a readable diff.
	wantStart := "{\n \"england-and-wales\": {\n  \"division\": \"england-and-wales\",\n  \"events\": [\n   {\n    \"title\": \"Christmas Day\",\n    \"date\": \"2024-12-25\",\n"
	if !strings.HasPrefix(string(written), wantStart) {
		t.Errorf("the file starts\n%s\nwant\n%s", string(written)[:len(wantStart)], wantStart)
	}
	if i, j := strings.Index(string(written), `"scotland"`), strings.Index(string(written), `"northern-ireland"`); i < 0 || j < i {
		t.Errorf("divisions out of GOV.UK's order")
	}
	if !strings.Contains(string(written), "St Andrew’s Day") {
		t.Errorf("apostrophes were escaped")
	}
	assertOnlyHolidaysFile(t, dir)

	// Refreshing again from the same feed changes nothing.
	code, stdout, stderr = runRefresh(t, "refresh", "-content", dir, url)
	if code != exitOK || stdout != path+" is up to date with "+url+"\n" {
		t.Errorf("second refresh: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// TestHolidaysRefreshErrors: when the refresh fails the command says why
// and leaves holidays.json as it was. (internal/services tests every
// failure of the feed itself.)
func TestHolidaysRefreshErrors(t *testing.T) {
	t.Parallel()
	old, _ := servicestest.RealHolidays(t)
	only2027 := servicestest.GOVUKFeed(t, func(f services.Feed) {
		for div, d := range f {
			d.Events = slices.DeleteFunc(d.Events, func(e services.FeedEvent) bool { return e.Date.Year() < 2027 })
			f[div] = d
		}
	})
	tests := []struct {
		name   string
		status int
		body   []byte
		want   string // in stderr, after "firststeps holidays refresh: "; URL stands for the feed's address
	}{
		{"server error", http.StatusInternalServerError, []byte("oops"),
			"GET URL: 500 Internal Server Error"},
		{"fewer years", http.StatusOK, only2027,
			"refusing to write: england-and-wales would cover 2 years (2027 to 2028), but DIR/holidays.json covers 4 (2025 to 2028); use -force to write anyway"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := holidaysDir(t, old)
			url := servicestest.ServeFeedBody(t, tt.status, tt.body)
			code, stdout, stderr := runRefresh(t, "refresh", "-content", dir, url)
			if code != exitFail {
				t.Errorf("exit %d, want %d", code, exitFail)
			}
			want := "firststeps holidays refresh: " + strings.NewReplacer("URL", url, "DIR", dir).Replace(tt.want) + "\n"
			if stderr != want {
				t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
			}
			if stdout != "" {
				t.Errorf("stdout: %s", stdout)
			}
			assertHolidaysUnchanged(t, dir, old)
		})
	}
}

func TestHolidaysUsage(t *testing.T) {
	t.Parallel()
	old, _ := servicestest.RealHolidays(t)
	dir := holidaysDir(t, old)
	broken := holidaysDir(t, []byte(`{"england-and-wales":{}}`))
	url := servicestest.ServeFeedBody(t, http.StatusOK, servicestest.GOVUKFeed(t, nil))
	tests := []struct {
		name string
		args []string
		code int
		want string // stderr
	}{
		{"no subcommand", nil, exitUsage, holidaysUsage + "\n"},
		{"unknown subcommand", []string{"fetch"}, exitUsage, holidaysUsage + "\n"},
		{"two addresses", []string{"refresh", "-content", dir, url, url}, exitUsage,
			"firststeps holidays refresh: unexpected argument \"" + url + "\"\n" + holidaysUsage + "\n"},
		{"not a web address", []string{"refresh", "-content", dir, "ftp://example.org/feed.json"}, exitUsage,
			"firststeps holidays refresh: \"ftp://example.org/feed.json\" is not an http or https address\n"},
		{"a path, not an address", []string{"refresh", "-content", dir, "bank-holidays.json"}, exitUsage,
			"firststeps holidays refresh: \"bank-holidays.json\" is not an http or https address\n"},
		{"zero timeout", []string{"refresh", "-content", dir, "-timeout", "0s", url}, exitUsage,
			"firststeps holidays refresh: -timeout must be more than zero\n"},
		{"no holidays.json", []string{"refresh", "-content", filepath.Join(dir, "nowhere"), url}, exitFail,
			"firststeps holidays refresh: cannot read the current file: open " + filepath.Join(dir, "nowhere", "holidays.json") + ": no such file or directory\n"},
		{"current file broken", []string{"refresh", "-content", broken, url}, exitFail,
			"firststeps holidays refresh: " + filepath.Join(broken, "holidays.json") + `: holidays: division "england-and-wales" is labelled ""; use -force to replace it` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := runRefresh(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if stderr != tt.want {
				t.Errorf("stderr:\n%q\nwant:\n%q", stderr, tt.want)
			}
			if stdout != "" {
				t.Errorf("stdout: %s", stdout)
			}
		})
	}
	t.Cleanup(func() { assertHolidaysUnchanged(t, dir, old) })
}

func assertHolidaysUnchanged(t *testing.T, dir string, want []byte) {
	t.Helper()
	got, err := os.ReadFile(filepath.Join(dir, "holidays.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("holidays.json changed")
	}
	assertOnlyHolidaysFile(t, dir)
}

// assertOnlyHolidaysFile checks that no temporary file was left beside
// holidays.json, and that it kept its permissions.
func assertOnlyHolidaysFile(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"holidays.json", "jurisdictions.yaml"}) {
		t.Errorf("folder holds %v, want only holidays.json and jurisdictions.yaml", names)
	}
	if st, err := os.Stat(filepath.Join(dir, "holidays.json")); err == nil && st.Mode().Perm() != 0o644 {
		t.Errorf("holidays.json has mode %v, want 0644", st.Mode().Perm())
	}
}

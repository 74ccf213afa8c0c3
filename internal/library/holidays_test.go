package library_test

import (
	"fmt"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"firststeps/content"
	"firststeps/internal/date"
	"firststeps/internal/library"
	"firststeps/internal/problem"
)

// holidayContent returns a copy of the real content with holidays.json
// replaced, unless holidays is "".
func holidayContent(t *testing.T, holidays string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	src := content.FS()
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		fsys[p] = &fstest.MapFile{Data: b}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if holidays != "" {
		fsys[library.HolidaysFile] = &fstest.MapFile{Data: []byte(holidays)}
	}
	return fsys
}

// shortHolidays writes a holidays.json whose UK divisions end on the given
// dates (england-and-wales, scotland, northern-ireland); the US federal
// holidays run to 2031.
func shortHolidays(ew, sc, ni string) string {
	div := func(name, last string) string {
		return fmt.Sprintf(`%q:{"division":%q,"events":[{"title":"Christmas Day","date":"2026-12-25"},{"title":"Last day","date":%q}]}`, name, name, last)
	}
	return "{" + div("england-and-wales", ew) + "," + div("scotland", sc) + "," + div("northern-ireland", ni) + "," + div("united-states", "2031-12-25") + "}"
}

func TestHolidayCoverage(t *testing.T) {
	t.Parallel()
	warn := func(div, last string) string {
		return fmt.Sprintf("holidays.json: holidays-coverage: %s bank holidays end on %s, less than 12 months ahead; run firststeps holidays refresh -jurisdiction uk", div, last)
	}
	tests := []struct {
		name     string
		holidays string // "" keeps the real file
		today    date.Date
		lint     bool
		want     []string
	}{
		{"real data today", "", date.New(2026, 11, 21), true, nil},
		{"real data, a year before it ends", "", date.New(2027, 12, 26), true, nil},
		{"real data, a year and a day before it ends", "", date.New(2027, 12, 27), true, []string{
			warn("england-and-wales", "2028-12-26"),
			warn("northern-ireland", "2028-12-26"),
			warn("scotland", "2028-12-26"),
		}},
		{"every division short", shortHolidays("2027-01-01", "2027-01-04", "2027-03-17"), date.New(2026, 11, 21), true, []string{
			warn("england-and-wales", "2027-01-01"),
			warn("northern-ireland", "2027-03-17"),
			warn("scotland", "2027-01-04"),
		}},
		{"only Scotland short", shortHolidays("2028-12-26", "2027-06-01", "2028-12-26"), date.New(2026, 11, 21), true, []string{
			warn("scotland", "2027-06-01"),
		}},
		{"ends exactly 12 months ahead", shortHolidays("2027-11-21", "2027-11-21", "2027-11-21"), date.New(2026, 11, 21), true, nil},
		{"short, but not linting", shortHolidays("2027-01-01", "2027-01-01", "2027-01-01"), date.New(2026, 11, 21), false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, probs := library.Load(holidayContent(t, tt.holidays), library.Options{Today: tt.today, Lint: tt.lint})
			var got []string
			for _, p := range probs {
				if p.Rule == "holidays-coverage" || p.File == library.HolidaysFile {
					got = append(got, p.String())
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("holiday problems (-want +got):\n%s", diff)
			}
			for _, p := range probs {
				if p.Rule == "holidays-coverage" && p.Severity != problem.Warning {
					t.Errorf("%s is an error; it should only warn", p)
				}
			}
		})
	}
}

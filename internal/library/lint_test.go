package library_test

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/date"
	"firststeps/internal/library"
	"firststeps/internal/problem"
)

var update = flag.Bool("update", false, "rewrite testdata/rules/*/want.txt")

// today is the date the fixtures are checked against.
var today = date.New(2026, 3, 1)

// readTree copies a folder on disk into a MapFS.
func readTree(t testing.TB, dir string, into fstest.MapFS) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if rel == "want.txt" || rel == "delete.txt" || rel == "keep-base.txt" {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		into[rel] = &fstest.MapFile{Data: b}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func format(probs problem.List) string {
	var b strings.Builder
	for _, p := range probs {
		if p.Severity == problem.Warning {
			b.WriteString("warning: ")
		}
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestBaseFixtureIsValid(t *testing.T) {
	fsys := fstest.MapFS{}
	readTree(t, "testdata/base", fsys)
	lib, probs := library.Load(fsys, library.Options{Today: today, Lint: true})
	if len(probs) > 0 {
		t.Fatalf("base fixture has problems:\n%s", format(probs))
	}
	if len(lib.Guides) != 1 || lib.Guides[0].ID != "uk/valid" {
		t.Fatalf("guides = %v, want uk/valid", lib.Guides)
	}
}

// TestRules loads the base fixture with one broken file from each
// testdata/rules/<case>/ laid over it, and compares every problem reported
// with the case's want.txt, exactly.
func TestRules(t *testing.T) {
	cases, err := os.ReadDir("testdata/rules")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name(), func(t *testing.T) {
			dir := filepath.Join("testdata/rules", c.Name())
			fsys := fstest.MapFS{}
			readTree(t, "testdata/base", fsys)
			if _, err := os.Stat(filepath.Join(dir, "guides")); err == nil {
				// A case with its own guide replaces the valid one, which it
				// copies, so the pair is not reported as near-duplicates;
				// keep-base.txt keeps it (the near-duplicate case).
				if _, err := os.Stat(filepath.Join(dir, "keep-base.txt")); err != nil {
					delete(fsys, "guides/uk/valid.md")
					// The flow and the redirect lead to the valid guide:
					// point them at the case's guide instead.
					if ids, _ := filepath.Glob(filepath.Join(dir, "guides", "uk", "*.md")); len(ids) > 0 {
						id := "uk/" + strings.TrimSuffix(filepath.Base(ids[0]), ".md")
						f := fsys["flows.yaml"]
						f.Data = []byte(strings.ReplaceAll(string(f.Data), "guide:uk/valid", "guide:"+id))
						r := fsys["redirects.yaml"]
						r.Data = []byte(strings.ReplaceAll(string(r.Data), "to: uk/valid", "to: "+id))
					}
				}
			}
			readTree(t, dir, fsys)
			if del, err := os.ReadFile(filepath.Join(dir, "delete.txt")); err == nil {
				for _, p := range strings.Fields(string(del)) {
					delete(fsys, p)
				}
			}
			_, probs := library.Load(fsys, library.Options{Today: today, Lint: true})
			got := format(probs)
			wantFile := filepath.Join(dir, "want.txt")
			if *update {
				if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if got == "" {
				t.Error("the case reports no problem: a rule fixture must break its rule")
			}
		})
	}
}

// TestOverdueIsWarning checks tools that must run on content awaiting
// review (the sources check) get the library, with the overdue review as a
// warning.
func TestOverdueIsWarning(t *testing.T) {
	fsys := fstest.MapFS{}
	readTree(t, "testdata/base", fsys)
	late := date.New(2027, 1, 1) // the fixture guide's review fell due in July 2026
	if lib, probs := library.Load(fsys, library.Options{Today: late}); lib != nil || !strings.Contains(format(probs), "review-overdue") {
		t.Fatalf("overdue review did not stop loading: %s", format(probs))
	}
	lib, probs := library.Load(fsys, library.Options{Today: late, OverdueIsWarning: true})
	if lib == nil {
		t.Fatalf("library not loaded: %s", format(probs))
	}
	if got := format(probs); got != "warning: guides/uk/valid.md:8: review-overdue: review was due on 2026-07-10: check every fact and source, then update last_reviewed\n" {
		t.Errorf("problems:\n%s", got)
	}
}

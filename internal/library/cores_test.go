package library_test

import (
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/library"
	"firststeps/internal/library/librarytest"
)

// TestSameOnAnyCores: guides are parsed and compared on every core, but
// what lint reports, and in what order, does not depend on how many there
// are or how the work was shared.
func TestSameOnAnyCores(t *testing.T) {
	fsys := librarytest.Generate(300)
	report := func(procs int) (ids, probs []string) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		lib, ps := library.Load(fsys, library.Options{Today: librarytest.Today(), Lint: true})
		if lib == nil {
			t.Fatalf("GOMAXPROCS=%d: %v", procs, ps.Errors()[:1])
		}
		for _, g := range lib.Guides {
			ids = append(ids, g.ID)
		}
		for _, p := range ps {
			probs = append(probs, p.String())
		}
		return ids, probs
	}
	ids1, probs1 := report(1)
	if len(probs1) == 0 {
		t.Fatal("no warnings to compare: generated guides are long enough to warn about")
	}
	for _, procs := range []int{2, 5} {
		ids, probs := report(procs)
		if diff := cmp.Diff(ids1, ids); diff != "" {
			t.Errorf("GOMAXPROCS=%d: guides (-1 +%d):\n%s", procs, procs, diff)
		}
		if diff := cmp.Diff(probs1, probs); diff != "" {
			t.Errorf("GOMAXPROCS=%d: problems (-1 +%d):\n%s", procs, procs, diff)
		}
	}
}

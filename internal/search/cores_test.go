package search_test

import (
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/library/librarytest"
	"firststeps/internal/search"
)

// byID compares guides and cues by id: each library loads its own.
var byID = cmp.Options{
	cmp.Comparer(func(a, b *guide.Guide) bool { return a.ID == b.ID }),
	cmp.Comparer(func(a, b *library.Cue) bool { return a.ID == b.ID }),
}

// TestSameOnAnyCores: the index is built on every core, but what a query
// finds does not depend on how many there are or how the work was shared.
func TestSameOnAnyCores(t *testing.T) {
	lib, probs := library.Load(librarytest.Generate(300), library.Options{Today: librarytest.Today()})
	if lib == nil {
		t.Fatal(probs.Errors()[:1])
	}
	queries := append([]string{"my ex says hes gonna post my nudes", "hacked webcam bitcoin", "deepfake"}, benchQueries...)
	results := func(procs int) []search.Result {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		ix := search.New(lib, "uk", search.DefaultParams)
		var out []search.Result
		for _, q := range queries {
			out = append(out, ix.Search(q, 10))
		}
		return out
	}
	one := results(1)
	for _, procs := range []int{2, 5} {
		if diff := cmp.Diff(one, results(procs), byID); diff != "" {
			t.Errorf("GOMAXPROCS=%d finds otherwise than GOMAXPROCS=1 (-1 +%d):\n%s", procs, procs, diff)
		}
	}
}

package librarytest_test

import (
	"testing"

	"firststeps/internal/library"
	"firststeps/internal/library/librarytest"
)

// TestGenerateIsValid: a generated library loads with no errors, as the
// load, search and export benchmarks need; as the content's rules change,
// the generator must follow.
func TestGenerateIsValid(t *testing.T) {
	t.Parallel()
	for _, n := range []int{2, 41} {
		lib, probs := library.Load(librarytest.Generate(n), library.Options{Today: librarytest.Today()})
		if lib == nil {
			errs := probs.Errors()
			t.Fatalf("%d generated guides: %d errors, the first:\n%v", n, len(errs), errs[:min(5, len(errs))])
		}
		if len(lib.Guides) != n {
			t.Errorf("%d generated guides loaded as %d", n, len(lib.Guides))
		}
	}
}

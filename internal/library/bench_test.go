package library_test

import (
	"fmt"
	"runtime"
	"testing"

	"firststeps/internal/library"
	"firststeps/internal/library/librarytest"
)

// BenchmarkLoad measures loading and validating generated libraries as the
// server does and as firststeps lint does (editor-only checks, no HTML),
// and reports the heap the loaded library holds (apart from the generated
// source files, about 12 KB a guide).
func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		fsys := librarytest.Generate(n)
		for _, lint := range []bool{false, true} {
			b.Run(fmt.Sprintf("guides=%d/lint=%v", n, lint), func(b *testing.B) {
				runtime.GC() // collect the generator's garbage outside the timing
				for b.Loop() {
					_, probs := library.Load(fsys, library.Options{Today: librarytest.Today(), Lint: lint, NoHTML: lint})
					if probs.HasErrors() {
						b.Fatalf("generated content has errors:\n%s", format(probs.Errors()[:min(5, len(probs.Errors()))]))
					}
				}
				// The heap the library holds, apart from its source files.
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				lib, _ := library.Load(fsys, library.Options{Today: librarytest.Today(), Lint: lint, NoHTML: lint})
				runtime.GC()
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "library-MB")
				runtime.KeepAlive(lib)
			})
		}
	}
}

// BenchmarkNearDuplicates measures the near-duplicate check alone on
// 10,000 generated guides.
func BenchmarkNearDuplicates(b *testing.B) {
	lib, probs := library.Load(librarytest.Generate(10000), library.Options{Today: librarytest.Today()})
	if lib == nil {
		b.Fatal(probs.Errors()[:1])
	}
	runtime.GC()
	for b.Loop() {
		if dups := library.NearDuplicates(lib.Guides); len(dups) > 0 {
			b.Fatalf("generated guides reported as duplicates: %v", dups[0])
		}
	}
}

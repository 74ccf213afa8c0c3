package search_test

import (
	"fmt"
	"runtime"
	"slices"
	"testing"
	"time"

	"firststeps/internal/library"
	"firststeps/internal/library/librarytest"
	"firststeps/internal/search"
)

var benchQueries = []string{
	"my ex says hes gonna post my nudes",
	"some guy on insta wants £500 or he sends my video to my mum",
	"i'm 15 and a boy has my pics",
	"email says they hacked my webcam and recorded me, wants bitcoin",
	"found a hidden camera in the bathroom of my rental flat and I am shaking, what do I do first",
	"deepfake",
}

// BenchmarkBuild measures building the index for the real library and for
// 10,000 generated guides, and reports the heap the index holds.
func BenchmarkBuild(b *testing.B) {
	for _, tc := range benchLibraries(b) {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				search.New(tc.lib, "uk", search.DefaultParams)
			}
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			ix := search.New(tc.lib, "uk", search.DefaultParams)
			runtime.GC()
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "index-MB")
			runtime.KeepAlive(ix)
		})
	}
}

// BenchmarkQuery measures queries and reports the 99th percentile latency,
// over the six queries above and over every query of the own evaluation
// set in turn.
func BenchmarkQuery(b *testing.B) {
	var eval []string
	for _, l := range readTSV(b, "testdata/eval.tsv") {
		eval = append(eval, l.query)
	}
	for _, tc := range benchLibraries(b) {
		ix := search.New(tc.lib, "uk", search.DefaultParams)
		for _, set := range []struct {
			name    string
			queries []string
		}{{"six", benchQueries}, {"eval", eval}} {
			b.Run(tc.name+"/queries="+set.name, func(b *testing.B) {
				var lat []time.Duration
				i := 0
				for b.Loop() {
					start := time.Now()
					ix.Search(set.queries[i%len(set.queries)], 5)
					lat = append(lat, time.Since(start))
					i++
				}
				slices.Sort(lat)
				b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
			})
		}
	}
}

type benchLib struct {
	name string
	lib  *library.Library
}

func benchLibraries(b *testing.B) []benchLib {
	real := realIndexLibrary(b)
	gen, probs := library.Load(librarytest.Generate(10000), library.Options{Today: librarytest.Today()})
	if gen == nil {
		b.Fatalf("generated library: %v", probs.Errors()[:min(3, len(probs.Errors()))])
	}
	return []benchLib{{fmt.Sprintf("guides=%d", len(real.Guides)), real}, {"guides=10000", gen}}
}

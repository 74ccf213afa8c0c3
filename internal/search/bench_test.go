package search_test

import (
	"encoding/json"
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
// over the six queries above, over every query of the own evaluation set
// in turn, over the development accounts in turn, and (in the realistic
// libraries) over the generated guides' held-out phrasings. The libraries:
// the real one, and the real one with 1,000 and 10,000 realistic
// generated guides beside it.
func BenchmarkQuery(b *testing.B) {
	var eval []string
	for _, l := range readTSV(b, "testdata/eval.tsv") {
		eval = append(eval, l.query)
	}
	// Long first-person accounts take the paths short queries skip
	// (narrative words, denials in the facts).
	var accounts []string
	set, _ := readAccounts(b, "testdata/accounts/accounts.tsv", func(string) bool { return true })
	for _, a := range set {
		accounts = append(accounts, a.text)
	}
	for _, tc := range benchLibraries(b) {
		ix := search.New(tc.lib, "uk", search.DefaultParams)
		sets := []struct {
			name    string
			queries []string
		}{{"six", benchQueries}, {"eval", eval}, {"accounts", accounts}}
		if len(tc.phrasings) > 0 {
			sets = append(sets, struct {
				name    string
				queries []string
			}{"phrasings", tc.phrasings})
		}
		for _, set := range sets {
			b.Run(tc.name+"/queries="+set.name, func(b *testing.B) {
				// Wall-clock time is what a reader waits; the thread's CPU
				// time is what the query costs, apart from waiting for a
				// core on a busy machine.
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				lat := make([]time.Duration, 0, 1<<16)
				cpu := make([]time.Duration, 0, 1<<16)
				i := 0
				for b.Loop() {
					c0, cpuOK := threadCPU()
					start := time.Now()
					ix.Search(set.queries[i%len(set.queries)], 5)
					lat = append(lat, time.Since(start))
					if c1, ok := threadCPU(); ok && cpuOK {
						cpu = append(cpu, c1-c0)
					}
					i++
				}
				pct := func(d []time.Duration, p int) float64 {
					slices.Sort(d)
					return float64(d[len(d)*p/100].Nanoseconds()) / 1e3
				}
				b.ReportMetric(pct(lat, 99), "p99-µs")
				b.ReportMetric(pct(lat, 50), "p50-µs")
				if len(cpu) == len(lat) {
					b.ReportMetric(pct(cpu, 99), "p99-cpu-µs")
				}
			})
		}
	}
}

type benchLib struct {
	name      string
	lib       *library.Library
	phrasings []string // held-out phrasings of the generated guides, if any
}

// benchLibraries returns the real library, and the real library with
// 1,000 and 10,000 realistic guides beside it.
func benchLibraries(b *testing.B) []benchLib {
	real := realIndexLibrary(b)
	out := []benchLib{{name: fmt.Sprintf("guides=%d", len(real.GuidesOf("uk"))), lib: real}}
	for _, n := range []int{1000, 10000} {
		gen := librarytest.NewRealistic(n, librarytest.RealisticOptions{Real: true})
		lib, probs := library.Load(gen.FS, library.Options{NoHTML: true})
		if lib == nil || probs.HasErrors() {
			b.Fatalf("realistic library of %d: %v", n, probs.Errors()[:min(3, len(probs.Errors()))])
		}
		var qs []string
		for _, q := range gen.Queries {
			qs = append(qs, q.Text)
		}
		out = append(out, benchLib{name: fmt.Sprintf("guides=%d", len(lib.GuidesOf("uk"))), lib: lib, phrasings: qs})
	}
	return out
}

// BenchmarkExport measures writing a built index as the static site's
// search index (Export, then JSON), for the real library and for 1,000
// generated guides beside it: what a build after one edit does twice. The
// JSON is written as the site writes it (Export.AppendJSON) and, for the
// plain way it stands in for, by json.Marshal.
func BenchmarkExport(b *testing.B) {
	for _, tc := range benchLibraries(b)[:2] {
		ix := search.New(tc.lib, "uk", search.DefaultParams)
		for _, w := range []struct {
			name  string
			write func(*search.Export) ([]byte, error)
		}{
			{"append", func(ex *search.Export) ([]byte, error) { return ex.AppendJSON(nil) }},
			{"marshal", func(ex *search.Export) ([]byte, error) { return json.Marshal(ex) }},
		} {
			b.Run(tc.name+"/"+w.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					ex, err := ix.Export()
					if err != nil {
						b.Fatal(err)
					}
					if _, err := w.write(ex); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

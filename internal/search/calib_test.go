package search_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"firststeps/internal/search"
)

func readLines(t testing.TB, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestConfidence checks the confidence threshold separates what people type
// about our situations from everyday questions the library does not cover:
// at least 95% of labelled queries are confident, and at most a fifth of the
// off-topic ones.
func TestConfidence(t *testing.T) {
	ix := realIndex(t, search.DefaultParams)
	var in, off, inM, offM []float64
	confIn := 0
	for _, l := range readTSV(t, "testdata/eval.tsv") {
		res := ix.Search(l.query, 1)
		if len(res.Hits) > 0 {
			in = append(in, res.Hits[0].Score)
			inM = append(inM, res.Hits[0].Match)
		}
		if res.Confident {
			confIn++
		}
	}
	confOff := 0
	for _, q := range readLines(t, "testdata/offtopic.txt") {
		res := ix.Search(q, 1)
		s, m := 0.0, 0.0
		if len(res.Hits) > 0 {
			s, m = res.Hits[0].Score, res.Hits[0].Match
		}
		off = append(off, s)
		offM = append(offM, m)
		if res.Confident {
			confOff++
			t.Logf("off-topic but confident: %q (%.2f)", q, s)
		}
	}
	slices.Sort(in)
	slices.Sort(off)
	slices.Sort(inM)
	slices.Sort(offM)
	t.Logf("labelled match: min %.2f, 5th pct %.2f, median %.2f", inM[0], inM[len(inM)/20], inM[len(inM)/2])
	t.Logf("off-topic match: median %.2f, 80th pct %.2f, max %.2f", offM[len(offM)/2], offM[len(offM)*8/10], offM[len(offM)-1])
	t.Logf("labelled top scores: min %.2f, 5th pct %.2f, median %.2f", in[0], in[len(in)/20], in[len(in)/2])
	t.Logf("off-topic top scores: median %.2f, 80th pct %.2f, max %.2f", off[len(off)/2], off[len(off)*8/10], off[len(off)-1])
	if n := len(readTSV(t, "testdata/eval.tsv")); float64(confIn) < 0.95*float64(n) {
		t.Errorf("only %d of %d labelled queries are confident", confIn, n)
	}
	if float64(confOff) > 0.2*float64(len(off)) {
		t.Errorf("%d of %d off-topic queries are confident", confOff, len(off))
	}
}

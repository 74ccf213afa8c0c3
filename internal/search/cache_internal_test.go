package search

import (
	"bytes"
	"testing"

	"firststeps/content"
	"firststeps/internal/library"
)

// FuzzAnalysis reads arbitrary bytes as one guide's kept analysis: never
// a panic, and what reads as valid is merged and written back the same
// way every time.
func FuzzAnalysis(f *testing.F) {
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		f.Fatal(probs)
	}
	c := NewCache([32]byte{4}, nil)
	NewCached(lib, "us", DefaultParams, c)
	for _, a := range c.used { // one guide's, as a seed
		f.Add(a)
		f.Add(a[:len(a)/2])
		break
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		if !validAnalysis(b) {
			return
		}
		again := rewrite(b)
		if !validAnalysis(again) {
			t.Fatal("an analysis read and written again does not read")
		}
		if third := rewrite(again); !bytes.Equal(third, again) {
			t.Error("an analysis read and written twice changed")
		}
	})
}

// rewrite merges an analysis into an empty index's terms and writes it
// again.
func rewrite(b []byte) []byte {
	ix := &Index{terms: newTermTable(2)}
	out, lens := ix.merge(map[string]*localTerm{}, nil, 0, b)
	return appendAnalysis(nil, out, lens, tagsOfAnalysis(b, ix.terms.shardOf))
}

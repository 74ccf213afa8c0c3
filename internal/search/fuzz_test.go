package search_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"firststeps/internal/search"
)

// FuzzSearch feeds any bytes to the query path: it never panics, never
// returns more hits than asked, and scores are finite and ordered.
func FuzzSearch(f *testing.F) {
	ix := realIndex(f, search.DefaultParams)
	for _, q := range append(benchQueries, "", " ", "\x00", "ｍｙ ｅｘ ｈａｓ ｍｙ ｎｕｄｅｓ", "n00dz", "😭😭 help", strings.Repeat("a", 5000), "I\u2019m 15", "\xff\xfe", "year 9 lad", "ex-bf") {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		res := ix.Search(q, 5)
		if len(res.Hits) > 5 {
			t.Fatalf("%d hits, asked for 5", len(res.Hits))
		}
		for i, h := range res.Hits {
			if h.Score != h.Score || h.Score <= 0 || h.Score > 1e6 {
				t.Fatalf("bad score %v", h.Score)
			}
			if i > 0 && h.Score > res.Hits[i-1].Score {
				t.Fatal("hits out of order")
			}
		}
		n := search.Normalize(q)
		if !utf8.ValidString(n) || search.Normalize(n) != n {
			t.Fatalf("Normalize(%q) = %q is not stable", q, n)
		}
		if c := search.Cut(q); len(c) > search.MaxQuery || !utf8.ValidString(c) {
			t.Fatalf("Cut gave %d bytes", len(c))
		}
	})
}

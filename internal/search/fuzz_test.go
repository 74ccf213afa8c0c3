package search_test

import (
	"slices"
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

// FuzzExportTerm reads any bytes as a term of the static index: it never
// panics, and a term it accepts is written back to bytes that read as the
// same term (the steps between guides undone and made again).
func FuzzExportTerm(f *testing.F) {
	for _, s := range []string{`[0,[0,1,3,2]]`, `[1,[5,0],2,[0,1,1,0]]`, `[0,[]]`, `[0,[3,1,0,1]]`, `[0,[-1,0]]`, `[0,[1]]`, `[]`, `[0,[0,1],-1,[1,0]]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var term search.ExportTerm
		if err := term.UnmarshalJSON(b); err != nil {
			return
		}
		for i := 2; i < len(term.Postings); i += 2 {
			if term.Postings[i] <= term.Postings[i-2] {
				t.Fatalf("%s: guides out of order after reading: %v", b, term.Postings)
			}
		}
		out, err := term.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		var back search.ExportTerm
		if err := back.UnmarshalJSON(out); err != nil {
			t.Fatalf("%s written as %s does not read back: %v", b, out, err)
		}
		if !slices.Equal(back.Postings, term.Postings) || !slices.Equal(back.TagPostings, term.TagPostings) || back.IDF != term.IDF || back.TagIDF != term.TagIDF {
			t.Fatalf("%s: read %+v, written %s, read back %+v", b, term, out, back)
		}
	})
}

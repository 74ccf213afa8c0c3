package pattern_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/pattern"
	"firststeps/internal/search"
)

// lexicon compiles every pattern a query is read with (cues, audiences,
// scope, facet values), wrapped as the library wraps them.
func lexicon(tb testing.TB) []*pattern.Pattern {
	tb.Helper()
	lib, probs := library.Load(content.FS(), library.Options{NoHTML: true})
	if lib == nil {
		tb.Fatal(probs)
	}
	var exprs []string
	for _, c := range lib.Cues {
		exprs = append(append(exprs, c.Patterns...), c.Unless...)
	}
	for _, a := range lib.Audiences {
		exprs = append(append(exprs, a.Patterns...), a.Unless...)
	}
	exprs = append(append(exprs, lib.Scope.Patterns...), lib.Scope.Unless...)
	for _, f := range lib.Facets {
		for _, v := range f.Values {
			exprs = append(append(exprs, v.Patterns...), v.Unless...)
		}
	}
	var out []*pattern.Pattern
	for _, e := range exprs {
		p, err := pattern.Compile(`\b(?:` + e + `)\b`)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// accounts returns the first-person accounts of the search's evaluation
// sets, normalised as a query is: long texts of many words, most of them
// nowhere near the words a pattern is about.
func accounts(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, name := range []string{"accounts.tsv", "accounts-holdout.tsv", "us-accounts.tsv"} {
		f, err := os.Open("../search/testdata/accounts/" + name)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) == 4 && cols[0] != "id" {
				out = append(out, search.Normalize(search.Cut(cols[3])))
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			tb.Fatal(err)
		}
	}
	if len(out) < 300 {
		tb.Fatalf("only %d accounts", len(out))
	}
	return out
}

// TestWindowsAgree: on every long account, each pattern of the content
// answers from its windows as its expression answers on the whole text,
// and finds there the matches it finds on the whole text, at the same
// places.
func TestWindowsAgree(t *testing.T) {
	pats := lexicon(t)
	set := pattern.NewSet(pats)
	matched := 0
	for _, text := range accounts(t) {
		sc := set.Scan(text)
		for _, p := range pats {
			got, whole, want := p.Match(sc), p.MatchWhole(sc), p.MatchString(text)
			if got != want || whole != want {
				t.Fatalf("%v on %q: Match %v, MatchWhole %v, MatchString %v", p, text, got, whole, want)
			}
			if found, all := p.FindAllIndex(sc), p.FindAllWhole(sc); !slices.EqualFunc(found, all, slices.Equal[[]int]) {
				t.Fatalf("%v on %q: windows find %v, the whole text %v", p, text, found, all)
			}
			if want {
				matched++
			}
		}
	}
	if matched < 500 {
		t.Errorf("only %d matches: the accounts do not try the patterns", matched)
	}
}

// BenchmarkMatchLong runs every pattern of the content on every long
// account, scanned once each, with windows and on the whole text: as a cue
// is matched (match) and as facts are read, every match found (find).
func BenchmarkMatchLong(b *testing.B) {
	pats := lexicon(b)
	set := pattern.NewSet(pats)
	texts := accounts(b)
	for _, tc := range []struct {
		name string
		run  func(*pattern.Pattern, *pattern.Text)
	}{
		{"windows", func(p *pattern.Pattern, t *pattern.Text) { p.Match(t) }},
		{"whole", func(p *pattern.Pattern, t *pattern.Text) { p.MatchWhole(t) }},
		{"find-windows", func(p *pattern.Pattern, t *pattern.Text) { p.FindAllIndex(t) }},
		{"find-whole", func(p *pattern.Pattern, t *pattern.Text) { p.FindAllWhole(t) }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				for _, text := range texts {
					sc := set.Scan(text)
					for _, p := range pats {
						tc.run(p, sc)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts))/1e3, "µs/account")
		})
	}
}

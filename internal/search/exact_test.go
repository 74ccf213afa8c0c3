package search

import (
	"math"
	"math/bits"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/problem"
)

// The shortcuts taken for speed must not change what a query finds. These
// tests hold each shortcut to the plain way of working out the same thing.

func evalQueries(t testing.TB) []string {
	t.Helper()
	data, err := os.ReadFile("testdata/eval.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for line := range strings.Lines(string(data)) {
		if _, q, ok := strings.Cut(strings.TrimSpace(line), "\t"); ok && q != "query" {
			out = append(out, q)
		}
	}
	return out
}

// loadReal loads the embedded content once for all tests here.
var loadReal = sync.OnceValues(func() (*library.Library, problem.List) {
	return library.Load(content.FS(), library.Options{})
})

func realLibrary(t testing.TB) *library.Library {
	t.Helper()
	lib, probs := loadReal()
	if lib == nil {
		t.Fatal(probs)
	}
	return lib
}

// TestTagScoreDenseMatchesSparse: reading every tag in order and visiting
// only the tags a query reaches give every guide the same tag score.
func TestTagScoreDenseMatchesSparse(t *testing.T) {
	ix := New(realLibrary(t), "uk", DefaultParams)
	for _, q := range evalQueries(t) {
		qterms, qnorm, _ := ix.tags.queryVector(ix.queryTerms(Normalize(q)))
		if qnorm == 0 {
			continue
		}
		var dense, sparse scratch
		for _, sc := range []*scratch{&dense, &sparse} {
			sc.reset(ix.Len())
			sc.dots = make([]float64, len(ix.tags.guideOf))
		}
		ix.tags.scoreDense(qterms, qnorm, &dense, 2)
		ix.tags.scoreSparse(qterms, qnorm, &sparse, 2)
		for d := range ix.Len() {
			if math.Abs(dense.scores[d]-sparse.scores[d]) > 1e-12 || math.Abs(dense.match[d]-sparse.match[d]) > 1e-12 {
				t.Fatalf("%q: guide %s: dense %v/%v, sparse %v/%v", q, ix.guides[d].ID, dense.scores[d], dense.match[d], sparse.scores[d], sparse.match[d])
			}
		}
		if len(sparse.docs) == 0 {
			t.Fatalf("%q: no guide has a tag score", q)
		}
	}
}

// TestCorrectionsMatchEveryWord: ruling words out by their letters finds
// the same corrections as working out the distance to every word.
func TestCorrectionsMatchEveryWord(t *testing.T) {
	ix := New(realLibrary(t), "uk", DefaultParams)
	var vocab []string
	for l := range ix.vocabByLen {
		for _, vw := range ix.vocabByLen[l] {
			vocab = append(vocab, vw.word)
		}
	}
	slices.Sort(vocab)
	plain := func(term string) []string {
		maxDist := 1
		if len(term) >= 8 {
			maxDist = 2
		}
		var out []string
		best := maxDist + 1
		for l := len(term) - maxDist; l <= len(term)+maxDist; l++ {
			for _, vw := range ix.vocabByLen[l] {
				v := vw.word
				if maxDist == 1 && v[0] != term[0] {
					continue
				}
				d := osa(term, v, maxDist)
				switch {
				case d > maxDist:
				case d < best:
					best, out = d, []string{v}
				case d == best:
					out = append(out, v)
				}
			}
		}
		return out[:min(len(out), 3)]
	}
	found := 0
	for i, v := range vocab {
		if len(v) < 4 {
			continue
		}
		// A typo of each kind: a letter changed, dropped, doubled, swapped.
		j := i % len(v)
		typos := []string{v[:j] + "q" + v[j+1:], v[:j] + v[j+1:], v[:j] + v[j:j+1] + v[j:]}
		if j+1 < len(v) {
			typos = append(typos, v[:j]+v[j+1:j+2]+v[j:j+1]+v[j+2:])
		}
		for _, typo := range typos {
			got, want := ix.corrections(typo), plain(typo)
			if !slices.Equal(got, want) {
				t.Fatalf("corrections(%q) = %q, want %q", typo, got, want)
			}
			found += len(got)
		}
	}
	if found == 0 {
		t.Fatal("no typo found a correction")
	}
}

// FuzzLettersBound: the letter filter never rules out a word within reach,
// because one edit changes at most two bits of a word's letter set.
func FuzzLettersBound(f *testing.F) {
	f.Add("sextortion", "sextrotion")
	f.Add("nudes", "nuds")
	f.Add("webcam", "wbecam")
	f.Fuzz(func(t *testing.T, a, b string) {
		d := osa(a, b, 80)
		if d > 80 {
			return // too long for osa to measure
		}
		if n := bits.OnesCount64(lettersOf(a) ^ lettersOf(b)); n > 2*d {
			t.Fatalf("osa(%q, %q) = %d but their letter sets differ in %d bits", a, b, d, n)
		}
	})
}

// TestSearchIsRepeatable: the same query gives the same scores to the last
// bit, so ties break the same way and route output can be compared.
func TestSearchIsRepeatable(t *testing.T) {
	ix := New(realLibrary(t), "uk", DefaultParams)
	for _, q := range evalQueries(t) {
		first := ix.Search(q, 5)
		for range 4 {
			again := ix.Search(q, 5)
			if len(again.Hits) != len(first.Hits) {
				t.Fatalf("%q: %d hits, then %d", q, len(first.Hits), len(again.Hits))
			}
			for i, h := range again.Hits {
				if h.Guide != first.Hits[i].Guide || h.Score != first.Hits[i].Score || h.Match != first.Hits[i].Match {
					t.Fatalf("%q: hit %d was %s %v, then %s %v", q, i, first.Hits[i].Guide.ID, first.Hits[i].Score, h.Guide.ID, h.Score)
				}
			}
		}
	}
}

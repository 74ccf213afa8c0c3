package library

// Near-duplicate bodies are found by locality-sensitive hashing (LSH) over
// MinHash signatures. Here LSH is measured and checked against the plain
// way it stands in for: comparing every pair of signatures.

import (
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"firststeps/content"
	"firststeps/internal/library/librarytest"
)

// allPairsBodies is similarBodies without LSH: every pair of signatures
// compared.
func allPairsBodies(sigs []signature, found func(i, j int, est float64)) {
	for i := range sigs {
		if sigs[i].Empty {
			continue
		}
		for j := i + 1; j < len(sigs); j++ {
			if sigs[j].Empty {
				continue
			}
			if est := estimate(sigs[i].MinHash, sigs[j].MinHash); est >= dupBody {
				found(i, j, est)
			}
		}
	}
}

// generatedSignatures loads n generated guides and signs their bodies.
func generatedSignatures(tb testing.TB, n int) (maphash.Seed, []signature) {
	tb.Helper()
	lib, probs := Load(librarytest.Generate(n), Options{Today: librarytest.Today(), NoHTML: true})
	if probs.HasErrors() {
		tb.Fatal(probs.Errors()[0])
	}
	seed := maphash.MakeSeed()
	return seed, signatures(lib.Guides)
}

// TestSimilarBodiesAgree: every pair LSH finds, comparing every pair finds
// too; and every pair whose signatures differ in fewer places than there
// are bands (so share a band for certain) LSH finds, on the real guides and
// on generated ones, which share much of their wording.
func TestSimilarBodiesAgree(t *testing.T) {
	lib, probs := Load(content.FS(), Options{NoHTML: true})
	if probs.HasErrors() {
		t.Fatal(probs.Errors()[0])
	}
	seed := maphash.MakeSeed()
	sets := map[string][]signature{"real": signatures(lib.Guides)}
	genSeed, gen := generatedSignatures(t, 400)
	sets["generated"] = gen
	// Copies of real signatures with from 0 to 30 of their hashes changed,
	// so that pairs fall on both sides of the threshold and of certainty.
	rng := rand.New(rand.NewPCG(3, 4))
	var mutated []signature
	for _, sig := range sets["real"][:10] {
		for k := 0; k <= 30; k += 2 {
			m := sig
			for _, i := range rng.Perm(hashes)[:k] {
				m.MinHash[i] = rng.Uint64()
			}
			mutated = append(mutated, m)
		}
	}
	sets["mutated"] = mutated
	for name, sigs := range sets {
		s := seed
		if name == "generated" {
			s = genSeed
		}
		lsh := map[[2]int]bool{}
		similarBodies(s, sigs, func(i, j int, _ float64) { lsh[[2]int{i, j}] = true })
		all := map[[2]int]float64{}
		allPairsBodies(sigs, func(i, j int, est float64) { all[[2]int{i, j}] = est })
		for p := range lsh {
			if _, ok := all[p]; !ok {
				t.Errorf("%s: LSH finds %v, which comparing every pair does not", name, p)
			}
		}
		sure := 0
		for p, est := range all {
			if differ := hashes - int(est*hashes+0.5); differ < bands {
				sure++
				if !lsh[p] {
					t.Errorf("%s: LSH misses %v, whose signatures differ in %d places", name, p, differ)
				}
			}
		}
		t.Logf("%s: %d guides, %d similar pairs, LSH finds %d, %d certain", name, len(sigs), len(all), len(lsh), sure)
	}
}

// BenchmarkSimilarBodies finds the similar bodies among generated guides by
// LSH and by comparing every pair.
func BenchmarkSimilarBodies(b *testing.B) {
	for _, n := range []int{2000, 10000} {
		seed, sigs := generatedSignatures(b, n)
		b.Run(fmt.Sprintf("guides=%d/lsh", n), func(b *testing.B) {
			for b.Loop() {
				similarBodies(seed, sigs, func(int, int, float64) {})
			}
		})
		b.Run(fmt.Sprintf("guides=%d/all-pairs", n), func(b *testing.B) {
			for b.Loop() {
				allPairsBodies(sigs, func(int, int, float64) {})
			}
		})
	}
}

// TestQuickREAgrees: each review rule's words turn away only texts its
// expression does not match, on every line and sentence of every guide and
// on texts made to test the words' case and the rule's edges.
func TestQuickREAgrees(t *testing.T) {
	lib, probs := Load(content.FS(), Options{})
	if lib == nil {
		t.Fatal(probs)
	}
	texts := []string{"", "See the help ABOVE.", "Are You Under 18? Tell someone.", "Adults only", "18+ ONLY", "aged 18",
		"It Helps.", "They are There For you", "It is on This Page", "Above all, stay safe.", "ſupport will help", "further DOWN",
		"If you're under-18, Childline can help."}
	for _, g := range lib.Guides {
		for _, sec := range g.Sections {
			for _, block := range strings.Split(sec.Text, "\n") {
				texts = append(texts, block)
				texts = append(texts, sentencesOf(block)...)
			}
		}
	}
	matched := 0
	for _, q := range []quickRE{pageClaimRE, aboveAllRE, selfUnder18RE, helpClaimRE, adultWordRE} {
		for _, s := range texts {
			got, want := q.MatchString(s), q.re.MatchString(s)
			if got != want {
				t.Errorf("%s on %q: %v, the expression says %v", q.re, s, got, want)
			}
			if want {
				matched++
			}
			if got, want := q.replaceAll(s, ""), q.re.ReplaceAllString(s, ""); got != want {
				t.Errorf("%s replacing in %q: %q, the expression gives %q", q.re, s, got, want)
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d matches: the texts do not try the rules", matched)
	}
}

// TestSplitSentencesAgrees: the written-out split cuts every line of every
// guide where the expression does, and texts made to try its edges.
func TestSplitSentencesAgrees(t *testing.T) {
	lib, probs := Load(content.FS(), Options{})
	if lib == nil {
		t.Fatal(probs)
	}
	texts := []string{"", ".", "a. b", "a.b", "a.) b", "a.)b", `Say "stop." Then go.`, "Why?\tNow!\r\n", "a... b", "a.' ", "a.\f\fb", "end. "}
	for _, g := range lib.Guides {
		for _, sec := range g.Sections {
			texts = append(texts, strings.Split(sec.Text, "\n")...)
		}
	}
	for _, s := range texts {
		if got, want := splitSentences(s), sentenceEndRE.Split(s, -1); !slices.Equal(got, want) {
			t.Errorf("%q: split %q, the expression %q", s, got, want)
		}
	}
}

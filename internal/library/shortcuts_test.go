package library

// Near-duplicate bodies are found by locality-sensitive hashing (LSH) over
// MinHash signatures. Here LSH is measured and checked against the plain
// way it stands in for: comparing every pair of signatures.

import (
	"fmt"
	"hash/maphash"
	"math/rand/v2"
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

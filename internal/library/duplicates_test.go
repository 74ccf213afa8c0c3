package library

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestMinhashEstimate checks the signature's Jaccard estimate against the
// true similarity of the 5-word shingles, for texts from identical to
// unrelated.
func TestMinhashEstimate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	text := func(n int) []string {
		w := make([]string, n)
		for i := range w {
			w[i] = fmt.Sprintf("w%d", rng.IntN(5000))
		}
		return w
	}
	shingles := func(w []string) map[string]bool {
		out := map[string]bool{}
		for i := 0; i+shingleN <= len(w); i++ {
			out[strings.Join(w[i:i+shingleN], " ")] = true
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		words int
		keep  float64 // share of the first text the second keeps
	}{
		{"identical", 1200, 1},
		{"most shared", 1200, 0.8},
		{"half shared", 1200, 0.5},
		{"little shared", 1200, 0.2},
		{"unrelated", 1200, 0},
		{"short", 40, 0.5},
	} {
		a := text(tc.words)
		b := append(append([]string{}, a[:int(float64(len(a))*tc.keep)]...), text(len(a)-int(float64(len(a))*tc.keep))...)
		sa, sb := shingles(a), shingles(b)
		inter := 0
		for s := range sa {
			if sb[s] {
				inter++
			}
		}
		truth := float64(inter) / float64(len(sa)+len(sb)-inter)
		ma, _ := minhash(wordHashes(strings.Join(a, " ")))
		mb, _ := minhash(wordHashes(strings.Join(b, " ")))
		// The estimate's standard error over 64 bins is sqrt(J(1-J)/64);
		// allow four of them (a 1 in 15,000 miss for a random hash).
		tolerance := 4*math.Sqrt(truth*(1-truth)/hashes) + 0.02
		if est := estimate(ma, mb); math.Abs(est-truth) > tolerance {
			t.Errorf("%s: estimate %.2f, true similarity %.2f", tc.name, est, truth)
		}
	}
}

// FuzzWordHashes checks wordHashes against hashing each lower-cased word of
// the joined texts.
func FuzzWordHashes(f *testing.F) {
	f.Add("Do NOT pay — it’s Über 10.30", "second\nPART")
	f.Fuzz(func(t *testing.T, a, b string) {
		var want []uint64
		for _, w := range strings.FieldsFunc(a+"\n"+b+"\n", func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
		}) {
			var lowered []byte
			for _, r := range w {
				lowered = utf8.AppendRune(lowered, unicode.ToLower(r))
			}
			want = append(want, hashWord(string(lowered)))
		}
		if got := wordHashes(a, b); !slices.Equal(got, want) {
			t.Fatalf("wordHashes(%q, %q) gives %d hashes, want %d", a, b, len(got), len(want))
		}
	})
}

// TestMinhashRolls checks the rolled shingle hashes against working each
// shingle's polynomial out on its own.
func TestMinhashRolls(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for n := range 60 {
		wh := make([]uint64, n)
		for i := range wh {
			wh[i] = rng.Uint64()
		}
		got, gotEmpty := minhash(wh)
		var want [hashes]uint64
		for i := range want {
			want[i] = ^uint64(0)
		}
		for i := 0; i+shingleN <= n; i++ {
			var poly uint64
			for j := range shingleN {
				poly = poly*shinglePrime + wh[i+j]
			}
			h := mix(poly)
			if bin := (h >> 32) * hashes >> 32; h < want[bin] {
				want[bin] = h
			}
		}
		if gotEmpty != (n < shingleN) {
			t.Fatalf("%d words: empty = %v", n, gotEmpty)
		}
		for k := range want {
			if want[k] != ^uint64(0) && got[k] != want[k] {
				t.Fatalf("%d words: bin %d holds %x, want %x", n, k, got[k], want[k])
			}
		}
	}
}

package library

import (
	"hash/maphash"
	"slices"
	"strings"
	"unicode"

	"firststeps/internal/guide"
	"firststeps/internal/problem"
)

// Thresholds for near-duplicate guides. Two guides for one situation split
// readers and drift apart; two titles this alike confuse a frightened reader
// choosing between them.
const (
	dupTitle = 0.8 // Jaccard similarity of title words
	dupBody  = 0.5 // estimated Jaccard similarity of 5-word shingles
	shingleN = 5
	hashes   = 64 // MinHash signature length
	bands    = 16 // LSH bands of hashes/bands rows each
)

// NearDuplicates warns about pairs of guides whose titles or bodies are too
// alike, naming both. Bodies are compared by MinHash signatures bucketed with
// locality-sensitive hashing, so the cost grows with the number of guides,
// not with the number of pairs.
func NearDuplicates(guides []*guide.Guide) problem.List {
	var probs problem.List
	seed := maphash.MakeSeed()
	type sig struct {
		g     *guide.Guide
		title []string
		mh    [hashes]uint64
		empty bool
	}
	sigs := make([]sig, len(guides))
	for i, g := range guides {
		sigs[i] = sig{g: g, title: titleWords(g.Situation)}
		sigs[i].mh, sigs[i].empty = minhash(seed, words(g.Text()))
	}
	seen := map[[2]int]bool{}
	report := func(i, j int, what string, score float64) {
		if i > j {
			i, j = j, i
		}
		if seen[[2]int{i, j}] {
			return
		}
		seen[[2]int{i, j}] = true
		a, b := sigs[i].g, sigs[j].g
		probs.Warnf(a.File, 0, "near-duplicate", "%s is %.0f%% like %s (%s): merge them or make each about one situation", a.ID, score*100, b.ID, what)
	}
	// Titles: bucket by each word, compare within buckets. Titles are short,
	// so this stays cheap.
	byWord := map[string][]int{}
	for i, s := range sigs {
		for _, w := range s.title {
			byWord[w] = append(byWord[w], i)
		}
	}
	checked := map[[2]int]bool{}
	for _, ids := range byWord {
		if len(ids) > 200 {
			continue // a very common word carries no signal
		}
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				k := [2]int{ids[x], ids[y]}
				if checked[k] {
					continue
				}
				checked[k] = true
				if j := jaccard(sigs[k[0]].title, sigs[k[1]].title); j >= dupTitle {
					report(k[0], k[1], "titles", j)
				}
			}
		}
	}
	// Bodies: LSH over MinHash bands.
	rows := hashes / bands
	for b := range bands {
		buckets := map[uint64][]int{}
		for i, s := range sigs {
			if s.empty {
				continue
			}
			var h maphash.Hash
			h.SetSeed(seed)
			for r := range rows {
				v := s.mh[b*rows+r]
				var buf [8]byte
				for k := range 8 {
					buf[k] = byte(v >> (8 * k))
				}
				h.Write(buf[:])
			}
			key := h.Sum64()
			buckets[key] = append(buckets[key], i)
		}
		for _, ids := range buckets {
			for x := 0; x < len(ids); x++ {
				for y := x + 1; y < len(ids); y++ {
					i, j := ids[x], ids[y]
					if est := estimate(sigs[i].mh, sigs[j].mh); est >= dupBody {
						report(i, j, "text", est)
					}
				}
			}
		}
	}
	return probs
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
}

// titleWords returns the distinct words of a title, without the very common
// words every title shares.
func titleWords(s string) []string {
	var out []string
	for _, w := range words(s) {
		if !stop[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

var stop = map[string]bool{"you": true, "your": true, "a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "to": true, "is": true, "are": true, "if": true, "someone": true, "they": true, "it": true, "in": true, "on": true, "with": true, "for": true, "what": true, "do": true}

func jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// minhash returns the MinHash signature of the text's word shingles.
func minhash(seed maphash.Seed, ws []string) (sig [hashes]uint64, empty bool) {
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	if len(ws) < shingleN {
		return sig, true
	}
	for i := 0; i+shingleN <= len(ws); i++ {
		h := maphash.String(seed, strings.Join(ws[i:i+shingleN], " "))
		for k := range sig {
			// Derive the k-th hash function from one 64-bit hash.
			v := (h ^ uint64(k)*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9
			v ^= v >> 31
			if v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig, false
}

func estimate(a, b [hashes]uint64) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / hashes
}

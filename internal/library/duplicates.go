package library

import (
	"hash/maphash"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"firststeps/internal/guide"
	"firststeps/internal/parallel"
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
	return nearDuplicates(signatures(guides))
}

// nearDuplicates is NearDuplicates over signatures worked out already.
func nearDuplicates(sigs []signature) problem.List {
	var probs problem.List
	seed := maphash.MakeSeed()
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
		if a.Jurisdiction != b.Jurisdiction {
			return // twins: the same situation, written for each jurisdiction
		}
		probs.Warnf(a.File, 0, "near-duplicate", "%s is %.0f%% like %s (%s): merge them or make each about one situation", a.ID, score*100, b.ID, what)
	}
	// Titles: for each title, count the words it shares with every later
	// title through a word → titles index, then score only those pairs.
	byWord := map[string][]int32{}
	for i, s := range sigs {
		for _, w := range s.Title {
			byWord[w] = append(byWord[w], int32(i))
		}
	}
	shared := make([]int, len(sigs))
	var touched []int32
	for i, s := range sigs {
		touched = touched[:0]
		for _, w := range s.Title {
			ids := byWord[w]
			if len(ids) > 200 {
				continue // a very common word carries no signal
			}
			for _, j := range ids {
				if int(j) <= i {
					continue
				}
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
			}
		}
		for _, j := range touched {
			n := shared[j]
			shared[j] = 0
			if jac := float64(n) / float64(len(s.Title)+len(sigs[j].Title)-n); jac >= dupTitle {
				report(i, int(j), "titles", jac)
			}
		}
	}
	similarBodies(seed, sigs, func(i, j int, est float64) { report(i, j, "text", est) })
	return probs
}

// Signature is what near-duplicate guides are found by: a guide's title
// words and the MinHash signature of its body (Empty when it has no
// shingle). It depends on nothing but the guide, so a cache may keep it.
type Signature struct {
	Title   []string
	MinHash [hashes]uint64
	Empty   bool
}

// SignatureOf works out a guide's signature.
func SignatureOf(g *guide.Guide) Signature {
	var texts [guide.Resources]string
	all := g.SectionsText()
	copy(texts[:], all[:])
	s := Signature{Title: titleWords(g.Situation)}
	s.MinHash, s.Empty = minhash(wordHashes(texts[:]...))
	return s
}

// signature is a guide's Signature, with the guide.
type signature struct {
	g *guide.Guide
	Signature
}

// signatures works out every guide's signature, on every core.
func signatures(guides []*guide.Guide) []signature {
	sigs := make([]signature, len(guides))
	parallel.For(len(guides), func(_, i int) {
		sigs[i] = signature{guides[i], SignatureOf(guides[i])}
	})
	return sigs
}

// similarBodies calls found for the pairs of signatures whose estimated
// similarity is dupBody or more, by locality-sensitive hashing: each band
// of hashes/bands rows is hashed to a bucket, and only signatures sharing a
// bucket are compared. A pair whose signatures differ in fewer places than
// there are bands always shares one; a pair at the threshold, about two
// times in three. A pair can be found more than once.
func similarBodies(seed maphash.Seed, sigs []signature, found func(i, j int, est float64)) {
	rows := hashes / bands
	for b := range bands {
		buckets := map[uint64][]int{}
		for i, s := range sigs {
			if s.Empty {
				continue
			}
			var h maphash.Hash
			h.SetSeed(seed)
			for r := range rows {
				v := s.MinHash[b*rows+r]
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
					if est := estimate(sigs[i].MinHash, sigs[j].MinHash); est >= dupBody {
						found(i, j, est)
					}
				}
			}
		}
	}
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

// wordHashes hashes each word of texts (letters and digits, lower-cased),
// read one after another as if joined by line breaks, with hashWord: the
// same words hash the same in every run, so signatures can be kept. Words already in
// lower-case ASCII, nearly all of them, are hashed where they lie; others
// are lower-cased into a buffer first.
func wordHashes(texts ...string) []uint64 {
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	out := make([]uint64, 0, n/6)
	var buf []byte
	for _, s := range texts {
		for i := 0; i < len(s); {
			// Skip ASCII separators quickly.
			if byteClass[s[i]] == separator {
				i++
				continue
			}
			j := i
			for j < len(s) && byteClass[s[j]] == lowerWord {
				j++
			}
			if j == len(s) || byteClass[s[j]] == separator {
				if j > i {
					out = append(out, hashWord(s[i:j]))
				}
				i = j
				continue
			}
			// The word has capitals or non-ASCII characters (or s[i] is a
			// non-ASCII separator): lower-case it into buf.
			buf = append(buf[:0], s[i:j]...)
			for j < len(s) {
				c := s[j]
				if c < utf8.RuneSelf {
					if byteClass[c] == separator {
						break
					}
					if c >= 'A' && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf = append(buf, c)
					j++
					continue
				}
				r, size := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
				j += size
			}
			if len(buf) > 0 {
				out = append(out, hashWord(string(buf)))
			}
			if j == i {
				_, size := utf8.DecodeRuneInString(s[j:])
				j += size // a non-ASCII separator
			}
			i = j
		}
	}
	return out
}

// hashWord hashes a word: FNV-1a, whose low bits alone mix poorly, then
// mix to spread them.
func hashWord(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return mix(h)
}

// Byte classes for wordHashes.
const (
	separator = iota
	lowerWord // a-z, 0-9 and the apostrophe
	otherByte // capitals and the bytes of non-ASCII characters
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'':
			t[c] = lowerWord
		case c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf:
			t[c] = otherByte
		}
	}
	return t
}()

// minhash returns the MinHash signature of the text's 5-word shingles,
// given its word hashes. A shingle's hash mixes its words' hashes by
// position, so no shingle string is ever built. The signature is one
// permutation hashing: each shingle's hash falls in one of the signature's
// bins and each bin keeps its smallest hash, one step per shingle instead
// of one per bin. A bin no shingle fell in (only in very short texts)
// borrows from the next bin that has one, so two texts' bins still agree
// only when their shingles do.
func minhash(wh []uint64) (sig [hashes]uint64, empty bool) {
	const none = ^uint64(0)
	for i := range sig {
		sig[i] = none
	}
	if len(wh) < shingleN {
		return sig, true
	}
	// A shingle's hash is a polynomial in its words' hashes, rolled from
	// one shingle to the next with two multiplications.
	var roll, top uint64 = 0, 1
	for j := range shingleN {
		roll = roll*shinglePrime + wh[j]
		if j > 0 {
			top *= shinglePrime
		}
	}
	for i := 0; ; i++ {
		h := mix(roll)
		if bin := (h >> 32) * hashes >> 32; h < sig[bin] {
			sig[bin] = h
		}
		if i+shingleN >= len(wh) {
			break
		}
		roll = (roll-wh[i]*top)*shinglePrime + wh[i+shingleN]
	}
	own := sig
	for k := range sig {
		if own[k] != none {
			continue
		}
		for step := 1; step < hashes; step++ {
			if d := own[(k+step)%hashes]; d != none {
				sig[k] = mix(d + uint64(step))
				break
			}
		}
	}
	return sig, false
}

// shinglePrime is the base of the shingle polynomial: any large odd number.
const shinglePrime = 0x9e3779b97f4a7c15

// mix is SplitMix64's finaliser: it spreads every input bit over the output.
func mix(v uint64) uint64 {
	v = (v ^ v>>30) * 0xbf58476d1ce4e5b9
	v = (v ^ v>>27) * 0x94d049bb133111eb
	return v ^ v>>31
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

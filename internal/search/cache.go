package search

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math"
	"slices"
	"strings"
	"sync"

	"firststeps/internal/binform"
	"firststeps/internal/library"
)

// Cache keeps what analysing each guide gave (its terms, with their
// frequency per field, its field lengths and its tags' terms) between
// builds of an index, so that an editor's next build analyses only the
// guides that changed: analysis is most of building an index, and the
// rest (weighing every posting by the library's statistics) must run
// whenever any guide changes.
//
// A guide's analysis is found again by its exact texts (or the key a
// parse cache loaded it under) and the analyzer (the synonyms and the
// bigram weight); the cache adds a prefix of its own, which must stand
// for everything else analysis depends on: the program itself, and with
// a parse cache's keys, what that cache adds to them. It is safe for
// concurrent use.
type Cache struct {
	prefix [32]byte
	load   func() ([]byte, error)
	loaded sync.Once

	// Each guide's analysis is kept as bytes (see appendAnalysis), which
	// the collector need not scan: held as terms and weights, 2,000
	// guides' analyses tripled its work in a build.
	mu      sync.Mutex
	old     map[[32]byte][]byte // as read
	used    map[[32]byte][]byte // found or made since
	changed bool
	misses  int
}

// NewCache returns a cache for the program prefix stands for. load, when
// not nil, gives what MarshalBinary wrote in an earlier run; it is called
// once, when an index first asks, so a run that builds no index never
// reads it. What cannot be read, or was written for another prefix, is
// ignored: the cache only saves time.
func NewCache(prefix [32]byte, load func() ([]byte, error)) *Cache {
	return &Cache{prefix: prefix, load: load, used: map[[32]byte][]byte{}}
}

// Changed reports whether the cache holds an analysis it did not read, or
// no longer holds one it read: whether it is worth writing again. A cache
// no index asked is unchanged.
func (c *Cache) Changed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.changed || len(c.used) != len(c.old)
}

// Misses is how many guides were analysed afresh.
func (c *Cache) Misses() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.misses
}

func (c *Cache) open() {
	c.loaded.Do(func() {
		if c.load == nil {
			return
		}
		b, err := c.load()
		if err != nil {
			return
		}
		old, err := c.decode(b)
		if err != nil {
			return
		}
		c.mu.Lock()
		c.old = old
		c.mu.Unlock()
	})
}

// get returns the analysis kept under key, or nil.
func (c *Cache) get(key [32]byte) []byte {
	c.open()
	c.mu.Lock()
	a, used := c.used[key]
	if !used {
		a = c.old[key]
	}
	c.mu.Unlock()
	if a == nil || used {
		return a
	}
	// Read through once, outside the lock, before it is first used.
	if !validAnalysis(a) {
		return nil // the checksum passed: only a fault gets here
	}
	c.mu.Lock()
	c.used[key] = a
	c.mu.Unlock()
	return a
}

func (c *Cache) put(key [32]byte, a []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.used[key] = a
	c.changed = true
	c.misses++
}

// appendAnalysis appends what analysing one guide gave: its field lengths,
// its terms (each with a mask of the fields it is in and its frequency in
// each of those) in the order met, and its tags' terms and weights.
func appendAnalysis(b []byte, terms []docTerm, lens [numFields]float32, tags [][]tagTerm) []byte {
	w := binform.Writer{B: b}
	for _, l := range lens {
		w.B = binary.LittleEndian.AppendUint32(w.B, math.Float32bits(l))
	}
	w.Count(false, len(terms))
	for _, dt := range terms {
		w.Str(dt.lt.term)
		var mask byte
		for f, v := range dt.tf {
			if v != 0 {
				mask |= 1 << f
			}
		}
		w.B = append(w.B, mask)
		for _, v := range dt.tf {
			if v != 0 {
				w.B = binary.LittleEndian.AppendUint32(w.B, math.Float32bits(v))
			}
		}
	}
	w.Count(false, len(tags))
	for _, tag := range tags {
		w.Count(false, len(tag))
		for _, tw := range tag {
			w.Str(tw.term)
			w.B = binary.LittleEndian.AppendUint64(w.B, math.Float64bits(tw.w))
		}
	}
	return w.B
}

// analysisReader reads what appendAnalysis wrote, in its order.
type analysisReader struct{ r *binform.Reader }

func (a analysisReader) lens() [numFields]float32 {
	var lens [numFields]float32
	for f := range lens {
		lens[f] = math.Float32frombits(a.u32())
	}
	return lens
}

func (a analysisReader) u32() uint32 {
	if x := a.r.Next(4); len(x) == 4 {
		return binary.LittleEndian.Uint32(x)
	}
	return 0
}

// word returns a term's bytes, not copied.
func (a analysisReader) word() []byte {
	n := a.r.Uint()
	if n > 1<<30 {
		a.r.Next(-1) // fails the reader
		return nil
	}
	return a.r.Next(int(n))
}

// tf reads a term's frequency per field.
func (a analysisReader) tf() (tf [numFields]float32) {
	mask := a.r.Next(1)
	if len(mask) != 1 || mask[0] >= 1<<numFields {
		a.r.Next(-1)
		return tf
	}
	for f := range tf {
		if mask[0]&(1<<f) != 0 {
			tf[f] = math.Float32frombits(a.u32())
		}
	}
	return tf
}

// skipTerms reads past the terms, to the tags.
func (a analysisReader) skipTerms() {
	n, _ := a.r.Count()
	for range n {
		a.word()
		a.tf()
	}
}

// tags reads the tags' terms, each placed in its shard by shardOf.
func (a analysisReader) tags(shardOf func(string) uint8) [][]tagTerm {
	n, _ := a.r.Count()
	out := make([][]tagTerm, 0, n)
	for range n {
		m, _ := a.r.Count()
		tag := make([]tagTerm, m)
		for j := range tag {
			tag[j].term = string(a.word())
			tag[j].shard = shardOf(tag[j].term)
			if x := a.r.Next(8); len(x) == 8 {
				tag[j].w = math.Float64frombits(binary.LittleEndian.Uint64(x))
			}
		}
		out = append(out, tag)
	}
	return out
}

// validAnalysis reports whether b reads as an analysis, to its end.
func validAnalysis(b []byte) bool {
	a := analysisReader{binform.FromBytes(b)}
	a.lens()
	a.skipTerms()
	a.tags(func(string) uint8 { return 0 })
	return a.r.Done()
}

// tagsOfAnalysis returns the tags' terms of an analysis, each placed in
// its shard by shardOf.
func tagsOfAnalysis(b []byte, shardOf func(string) uint8) [][]tagTerm {
	a := analysisReader{binform.FromBytes(b)}
	a.lens()
	a.skipTerms()
	return a.tags(shardOf)
}

// analyzerSum sums what, besides a guide's texts, its analysis depends on
// in the library: the synonyms, and the weight of word pairs.
func analyzerSum(syns []*library.Synonym, bigram float64) [32]byte {
	h := sha256.New()
	var w binform.Writer
	w.Str("search analysis 1")
	w.Raw(binary.LittleEndian.AppendUint64(nil, math.Float64bits(bigram)))
	for _, s := range syns {
		w.Str(s.Term)
		w.Strs(s.Said)
		w.Strs(s.Patterns)
		w.Bool(s.Replace)
	}
	h.Write(w.B)
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

// key is the cache's key for a guide, analysed by an analyzer of the
// given sum: its texts, or the key its parse cache gave it (see
// library.Library.GuideKey), which names all it was made from.
func (c *Cache) key(an [32]byte, parts ...string) [32]byte {
	h := sha256.New()
	h.Write(c.prefix[:])
	h.Write(an[:])
	var n [binary.MaxVarintLen64]byte
	for _, t := range parts {
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(t)))])
		h.Write([]byte(t))
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

// cacheMagic opens what MarshalBinary writes; it changes with the form.
const cacheMagic = "fsa\x01"

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errCache is what reading bytes that are not a cache of this program
// returns.
var errCache = errors.New("search: not a cache of this program")

// MarshalBinary writes the analyses this run found or made, in key order,
// with the cache's prefix before them and a CRC-32C of it all after.
func (c *Cache) MarshalBinary() ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([][32]byte, 0, len(c.used))
	size := len(cacheMagic) + len(c.prefix) + 16
	for k, a := range c.used {
		keys = append(keys, k)
		size += len(k) + len(a) + binary.MaxVarintLen64
	}
	slices.SortFunc(keys, func(a, b [32]byte) int { return strings.Compare(string(a[:]), string(b[:])) })
	w := binform.Writer{B: make([]byte, 0, size)}
	w.Raw([]byte(cacheMagic))
	w.Raw(c.prefix[:])
	w.Count(false, len(keys))
	for _, k := range keys {
		w.Raw(k[:])
		w.Bytes(c.used[k])
	}
	w.B = binary.LittleEndian.AppendUint32(w.B, crc32.Checksum(w.B, castagnoli))
	return w.B, nil
}

// decode reads what MarshalBinary wrote, for this cache's prefix. The
// analyses are b's own bytes, not copied.
func (c *Cache) decode(b []byte) (map[[32]byte][]byte, error) {
	if len(b) < len(cacheMagic)+len(c.prefix)+4 || string(b[:len(cacheMagic)]) != cacheMagic {
		return nil, errCache
	}
	n := len(b) - 4
	if crc32.Checksum(b[:n], castagnoli) != binary.LittleEndian.Uint32(b[n:]) {
		return nil, errCache
	}
	if string(b[len(cacheMagic):len(cacheMagic)+len(c.prefix)]) != string(c.prefix[:]) {
		return nil, errCache
	}
	r := binform.FromBytes(b[len(cacheMagic)+len(c.prefix) : n])
	entries, _ := r.Count()
	out := make(map[[32]byte][]byte, entries)
	for range entries {
		var k [32]byte
		copy(k[:], r.Next(len(k)))
		size, ok := r.Count()
		if !ok {
			return nil, errCache
		}
		out[k] = r.Next(size)
	}
	if !r.Done() {
		return nil, errCache
	}
	return out, nil
}

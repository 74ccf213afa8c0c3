// Package binform writes and reads a compact binary form of plain values,
// for data a program keeps between its own runs (the parse cache): unsigned
// and signed varints as encoding/binary writes them, strings and byte
// strings after their length, and list lengths that tell nil from empty.
// The form carries no field names or types: writer and reader agree on
// the order, and a version the caller writes first.
//
// A Reader never panics on damaged input: the first malformed value sets
// its error, and every read after it gives a zero value.
package binform

import (
	"encoding/binary"
	"errors"
	"math"
	"time"

	"firststeps/internal/date"
)

// ErrMalformed is the error of a Reader that met input it cannot read.
var ErrMalformed = errors.New("binform: malformed input")

// Writer appends values to B.
type Writer struct{ B []byte }

// Uint writes n as a uvarint.
func (w *Writer) Uint(n uint64) { w.B = binary.AppendUvarint(w.B, n) }

// Int64 writes n as a varint.
func (w *Writer) Int64(n int64) { w.B = binary.AppendVarint(w.B, n) }

// Int writes n as a varint; Reader.Int reads it back only if it fits 32
// bits (lines, lengths, parts of dates).
func (w *Writer) Int(n int) { w.Int64(int64(n)) }

// Str writes s after its length.
func (w *Writer) Str(s string) {
	w.Uint(uint64(len(s)))
	w.B = append(w.B, s...)
}

// Raw writes b as it is: the reader knows its length (Reader.Next).
func (w *Writer) Raw(b []byte) { w.B = append(w.B, b...) }

// Count writes a list's length, or that the list is nil.
func (w *Writer) Count(isNil bool, n int) {
	if isNil {
		w.Uint(0)
		return
	}
	w.Uint(uint64(n) + 1)
}

// Bytes writes b after its length, telling nil from empty: read it back
// with Reader.Count, then Reader.Next or Reader.Take.
func (w *Writer) Bytes(b []byte) {
	w.Count(b == nil, len(b))
	w.B = append(w.B, b...)
}

// Strs writes a list of strings, telling nil from empty.
func (w *Writer) Strs(ss []string) {
	w.Count(ss == nil, len(ss))
	for _, s := range ss {
		w.Str(s)
	}
}

// Bool writes v.
func (w *Writer) Bool(v bool) {
	if v {
		w.Uint(1)
	} else {
		w.Uint(0)
	}
}

// Date writes d.
func (w *Writer) Date(d date.Date) {
	if d.IsZero() {
		w.Uint(0)
		return
	}
	w.Uint(1)
	w.Int(d.Year())
	w.Int(int(d.Month()))
	w.Int(d.Day())
}

// Reader reads values a Writer wrote, from a string (whose strings it
// returns are cut from it, allocating nothing) or from bytes (whose
// strings it copies, so the bytes may be reused).
type Reader struct {
	s   string
	b   []byte
	i   int
	err error
}

// FromString returns a Reader of s.
func FromString(s string) *Reader { return &Reader{s: s} }

// FromBytes returns a Reader of b.
func FromBytes(b []byte) *Reader { return &Reader{b: b} }

// Err returns the first malformed value's error, or nil.
func (r *Reader) Err() error { return r.err }

// Done reports whether every byte was read without error.
func (r *Reader) Done() bool { return r.err == nil && r.i == r.len() }

func (r *Reader) len() int {
	if r.b != nil {
		return len(r.b)
	}
	return len(r.s)
}

func (r *Reader) fail() { r.err, r.i = ErrMalformed, r.len() }

func (r *Reader) at(i int) byte {
	if r.b != nil {
		return r.b[i]
	}
	return r.s[i]
}

// Uint reads a uvarint.
func (r *Reader) Uint() uint64 {
	var n uint64
	for k, shift := 0, uint(0); r.err == nil && k < binary.MaxVarintLen64 && r.i < r.len(); k, shift = k+1, shift+7 {
		c := r.at(r.i)
		r.i++
		if k == binary.MaxVarintLen64-1 && c > 1 {
			break // more than 64 bits
		}
		if c < 0x80 {
			return n | uint64(c)<<shift
		}
		n |= uint64(c&0x7f) << shift
	}
	r.fail()
	return 0
}

// Int64 reads a varint.
func (r *Reader) Int64() int64 {
	u := r.Uint()
	n := int64(u >> 1)
	if u&1 != 0 {
		n = ^n
	}
	return n
}

// Int reads a varint that must fit 32 bits.
func (r *Reader) Int() int {
	n := r.Int64()
	if n < math.MinInt32 || n > math.MaxInt32 {
		r.fail()
		return 0
	}
	return int(n)
}

// Take returns the next n bytes as a string.
func (r *Reader) Take(n int) string {
	if r.err != nil || n < 0 || n > r.len()-r.i {
		r.fail()
		return ""
	}
	var s string
	if r.b != nil {
		s = string(r.b[r.i : r.i+n])
	} else {
		s = r.s[r.i : r.i+n]
	}
	r.i += n
	return s
}

// Next returns the next n bytes of a Reader of bytes, not copied: they
// are the Reader's own, valid as long as the bytes it reads.
func (r *Reader) Next(n int) []byte {
	if r.err != nil || r.b == nil || n < 0 || n > len(r.b)-r.i {
		r.fail()
		return nil
	}
	b := r.b[r.i : r.i+n : r.i+n]
	r.i += n
	return b
}

// Str reads a string.
func (r *Reader) Str() string {
	n := r.Uint()
	if n > uint64(r.len()-r.i) {
		r.fail()
		return ""
	}
	return r.Take(int(n))
}

// Count reads a list's length; ok is false for nil. A length longer than
// what is left to read is an error, so a damaged one cannot make a huge
// list (each item takes at least a byte).
func (r *Reader) Count() (n int, ok bool) {
	c := r.Uint()
	if c == 0 {
		return 0, false
	}
	if c-1 > uint64(r.len()-r.i) {
		r.fail()
		return 0, false
	}
	return int(c - 1), true
}

// Strs reads a list of strings.
func (r *Reader) Strs() []string {
	n, ok := r.Count()
	if !ok {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.Str()
	}
	return out
}

// Bool reads a bool.
func (r *Reader) Bool() bool {
	switch r.Uint() {
	case 0:
		return false
	case 1:
		return true
	}
	r.fail()
	return false
}

// Date reads a date.
func (r *Reader) Date() date.Date {
	switch r.Uint() {
	case 0:
		return date.Date{}
	case 1:
	default:
		r.fail()
		return date.Date{}
	}
	y, m, d := r.Int(), r.Int(), r.Int()
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		r.fail()
		return date.Date{}
	}
	return date.New(y, time.Month(m), d)
}

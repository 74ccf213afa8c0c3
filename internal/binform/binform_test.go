package binform

import (
	"math"
	"slices"
	"testing"
	"time"

	"firststeps/internal/date"
)

// write writes one of each kind of value, as the parse cache does.
func write() []byte {
	var w Writer
	w.Uint(math.MaxUint64)
	w.Int64(math.MinInt64)
	w.Int(-42)
	w.Str("héllo")
	w.Strs(nil)
	w.Strs([]string{})
	w.Strs([]string{"a", "", "b"})
	w.Bytes(nil)
	w.Bytes([]byte{0, 1, 2})
	w.Bool(true)
	w.Date(date.Date{})
	w.Date(date.New(2026, time.December, 7))
	w.Raw([]byte{9, 9})
	return w.B
}

// TestRoundTrip reads back every kind of value, from bytes and from a
// string, telling nil lists from empty ones.
func TestRoundTrip(t *testing.T) {
	b := write()
	for _, r := range []*Reader{FromBytes(b), FromString(string(b))} {
		if got := r.Uint(); got != math.MaxUint64 {
			t.Errorf("Uint = %d", got)
		}
		if got := r.Int64(); got != math.MinInt64 {
			t.Errorf("Int64 = %d", got)
		}
		if got := r.Int(); got != -42 {
			t.Errorf("Int = %d", got)
		}
		if got := r.Str(); got != "héllo" {
			t.Errorf("Str = %q", got)
		}
		if got := r.Strs(); got != nil {
			t.Errorf("nil Strs = %#v", got)
		}
		if got := r.Strs(); got == nil || len(got) != 0 {
			t.Errorf("empty Strs = %#v", got)
		}
		if got := r.Strs(); !slices.Equal(got, []string{"a", "", "b"}) {
			t.Errorf("Strs = %q", got)
		}
		if _, ok := r.Count(); ok {
			t.Error("nil Bytes read back as a list")
		}
		if n, ok := r.Count(); !ok || r.Take(n) != "\x00\x01\x02" {
			t.Errorf("Bytes: %d bytes, %v", n, ok)
		}
		if !r.Bool() {
			t.Error("Bool = false")
		}
		if got := r.Date(); !got.IsZero() {
			t.Errorf("zero Date = %s", got)
		}
		if got := r.Date(); got != date.New(2026, time.December, 7) {
			t.Errorf("Date = %s", got)
		}
		if r.b != nil {
			if got := r.Next(2); !slices.Equal(got, []byte{9, 9}) {
				t.Errorf("Next = %v", got)
			}
		} else if got := r.Take(2); got != "\x09\x09" {
			t.Errorf("Take = %q", got)
		}
		if !r.Done() {
			t.Errorf("not done: %v, %d of %d bytes read", r.Err(), r.i, r.len())
		}
	}
}

// TestTruncated reads every shortened form: each must fail, never panic
// or read past its end.
func TestTruncated(t *testing.T) {
	b := write()
	for n := range len(b) {
		r := FromBytes(b[:n])
		r.Uint()
		r.Int64()
		r.Int()
		r.Str()
		r.Strs()
		r.Strs()
		r.Strs()
		r.Count()
		r.Count()
		r.Take(3)
		r.Bool()
		r.Date()
		r.Date()
		r.Next(2)
		if r.Done() || r.Err() == nil {
			t.Errorf("%d of %d bytes read without error", n, len(b))
		}
	}
}

// FuzzReader reads any bytes as every kind of value: it must never
// panic, and a failed read leaves the reader failed.
func FuzzReader(f *testing.F) {
	f.Add(write())
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, r := range []*Reader{FromBytes(b), FromString(string(b))} {
			for range 4 {
				r.Strs()
				r.Date()
				r.Count()
				r.Int()
				r.Bool()
				r.Str()
				r.Next(3)
			}
			if err := r.Err(); err != nil && r.Done() {
				t.Fatal("failed, yet done")
			}
		}
	})
}

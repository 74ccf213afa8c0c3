package web

import (
	"slices"
	"testing"
)

// FuzzToken checks a token gives back exactly its numbers, and that any
// other string is either refused or is the token of what it decodes to.
func FuzzToken(f *testing.F) {
	f.Add([]byte{0, 1, 2, 255}, "abc")
	f.Add([]byte{}, "")
	f.Fuzz(func(t *testing.T, raw []byte, other string) {
		var vs []int
		for i := 0; i+1 < len(raw) && len(vs) < maxTokenInts; i += 2 {
			vs = append(vs, int(raw[i])<<8|int(raw[i+1]))
		}
		tok := encodeInts(vs)
		got, ok := decodeInts(tok)
		if len(vs) > 0 && (!ok || !slices.Equal(got, vs)) {
			t.Fatalf("decodeInts(encodeInts(%v)) = %v, %v", vs, got, ok)
		}
		if back, ok := decodeInts(other); ok && encodeInts(back) != other {
			t.Fatalf("%q decodes to %v, whose token is %q", other, back, encodeInts(back))
		}
	})
}

func TestTokensLookUnrelated(t *testing.T) {
	a, b := encodeInts([]int{1, 0, 3}), encodeInts([]int{1, 0, 4})
	same := 0
	for i := range min(len(a), len(b)) {
		if a[i] == b[i] {
			same++
		}
	}
	if a == b || len(a) != len(b) || same > len(a)/2 {
		t.Fatalf("%q and %q share %d of %d characters: neighbouring values must look unrelated", a, b, same, len(a))
	}
}

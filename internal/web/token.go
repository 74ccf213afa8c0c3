package web

import (
	"encoding/base32"
	"strings"
)

// Opaque tokens carry what a page needs in its address without saying it:
// the results of a search (never its words) and the answers to the three
// questions. A token is the numbers, two bytes each, with a check byte,
// mixed with a fixed stream so that neighbouring values look unrelated, in
// lower-case base 32 without look-alike letters. It hides nothing from
// someone who studies the site; it keeps a glance at a browser's history
// from telling what someone searched for or answered.

var tokenEncoding = base32.NewEncoding("abcdefghijkmnpqrstuvwxyz23456789").WithPadding(base32.NoPadding)

// maxTokenInts bounds what a token may carry, so a hostile address costs
// nothing to read.
const maxTokenInts = 32

func mixByte(i int) byte { return byte(i*73 + 41) }

func spread(b byte) byte { return (b<<3 | b>>5) + 0x9d }

// encodeInts makes a token of numbers from 0 to 65535.
func encodeInts(vs []int) string {
	b := make([]byte, 0, 2*len(vs)+1)
	var sum byte
	for _, v := range vs {
		hi, lo := byte(v>>8), byte(v)
		b = append(b, hi, lo)
		sum = sum*31 + hi*7 + lo
	}
	b = append(b, sum^0x5a)
	for i := range b {
		b[i] ^= mixByte(i)
	}
	// A pass each way spreads every byte over the whole token.
	for i := 1; i < len(b); i++ {
		b[i] ^= spread(b[i-1])
	}
	for i := len(b) - 2; i >= 0; i-- {
		b[i] ^= spread(b[i+1])
	}
	return tokenEncoding.EncodeToString(b)
}

// decodeInts reads a token made by encodeInts; false for anything else.
func decodeInts(tok string) ([]int, bool) {
	if len(tok) == 0 || len(tok) > (2*maxTokenInts+1)*8/5+1 || strings.ToLower(tok) != tok {
		return nil, false
	}
	b, err := tokenEncoding.DecodeString(tok)
	if err != nil || len(b)%2 != 1 {
		return nil, false
	}
	for i := 0; i < len(b)-1; i++ {
		b[i] ^= spread(b[i+1])
	}
	for i := len(b) - 1; i >= 1; i-- {
		b[i] ^= spread(b[i-1])
	}
	for i := range b {
		b[i] ^= mixByte(i)
	}
	var sum byte
	out := make([]int, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		sum = sum*31 + b[i]*7 + b[i+1]
		out = append(out, int(b[i])<<8|int(b[i+1]))
	}
	if b[len(b)-1] != sum^0x5a || encodeInts(out) != tok {
		return nil, false
	}
	return out, true
}

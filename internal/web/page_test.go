package web

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// TestPageCacheKeepsToItsBudget renders more pages than the budget holds:
// the bytes kept stay within it (and one page), and a forgotten page
// comes back the same when asked for again.
func TestPageCacheKeepsToItsBudget(t *testing.T) {
	c := &pageCache{budget: 64 << 10}
	now := time.Date(2026, 12, 8, 11, 0, 0, 0, time.UTC)
	var pages []*page
	for i := range 100 {
		// 4 KB that gzip cannot shrink, and 20 KB that it can.
		text := make([]byte, 4096)
		_, _ = rand.NewChaCha8([32]byte{byte(i)}).Read(text)
		text = append(text, bytes.Repeat(fmt.Appendf(nil, "page %d, ", i), 2000)...)
		pages = append(pages, &page{ctype: "text/plain", cache: c, build: func(time.Time) ([]byte, error) { return text, nil }})
	}
	first := map[int][]byte{}
	for i, p := range pages {
		b, err := p.get(now)
		if err != nil {
			t.Fatal(err)
		}
		if b.raw != nil {
			t.Fatal("a page keeps its uncompressed bytes")
		}
		first[i], _ = b.plainBytes()
		if c.size > c.budget+b.size() {
			t.Fatalf("after %d pages the cache holds %d bytes, over its budget of %d", i+1, c.size, c.budget)
		}
	}
	held, total := 0, 0
	for _, p := range pages {
		if b := p.cur.Load(); b != nil {
			held++
			total += b.size()
		}
	}
	if held == len(pages) || held != len(c.held) || total != c.size {
		t.Errorf("%d pages held of %d (the cache counts %d), %d bytes (it counts %d)", held, len(pages), len(c.held), total, c.size)
	}
	for i, p := range pages {
		b, err := p.get(now)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := b.plainBytes(); !bytes.Equal(got, first[i]) {
			t.Fatalf("page %d differs when rendered again", i)
		}
	}
	for _, p := range pages {
		p.evict()
	}
	if c.size != 0 || len(c.held) != 0 {
		t.Errorf("after evicting every page the cache holds %d bytes in %d pages", c.size, len(c.held))
	}
}

package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer counts the writes that reach it.
type lockedBuffer struct {
	mu     sync.Mutex
	b      bytes.Buffer
	writes int
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.writes++
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestLogBufferKeepsOrderInFewWrites writes request lines and a line that
// must go out at once: every line arrives, in order, in few writes, and
// the buffered ones only when flushed.
func TestLogBufferKeepsOrderInFewWrites(t *testing.T) {
	out := &lockedBuffer{}
	lb := newLogBuffer(out, nil) // no tick in this test
	var want strings.Builder
	for i := range 100 {
		line := strings.Repeat("x", i) + "\n"
		want.WriteString(line)
		_, _ = lb.Write([]byte(line))
	}
	if got := out.String(); got != "" {
		t.Fatalf("%d bytes written before a flush", len(got))
	}
	_, _ = lb.Now().Write([]byte("serving\n"))
	want.WriteString("serving\n")
	if got := out.String(); got != want.String() {
		t.Fatalf("after Now: got %d bytes, want %d, in order", len(got), want.Len())
	}
	if out.writes != 2 {
		t.Errorf("%d writes for 101 lines, want 2", out.writes)
	}
	big := strings.Repeat("y", logBufferSize+10) + "\n"
	_, _ = lb.Write([]byte("last small\n"))
	_, _ = lb.Write([]byte(big))
	want.WriteString("last small\n" + big)
	_, _ = lb.Write([]byte("after\n"))
	want.WriteString("after\n")
	if err := lb.Close(); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != want.String() {
		t.Errorf("after Close: got %d bytes, want %d, in order", len(got), want.Len())
	}
}

// TestLogBufferFlushesOnEachTick checks that buffered lines go out at a
// tick, with nothing else happening.
func TestLogBufferFlushesOnEachTick(t *testing.T) {
	out := &lockedBuffer{}
	tick := make(chan time.Time)
	lb := newLogBuffer(out, tick)
	defer lb.Close()
	_, _ = lb.Write([]byte("request\n"))
	tick <- time.Time{}
	// The flushing goroutine takes the second tick only when it has
	// finished with the first.
	tick <- time.Time{}
	if got := out.String(); got != "request\n" {
		t.Errorf("after a tick: %q", got)
	}
}

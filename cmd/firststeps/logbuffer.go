package main

import (
	"io"
	"sync"
	"time"
)

// logBuffer gathers log lines and writes them out together, once a
// second, when it holds logBufferSize bytes, and when it is closed: a busy
// server then makes one write for hundreds of request lines rather than
// one each (nginx's access_log buffer=… flush=1s does the same). Lines
// keep their order. Now gives a writer for the lines that should not
// wait (starting, stopping).
type logBuffer struct {
	mu   sync.Mutex
	w    io.Writer
	buf  []byte
	stop chan struct{}
	done chan struct{}
}

const logBufferSize = 64 << 10

// newLogBuffer writes to w, flushing at each tick.
func newLogBuffer(w io.Writer, tick <-chan time.Time) *logBuffer {
	b := &logBuffer{w: w, buf: make([]byte, 0, logBufferSize), stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(b.done)
		for {
			select {
			case <-tick:
				b.Flush()
			case <-b.stop:
				return
			}
		}
	}()
	return b
}

// Write adds p to the buffer. Each call holds whole lines (slog writes a
// record in one call), so lines are never split between writes out.
func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.buf)+len(p) > logBufferSize {
		b.flushLocked()
	}
	if len(p) > logBufferSize {
		return b.w.Write(p)
	}
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// Flush writes out what the buffer holds.
func (b *logBuffer) Flush() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.flushLocked()
}

func (b *logBuffer) flushLocked() {
	if len(b.buf) > 0 {
		// A log that cannot be written cannot report it either.
		_, _ = b.w.Write(b.buf)
		b.buf = b.buf[:0]
	}
}

// Close stops the flushing and writes out what is left.
func (b *logBuffer) Close() error {
	close(b.stop)
	<-b.done
	b.Flush()
	return nil
}

// Now returns a writer whose lines go out at once, after those before.
func (b *logBuffer) Now() io.Writer { return nowWriter{b} }

type nowWriter struct{ b *logBuffer }

func (n nowWriter) Write(p []byte) (int, error) {
	b := n.b
	b.mu.Lock()
	defer b.mu.Unlock()
	b.flushLocked()
	return b.w.Write(p)
}

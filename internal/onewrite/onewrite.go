// Package onewrite lets a handler send a response in one write to the
// network.
//
// net/http writes through a 4 KiB buffer. A page bigger than what is left
// of it once the headers are in (a guide page is about 6 KiB compressed)
// goes out in two writes, and each write is a system call that costs as
// much as the rest of serving the page from memory. A handler that knows
// its whole response holds the connection's writes, flushes, and releases
// them as one.
package onewrite

import (
	"context"
	"net"
	"net/http"
	"sync"
)

// Conn is a connection whose writes a handler may hold (see Send).
type Conn struct {
	net.Conn
	mu   sync.Mutex
	held *[]byte // the bytes held, or nil when writes go straight out
}

// Write writes p, or keeps it while the connection's writes are held.
func (c *Conn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.held != nil {
		*c.held = append(*c.held, p...)
		return len(p), nil
	}
	return c.Conn.Write(p)
}

// hold starts keeping the connection's writes.
func (c *Conn) hold() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.held == nil {
		c.held = buffers.Get().(*[]byte)
	}
}

// release writes what was held, in one write, and lets later writes
// through.
func (c *Conn) release() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	b := c.held
	if b == nil {
		return nil
	}
	c.held = nil
	var err error
	if len(*b) > 0 {
		_, err = c.Conn.Write(*b)
	}
	if cap(*b) <= maxKept {
		*b = (*b)[:0]
		buffers.Put(b)
	}
	return err
}

// maxKept is the largest buffer kept for reuse: a rare large response
// should not pin its memory.
const maxKept = 64 << 10

var buffers = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// Listener wraps each connection it accepts in a Conn.
type Listener struct{ net.Listener }

// Accept waits for the next connection.
func (l Listener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &Conn{Conn: c}, nil
}

type connKey struct{}

// ConnContext is for http.Server's ConnContext: it makes a Conn of c
// known to the handlers of the requests it carries.
func ConnContext(ctx context.Context, c net.Conn) context.Context {
	if oc, ok := c.(*Conn); ok {
		return context.WithValue(ctx, connKey{}, oc)
	}
	return ctx
}

// Unwrap returns the connection a Conn wraps, or c itself.
func Unwrap(c net.Conn) net.Conn {
	if oc, ok := c.(*Conn); ok {
		return oc.Conn
	}
	return c
}

// Send calls write, which writes a whole response to w, and sends what it
// wrote to the network in one write when r came over a Conn. The response
// must say its length (Content-Length), so that nothing of it is left to
// write once the handler returns. Otherwise Send only calls write.
func Send(w http.ResponseWriter, r *http.Request, write func()) {
	c, _ := r.Context().Value(connKey{}).(*Conn)
	if c == nil {
		write()
		return
	}
	c.hold()
	defer c.release()
	write()
	_ = http.NewResponseController(w).Flush()
}

// Reply writes status and body, whose length the headers already say, as
// one write (see Send); to a HEAD request it writes the status alone.
func Reply(w http.ResponseWriter, r *http.Request, status int, body []byte) {
	if r.Method == http.MethodHead {
		w.WriteHeader(status)
		return
	}
	Send(w, r, func() {
		w.WriteHeader(status)
		_, _ = w.Write(body)
	})
}

// Package connlimit bounds the connections a server holds open. At the
// limit, the connection that has waited longest without a request in
// progress (an idle keep-alive connection, or a new one that has sent
// nothing yet) is closed to make room for the next, so a client holding
// many idle connections can neither run the process out of file
// descriptors nor keep anyone else out. Connections busy with a request
// are never closed; when every one is busy, new ones wait, as with
// golang.org/x/net/netutil.LimitListener.
package connlimit

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// Listener is a net.Listener that holds at most its limit of connections
// open. Set the http.Server's ConnState to its ConnState method, which is
// how it learns which connections are idle.
type Listener struct {
	net.Listener
	slots chan struct{}
	wake  chan struct{} // a connection fell idle
	done  chan struct{}
	once  sync.Once

	mu   sync.Mutex
	idle map[*conn]time.Time // connections with no request in progress, since when
}

// New returns ln limited to limit connections at once (at least 1; one
// more may wait in Accept for a slot).
func New(ln net.Listener, limit int) *Listener {
	return &Listener{Listener: ln, slots: make(chan struct{}, max(limit, 1)), wake: make(chan struct{}, 1), done: make(chan struct{}), idle: map[*conn]time.Time{}}
}

// Accept waits for the next connection, then for a slot for it, closing
// the longest-idle connection if there is none free. (Only a connection
// that has arrived makes room: Accept is called before one does.)
func (l *Listener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	for {
		select {
		case l.slots <- struct{}{}:
			return &conn{Conn: c, l: l}, nil
		default:
		}
		if l.evict() {
			continue
		}
		// Every connection is busy: wait for one to close or fall idle.
		select {
		case l.slots <- struct{}{}:
			return &conn{Conn: c, l: l}, nil
		case <-l.wake:
		case <-l.done:
			c.Close()
			return nil, net.ErrClosed
		}
	}
}

// Close closes the listener; open connections stay open.
func (l *Listener) Close() error {
	l.once.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// ConnState tracks which connections have no request in progress.
func (l *Listener) ConnState(nc net.Conn, st http.ConnState) {
	c, ok := nc.(*conn)
	if !ok {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	switch st {
	case http.StateNew, http.StateIdle:
		l.idle[c] = time.Now()
		select {
		case l.wake <- struct{}{}:
		default:
		}
	default:
		delete(l.idle, c)
	}
}

// evict closes the connection idle longest, if any, and reports whether
// it did.
func (l *Listener) evict() bool {
	l.mu.Lock()
	var oldest *conn
	var since time.Time
	for c, t := range l.idle {
		if oldest == nil || t.Before(since) {
			oldest, since = c, t
		}
	}
	delete(l.idle, oldest)
	l.mu.Unlock()
	if oldest == nil {
		return false
	}
	oldest.Close()
	return true
}

// conn gives its slot back once, when it is closed.
type conn struct {
	net.Conn
	l    *Listener
	once sync.Once
}

func (c *conn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		c.l.mu.Lock()
		delete(c.l.idle, c)
		c.l.mu.Unlock()
		<-c.l.slots
	})
	return err
}

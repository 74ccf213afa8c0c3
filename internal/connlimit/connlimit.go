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
	done  chan struct{}
	once  sync.Once

	mu   sync.Mutex
	idle map[*conn]time.Time // connections with no request in progress, since when
}

// New returns ln limited to limit connections at once (at least 1).
func New(ln net.Listener, limit int) *Listener {
	return &Listener{Listener: ln, slots: make(chan struct{}, max(limit, 1)), done: make(chan struct{}), idle: map[*conn]time.Time{}}
}

// Accept waits for a free slot, closing the longest-idle connection if
// there is none, and then for the next connection.
func (l *Listener) Accept() (net.Conn, error) {
	for {
		select {
		case l.slots <- struct{}{}:
		default:
			if l.evict() {
				continue
			}
			select {
			case l.slots <- struct{}{}:
			case <-l.done:
				return nil, net.ErrClosed
			}
		}
		c, err := l.Listener.Accept()
		if err != nil {
			<-l.slots
			return nil, err
		}
		return &conn{Conn: c, l: l}, nil
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

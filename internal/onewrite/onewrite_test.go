package onewrite_test

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"

	"firststeps/internal/onewrite"
)

// countingListener counts the writes to each connection it accepts.
type countingListener struct {
	net.Listener
	mu     sync.Mutex
	writes int
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &countingConn{c, l}, nil
}

func (l *countingListener) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.writes
}

type countingConn struct {
	net.Conn
	l *countingListener
}

func (c *countingConn) Write(p []byte) (int, error) {
	c.l.mu.Lock()
	c.l.writes++
	c.l.mu.Unlock()
	return c.Conn.Write(p)
}

// serve serves h through onewrite's Listener over a counting one.
func serve(t *testing.T, h http.Handler) (url string, l *countingListener) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l = &countingListener{Listener: ln}
	srv := &http.Server{Handler: h, ConnContext: onewrite.ConnContext}
	go srv.Serve(onewrite.Listener{Listener: l})
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String(), l
}

// TestSendOneWrite: a page bigger than net/http's buffer, with its length
// said, reaches the network in one write and arrives whole; a response
// without Send takes more writes; one without a length still arrives
// whole, and the connection serves the next request.
func TestSendOneWrite(t *testing.T) {
	page := bytes.Repeat([]byte("a calm first step. "), 700) // 13 KB
	mux := http.NewServeMux()
	mux.HandleFunc("/send", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(len(page)))
		onewrite.Send(w, r, func() { w.Write(page) })
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(len(page)))
		w.Write(page)
	})
	mux.HandleFunc("/chunked", func(w http.ResponseWriter, r *http.Request) {
		onewrite.Send(w, r, func() { w.Write(page[:5000]) })
		w.Write(page[5000:])
	})
	url, l := serve(t, mux)
	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 1}}
	get := func(path string) (writes int) {
		t.Helper()
		before := l.count()
		resp, err := client.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || !bytes.Equal(body, page) {
			t.Fatalf("%s: %d bytes, %v; want the %d-byte page", path, len(body), err, len(page))
		}
		return l.count() - before
	}
	for range 3 {
		if n := get("/send"); n != 1 {
			t.Errorf("/send took %d writes, want 1", n)
		}
	}
	if n := get("/plain"); n < 2 {
		t.Errorf("/plain took %d writes: the test no longer shows what Send saves", n)
	}
	get("/chunked")
	if n := get("/send"); n != 1 {
		t.Errorf("/send after a chunked response took %d writes, want 1", n)
	}
}

// TestSendWithoutConn: over a connection that is not a Conn (a test
// recorder, another server), Send only writes.
func TestSendWithoutConn(t *testing.T) {
	rec := &recorder{h: http.Header{}}
	r, _ := http.NewRequest(http.MethodGet, "/", nil)
	onewrite.Send(rec, r, func() { rec.Write([]byte("ok")) })
	if rec.b.String() != "ok" {
		t.Errorf("wrote %q", rec.b.String())
	}
}

// TestReply: a GET gets the status and the body, a HEAD the status alone.
func TestReply(t *testing.T) {
	for _, method := range []string{http.MethodGet, http.MethodHead} {
		rec := &recorder{h: http.Header{}}
		r, _ := http.NewRequest(method, "/", nil)
		onewrite.Reply(rec, r, http.StatusTeapot, []byte("ok"))
		want := "ok"
		if method == http.MethodHead {
			want = ""
		}
		if rec.status != http.StatusTeapot || rec.b.String() != want {
			t.Errorf("%s: status %d, body %q; want %d, %q", method, rec.status, rec.b.String(), http.StatusTeapot, want)
		}
	}
}

type recorder struct {
	h      http.Header
	b      strings.Builder
	status int
}

func (r *recorder) Header() http.Header         { return r.h }
func (r *recorder) Write(p []byte) (int, error) { return r.b.Write(p) }
func (r *recorder) WriteHeader(status int)      { r.status = status }

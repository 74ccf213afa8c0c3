package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

// TestServeShutsDownGracefully starts the server, makes a request, then
// cancels the context as SIGTERM would: the server stops and serve returns 0.
func TestServeShutsDownGracefully(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "ok") })
	go func() { done <- serve(ctx, ln, h, slog.New(slog.DiscardHandler), 16) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve returned %d", code)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("still serving after shutdown")
	}
}

// writeCounter counts the writes to the connections it accepts.
type writeCounter struct {
	net.Listener
	writes atomic.Int64
}

func (l *writeCounter) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return countedConn{c, l}, nil
}

type countedConn struct {
	net.Conn
	l *writeCounter
}

func (c countedConn) Write(p []byte) (int, error) {
	c.l.writes.Add(1)
	return c.Conn.Write(p)
}

// TestServeGuideInOneWrite: the server sends a guide page, headers and
// compressed page together, in one write to the network, though the two
// are bigger than net/http's buffer; and the page arrives whole.
func TestServeGuideInOneWrite(t *testing.T) {
	srv := realSite(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	counter := &writeCounter{Listener: ln}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() { done <- serve(ctx, counter, srv.Handler(), slog.New(slog.DiscardHandler), 16) }()
	defer func() { cancel(); <-done }()
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	get := func() (body []byte, writes int64) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, "http://"+ln.Addr().String()+"/uk/sextortion-money-demand", nil)
		req.Header.Set("Accept-Encoding", "gzip")
		before := counter.writes.Load()
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, err = io.ReadAll(resp.Body)
		if err != nil || resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Encoding") != "gzip" {
			t.Fatalf("status %d, %s, %v", resp.StatusCode, resp.Header.Get("Content-Encoding"), err)
		}
		if n, _ := strconv.Atoi(resp.Header.Get("Content-Length")); n != len(body) {
			t.Fatalf("%d bytes, Content-Length %d", len(body), n)
		}
		return body, counter.writes.Load() - before
	}
	get() // the first request renders the page
	body, writes := get()
	if len(body) < 4096 {
		t.Fatalf("the page is %d bytes: it fits net/http's buffer, and the test shows nothing", len(body))
	}
	if writes != 1 {
		t.Errorf("the page took %d writes, want 1", writes)
	}
}

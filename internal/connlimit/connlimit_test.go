package connlimit_test

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"firststeps/internal/connlimit"
)

// TestIdleClosedBusyKept holds a server to two connections: one idle after
// a request, one busy with a slow request. A third connection gets in by
// closing the idle one; the busy one finishes its request.
func TestIdleClosedBusyKept(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	lim := connlimit.New(ln, 2)
	release := make(chan struct{})
	srv := &http.Server{ConnState: lim.ConnState, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			<-release
		}
		io.WriteString(w, "ok")
	})}
	go srv.Serve(lim)
	t.Cleanup(func() { srv.Close() })
	addr := ln.Addr().String()

	request := func(c net.Conn, path string) (*http.Response, error) {
		if _, err := io.WriteString(c, "GET "+path+" HTTP/1.1\r\nHost: t\r\n\r\n"); err != nil {
			return nil, err
		}
		c.SetReadDeadline(time.Now().Add(20 * time.Second))
		return http.ReadResponse(bufio.NewReader(c), nil)
	}
	idle, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer idle.Close()
	if _, err := request(idle, "/"); err != nil {
		t.Fatal(err)
	}
	busy, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	slow := make(chan error, 1)
	go func() {
		resp, err := request(busy, "/slow")
		if err == nil {
			resp.Body.Close()
		}
		slow <- err
	}()
	time.Sleep(100 * time.Millisecond) // let the slow request arrive

	third, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer third.Close()
	if resp, err := request(third, "/"); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("the third connection: %v", err)
	}
	idle.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := bufio.NewReader(idle).ReadByte(); err == nil || strings.Contains(err.Error(), "timeout") {
		t.Errorf("the idle connection was not closed to make room: %v", err)
	}
	close(release)
	if err := <-slow; err != nil {
		t.Errorf("the busy connection's request failed: %v", err)
	}
}

// TestWaitWhileAllBusy holds a server to one connection, busy with a slow
// request: a second connection waits, and gets in once the first finishes
// its request and falls idle.
func TestWaitWhileAllBusy(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	lim := connlimit.New(ln, 1)
	release := make(chan struct{})
	srv := &http.Server{ConnState: lim.ConnState, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			<-release
		}
		io.WriteString(w, "ok")
	})}
	go srv.Serve(lim)
	t.Cleanup(func() { srv.Close() })
	client := &http.Client{Timeout: 20 * time.Second}
	slow := make(chan error, 1)
	go func() {
		resp, err := client.Get("http://" + ln.Addr().String() + "/slow")
		if err == nil {
			resp.Body.Close()
		}
		slow <- err
	}()
	time.Sleep(100 * time.Millisecond) // let the slow request arrive
	second := make(chan error, 1)
	go func() {
		c := &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
		resp, err := c.Get("http://" + ln.Addr().String() + "/")
		if err == nil {
			resp.Body.Close()
		}
		second <- err
	}()
	select {
	case err := <-second:
		t.Fatalf("the second connection was served while the only slot was busy (%v)", err)
	case <-time.After(200 * time.Millisecond):
	}
	close(release)
	if err := <-slow; err != nil {
		t.Errorf("the busy request failed: %v", err)
	}
	if err := <-second; err != nil {
		t.Errorf("the waiting connection was never served: %v", err)
	}
}

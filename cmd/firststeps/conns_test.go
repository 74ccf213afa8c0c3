package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// childFiles is the file limit the server under test runs with, and
// childConns its connection limit: well under it.
const (
	childFiles = 256
	childConns = 128
)

// TestServeChild is the server TestServeUnderIdleConnections starts in a
// process of its own, with a low file limit. It runs only then.
func TestServeChild(t *testing.T) {
	if os.Getenv("FIRSTSTEPS_SERVE_CHILD") == "" {
		t.Skip("started by TestServeUnderIdleConnections")
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &syscall.Rlimit{Cur: childFiles, Max: childFiles}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { // the parent closes stdin to stop the server
		_, _ = io.Copy(io.Discard, os.Stdin)
		cancel()
	}()
	os.Exit(run(ctx, []string{"serve", "-addr", "127.0.0.1:0", "-max-conns", fmt.Sprint(childConns)}, nil, os.Stdout, os.Stderr))
}

// TestServeUnderIdleConnections starts the server with a file limit of 256
// and a connection limit of 128, opens 400 connections that each make one
// request and then stay open and idle, as one greedy client did, and
// checks that /healthz still answers on a new connection and that the
// server never ran out of file descriptors.
func TestServeUnderIdleConnections(t *testing.T) {
	if os.Getenv("FIRSTSTEPS_SERVE_CHILD") != "" {
		t.Skip("in the child")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestServeChild$")
	cmd.Env = append(os.Environ(), "FIRSTSTEPS_SERVE_CHILD=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var (
		mu  sync.Mutex
		log strings.Builder
	)
	addrc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			mu.Lock()
			log.WriteString(sc.Text() + "\n")
			mu.Unlock()
			var line struct{ Msg, Addr string }
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "serving" {
				addrc <- line.Addr
			}
		}
	}()
	t.Cleanup(func() {
		stdin.Close()
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	})
	var addr string
	select {
	case addr = <-addrc:
	case <-time.After(60 * time.Second):
		t.Fatal("the server did not start")
	}

	// 400 connections, each one request, then left open and idle.
	var conns []net.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for range 400 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatalf("connection %d: %v", len(conns)+1, err)
		}
		conns = append(conns, c)
		if _, err := io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n"); err != nil {
			t.Fatal(err)
		}
		go func() { // read the answer, then stay idle
			if resp, err := http.ReadResponse(bufio.NewReader(c), nil); err == nil {
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		}()
	}

	// A health check on a connection of its own still gets through.
	client := &http.Client{Timeout: 15 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Get("http://" + addr + "/healthz")
	if err != nil {
		mu.Lock()
		defer mu.Unlock()
		t.Fatalf("/healthz with 400 idle connections open: %v\nserver log:\n%.2000s", err, log.String())
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || strings.TrimSpace(string(body)) != "ok" {
		t.Errorf("/healthz: %d %q", resp.StatusCode, body)
	}
	mu.Lock()
	defer mu.Unlock()
	if strings.Contains(log.String(), "too many open files") {
		t.Errorf("the server ran out of file descriptors:\n%.2000s", log.String())
	}
}

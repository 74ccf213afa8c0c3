package browsertest

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// Proxy is an HTTP proxy for a test browser (see Via). It records every
// request the browser sends, whichever page, worker or service worker sends
// it, with its headers and body. It passes on only requests to loopback
// addresses, and refuses the rest and every HTTPS tunnel, so nothing leaves
// the machine.
type Proxy struct {
	srv     *httptest.Server
	out     *http.Transport
	offline atomic.Bool

	mu   sync.Mutex
	reqs []Request
}

// Request is one request the browser sent.
type Request struct {
	Method, URL string
	Header      http.Header
	Body        []byte
	Refused     bool // not passed on: an HTTPS tunnel, or not to a loopback address
	Dropped     bool // not answered, as the proxy was offline
}

// Dump is the request as bytes, for searching: the method, URL, headers and
// body.
func (r Request) Dump() []byte {
	var b bytes.Buffer
	b.WriteString(r.Method + " " + r.URL + "\n")
	_ = r.Header.Write(&b)
	b.WriteString("\n")
	b.Write(r.Body)
	return b.Bytes()
}

// NewProxy starts a proxy that stops when the test ends.
func NewProxy(t *testing.T) *Proxy {
	t.Helper()
	p := &Proxy{out: &http.Transport{Proxy: nil, DisableCompression: true}}
	p.srv = httptest.NewServer(p)
	t.Cleanup(func() {
		p.srv.Close()
		p.out.CloseIdleConnections()
	})
	return p
}

// URL is the proxy's address.
func (p *Proxy) URL() string { return p.srv.URL }

// SetOffline makes the proxy drop every connection without an answer, as
// when the device has no network, or stop doing so.
func (p *Proxy) SetOffline(off bool) { p.offline.Store(off) }

// Requests returns the requests recorded so far.
func (p *Proxy) Requests() []Request {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Request(nil), p.reqs...)
}

func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rec := Request{Method: r.Method, URL: r.URL.String(), Header: r.Header.Clone(), Body: body}
	if r.Method == http.MethodConnect {
		rec.URL = "https://" + r.Host
	}
	host, _, _ := net.SplitHostPort(r.URL.Host)
	ip := net.ParseIP(host)
	rec.Refused = r.Method == http.MethodConnect || ip == nil || !ip.IsLoopback()
	rec.Dropped = p.offline.Load()
	p.mu.Lock()
	p.reqs = append(p.reqs, rec)
	p.mu.Unlock()
	if rec.Dropped {
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
	}
	if rec.Refused {
		http.Error(w, "refused by the test proxy", http.StatusForbidden)
		return
	}
	out, err := http.NewRequestWithContext(r.Context(), r.Method, r.URL.String(), bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	out.Header = r.Header.Clone()
	for _, h := range []string{"Proxy-Connection", "Proxy-Authorization", "Connection", "Keep-Alive", "Te", "Trailer", "Upgrade"} {
		out.Header.Del(h)
	}
	res, err := p.out.RoundTrip(out)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	for k, vs := range res.Header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	w.WriteHeader(res.StatusCode)
	_, _ = io.Copy(w, res.Body)
}

// AllowDownloads saves the browser's downloads in dir.
func AllowDownloads(ctx context.Context, dir string) error {
	_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:     browser.SetDownloadBehaviorBehaviorAllow,
		DownloadPath: dir,
	})
	return err
}

// FilesContaining returns the files under dir whose bytes contain needle.
func FilesContaining(dir string, needle []byte) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) || os.IsPermission(err) {
				return nil // the browser removes and locks files as it runs
			}
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		if bytes.Contains(b, needle) {
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

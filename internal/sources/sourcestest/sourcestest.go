// Package sourcestest provides a local HTTPS server that stands in for many
// web hosts, for testing the sources checker with no network: a dialer sends
// every host name the server knows to it and fails for any other name as DNS
// would, and a test certificate authority signs a certificate for each name.
package sourcestest

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// BadTLSHost is a host name whose server presents a certificate no one
// trusts.
const BadTLSHost = "badtls.test"

// Hit is one request a host received.
type Hit struct {
	Host, Path string
	At         time.Time // from the server's clock
	Header     http.Header
}

// Server is one HTTPS server for many hosts.
type Server struct {
	srv *httptest.Server
	bad *httptest.Server
	ca  *authority
	now func() time.Time

	mu       sync.Mutex
	sites    map[string]*http.ServeMux
	refused  map[string]bool
	hits     []Hit
	inflight map[string]int
	maxIn    map[string]int
}

// New starts a server, closed when the test ends. now stamps each Hit; nil
// means time.Now.
func New(t testing.TB, now func() time.Time) *Server {
	t.Helper()
	if now == nil {
		now = time.Now
	}
	ca, err := newAuthority()
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{
		ca: ca, now: now, sites: map[string]*http.ServeMux{}, refused: map[string]bool{},
		inflight: map[string]int{}, maxIn: map[string]int{},
	}
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	s.srv.TLS = &tls.Config{GetCertificate: func(h *tls.ClientHelloInfo) (*tls.Certificate, error) { return ca.leaf(h.ServerName) }}
	s.srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	s.srv.StartTLS()
	t.Cleanup(s.srv.Close)
	s.bad = httptest.NewUnstartedServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	s.bad.Config.ErrorLog = log.New(io.Discard, "", 0) // its handshake failures are the point
	s.bad.StartTLS()
	t.Cleanup(s.bad.Close)
	return s
}

// Addr is the server's address, for a -resolve HOST=ADDR mapping.
func (s *Server) Addr() string { return s.srv.Listener.Addr().String() }

// Pool returns the certificate pool that trusts the server.
func (s *Server) Pool() *x509.CertPool { return s.ca.pool }

// CAPEM returns the test authority's certificate in PEM.
func (s *Server) CAPEM() []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: s.ca.cert.Raw})
}

// Site returns a host's handler, creating the host. A new host has no
// robots.txt, so it answers 404 for it.
func (s *Server) Site(host string) *http.ServeMux {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.sites[host]
	if !ok {
		m = http.NewServeMux()
		s.sites[host] = m
	}
	return m
}

// Page serves fixed HTML at a host's path.
func (s *Server) Page(host, path, html string) {
	s.Site(host).HandleFunc(path, func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(rw, html)
	})
}

// Refuse makes connections to host fail as "connection refused".
func (s *Server) Refuse(host string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refused[host] = true
}

func (s *Server) serve(rw http.ResponseWriter, r *http.Request) {
	host := strings.ToLower(r.Host)
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	s.mu.Lock()
	m := s.sites[host]
	s.hits = append(s.hits, Hit{Host: host, Path: r.URL.RequestURI(), At: s.now(), Header: r.Header.Clone()})
	s.inflight[host]++
	s.maxIn[host] = max(s.maxIn[host], s.inflight[host])
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inflight[host]--
		s.mu.Unlock()
	}()
	if m == nil {
		http.Error(rw, "no such site", http.StatusMisdirectedRequest)
		return
	}
	m.ServeHTTP(rw, r)
}

// Dial connects a registered host to the server, BadTLSHost to the server
// with an untrusted certificate, and fails for any other host.
func (s *Server) Dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	_, ok := s.sites[host]
	refused := s.refused[host]
	s.mu.Unlock()
	var d net.Dialer
	switch {
	case host == BadTLSHost:
		return d.DialContext(ctx, network, s.bad.Listener.Addr().String())
	case refused:
		return nil, &net.OpError{Op: "dial", Net: network, Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	case ok:
		return d.DialContext(ctx, network, s.Addr())
	}
	return nil, &net.OpError{Op: "dial", Net: network, Err: &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}}
}

// Hits returns the requests a host received, in order.
func (s *Server) Hits(host string) []Hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Hit
	for _, h := range s.hits {
		if h.Host == host {
			out = append(out, h)
		}
	}
	return out
}

// Paths returns the paths a host was asked for, in order.
func (s *Server) Paths(host string) []string {
	var out []string
	for _, h := range s.Hits(host) {
		out = append(out, h.Path)
	}
	return out
}

// AllHits returns every request, in order.
func (s *Server) AllHits() []Hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Hit(nil), s.hits...)
}

// MaxInFlight returns the most requests a host had in flight at once.
func (s *Server) MaxInFlight(host string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.maxIn[host]
}

// authority signs a certificate for any host name.
type authority struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
	pool *x509.CertPool

	mu    sync.Mutex
	leafs map[string]*tls.Certificate
}

var notBefore = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

func newAuthority() (*authority, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "firststeps test CA"},
		NotBefore: notBefore, NotAfter: time.Now().AddDate(10, 0, 0),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return &authority{cert: cert, key: key, pool: pool, leafs: map[string]*tls.Certificate{}}, nil
}

func (a *authority) leaf(host string) (*tls.Certificate, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if l, ok := a.leafs[host]; ok {
		return l, nil
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(int64(len(a.leafs) + 2)), Subject: pkix.Name{CommonName: host},
		DNSNames: []string{host}, NotBefore: notBefore, NotAfter: time.Now().AddDate(10, 0, 0),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, a.cert, &key.PublicKey, a.key)
	if err != nil {
		return nil, err
	}
	l := &tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
	a.leafs[host] = l
	return l, nil
}

package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/andybalholm/brotli"
)

// body is one rendered response, kept with its compressed forms.
type body struct {
	raw, gz, br []byte
	etag        string
	ctype       string
	key         string // the live state it was rendered with (see page.key)
	minute      int64  // the minute the key was last confirmed
}

// newBody compresses b once, so every request after is a copy from memory.
func newBody(b []byte, ctype, key string) (*body, error) {
	sum := sha256.Sum256(b)
	out := &body{raw: b, ctype: ctype, key: key, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
	var buf bytes.Buffer
	// Level 6 gzip and quality 4 brotli are within a few percent of their best
	// sizes on these pages at a fraction of the time, which keeps start-up and
	// the static export fast at thousands of pages.
	zw, err := gzip.NewWriterLevel(&buf, 6)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	out.gz = bytes.Clone(buf.Bytes())
	buf.Reset()
	bw := brotli.NewWriterLevel(&buf, 4)
	if _, err := bw.Write(b); err != nil {
		return nil, err
	}
	if err := bw.Close(); err != nil {
		return nil, err
	}
	out.br = bytes.Clone(buf.Bytes())
	return out, nil
}

// page is a response that does not depend on the request. Pages whose
// content changes with time (a contact card's "open now") give a key
// function: the page is rebuilt only when the key changes, checked at most
// once a minute, so a page is never more than a minute stale and usually
// served straight from memory.
type page struct {
	ctype string
	build func(now time.Time) ([]byte, error)
	key   func(now time.Time) string // nil: the page never changes

	mu  sync.Mutex
	cur atomic.Pointer[body]
}

func (p *page) get(now time.Time) (*body, error) {
	m := now.Unix() / 60
	if b := p.cur.Load(); b != nil && (p.key == nil || b.minute == m) {
		return b, nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	b := p.cur.Load()
	if b != nil && (p.key == nil || b.minute == m) {
		return b, nil
	}
	key := ""
	if p.key != nil {
		key = p.key(now)
	}
	if b != nil && b.key == key {
		nb := *b
		nb.minute = m
		p.cur.Store(&nb)
		return &nb, nil
	}
	raw, err := p.build(now)
	if err != nil {
		return nil, err
	}
	nb, err := newBody(raw, p.ctype, key)
	if err != nil {
		return nil, err
	}
	nb.minute = m
	p.cur.Store(nb)
	return nb, nil
}

// write sends b, choosing the encoding the client accepts and answering a
// matching If-None-Match with 304.
func write(w http.ResponseWriter, r *http.Request, b *body, status int, cacheControl string) {
	h := w.Header()
	h.Set("Content-Type", b.ctype)
	h.Set("Vary", "Accept-Encoding")
	if cacheControl != "" {
		h.Set("Cache-Control", cacheControl)
	}
	if status == http.StatusOK {
		h.Set("ETag", b.etag)
		if match := r.Header.Get("If-None-Match"); match != "" && etagMatch(match, b.etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	data := b.raw
	switch enc := acceptEncoding(r.Header.Get("Accept-Encoding")); enc {
	case "br":
		data = b.br
		h.Set("Content-Encoding", "br")
	case "gzip":
		data = b.gz
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(data)
	}
}

// etagMatch implements If-None-Match's weak comparison over a list.
func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}

// acceptEncoding picks br, then gzip, from an Accept-Encoding header,
// honouring q=0.
func acceptEncoding(h string) string {
	best := ""
	for _, part := range strings.Split(h, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if strings.Contains(strings.ReplaceAll(params, " ", ""), "q=0") && !strings.Contains(params, "q=0.") {
			continue
		}
		switch name {
		case "br":
			return "br"
		case "gzip", "x-gzip":
			best = "gzip"
		}
	}
	return best
}

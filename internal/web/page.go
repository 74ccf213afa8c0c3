package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"firststeps/internal/onewrite"
	"io"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/klauspost/compress/gzip"
)

// body is one rendered response, kept with its compressed form and the
// headers that go with each, made once. A page keeps its gzip bytes
// alone (raw is nil): every browser asks for gzip, and the rare client
// that does not gets them decompressed as it asks (about 40 µs for a
// guide page), so the server holds one copy of each page, not two.
type body struct {
	raw, gz []byte
	rawLen  int
	etag    string
	ctype   string
	key     string // the live state it was rendered with (see page.key)
	minute  int64  // the minute the key was last confirmed

	// The headers of the body as it is (plain) and gzipped (zipped),
	// and of a 304 (same): without ETag, which only a 200 carries.
	plain, zipped, same []header
	etagHeader          header

	// lazy, when set, stands in for gz and zipped, made on the first
	// request for them: a static site's page keeps its plain bytes, and
	// the export may never ask for the gzip ones (it keeps the .gz of a
	// file whose bytes have not changed since the last build).
	lazy *lazyGzip
}

// lazyGzip is a body's gzip form, made once when first asked for.
type lazyGzip struct {
	once   sync.Once
	gz     []byte
	zipped []header
	err    error
}

// Cache-Control values, made once (see header).
var (
	noCache   = []string{"no-cache"}
	noStore   = []string{"no-store"}
	immutable = []string{"public, max-age=31536000, immutable"}
)

// prepare makes b's headers; call it again after changing raw or gz.
func (b *body) prepare() {
	ctype, vary := newHeader("Content-Type", b.ctype), newHeader("Vary", "Accept-Encoding")
	b.etagHeader = newHeader("ETag", b.etag)
	b.same = []header{ctype, vary}
	b.plain = []header{ctype, vary, newHeader("Content-Length", strconv.Itoa(b.rawLen))}
	b.zipped = []header{ctype, vary, newHeader("Content-Encoding", "gzip"), newHeader("Content-Length", strconv.Itoa(len(b.gz)))}
}

// gzipped returns b's gzip bytes and their headers, compressing them now
// if b is lazy and no request has needed them yet.
func (b *body) gzipped() ([]byte, []header, error) {
	z := b.lazy
	if z == nil {
		return b.gz, b.zipped, nil
	}
	z.once.Do(func() {
		if z.gz, z.err = gzipBytes(b.raw); z.err == nil {
			z.zipped = []header{newHeader("Content-Type", b.ctype), newHeader("Vary", "Accept-Encoding"),
				newHeader("Content-Encoding", "gzip"), newHeader("Content-Length", strconv.Itoa(len(z.gz)))}
		}
	})
	return z.gz, z.zipped, z.err
}

// A gzip writer holds large tables; making one per page cost more than the
// compressing at thousands of pages, so idle writers are kept, a few per
// core, each with its output buffer. A sync.Pool would drop them at every
// garbage collection.
var idleGzip = make(chan *gzipWriter, 2*runtime.GOMAXPROCS(0))

type gzipWriter struct {
	w   *gzip.Writer
	buf bytes.Buffer
}

// newBody compresses b once, so every request after is a copy from memory.
// Pages are sent with gzip (klauspost's, level 6: a 28 KB guide page becomes
// 7.4 KB in about 0.1 ms). Brotli at quality 5 saved a further 7% (about
// 560 bytes) but took eight times as long, more than everything else in a
// static build together, and its quality 4 came out larger than gzip.
func newBody(b []byte, ctype, key string) (*body, error) {
	out := plainBody(b, ctype, key)
	var err error
	if out.gz, err = gzipBytes(b); err != nil {
		return nil, err
	}
	out.prepare()
	return out, nil
}

// lazyBody is b, compressed on the first request for its gzip form.
func lazyBody(b []byte, ctype, key string) *body {
	out := plainBody(b, ctype, key)
	out.lazy = new(lazyGzip)
	out.prepare()
	return out
}

func plainBody(b []byte, ctype, key string) *body {
	sum := sha256.Sum256(b)
	return &body{raw: b, rawLen: len(b), ctype: ctype, key: key, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
}

// plainBytes returns b's bytes as they are, decompressing them if only the
// gzip copy is kept.
func (b *body) plainBytes() ([]byte, error) {
	if b.raw != nil {
		return b.raw, nil
	}
	zr, _ := idleGunzip.Get().(*gzip.Reader)
	var err error
	if zr == nil {
		zr, err = gzip.NewReader(bytes.NewReader(b.gz))
	} else {
		err = zr.Reset(bytes.NewReader(b.gz))
	}
	if err != nil {
		return nil, err
	}
	defer idleGunzip.Put(zr)
	out := make([]byte, b.rawLen)
	if _, err := io.ReadFull(zr, out); err != nil {
		return nil, err
	}
	return out, nil
}

// idleGunzip keeps gzip readers for plainBytes.
var idleGunzip sync.Pool

// gzipBytes returns b compressed, in a slice of its own.
func gzipBytes(b []byte) ([]byte, error) {
	var gw *gzipWriter
	select {
	case gw = <-idleGzip:
	default:
		w, err := gzip.NewWriterLevel(io.Discard, 6)
		if err != nil {
			return nil, err
		}
		gw = &gzipWriter{w: w}
	}
	defer func() {
		select {
		case idleGzip <- gw:
		default:
		}
	}()
	gw.buf.Reset()
	gw.w.Reset(&gw.buf)
	if _, err := gw.w.Write(b); err != nil {
		return nil, err
	}
	if err := gw.w.Close(); err != nil {
		return nil, err
	}
	out := bytes.Clone(gw.buf.Bytes())
	if gw.buf.Cap() > maxKeptBuffer {
		gw.buf = bytes.Buffer{} // a search index's: not kept for pages
	}
	return out, nil
}

// maxKeptBuffer is the largest buffer kept for the next page: a static
// build's search index is megabytes, and a buffer grown for it and kept
// for thousands of 30 KB pages after is memory held for nothing.
const maxKeptBuffer = 1 << 20

// page is a response that does not depend on the request. Pages whose
// content changes with time (a contact card's "open now") give a key
// function: the page is rebuilt only when the key changes, checked at most
// once a minute, so a page is never more than a minute stale and usually
// served straight from memory.
type page struct {
	ctype string
	// plain keeps the uncompressed bytes too: for the static export,
	// which writes both and then forgets the page.
	plain bool
	// first: the static export makes the page before the others, since
	// making it holds much memory for a while (a search index), and
	// what only it reads of the library (the guides' plain text) can
	// then be forgotten.
	first bool
	// best: the page is compressed at the best level, as the assets are,
	// rather than the quicker one the pages that change use. For a heavy
	// page that is the same for every reader and every minute.
	best bool
	// What the page reads of the guides, for the static export's Ledger:
	// guide names the one guide whose body it shows; text says it reads
	// every guide's body (a search index); neither, only the guides'
	// outlines (guide.OutlineSum). TestLedgerScopes holds each page to it.
	guide string
	text  bool
	build func(now time.Time) ([]byte, error)
	key   func(now time.Time) string // nil: the page never changes

	mu  sync.Mutex
	cur atomic.Pointer[body]

	// cache, when set, bounds the bytes the pages keep (see pageCache);
	// slot and counted belong to it.
	cache   *pageCache
	slot    int // 1 + the page's place in cache.held; 0 when not held
	counted int // the bytes cache counts for it
}

// store makes b the page's body.
func (p *page) store(b *body) {
	if p.cache == nil {
		p.cur.Store(b)
		return
	}
	p.cache.store(p, b)
}

// size is the memory a body's bytes take.
func (b *body) size() int { return len(b.gz) + len(b.raw) }

// pageCache bounds the bytes that rendered pages keep. A page is rendered
// on its first request and kept; once the pages kept hold more than the
// budget, pages chosen at random are forgotten, to be rendered again if
// asked for. With 10,000 guides (20,000 pages at 8 KB each) the budget is
// what holds memory flat; with a few dozen it never comes into play.
// Random eviction costs no bookkeeping on a request, and the pages asked
// for often are soon back.
type pageCache struct {
	mu     sync.Mutex
	budget int
	size   int
	held   []*page
	rnd    uint64
}

// defaultPageCache is the budget unless Config says otherwise.
const defaultPageCache = 48 << 20

func (c *pageCache) store(p *page, b *body) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p.cur.Store(b)
	n := 0
	if b != nil {
		n = b.size()
	}
	c.size += n - p.counted
	p.counted = n
	if p.slot == 0 && b != nil {
		c.held = append(c.held, p)
		p.slot = len(c.held)
	}
	for c.size > c.budget && len(c.held) > 1 {
		c.rnd = c.rnd*6364136223846793005 + 1442695040888963407
		v := c.held[int((c.rnd>>33)%uint64(len(c.held)))]
		if v == p {
			continue
		}
		c.forget(v)
	}
}

// forget drops v's body; c.mu is held.
func (c *pageCache) forget(v *page) {
	last := c.held[len(c.held)-1]
	c.held[v.slot-1], last.slot = last, v.slot
	c.held = c.held[:len(c.held)-1]
	v.slot = 0
	c.size -= v.counted
	v.counted = 0
	v.cur.Store(nil)
}

// evict forgets p's body.
func (p *page) evict() {
	if p.cache == nil {
		p.cur.Store(nil)
		return
	}
	p.cache.mu.Lock()
	defer p.cache.mu.Unlock()
	if p.slot != 0 {
		p.cache.forget(p)
	}
	p.cur.Store(nil)
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
		p.store(&nb)
		return &nb, nil
	}
	raw, err := p.build(now)
	if err != nil {
		return nil, err
	}
	var nb *body
	switch {
	case p.best:
		nb = plainBody(raw, p.ctype, key)
		if nb.gz, err = gzipBest(raw); err != nil {
			return nil, err
		}
		nb.prepare()
	case p.plain:
		nb = lazyBody(raw, p.ctype, key)
	default:
		if nb, err = newBody(raw, p.ctype, key); err != nil {
			return nil, err
		}
	}
	if !p.plain {
		nb.raw = nil
	}
	nb.minute = m
	p.store(nb)
	return nb, nil
}

// write sends b, choosing the encoding the client accepts and answering a
// matching If-None-Match with 304. cacheControl is one of the values
// above, or nil for none.
func write(w http.ResponseWriter, r *http.Request, b *body, status int, cacheControl []string) {
	h := w.Header()
	if cacheControl != nil {
		h["Cache-Control"] = cacheControl
	}
	if status == http.StatusOK {
		h[b.etagHeader.name] = b.etagHeader.value
		if match := r.Header["If-None-Match"]; len(match) > 0 && etagMatch(match[0], b.etag) {
			setHeaders(h, b.same)
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	var data []byte
	var hs []header
	var err error
	if acceptsGzip(r) {
		data, hs, err = b.gzipped()
	} else {
		data, err = b.plainBytes()
		hs = b.plain
	}
	if err != nil {
		// Never: the bytes were compressed here, or are kept as they are.
		http.Error(w, "Something went wrong", http.StatusInternalServerError)
		return
	}
	setHeaders(h, hs)
	// The headers and the page leave in one write: the length is known.
	onewrite.Reply(w, r, status, data)
}

// etagMatch implements If-None-Match's weak comparison over a list.
func etagMatch(header, etag string) bool {
	for header != "" {
		var t string
		t, header, _ = strings.Cut(header, ",")
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}

// acceptsGzip reports whether r accepts gzip (see acceptEncoding).
func acceptsGzip(r *http.Request) bool {
	v := r.Header["Accept-Encoding"]
	return len(v) > 0 && acceptEncoding(v[0]) == "gzip"
}

// acceptEncoding picks gzip from an Accept-Encoding header, honouring q=0.
func acceptEncoding(h string) string {
	for h != "" {
		var part string
		part, h, _ = strings.Cut(h, ",")
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.TrimSpace(name)
		if !strings.EqualFold(name, "gzip") && !strings.EqualFold(name, "x-gzip") {
			continue
		}
		if refused(params) {
			continue
		}
		return "gzip"
	}
	return ""
}

// refused reports whether an encoding's parameters give it q=0 (q=0,
// q=0.0, q=0.000), which means "not this one".
func refused(params string) bool {
	for params != "" {
		var p string
		p, params, _ = strings.Cut(params, ";")
		k, v, _ := strings.Cut(p, "=")
		if !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		v = strings.TrimSpace(v)
		if v == "" || v[0] != '0' {
			return false
		}
		return strings.Trim(v[1:], ".0") == ""
	}
	return false
}

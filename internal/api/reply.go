package api

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"firststeps/internal/onewrite"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/klauspost/compress/gzip"
)

// Cache-Control values.
const (
	// cacheRevalidate lets a client keep an answer, asking again with its
	// ETag before using it.
	cacheRevalidate = "no-cache"
	// cacheNever keeps an answer out of every cache: one made from what a
	// person wrote, or a guide whose page is never kept on a device.
	cacheNever = "no-store"
)

// minGzip is the smallest body worth compressing.
const minGzip = 1024

// reply is one JSON answer and, once a client needs them, its ETag and
// its gzip form: a POST answer never needs the first, and most clients of
// a small answer not the second.
type reply struct {
	raw   []byte
	cache string

	tagOnce sync.Once
	etag    string
	gzOnce  sync.Once
	gz      []byte // nil when compressing failed: the raw body is sent
}

// newReply encodes v. HTML in strings stays readable (no \u003c).
func newReply(v any, cache string) (*reply, error) {
	b := encodeBuffers.Get().(*bytes.Buffer)
	defer encodeBuffers.Put(b)
	b.Reset()
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("api: encoding an answer: %w", err)
	}
	return replyOf(bytes.Clone(b.Bytes()), cache), nil
}

// encodeBuffers hold answers while they are encoded, so that a 45 KB guide
// answer (the static build writes thousands) is copied once when done
// rather than at each step its buffer grows.
var encodeBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// replyOf makes a reply of JSON bytes.
func replyOf(raw []byte, cache string) *reply {
	return &reply{raw: raw, cache: cache}
}

// tag is the reply's strong ETag: a hash of its bytes.
func (rp *reply) tag() string {
	rp.tagOnce.Do(func() {
		sum := sha256.Sum256(rp.raw)
		rp.etag = `"` + hex.EncodeToString(sum[:16]) + `"`
	})
	return rp.etag
}

var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
	return w
}}

func (rp *reply) gzipped() []byte {
	rp.gzOnce.Do(func() {
		var b bytes.Buffer
		zw := gzipWriters.Get().(*gzip.Writer)
		defer gzipWriters.Put(zw)
		zw.Reset(&b)
		if _, err := zw.Write(rp.raw); err == nil && zw.Close() == nil {
			rp.gz = b.Bytes()
		}
	})
	return rp.gz
}

// send writes rp. A GET or HEAD answer carries its ETag, and one the
// client already holds (If-None-Match) is answered 304 with no body.
func (a *API) send(w http.ResponseWriter, r *http.Request, rp *reply) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", rp.cache)
	h.Set("Vary", "Accept-Encoding")
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		h.Set("ETag", rp.tag())
		if m := r.Header.Get("If-None-Match"); m != "" && etagMatch(m, rp.tag()) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	data := rp.raw
	if len(rp.raw) >= minGzip && acceptsGzip(r.Header.Get("Accept-Encoding")) {
		if gz := rp.gzipped(); gz != nil {
			data = gz
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(data)))
	onewrite.Reply(w, r, http.StatusOK, data)
}

// etagMatch reports whether an If-None-Match list holds etag, or is "*".
// The comparison is weak, as RFC 9110 asks for If-None-Match.
func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}

// acceptsGzip reports whether an Accept-Encoding header takes gzip.
func acceptsGzip(h string) bool {
	for _, part := range strings.Split(h, ",") {
		name, params, _ := strings.Cut(part, ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != "gzip" && name != "x-gzip" && name != "*" {
			continue
		}
		_, q, ok := strings.Cut(strings.ReplaceAll(params, " ", ""), "q=")
		if !ok {
			return true
		}
		v, err := strconv.ParseFloat(q, 64)
		return err == nil && v > 0
	}
	return false
}

// Error codes. Each has one status, chosen in statusOf and nowhere else.
const (
	codeNotFound            = "not_found"
	codeUnknownGuide        = "unknown_guide"
	codeUnknownJurisdiction = "unknown_jurisdiction"
	codeBadAudience         = "bad_audience"
	codeBadNation           = "bad_nation"
	codeBadAge              = "bad_age"
	codeBadAt               = "bad_at"
	codeBadQ                = "bad_q"
	codeBadBody             = "bad_body"
	codeTooLong             = "too_long"
	codeMethod              = "method_not_allowed"
	codeInternal            = "internal"
)

var statusOf = map[string]int{
	codeNotFound:            http.StatusNotFound,
	codeUnknownGuide:        http.StatusNotFound,
	codeUnknownJurisdiction: http.StatusNotFound,
	codeBadAudience:         http.StatusBadRequest,
	codeBadNation:           http.StatusBadRequest,
	codeBadAge:              http.StatusBadRequest,
	codeBadAt:               http.StatusBadRequest,
	codeBadQ:                http.StatusBadRequest,
	codeBadBody:             http.StatusBadRequest,
	codeTooLong:             http.StatusRequestEntityTooLarge,
	codeMethod:              http.StatusMethodNotAllowed,
	codeInternal:            http.StatusInternalServerError,
}

// apiError is a request the API cannot answer, said in a way the client
// can act on. Its message never repeats what the request sent.
type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *apiError) Error() string { return e.Code + ": " + e.Message }

func errorf(code, format string, args ...any) error {
	return &apiError{Code: code, Message: fmt.Sprintf(format, args...)}
}

// fail answers err as {"error":{"code":…,"message":…}}. Anything but an
// apiError is a fault of the server, logged without the request.
func (a *API) fail(w http.ResponseWriter, r *http.Request, err error) {
	var e *apiError
	if !errors.As(err, &e) {
		a.log.Error("api request failed", "method", r.Method, "err", err)
		e = &apiError{Code: codeInternal, Message: "something went wrong on our side"}
	}
	status, ok := statusOf[e.Code]
	if !ok {
		status = http.StatusInternalServerError
	}
	b, _ := json.Marshal(struct {
		Error *apiError `json:"error"`
	}{e})
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", cacheNever)
	h.Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(append(b, '\n'))
	}
}

package web

import (
	"bytes"
	"compress/gzip"
	"firststeps/internal/onewrite"
	"net/http"
	"strconv"
)

// writeDynamic sends a page rendered for this request only. It is never
// cached anywhere (it may hold what the person typed), and is gzipped at a
// fast level when the client accepts it.
func writeDynamic(w http.ResponseWriter, r *http.Request, status int, html []byte) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Robots-Tag", "noindex, nofollow")
	h.Set("Vary", "Accept-Encoding")
	data := html
	if acceptsGzip(r) && len(html) > 1024 {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.DefaultCompression)
		_, _ = zw.Write(html)
		if zw.Close() == nil {
			data = b.Bytes()
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(data)))
	onewrite.Reply(w, r, status, data)
}

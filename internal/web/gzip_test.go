package web

// The gzip writer pool measured and checked against the plain way it
// stands in for: a new writer for each page.

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/klauspost/compress/gzip"

	"firststeps/content"
	"firststeps/internal/library"
)

// realPages renders every page of the real site, uncompressed.
func realPages(tb testing.TB) [][]byte {
	tb.Helper()
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		tb.Fatal(probs)
	}
	s, err := New(Config{Library: lib, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		tb.Fatal(err)
	}
	h := s.Handler()
	var out [][]byte
	for _, p := range s.Paths() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, p, nil))
		if w.Code == http.StatusOK {
			out = append(out, w.Body.Bytes())
		}
	}
	return out
}

// gzipPlain compresses b with a writer of its own, as gzipBytes would
// without its pool.
func gzipPlain(b []byte) ([]byte, error) {
	var out bytes.Buffer
	w, err := gzip.NewWriterLevel(&out, 6)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// TestGzipPoolAgrees: a pooled writer gives the same bytes as a new one,
// page after page, and they decompress to the page.
func TestGzipPoolAgrees(t *testing.T) {
	for _, page := range realPages(t)[:40] {
		got, err := gzipBytes(page)
		if err != nil {
			t.Fatal(err)
		}
		want, err := gzipPlain(page)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("a pooled writer gives %d bytes, a new one %d", len(got), len(want))
		}
		r, err := gzip.NewReader(bytes.NewReader(got))
		if err != nil {
			t.Fatal(err)
		}
		if back, err := io.ReadAll(r); err != nil || !bytes.Equal(back, page) {
			t.Fatalf("does not decompress to the page: %v", err)
		}
	}
}

// BenchmarkGzip compresses every page of the real site, with the pool and
// with a new writer for each page.
func BenchmarkGzip(b *testing.B) {
	pages := realPages(b)
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.Logf("%d pages, %d bytes", len(pages), size)
	b.Run("pool", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range pages {
				_, _ = gzipBytes(p)
			}
		}
	})
	b.Run("new-writer", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range pages {
				_, _ = gzipPlain(p)
			}
		}
	})
}

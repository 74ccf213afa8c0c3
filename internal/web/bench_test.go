package web_test

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/library/librarytest"
	"firststeps/internal/web"
)

// discardWriter is a ResponseWriter that keeps nothing, so a benchmark
// measures the handler rather than a recorder.
type discardWriter struct {
	h      http.Header
	status int
}

func (w *discardWriter) Header() http.Header         { return w.h }
func (w *discardWriter) Write(b []byte) (int, error) { return len(b), nil }
func (w *discardWriter) WriteHeader(code int)        { w.status = code }

// BenchmarkServe measures the handler alone on the pages scripts/load
// drives, with gzip, as the server runs (logging to a discarded handler
// that still formats each line).
func BenchmarkServe(b *testing.B) {
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		b.Fatalf("content: %v", probs)
	}
	log := slog.New(slog.NewJSONHandler(discard{}, nil))
	s, err := web.New(web.Config{Library: lib, Logger: log})
	if err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	for _, path := range []string{"/", "/uk/sextortion-money-demand", "/uk/category/threats-and-blackmail"} {
		b.Run(path, func(b *testing.B) {
			r := httptest.NewRequest(http.MethodGet, path, nil)
			r.Header.Set("Accept-Encoding", "gzip")
			w := &discardWriter{h: http.Header{}}
			b.ReportAllocs()
			for b.Loop() {
				clear(w.h)
				w.status = 0
				h.ServeHTTP(w, r)
				if w.status != http.StatusOK {
					b.Fatalf("status %d", w.status)
				}
			}
		})
	}
}

type discard struct{}

func (discard) Write(b []byte) (int, error) { return len(b), nil }

// BenchmarkExport measures the static build of 2,000 generated guides to
// a temporary folder (as firststeps build does after loading): every page
// rendered, compressed and written.
func BenchmarkExport(b *testing.B) {
	lib, probs := library.Load(librarytest.Generate(2000), library.Options{Today: librarytest.Today()})
	if probs.HasErrors() {
		b.Fatalf("generated content has errors: %v", probs.Errors()[0])
	}
	for b.Loop() {
		s, err := web.New(web.Config{Library: lib, Static: true})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Export(b.TempDir()); err != nil {
			b.Fatal(err)
		}
	}
}

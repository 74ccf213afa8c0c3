package sitetest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that keeps the failures reported to it.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func write(t *testing.T, dir, name string, body []byte) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, body, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(t *testing.T, b []byte, level int) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, level)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// TestSameFiles: two folders alike but for how a .gz copy was packed
// pass; a changed file, a missing one and an extra one are each reported.
func TestSameFiles(t *testing.T) {
	page := []byte("<p>a page</p>")
	a, b := t.TempDir(), t.TempDir()
	for _, d := range []string{a, b} {
		write(t, d, "uk/x/index.html", page)
	}
	write(t, a, "uk/x/index.html.gz", gz(t, page, gzip.BestSpeed))
	write(t, b, "uk/x/index.html.gz", gz(t, page, gzip.BestCompression))
	r := &recorder{TB: t}
	SameFiles(r, a, b)
	if len(r.errs) != 0 {
		t.Fatalf("alike folders: %v", r.errs)
	}

	write(t, a, "uk/x/index.html", []byte("<p>another page</p>"))
	write(t, a, "extra.html", page)
	write(t, b, "gone.html", page)
	r = &recorder{TB: t}
	SameFiles(r, a, b)
	want := map[string]bool{"uk/x/index.html: differs from the other folder's": true, "gone.html: missing": true, "extra.html: not in the other folder": true}
	if len(r.errs) != len(want) {
		t.Fatalf("reported %v, want %d failures", r.errs, len(want))
	}
	for _, e := range r.errs {
		if !want[e] {
			t.Errorf("unexpected failure %q", e)
		}
	}
}

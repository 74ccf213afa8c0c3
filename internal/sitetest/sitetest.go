// Package sitetest compares folders the static export wrote, for tests:
// an export into a folder that held an earlier one must hold exactly what
// an export into an empty folder writes.
package sitetest

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// SameFiles fails t unless folder got holds the files folder want holds,
// no more and no fewer, each with the same bytes. A .gz copy must unpack,
// and is compared by what it unpacks to.
func SameFiles(t testing.TB, got, want string) {
	t.Helper()
	g, w := files(t, got), files(t, want)
	var names []string
	for name := range w {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		b, ok := g[name]
		switch {
		case !ok:
			t.Errorf("%s: missing", name)
		case !bytes.Equal(b, w[name]):
			t.Errorf("%s: differs from the other folder's", name)
		}
	}
	for name := range g {
		if _, ok := w[name]; !ok {
			t.Errorf("%s: not in the other folder", name)
		}
	}
}

// files reads every file under root by its path there, .gz copies
// unpacked.
func files(t testing.TB, root string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if strings.HasSuffix(p, ".gz") {
			r, err := gzip.NewReader(bytes.NewReader(body))
			if err == nil {
				body, err = io.ReadAll(r)
			}
			if err != nil {
				t.Errorf("%s: %v", rel, err)
			}
		}
		out[rel] = body
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

package web

import (
	"bytes"
	"flag"
	"os"
	"path"
	"path/filepath"
	"testing"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/js"
)

var update = flag.Bool("update", false, "rewrite minified/ from static/")

// TestMinifiedAssets checks that minified/ holds exactly the minified
// copies of static/, which the server sends; -update rewrites them.
func TestMinifiedAssets(t *testing.T) {
	m := minify.New()
	m.AddFunc("js", js.Minify)
	m.AddFunc("css", css.Minify)
	src, err := os.ReadDir("static")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, e := range src {
		name := e.Name()
		want[name] = true
		b, err := os.ReadFile(filepath.Join("static", name))
		if err != nil {
			t.Fatal(err)
		}
		min := b
		switch path.Ext(name) {
		case ".js":
			min, err = m.Bytes("js", b)
		case ".css":
			min, err = m.Bytes("css", b)
		}
		if err != nil {
			t.Fatalf("static/%s: %v", name, err)
		}
		dst := filepath.Join("minified", name)
		if *update {
			if err := os.WriteFile(dst, min, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if got, err := os.ReadFile(dst); err != nil || !bytes.Equal(got, min) {
			t.Errorf("minified/%s is not the minified static/%s: run go test ./internal/web -run TestMinifiedAssets -update", name, name)
		}
	}
	out, err := os.ReadDir("minified")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range out {
		if !want[e.Name()] {
			if *update {
				if err := os.Remove(filepath.Join("minified", e.Name())); err != nil {
					t.Fatal(err)
				}
				continue
			}
			t.Errorf("minified/%s has no source in static/: run go test ./internal/web -run TestMinifiedAssets -update", e.Name())
		}
	}
}

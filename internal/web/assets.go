package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"path"
	"strings"
)

// The site's CSS and JavaScript are written to be read, in static/. The
// server sends their minified copies in minified/ (tdewolff/minify:
// comments and spaces go, local names get shorter), since pages must
// arrive in one round trip with their CSS and JavaScript. The copies are
// made by a test, after any edit to static/:
//
//	go test ./internal/web -run TestMinifiedAssets -update
//
// and the test fails while they are out of date, so the server neither
// carries a minifier (a fifth of its size) nor runs one at every start.
//
//go:embed minified
var minifiedFS embed.FS

// staticFS holds the record service worker's source, which recordWorker
// fills in.
//
//go:embed static/record-sw.js
var staticFS embed.FS

// assets are the site's CSS and JavaScript, served under fingerprinted
// names (site.3f9a1c2b7d.css) so browsers may cache them for a year.
type assets struct {
	byURL  map[string]*body // "/static/site.3f9a….css" → file
	byName map[string]string
}

func loadAssets() (*assets, error) {
	a := &assets{byURL: map[string]*body{}, byName: map[string]string{}}
	err := fs.WalkDir(minifiedFS, "minified", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := minifiedFS.ReadFile(p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, "minified/")
		ext := path.Ext(name)
		sum := sha256.Sum256(b)
		url := "/static/" + strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:5]) + ext
		ctype := mime.TypeByExtension(ext)
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		if strings.HasPrefix(ctype, "text/") && !strings.Contains(ctype, "charset") {
			ctype += "; charset=utf-8"
		}
		if ext == ".js" {
			ctype = "text/javascript; charset=utf-8"
		}
		body, err := newBody(b, ctype, "")
		if err != nil {
			return err
		}
		// Compressed once at start and cached for a year: worth the best
		// level, which the pages, rebuilt as opening times change, are not.
		if body.gz, err = gzipBest(b); err != nil {
			return err
		}
		body.prepare()
		a.byURL[url] = body
		a.byName[name] = url
		return nil
	})
	return a, err
}

// url returns the fingerprinted URL of a static file.
func (a *assets) url(name string) string {
	u, ok := a.byName[name]
	if !ok {
		panic(fmt.Sprintf("web: no static file %q", name)) // a programmer error, caught at start-up
	}
	return u
}

// gzipBest compresses b as small as gzip can.
func gzipBest(b []byte) ([]byte, error) {
	var out bytes.Buffer
	w, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
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

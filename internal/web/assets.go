package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"path"
	"strings"
)

//go:embed static
var staticFS embed.FS

// assets are the site's CSS and JavaScript, served under fingerprinted
// names (site.3f9a1c2b7d.css) so browsers may cache them for a year.
type assets struct {
	byURL  map[string]*body // "/static/site.3f9a….css" → file
	byName map[string]string
}

func loadAssets() (*assets, error) {
	a := &assets{byURL: map[string]*body{}, byName: map[string]string{}}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, "static/")
		ext := path.Ext(name)
		b = trim(b, ext)
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

// trim drops what the browser does not need from a static file: comment-only
// lines and indentation in JavaScript, comments in CSS. It keeps every
// line of code as written, so a stack trace still points at real code.
func trim(b []byte, ext string) []byte {
	switch ext {
	case ".js":
		var out []string
		for _, l := range strings.Split(string(b), "\n") {
			t := strings.TrimSpace(l)
			if t == "" || strings.HasPrefix(t, "//") {
				continue
			}
			out = append(out, t)
		}
		return []byte(strings.Join(out, "\n") + "\n")
	case ".css":
		s := string(b)
		var out strings.Builder
		for {
			i := strings.Index(s, "/*")
			if i < 0 {
				out.WriteString(s)
				break
			}
			out.WriteString(s[:i])
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				break
			}
			s = s[i+2+j+2:]
		}
		var lines []string
		for _, l := range strings.Split(out.String(), "\n") {
			if t := strings.TrimSpace(l); t != "" {
				lines = append(lines, t)
			}
		}
		return []byte(strings.Join(lines, "\n") + "\n")
	}
	return b
}

package guide

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/yuin/goldmark/renderer/html"
)

// FuzzPlainFirst: the shortcut writes exactly what goldmark's writer writes,
// for any text, through both of its ways of writing.
func FuzzPlainFirst(f *testing.F) {
	files, _ := filepath.Glob("../../content/guides/uk/*.md")
	for _, p := range files[:min(3, len(files))] {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{"plain words", `a \* b & c &amp; &#x22; <x> "q"`, "nul\x00here", `end\`, "\xff\xfe"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		write := func(w html.Writer, raw bool) string {
			var b bytes.Buffer
			bw := bufio.NewWriter(&b)
			if raw {
				w.RawWrite(bw, src)
			} else {
				w.Write(bw, src)
			}
			_ = bw.Flush()
			return b.String()
		}
		for _, raw := range []bool{false, true} {
			if got, want := write(plainFirst{html.DefaultWriter}, raw), write(html.DefaultWriter, raw); got != want {
				t.Fatalf("raw=%v: %q gives %q, goldmark's writer %q", raw, src, got, want)
			}
		}
	})
}

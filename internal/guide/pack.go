package guide

import (
	"bytes"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/klauspost/compress/flate"
)

// A server holding thousands of guides keeps their sections' HTML packed
// (Options.PackHTML): the sections' HTML joined with sectionMark and
// compressed with flate, about a third of its size. A page is made from
// it once, on its first request, and kept; a packed guide's Sections hold
// no HTML, so read it with SectionsHTML.

// packer compresses one guide's HTML at a time. A compressor holds large
// tables, so packers are kept for the next guide (as web keeps its gzip
// writers) rather than made for each of thousands.
type packer struct {
	w   *flate.Writer
	buf bytes.Buffer
}

var packers = sync.Pool{New: func() any { return &packer{} }}

// pack moves the HTML of g's sections into g.packed.
func (p *packer) pack(g *Guide) {
	var joined strings.Builder
	for k := range g.Sections {
		if k > 0 {
			joined.WriteString(sectionMark)
		}
		joined.WriteString(string(g.Sections[k].HTML))
	}
	p.buf.Reset()
	if p.w == nil {
		// Speed over size: packing runs on every guide before the first
		// page is served, and the level barely changes the size of HTML.
		p.w, _ = flate.NewWriter(&p.buf, flate.BestSpeed)
	} else {
		p.w.Reset(&p.buf)
	}
	// Writing to a bytes.Buffer cannot fail.
	_, _ = io.WriteString(p.w, joined.String())
	_ = p.w.Close()
	g.packed = bytes.Clone(p.buf.Bytes())
	g.packedLen = joined.Len()
	for k := range g.Sections {
		g.Sections[k].HTML = ""
	}
}

// SectionsHTML returns the HTML of each section, unpacking it when the
// guide was loaded with Options.PackHTML.
func (g *Guide) SectionsHTML() [numSections]template.HTML {
	var out [numSections]template.HTML
	if g.packed == nil {
		for k := range g.Sections {
			out[k] = g.Sections[k].HTML
		}
		return out
	}
	var b strings.Builder
	b.Grow(g.packedLen)
	r := flate.NewReader(bytes.NewReader(g.packed))
	// The bytes were compressed by pack in this process: reading them
	// back cannot fail short of a fault in memory.
	_, _ = io.Copy(&b, r)
	_ = r.Close()
	for k, part := range strings.SplitN(b.String(), sectionMark, len(out)) {
		out[k] = template.HTML(part)
	}
	return out
}

package guide

import (
	"bytes"
	"html/template"
	"io"
	"strings"
	"sync"

	"firststeps/internal/binform"

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

// unpacker reads packed bytes back. A decompressor, too, holds tables
// (tens of kilobytes, cleared when made): an index built from 2,000
// guides read back from a cache spent a third of its time making them.
type unpacker struct {
	r   io.ReadCloser
	buf bytes.Buffer
}

var unpackers = sync.Pool{New: func() any { return &unpacker{} }}

// unpack returns the bytes packed into src, and whether they were read
// whole. The slice is the unpacker's own, valid until its next use.
func (u *unpacker) unpack(src io.Reader) ([]byte, bool) {
	if u.r == nil {
		u.r = flate.NewReader(src)
	} else if err := u.r.(flate.Resetter).Reset(src, nil); err != nil {
		return nil, false
	}
	u.buf.Reset()
	_, err := u.buf.ReadFrom(u.r)
	return u.buf.Bytes(), err == nil
}

// pack moves the HTML of g's sections into g.packed.
func (p *packer) pack(g *Guide) {
	var joined strings.Builder
	for k := range g.Sections {
		if k > 0 {
			joined.WriteString(sectionMark)
		}
		joined.WriteString(string(g.Sections[k].HTML))
	}
	g.packed = string(p.compress([]byte(joined.String())))
	g.packedLen = joined.Len()
	for k := range g.Sections {
		g.Sections[k].HTML = ""
	}
}

// compress returns b compressed. The slice is the packer's own, valid
// until its next use.
func (p *packer) compress(b []byte) []byte {
	p.buf.Reset()
	if p.w == nil {
		// Speed over size: packing runs on every guide before the first
		// page is served, and the level barely changes the size of HTML.
		p.w, _ = flate.NewWriter(&p.buf, flate.BestSpeed)
	} else {
		p.w.Reset(&p.buf)
	}
	// Writing to a bytes.Buffer cannot fail.
	_, _ = p.w.Write(b)
	_ = p.w.Close()
	return p.buf.Bytes()
}

// SectionsHTML returns the HTML of each section, unpacking it when the
// guide was loaded with Options.PackHTML.
func (g *Guide) SectionsHTML() [numSections]template.HTML {
	var out [numSections]template.HTML
	if g.packed == "" {
		for k := range g.Sections {
			out[k] = g.Sections[k].HTML
		}
		return out
	}
	u := unpackers.Get().(*unpacker)
	u.buf.Grow(g.packedLen)
	// The bytes were compressed by pack, in this process or in one that
	// kept them in a cache whose checksum they passed: reading them back
	// cannot fail short of a fault in memory.
	b, _ := u.unpack(strings.NewReader(g.packed))
	html := string(b)
	unpackers.Put(u)
	for k, part := range strings.SplitN(html, sectionMark, len(out)) {
		out[k] = template.HTML(part)
	}
	return out
}

// packText packs the sections' plain text: each section's length and
// bytes, compressed.
func packText(sections [numSections]Section) []byte {
	var plain binform.Writer
	for _, s := range sections {
		plain.Str(s.Text)
	}
	p := packers.Get().(*packer)
	defer packers.Put(p)
	return bytes.Clone(p.compress(plain.B))
}

// hasText reports whether any section holds plain text.
func (g *Guide) hasText() bool {
	for _, s := range g.Sections {
		if s.Text != "" {
			return true
		}
	}
	return false
}

// SectionsText returns the plain text of each section. A guide read back
// from a cache (see MarshalBinary) keeps it packed until asked. After
// ForgetText, only the short answer's is left.
func (g *Guide) SectionsText() [numSections]string {
	var out [numSections]string
	if g.packedText == nil {
		for k := range g.Sections {
			out[k] = g.Sections[k].Text
		}
		return out
	}
	// Packed by packText, and checked by the cache that read it back:
	// it unpacks short of a fault in memory, and if it does not, what
	// it gives is no text rather than a wrong one.
	u := unpackers.Get().(*unpacker)
	plain, ok := u.unpack(bytes.NewReader(g.packedText))
	text := binform.FromString(string(plain))
	unpackers.Put(u)
	for k := range out {
		out[k] = text.Str()
	}
	if !ok || !text.Done() {
		return [numSections]string{ShortAnswer: g.ShortAnswer()}
	}
	return out
}

// ForgetText empties the plain text of every section but the short
// answer (see library.Library.ForgetText). The guide must not be read
// meanwhile, but for its HTML.
func (g *Guide) ForgetText() {
	for k := range g.Sections {
		if k != ShortAnswer {
			g.Sections[k].Text = ""
		}
	}
	g.packedText = nil
}

package guide

import (
	"encoding/binary"
	"errors"
	"html/template"

	"firststeps/internal/binform"
)

// A guide is kept between runs (a parse cache) in a binary form of its
// own: with encoding/gob's field-by-field one, reading 10,000 guides back
// cost more than a second of processor time.
// All its strings are cut from one string, so a guide read back is a few
// allocations, not hundreds. The sections' plain text, more than half of
// a guide, is kept packed (flate, fastest level) and stays packed when
// read back: only a search index being built reads it (SectionsText),
// and a server forgets it once its index is built (ForgetText). The
// short answer, which pages show, is kept plain as well.
//
// The form: a version byte, the length of the part before the packed
// text, that part (the fields in order), then the packed text. Lists
// carry their length plus one (zero for nil), so a guide reads back
// equal but for where its text is kept. The packed HTML is cut from the
// one string too; the packed text is copied apart, so that forgetting it
// frees it.

// binaryVersion changes whenever the form does; a cache holding another
// version reads as damaged and is made again.
const binaryVersion = 2

// errBinary is what reading a malformed guide returns.
var errBinary = errors.New("guide: malformed binary form")

// MarshalBinary implements encoding.BinaryMarshaler.
func (g *Guide) MarshalBinary() ([]byte, error) {
	var meta binform.Writer
	for _, s := range []string{g.ID, g.Slug, g.File, g.Title, g.Situation, g.SEOTitle, g.Jurisdiction, g.Category} {
		meta.Str(s)
	}
	meta.Strs(g.Audience)
	meta.Strs(g.Tags)
	meta.Date(g.Created)
	meta.Date(g.Reviewed)
	meta.Date(g.ReviewBy)
	meta.Strs(g.Routes)
	meta.Strs(g.Facets)
	meta.Strs(g.Related)
	meta.Count(g.Sources == nil, len(g.Sources))
	for _, s := range g.Sources {
		meta.Str(s.URL)
		meta.Date(s.Checked)
		meta.Str(s.Supports)
		meta.Int(s.Line)
	}
	for _, s := range g.Sections {
		meta.Str(s.Heading)
		meta.Int(s.Line)
		meta.Str(string(s.HTML))
	}
	meta.Str(g.ShortAnswer())
	text := g.packedText
	if text == nil && g.hasText() {
		text = packText(g.Sections)
	}
	meta.Bool(text != nil)
	meta.Count(g.Resources == nil, len(g.Resources))
	for _, r := range g.Resources {
		meta.Str(r.URL)
		meta.Int(r.Line)
	}
	meta.Count(g.Links == nil, len(g.Links))
	for _, l := range g.Links {
		meta.Str(l.URL)
		meta.Str(l.Text)
		meta.Int(l.Line)
	}
	meta.Count(g.Refs == nil, len(g.Refs))
	for _, r := range g.Refs {
		meta.Str(r.Kind)
		meta.Str(r.Service)
		meta.Str(r.Contact)
		meta.Str(r.Sentence)
		meta.Int(r.Line)
		meta.Bool(r.Resolved)
	}
	meta.Count(g.FieldLines == nil, len(g.FieldLines))
	for k, line := range g.FieldLines {
		meta.Str(k)
		meta.Int(line)
	}
	meta.Str(g.packed)
	meta.Int(g.packedLen)

	out := make([]byte, 0, 1+binary.MaxVarintLen64+len(meta.B)+len(text))
	out = append(out, binaryVersion)
	out = binary.AppendUvarint(out, uint64(len(meta.B)))
	out = append(out, meta.B...)
	return append(out, text...), nil
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler. g must be new:
// a guide is immutable once shared. It keeps nothing of data.
func (g *Guide) UnmarshalBinary(data []byte) error {
	if len(data) == 0 || data[0] != binaryVersion {
		return errBinary
	}
	n, k := binary.Uvarint(data[1:])
	if k <= 0 || n > uint64(len(data)-1-k) {
		return errBinary
	}
	end := 1 + k + int(n)
	// One copy, which the strings below are cut from.
	meta := binform.FromString(string(data[1+k : end]))
	*g = Guide{}
	for _, p := range []*string{&g.ID, &g.Slug, &g.File, &g.Title, &g.Situation, &g.SEOTitle, &g.Jurisdiction, &g.Category} {
		*p = meta.Str()
	}
	g.Audience = meta.Strs()
	g.Tags = meta.Strs()
	g.Created = meta.Date()
	g.Reviewed = meta.Date()
	g.ReviewBy = meta.Date()
	g.Routes = meta.Strs()
	g.Facets = meta.Strs()
	g.Related = meta.Strs()
	if n, ok := meta.Count(); ok {
		g.Sources = make([]Source, n)
		for i := range g.Sources {
			g.Sources[i] = Source{URL: meta.Str(), Checked: meta.Date(), Supports: meta.Str(), Line: meta.Int()}
		}
	}
	for k := range g.Sections {
		g.Sections[k] = Section{Heading: meta.Str(), Line: meta.Int(), HTML: template.HTML(meta.Str())}
	}
	g.Sections[ShortAnswer].Text = meta.Str()
	hasText := meta.Bool()
	if n, ok := meta.Count(); ok {
		g.Resources = make([]ResourceRef, n)
		for i := range g.Resources {
			g.Resources[i] = ResourceRef{URL: meta.Str(), Line: meta.Int()}
		}
	}
	if n, ok := meta.Count(); ok {
		g.Links = make([]Link, n)
		for i := range g.Links {
			g.Links[i] = Link{URL: meta.Str(), Text: meta.Str(), Line: meta.Int()}
		}
	}
	if n, ok := meta.Count(); ok {
		g.Refs = make([]ServiceUse, n)
		for i := range g.Refs {
			g.Refs[i] = ServiceUse{Kind: meta.Str(), Service: meta.Str(), Contact: meta.Str(), Sentence: meta.Str(), Line: meta.Int(), Resolved: meta.Bool()}
		}
	}
	if n, ok := meta.Count(); ok {
		g.FieldLines = make(map[string]int, n)
		for range n {
			k := meta.Str()
			g.FieldLines[k] = meta.Int()
		}
	}
	g.packed = meta.Str()
	g.packedLen = meta.Int()
	if !meta.Done() || (!hasText && end != len(data)) {
		*g = Guide{}
		return errBinary
	}
	if hasText {
		g.packedText = append(make([]byte, 0, len(data)-end), data[end:]...)
	}
	return nil
}

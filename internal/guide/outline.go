package guide

import "crypto/sha256"

// OutlineSum is a sum of everything in g but its body: its front matter
// as read, without the sections, the Additional Resources, the links
// and references written in its text, or where its fields stood. Other
// guides' pages read a guide only through these (its title, situation,
// address, related guides), so a page whose own guide and every guide's
// outline are unchanged is unchanged too (see web.Ledger). A field added
// to Guide counts as outline until it is cleared here.
func (g *Guide) OutlineSum() [32]byte {
	o := *g
	o.Sections = [numSections]Section{}
	o.Resources, o.Links, o.Refs, o.FieldLines = nil, nil, nil, nil
	o.packed, o.packedLen, o.packedText = "", 0, nil
	b, err := o.MarshalBinary()
	if err != nil {
		// The form of a guide with no sections cannot fail; were it to,
		// a sum no guide has makes every page be written again.
		return sha256.Sum256([]byte(err.Error()))
	}
	return sha256.Sum256(b)
}

package library

import (
	"strings"
	"testing"

	"firststeps/content"
	"firststeps/internal/guide"
)

// A law line reads, in a guide's plain text (what search indexes), as its
// own country's label: a US guide's {{law:blackmail}} is "Extortion
// (blackmail)", which US readers search for, not the UK's "Blackmail".
func TestLawTextInOwnCountry(t *testing.T) {
	lib, probs := Load(content.FS(), Options{})
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	labels := map[string]string{} // jurisdiction/id → label
	for _, tp := range lib.Laws {
		labels[tp.Jurisdiction+"/"+tp.ID] = tp.Label
	}
	checked := 0
	for _, g := range lib.Guides {
		src := ""
		for k := range g.Sections {
			src += g.Sections[k].Text + "\n"
		}
		for _, tp := range lib.Laws {
			if tp.Jurisdiction != g.Jurisdiction {
				continue
			}
			other := labels[otherCountry(g.Jurisdiction)+"/"+tp.ID]
			if other == "" || other == tp.Label || strings.Contains(tp.Label, other) {
				continue
			}
			md := markdown(t, g)
			if !strings.Contains(md, "{{law:"+tp.ID+"}}") {
				continue
			}
			checked++
			if !strings.Contains(src, tp.Label) {
				t.Errorf("%s: {{law:%s}} does not read as its own label %q", g.File, tp.ID, tp.Label)
			}
			// The other label may be words the guide uses itself; it
			// must not appear more often than the guide writes it.
			if strings.Count(src, other) > strings.Count(md, other) {
				t.Errorf("%s: {{law:%s}} reads as the other country's label %q", g.File, tp.ID, other)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no guide uses a law whose label differs between countries")
	}
}

func otherCountry(j string) string {
	if j == "uk" {
		return "us"
	}
	return "uk"
}

// markdown returns g's file as written.
func markdown(t *testing.T, g *guide.Guide) string {
	src, err := readLimited(content.FS(), g.File, MaxMarkdownSize)
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

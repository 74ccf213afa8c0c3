package guide_test

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"firststeps/internal/date"
	"firststeps/internal/guide"
)

// realGuides parses every guide of the content as the server (HTML
// packed), the static build (HTML kept) and lint (no HTML) do.
func realGuides(t testing.TB) []*guide.Guide {
	files, _ := filepath.Glob("../../content/guides/*/*.md")
	if len(files) < 2 {
		t.Fatal("no guides found under content/guides")
	}
	var out []*guide.Guide
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := "guides/" + filepath.Base(filepath.Dir(p)) + "/" + filepath.Base(p)
		for _, opt := range []guide.Options{{PackHTML: true}, {}, {NoHTML: true}} {
			opt.Resolver, opt.Today = refs{}, date.New(2026, 11, 21)
			g, _ := guide.Parse(name, src, opt)
			if g == nil {
				t.Fatalf("%s: not parsed", name)
			}
			out = append(out, g)
		}
	}
	return out
}

// TestGuideBinaryRoundTrip checks that every real guide, however it was
// loaded, reads back from its binary form exactly equal, its packed HTML
// included, directly and through gob as the parse cache keeps it; and
// that a guide read back forgets nothing of the bytes it was read from.
func TestGuideBinaryRoundTrip(t *testing.T) {
	for _, g := range realGuides(t) {
		b, err := g.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back guide.Guide
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatalf("%s: %v", g.File, err)
		}
		if !sameGuide(&back, g) {
			t.Fatalf("%s: read back differs:\n got %+v\nwant %+v", g.File, back, *g)
		}
		if back.SectionsHTML() != g.SectionsHTML() {
			t.Errorf("%s: sections' HTML read back differs", g.File)
		}
		// The bytes may be reused once read: the guide must not change.
		for i := range b {
			b[i] = 0
		}
		if !sameGuide(&back, g) {
			t.Fatalf("%s: the guide read back changed with the bytes it was read from", g.File)
		}
		// Written again from its packed text, it reads back the same.
		again, err := back.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var twice guide.Guide
		if err := twice.UnmarshalBinary(again); err != nil || !reflect.DeepEqual(twice, back) {
			t.Fatalf("%s: written again, reads back differently (%v)", g.File, err)
		}

		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(g); err != nil {
			t.Fatal(err)
		}
		var viaGob *guide.Guide
		if err := gob.NewDecoder(&buf).Decode(&viaGob); err != nil {
			t.Fatalf("%s: through gob: %v", g.File, err)
		}
		if !sameGuide(viaGob, g) {
			t.Fatalf("%s: read back through gob differs", g.File)
		}
	}
}

// sameGuide reports whether two guides hold the same, wherever each
// keeps its sections' text.
func sameGuide(a, b *guide.Guide) bool {
	if a.SectionsText() != b.SectionsText() {
		return false
	}
	ac, bc := *a, *b
	ac.ForgetText()
	bc.ForgetText()
	return reflect.DeepEqual(ac, bc)
}

// TestForgetTextOfGuideReadBack checks that a guide read back from its
// binary form forgets its packed text as a parsed one forgets its text,
// and keeps its short answer.
func TestForgetTextOfGuideReadBack(t *testing.T) {
	g := realGuides(t)[0]
	b, _ := g.MarshalBinary()
	var back guide.Guide
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if back.SectionsText()[guide.DoNow] == "" {
		t.Fatal("no text read back")
	}
	back.ForgetText()
	text := back.SectionsText()
	if text[guide.DoNow] != "" || text[guide.ShortAnswer] != g.ShortAnswer() || back.ShortAnswer() == "" {
		t.Errorf("after ForgetText: what to do now %.40q, short answer %.40q; want none, and %.40q", text[guide.DoNow], text[guide.ShortAnswer], g.ShortAnswer())
	}
}

// TestGuideBinaryEveryField fills every exported field of a guide, at
// every depth, with a value no parse gives by chance, so a field added to
// Guide and forgotten by its binary form fails here.
func TestGuideBinaryEveryField(t *testing.T) {
	var g guide.Guide
	n := 0
	fill(reflect.ValueOf(&g).Elem(), &n)
	b, err := g.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back guide.Guide
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !sameGuide(&back, &g) {
		t.Fatalf("read back differs:\n got %+v\nwant %+v", back, g)
	}
}

// fill sets every settable field under v to a distinct non-zero value.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + string(rune('a'+*n%26)) + string(rune('0'+*n%10)))
	case reflect.Int:
		v.SetInt(int64(*n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), n)
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			fill(v.Index(i), n)
		}
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		for range 2 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			fill(k, n)
			fill(e, n)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		if d, ok := v.Addr().Interface().(*date.Date); ok {
			*d = date.New(2020, 1, 1).AddDays(*n)
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	default:
		panic("fill: a field of kind " + v.Kind().String() + ": give the binary form and this test a case for it")
	}
}

// FuzzGuideBinary feeds any bytes to the binary form's reader. It must
// never panic; what it accepts must write back to bytes that read back
// equal.
func FuzzGuideBinary(f *testing.F) {
	// A small guide with every field set: the fuzzer stalls on seeds
	// the size of real guides.
	var g guide.Guide
	n := 0
	fill(reflect.ValueOf(&g).Elem(), &n)
	b, _ := g.MarshalBinary()
	f.Add(b)
	f.Add([]byte{})
	f.Add([]byte{1, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		var g guide.Guide
		if err := g.UnmarshalBinary(b); err != nil {
			if !reflect.DeepEqual(g, guide.Guide{}) {
				t.Fatal("a failed read leaves part of a guide")
			}
			return
		}
		again, err := g.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back guide.Guide
		if err := back.UnmarshalBinary(again); err != nil {
			t.Fatalf("what was read does not read back: %v", err)
		}
		if !sameGuide(&back, &g) {
			t.Fatal("read back differs")
		}
	})
}

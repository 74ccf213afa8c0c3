package guide

// Benchmarks of the package's fast paths beside the plain code they stand
// in for, on the real guides in content/, with tests that the two agree. A
// fast path stays only while it is clearly faster (1.5 times or more) on a
// path that matters; the figures are in the project's research notes
// (shortcuts.md), with those of the shortcuts that did not earn their keep
// and were removed.

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/klauspost/compress/flate"

	"firststeps/internal/strictyaml"
)

type realGuide struct {
	file string
	src  []byte
}

// realGuides reads every guide in content/ and its house style.
func realGuides(tb testing.TB) ([]realGuide, Style) {
	tb.Helper()
	files, err := filepath.Glob("../../content/guides/*/*.md")
	if err != nil || len(files) == 0 {
		tb.Fatal("no guides found", err)
	}
	var out []realGuide
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, realGuide{"guides/" + filepath.Base(filepath.Dir(p)) + "/" + filepath.Base(p), src})
	}
	var st Style
	src, err := os.ReadFile("../../content/style.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	if probs := strictyaml.Decode("style.yaml", src, &st); probs.HasErrors() {
		tb.Fatal(probs)
	}
	return out, st
}

// lintOptions are the options lint parses guides with.
func lintOptions(st Style) Options {
	return Options{Style: st, NoHTML: true, KnownNumber: func(string) bool { return false }}
}

// realSections returns the text of every section of the real guides that
// readability and blame are checked on.
func realSections(tb testing.TB) ([]string, Style) {
	guides, st := realGuides(tb)
	var out []string
	for _, rg := range guides {
		g, _ := Parse(rg.file, rg.src, Options{NoHTML: true})
		for k, s := range g.Sections {
			if k != Resources && s.Text != "" {
				out = append(out, s.Text)
			}
		}
	}
	return out, st
}

// BenchmarkLintGuides is everything lint does to each real guide: the
// whole of what the shortcuts below are a share of.
func BenchmarkLintGuides(b *testing.B) {
	guides, st := realGuides(b)
	b.ReportAllocs()
	for b.Loop() {
		opt := lintOptions(st)
		for _, rg := range guides {
			Parse(rg.file, rg.src, opt)
		}
	}
}

// BenchmarkReadability scores every section of the real guides for
// readability, as lint does.
func BenchmarkReadability(b *testing.B) {
	sections, _ := realSections(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sections {
			readingEaseWords(s)
		}
	}
}

// BenchmarkFrontMatter reads the front matter of every real guide with the
// quick reader and with the strict YAML decoder it falls back on.
func BenchmarkFrontMatter(b *testing.B) {
	fms := realFrontMatter(b)
	b.Run("quick", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, fm := range fms {
				if _, ok := quickFrontMatter(fm, 1); !ok {
					b.Fatal("the quick reader handed a real guide on")
				}
			}
		}
	})
	b.Run("strict", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, fm := range fms {
				var meta frontMatter
				strictyaml.DecodeAt("f.md", 1, fm, &meta)
			}
		}
	})
}

// digitLines returns the lines of the real guides that hold a run of
// digits: the lines blankSpans is run on.
func digitLines(tb testing.TB) [][]byte {
	guides, _ := realGuides(tb)
	var lines [][]byte
	for _, rg := range guides {
		_, body, _, _ := splitFrontMatter(rg.src)
		for l := range bytes.Lines(body) {
			if hasDigitRun(l) {
				lines = append(lines, bytes.TrimSuffix(l, []byte("\n")))
			}
		}
	}
	return lines
}

// TestBlankSpansAgreesOnGuides: the scanner blanks every line of the real
// guides that holds digits as the regular expression does.
func TestBlankSpansAgreesOnGuides(t *testing.T) {
	for _, l := range digitLines(t) {
		if got, want := blankSpans(l), spansRE.ReplaceAll(l, []byte(" ")); !bytes.Equal(got, want) {
			t.Fatalf("%q: the scanner gives %q, the expression %q", l, got, want)
		}
	}
}

// BenchmarkBlankSpans blanks the links, references and addresses of every
// line of the real guides that holds a run of digits, with the scanner and
// with the regular expression it stands for.
func BenchmarkBlankSpans(b *testing.B) {
	lines := digitLines(b)
	b.Logf("%d lines with digits", len(lines))
	space := []byte(" ")
	b.Run("scanner", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range lines {
				blankSpans(l)
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range lines {
				spansRE.ReplaceAll(l, space)
			}
		}
	})
}

// packedTexts packs the plain text of every real guide as a cache keeps it.
func packedTexts(tb testing.TB) [][]byte {
	guides, style := realGuides(tb)
	var out [][]byte
	for _, rg := range guides {
		g, _ := Parse(rg.file, rg.src, Options{Style: style})
		if g == nil {
			tb.Fatalf("%s does not parse", rg.file)
		}
		out = append(out, packText(g.Sections))
	}
	return out
}

// TestUnpackerAgrees: a kept unpacker, used again and again, gives what a
// new decompressor gives.
func TestUnpackerAgrees(t *testing.T) {
	u := &unpacker{}
	for _, p := range packedTexts(t) {
		got, ok := u.unpack(bytes.NewReader(p))
		want, err := io.ReadAll(flate.NewReader(bytes.NewReader(p)))
		if !ok || err != nil || !bytes.Equal(got, want) {
			t.Fatalf("the kept unpacker gives %d bytes (%v), a new one %d (%v)", len(got), ok, len(want), err)
		}
	}
}

// BenchmarkUnpack unpacks every real guide's text with a kept unpacker
// and with a new decompressor each time.
func BenchmarkUnpack(b *testing.B) {
	packed := packedTexts(b)
	b.Run("kept", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range packed {
				u := unpackers.Get().(*unpacker)
				u.unpack(bytes.NewReader(p))
				unpackers.Put(u)
			}
		}
	})
	b.Run("new", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range packed {
				if _, err := io.ReadAll(flate.NewReader(bytes.NewReader(p))); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

package guide_test

import (
	"bytes"
	"os"
	"testing"

	"firststeps/internal/date"
	"firststeps/internal/guide"
)

// TestOutlineSum: a guide's outline sum is the same whatever its body
// says and however it was loaded, and changes with its front matter.
func TestOutlineSum(t *testing.T) {
	src, err := os.ReadFile("../../content/guides/uk/cyberflashing.md")
	if err != nil {
		t.Fatal(err)
	}
	sum := func(src []byte, opt guide.Options) [32]byte {
		t.Helper()
		opt.Resolver, opt.Today = refs{}, date.New(2026, 11, 21)
		g, _ := guide.Parse("guides/uk/cyberflashing.md", src, opt)
		if g == nil {
			t.Fatal("not parsed")
		}
		return g.OutlineSum()
	}
	want := sum(src, guide.Options{})
	if sum(src, guide.Options{PackHTML: true}) != want || sum(src, guide.Options{NoHTML: true}) != want {
		t.Error("the outline sum depends on how the guide was loaded")
	}
	body := bytes.Replace(src, []byte("## What can wait\n\n- "), []byte("## What can wait\n\n- Nothing needs doing tonight.\n- "), 1)
	if bytes.Equal(body, src) {
		t.Fatal("the body edit did nothing")
	}
	if sum(body, guide.Options{}) != want {
		t.Error("an edit to the body changed the outline sum")
	}
	front := bytes.Replace(src, []byte(": first steps (UK)"), []byte(": first steps to take (UK)"), 1)
	if bytes.Equal(front, src) {
		t.Fatal("the front-matter edit did nothing")
	}
	if sum(front, guide.Options{}) == want {
		t.Error("an edit to the page title left the outline sum as it was")
	}
}

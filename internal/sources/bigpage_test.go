package sources

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// bigPage builds a page of about size bytes of one shape.
func bigPage(shape string, size int) []byte {
	var b strings.Builder
	b.WriteString(`<!doctype html><html><head><title>Big</title></head><body><main><h1>Big page</h1>`)
	for i := 0; b.Len() < size; i++ {
		switch shape {
		case "paragraphs":
			fmt.Fprintf(&b, "<p>Paragraph %d says to call 0800 111 %04d if you need help with something that happened online.</p>\n", i, i%10000)
		case "links":
			fmt.Fprintf(&b, `<p><a href="/l%d">link %d</a> <a href="/m%d">more %d</a></p>`+"\n", i, i, i, i)
		case "table":
			fmt.Fprintf(&b, "<table><tr><td>Row %d</td><td>0800 111 %04d</td><td>Mon to Fri</td></tr></table>\n", i, i%10000)
		case "divs":
			fmt.Fprintf(&b, "<div><div><div><span>cell %d</span></div></div></div>\n", i)
		case "nested":
			b.WriteString(strings.Repeat("<div>", 400) + fmt.Sprintf("text %d", i) + strings.Repeat("</div>", 400) + "\n")
		}
	}
	b.WriteString("</main></body></html>")
	return []byte(b.String())
}

// BenchmarkExtractLarge measures extraction of 5 MiB pages of several
// shapes: the size cap's worst case.
//
//	go test ./internal/sources -run '^$' -bench ExtractLarge -benchtime 1x -benchmem
func BenchmarkExtractLarge(b *testing.B) {
	u, _ := url.Parse("https://big.test/")
	for _, shape := range strings.Fields("paragraphs links table divs nested") {
		page := bigPage(shape, 5<<20)
		b.Run(shape, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				if _, err := ExtractHTML(page, "text/html", u, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLargePageText checks a page too big for go-trafilatura still yields
// its main text, and no page chrome.
func TestLargePageText(t *testing.T) {
	page := strings.Replace(string(bigPage("paragraphs", 2<<20)), "<main>", `<nav><a href="/">Home</a> Navigation-marker</nav><main>`, 1)
	u, _ := url.Parse("https://big.test/")
	p, err := ExtractHTML([]byte(page), "text/html", u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Paragraph 7 says to call 0800 111 0007", "Paragraph 20000 says"} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("the text lacks %q", want)
		}
	}
	if strings.Contains(p.Text, "Navigation-marker") || p.Title != "Big" {
		t.Errorf("title %q; navigation kept: %v", p.Title, strings.Contains(p.Text, "Navigation-marker"))
	}
}

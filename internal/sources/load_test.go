package sources

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"firststeps/internal/sources/sourcestest"
)

// loadPage returns a page of about 14 KB, shaped like the pages guides
// cite: a cookie banner, a long navigation, a footer, and twenty
// paragraphs of main text with a phone number and opening hours.
func loadPage(host, path string, r *rand.Rand) string {
	words := strings.Fields("report police helpline support advice victim online images threat money call free open " +
		"monday friday evidence screenshot block account platform remove contact service confidential young people adults")
	para := func() string {
		w := make([]string, 40+r.IntN(30))
		for i := range w {
			w[i] = words[r.IntN(len(words))]
		}
		return strings.ToUpper(w[0][:1]) + strings.Join(w, " ")[1:] + "."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s %s</title></head><body>\n", host, path)
	b.WriteString(`<div id="cookie-banner"><p>` + strings.Repeat("We use cookies to improve your experience. ", 20) + `</p><button>Accept</button></div>`)
	b.WriteString("<header><nav><ul>")
	for i := range 60 {
		fmt.Fprintf(&b, `<li><a href="/section-%d">Section %d of the site</a></li>`, i, i)
	}
	b.WriteString("</ul></nav></header><main><h1>" + path + "</h1>\n")
	for i := range 20 {
		if i == 3 {
			fmt.Fprintf(&b, "<p>Call us on 0800 %03d %04d, Monday to Friday, 9am to 5pm.</p>\n", r.IntN(1000), r.IntN(10000))
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", para())
	}
	b.WriteString("</main><footer>")
	for i := range 30 {
		fmt.Fprintf(&b, `<a href="/legal-%d">Legal page %d</a> `, i, i)
	}
	b.WriteString("<p>© 2026</p></footer></body></html>")
	return b.String()
}

// TestLoad2000 checks 2,000 URLs on 100 local hosts with the real clock
// and the default two-second gap, twice (the second run is all conditional
// GETs), and logs wall time, requests per host per second and memory. It
// takes about 90 s, so it runs only when asked:
//
//	FIRSTSTEPS_SOURCES_LOAD=1 go test ./internal/sources/ -run TestLoad2000 -v
func TestLoad2000(t *testing.T) {
	if os.Getenv("FIRSTSTEPS_SOURCES_LOAD") == "" {
		t.Skip("set FIRSTSTEPS_SOURCES_LOAD=1 to run the 2,000-URL load test")
	}
	const hosts, perHost = 100, 20
	srv := sourcestest.New(t, nil)
	r := rand.New(rand.NewPCG(7, 7))
	var targets []Target
	pageBytes := 0
	for h := range hosts {
		host := fmt.Sprintf("host%03d.test", h)
		srv.Site(host).HandleFunc("/robots.txt", func(rw http.ResponseWriter, r *http.Request) {
			fmt.Fprint(rw, "User-agent: *\nDisallow: /private/\n")
		})
		for p := range perHost {
			path := fmt.Sprintf("/advice/page-%02d", p)
			html := loadPage(host, path, r)
			pageBytes += len(html)
			etag := fmt.Sprintf(`"%s-%02d"`, host, p)
			srv.Site(host).HandleFunc(path, func(rw http.ResponseWriter, r *http.Request) {
				if r.Header.Get("If-None-Match") == etag {
					rw.WriteHeader(http.StatusNotModified)
					return
				}
				rw.Header().Set("ETag", etag)
				rw.Header().Set("Content-Type", "text/html; charset=utf-8")
				fmt.Fprint(rw, html)
			})
			targets = append(targets, Target{ID: fmt.Sprintf("h%03d-p%02d", h, p), URL: "https://" + host + path})
		}
	}
	t.Logf("%d URLs on %d hosts; pages average %d bytes", len(targets), hosts, pageBytes/len(targets))

	dir := t.TempDir()
	for run := 1; run <= 2; run++ {
		c, err := New(Config{
			Fetch:     FetchConfig{Contact: "load@firststeps.test", Dial: srv.Dial, RootCAs: srv.Pool()},
			Snapshots: dir, Today: today,
		})
		if err != nil {
			t.Fatal(err)
		}
		hitsBefore := len(srv.AllHits())
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		res, err := c.Check(context.Background(), targets)
		wall := time.Since(start)
		c.Close()
		if err != nil {
			t.Fatal(err)
		}
		var after runtime.MemStats
		runtime.ReadMemStats(&after)

		classes := map[Class]int{}
		for _, r := range res {
			classes[r.Class]++
		}
		want := ClassOK
		if run == 2 {
			want = ClassNotModified
		}
		if classes[want] != len(targets) {
			t.Errorf("run %d: classes %v, want all %s", run, classes, want)
		}

		// Per host: the shortest gap between two requests, and the rate
		// over the host's busy span.
		byHost := map[string][]time.Time{}
		for _, h := range srv.AllHits()[hitsBefore:] {
			byHost[h.Host] = append(byHost[h.Host], h.At)
		}
		minGap, maxRate := time.Hour, 0.0
		for _, at := range byHost {
			for i := 1; i < len(at); i++ {
				minGap = min(minGap, at[i].Sub(at[i-1]))
			}
			if span := at[len(at)-1].Sub(at[0]).Seconds(); span > 0 {
				maxRate = max(maxRate, float64(len(at)-1)/span)
			}
		}
		if minGap < 2*time.Second-10*time.Millisecond {
			t.Errorf("run %d: two requests to one host %v apart, want at least 2s", run, minGap)
		}
		t.Logf("run %d: %d requests in %v (%.1f URLs/s overall); per host: shortest gap %v, highest rate %.3f req/s; "+
			"allocated %d MB, heap in use %d MB, runtime memory %d MB, %d goroutines after",
			run, len(srv.AllHits())-hitsBefore, wall.Round(10*time.Millisecond), float64(len(targets))/wall.Seconds(),
			minGap.Round(time.Millisecond), maxRate, (after.TotalAlloc-before.TotalAlloc)>>20, after.HeapInuse>>20,
			after.Sys>>20, runtime.NumGoroutine())
	}
}

// BenchmarkExtract measures extraction and normalisation of one ~14 KB
// page, the checker's main CPU cost.
func BenchmarkExtract(b *testing.B) {
	page := []byte(loadPage("bench.test", "/advice", rand.New(rand.NewPCG(1, 1))))
	u, _ := url.Parse("https://bench.test/advice")
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		p, err := ExtractHTML(page, "text/html; charset=utf-8", u, nil)
		if err != nil {
			b.Fatal(err)
		}
		Normalize(p.Text)
	}
}

// BenchmarkCompare measures a change summary of two versions of a page.
func BenchmarkCompare(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	u, _ := url.Parse("https://bench.test/advice")
	p1, _ := ExtractHTML([]byte(loadPage("bench.test", "/advice", r)), "text/html", u, nil)
	old := Normalize(p1.Text)
	new := strings.Replace(old, "Monday", "Tuesday", 1) + "\nA new paragraph at the end.\n"
	for b.Loop() {
		Compare(old, new)
	}
}

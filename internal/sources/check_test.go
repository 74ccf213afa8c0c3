package sources

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// cookiePage has a cookie banner longer than its content, and the usual
// header, navigation and footer.
const cookiePage = `<!doctype html><html lang="en"><head><title>Report a stalker | Example Police</title></head><body>
<div class="cookie-notice" role="dialog">
<h2>We use cookies on this website</h2>
<p>We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the website, remember your settings and improve our services.</p>
<p>We also use cookies set by other sites to help us deliver content from their services. You can change your cookie settings at any time by visiting our cookie policy page, where you can also read about each cookie we set and how long it lasts.</p>
<p>Analytics cookies help us count visits and traffic sources so we can measure and improve the performance of our site. They help us know which pages are the most and least popular and see how visitors move around the site.</p>
<p>Marketing cookies may be set through our site by our advertising partners. They may be used by those companies to build a profile of your interests and show you relevant adverts on other sites.</p>
<button>Accept additional cookies</button> <button>Reject additional cookies</button> <a href="/cookies">View cookies</a>
</div>
<header class="site-header"><a href="/">Example Police</a> <a href="/report">Report</a> <a href="/contact">Contact us</a></header>
<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/advice">Advice</a></li></ol></nav>
<main id="content">
<h1>Report a stalker</h1>
<p>Stalking is a crime. If you are in danger now, call 999.</p>
<p>To report stalking that has already happened, call 101 or use the online form. The National Stalking Helpline is open on weekdays from 9.30am to 4pm on 0808 802 0300.</p>
<p>Keep a diary of every incident, with dates, times and what happened. Save messages, voicemails and screenshots.</p>
<p>Last updated: 1 March 2026</p>
</main>
<footer class="site-footer"><p>Follow us. Accessibility. Privacy notice.</p><p>© 2026 Example Police</p></footer>
</body></html>`

func TestCookieBannerSnapshot(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.Page("police.test", "/stalking", cookiePage)
	dir := t.TempDir()
	res, err := w.checker(dir, nil).Check(context.Background(), []Target{{ID: "report-stalking", URL: "https://police.test/stalking"}})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Class != ClassOK || !res[0].Baseline {
		t.Fatalf("result %+v, want ok and a baseline", res[0])
	}
	text := readFile(t, dir, "report-stalking", TextFile)
	for _, want := range []string{"Stalking is a crime.", "0808 802 0300", "Keep a diary"} {
		if !strings.Contains(text, want) {
			t.Errorf("snapshot lacks %q", want)
		}
	}
	for _, banned := range []string{"cookie", "Cookie", "Accept additional", "Privacy notice", "Last updated", "©"} {
		if strings.Contains(text, banned) {
			t.Errorf("snapshot holds page chrome %q", banned)
		}
	}
	golden(t, "cookie-page/text.txt.golden", []byte(text))
	golden(t, "cookie-page/meta.json.golden", []byte(readFile(t, dir, "report-stalking", MetaFile)))
	if v := readFile(t, dir, "report-stalking", VerifiedFile); v != text {
		t.Errorf("verified.txt differs from text.txt after the baseline")
	}
}

func TestExtraSelectors(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.Page("police.test", "/page", strings.Replace(article("Advice", "Advice for victims."),
		"<p>Keep screenshots", `<p class="promo">Donate to our appeal today.</p><p>Keep screenshots`, 1))
	dir := t.TempDir()
	c := w.checker(dir, nil)
	if _, err := c.Check(context.Background(), []Target{{ID: "page", URL: "https://police.test/page", Selectors: []string{".promo"}}}); err != nil {
		t.Fatal(err)
	}
	if text := readFile(t, dir, "page", TextFile); strings.Contains(text, "Donate") || !strings.Contains(text, "Keep screenshots") {
		t.Errorf("per-resource selector not applied:\n%s", text)
	}
	if _, err := c.Check(context.Background(), []Target{{ID: "page", URL: "https://police.test/page", Selectors: []string{"p["}}}); err == nil {
		t.Error("a broken selector was accepted")
	}
}

// changingPage serves a page whose text a test can change between runs,
// and 404 while the text is empty.
type changingPage struct {
	mu   sync.Mutex
	html string
}

func (p *changingPage) set(html string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.html = html
}

func (p *changingPage) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.html == "" {
		http.NotFound(rw, r)
		return
	}
	if to, ok := strings.CutPrefix(p.html, "REDIRECT "); ok {
		http.Redirect(rw, r, to, http.StatusFound)
		return
	}
	rw.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(rw, p.html)
}

func helplinePage(stamp, closes, phone string) string {
	page := article("Fraud helpline", "Call the fraud helpline on "+phone+", Monday to Friday, 8am to 8pm. The consultation on opening hours closes on "+closes+".")
	return strings.Replace(page, "</article>", "<p>Last updated: "+stamp+"</p></article>", 1)
}

// TestChangeDetection walks one page through the changes editors care
// about, a day apart: a new page stamp (no change at all), a new date in
// the text (trivial), a new phone number (high), and an editor's ack.
func TestChangeDetection(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	page := &changingPage{}
	w.Site("fraud.test").Handle("/helpline", page)
	dir := t.TempDir()
	target := Target{ID: "fraud-helpline", URL: "https://fraud.test/helpline"}
	run := func() Result {
		t.Helper()
		res, err := w.checker(dir, nil).Check(context.Background(), []Target{target})
		if err != nil {
			t.Fatal(err)
		}
		w.clock.advance(24 * time.Hour)
		return res[0]
	}

	page.set(helplinePage("1 March 2026", "3 March 2026", "0300 123 2040"))
	if r := run(); !r.Baseline || r.Verified || r.Severity != None {
		t.Errorf("run 1: %+v, want a baseline, not yet verified", r)
	}

	page.set(helplinePage("2 March 2026", "3 March 2026", "0300 123 2040"))
	if r := run(); !r.Verified || r.Change != nil || r.Written {
		t.Errorf("run 2 (new page stamp): %+v, want verified, no change, nothing written", r)
	}

	page.set(helplinePage("3 March 2026", "17 March 2026", "0300 123 2040"))
	r := run()
	if r.Verified || r.Change == nil || !r.Change.Trivial || r.Severity != Low {
		t.Errorf("run 3 (date in text): %+v, want a trivial change of low severity", r)
	}

	page.set(helplinePage("4 March 2026", "17 March 2026", "0300 123 2050"))
	r = run()
	if r.Verified || r.Change == nil || r.Severity != High {
		t.Fatalf("run 4 (new phone number): %+v, want a high-severity change", r)
	}
	want := FactDelta{Added: []Fact{{FactPhone, "03001232050"}}, Removed: []Fact{{FactPhone, "03001232040"}}}
	if diff := cmp.Diff(want, r.Change.Facts); diff != "" {
		t.Errorf("facts delta (-want +got):\n%s", diff)
	}
	golden(t, "change/diff.golden", []byte(strings.Join(r.Change.Diff, "\n")+"\n"))

	snap, err := (Store{Dir: dir}).Acknowledge("fraud-helpline", today.AddDays(4))
	if err != nil {
		t.Fatal(err)
	}
	if snap.Meta.Verified.By != "editor" || snap.Verified != snap.Text {
		t.Errorf("after ack: verified %+v; verified.txt equal to text.txt: %v", snap.Meta.Verified, snap.Verified == snap.Text)
	}
	if r := run(); !r.Verified || r.Severity != None {
		t.Errorf("run 5 (after ack): %+v, want verified", r)
	}
}

// TestBrokenAfterRepeatedFailures: a 404 is a failure the first time and
// broken only on a second run at least FailureSpacing later.
func TestBrokenAfterRepeatedFailures(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	page := &changingPage{}
	page.set(article("Childline", "Childline is free and confidential for anyone under 19."))
	w.Site("childline.test").Handle("/about", page)
	dir := t.TempDir()
	target := Target{ID: "childline-about", URL: "https://childline.test/about"}
	run := func() Result {
		t.Helper()
		res, err := w.checker(dir, nil).Check(context.Background(), []Target{target})
		if err != nil {
			t.Fatal(err)
		}
		return res[0]
	}
	run()
	w.clock.advance(24 * time.Hour)
	page.set("") // 404 from now on

	steps := []struct {
		advance  time.Duration
		failures int
		broken   bool
		severity Severity
	}{
		{0, 1, false, Low},
		{time.Hour, 1, false, Low}, // a re-run the same morning is not a second failure
		{13 * time.Hour, 2, true, High},
	}
	for i, s := range steps {
		w.clock.advance(s.advance)
		r := run()
		if r.Class != ClassGone || r.Failures != s.failures || r.Broken != s.broken || r.Severity != s.severity {
			t.Errorf("step %d: class %s, failures %d, broken %v, severity %s; want gone, %d, %v, %s",
				i, r.Class, r.Failures, r.Broken, r.Severity, s.failures, s.broken, s.severity)
		}
	}
	snap, err := (Store{Dir: dir}).Load("childline-about")
	if err != nil {
		t.Fatal(err)
	}
	if snap.Meta.Failures != 2 || snap.Meta.FirstFailure.IsZero() || !strings.Contains(snap.Text, "Childline is free") {
		t.Errorf("snapshot after failures: %+v; text kept: %v", snap.Meta, strings.Contains(snap.Text, "Childline is free"))
	}
	page.set(article("Childline", "Childline is free and confidential for anyone under 19."))
	if r := run(); r.Class != ClassOK || r.Failures != 0 || !r.Verified {
		t.Errorf("after recovery: %+v, want ok, failures cleared, verified", r)
	}
}

func TestSoft404(t *testing.T) {
	t.Parallel()
	notFound := `<html><head><title>Page not found | Example Trust</title></head><body><main><h1>Sorry, we can't find that page</h1>
<p>The page you were looking for may have moved. Try our home page or search the site for what you need.</p></main></body></html>`
	home := article("Example Trust", "Welcome to the Example Trust. We support people affected by stalking and harassment across the UK.")
	tests := []struct {
		name        string
		setup       func(w *world)
		wantClass   Class
		wantSignals []string
	}{
		{
			name: "not-found page served with 200, same as a random path",
			setup: func(w *world) {
				w.Site("trust.test").HandleFunc("/", func(rw http.ResponseWriter, r *http.Request) {
					rw.Header().Set("Content-Type", "text/html")
					fmt.Fprint(rw, notFound)
				})
			},
			wantClass:   ClassSoft404,
			wantSignals: []string{SignalTitle, SignalProbe},
		},
		{
			name: "redirect to the home page, as for a random path",
			setup: func(w *world) {
				w.Site("trust.test").HandleFunc("/{path...}", func(rw http.ResponseWriter, r *http.Request) {
					if r.URL.Path != "/" {
						http.Redirect(rw, r, "/", http.StatusFound)
						return
					}
					rw.Header().Set("Content-Type", "text/html")
					fmt.Fprint(rw, home)
				})
			},
			wantClass:   ClassSoft404,
			wantSignals: []string{SignalProbe, SignalRoot},
		},
		{
			name: "one signal is not enough",
			setup: func(w *world) {
				w.Site("trust.test").HandleFunc("/appeal", func(rw http.ResponseWriter, r *http.Request) {
					rw.Header().Set("Content-Type", "text/html")
					fmt.Fprint(rw, strings.Replace(home, "<title>Example Trust", "<title>404 appeal: help us reach 404 more families", 1))
				})
			},
			wantClass: ClassOK,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := newWorld(t)
			tt.setup(w)
			r := checkURL(t, w, "https://trust.test/appeal")
			if r.Class != tt.wantClass {
				t.Errorf("class = %s (%s), want %s", r.Class, r.Detail, tt.wantClass)
			}
			if diff := cmp.Diff(tt.wantSignals, r.Signals); diff != "" {
				t.Errorf("signals (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGOVUKContentAPI(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	gov := w.Site("www.gov.uk")
	gov.HandleFunc("/api/content/report-fraud", func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "application/json")
		fmt.Fprint(rw, `{"title":"Report fraud","description":"How to report fraud and cybercrime.","schema_name":"answer",
			"details":{"body":"<p>Report it to Report Fraud on 0300 123 2040.</p><p>It replaced Action Fraud on 4 December 2025.</p>"}}`)
	})
	gov.HandleFunc("/api/content/old-page", func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "application/json")
		fmt.Fprint(rw, `{"schema_name":"redirect","redirects":[{"path":"/old-page","type":"exact","destination":"/new-page"}]}`)
	})
	gov.HandleFunc("/api/content/parts-guide", func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "application/json")
		fmt.Fprint(rw, `{"title":"Guide","schema_name":"guide","details":{"parts":[
			{"title":"Overview","body":"<p>First part.</p>"},{"title":"Eligibility","body":[{"content_type":"text/html","content":"<p>You must be 18 or over.</p>"}]}]}}`)
	})
	w.Page("www.gov.uk", "/bank-holidays", article("Bank holidays", "The next bank holiday in England and Wales is Good Friday."))

	dir := t.TempDir()
	c := w.checker(dir, func(c *Config) { c.GOVUKContentAPI = true })
	res, err := c.Check(context.Background(), []Target{
		{ID: "report-fraud", URL: "https://www.gov.uk/report-fraud"},
		{ID: "old-page", URL: "https://www.gov.uk/old-page"},
		{ID: "parts-guide", URL: "https://www.gov.uk/parts-guide"},
		{ID: "bank-holidays", URL: "https://www.gov.uk/bank-holidays"},
	})
	if err != nil {
		t.Fatal(err)
	}
	type got struct {
		Class  Class
		Via    string
		NewURL string
	}
	var have []got
	for _, r := range res {
		have = append(have, got{r.Class, r.Via, r.NewURL})
	}
	want := []got{
		{ClassOK, viaGOVUKContent, ""},
		{ClassMoved, viaGOVUKContent, "https://www.gov.uk/new-page"},
		{ClassOK, viaGOVUKContent, ""},
		{ClassOK, viaHTML, ""}, // no content item: the HTML page instead
	}
	if diff := cmp.Diff(want, have); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	wantText := "Report fraud\n\nHow to report fraud and cybercrime.\n\nReport it to Report Fraud on 0300 123 2040.\n\nIt replaced Action Fraud on 4 December 2025.\n"
	if diff := cmp.Diff(wantText, readFile(t, dir, "report-fraud", TextFile)); diff != "" {
		t.Errorf("content API text (-want +got):\n%s", diff)
	}
	if text := readFile(t, dir, "parts-guide", TextFile); !strings.Contains(text, "Eligibility\n\nYou must be 18 or over.") {
		t.Errorf("parts not read:\n%s", text)
	}
}

// TestQuietRunWritesNothing: a second run over unchanged pages leaves
// every snapshot file as it was, byte for byte and time for time.
func TestQuietRunWritesNothing(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.Page("police.test", "/a", article("A", "Page A."))
	w.Page("police.test", "/b", article("B", "Page B."))
	dir := t.TempDir()
	targets := []Target{{ID: "a", URL: "https://police.test/a"}, {ID: "b", URL: "https://police.test/b"}}
	if _, err := w.checker(dir, nil).Check(context.Background(), targets); err != nil {
		t.Fatal(err)
	}
	before := snapshotFiles(t, dir)
	w.clock.advance(24 * time.Hour)
	res, err := w.checker(dir, nil).Check(context.Background(), targets)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Written || !r.Verified {
			t.Errorf("%s: written %v, verified %v; want false, true", r.ID, r.Written, r.Verified)
		}
	}
	if diff := cmp.Diff(before, snapshotFiles(t, dir)); diff != "" {
		t.Errorf("snapshot folder changed (-before +after):\n%s", diff)
	}
}

func snapshotFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		st, _ := d.Info()
		rel, _ := filepath.Rel(dir, p)
		out[rel] = fmt.Sprintf("%s %x", st.ModTime(), bytes.Clone(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func readFile(t *testing.T, dir, id, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, id, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

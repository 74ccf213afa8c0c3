package sources

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestReport runs the checker twice over the test library, a day apart,
// with a phone number changed, a page moved, a page gone on both runs and a
// date changed, and compares the editors' report with golden files.
func TestReport(t *testing.T) {
	t.Parallel()
	lib := testLibrary(t)
	w := newWorld(t)
	contact := &changingPage{}
	contact.set(article("Contact the police", "Call 0800 123 4567 to reach the contact centre."))
	w.Site("www.police.test").Handle("/contact", contact)
	var moved atomic.Bool
	w.Site("www.police.test").HandleFunc("/advice", func(rw http.ResponseWriter, r *http.Request) {
		if moved.Load() {
			http.Redirect(rw, r, "/advice/", http.StatusMovedPermanently)
			return
		}
		rw.Header().Set("Content-Type", "text/html")
		fmt.Fprint(rw, article("Advice", "Advice about crimes and what happens next."))
	})
	w.Page("www.police.test", "/advice/", article("Advice", "Advice about crimes and what happens next."))
	w.Site("www.childline.test").HandleFunc("/about", status(404))
	samaritans := &changingPage{}
	samaritans.set(article("About Samaritans", "Our annual review was published on 12 January 2026."))
	w.Site("www.samaritans.test").Handle("/about", samaritans)

	dir := t.TempDir()
	run := func() *Report {
		t.Helper()
		res, err := w.checker(dir, nil).Check(context.Background(), targetsOf(lib))
		if err != nil {
			t.Fatal(err)
		}
		// The fake clock's time depends on how the hosts' waits
		// interleave, so the report gets a fixed time.
		return BuildReport(lib, res, epoch.Add(24*time.Hour))
	}
	first := run()
	if first.NeedsAttention() {
		t.Errorf("first run needs attention; a first failure and baselines should not:\n%+v", first)
	}
	w.clock.advance(24 * time.Hour)
	contact.set(article("Contact the police", "Call 0800 123 4568 to reach the contact centre."))
	samaritans.set(article("About Samaritans", "Our annual review was published on 19 January 2026."))
	moved.Store(true)
	rep := run()

	if !rep.NeedsAttention() {
		t.Error("second run does not need attention")
	}
	if diff := cmp.Diff([]string{"uk/valid"}, rep.NeedsReview); diff != "" {
		t.Errorf("needs review (-want +got):\n%s", diff)
	}
	var md, js bytes.Buffer
	if err := rep.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	golden(t, "report/report.md.golden", md.Bytes())
	golden(t, "report/report.json.golden", js.Bytes())
	var back Report
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatalf("the JSON report does not read back: %v", err)
	}
	if !strings.Contains(md.String(), "phone −08001234567 +08001234568") {
		t.Errorf("the Markdown report lacks the phone delta:\n%s", md.String())
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/sources/sourcestest"
)

// sourcesContent writes the library's small test content to a folder, its
// hosts renamed onto ones the test server serves.
func sourcesContent(t *testing.T) string {
	t.Helper()
	hosts := strings.NewReplacer("police.uk", "police.test", "childline.org.uk", "childline.test", "samaritans.org", "samaritans.test")
	base := os.DirFS(filepath.Join("..", "..", "internal", "library", "testdata", "base"))
	dir := t.TempDir()
	err := fs.WalkDir(base, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := fs.ReadFile(base, p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, []byte(hosts.Replace(string(b))), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// varPage is a page whose HTML a test changes between runs.
type varPage struct {
	mu   sync.Mutex
	html string
}

func (p *varPage) set(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.html = s
}

func (p *varPage) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	defer p.mu.Unlock()
	rw.Header().Set("Content-Type", "text/html; charset=utf-8")
	rw.Write([]byte(p.html))
}

func sourcesPage(title, text string) string {
	return `<html><head><title>` + title + `</title></head><body><nav><a href="/">Home</a></nav><main><h1>` + title + `</h1>
<p>` + text + `</p>
<p>If you are in danger now, call 999. If it is not an emergency, call 101 or report it online through your local police force.</p>
<p>Keep screenshots of the messages and the profile, with dates and times, before you block anyone.</p></main>
<footer>© 2026 Example</footer></body></html>`
}

var checkedRE = regexp.MustCompile(`id: ([a-z-]+),.*checked: (\d{4}-\d{2}-\d{2})`)

// checkedDates reads each resource's checked date from resources.yaml.
func checkedDates(t *testing.T, dir string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "resources.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range checkedRE.FindAllStringSubmatch(string(b), -1) {
		out[m[1]] = m[2]
	}
	return out
}

func TestSourcesCheckAndAck(t *testing.T) {
	srv := sourcestest.New(t, nil)
	contact := &varPage{}
	contact.set(sourcesPage("Contact the police", "Call 0800 123 4567 to reach the contact centre."))
	srv.Site("www.police.test").Handle("/contact", contact)
	srv.Page("www.police.test", "/advice", sourcesPage("Advice", "Advice about crimes and what happens next."))
	srv.Page("www.childline.test", "/about", sourcesPage("About Childline", "Childline is free for anyone under 19 on 0800 1111."))
	srv.Page("www.samaritans.test", "/about", sourcesPage("About Samaritans", "Call Samaritans free on 116 123, day or night."))

	content := sourcesContent(t)
	snaps := filepath.Join(t.TempDir(), "snapshots")
	ca := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, srv.CAPEM(), 0o644); err != nil {
		t.Fatal(err)
	}
	jsonOut := filepath.Join(t.TempDir(), "report.json")
	check := func(today string) (int, string, string) {
		t.Helper()
		args := []string{"check", "-content", content, "-snapshots", snaps, "-contact", "editors@firststeps.test",
			"-today", today, "-gap", "1ms", "-ca", ca, "-json", jsonOut}
		for _, h := range []string{"www.police.test", "www.childline.test", "www.samaritans.test"} {
			args = append(args, "-resolve", h+"="+srv.Addr())
		}
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}
	original, err := os.ReadFile(filepath.Join(content, "resources.yaml"))
	if err != nil {
		t.Fatal(err)
	}

	// Run 1: every text becomes its baseline; checked dates stay.
	code, out, errOut := check("2026-03-02")
	if code != exitOK || !strings.Contains(out, "Nothing needs an editor.") || !strings.Contains(out, "4 new baselines") {
		t.Fatalf("run 1: exit %d\n%s\n%s", code, out, errOut)
	}
	if now, _ := os.ReadFile(filepath.Join(content, "resources.yaml")); !bytes.Equal(now, original) {
		t.Error("run 1 changed resources.yaml; a baseline is not a verification")
	}
	for _, id := range []string{"police-contact", "police-advice", "childline-about", "samaritans-about"} {
		for _, f := range []string{"meta.json", "text.txt", "verified.txt"} {
			if _, err := os.Stat(filepath.Join(snaps, id, f)); err != nil {
				t.Errorf("snapshot file missing: %v", err)
			}
		}
	}

	// Run 2: nothing changed, so every checked date moves, and nothing else
	// in resources.yaml does.
	code, out, errOut = check("2026-03-03")
	if code != exitOK {
		t.Fatalf("run 2: exit %d\n%s\n%s", code, out, errOut)
	}
	want := map[string]string{"police-contact": "2026-03-03", "police-advice": "2026-03-03", "childline-about": "2026-03-03", "samaritans-about": "2026-03-03"}
	if diff := cmp.Diff(want, checkedDates(t, content)); diff != "" {
		t.Errorf("run 2: checked dates (-want +got):\n%s", diff)
	}
	now, _ := os.ReadFile(filepath.Join(content, "resources.yaml"))
	if got := strings.ReplaceAll(string(now), "2026-03-03", "2026-01-10"); got != string(original) {
		t.Errorf("run 2 changed more than checked dates:\n%s", now)
	}

	// Run 3: a phone number changed. The guide needs review, the exit
	// status says so, and that resource's checked date stays.
	contact.set(sourcesPage("Contact the police", "Call 0800 123 4568 to reach the contact centre."))
	code, out, errOut = check("2026-03-04")
	if code != exitFail {
		t.Fatalf("run 3: exit %d, want %d\n%s\n%s", code, exitFail, out, errOut)
	}
	for _, s := range []string{"**1 guide needs review:** uk/valid", "phone −08001234567 +08001234568", "[-4567-]{+4568+}"} {
		if !strings.Contains(out, s) {
			t.Errorf("run 3 report lacks %q:\n%s", s, out)
		}
	}
	want = map[string]string{"police-contact": "2026-03-03", "police-advice": "2026-03-04", "childline-about": "2026-03-04", "samaritans-about": "2026-03-04"}
	if diff := cmp.Diff(want, checkedDates(t, content)); diff != "" {
		t.Errorf("run 3: checked dates (-want +got):\n%s", diff)
	}
	var rep struct {
		NeedsReview []string `json:"needs_review"`
	}
	b, err := os.ReadFile(jsonOut)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rep); err != nil || !cmp.Equal(rep.NeedsReview, []string{"uk/valid"}) {
		t.Errorf("JSON report: needs_review %v (%v)", rep.NeedsReview, err)
	}

	// An editor re-verifies the page: ack records it and moves the date.
	var stdout, stderr bytes.Buffer
	code = run(context.Background(), []string{"ack", "-content", content, "-snapshots", snaps, "-today", "2026-03-04", "police-contact"},
		strings.NewReader(""), &stdout, &stderr)
	if code != exitOK || !strings.Contains(stdout.String(), "police-contact: verified sha256:") {
		t.Fatalf("ack: exit %d\n%s\n%s", code, stdout.String(), stderr.String())
	}
	if got := checkedDates(t, content)["police-contact"]; got != "2026-03-04" {
		t.Errorf("after ack, police-contact checked %s, want 2026-03-04", got)
	}
	if code, out, errOut = check("2026-03-05"); code != exitOK {
		t.Errorf("run 4, after ack: exit %d\n%s\n%s", code, out, errOut)
	}
}

func TestSourcesUsage(t *testing.T) {
	t.Parallel()
	content := sourcesContent(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no subcommand", nil, "usage:"},
		{"unknown subcommand", []string{"fetch"}, `unknown subcommand "fetch"`},
		{"no contact", []string{"check", "-content", content, "-contact", ""}, "-contact (or $FIRSTSTEPS_CONTACT) is required"},
		{"gap too short", []string{"check", "-content", content, "-contact", "x@y.test", "-gap", "1s"}, "-gap must be at least 2s"},
		{"unknown id", []string{"check", "-content", content, "-contact", "x@y.test", "-today", "2026-03-02", "-only", "nope"}, `no resource "nope"`},
		{"bad resolve", []string{"check", "-content", content, "-contact", "x@y.test", "-resolve", "a.test"}, `"a.test" is not HOST=ADDR`},
		{"ack unknown id", []string{"ack", "-content", content, "-today", "2026-03-02", "nope"}, `no resource "nope"`},
		{"ack nothing", []string{"ack", "-content", content}, "usage:"},
		{"no content folder", []string{"check", "-content", "", "-contact", "x@y.test"}, "-content must name the content folder"},
		{"ack no content folder", []string{"ack", "-content", "", "police-contact"}, "-content must name the content folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr)
			if code != exitUsage || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr.String(), exitUsage, tt.want)
			}
		})
	}
}

func TestSourcesAckNeedsSnapshot(t *testing.T) {
	t.Parallel()
	content := sourcesContent(t)
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"ack", "-content", content, "-snapshots", t.TempDir(), "-today", "2026-03-02", "police-contact"},
		strings.NewReader(""), &stdout, &stderr)
	if code != exitFail || !strings.Contains(stderr.String(), "no text fetched yet") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

// TestSourcesReportWhenStopped stops a check before it gets anywhere (as
// SIGTERM or the -timeout would): the report is still written, listing
// every resource as not checked.
func TestSourcesReportWhenStopped(t *testing.T) {
	content := sourcesContent(t)
	md := filepath.Join(t.TempDir(), "report.md")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errs bytes.Buffer
	code := run(ctx, []string{"check", "-content", content, "-snapshots", t.TempDir(), "-contact", "editors@example.org", "-md", md}, nil, &out, &errs)
	if code != exitFail {
		t.Errorf("exit %d, want 1: %s", code, errs.String())
	}
	b, err := os.ReadFile(md)
	if err != nil {
		t.Fatalf("no report was written: %v (%s)", err, errs.String())
	}
	if !strings.Contains(string(b), "not-checked") {
		t.Errorf("the report does not list what was not checked:\n%s", b)
	}
}

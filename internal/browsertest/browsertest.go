// Package browsertest drives Debian's headless Chromium for end-to-end
// tests: start a browser, record every request a page makes (or, through a
// recording proxy, every request the browser makes), run axe-core's
// accessibility checks, press keys, take screenshots.
//
// When Chromium or axe-core is not installed, the first test that needs it
// fails with a message saying what to install, and the rest skip: go test,
// listing packages, shows nothing of a package that passes, so a skip alone
// would go unseen. go test -short skips them all, for those who choose to.
// CI installs both.
//
// go test caches a package's result keyed only on the environment variables
// and the files inside the module that its tests read, so the browser is
// watched through symbolic links in testdata/browsers to where Debian
// installs it: installing, upgrading or removing Chromium changes what they
// lead to, and the browser tests run again rather than stay "(cached)".
package browsertest

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// browsers are the names Chromium is installed under.
var browsers = []string{"chromium", "chromium-browser", "google-chrome"}

// chromiumPath finds the browser, or returns "".
func chromiumPath() string {
	watchBrowsers()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range browsers {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// watchBrowsers looks at each link in testdata/browsers (to
// /usr/bin/<name>), so that go test keys its cached result on what they
// lead to: a file outside the module is not watched.
func watchBrowsers() {
	root, err := moduleRoot()
	if err != nil {
		return
	}
	for _, name := range browsers {
		_, _ = os.Stat(filepath.Join(root, "internal", "browsertest", "testdata", "browsers", name))
	}
}

var reported sync.Map // what is missing → whether a test failed for it

// missing stops a test that needs what is not installed: under -short it
// skips; otherwise the first test to need it fails, saying what to install,
// and the others skip.
func missing(t *testing.T, what, install string) {
	t.Helper()
	if testing.Short() {
		t.Skipf("skipped under -short: %s is not installed (%s)", what, install)
	}
	if _, done := reported.LoadOrStore(what, true); done {
		t.Skipf("skipped: %s is not installed (reported by an earlier test)", what)
	}
	t.Fatalf("%s is not installed, so the browser tests cannot run: %s, or run go test -short to skip them", what, install)
}

// Option changes how New starts the browser.
type Option func(*config)

type config struct {
	profile string
	proxy   *Proxy
	timeout time.Duration
}

// Profile makes the browser keep its profile (its user data directory) in
// dir, so a test can look at what the browser stored on disk. Without it
// each browser gets a fresh temporary profile.
func Profile(dir string) Option { return func(c *config) { c.profile = dir } }

// Via sends every request the browser makes, including those to loopback
// addresses and those of workers and service workers, through p.
func Via(p *Proxy) Option { return func(c *config) { c.proxy = p } }

// Timeout gives the test's browser d in all instead of three minutes, for a
// test that loads hundreds of pages and would otherwise run out of time on
// a busy machine.
func Timeout(d time.Duration) Option { return func(c *config) { c.timeout = d } }

// New starts a headless browser for the test and returns a context for a
// tab in it. The browser closes when the test ends.
func New(t *testing.T, options ...Option) context.Context {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		missing(t, "Chromium", "apt-get install chromium, or set CHROMIUM to its path")
	}
	c := config{timeout: 3 * time.Minute}
	for _, o := range options {
		o(&c)
	}
	if c.profile == "" {
		c.profile = t.TempDir()
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(c.profile),
		chromedp.WindowSize(1024, 768),
	)
	if c.proxy != nil {
		// <-loopback> removes Chromium's implicit rule that loopback
		// addresses never use the proxy.
		opts = append(opts, chromedp.ProxyServer(c.proxy.URL()), chromedp.Flag("proxy-bypass-list", "<-loopback>"))
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, c.timeout)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}

// Requests records the URL of every request the tab sends.
type Requests struct {
	mu   sync.Mutex
	urls []string
}

// Record starts recording the tab's requests.
func Record(t *testing.T, ctx context.Context) *Requests {
	t.Helper()
	r := &Requests{}
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			r.mu.Lock()
			r.urls = append(r.urls, e.Request.URL)
			r.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// URLs returns the URLs recorded so far.
func (r *Requests) URLs() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.urls...)
}

// Offsite returns the recorded URLs that do not start with origin (data: and
// blob: URLs stay on the device and are not counted).
func (r *Requests) Offsite(origin string) []string {
	var out []string
	for _, u := range r.URLs() {
		if strings.HasPrefix(u, origin+"/") || u == origin || strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:") || u == "about:blank" {
			continue
		}
		out = append(out, u)
	}
	return out
}

// PressShift presses and releases the Shift key on its own.
func PressShift(ctx context.Context) error {
	for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp} {
		p := input.DispatchKeyEventParams{Type: typ, Key: "Shift", Code: "ShiftLeft", WindowsVirtualKeyCode: 16, NativeVirtualKeyCode: 16}
		if typ == input.DispatchKeyEventTypeKeyDown {
			p.Modifiers = 8
		}
		if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, p); err != nil {
			return err
		}
	}
	return nil
}

// Type types text into the focused element as a person at a keyboard
// does, one key every gap: a capital letter or a shifted symbol is typed
// with Shift held down around it, as its own key press and release, so the
// page sees the same Shift events a real keyboard sends.
func Type(ctx context.Context, text string, gap time.Duration) error {
	shift := func(typ input.DispatchKeyEventType) error {
		p := input.DispatchKeyEventParams{Type: typ, Key: "Shift", Code: "ShiftLeft", WindowsVirtualKeyCode: 16, NativeVirtualKeyCode: 16}
		if typ == input.DispatchKeyEventTypeKeyDown {
			p.Modifiers = 8
		}
		_, err := chromedp.Call(ctx, input.DispatchKeyEvent, p)
		return err
	}
	for _, r := range text {
		keys := kb.Encode(r)
		shifted := len(keys) > 0 && keys[0].Modifiers&8 != 0
		if shifted {
			if err := shift(input.DispatchKeyEventTypeKeyDown); err != nil {
				return err
			}
		}
		for _, k := range keys {
			if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, *k); err != nil {
				return err
			}
		}
		if shifted {
			if err := shift(input.DispatchKeyEventTypeKeyUp); err != nil {
				return err
			}
		}
		select {
		case <-time.After(gap):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// PressTab presses Tab, with Shift when back is true.
func PressTab(ctx context.Context, back bool) error {
	p := input.DispatchKeyEventParams{Key: "Tab", Code: "Tab", WindowsVirtualKeyCode: 9, NativeVirtualKeyCode: 9}
	if back {
		p.Modifiers = 8
	}
	for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp} {
		p.Type = typ
		if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, p); err != nil {
			return err
		}
	}
	return nil
}

// PressKey presses a named key such as "Enter", " " or "ArrowDown".
func PressKey(ctx context.Context, key, code string, vk int64) error {
	p := input.DispatchKeyEventParams{Key: key, Code: code, WindowsVirtualKeyCode: vk, NativeVirtualKeyCode: vk}
	for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeRawKeyDown, input.DispatchKeyEventTypeChar, input.DispatchKeyEventTypeKeyUp} {
		p.Type = typ
		if typ == input.DispatchKeyEventTypeChar {
			if key == "Enter" {
				p.Text = "\r"
			} else if len(key) == 1 {
				p.Text = key
			} else {
				continue
			}
		} else {
			p.Text = ""
		}
		if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, p); err != nil {
			return err
		}
	}
	return nil
}

// Cookies returns the names of every cookie the browser holds.
func Cookies(ctx context.Context) ([]string, error) {
	res, err := chromedp.Call(ctx, network.GetCookies, network.GetCookiesParams{})
	if err != nil {
		return nil, err
	}
	var names []string
	for _, c := range res.Cookies {
		names = append(names, c.Name)
	}
	return names, nil
}

// Violation is one axe-core rule broken on a page.
type Violation struct {
	ID      string   `json:"id"`
	Impact  string   `json:"impact"`
	Help    string   `json:"help"`
	Targets []string `json:"targets"`
}

func (v Violation) String() string {
	return fmt.Sprintf("%s (%s): %s at %s", v.ID, v.Impact, v.Help, strings.Join(v.Targets, ", "))
}

var (
	axeOnce sync.Once
	axeJS   string
	axeErr  error
)

// moduleRoot returns the folder of the go.mod above the test.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the test")
		}
		dir = parent
	}
}

// axeSource reads axe-core from node_modules at the module root.
func axeSource() (string, error) {
	axeOnce.Do(func() {
		dir, err := moduleRoot()
		if err != nil {
			axeErr = err
			return
		}
		b, err := os.ReadFile(filepath.Join(dir, "node_modules", "axe-core", "axe.min.js"))
		axeJS, axeErr = string(b), err
	})
	return axeJS, axeErr
}

// Axe runs axe-core's WCAG 2.2 A and AA rules (and best practices) on the
// page open in ctx and returns the violations.
func Axe(t *testing.T, ctx context.Context) []Violation {
	t.Helper()
	src, err := axeSource()
	if err != nil {
		missing(t, "axe-core", "run npm ci at the repository root")
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](src)); err != nil {
		t.Fatalf("inject axe-core: %v", err)
	}
	const run = `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}})
  .then(r => JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(" "))}))))`
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](run, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("run axe-core: %v", err)
	}
	var vs []Violation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		t.Fatalf("axe-core result: %v", err)
	}
	return vs
}

// Screenshot saves a full-page PNG at the given width to dir/name.png and
// returns the path. dir comes from FIRSTSTEPS_SCREENSHOTS, else a temporary
// folder.
func Screenshot(t *testing.T, ctx context.Context, width int64, name string) string {
	t.Helper()
	dir := os.Getenv("FIRSTSTEPS_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 800)); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

package web_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"firststeps/content"
	"firststeps/internal/browsertest"
	"firststeps/internal/library"
	"firststeps/internal/web"
)

// The browser tests of My record drive one person's whole journey: create
// a record, add entries with files, change one, lock and unlock, make the
// report, keep the page offline, use the quick exit, restore a backup in a
// fresh browser and delete everything. Every request the browsers send
// goes through a recording proxy, and the test checks that none carries
// anything the person wrote or added.

const (
	passphrase = "kettle orbit violet sandal"
	phrase1    = "They said they would post the pictures unless I paid by Friday lighthouse-7731"
	phrase1b   = "They also messaged my sister quartz-9902"
	phrase2    = "A second account asked for money again harbour-4410"
	handle1    = "@nightowl_77"
	handle2    = "night.owl.seventy-seven"
	link1      = "https://social.example/nightowl_77"
	txtMarker  = "Pay 200 by Friday or I send them to everyone MARKER-saved-message-5d1f"
)

// recordSite serves the site with the quick exit pointing at exit, a local
// stand-in for the neutral site.
func recordSite(t *testing.T, exit http.Handler) (siteURL, neutralURL string) {
	t.Helper()
	neutral := httptest.NewServer(exit)
	t.Cleanup(neutral.Close)
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatalf("content: %v", probs)
	}
	s, err := web.New(web.Config{Library: lib, ExitURL: neutral.URL + "/weather"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv.URL, neutral.URL
}

// evidence writes a screenshot (a PNG) and a saved message to a temporary
// folder and returns their paths and bytes.
func evidence(t *testing.T) (pngPath, txtPath string, pngBytes, txtBytes []byte) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 48, 32))
	for y := range 32 {
		for x := range 48 {
			img.Set(x, y, color.RGBA{uint8(x * 5), uint8(y * 7), uint8((x * y) % 251), 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pngPath, txtPath = filepath.Join(dir, "threat-screenshot.png"), filepath.Join(dir, "saved-message.txt")
	pngBytes, txtBytes = b.Bytes(), []byte(txtMarker+"\n")
	for p, data := range map[string][]byte{pngPath: pngBytes, txtPath: txtBytes} {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return pngPath, txtPath, pngBytes, txtBytes
}

func sum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// waitFor polls until the JavaScript expression is true.
func waitFor(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		t.Fatalf("waiting for %s: %v", expr, err)
	}
}

func axeClean(t *testing.T, ctx context.Context, state string) {
	t.Helper()
	for _, v := range browsertest.Axe(t, ctx) {
		t.Errorf("axe, %s: %s", state, v)
	}
}

// pageText is everything the page holds as text or markup, including the
// values of form fields.
func pageText(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `document.documentElement.outerHTML + [...document.querySelectorAll("input, textarea")].map(i => i.value).join("\n")`)
}

func shown(t *testing.T, ctx context.Context, id string) bool {
	t.Helper()
	return eval[bool](t, ctx, fmt.Sprintf(`!!document.getElementById(%q).offsetParent`, id))
}

func unlock(t *testing.T, ctx context.Context, pass string) {
	t.Helper()
	do(t, ctx, chromedp.WaitVisible("#rec-pass"), chromedp.SetValue("#rec-pass", pass), chromedp.Click("#rec-unlock button"))
}

func create(t *testing.T, ctx context.Context) {
	t.Helper()
	do(t, ctx, chromedp.WaitVisible("#rec-new"), chromedp.SetValue("#rec-new", passphrase), chromedp.SetValue("#rec-new2", passphrase),
		chromedp.Click("#rec-create button"), chromedp.WaitVisible("#rec-entry"))
}

// storedBytes returns every key and value in every IndexedDB database of
// the page's origin, as bytes: strings as UTF-8, binary data as it is.
func storedBytes(t *testing.T, ctx context.Context) []byte {
	t.Helper()
	const js = `(async () => {
  const te = new TextEncoder(), parts = [];
  const walk = v => {
    if (v instanceof ArrayBuffer) parts.push(new Uint8Array(v));
    else if (ArrayBuffer.isView(v)) parts.push(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    else if (v && typeof v === "object") for (const k of Object.keys(v)) { parts.push(te.encode(k)); walk(v[k]); }
    else parts.push(te.encode(String(v)));
    parts.push(new Uint8Array([0]));
  };
  const req = r => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  for (const {name} of await indexedDB.databases()) {
    const db = await req(indexedDB.open(name));
    for (const s of db.objectStoreNames) {
      const st = db.transaction(s).objectStore(s);
      walk(await req(st.getAllKeys()));
      walk(await req(st.getAll()));
    }
    db.close();
  }
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { all.set(p, at); at += p.length; }
  return await new Promise(ok => { const r = new FileReader(); r.onload = () => ok(r.result.split(",")[1]); r.readAsDataURL(new Blob([all])); });
})()`
	b, err := base64.StdEncoding.DecodeString(eval[string](t, ctx, js))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// secrets are what the person wrote, added or chose: none may appear in
// storage or in any request.
func secrets(pngBytes []byte) map[string][]byte {
	m := map[string][]byte{"passphrase": []byte(passphrase), "saved message": []byte(txtMarker),
		"screenshot (start)": pngBytes[:48], "screenshot (middle)": pngBytes[len(pngBytes)/2 : len(pngBytes)/2+48],
		"screenshot SHA-256": []byte(sum(pngBytes)), "file name": []byte("threat-screenshot")}
	for _, s := range []string{phrase1, phrase1b, phrase2, handle1, handle2, link1} {
		m[s] = []byte(s)
	}
	for _, s := range []string{"lighthouse-7731", "quartz-9902", "harbour-4410", "nightowl_77"} {
		m["url-encoded "+s] = []byte(url.QueryEscape(s))
	}
	return m
}

func checkNoSecrets(t *testing.T, where string, data []byte, pngBytes []byte) {
	t.Helper()
	for name, s := range secrets(pngBytes) {
		if bytes.Contains(data, s) {
			t.Errorf("%s holds the %s in the clear", where, name)
		}
	}
}

// waitFile waits for a finished download in dir whose name has prefix.
func waitFile(t *testing.T, dir, prefix string) string {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		names, _ := filepath.Glob(filepath.Join(dir, prefix+"*"))
		for _, n := range names {
			if !strings.HasSuffix(n, ".crdownload") {
				return n
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no download %s* in %s", prefix, dir)
	return ""
}

func TestBrowserRecord(t *testing.T) {
	base, neutral := recordSite(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte("<!doctype html><title>Weather</title><p>Sunny spells.</p>"))
	}))
	proxy := browsertest.NewProxy(t)
	profile := t.TempDir()
	ctx := browsertest.New(t, browsertest.Via(proxy), browsertest.Profile(profile))
	tabReqs := browsertest.Record(t, ctx)
	pngPath, txtPath, pngBytes, txtBytes := evidence(t)
	downloads := t.TempDir()
	if err := browsertest.AllowDownloads(ctx, downloads); err != nil {
		t.Fatal(err)
	}

	// A visit installs nothing and stores nothing.
	do(t, ctx, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-setup"))
	if got := eval[string](t, ctx, `(async () => JSON.stringify([await indexedDB.databases(), await caches.keys(), (await navigator.serviceWorker.getRegistrations()).length]))()`); got != `[[],[],0]` {
		t.Errorf("visiting /record stored something: databases, caches, service workers = %s", got)
	}
	axeClean(t, ctx, "start")

	// Creating a record: a short passphrase and a mismatch are refused.
	do(t, ctx, chromedp.SetValue("#rec-new", "short"), chromedp.Click("#rec-create button"), chromedp.WaitVisible("#rec-new-err"))
	do(t, ctx, chromedp.SetValue("#rec-new", passphrase), chromedp.SetValue("#rec-new2", passphrase+"x"), chromedp.Click("#rec-create button"))
	waitFor(t, ctx, `(document.getElementById("rec-new2-err")?.textContent ?? "").includes("do not match")`)
	axeClean(t, ctx, "passphrases do not match")
	create(t, ctx)
	axeClean(t, ctx, "new record")
	if got := eval[string](t, ctx, `document.getElementById("rec-when").value`); !strings.HasPrefix(got, time.Now().Format("2006-01-02")) {
		t.Errorf("the date and time starts as %q, want now", got)
	}

	// The first entry, with a screenshot and a saved message. Each file's
	// SHA-256 is shown as soon as it is added, and matches the file.
	do(t, ctx, chromedp.SetUploadFiles("#rec-files", []string{pngPath, txtPath}))
	waitFor(t, ctx, `document.querySelectorAll("#rec-pending .sha").length === 2`)
	shas := eval[[]string](t, ctx, `[...document.querySelectorAll("#rec-pending .sha")].map(e => e.textContent)`)
	if want := []string{sum(pngBytes), sum(txtBytes)}; strings.Join(shas, " ") != strings.Join(want, " ") {
		t.Errorf("SHA-256 shown = %v, want %v", shas, want)
	}
	pendingText := eval[string](t, ctx, `document.getElementById("rec-pending").innerText`)
	for _, s := range []string{"threat-screenshot.png", fmt.Sprintf("%d bytes, image/png", len(pngBytes)), "saved-message.txt", "text/plain", "Added "} {
		if !strings.Contains(pendingText, s) {
			t.Errorf("the files to save do not show %q:\n%s", s, pendingText)
		}
	}
	axeClean(t, ctx, "files added")
	do(t, ctx, chromedp.SetValue("#rec-when", "2026-11-20T21:15"), chromedp.SetValue("#rec-platform", "Instagram"),
		chromedp.SetValue("#rec-handle", handle1), chromedp.SetValue("#rec-link", link1), chromedp.SetValue("#rec-what", phrase1),
		chromedp.Click("#rec-save"))
	waitFor(t, ctx, `document.querySelectorAll("#rec-list > li").length === 1`)

	// The second entry; then a change to the first, which adds a version.
	do(t, ctx, chromedp.SetValue("#rec-when", "2026-11-21T08:30"), chromedp.SetValue("#rec-platform", "Snapchat"),
		chromedp.SetValue("#rec-handle", handle2), chromedp.SetValue("#rec-what", phrase2), chromedp.Click("#rec-save"))
	waitFor(t, ctx, `document.querySelectorAll("#rec-list > li").length === 2`)
	do(t, ctx, chromedp.Click("#rec-list > li:nth-child(2) > button"))
	waitFor(t, ctx, `document.getElementById("rec-what").value === `+jsString(phrase1))
	do(t, ctx, chromedp.SetValue("#rec-what", phrase1+"\n"+phrase1b), chromedp.Click("#rec-save"))
	waitFor(t, ctx, `document.querySelectorAll("#rec-list details").length === 1`)

	checkTimeline(t, ctx, pngBytes, txtBytes)
	do(t, ctx, chromedp.EmulateViewport(320, 640))
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 320 {
		t.Errorf("the timeline scrolls sideways at 320px: %dpx wide", w)
	}
	do(t, ctx, chromedp.EmulateViewport(1024, 768))
	eval[chromedp.Void](t, ctx, `document.querySelectorAll("details").forEach(d => { d.open = true; })`)
	axeClean(t, ctx, "timeline")

	// Nothing is stored in the clear: not in IndexedDB, nor anywhere in the
	// browser's profile on disk.
	stored := storedBytes(t, ctx)
	if len(stored) < len(pngBytes) {
		t.Fatalf("IndexedDB holds %d bytes, less than the screenshot: the check is not reading it", len(stored))
	}
	checkNoSecrets(t, "IndexedDB", stored, pngBytes)
	checkProfile(t, ctx, profile, pngBytes)

	// The report: oldest first, every detail, and pictures only if ticked.
	checkReport(t, ctx, pngBytes, txtBytes)

	// An encrypted backup file.
	do(t, ctx, chromedp.Click("#rec-backup"))
	backup := waitFile(t, downloads, "my-record-backup-")
	checkBackup(t, backup, pngBytes, txtBytes)

	// Lock, reload, a wrong passphrase, the right one.
	do(t, ctx, chromedp.Click("#rec-lock"), chromedp.WaitVisible("#rec-locked"))
	checkClosed(t, ctx, "after locking")
	do(t, ctx, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-locked"))
	unlock(t, ctx, "kettle orbit violet sandals")
	waitFor(t, ctx, `(document.getElementById("rec-pass-err")?.textContent ?? "").includes("does not open")`)
	if shown(t, ctx, "rec-open") {
		t.Fatal("a wrong passphrase opened the record")
	}
	axeClean(t, ctx, "wrong passphrase")
	unlock(t, ctx, passphrase)
	do(t, ctx, chromedp.WaitVisible("#rec-list > li"))
	if n := eval[int](t, ctx, `document.querySelectorAll("#rec-list > li").length`); n != 2 {
		t.Errorf("after unlocking the timeline has %d entries, want 2", n)
	}

	// It locks itself after a while without use.
	eval[chromedp.Void](t, ctx, `document.getElementById("record").dataset.idle = "1"`)
	do(t, ctx, chromedp.WaitVisible("#rec-locked"))
	checkClosed(t, ctx, "after the idle time")
	if got := eval[string](t, ctx, `document.getElementById("rec-status").textContent`); !strings.Contains(got, "locked itself") {
		t.Errorf("after the idle time the status says %q", got)
	}
	axeClean(t, ctx, "locked")

	// Offline, only when chosen: the page opens from the service worker's
	// copy with no network, and the record opens too.
	do(t, ctx, chromedp.Click("#rec-offline"), chromedp.WaitVisible("#rec-offline-on"))
	if got := eval[string](t, ctx, `(async () => JSON.stringify([(await navigator.serviceWorker.getRegistrations()).map(r => r.scope), (await caches.keys()).length]))()`); got != fmt.Sprintf(`[[%q],1]`, base+"/record") {
		t.Errorf("after choosing offline: scopes, caches = %s", got)
	}
	proxy.SetOffline(true)
	do(t, ctx, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-locked"))
	unlock(t, ctx, passphrase)
	do(t, ctx, chromedp.WaitVisible("#rec-list > li"))
	proxy.SetOffline(false)

	// The quick exit closes the record at once. A listener added now runs
	// just after the record's own, as the page is left, and notes what is
	// still on the page (never the words themselves) for the test to read
	// when it comes back.
	left, _ := json.Marshal([]string{phrase1, phrase2, handle1, link1, "threat-screenshot.png", passphrase})
	eval[chromedp.Void](t, ctx, `addEventListener("firststeps:exit", () => {
  const html = document.documentElement.outerHTML + [...document.querySelectorAll("input, textarea")].map(i => i.value).join("\n");
  sessionStorage.setItem("exit-check", JSON.stringify({hidden: document.getElementById("record").hidden,
    left: `+string(left)+`.map((s, i) => html.includes(s) ? i : -1).filter(i => i >= 0)}));
})`)
	do(t, ctx, chromedp.Click(".exit"))
	waitLocation(t, ctx, neutral)
	do(t, ctx, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-locked"))
	if got := eval[string](t, ctx, `sessionStorage.getItem("exit-check")`); got != `{"hidden":true,"left":[]}` {
		t.Errorf("as the quick exit left the page: %s, want the record hidden and nothing of it left", got)
	}
	eval[chromedp.Void](t, ctx, `sessionStorage.clear()`)

	// A fresh browser, with another profile, restores the backup.
	restore(t, base, proxy, backup, pngBytes, txtBytes)

	// Delete everything: the database, the offline copy and the service
	// worker go.
	do(t, ctx, chromedp.Click("#rec-delete"), chromedp.WaitVisible("#rec-confirm"))
	axeClean(t, ctx, "delete confirmation")
	do(t, ctx, chromedp.Click("#rec-delete-yes"), chromedp.WaitVisible("#rec-setup"))
	waitFor(t, ctx, `document.getElementById("rec-status").textContent.includes("Everything was deleted")`)
	if got := eval[string](t, ctx, `(async () => JSON.stringify([await indexedDB.databases(), await caches.keys(), (await navigator.serviceWorker.getRegistrations()).length]))()`); got != `[[],[],0]` {
		t.Errorf("after deleting everything: databases, caches, service workers = %s", got)
	}
	axeClean(t, ctx, "after deleting")

	checkRequests(t, base, proxy, tabReqs, pngBytes)
	if cookies, err := browsertest.Cookies(ctx); err != nil || len(cookies) > 0 {
		t.Errorf("cookies: %v %v", cookies, err)
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// checkTimeline checks both entries, newest first and then oldest first,
// with the files and the earlier version.
func checkTimeline(t *testing.T, ctx context.Context, pngBytes, txtBytes []byte) {
	t.Helper()
	heads := func() string {
		return eval[string](t, ctx, `[...document.querySelectorAll("#rec-list > li > h3")].map(h => h.textContent).join(" | ")`)
	}
	if got, want := heads(), "21 November 2026 at 08:30, Snapchat | 20 November 2026 at 21:15, Instagram"; got != want {
		t.Errorf("newest first: %q, want %q", got, want)
	}
	do(t, ctx, chromedp.SetValue("#rec-order", "old"), chromedp.Evaluate[chromedp.Void](`document.getElementById("rec-order").dispatchEvent(new Event("change"))`))
	if got, want := heads(), "20 November 2026 at 21:15, Instagram | 21 November 2026 at 08:30, Snapchat"; got != want {
		t.Errorf("oldest first: %q, want %q", got, want)
	}
	first := eval[string](t, ctx, `document.querySelector("#rec-list > li").textContent`)
	for _, s := range []string{phrase1, phrase1b, handle1, link1, "threat-screenshot.png", sum(pngBytes), "saved-message.txt", sum(txtBytes),
		"First recorded", "(version 2)", "Earlier versions (1)", "Version 1, recorded"} {
		if !strings.Contains(first, s) {
			t.Errorf("the first entry lacks %q", s)
		}
	}
	if old := eval[string](t, ctx, `document.querySelector("#rec-list details .version").textContent`); !strings.Contains(old, phrase1) || strings.Contains(old, phrase1b) {
		t.Errorf("the earlier version shows %q, want the words before the change", old)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#rec-list a[href]").length`); n != 0 {
		t.Errorf("the timeline has %d links: links must stay text so they do not open by accident", n)
	}
}

// checkProfile searches every file in the browser's profile for the
// secrets. A plaintext marker stored in a second database first shows that
// the search can see what IndexedDB writes to disk.
func checkProfile(t *testing.T, ctx context.Context, profile string, pngBytes []byte) {
	t.Helper()
	const marker = "CONTROL-plaintext-marker-0c41e9"
	eval[chromedp.Void](t, ctx, `new Promise((ok, fail) => {
  const r = indexedDB.open("control");
  r.onupgradeneeded = () => r.result.createObjectStore("s");
  r.onsuccess = () => { const tx = r.result.transaction("s", "readwrite"); tx.objectStore("s").put("`+marker+`", 1); tx.oncomplete = () => { r.result.close(); ok(); }; };
  r.onerror = () => fail(r.error);
})`)
	deadline := time.Now().Add(15 * time.Second)
	for {
		found, err := browsertest.FilesContaining(profile, []byte(marker))
		if err != nil {
			t.Fatal(err)
		}
		if len(found) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("a plaintext marker stored in IndexedDB never showed up on disk: the profile check cannot work")
		}
		time.Sleep(100 * time.Millisecond)
	}
	for name, s := range secrets(pngBytes) {
		found, err := browsertest.FilesContaining(profile, s)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range found {
			rel, _ := filepath.Rel(profile, f)
			t.Errorf("the browser profile holds the %s in the clear, in %s", name, rel)
		}
	}
	eval[chromedp.Void](t, ctx, `new Promise(ok => { indexedDB.deleteDatabase("control").onsuccess = ok; })`)
}

func checkReport(t *testing.T, ctx context.Context, pngBytes, txtBytes []byte) {
	t.Helper()
	do(t, ctx, chromedp.Click("#rec-make"), chromedp.WaitVisible("#rec-out h2"))
	report := eval[string](t, ctx, `document.getElementById("rec-out").innerText`)
	for _, s := range []string{"Record of incidents", "2 incidents, oldest first",
		"1. 20 November 2026 at 21:15", "Instagram", handle1, link1, phrase1, phrase1b, "threat-screenshot.png", sum(pngBytes), "saved-message.txt", sum(txtBytes),
		"2. 21 November 2026 at 08:30", "Snapchat", handle2, phrase2, "fingerprint of the original file"} {
		if !strings.Contains(report, s) {
			t.Errorf("the report lacks %q", s)
		}
	}
	if strings.Index(report, phrase1) > strings.Index(report, phrase2) {
		t.Error("the report is not oldest first")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#rec-out img").length`); n != 0 {
		t.Errorf("the report has %d pictures before any was ticked", n)
	}
	axeClean(t, ctx, "report")

	// Printed, the report is all there is.
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, `["header.site", "#record", ".top", "footer", "#rec-out", "#rec-out .no-print"].map(s => getComputedStyle(document.querySelector(s)).display === "none" ? "hidden" : "shown").join(" ")`); got != "hidden hidden hidden hidden shown hidden" {
		t.Errorf("printed: header, record, exit bar, footer, report, buttons are %s", got)
	}
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF())
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Errorf("save as PDF: %d bytes, %v", len(pdf), err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}

	// Ticked, the screenshot is in the report, byte for byte.
	do(t, ctx, chromedp.Click("#rec-list input[type=checkbox]"), chromedp.Click("#rec-make"), chromedp.WaitVisible("#rec-out img"))
	src := eval[string](t, ctx, `document.querySelector("#rec-out img").src`)
	data, ok := strings.CutPrefix(src, "data:image/png;base64,")
	if got, _ := base64.StdEncoding.DecodeString(data); !ok || !bytes.Equal(got, pngBytes) {
		t.Errorf("the picture in the report is not the screenshot: %.60s…", src)
	}
}

// checkBackup reads the backup file: its shape, nothing in the clear, and
// nothing that tells entries from files or gives a file's size or how many
// there are of either.
func checkBackup(t *testing.T, path string, pngBytes, txtBytes []byte) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b struct {
		Format  string
		Version int
		Key     struct {
			KDF        string
			Iterations int
			Salt, IV   string
		}
		Head  struct{ IV, CT string }
		Items []struct{ ID, IV, CT string }
	}
	if err := json.Unmarshal(raw, &b); err != nil {
		t.Fatal(err)
	}
	if b.Format != "firststeps-record-backup" || b.Version != 2 || b.Key.KDF != "PBKDF2-SHA-256" || b.Key.Iterations < 600000 || len(b.Items) != 5 || b.Head.CT == "" {
		t.Errorf("backup: format %q version %d kdf %q iterations %d, %d items; want 5 (3 entry versions, 2 files) and a head",
			b.Format, b.Version, b.Key.KDF, b.Key.Iterations, len(b.Items))
	}
	if salt, _ := base64.StdEncoding.DecodeString(b.Key.Salt); len(salt) != 16 {
		t.Errorf("the salt is %d bytes, want 16", len(salt))
	}
	var top map[string]any
	_ = json.Unmarshal(raw, &top)
	for k := range top {
		if k != "format" && k != "version" && k != "made" && k != "key" && k != "head" && k != "items" {
			t.Errorf("the backup has a field %q in the clear", k)
		}
	}
	decoded := bytes.Clone(raw)
	idRE := regexp.MustCompile(`^[0-9a-f]{32}$`)
	for _, r := range b.Items {
		ct, _ := base64.StdEncoding.DecodeString(r.CT)
		decoded = append(decoded, ct...)
		checkPadded(t, "a backup item", r.ID, len(ct), pngBytes, txtBytes)
		if !idRE.MatchString(r.ID) {
			t.Errorf("item id %q says something about the item", r.ID)
		}
	}
	checkNoSecrets(t, "the backup file", decoded, pngBytes)
}

// checkPadded checks that a stored ciphertext's size gives away neither
// the size of a file nor much else: at least 4 KiB, never a file's size
// plus what encryption adds.
func checkPadded(t *testing.T, what, id string, n int, files ...[]byte) {
	t.Helper()
	if n-16 < 4096 {
		t.Errorf("%s %s is %d bytes: not padded to at least 4 KiB", what, id, n)
	}
	for _, f := range files {
		for _, extra := range []int{16, 20, 28, 32} {
			if n == len(f)+extra {
				t.Errorf("%s %s is %d bytes, a file's exact size plus %d", what, id, n, extra)
			}
		}
	}
}

// checkClosed checks that nothing from the record is left on the page.
func checkClosed(t *testing.T, ctx context.Context, when string) {
	t.Helper()
	text := pageText(t, ctx)
	for _, s := range []string{phrase1, phrase2, handle1, link1, "threat-screenshot.png", passphrase} {
		if strings.Contains(text, s) {
			t.Errorf("%s the page still holds %q", when, s)
		}
	}
}

// restore opens a fresh browser, refuses a wrong passphrase for the backup,
// restores it with the right one, finds every entry, and saves a copy of
// the screenshot identical to the original.
func restore(t *testing.T, base string, proxy *browsertest.Proxy, backup string, pngBytes, txtBytes []byte) {
	t.Helper()
	ctx := browsertest.New(t, browsertest.Via(proxy))
	downloads := t.TempDir()
	if err := browsertest.AllowDownloads(ctx, downloads); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-setup"),
		chromedp.SetUploadFiles("#rec-import", []string{backup}), chromedp.SetValue("#rec-import-pass", "not the passphrase"),
		chromedp.Click("#rec-restore button"))
	waitFor(t, ctx, `(document.getElementById("rec-import-pass-err")?.textContent ?? "").includes("does not open")`)
	axeClean(t, ctx, "wrong backup passphrase")
	do(t, ctx, chromedp.SetValue("#rec-import-pass", passphrase), chromedp.Click("#rec-restore button"), chromedp.WaitVisible("#rec-list > li"))
	list := eval[string](t, ctx, `document.getElementById("rec-list").textContent`)
	for _, s := range []string{phrase1, phrase1b, phrase2, handle1, handle2, link1, "Instagram", "Snapchat", "threat-screenshot.png", sum(pngBytes), "saved-message.txt", sum(txtBytes), "Earlier versions (1)"} {
		if !strings.Contains(list, s) {
			t.Errorf("the restored record lacks %q", s)
		}
	}
	eval[chromedp.Void](t, ctx, `[...document.querySelectorAll("#rec-list button")].find(b => b.textContent === "Save a copy of threat-screenshot.png").click()`)
	got, err := os.ReadFile(waitFile(t, downloads, "threat-screenshot"))
	if err != nil || !bytes.Equal(got, pngBytes) {
		t.Errorf("the saved copy of the screenshot differs from the original (%d bytes, %v)", len(got), err)
	}
}

// checkRequests checks every request both browsers sent: the pages and the
// service worker asked only for the site's own files, sent no body and no
// cookie, and nothing carried a secret. Chromium's own background requests
// went to the proxy, which refused them, so they never left the machine.
func checkRequests(t *testing.T, base string, proxy *browsertest.Proxy, tab *browsertest.Requests, pngBytes []byte) {
	t.Helper()
	site, _ := url.Parse(base)
	sawWorker := false
	reqs := proxy.Requests()
	for _, r := range reqs {
		checkNoSecrets(t, "the request "+r.Method+" "+r.URL, r.Dump(), pngBytes)
		u, err := url.Parse(r.URL)
		if err != nil {
			t.Errorf("request to %q: %v", r.URL, err)
			continue
		}
		if r.Refused || r.Dropped {
			if r.Refused && u.Host == site.Host {
				t.Errorf("a request to the site was refused: %s %s", r.Method, r.URL)
			}
			continue // Chromium's own traffic stopped at the proxy, or the test was offline
		}
		if r.Method != http.MethodGet || len(r.Body) > 0 || r.Header.Get("Cookie") != "" {
			t.Errorf("%s %s sent a body of %d bytes or a cookie", r.Method, r.URL, len(r.Body))
		}
		if u.Host != site.Host {
			if u.Path != "/weather" && u.Path != "/favicon.ico" {
				t.Errorf("unexpected request %s", r.URL)
			}
			continue
		}
		ok := u.Path == "/record" || u.Path == "/record-sw.js" || u.Path == "/favicon.ico" || strings.HasPrefix(u.Path, "/static/")
		if !ok || (u.RawQuery != "" && u.RawQuery != "for=under-18") {
			t.Errorf("unexpected request %s", r.URL)
		}
		if u.Path == "/record-sw.js" && r.Header.Get("Service-Worker") == "script" {
			sawWorker = true
		}
	}
	if !sawWorker {
		t.Errorf("the proxy never saw the service worker's script being fetched; it recorded %d requests", len(reqs))
	}
	for _, u := range tab.URLs() {
		checkNoSecrets(t, "the tab's request to "+u, []byte(u), pngBytes)
	}
}

func TestBrowserRecordUnder18(t *testing.T) {
	base, _ := recordSite(t, http.NotFoundHandler())
	ctx := browsertest.New(t)
	pngPath, txtPath, _, _ := evidence(t)
	do(t, ctx, chromedp.Navigate(base+"/record?for=under-18"), chromedp.WaitVisible("#rec-setup"))
	if !eval[bool](t, ctx, `document.getElementById("rec-u18").checked`) {
		t.Fatal(`"I am under 18" is not ticked on /record?for=under-18`)
	}
	for _, s := range []string{"Report Remove", "Childline", "0800 1111"} {
		if got := eval[string](t, ctx, `document.querySelector("[aria-labelledby=u18-h]").innerText`); !strings.Contains(got, s) {
			t.Errorf("the under-18 section lacks %q", s)
		}
	}
	create(t, ctx)

	// A picture waits for an answer; "Do not add" keeps it out.
	do(t, ctx, chromedp.SetUploadFiles("#rec-files", []string{pngPath}), chromedp.WaitVisible("#rec-u18-file"))
	if n := eval[int](t, ctx, `document.querySelectorAll("#rec-pending li").length`); n != 0 {
		t.Errorf("the picture was added before the warning was answered (%d files)", n)
	}
	axeClean(t, ctx, "under-18 picture warning")
	do(t, ctx, chromedp.Click("#rec-u18-skip"))
	waitFor(t, ctx, `document.getElementById("rec-u18-file").hidden`)
	if n := eval[int](t, ctx, `document.querySelectorAll("#rec-pending li").length`); n != 0 {
		t.Errorf("%d files added after choosing not to add the picture", n)
	}

	// A saved message needs no warning; a picture that is not nude can be
	// added after the warning.
	do(t, ctx, chromedp.SetUploadFiles("#rec-files", []string{txtPath}))
	waitFor(t, ctx, `document.querySelectorAll("#rec-pending li").length === 1`)
	if shown(t, ctx, "rec-u18-file") {
		t.Error("a text file brought up the picture warning")
	}
	do(t, ctx, chromedp.SetUploadFiles("#rec-files", []string{pngPath}), chromedp.WaitVisible("#rec-u18-file"), chromedp.Click("#rec-u18-add"))
	waitFor(t, ctx, `document.querySelectorAll("#rec-pending li").length === 2`)

	// Without the under-18 choice, a picture is added at once.
	do(t, ctx, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-locked"))
	unlock(t, ctx, passphrase)
	do(t, ctx, chromedp.WaitVisible("#rec-entry"), chromedp.SetUploadFiles("#rec-files", []string{pngPath}))
	waitFor(t, ctx, `document.querySelectorAll("#rec-pending li").length === 1`)
}

func TestBrowserRecordUnsupported(t *testing.T) {
	base, _ := recordSite(t, http.NotFoundHandler())
	ctx := browsertest.New(t)
	// A browser without IndexedDB, as in some private windows.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `Object.defineProperty(window, "indexedDB", {value: undefined})`,
	}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-unsupported"))
	for _, id := range []string{"rec-setup", "rec-locked", "rec-open", "rec-device"} {
		if shown(t, ctx, id) {
			t.Errorf("#%s is shown in a browser that cannot keep a record", id)
		}
	}
	axeClean(t, ctx, "unsupported")
}

func TestBrowserRecordWithoutJavaScript(t *testing.T) {
	base, _ := recordSite(t, http.NotFoundHandler())
	ctx := browsertest.New(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(base+"/record"))
	text := eval[string](t, ctx, `document.body.innerText`)
	for _, s := range []string{"JavaScript is turned off", "What to write down", "the date and time", "their username", "What this protects", "If you are under 18"} {
		if !strings.Contains(text, s) {
			t.Errorf("without JavaScript the page lacks %q", s)
		}
	}
	if shown(t, ctx, "record") {
		t.Error("the record's controls show without JavaScript")
	}

	// axe-core needs JavaScript, so check the same page with the site's
	// scripts blocked instead, and the noscript message shown as it would be.
	ctx = browsertest.New(t)
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{URLPatterns: []*network.BlockPattern{{URLPattern: "*://*:*/*.js", Block: true}}}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(base+"/record"))
	eval[chromedp.Void](t, ctx, `document.querySelectorAll("noscript").forEach(n => { n.outerHTML = n.textContent; })`)
	if !strings.Contains(eval[string](t, ctx, `document.body.innerText`), "JavaScript is turned off") || shown(t, ctx, "record") {
		t.Fatal("the scripts were not blocked")
	}
	axeClean(t, ctx, "without JavaScript")
}

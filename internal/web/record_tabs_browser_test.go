package web_test

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"firststeps/internal/browsertest"
)

// tab opens another tab in the same browser as ctx. With stale set, the
// tab cannot hear other tabs (no BroadcastChannel), as a tab left open
// from before, so only the record's own checks stand between it and the
// stored record.
func tab(t *testing.T, ctx context.Context, stale bool) context.Context {
	t.Helper()
	c, cancel := chromedp.NewContext(ctx)
	t.Cleanup(cancel)
	if stale {
		if _, err := chromedp.Call(c, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `delete window.BroadcastChannel`,
		}); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

func status(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `document.getElementById("rec-status").textContent`)
}

// TestBrowserRecordTwoTabs opens /record in several tabs of one browser.
// Tab A makes a record and saves an entry, typed key by key. A tab that
// can hear A shows "Open your record" at once; stale tabs, still showing
// "Start your record", are refused when they try to create a record or
// restore a backup over it, and the record still opens in tab A with
// every entry.
func TestBrowserRecordTwoTabs(t *testing.T) {
	base, _ := recordSite(t, http.NotFoundHandler())
	a := browsertest.New(t)
	downloads := t.TempDir()
	if err := browsertest.AllowDownloads(a, downloads); err != nil {
		t.Fatal(err)
	}
	b, c, d := tab(t, a, true), tab(t, a, false), tab(t, a, true)
	for _, ctx := range []context.Context{a, b, c, d} {
		do(t, ctx, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-setup"))
	}
	const pass, entry = "Blue Horse Ate Grass", "He sent the photo to Sam at 9pm lighthouse-7731"
	typeInto(t, a, "#rec-new", pass)
	typeInto(t, a, "#rec-new2", pass)
	do(t, a, chromedp.Click("#rec-create button"), chromedp.WaitVisible("#rec-what"))
	typeInto(t, a, "#rec-what", entry)
	do(t, a, chromedp.Click("#rec-save"))
	waitFor(t, a, `document.querySelectorAll("#rec-list > li").length === 1`)
	do(t, a, chromedp.Click("#rec-backup"))
	backup := waitFile(t, downloads, "my-record-backup-")

	// A stale tab, even with the same passphrase, cannot replace the key.
	typeInto(t, b, "#rec-new", pass)
	typeInto(t, b, "#rec-new2", pass)
	do(t, b, chromedp.Click("#rec-create button"))
	waitFor(t, b, `document.getElementById("rec-status").textContent.includes("already")`)
	if !shown(t, b, "rec-locked") {
		t.Errorf("after refusing to create a second record, tab B does not offer to open the record; status %q", status(t, b))
	}
	axeClean(t, b, "a record already exists")

	// Nor can a stale tab restore a backup over it.
	do(t, d, chromedp.SetUploadFiles("#rec-import", []string{backup}))
	typeInto(t, d, "#rec-import-pass", pass)
	do(t, d, chromedp.Click("#rec-restore button"))
	waitFor(t, d, `document.getElementById("rec-status").textContent.includes("already")`)

	// A tab that hears the others shows "Open your record" without a reload.
	waitFor(t, c, `!document.getElementById("rec-locked").hidden && document.getElementById("rec-setup").hidden`)

	// The record still opens with its passphrase, with its entry.
	do(t, a, chromedp.Click("#rec-lock"), chromedp.WaitVisible("#rec-locked"))
	unlock(t, a, pass)
	waitFor(t, a, `document.querySelectorAll("#rec-list > li").length === 1 || (document.getElementById("rec-pass-err")?.textContent ?? "") !== ""`)
	if got := eval[string](t, a, `document.getElementById("rec-list").textContent`); !strings.Contains(got, entry) {
		t.Errorf("after the other tabs tried, tab A's record shows %q (status %q, error %q)", got, status(t, a),
			eval[string](t, a, `(document.getElementById("rec-pass-err")?.textContent ?? "")`))
	}
}

// TestBrowserRecordBadBackup restores a backup that opens with its
// passphrase but holds an entry that is not an entry: it is refused, and
// nothing at all is written.
func TestBrowserRecordBadBackup(t *testing.T) {
	base, _ := recordSite(t, http.NotFoundHandler())
	dir := t.TempDir()
	const pass = "kettle orbit violet sandal"
	file := filepath.Join(dir, "backup.json")
	if err := os.WriteFile(file, malformedBackup(t, pass), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := browsertest.New(t)
	do(t, ctx, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-setup"),
		chromedp.SetUploadFiles("#rec-import", []string{file}), chromedp.SetValue("#rec-import-pass", pass),
		chromedp.Click("#rec-restore button"))
	waitFor(t, ctx, `/could not be used. It may be damaged or changed. Nothing was saved/.test(document.getElementById("rec-status").textContent)`)
	axeClean(t, ctx, "backup refused")
	got := eval[string](t, ctx, `(async () => {
  const dbs = await indexedDB.databases();
  if (!dbs.length) return "nothing";
  const db = await new Promise(ok => { const r = indexedDB.open(dbs[0].name); r.onsuccess = () => ok(r.result); });
  const out = [];
  for (const s of db.objectStoreNames) out.push(s + ":" + await new Promise(ok => { const r = db.transaction(s).objectStore(s).count(); r.onsuccess = () => ok(r.result); }));
  db.close();
  return out.join(" ");
})()`)
	if got != "nothing" && !strings.Contains(got, "meta:0") {
		t.Errorf("a refused backup left this in IndexedDB: %s", got)
	}
	do(t, ctx, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-setup"))
}

package web_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"firststeps/internal/browsertest"
)

// newRecord makes a record in ctx with one entry (and a file, if given)
// and saves a backup of it in downloads, returning the backup's path.
func newRecord(t *testing.T, ctx context.Context, downloads, pass, what, file string) string {
	t.Helper()
	do(t, ctx, chromedp.WaitVisible("#rec-new"), chromedp.SetValue("#rec-new", pass), chromedp.SetValue("#rec-new2", pass),
		chromedp.Click("#rec-create button"), chromedp.WaitVisible("#rec-entry"))
	addEntry(t, ctx, what, file)
	for _, old := range mustGlob(t, filepath.Join(downloads, "my-record-backup-*")) {
		os.Remove(old)
	}
	do(t, ctx, chromedp.Click("#rec-backup"))
	return waitFile(t, downloads, "my-record-backup-")
}

func mustGlob(t *testing.T, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func addEntry(t *testing.T, ctx context.Context, what, file string) {
	t.Helper()
	n := eval[int](t, ctx, `document.querySelectorAll("#rec-list > li").length`)
	if file != "" {
		do(t, ctx, chromedp.SetUploadFiles("#rec-files", []string{file}))
		waitFor(t, ctx, `document.querySelectorAll("#rec-pending li").length === 1`)
	}
	do(t, ctx, chromedp.SetValue("#rec-what", what), chromedp.Click("#rec-save"))
	waitFor(t, ctx, `document.querySelectorAll("#rec-list > li").length === `+jsInt(n+1))
}

func jsInt(n int) string { b, _ := json.Marshal(n); return string(b) }

func timeline(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `document.getElementById("rec-list").textContent`)
}

// useBackup chooses a backup file and its passphrase in the backup form
// and sends it, then waits for the status to change.
func useBackup(t *testing.T, ctx context.Context, file, pass string) string {
	t.Helper()
	eval[chromedp.Void](t, ctx, `document.getElementById("rec-status").textContent = ""`)
	do(t, ctx, chromedp.SetUploadFiles("#rec-import", []string{file}), chromedp.SetValue("#rec-import-pass", pass), chromedp.Click("#rec-import-go"))
	waitFor(t, ctx, `(s => s !== "" && !s.includes("few seconds"))(document.getElementById("rec-status").textContent) || (document.getElementById("rec-import-pass-err")?.textContent ?? "") !== ""`)
	return status(t, ctx) + eval[string](t, ctx, `(document.getElementById("rec-import-pass-err")?.textContent ?? "")`)
}

// tamper writes a copy of a backup with one byte of one stored item
// changed, or with one item left out.
func tamper(t *testing.T, path string, drop bool) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b map[string]any
	if err := json.Unmarshal(raw, &b); err != nil {
		t.Fatal(err)
	}
	items := b["items"].([]any)
	if drop {
		b["items"] = items[1:]
	} else {
		it := items[len(items)-1].(map[string]any)
		ct, _ := base64.StdEncoding.DecodeString(it["ct"].(string))
		ct[len(ct)/2] ^= 1
		it["ct"] = base64.StdEncoding.EncodeToString(ct)
	}
	out, _ := json.Marshal(b)
	name := filepath.Join(t.TempDir(), "tampered.json")
	if err := os.WriteFile(name, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// TestBrowserRecordPassphraseAndMerge changes a record's passphrase, then
// merges backups into it: an older backup of the same record (nothing
// added twice), a backup of another record (with its own passphrase, after
// a wrong one), a tampered backup and one with an item missing (both
// refused, nothing written). It then removes a stored item behind the
// page's back, and the record says it is not complete.
func TestBrowserRecordPassphraseAndMerge(t *testing.T) {
	base, _ := recordSite(t, http.NotFoundHandler())
	pngPath, _, pngBytes, _ := evidence(t)
	const (
		pass1, pass2, other   = "kettle orbit violet sandal", "marble fox under lantern", "copper heron quiet maple"
		alpha, bravo, charlie = "alpha entry 1111", "bravo entry 2222", "charlie entry 3333"
	)
	x := browsertest.New(t)
	downloads := t.TempDir()
	if err := browsertest.AllowDownloads(x, downloads); err != nil {
		t.Fatal(err)
	}
	do(t, x, chromedp.Navigate(base+"/record"))
	b1 := newRecord(t, x, downloads, pass1, alpha, "")
	addEntry(t, x, bravo, "")

	// The passphrase: a wrong one now, then two that do not match, then
	// the change.
	do(t, x, chromedp.SetValue("#rec-old", "not my passphrase at all"), chromedp.SetValue("#rec-new3", pass2), chromedp.SetValue("#rec-new4", pass2),
		chromedp.Click("#rec-rekey button"))
	waitFor(t, x, `(document.getElementById("rec-old-err")?.textContent ?? "").includes("not your passphrase")`)
	axeClean(t, x, "wrong passphrase when changing it")
	do(t, x, chromedp.SetValue("#rec-old", pass1), chromedp.SetValue("#rec-new3", pass2), chromedp.SetValue("#rec-new4", pass2+"x"),
		chromedp.Click("#rec-rekey button"))
	waitFor(t, x, `(document.getElementById("rec-new4-err")?.textContent ?? "").includes("do not match")`)
	do(t, x, chromedp.SetValue("#rec-old", pass1), chromedp.SetValue("#rec-new3", pass2), chromedp.SetValue("#rec-new4", pass2),
		chromedp.Click("#rec-rekey button"))
	waitFor(t, x, `document.getElementById("rec-status").textContent.includes("passphrase is changed")`)
	axeClean(t, x, "passphrase changed")
	do(t, x, chromedp.Click("#rec-lock"), chromedp.WaitVisible("#rec-locked"))
	unlock(t, x, pass1)
	waitFor(t, x, `(document.getElementById("rec-pass-err")?.textContent ?? "").includes("does not open")`)
	unlock(t, x, pass2)
	waitFor(t, x, `document.querySelectorAll("#rec-list > li").length === 2`)
	if got := timeline(t, x); !strings.Contains(got, alpha) || !strings.Contains(got, bravo) {
		t.Errorf("after the passphrase changed, the timeline is %q", got)
	}
	axeClean(t, x, "record open, with the backup form")

	// An older backup of this record, under the old passphrase: nothing new.
	if got := useBackup(t, x, b1, pass1); !strings.Contains(got, "Added 0 of the backup's 1") {
		t.Errorf("merging an older backup of the same record: %q", got)
	}
	if n := eval[int](t, x, `document.querySelectorAll("#rec-list > li").length`); n != 2 {
		t.Errorf("after merging an older backup the timeline has %d entries, want 2", n)
	}

	// Another record, in another browser, with a picture.
	y := browsertest.New(t)
	yDownloads := t.TempDir()
	if err := browsertest.AllowDownloads(y, yDownloads); err != nil {
		t.Fatal(err)
	}
	do(t, y, chromedp.Navigate(base+"/record"))
	b2 := newRecord(t, y, yDownloads, other, charlie, pngPath)

	if got := useBackup(t, x, b2, pass2); !strings.Contains(got, "does not open this backup") {
		t.Errorf("merging another record's backup with this record's passphrase: %q", got)
	}
	axeClean(t, x, "wrong passphrase for a backup")
	for _, bad := range []string{tamper(t, b2, false), tamper(t, b2, true)} {
		if got := useBackup(t, x, bad, other); !strings.Contains(got, "Nothing was saved") {
			t.Errorf("merging a tampered backup: %q", got)
		}
	}
	axeClean(t, x, "tampered backup refused")
	if n := eval[int](t, x, `document.querySelectorAll("#rec-list > li").length`); n != 2 {
		t.Errorf("after refusing tampered backups the timeline has %d entries, want 2", n)
	}
	if got := useBackup(t, x, b2, other); !strings.Contains(got, "Added 1 of the backup's 1") {
		t.Errorf("merging another record's backup: %q", got)
	}
	if got := timeline(t, x); !strings.Contains(got, charlie) || !strings.Contains(got, sum(pngBytes)) {
		t.Errorf("after merging, the timeline lacks the other record's entry or its picture's SHA-256: %q", got)
	}
	axeClean(t, x, "backup of another record merged")
	if got := useBackup(t, x, b2, other); !strings.Contains(got, "Added 0 of the backup's 1") {
		t.Errorf("merging the same backup twice: %q", got)
	}
	// The merged picture opens with this record's key, byte for byte.
	eval[chromedp.Void](t, x, `[...document.querySelectorAll("#rec-list button")].find(b => b.textContent === "Save a copy of threat-screenshot.png").click()`)
	if got, err := os.ReadFile(waitFile(t, downloads, "threat-screenshot")); err != nil || string(got) != string(pngBytes) {
		t.Errorf("the merged picture's copy differs from the original (%d bytes, %v)", len(got), err)
	}

	// Still whole after all that, and it survives a reload. Before it is
	// opened, nothing on the page says how much is in it or when it was
	// last saved.
	do(t, x, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-locked"))
	if got := eval[string](t, x, `document.body.innerText`); regexp.MustCompile(`(?i)\d+ (entr|incident|version|file|item)|last saved|20\d\d`).MatchString(got) {
		t.Errorf("before it is opened, the page tells something of the record:\n%s", got)
	}
	unlock(t, x, pass2)
	waitFor(t, x, `document.querySelectorAll("#rec-list > li").length === 3`)
	do(t, x, chromedp.Click("#rec-make"), chromedp.WaitVisible("#rec-out h2"))
	if got := eval[string](t, x, `document.getElementById("rec-out").innerText`); !strings.Contains(got, "Complete: all 3 entry versions") {
		t.Errorf("the report does not say the record is complete:\n%s", got)
	}
	checkStoredPadding(t, x, pngBytes)

	// An entry version removed behind the page's back.
	eval[chromedp.Void](t, x, `new Promise(ok => {
  const r = indexedDB.open("firststeps-record");
  r.onsuccess = () => {
    const tx = r.result.transaction("items", "readwrite"), st = tx.objectStore("items");
    st.getAll().onsuccess = ev => {
      const small = ev.target.result.filter(i => i.ct.byteLength < 8192);
      st.delete(small[0].id);
    };
    tx.oncomplete = () => { r.result.close(); ok(); };
  };
})`)
	do(t, x, chromedp.Navigate(base+"/record"), chromedp.WaitVisible("#rec-locked"))
	unlock(t, x, pass2)
	waitFor(t, x, `document.getElementById("rec-status").textContent.includes("Not complete")`)
	if n := eval[int](t, x, `document.querySelectorAll("#rec-list > li").length`); n < 2 {
		t.Errorf("with one item gone, only %d entries opened", n)
	}
	do(t, x, chromedp.Click("#rec-make"), chromedp.WaitVisible("#rec-out h2"))
	if got := eval[string](t, x, `document.getElementById("rec-out").innerText`); !strings.Contains(got, "Not complete") {
		t.Errorf("with an item gone, the report does not say so:\n%s", got)
	}
	axeClean(t, x, "record not complete")
}

// checkStoredPadding reads the stored items' sizes: each padded, none a
// file's size plus what encryption adds, and nothing in the clear that
// counts entries or files.
func checkStoredPadding(t *testing.T, ctx context.Context, files ...[]byte) {
	t.Helper()
	got := eval[string](t, ctx, `new Promise(ok => {
  const r = indexedDB.open("firststeps-record");
  r.onsuccess = () => {
    const db = r.result, tx = db.transaction(["meta", "items"]);
    const out = {stores: [...db.objectStoreNames]};
    tx.objectStore("items").getAll().onsuccess = ev => { out.items = ev.target.result.map(i => [i.id, i.ct.byteLength]); };
    tx.objectStore("meta").getAllKeys().onsuccess = ev => { out.meta = ev.target.result; };
    tx.oncomplete = () => { db.close(); ok(JSON.stringify(out)); };
  };
})`)
	var s struct {
		Stores []string
		Items  [][2]any
		Meta   []string
	}
	if err := json.Unmarshal([]byte(got), &s); err != nil {
		t.Fatal(err)
	}
	if strings.Join(s.Stores, " ") != "items meta" || strings.Join(s.Meta, " ") != "head key" {
		t.Errorf("stores %v, meta keys %v: want items and meta holding only the head and the key", s.Stores, s.Meta)
	}
	for _, it := range s.Items {
		checkPadded(t, "the stored item", it[0].(string), int(it[1].(float64)), files...)
	}
}

// TestBrowserRecordUnder18AnyFile chooses, as someone under 18, a video,
// a file with no extension and an archive: each brings up the warning
// before it is added. A plain text file does not.
func TestBrowserRecordUnder18AnyFile(t *testing.T) {
	base, _ := recordSite(t, http.NotFoundHandler())
	dir := t.TempDir()
	files := map[string][]byte{
		"clip.mp4":     append([]byte{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'}, make([]byte, 64)...),
		"IMG_0042":     {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
		"pictures.zip": {'P', 'K', 3, 4, 20, 0, 0, 0},
		"notes.txt":    []byte("what they said\n"),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := browsertest.New(t)
	do(t, ctx, chromedp.Navigate(base+"/record?for=under-18"))
	create(t, ctx)
	for _, name := range []string{"clip.mp4", "IMG_0042", "pictures.zip"} {
		do(t, ctx, chromedp.SetUploadFiles("#rec-files", []string{filepath.Join(dir, name)}))
		waitFor(t, ctx, `!document.getElementById("rec-u18-file").hidden || document.querySelectorAll("#rec-pending li").length > 0`)
		if !shown(t, ctx, "rec-u18-file") {
			t.Errorf("%s was added with no warning", name)
			do(t, ctx, chromedp.Click("#rec-pending button"))
			continue
		}
		do(t, ctx, chromedp.Click("#rec-u18-skip"))
		waitFor(t, ctx, `document.getElementById("rec-u18-file").hidden`)
		if n := eval[int](t, ctx, `document.querySelectorAll("#rec-pending li").length`); n != 0 {
			t.Errorf("%s was added after choosing not to add it", name)
		}
	}
	do(t, ctx, chromedp.SetUploadFiles("#rec-files", []string{filepath.Join(dir, "notes.txt")}))
	waitFor(t, ctx, `document.querySelectorAll("#rec-pending li").length === 1`)
	if shown(t, ctx, "rec-u18-file") {
		t.Error("a plain text file brought up the warning")
	}
}

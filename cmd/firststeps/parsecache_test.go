package main

import (
	"bytes"
	"context"
	"errors"
	"firststeps/internal/library"
	"firststeps/internal/search"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestMain keeps the tests' lint caches out of the user's cache folder.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "firststeps-cache-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// lintOut runs firststeps lint on dir and returns what it printed on
// standard output, and its exit code.
func lintOut(t *testing.T, args ...string) (string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), append([]string{"lint", "-today", "2026-12-01"}, args...), nil, &stdout, &stderr)
	if strings.Contains(stderr.String(), "could not keep") {
		t.Errorf("lint could not write its cache: %s", stderr.String())
	}
	return stdout.String(), code
}

// TestLintCacheReportsWhatAFreshRunDoes runs lint with and without its
// cache, before and after an edit that adds problems to one guide and
// one that changes a registry, and with a corrupt cache file: every run
// reports exactly what an uncached run does.
func TestLintCacheReportsWhatAFreshRunDoes(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := copyContent(t, t.TempDir())
	cacheFile := filepath.Join(os.Getenv("XDG_CACHE_HOME"), "firststeps", "lint.gob")
	same := func(step string) {
		t.Helper()
		want, wantCode := lintOut(t, "-cache=false", dir)
		for i := range 2 { // the first run may fill the cache; the second reads it
			got, code := lintOut(t, dir)
			if got != want || code != wantCode {
				t.Fatalf("%s, cached run %d: exit %d, want %d; output differs:\n--- got\n%s\n--- want\n%s", step, i+1, code, wantCode, got, want)
			}
		}
		if _, err := os.Stat(cacheFile); err != nil {
			t.Fatalf("%s: no cache written: %v", step, err)
		}
	}
	same("as built")

	guide := filepath.Join(dir, "guides", "uk", "already-paid.md")
	// A short answer that blames the reader, and a broken service reference.
	b, _ := editFile(t, guide, "## Short answer\n", "## Short answer\n\nYou should have known better. Call {{no-such-service}}.\n")
	out, _ := lintOut(t, dir)
	if !strings.Contains(out, "already-paid.md") {
		t.Fatalf("the edited guide's problems are not reported:\n%s", out)
	}
	same("after editing a guide")

	// Any change to a registry makes every guide be parsed again.
	reg := filepath.Join(dir, "style.yaml")
	rb, err := os.ReadFile(reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(reg, append(rb, []byte("\n# edited\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	same("after editing a registry")

	if err := os.WriteFile(guide, b, 0o644); err != nil {
		t.Fatal(err)
	}
	same("after undoing the edit")

	for _, junk := range [][]byte{nil, []byte("not a cache"), bytes.Repeat([]byte{0xff}, 4096)} {
		if err := os.WriteFile(cacheFile, junk, 0o644); err != nil {
			t.Fatal(err)
		}
		same("with a corrupt cache")
	}
}

// TestLintCacheSeesAnEditOnTheSecondRun edits a guide between a run that
// fills the cache and the next, keeping its size and setting its
// modification time back, as a careless copy or an editor restoring
// times can: the next run still names the file, the line and the rule.
func TestLintCacheSeesAnEditOnTheSecondRun(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := copyContent(t, t.TempDir())
	before, _ := lintOut(t, dir) // fills the cache
	guide := filepath.Join(dir, "guides", "uk", "already-paid.md")
	st, err := os.Stat(guide)
	if err != nil {
		t.Fatal(err)
	}
	// The same length: only the bytes change.
	b, edited := editFile(t, guide, "{{route:report-fraud}}", "{{route:report-fraux}}")
	if len(edited) != len(b) {
		t.Fatal("the edit changed the file's length")
	}
	line := 1 + bytes.Count(edited[:bytes.Index(edited, []byte("report-fraux"))], []byte("\n"))
	if err := os.Chtimes(guide, st.ModTime(), st.ModTime()); err != nil {
		t.Fatal(err)
	}
	out, code := lintOut(t, dir)
	want := fmt.Sprintf("guides/uk/already-paid.md:%d: unknown-route: ", line)
	if strings.Contains(before, want) {
		t.Fatalf("before the edit, lint already reports %q", want)
	}
	if code != exitFail || !strings.Contains(out, want) {
		t.Fatalf("exit %d; the edit is not reported as %q:\n%s", code, want, out)
	}
}

// TestLintCacheStamps checks when the cache vouches for a file it read
// before without reading it again: only when its size, times and inode
// are what they were, and it had not changed just before it was read.
func TestLintCacheStamps(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	name := "guides/uk/a.md"
	file := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(s string) fs.FileInfo {
		t.Helper()
		if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := os.Stat(file)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	sum := [32]byte{1, 2, 3}
	// saw fills a cache as one run does, and returns the next run's.
	saw := func(info fs.FileInfo, racy time.Duration) *parseCache {
		t.Helper()
		c := openParseCache(os.DirFS(dir), dir, "lint")
		c.racy = racy
		c.Saw(name, info, sum)
		if err := c.Save(); err != nil {
			t.Fatal(err)
		}
		next := openParseCache(os.DirFS(dir), dir, "lint")
		next.racy = racy
		return next
	}
	info := write("first")
	if got, ok := saw(info, 0).Sum(name, info); !ok || got != sum {
		t.Errorf("an unchanged file: Sum = %x, %v; want the sum it saw", got, ok)
	}
	if _, ok := saw(info, time.Hour).Sum(name, info); ok {
		t.Error("a file changed just before it was read is vouched for")
	}
	next := saw(info, 0)
	write("other")
	if err := os.Chtimes(file, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	again, err := os.Stat(file)
	if err != nil {
		t.Fatal(err)
	}
	if !again.ModTime().Equal(info.ModTime()) || again.Size() != info.Size() {
		t.Fatal("the rewrite did not keep the size and modification time")
	}
	if _, ok := next.Sum(name, again); ok {
		t.Error("a file rewritten at the same size with its modification time set back is vouched for")
	}
	if _, ok := saw(info, 0).Sum(name, write("longer text")); ok {
		t.Error("a file of another size is vouched for")
	}
}

// TestServeCacheLoadsWhatAFreshStartDoes loads a content folder as serve
// and build do, through their caches, before and after an edit and with
// a cache damaged in the middle: each time every guide is what a load
// without a cache gives, its sections' HTML and text included, and the
// search finds the same guides in the same order.
func TestServeCacheLoadsWhatAFreshStartDoes(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := copyContent(t, t.TempDir())
	e := env{stderr: &bytes.Buffer{}}
	queries := []string{"someone is threatening to share my nudes unless I pay", "my ex put a tracker on my car", "fake naked picture of me"}
	for _, command := range []struct {
		name string
		opt  library.Options
	}{{"serve", library.Options{PackHTML: true}}, {"build", library.Options{}}} {
		cacheFile := filepath.Join(os.Getenv("XDG_CACHE_HOME"), "firststeps", command.name+".gob")
		same := func(step string) {
			t.Helper()
			want, _ := loadCached(e, command.name, dir, false, command.opt)
			if want == nil {
				t.Fatalf("%s %s: content does not load", command.name, step)
			}
			for run := range 2 { // the first run may fill the cache; the second reads it
				got, cache := loadCached(e, command.name, dir, true, command.opt)
				if got == nil || cache == nil {
					t.Fatalf("%s %s, run %d: no library or no cache", command.name, step, run+1)
				}
				if len(got.Guides) != len(want.Guides) {
					t.Fatalf("%s %s, run %d: %d guides, want %d", command.name, step, run+1, len(got.Guides), len(want.Guides))
				}
				for i, g := range got.Guides {
					w := want.Guides[i]
					gc, wc := *g, *w
					gc.ForgetText()
					wc.ForgetText()
					if g.SectionsText() != w.SectionsText() || g.SectionsHTML() != w.SectionsHTML() || !reflect.DeepEqual(gc, wc) {
						t.Fatalf("%s %s, run %d: %s differs from a fresh load", command.name, step, run+1, g.ID)
					}
				}
				for _, q := range queries {
					if a, b := topIDs(got, q), topIDs(want, q); !slices.Equal(a, b) {
						t.Errorf("%s %s, run %d: %q finds %v, want %v", command.name, step, run+1, q, a, b)
					}
				}
				if err := cache.Save(); err != nil {
					t.Fatal(err)
				}
			}
		}
		same("as built")

		guide := filepath.Join(dir, "guides", "uk", "tracker-found.md")
		b, _ := editFile(t, guide, "## Short answer\n\n", "## Short answer\n\nA sentence added to the short answer.\n\n")
		same("after editing a guide")
		lib, _ := loadCached(e, command.name, dir, true, command.opt)
		if g, err := lib.Guide("uk/tracker-found"); err != nil || !strings.Contains(g.ShortAnswer(), "A sentence added") {
			t.Fatalf("%s: the edit is not loaded through the cache (%v)", command.name, err)
		}
		if err := os.WriteFile(guide, b, 0o644); err != nil {
			t.Fatal(err)
		}

		cb, err := os.ReadFile(cacheFile)
		if err != nil {
			t.Fatal(err)
		}
		cb[len(cb)/2] ^= 0x55
		if err := os.WriteFile(cacheFile, cb, 0o644); err != nil {
			t.Fatal(err)
		}
		same("with a damaged cache")
	}
}

// topIDs returns the ids of the three guides the search ranks first for
// q in lib's UK guides.
func topIDs(lib *library.Library, q string) []string {
	ix := search.New(lib, "uk", search.DefaultParams)
	var ids []string
	for _, h := range ix.Search(q, 3).Hits {
		ids = append(ids, h.Guide.ID)
	}
	return ids
}

// TestParseCacheChecksDatesEachDay fills the lint cache on one day and
// lints on a later one, when every guide's review is overdue: the cached
// run reports what an uncached run that day does, so a guide kept in the
// cache yesterday is still found overdue today.
func TestParseCacheChecksDatesEachDay(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := copyContent(t, t.TempDir())
	lint := func(today string, args ...string) (string, int) {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), append([]string{"lint", "-today", today}, append(args, dir)...), nil, &stdout, &stderr)
		return stdout.String(), code
	}
	// Today's date, when the content lints clean (CI lints it), then five
	// years on.
	now := time.Now()
	if out, code := lint(now.Format(time.DateOnly)); code != exitOK {
		t.Fatalf("lint on the first day: exit %d\n%s", code, out)
	}
	later := now.AddDate(5, 0, 0).Format(time.DateOnly)
	want, wantCode := lint(later, "-cache=false")
	if wantCode != exitFail || !strings.Contains(want, "review-overdue") {
		t.Fatalf("uncached, years later: exit %d, and no review-overdue:\n%.500s", wantCode, want)
	}
	if got, code := lint(later); got != want || code != wantCode {
		t.Fatalf("cached, years later: exit %d, want %d; output differs:\n--- got\n%.2000s\n--- want\n%.2000s", code, wantCode, got, want)
	}
}

const keptLine = "kept the parsed guides for the next start"

// startServe starts serve on the content folder dir and stops it once it
// serves, and, when wantKept, once it says it has kept its cache; it fails
// t if serve says it kept its cache and wantKept is false, or the reverse.
func startServe(t *testing.T, dir string, wantKept bool) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr lockedBuffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve", "-addr", "127.0.0.1:0", "-content", dir}, nil, io.Discard, &stderr)
	}()
	deadline := time.Now().Add(2 * time.Minute)
	for !strings.Contains(stderr.String(), `"msg":"serving"`) || (wantKept && !strings.Contains(stderr.String(), keptLine)) {
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start (or keep its cache):\n%s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !wantKept {
		time.Sleep(2 * time.Second) // time to index, and to say it kept anything
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Fatalf("serve exited %d:\n%s", code, stderr.String())
	}
	if got := strings.Contains(stderr.String(), keptLine); got != wantKept {
		t.Errorf("said %q: %v, want %v:\n%s", keptLine, got, wantKept, stderr.String())
	}
}

// servedContent is a copy of the built-in content in a fresh folder, with
// a fresh cache folder, aged so that its files' stamps are kept.
func servedContent(t *testing.T) string {
	t.Helper()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := copyContent(t, t.TempDir())
	// Files changed just before they were read are read again next time
	// (racyWindow), and their stamps kept anew: let the copies age.
	time.Sleep(racyWindow)
	return dir
}

// cacheFiles lists the files in the serve cache's folder.
func cacheFiles(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(os.Getenv("XDG_CACHE_HOME"), "firststeps"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestServeKeepsItsCache starts serve on a content folder twice, as a
// deploy script would: the first start says when it has kept the parsed
// guides for the next (its cache file is then there); the second reads
// them back, has nothing new to keep, and says nothing of it.
func TestServeKeepsItsCache(t *testing.T) {
	dir := servedContent(t)
	startServe(t, dir, true)
	if got := cacheFiles(t); !slices.Equal(got, []string{"serve-terms.bin", "serve.gob"}) {
		t.Fatalf("cache folder after saying it kept the guides: %v, want serve-terms.bin and serve.gob", got)
	}
	startServe(t, dir, false)
}

// TestServePrepare prepares a deploy with serve -prepare: it checks the
// content, keeps the parsed guides and exits without serving, so the
// server's first start has nothing new to keep. On content with an error
// it fails, and keeps nothing.
func TestServePrepare(t *testing.T) {
	dir := servedContent(t)
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"serve", "-prepare", "-content", dir}, nil, io.Discard, &stderr); code != exitOK {
		t.Fatalf("serve -prepare exited %d:\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), keptLine) || strings.Contains(stderr.String(), `"msg":"serving"`) {
		t.Errorf("serve -prepare said:\n%s\nwant that it kept the guides, and no serving", stderr.String())
	}
	if got := cacheFiles(t); !slices.Equal(got, []string{"serve-terms.bin", "serve.gob"}) {
		t.Fatalf("cache folder after serve -prepare: %v, want serve-terms.bin and serve.gob", got)
	}
	startServe(t, dir, false)

	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	editFile(t, filepath.Join(dir, "guides", "uk", "cyberflashing.md"), "jurisdiction: uk", "jurisdiction: nowhere")
	stderr.Reset()
	if code := run(context.Background(), []string{"serve", "-prepare", "-content", dir}, nil, io.Discard, &stderr); code != exitFail {
		t.Errorf("serve -prepare on content with an error exited %d, want %d:\n%s", code, exitFail, stderr.String())
	}
	if got := cacheFiles(t); len(got) != 0 {
		t.Errorf("serve -prepare kept %v for content with an error", got)
	}
	for _, args := range [][]string{{"-prepare"}, {"-prepare", "-content", dir, "-cache=false"}} {
		if code := run(context.Background(), append([]string{"serve"}, args...), nil, io.Discard, io.Discard); code != exitUsage {
			t.Errorf("serve %v exited %d, want %d", args, code, exitUsage)
		}
	}
}

// TestServeStoppedWhileKeepingItsCache stops serve just as it starts to
// keep its cache: it finishes writing the file before it exits, so no
// half-written file is left behind and the next start reads a whole one.
func TestServeStoppedWhileKeepingItsCache(t *testing.T) {
	dir := servedContent(t)
	ctx, cancel := context.WithCancel(context.Background())
	saving := make(chan struct{})
	beforeSave = func() {
		close(saving)
		<-ctx.Done()
	}
	t.Cleanup(func() { beforeSave = func() {} })
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve", "-addr", "127.0.0.1:0", "-content", dir}, nil, io.Discard, io.Discard)
	}()
	select {
	case <-saving:
	case code := <-done:
		t.Fatalf("serve exited %d before keeping its cache", code)
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Fatalf("serve exited %d", code)
	}
	if got := cacheFiles(t); !slices.Equal(got, []string{"serve-terms.bin", "serve.gob"}) {
		t.Fatalf("cache folder once serve has exited: %v, want serve-terms.bin and serve.gob", got)
	}
	beforeSave = func() {}
	startServe(t, dir, false)
}

// editFile replaces the first old in the file at path with new, failing
// the test if there is none, and returns the file's bytes before and
// after.
func editFile(t *testing.T, path, old, new string) (before, after []byte) {
	t.Helper()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	after = bytes.Replace(before, []byte(old), []byte(new), 1)
	if bytes.Equal(after, before) {
		t.Fatalf("%s holds no %q to edit", path, old)
	}
	if err := os.WriteFile(path, after, 0o644); err != nil {
		t.Fatal(err)
	}
	return before, after
}

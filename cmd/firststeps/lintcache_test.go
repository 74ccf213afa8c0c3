package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	b, err := os.ReadFile(guide)
	if err != nil {
		t.Fatal(err)
	}
	// A short answer that blames the reader, and a broken service reference.
	edited := bytes.Replace(b, []byte("## Short answer\n"), []byte("## Short answer\n\nYou should have known better. Call {{no-such-service}}.\n"), 1)
	if bytes.Equal(edited, b) {
		t.Fatal("the edit did not apply")
	}
	if err := os.WriteFile(guide, edited, 0o644); err != nil {
		t.Fatal(err)
	}
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

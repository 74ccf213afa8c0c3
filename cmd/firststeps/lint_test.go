package main

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"firststeps/content"
)

// copyContent writes the built-in content into dir/content.
func copyContent(t *testing.T, dir string) string {
	t.Helper()
	root := filepath.Join(dir, "content")
	err := fs.WalkDir(content.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(content.FS(), p)
		if err != nil {
			return err
		}
		dst := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestLintSaysWhichContent checks lint with no folder named says what it
// checked: the built-in content, or a content/ folder beside it, and
// loudly when that folder differs from what the binary was built with.
func TestLintSaysWhichContent(t *testing.T) {
	lint := func(t *testing.T) (int, string) {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"lint"}, nil, &stdout, &stderr)
		return code, stderr.String()
	}
	t.Run("no folder here", func(t *testing.T) {
		t.Chdir(t.TempDir())
		code, stderr := lint(t)
		if code != exitOK || !strings.HasPrefix(stderr, "firststeps lint: checking the content built into this binary") {
			t.Errorf("exit %d, stderr:\n%s", code, stderr)
		}
	})
	t.Run("a copy of the built-in content", func(t *testing.T) {
		dir := t.TempDir()
		copyContent(t, dir)
		t.Chdir(dir)
		code, stderr := lint(t)
		if code != exitOK || !strings.HasPrefix(stderr, "firststeps lint: checking the folder content/ (the same as the content built into this binary)") {
			t.Errorf("exit %d, stderr:\n%s", code, stderr)
		}
	})
	t.Run("a folder with a section deleted", func(t *testing.T) {
		dir := t.TempDir()
		root := copyContent(t, dir)
		p := filepath.Join(root, "guides", "uk", "under-18.md")
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, bytes.Replace(b, []byte("## Scope note"), []byte("## Scope"), 1), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Chdir(dir)
		code, stderr := lint(t)
		if code != exitFail || !strings.Contains(stderr, "checking the folder content/, which DIFFERS from the content built into this binary") {
			t.Errorf("exit %d, stderr:\n%s", code, stderr)
		}
	})
}

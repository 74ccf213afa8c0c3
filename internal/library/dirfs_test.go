package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"firststeps/internal/library"
	"firststeps/internal/problem"
)

// baseDir copies the base fixture to a new folder on disk.
func baseDir(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	err := filepath.WalkDir("testdata/base", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("testdata/base", p)
		dst := filepath.Join(dir, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// outsideMarker is in a file outside every content folder: no problem a
// load reports may hold it.
const outsideMarker = "OUTSIDE-THE-CONTENT-FOLDER-4c1f"

// loadDir loads a folder as the commands do, failing the test if the load
// does not finish: a load that waits on a pipe never would.
func loadDir(t testing.TB, dir string) (*library.Library, problem.List) {
	t.Helper()
	fsys, err := library.DirFS(dir)
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		lib   *library.Library
		probs problem.List
	}
	done := make(chan result, 1)
	go func() {
		lib, probs := library.Load(fsys, library.Options{Today: today, Lint: true, NoHTML: true})
		done <- result{lib, probs}
	}()
	select {
	case r := <-done:
		return r.lib, r.probs
	case <-time.After(2 * time.Minute):
		t.Fatal("loading the content folder never finished")
	}
	return nil, nil
}

// hostile makes one kind of hostile entry at name in dir.
func hostile(t testing.TB, dir, name, kind, outside string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	os.Remove(p)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	var err error
	switch kind {
	case "link-out":
		err = os.Symlink(outside, p)
	case "link-zero":
		err = os.Symlink("/dev/zero", p)
	case "link-up":
		err = os.Symlink(strings.Repeat("../", strings.Count(name, "/")+1)+filepath.Base(filepath.Dir(outside))+"/"+filepath.Base(outside), p)
	case "link-loop":
		err = os.Symlink(filepath.Base(p), p)
	case "fifo":
		err = syscall.Mkfifo(p, 0o644)
	case "huge":
		var f *os.File
		if f, err = os.Create(p); err == nil {
			err = f.Truncate(50 << 20) // sparse: no disk used
			f.Close()
		}
	case "folder":
		err = os.Mkdir(p, 0o755)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// TestHostileContentFolder loads content folders with links out of the
// folder, links to /dev/zero, pipes, huge files and folders in place of
// files: each is refused with a problem naming the file, the load ends,
// and nothing from outside the folder is read.
func TestHostileContentFolder(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("redirects:\n  - {from: /"+outsideMarker+", to: uk/valid}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, kind, rule string }{
		{"redirects.yaml", "link-out", "missing-file"},
		{"redirects.yaml", "link-up", "missing-file"},
		{"services.yaml", "link-zero", "missing-file"},
		{"guides/uk/valid.md", "link-zero", "missing-file"},
		{"flows.yaml", "fifo", "file-type"},
		{"guides/uk/valid.md", "fifo", "file-type"},
		{"guides/uk/big.md", "huge", "file-size"},
		{"resources.yaml", "huge", "file-size"},
		{"cues.yaml", "link-loop", "missing-file"},
		{"style.yaml", "folder", "file-type"},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.kind, func(t *testing.T) {
			dir := baseDir(t)
			hostile(t, dir, tt.name, tt.kind, outside)
			lib, probs := loadDir(t, dir)
			if lib != nil {
				t.Fatal("the hostile folder loaded without an error")
			}
			got := format(probs)
			if !strings.Contains(got, tt.name+": "+tt.rule+": ") {
				t.Errorf("problems lack %s: %s:\n%s", tt.name, tt.rule, got)
			}
			if strings.Contains(got, outsideMarker) {
				t.Errorf("a file outside the folder was read:\n%s", got)
			}
		})
	}
}

// FuzzContentFolder lays hostile entries over the base fixture, one byte of
// input choosing what each content file becomes: itself, a link out of the
// folder, a link to /dev/zero, a link to itself, a link to another file
// inside, a pipe, a huge file, a folder or an empty file. The load must
// end without a panic, read nothing from outside the folder, and report
// every file it could not read.
func FuzzContentFolder(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8})
	f.Add([]byte{5, 5, 5, 5, 5, 5, 5, 5, 5})
	f.Add([]byte{6, 0, 0, 0, 0, 0, 0, 0, 6})
	f.Add([]byte{1})
	slots := []string{"redirects.yaml", "services.yaml", "flows.yaml", "resources.yaml", "cues.yaml", "categories.yaml",
		"guides/uk/valid.md", "guides/uk/extra.md", "first-steps/uk.md"}
	kinds := []string{"keep", "link-out", "link-zero", "link-loop", "link-inside", "fifo", "huge", "folder", "empty"}
	outside := filepath.Join(f.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("redirects:\n  - {from: /"+outsideMarker+", to: uk/valid}\n"), 0o644); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, recipe []byte) {
		dir := baseDir(t)
		var unreadable []string
		for i, b := range recipe {
			if i >= len(slots) {
				break
			}
			name, kind := slots[i], kinds[int(b)%len(kinds)]
			switch kind {
			case "keep":
				continue
			case "link-inside":
				p := filepath.Join(dir, filepath.FromSlash(name))
				os.Remove(p)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.Symlink(filepath.Join(dir, "style.yaml"), p); err != nil {
					t.Fatal(err)
				}
				continue
			case "empty":
				if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), nil, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			hostile(t, dir, name, kind, outside)
			if kind == "folder" && strings.HasPrefix(name, "guides/") {
				continue // a folder among the guides is just a folder
			}
			unreadable = append(unreadable, name)
		}
		lib, probs := loadDir(t, dir)
		got := format(probs)
		if strings.Contains(got, outsideMarker) {
			t.Fatalf("a file outside the folder was read:\n%s", got)
		}
		for _, name := range unreadable {
			if !strings.Contains(got, name+": ") {
				t.Errorf("%s could not be read, but no problem says so:\n%s", name, got)
			}
		}
		if len(unreadable) > 0 && lib != nil {
			t.Error("a folder with unreadable files loaded without an error")
		}
	})
}

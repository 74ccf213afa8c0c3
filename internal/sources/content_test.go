package sources

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"firststeps/internal/library"
)

// testHosts renames the library's test content onto hosts the world
// serves.
var testHosts = strings.NewReplacer(
	"police.uk", "police.test",
	"childline.org.uk", "childline.test",
	"samaritans.org", "samaritans.test",
)

// testContent returns the library's small valid content tree, moved onto
// test hosts. It reads the tree the library's own tests keep valid.
func testContent(t testing.TB) fstest.MapFS {
	t.Helper()
	base := os.DirFS("../library/testdata/base")
	out := fstest.MapFS{}
	err := fs.WalkDir(base, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(base, p)
		if err != nil {
			return err
		}
		out[p] = &fstest.MapFile{Data: []byte(testHosts.Replace(string(b)))}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func testLibrary(t testing.TB) *library.Library {
	t.Helper()
	lib, probs := library.Load(testContent(t), library.Options{Today: today})
	if lib == nil {
		t.Fatalf("test content does not load:\n%v", probs)
	}
	return lib
}

// targetsOf lists a library's resources as targets.
func targetsOf(lib *library.Library) []Target {
	var out []Target
	for _, r := range lib.Resources {
		out = append(out, Target{ID: r.ID, URL: r.URL, Selectors: r.Selectors})
	}
	return out
}

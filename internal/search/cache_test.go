package search_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/library/librarytest"
	"firststeps/internal/search"
)

// exportJSON is the static site's form of an index: everything its
// ranking reads.
func exportJSON(t *testing.T, ix *search.Index) []byte {
	t.Helper()
	_, b := export(t, ix)
	return b
}

// export is the index's export, and its JSON.
func export(t *testing.T, ix *search.Index) (*search.Export, []byte) {
	t.Helper()
	ex, err := ix.Export()
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(ex)
	if err != nil {
		t.Fatal(err)
	}
	return ex, b
}

// cacheQueries are a few queries whose results a cached index must give
// as the plain one does.
var cacheQueries = []string{
	"someone is threatening to share my nudes unless I pay",
	"my ex posted pictures of me",
	"a fake AI picture of me is going round school",
	"my 14 year old son sent a photo to someone online",
}

// sameIndex fails unless ix ranks exactly as want: the same export,
// byte for byte, and the same results.
func sameIndex(t *testing.T, what string, want, ix *search.Index, wantJSON []byte) {
	t.Helper()
	if got := exportJSON(t, ix); !bytes.Equal(got, wantJSON) {
		t.Errorf("%s: the index differs from one built without a cache (%d bytes of export against %d)", what, len(got), len(wantJSON))
	}
	for _, q := range cacheQueries {
		a, b := want.Search(q, 5), ix.Search(q, 5)
		if ja, jb := mustJSON(t, a), mustJSON(t, b); ja != jb {
			t.Errorf("%s: %q gives\n%s\nwithout a cache, and\n%s", what, q, ja, jb)
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCacheGivesTheSameIndex builds each index without a cache, with an
// empty one, and with what the first run kept: every build ranks alike,
// and the second analyses no guide.
func TestCacheGivesTheSameIndex(t *testing.T) {
	lib := realIndexLibrary(t)
	prefix := [32]byte{1}
	for _, j := range lib.Jurisdictions {
		t.Run(j.ID, func(t *testing.T) {
			plain := search.New(lib, j.ID, search.DefaultParams)
			want := exportJSON(t, plain)

			cold := search.NewCache(prefix, nil)
			ix := search.NewCached(lib, j.ID, search.DefaultParams, cold)
			sameIndex(t, "an empty cache", plain, ix, want)
			if cold.Misses() != ix.Len() || !cold.Changed() {
				t.Errorf("an empty cache analysed %d of %d guides (changed: %v)", cold.Misses(), ix.Len(), cold.Changed())
			}
			kept, err := cold.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}

			warm := search.NewCache(prefix, func() ([]byte, error) { return kept, nil })
			ix = search.NewCached(lib, j.ID, search.DefaultParams, warm)
			sameIndex(t, "the kept cache", plain, ix, want)
			if warm.Misses() != 0 || warm.Changed() {
				t.Errorf("with the kept cache, %d guides were analysed again (changed: %v)", warm.Misses(), warm.Changed())
			}
			if again, _ := warm.MarshalBinary(); !bytes.Equal(again, kept) {
				t.Error("the cache, read and written again unchanged, is not the same bytes")
			}

			// Another program's cache, or a damaged one, is not read.
			for name, c := range map[string]*search.Cache{
				"another program's": search.NewCache([32]byte{2}, func() ([]byte, error) { return kept, nil }),
				"a damaged":         search.NewCache(prefix, func() ([]byte, error) { return damaged(kept), nil }),
				"a cut short":       search.NewCache(prefix, func() ([]byte, error) { return kept[:len(kept)/2], nil }),
			} {
				ix := search.NewCached(lib, j.ID, search.DefaultParams, c)
				sameIndex(t, name+" cache", plain, ix, want)
				if c.Misses() != ix.Len() {
					t.Errorf("with %s cache, %d of %d guides were analysed", name, c.Misses(), ix.Len())
				}
			}
		})
	}
}

func damaged(b []byte) []byte {
	d := bytes.Clone(b)
	d[len(d)/3] ^= 0x40
	return d
}

// TestCacheAfterAnEdit edits one guide, then changes the synonyms: the
// edited guide alone is analysed again, then every guide, and each index
// is the one New builds.
func TestCacheAfterAnEdit(t *testing.T) {
	lib := realIndexLibrary(t)
	prefix := [32]byte{3}
	first := search.NewCache(prefix, nil)
	search.NewCached(lib, "uk", search.DefaultParams, first)
	kept, err := first.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}

	edited := editedLibrary(t, "guides/uk/doxxing-threats.md", "make your profiles private", "make your profiles and old posts private")
	plain := search.New(edited, "uk", search.DefaultParams)
	c := search.NewCache(prefix, func() ([]byte, error) { return kept, nil })
	ix := search.NewCached(edited, "uk", search.DefaultParams, c)
	sameIndex(t, "after an edit", plain, ix, exportJSON(t, plain))
	if c.Misses() != 1 {
		t.Errorf("after one guide was edited, %d guides were analysed again, not 1", c.Misses())
	}

	fewer := *edited
	fewer.Synonyms = edited.Synonyms[1:]
	plain = search.New(&fewer, "uk", search.DefaultParams)
	c = search.NewCache(prefix, func() ([]byte, error) { return kept, nil })
	ix = search.NewCached(&fewer, "uk", search.DefaultParams, c)
	sameIndex(t, "after a synonym went", plain, ix, exportJSON(t, plain))
	if c.Misses() != ix.Len() {
		t.Errorf("after a synonym went, %d of %d guides were analysed again", c.Misses(), ix.Len())
	}
}

// editedLibrary loads the built-in content with one text in one file
// replaced.
func editedLibrary(t *testing.T, file, old, new string) *library.Library {
	t.Helper()
	m, err := librarytest.Copy(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	if m[file] == nil || !strings.Contains(string(m[file].Data), old) {
		t.Fatalf("%s does not say %q", file, old)
	}
	m[file].Data = []byte(strings.Replace(string(m[file].Data), old, new, 1))
	lib, probs := library.Load(m, library.Options{})
	if lib == nil {
		t.Fatalf("edited content: %v", probs.Errors())
	}
	return lib
}

package web

import (
	"bytes"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/library/librarytest"
	"firststeps/internal/sitetest"
)

// contentMap copies the real content into a map, to edit.
func contentMap(t *testing.T) fstest.MapFS {
	t.Helper()
	out, err := librarytest.Copy(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// editBody adds a sentence to the first paragraph of every section of
// the guide's body but Additional Resources (the short answer's ends
// with "!" instead), leaving its front matter as it was.
func editBody(t *testing.T, f *fstest.MapFile, sentence string) {
	t.Helper()
	s := string(f.Data)
	var b strings.Builder
	for {
		i := strings.Index(s, "\n## ")
		if i < 0 {
			break
		}
		end := strings.IndexByte(s[i+1:], '\n') + i + 1
		heading := s[i+4 : end]
		para := strings.Index(s[end+2:], "\n\n")
		if para < 0 || strings.EqualFold(heading, "Additional Resources") {
			b.WriteString(s[:end])
			s = s[end:]
			continue
		}
		cut := end + 2 + para
		if strings.EqualFold(heading, "Short answer") && s[cut-1] == '.' {
			// Its words are counted: a mark, not a word.
			b.WriteString(s[:cut-1] + "!")
		} else {
			b.WriteString(s[:cut] + " " + sentence)
		}
		s = s[cut:]
	}
	b.WriteString(s)
	if b.String() == string(f.Data) {
		t.Fatal("no section to edit")
	}
	f.Data = []byte(b.String())
}

// exportOf exports the library loaded from fsys into a new folder.
func exportOf(t *testing.T, fsys fs.FS) (*Server, string) {
	t.Helper()
	lib, probs := library.Load(fsys, library.Options{})
	if lib == nil {
		t.Fatal(probs)
	}
	s, err := New(Config{Library: lib, Static: true})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := s.Export(dir); err != nil {
		t.Fatal(err)
	}
	return s, dir
}

// TestLedgerScopes holds every exported file to what the ledger says it
// reads of the guides (see Ledger). The real content is exported, then
// again with every guide's body edited but one guide's (kept): any file
// whose key reads no guide's body (only outlines), or only the kept
// guide's, must come out with the same bytes. A page that starts to
// show something of another guide's body (its short answer, say) fails
// here: mark it text, or make its key read that guide.
func TestLedgerScopes(t *testing.T) {
	const kept = "uk/images-shared-online"
	before, a := exportOf(t, content.FS())
	fsys := contentMap(t)
	for p, f := range fsys {
		if strings.HasPrefix(p, library.GuidesDir+"/") && p != library.GuidesDir+"/"+kept+".md" {
			editBody(t, f, "A sentence added to test what each page reads.")
		}
	}
	_, b := exportOf(t, fsys)

	// The not-found page is written as 404.html from a path no route
	// answers; its key reads only the outlines.
	x, errA := os.ReadFile(filepath.Join(a, "404.html"))
	y, errB := os.ReadFile(filepath.Join(b, "404.html"))
	if errA != nil || errB != nil || !bytes.Equal(x, y) {
		t.Errorf("404.html changed with other guides' bodies, though its key reads only the outlines (%v, %v)", errA, errB)
	}
	differ := map[string]bool{}
	for _, route := range before.Paths() {
		file := FileFor(route)
		x, errA := os.ReadFile(filepath.Join(a, file))
		y, errB := os.ReadFile(filepath.Join(b, file))
		if errA != nil || errB != nil {
			t.Fatalf("%s: %v, %v", file, errA, errB)
		}
		differ[route] = !bytes.Equal(x, y)
	}
	reads := func(route string) string {
		if p := before.pages[route]; p != nil {
			if p.text {
				return "text"
			}
			return p.guide
		}
		id, _ := before.api.FileGuide(route)
		return id
	}
	var edited, kinds int
	for route, d := range differ {
		r := reads(route)
		switch {
		case r == "text":
		case r == "" || r == kept:
			if d {
				t.Errorf("%s changed with other guides' bodies, though its key reads %q", route, cmpOr(r, "only the outlines"))
			}
		case d:
			edited++
		default:
			t.Errorf("%s, whose key reads %s, did not change when that guide's body did", route, r)
		}
		if r == kept {
			kinds++
		}
	}
	// The kept guide's own page, its API file, and (if neutral) its page
	// at a neutral address were held to it.
	if kinds < 2 {
		t.Errorf("only %d files read %s alone: the guide pages are not marked", kinds, kept)
	}
	if edited == 0 {
		t.Error("no guide's page changed with its body: the edit did nothing")
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// memCache is a library.ParseCache in memory, so that a library loaded
// through it has keys. Loading asks it from every core.
type memCache struct {
	mu *sync.Mutex
	m  map[[32]byte]*library.Entry
}

func newMemCache() memCache { return memCache{&sync.Mutex{}, map[[32]byte]*library.Entry{}} }

func (memCache) Sum(string, fs.FileInfo) ([32]byte, bool) { return [32]byte{}, false }
func (memCache) Saw(string, fs.FileInfo, [32]byte)        {}
func (c memCache) Get(k [32]byte) (*library.Entry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[k]
	return e, ok
}
func (c memCache) Put(k [32]byte, e *library.Entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = e
}

// TestExportKept builds into one folder again and again, as an editor
// does, each time with the ledger of the build before: an unchanged
// library makes no file again; an edited guide makes again only what
// reads it, and the folder then holds exactly what a fresh build writes;
// a file changed by hand is made again; another program or registries
// (the salt) make everything again.
func TestExportKept(t *testing.T) {
	fsys := contentMap(t)
	cache := newMemCache()
	salt := [32]byte{1}
	dir := t.TempDir()
	build := func(salt [32]byte, prior *Ledger) (ExportStats, *Ledger) {
		t.Helper()
		lib, probs := library.Load(fsys, library.Options{Parsed: cache})
		if lib == nil {
			t.Fatal(probs)
		}
		s, err := New(Config{Library: lib, Static: true, OwnsLibrary: true})
		if err != nil {
			t.Fatal(err)
		}
		st, led, err := s.ExportKept(dir, salt, prior)
		if err != nil {
			t.Fatal(err)
		}
		if led == nil {
			t.Fatal("no ledger from a library loaded through a cache")
		}
		return st, led
	}
	first, led := build(salt, nil)
	if first.Kept != 0 || first.Unchanged != 0 {
		t.Errorf("first build: %+v, want nothing kept", first)
	}
	// Every file but the two host files, which are written each time.
	all := first.Files - 2
	if len(led.Files) != all {
		t.Errorf("the ledger holds %d files, want %d", len(led.Files), all)
	}
	b, err := led.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Ledger
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if back.Dir != led.Dir || back.Salt != led.Salt || !maps.Equal(back.Files, led.Files) {
		t.Fatal("the ledger does not read back as written")
	}

	again, led := build(salt, &back)
	if again.Kept != all || again.Files != first.Files || again.Bytes != first.Bytes || again.Compressed != first.Compressed {
		t.Errorf("unchanged library: %+v, want all %d files kept, counted as before (%+v)", again, all, first)
	}

	editBody(t, fsys[library.GuidesDir+"/uk/cyberflashing.md"], "A sentence added by an editor.")
	edited, led := build(salt, led)
	made := all - edited.Kept
	// The guide's page, its API file, and the two search indexes (its
	// neutral page too, if it has one).
	if made < 4 || made > 5 {
		t.Errorf("after one guide's body changed, %d files were made again, want 4 or 5", made)
	}
	page, err := os.ReadFile(filepath.Join(dir, "uk", "cyberflashing", "index.html"))
	if err != nil || !bytes.Contains(page, []byte("A sentence added by an editor.")) {
		t.Errorf("the edited guide's page does not hold the edit (%v)", err)
	}
	_, fresh := exportOf(t, fsys)
	sitetest.SameFiles(t, dir, fresh)

	// A file changed by hand, its size kept, is made again.
	home := filepath.Join(dir, "uk", "index.html")
	want, _ := os.ReadFile(home)
	if err := os.WriteFile(home, bytes.Repeat([]byte{'x'}, len(want)), 0o644); err != nil {
		t.Fatal(err)
	}
	touched, led := build(salt, led)
	if touched.Kept != all-1 {
		t.Errorf("one file changed by hand: %d kept, want %d", touched.Kept, all-1)
	}
	if got, _ := os.ReadFile(home); !bytes.Equal(got, want) {
		t.Error("the page changed by hand was not written again")
	}

	if other, _ := build([32]byte{2}, led); other.Kept != 0 {
		t.Errorf("another salt: %d files kept, want none", other.Kept)
	}
}

// FuzzLedger: any bytes read as a ledger either fail, leaving it as it
// was, or read back the same after a write.
func FuzzLedger(f *testing.F) {
	led := Ledger{Dir: "/site", Salt: [32]byte{7}, Files: map[string]LedgerFile{
		"index.html":      {Key: [32]byte{1}, Size: 10, ModTime: 1e18, GzSize: -1},
		"uk/a/index.html": {Key: [32]byte{2}, Size: 3, ModTime: 5, GzSize: 40, GzModTime: 6},
	}}
	b, _ := led.MarshalBinary()
	f.Add(b)
	f.Add([]byte(ledgerMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		l := Ledger{Dir: "as it was"}
		if err := l.UnmarshalBinary(b); err != nil {
			if l.Dir != "as it was" {
				t.Fatal("a failed read changed the ledger")
			}
			return
		}
		again, err := l.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var m Ledger
		if err := m.UnmarshalBinary(again); err != nil || m.Dir != l.Dir || m.Salt != l.Salt || !maps.Equal(m.Files, l.Files) {
			t.Fatalf("did not read back: %v", err)
		}
	})
}

// TestExportKeptRemovesWhatIsNoLongerMade builds into a folder whose
// ledger lists two pages this build does not make, as a guide removed or
// moved since leaves: the one as the last build left it goes, with its
// .gz copy and the folders it leaves empty, so it is not left published
// at its old address; the one changed since stays, and so does a file the
// ledger never listed.
func TestExportKeptRemovesWhatIsNoLongerMade(t *testing.T) {
	fsys := contentMap(t)
	cache := newMemCache()
	dir := t.TempDir()
	build := func(prior *Ledger) (ExportStats, *Ledger) {
		t.Helper()
		lib, probs := library.Load(fsys, library.Options{Parsed: cache})
		if lib == nil {
			t.Fatal(probs)
		}
		s, err := New(Config{Library: lib, Static: true})
		if err != nil {
			t.Fatal(err)
		}
		st, led, err := s.ExportKept(dir, [32]byte{1}, prior)
		if err != nil {
			t.Fatal(err)
		}
		return st, led
	}
	_, led := build(nil)
	// Pages an earlier build wrote, of guides gone since.
	write := func(file string) string {
		t.Helper()
		name := filepath.Join(dir, filepath.FromSlash(file))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, n := range []string{name, name + ".gz"} {
			if err := os.WriteFile(n, []byte("an old page"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		f, err := stand(name, [32]byte{9})
		if err != nil {
			t.Fatal(err)
		}
		led.Files[file] = f
		return name
	}
	gone := write("uk/a-guide-removed/index.html")
	edited := write("uk/a-guide-moved/index.html")
	if err := os.WriteFile(edited, []byte("edited by hand"), 0o644); err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(mine, []byte("an editor's own file"), 0o644); err != nil {
		t.Fatal(err)
	}

	st, again := build(led)
	if st.Removed != 1 {
		t.Errorf("%d files removed, want 1", st.Removed)
	}
	if _, err := os.Stat(filepath.Dir(gone)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the removed guide's folder is still there (%v)", err)
	}
	for _, keep := range []string{edited, mine} {
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("%s was removed, though the last build did not leave it so: %v", keep, err)
		}
	}
	if _, listed := again.Files["uk/a-guide-moved/index.html"]; listed {
		t.Error("the new ledger lists a file this build did not make")
	}
	if st.Kept != len(again.Files) {
		t.Errorf("%d of %d files kept: removing old ones made others again", st.Kept, len(again.Files))
	}
}

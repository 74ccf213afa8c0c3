package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"firststeps/internal/atomicfile"
	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/problem"
)

// lintCache keeps the guides firststeps lint loaded, each with the
// problems found in it alone and its near-duplicate signature, between
// runs, in one file under the user's cache folder
// ($XDG_CACHE_HOME/firststeps/lint.gob or the system's equivalent). A
// guide is found again only by its exact bytes, path and date, with the
// same program and the same registries (every content file that is not a
// guide), so an edit, a new rule or a changed registry is always checked
// afresh; the checks across guides run every time, on what it keeps.
//
// A guide file on disk whose size, times and inode are what they were
// when the cache last read it, and was last changed well before that, is
// not read again: the cache keeps the sum of its bytes. Its change time
// is one no program can set back, so an edit that keeps the size and
// sets the modification time back is still seen.
//
// A cache that cannot be read is ignored, and one that cannot be written
// is skipped: it only saves time.
type lintCache struct {
	file   string
	dir    string        // the content folder's absolute path; "" for the built-in content
	racy   time.Duration // racyWindow; tests set 0
	prefix [32]byte      // the program and the registries

	mu      sync.Mutex
	old     cacheFile // as read
	entries map[[32]byte]*library.Entry
	stamps  map[string]fileStamp
	changed bool
}

// cacheFile is what the file holds: read from a stream of gob values,
// the stamps, then batches of entries, so that no one value is large.
type cacheFile struct {
	Entries map[[32]byte]*library.Entry // by key, with the prefix
	Stamps  map[string]fileStamp        // by absolute path
}

// keyedEntry is an entry as the file holds it. Sums and signatures are
// bytes: gob reads an array number by number, and a byte slice at once,
// which made reading them a third of a second run.
type keyedEntry struct {
	Key       []byte
	Guide     *guide.Guide
	Problems  problem.List
	Signature *wireSignature
}

// wireSignature is a library.Signature as the file holds it, its MinHash
// eight bytes a number.
type wireSignature struct {
	Title   []string
	MinHash []byte
	Empty   bool
}

func toWire(k [32]byte, e *library.Entry) keyedEntry {
	ke := keyedEntry{Key: k[:], Guide: e.Guide, Problems: e.Problems}
	if sig := e.Signature; sig != nil {
		w := &wireSignature{Title: sig.Title, Empty: sig.Empty, MinHash: make([]byte, 0, 8*len(sig.MinHash))}
		for _, h := range sig.MinHash {
			w.MinHash = binary.LittleEndian.AppendUint64(w.MinHash, h)
		}
		ke.Signature = w
	}
	return ke
}

// fromWire returns the entry ke holds, or false if it is malformed.
func fromWire(ke keyedEntry) ([32]byte, *library.Entry, bool) {
	var k [32]byte
	if len(ke.Key) != len(k) {
		return k, nil, false
	}
	copy(k[:], ke.Key)
	e := &library.Entry{Guide: ke.Guide, Problems: ke.Problems}
	if w := ke.Signature; w != nil {
		sig := &library.Signature{Title: w.Title, Empty: w.Empty}
		if len(w.MinHash) != 8*len(sig.MinHash) {
			return k, nil, false
		}
		for i := range sig.MinHash {
			sig.MinHash[i] = binary.LittleEndian.Uint64(w.MinHash[8*i:])
		}
		e.Signature = sig
	}
	return k, e, true
}

// keyedStamp is a file's stamp as the file holds it.
type keyedStamp struct {
	Path                      string
	Size, ModTime, ChangeTime int64
	Inode, Device             uint64
	Seen                      int64
	Sum                       []byte
}

// entryBatch is how many entries the file holds in one gob value.
const entryBatch = 256

func (cf *cacheFile) decode(r io.Reader) error {
	dec := gob.NewDecoder(r)
	var stamps []keyedStamp
	if err := dec.Decode(&stamps); err != nil {
		return err
	}
	cf.Stamps = make(map[string]fileStamp, len(stamps))
	for _, ks := range stamps {
		st := fileStamp{Size: ks.Size, ModTime: ks.ModTime, ChangeTime: ks.ChangeTime, Inode: ks.Inode, Device: ks.Device, Seen: ks.Seen}
		if len(ks.Sum) != len(st.Sum) {
			return errors.New("malformed stamp")
		}
		copy(st.Sum[:], ks.Sum)
		cf.Stamps[ks.Path] = st
	}
	cf.Entries = map[[32]byte]*library.Entry{}
	for {
		var batch []keyedEntry
		if err := dec.Decode(&batch); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		for _, ke := range batch {
			k, e, ok := fromWire(ke)
			if !ok {
				return errors.New("malformed entry")
			}
			cf.Entries[k] = e
		}
	}
}

func (cf *cacheFile) encode(w io.Writer) error {
	enc := gob.NewEncoder(w)
	stamps := make([]keyedStamp, 0, len(cf.Stamps))
	for p, st := range cf.Stamps {
		stamps = append(stamps, keyedStamp{Path: p, Size: st.Size, ModTime: st.ModTime, ChangeTime: st.ChangeTime, Inode: st.Inode, Device: st.Device, Seen: st.Seen, Sum: st.Sum[:]})
	}
	if err := enc.Encode(stamps); err != nil {
		return err
	}
	batch := make([]keyedEntry, 0, entryBatch)
	flush := func() error {
		err := enc.Encode(batch)
		batch = batch[:0]
		return err
	}
	for k, e := range cf.Entries {
		batch = append(batch, toWire(k, e))
		if len(batch) == entryBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if len(batch) > 0 {
		return flush()
	}
	return nil
}

// fileStamp is what a file was like when its bytes' sum was taken.
type fileStamp struct {
	Size, ModTime, ChangeTime int64 // times in nanoseconds
	Inode, Device             uint64
	Seen                      int64 // when its bytes were read
	Sum                       [32]byte
}

// racyWindow is how long after a file's last change its stamp is not
// trusted: a file changed again within the clock's granularity of its
// being read could keep every time it had.
const racyWindow = 2 * time.Second

// openLintCache opens the cache for the content in fsys, the folder dir
// ("" for the built-in content). It returns nil when there is no cache
// folder.
func openLintCache(fsys fs.FS, dir string) *lintCache {
	cdir, err := os.UserCacheDir()
	if err != nil {
		return nil
	}
	c := &lintCache{file: filepath.Join(cdir, "firststeps", "lint.gob"), entries: map[[32]byte]*library.Entry{}, stamps: map[string]fileStamp{}, racy: racyWindow}
	if dir != "" {
		if c.dir, err = filepath.Abs(dir); err != nil {
			return nil
		}
	}
	h := sha256.New()
	// The program: its rules are its code.
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	f, err := os.Open(exe)
	if err != nil {
		return nil
	}
	_, err = io.Copy(h, f)
	f.Close()
	if err != nil {
		return nil
	}
	// The registries, and whatever else a guide's loading may read.
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p == library.GuidesDir {
				return fs.SkipDir // the guides are keyed each by its own bytes
			}
			return nil
		}
		if strings.HasPrefix(p, library.GuidesDir+"/") {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		h.Write([]byte(p))
		h.Write([]byte{0})
		h.Write(b)
		h.Write([]byte{0})
		return nil
	})
	if err != nil {
		return nil
	}
	h.Sum(c.prefix[:0])
	if b, err := os.ReadFile(c.file); err == nil {
		if err := c.old.decode(bytes.NewReader(b)); err != nil {
			c.old = cacheFile{} // unreadable: start again
		}
	}
	return c
}

func (c *lintCache) key(k [32]byte) [32]byte {
	return sha256.Sum256(append(c.prefix[:], k[:]...))
}

// Sum implements library.ParseCache.
func (c *lintCache) Sum(name string, info fs.FileInfo) ([32]byte, bool) {
	if c.dir == "" {
		return [32]byte{}, false
	}
	now, ok := stampOf(info)
	if !ok {
		return [32]byte{}, false
	}
	path := filepath.Join(c.dir, filepath.FromSlash(name))
	c.mu.Lock()
	defer c.mu.Unlock()
	was, ok := c.old.Stamps[path]
	if !ok {
		return [32]byte{}, false
	}
	now.Seen, now.Sum = was.Seen, was.Sum
	if now != was || max(now.ModTime, now.ChangeTime) > was.Seen-int64(c.racy) {
		return [32]byte{}, false
	}
	c.stamps[path] = was
	return was.Sum, true
}

// Saw implements library.ParseCache.
func (c *lintCache) Saw(name string, info fs.FileInfo, sum [32]byte) {
	if c.dir == "" {
		return
	}
	st, ok := stampOf(info)
	if !ok {
		return
	}
	st.Seen, st.Sum = time.Now().UnixNano(), sum
	path := filepath.Join(c.dir, filepath.FromSlash(name))
	c.mu.Lock()
	c.stamps[path] = st
	c.changed = true
	c.mu.Unlock()
}

// Get implements library.ParseCache.
func (c *lintCache) Get(k [32]byte) (*library.Entry, bool) {
	k = c.key(k)
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.old.Entries[k]
	if !ok || e == nil {
		return nil, false
	}
	c.entries[k] = e
	return e, true
}

// Put implements library.ParseCache.
func (c *lintCache) Put(k [32]byte, e *library.Entry) {
	k = c.key(k)
	c.mu.Lock()
	c.entries[k] = e
	c.changed = true
	c.mu.Unlock()
}

// Save writes the entries and stamps this run used or made, when they
// differ from what was read: those of guides that changed or went fall
// away. The stamps of other content folders stay.
func (c *lintCache) Save() error {
	if !c.changed && len(c.entries) == len(c.old.Entries) {
		return nil
	}
	for p, st := range c.old.Stamps {
		if _, ok := c.stamps[p]; !ok && (c.dir == "" || !strings.HasPrefix(p, c.dir+string(filepath.Separator))) {
			c.stamps[p] = st
		}
	}
	var b bytes.Buffer
	cf := cacheFile{Entries: c.entries, Stamps: c.stamps}
	if err := cf.encode(&b); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(c.file), 0o700); err != nil {
		return err
	}
	return atomicfile.Write(c.file, b.Bytes())
}

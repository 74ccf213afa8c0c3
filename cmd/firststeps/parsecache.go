package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"firststeps/internal/atomicfile"
	"firststeps/internal/binform"
	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/parallel"
	"firststeps/internal/problem"
	"firststeps/internal/search"
	"firststeps/internal/web"
)

// parseCache keeps the guides a command loaded, each with the problems
// found in it alone (and for lint its near-duplicate signature), between
// runs, in one file under the user's cache folder
// ($XDG_CACHE_HOME/firststeps/<command>.gob or the system's
// equivalent): lint keeps what its checks across guides read, serve
// keeps each guide whole, packed HTML and all. A guide is found again
// only by its exact bytes, path and date, with the same program and the
// same registries (every content file that is not a guide), so an edit,
// a new rule or a changed registry is always checked afresh; the checks
// across guides run every time, on what it keeps.
//
// A guide file on disk whose size, times and inode are what they were
// when the cache last read it, and was last changed well before that, is
// not read again: the cache keeps the sum of its bytes. Its change time
// is one no program can set back, so an edit that keeps the size and
// sets the modification time back is still seen.
//
// A cache that cannot be read is ignored, and one that cannot be written
// is skipped: it only saves time.
type parseCache struct {
	file   string
	dir    string        // the content folder's absolute path; "" for the built-in content
	racy   time.Duration // racyWindow; tests set 0
	prefix [32]byte      // the program and the registries

	read    chan struct{} // closed once old is read
	mu      sync.Mutex
	old     cacheFile // as read
	entries map[[32]byte]*library.Entry
	stamps  map[string]fileStamp
	changed bool
	wrote   bool // Save wrote the file
}

// cacheFile is what the file holds. The file is its magic bytes, then a
// run of frames, each a length, a CRC-32C of its bytes and its bytes in
// the binary form of internal/binform: the first holds the stamps, each
// of the others a batch of entries, their guides in guide.Guide's own
// form. Frames are read and written on every core, and a damaged one
// fails its check rather than giving a guide that is not what was
// parsed.
type cacheFile struct {
	Entries map[[32]byte]*library.Entry // by key, with the prefix
	Stamps  map[string]fileStamp        // by absolute path
}

// cacheMagic opens the file; it changes with the form.
const cacheMagic = "fsc\x02"

// entryBatch is how many entries one frame holds.
const entryBatch = 256

// frameHeader is a frame's length and CRC-32C, before its bytes.
const frameHeader = 12

// maxFrame bounds a frame's length as read, so a damaged length cannot
// ask for more memory than any real frame takes.
const maxFrame = 1 << 30

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errDamaged is what reading a damaged or foreign cache file returns.
var errDamaged = errors.New("damaged cache file")

// decode reads the file f, of size bytes, frame by frame on every core.
func (cf *cacheFile) decode(f io.ReaderAt, size int64) error {
	magic := make([]byte, len(cacheMagic))
	if _, err := f.ReadAt(magic, 0); err != nil || string(magic) != cacheMagic {
		return errDamaged
	}
	// The frames' places, from their headers.
	type frame struct {
		off, n int64
		sum    uint32
	}
	var frames []frame
	var hdr [frameHeader]byte
	for off := int64(len(cacheMagic)); off < size; {
		if _, err := f.ReadAt(hdr[:], off); err != nil {
			return errDamaged
		}
		n := int64(binary.LittleEndian.Uint64(hdr[:8]))
		if n < 0 || n > maxFrame || off+frameHeader+n > size {
			return errDamaged
		}
		frames = append(frames, frame{off + frameHeader, n, binary.LittleEndian.Uint32(hdr[8:])})
		off += frameHeader + n
	}
	if len(frames) == 0 {
		return errDamaged
	}
	batches := make([][]keyedEntry, len(frames))
	var stamps map[string]fileStamp
	bufs := make([][]byte, parallel.Workers(len(frames))) // each worker's, reused
	err := parallel.ForErr(len(frames), func(w, i int) error {
		fr := frames[i]
		if int64(cap(bufs[w])) < fr.n {
			bufs[w] = make([]byte, fr.n)
		}
		b := bufs[w][:fr.n]
		if _, err := f.ReadAt(b, fr.off); err != nil || crc32.Checksum(b, castagnoli) != fr.sum {
			return errDamaged
		}
		r := binform.FromBytes(b)
		var err error
		if i == 0 {
			stamps = readStamps(r)
		} else {
			batches[i], err = readEntries(r)
		}
		if err != nil || !r.Done() {
			return errDamaged
		}
		return nil
	})
	if err != nil {
		return err
	}
	cf.Stamps = stamps
	cf.Entries = map[[32]byte]*library.Entry{}
	for _, batch := range batches {
		for _, ke := range batch {
			cf.Entries[ke.key] = ke.e
		}
	}
	return nil
}

// keyedEntry is an entry with its key, as a frame holds it.
type keyedEntry struct {
	key [32]byte
	e   *library.Entry
}

func writeStamps(w *binform.Writer, stamps map[string]fileStamp) {
	w.Count(false, len(stamps))
	for p, st := range stamps {
		w.Str(p)
		w.Int64(st.Size)
		w.Int64(st.ModTime)
		w.Int64(st.ChangeTime)
		w.Uint(st.Inode)
		w.Uint(st.Device)
		w.Int64(st.Seen)
		w.Raw(st.Sum[:])
	}
}

func readStamps(r *binform.Reader) map[string]fileStamp {
	n, _ := r.Count()
	stamps := make(map[string]fileStamp, n)
	for range n {
		p := r.Str()
		st := fileStamp{Size: r.Int64(), ModTime: r.Int64(), ChangeTime: r.Int64(), Inode: r.Uint(), Device: r.Uint(), Seen: r.Int64()}
		copy(st.Sum[:], r.Next(len(st.Sum)))
		stamps[p] = st
	}
	return stamps
}

func writeEntries(w *binform.Writer, batch []keyedEntry) error {
	w.Count(false, len(batch))
	for _, ke := range batch {
		e := ke.e
		w.Raw(ke.key[:])
		w.Bool(e.Whole)
		var g []byte
		if e.Guide != nil {
			var err error
			if g, err = e.Guide.MarshalBinary(); err != nil {
				return err
			}
		}
		w.Bytes(g)
		w.Count(e.Problems == nil, len(e.Problems))
		for _, p := range e.Problems {
			w.Str(p.File)
			w.Int(p.Line)
			w.Str(p.Rule)
			w.Str(p.Msg)
			w.Int(int(p.Severity))
		}
		w.Bool(e.Signature != nil)
		if sig := e.Signature; sig != nil {
			w.Strs(sig.Title)
			for _, h := range sig.MinHash {
				w.B = binary.LittleEndian.AppendUint64(w.B, h)
			}
			w.Bool(sig.Empty)
		}
	}
	return nil
}

func readEntries(r *binform.Reader) ([]keyedEntry, error) {
	n, _ := r.Count()
	batch := make([]keyedEntry, 0, n)
	for range n {
		var ke keyedEntry
		copy(ke.key[:], r.Next(len(ke.key)))
		e := &library.Entry{Whole: r.Bool()}
		if size, ok := r.Count(); ok {
			e.Guide = new(guide.Guide)
			if err := e.Guide.UnmarshalBinary(r.Next(size)); err != nil {
				return nil, err
			}
		}
		if np, ok := r.Count(); ok {
			e.Problems = make(problem.List, np)
			for i := range e.Problems {
				e.Problems[i] = problem.Problem{File: r.Str(), Line: r.Int(), Rule: r.Str(), Msg: r.Str(), Severity: problem.Severity(r.Int())}
			}
		}
		if r.Bool() {
			sig := &library.Signature{Title: r.Strs()}
			for i := range sig.MinHash {
				if b := r.Next(8); len(b) == 8 {
					sig.MinHash[i] = binary.LittleEndian.Uint64(b)
				}
			}
			sig.Empty = r.Bool()
			e.Signature = sig
		}
		ke.e = e
		batch = append(batch, ke)
	}
	return batch, r.Err()
}

// encode writes the file to w, its frames made on every core.
func (cf *cacheFile) encode(w io.Writer) error {
	var batches [][]keyedEntry
	batch := make([]keyedEntry, 0, entryBatch)
	for k, e := range cf.Entries {
		batch = append(batch, keyedEntry{k, e})
		if len(batch) == entryBatch {
			batches = append(batches, batch)
			batch = make([]keyedEntry, 0, entryBatch)
		}
	}
	if len(batch) > 0 {
		batches = append(batches, batch)
	}
	// Frames are made a core's worth at a time and written in order, so
	// no more than that is held at once.
	bw := bufio.NewWriterSize(w, 1<<20)
	if _, err := bw.WriteString(cacheMagic); err != nil {
		return err
	}
	frames := make([]binform.Writer, parallel.Workers(len(batches)+1))
	for from := 0; from <= len(batches); from += len(frames) {
		n := min(len(frames), len(batches)+1-from)
		err := parallel.ForErr(n, func(_, i int) error {
			fw := &frames[i]
			fw.B = append(fw.B[:0], make([]byte, frameHeader)...)
			if from+i == 0 {
				writeStamps(fw, cf.Stamps)
				return nil
			}
			return writeEntries(fw, batches[from+i-1])
		})
		if err != nil {
			return err
		}
		for i := range n {
			b := frames[i].B
			binary.LittleEndian.PutUint64(b[:8], uint64(len(b)-frameHeader))
			binary.LittleEndian.PutUint32(b[8:frameHeader], crc32.Checksum(b[frameHeader:], castagnoli))
			if _, err := bw.Write(b); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
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

// openParseCache opens the cache named name (the command's) for the
// content in fsys, the folder dir ("" for the built-in content). It
// returns nil when there is no cache folder.
func openParseCache(fsys fs.FS, dir, name string) *parseCache {
	cdir, err := os.UserCacheDir()
	if err != nil {
		return nil
	}
	c := &parseCache{file: filepath.Join(cdir, "firststeps", name+".gob"), entries: map[[32]byte]*library.Entry{}, stamps: map[string]fileStamp{}, racy: racyWindow}
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
	// Read while the registries load, which takes one core: the guides
	// are asked for only after them.
	c.read = make(chan struct{})
	go func() {
		defer close(c.read)
		if f, err := os.Open(c.file); err == nil {
			st, err := f.Stat()
			if err != nil || c.old.decode(f, st.Size()) != nil {
				c.old = cacheFile{} // unreadable: start again
			}
			f.Close()
		}
	}()
	return c
}

func (c *parseCache) key(k [32]byte) [32]byte {
	return sha256.Sum256(append(c.prefix[:], k[:]...))
}

// Sum implements library.ParseCache.
func (c *parseCache) Sum(name string, info fs.FileInfo) ([32]byte, bool) {
	if c.dir == "" {
		return [32]byte{}, false
	}
	now, ok := stampOf(info)
	if !ok {
		return [32]byte{}, false
	}
	path := filepath.Join(c.dir, filepath.FromSlash(name))
	<-c.read
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
func (c *parseCache) Saw(name string, info fs.FileInfo, sum [32]byte) {
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
func (c *parseCache) Get(k [32]byte) (*library.Entry, bool) {
	k = c.key(k)
	<-c.read
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
func (c *parseCache) Put(k [32]byte, e *library.Entry) {
	k = c.key(k)
	c.mu.Lock()
	c.entries[k] = e
	c.changed = true
	c.mu.Unlock()
}

// Save writes the entries and stamps this run used or made, when they
// differ from what was read: those of guides that changed or went fall
// away. The stamps of other content folders stay.
func (c *parseCache) Save() error {
	<-c.read
	if !c.changed && len(c.entries) == len(c.old.Entries) {
		return nil
	}
	for p, st := range c.old.Stamps {
		if _, ok := c.stamps[p]; !ok && (c.dir == "" || !strings.HasPrefix(p, c.dir+string(filepath.Separator))) {
			c.stamps[p] = st
		}
	}
	if err := os.MkdirAll(filepath.Dir(c.file), 0o700); err != nil {
		return err
	}
	cf := cacheFile{Entries: c.entries, Stamps: c.stamps}
	if err := atomicfile.WriteFunc(c.file, cf.encode); err != nil {
		return err
	}
	c.wrote = true
	return nil
}

// ledgerFile is where build keeps the ledger of its last export (see
// web.Ledger), beside its parse cache: one, of the last folder built.
func (c *parseCache) ledgerFile() string {
	return strings.TrimSuffix(c.file, ".gob") + "-files.bin"
}

// readLedger returns the ledger of the last build, or nil when there is
// none that can be read.
func (c *parseCache) readLedger() *web.Ledger {
	b, err := os.ReadFile(c.ledgerFile())
	if err != nil {
		return nil
	}
	var led web.Ledger
	if led.UnmarshalBinary(b) != nil {
		return nil
	}
	return &led
}

// saveLedger keeps led for the next build.
func (c *parseCache) saveLedger(led *web.Ledger) error {
	b, err := led.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(c.file), 0o700); err != nil {
		return err
	}
	return atomicfile.Write(c.ledgerFile(), b)
}

// searchCache is where build keeps each guide's analysis for the search
// indexes (see search.Cache), beside its parse cache, read only when an
// index is built.
func (c *parseCache) searchCache() *search.Cache {
	return search.NewCache(c.prefix, func() ([]byte, error) { return os.ReadFile(c.searchFile()) })
}

func (c *parseCache) searchFile() string {
	return strings.TrimSuffix(c.file, ".gob") + "-terms.bin"
}

// saveSearchCache keeps sc for the next run, when it changed, and says
// whether it wrote it.
func (c *parseCache) saveSearchCache(sc *search.Cache) (bool, error) {
	if !sc.Changed() {
		return false, nil
	}
	b, err := sc.MarshalBinary()
	if err != nil {
		return false, err
	}
	if err := os.MkdirAll(filepath.Dir(c.file), 0o700); err != nil {
		return false, err
	}
	if err := atomicfile.Write(c.searchFile(), b); err != nil {
		return false, err
	}
	return true, nil
}

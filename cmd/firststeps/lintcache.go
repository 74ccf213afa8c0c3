package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"firststeps/internal/atomicfile"
	"firststeps/internal/guide"
	"firststeps/internal/problem"
)

// lintCache keeps the guides firststeps lint parsed, with their own
// problems, between runs, in one file under the user's cache folder
// ($XDG_CACHE_HOME/firststeps/lint.gob or the system's equivalent). A
// guide is found again only by its exact bytes, path and date, with the
// same program and the same registries (every content file that is not a
// guide), so an edit, a new rule or a changed registry is always checked
// afresh; the checks across the library run every time. A cache that
// cannot be read is ignored, and one that cannot be written is skipped:
// it only saves time.
type lintCache struct {
	file   string
	prefix [32]byte // the program and the registries

	mu   sync.Mutex
	old  map[[32]byte][]byte // as read
	kept map[[32]byte][]byte // what this run used or made: written back
	made bool
}

// cachedGuide is one entry.
type cachedGuide struct {
	Guide    *guide.Guide
	Problems problem.List
}

// openLintCache opens the cache for the content in fsys. It returns nil
// when there is no cache folder.
func openLintCache(fsys fs.FS) *lintCache {
	dir, err := os.UserCacheDir()
	if err != nil {
		return nil
	}
	c := &lintCache{file: filepath.Join(dir, "firststeps", "lint.gob"), kept: map[[32]byte][]byte{}}
	h := sha256.New()
	// The program: its rules are its code.
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			_, err = io.Copy(h, f)
			f.Close()
			if err != nil {
				return nil
			}
		}
	} else {
		return nil
	}
	// The registries, and whatever else a guide's parsing may read.
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(p, "guides/") {
			return err
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
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&c.old); err != nil {
			c.old = nil // unreadable: start again
		}
	}
	return c
}

func (c *lintCache) key(k [32]byte) [32]byte {
	return sha256.Sum256(append(c.prefix[:], k[:]...))
}

// Get implements library.ParseCache.
func (c *lintCache) Get(k [32]byte) (*guide.Guide, problem.List, bool) {
	k = c.key(k)
	c.mu.Lock()
	b, ok := c.old[k]
	c.mu.Unlock()
	if !ok {
		return nil, nil, false
	}
	var e cachedGuide
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&e); err != nil || e.Guide == nil {
		return nil, nil, false
	}
	c.mu.Lock()
	c.kept[k] = b
	c.mu.Unlock()
	return e.Guide, e.Problems, true
}

// Put implements library.ParseCache.
func (c *lintCache) Put(k [32]byte, g *guide.Guide, probs problem.List) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(cachedGuide{g, probs}); err != nil {
		return
	}
	k = c.key(k)
	c.mu.Lock()
	c.kept[k] = b.Bytes()
	c.made = true
	c.mu.Unlock()
}

// Save writes the entries this run used or made, when they differ from
// what was read: entries for guides that changed or went fall away.
func (c *lintCache) Save() error {
	if !c.made && len(c.kept) == len(c.old) {
		return nil
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(c.kept); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(c.file), 0o700); err != nil {
		return err
	}
	return atomicfile.Write(c.file, b.Bytes())
}

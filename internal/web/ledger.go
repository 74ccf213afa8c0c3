package web

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"firststeps/internal/binform"
	"firststeps/internal/parallel"
)

// Ledger is what a folder holds from the last static export into it
// (ExportKept): for each file, a key of everything it was made from and
// how the file stood once written. The next export into the folder makes
// a file again only when its key changed or the file was touched since,
// so an editor's build after an edit makes the edited guide's pages and
// those that read every guide's text (the search indexes), not the
// thousands of others; and it removes the files it no longer makes.
//
// A file's key sums the Salt, the Config, every guide's outline
// (guide.OutlineSum: front matter as read, which any page may show of
// any guide) and, by what the page reads beyond that, nothing more, one
// guide's whole key (its own pages and API file), or every guide's (the
// search indexes). TestLedgerScopes holds each page
// to what it says it reads. The static site says nothing that changes
// with time (TestExportSaysNothingOfTheClock), so the day is not in it.
type Ledger struct {
	Dir   string                // the folder, absolute
	Salt  [32]byte              // see ExportKept
	Files map[string]LedgerFile // by file under Dir, slash-separated
}

// LedgerFile is one file as the export wrote it, or found it written.
type LedgerFile struct {
	Key           [32]byte
	Size, ModTime int64 // the file's; the time in nanoseconds
	// GzSize and GzModTime are its .gz copy's; GzSize is -1 when it has
	// none.
	GzSize, GzModTime int64
}

// ledgerMagic opens a Ledger's binary form; it changes with the form.
const ledgerMagic = "fsl\x01"

// MarshalBinary encodes l, its files in order.
func (l *Ledger) MarshalBinary() ([]byte, error) {
	var w binform.Writer
	w.Raw([]byte(ledgerMagic))
	w.Str(l.Dir)
	w.Raw(l.Salt[:])
	names := make([]string, 0, len(l.Files))
	for n := range l.Files {
		names = append(names, n)
	}
	slices.Sort(names)
	w.Uint(uint64(len(names)))
	for _, n := range names {
		f := l.Files[n]
		w.Str(n)
		w.Raw(f.Key[:])
		w.Int64(f.Size)
		w.Int64(f.ModTime)
		w.Int64(f.GzSize)
		w.Int64(f.GzModTime)
	}
	return w.B, nil
}

// errLedger: the bytes are not a Ledger in this form.
var errLedger = errors.New("web: not a ledger of this version")

// UnmarshalBinary decodes what MarshalBinary wrote; anything else is an
// error, and leaves l as it was.
func (l *Ledger) UnmarshalBinary(b []byte) error {
	r := binform.FromBytes(b)
	if r.Take(len(ledgerMagic)) != ledgerMagic {
		return errLedger
	}
	out := Ledger{Dir: r.Str()}
	copy(out.Salt[:], r.Next(32))
	n := r.Uint()
	// Each file takes more than 32 bytes: a damaged count cannot ask for
	// a huge map.
	if n > uint64(len(b)/32) {
		return errLedger
	}
	out.Files = make(map[string]LedgerFile, n)
	for range n {
		name := r.Str()
		var f LedgerFile
		copy(f.Key[:], r.Next(32))
		f.Size, f.ModTime, f.GzSize, f.GzModTime = r.Int64(), r.Int64(), r.Int64(), r.Int64()
		if r.Err() != nil {
			break
		}
		out.Files[name] = f
	}
	if !r.Done() {
		return errLedger
	}
	*l = out
	return nil
}

// fileKeys gives each exported file's key: the ledger's reading of what
// the file was made from.
type fileKeys struct {
	s       *Server
	outline [32]byte // the salt, the Config and every guide's outline
	text    [32]byte // and every guide's whole key
}

// newFileKeys sums what every file's key starts from; ok is false when
// the library was not loaded through a parse cache, and so has no keys.
func (s *Server) newFileKeys(salt [32]byte) (fileKeys, bool) {
	whole, ok := s.lib.Key()
	if !ok {
		return fileKeys{}, false
	}
	sums := make([][32]byte, len(s.lib.Guides))
	parallel.For(len(sums), func(_, i int) { sums[i] = s.lib.Guides[i].OutlineSum() })
	h := sha256.New()
	// The form of the pages themselves is the program's, in the salt.
	fmt.Fprintf(h, "firststeps export\x00%x\x00%q %q %q %v\x00", salt, s.cfg.BaseURL, s.cfg.ExitURL, s.cfg.ReportEmail, s.cfg.Static)
	for i, g := range s.lib.Guides {
		fmt.Fprintf(h, "%s\x00", g.ID)
		h.Write(sums[i][:])
	}
	k := fileKeys{s: s}
	h.Sum(k.outline[:0])
	k.text = sha256.Sum256(append(append([]byte("text\x00"), k.outline[:]...), whole[:]...))
	return k, true
}

// of returns the key of the file route is written to.
func (k fileKeys) of(route string) [32]byte {
	var id string
	if p := k.s.pages[route]; p != nil {
		if p.text {
			return k.text
		}
		id = p.guide
	} else if g, ok := k.s.api.FileGuide(route); ok {
		id = g
	}
	if id == "" {
		return k.outline
	}
	gk, ok := k.s.lib.GuideKey(id)
	if !ok {
		return k.text // a guide with no key of its own: any change makes it again
	}
	return sha256.Sum256(append(append(append([]byte("guide\x00"), k.outline[:]...), id+"\x00"...), gk[:]...))
}

// stand returns how the file name and its .gz copy stand now, with key.
func stand(name string, key [32]byte) (LedgerFile, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return LedgerFile{}, err
	}
	f := LedgerFile{Key: key, Size: fi.Size(), ModTime: fi.ModTime().UnixNano(), GzSize: -1}
	switch gz, err := os.Stat(name + ".gz"); {
	case err == nil:
		f.GzSize, f.GzModTime = gz.Size(), gz.ModTime().UnixNano()
	case !errors.Is(err, fs.ErrNotExist):
		return LedgerFile{}, err
	}
	return f, nil
}

// kept reports whether the folder still holds file as the ledger
// recorded it, made from key: then it need not be made again.
func (l *Ledger) kept(dir, file string, key [32]byte) (LedgerFile, bool) {
	if l == nil {
		return LedgerFile{}, false
	}
	was, ok := l.Files[file]
	if !ok || was.Key != key {
		return LedgerFile{}, false
	}
	now, err := stand(filepath.Join(dir, filepath.FromSlash(file)), key)
	return now, err == nil && now == was
}

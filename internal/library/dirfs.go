package library

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"syscall"
)

// Size caps: the most the loader reads of one file. The largest real
// files are far below them: a guide is about 12 KB, and the flows of a
// generated library of 10,000 guides about 770 KB.
const (
	MaxMarkdownSize = 1 << 20 // a guide or another Markdown file
	MaxRegistrySize = 8 << 20 // a YAML or JSON registry
)

// Errors reading a content file.
var (
	ErrNotRegular = errors.New("not a regular file (a link out of the folder, a pipe, a device or a folder)")
	ErrTooLarge   = errors.New("too large")
)

// DirFS returns the content folder dir as a file system that the loader
// can read safely: nothing outside dir is reached (a symbolic link that
// leads out is an error, os.Root), and opening a pipe or a device never
// blocks (it is opened without waiting and refused).
func DirFS(dir string) (fs.FS, error) {
	r, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return rootFS{r}, nil
}

type rootFS struct{ r *os.Root }

func (f rootFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	file, err := f.r.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	st, err := file.Stat()
	if err != nil {
		file.Close()
		return nil, err
	}
	if !st.Mode().IsRegular() && !st.IsDir() {
		file.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: ErrNotRegular}
	}
	return file, nil
}

func (f rootFS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	return f.r.Stat(name)
}

// readLimited reads a regular file of at most limit bytes.
//
// It asks the open file, not the path, for its size and kind: stating the
// path first walked its folders once more (os.Root) for every guide, and
// opening is safe, since DirFS never blocks on a pipe or a device.
func readLimited(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrNotRegular}
	}
	if st.Size() > limit {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("%w: %d bytes, more than %d", ErrTooLarge, st.Size(), limit)}
	}
	// Read into a buffer of the file's size (and a byte more, to see
	// the end): io.ReadAll would start at 512 bytes and grow five times
	// for a guide, a tenth of loading 10,000 of them.
	b := make([]byte, 0, min(st.Size(), limit)+1)
	r := io.LimitReader(f, limit+1)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if int64(len(b)) > limit {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)}
	}
	return b, nil
}

// sizeLimit is the cap for a content file, by its kind.
func sizeLimit(name string) int64 {
	if path.Ext(name) == ".md" {
		return MaxMarkdownSize
	}
	return MaxRegistrySize
}

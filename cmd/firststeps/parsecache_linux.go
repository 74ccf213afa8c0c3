package main

import (
	"io/fs"
	"syscall"
	"time"
)

// stampOf describes a file on disk, or reports that it cannot.
func stampOf(info fs.FileInfo) (fileStamp, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileStamp{}, false // the built-in content: read, never stat
	}
	return fileStamp{
		Size:       info.Size(),
		ModTime:    info.ModTime().UnixNano(),
		ChangeTime: time.Unix(int64(st.Ctim.Sec), int64(st.Ctim.Nsec)).UnixNano(),
		Inode:      st.Ino,
		Device:     uint64(st.Dev),
	}, true
}

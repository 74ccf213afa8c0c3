package librarytest

import (
	"os"
	"strconv"
	"testing"
)

// TestWriteGenerated writes a generated library to disk when asked:
//
//	FIRSTSTEPS_GEN_DIR=/tmp/gen FIRSTSTEPS_GEN_N=2000 go test ./internal/library/librarytest -run TestWriteGenerated
//
// so the commands can be measured on it (firststeps build -content /tmp/gen).
func TestWriteGenerated(t *testing.T) {
	dir := os.Getenv("FIRSTSTEPS_GEN_DIR")
	if dir == "" {
		t.Skip("set FIRSTSTEPS_GEN_DIR (and FIRSTSTEPS_GEN_N) to write a generated library")
	}
	n, err := strconv.Atoi(os.Getenv("FIRSTSTEPS_GEN_N"))
	if err != nil || n < 1 {
		n = 2000
	}
	if err := WriteDir(Generate(n), dir); err != nil {
		t.Fatal(err)
	}
}

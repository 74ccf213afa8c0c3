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
// FIRSTSTEPS_GEN_REALISTIC=1 writes realistic guides beside the real ones
// instead of placeholder text (NewRealistic), and FIRSTSTEPS_GEN_QUERIES=FILE
// their held-out phrasings as a TSV of guide id and text.
func TestWriteGenerated(t *testing.T) {
	dir := os.Getenv("FIRSTSTEPS_GEN_DIR")
	if dir == "" {
		t.Skip("set FIRSTSTEPS_GEN_DIR (and FIRSTSTEPS_GEN_N) to write a generated library")
	}
	n, err := strconv.Atoi(os.Getenv("FIRSTSTEPS_GEN_N"))
	if err != nil || n < 1 {
		n = 2000
	}
	if os.Getenv("FIRSTSTEPS_GEN_REALISTIC") == "" {
		if err := WriteDir(Generate(n), dir); err != nil {
			t.Fatal(err)
		}
		return
	}
	r := NewRealistic(n, RealisticOptions{Real: true})
	if err := WriteDir(r.FS, dir); err != nil {
		t.Fatal(err)
	}
	if f := os.Getenv("FIRSTSTEPS_GEN_QUERIES"); f != "" {
		out := []byte("id\ttext\n")
		for _, q := range r.Queries {
			out = append(out, q.ID+"\t"+q.Text+"\n"...)
		}
		if err := os.WriteFile(f, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

package parallel_test

import (
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"

	"firststeps/internal/parallel"
)

func TestWorkers(t *testing.T) {
	procs := runtime.GOMAXPROCS(0)
	for _, tt := range []struct{ n, want int }{
		{0, 1}, {1, 1}, {procs, procs}, {procs + 5, procs}, {1000, procs},
	} {
		if got := parallel.Workers(tt.n); got != tt.want {
			t.Errorf("Workers(%d) = %d, want %d", tt.n, got, tt.want)
		}
	}
}

// TestFor: every piece runs exactly once, each worker number is in range,
// and per-worker state needs no lock.
func TestFor(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 17, 1000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			runs := make([]atomic.Int32, n)
			perWorker := make([]int, parallel.Workers(n)) // written without a lock: the race detector checks
			parallel.For(n, func(w, i int) {
				if w < 0 || w >= len(perWorker) {
					t.Errorf("worker %d out of range [0, %d)", w, len(perWorker))
					return
				}
				perWorker[w]++
				runs[i].Add(1)
			})
			total := 0
			for _, c := range perWorker {
				total += c
			}
			if total != n {
				t.Errorf("workers ran %d pieces, want %d", total, n)
			}
			for i := range runs {
				if c := runs[i].Load(); c != 1 {
					t.Errorf("piece %d ran %d times", i, c)
				}
			}
		})
	}
}

// TestForErr: every piece runs even when some fail, and the error is the
// lowest-numbered one's, whatever the schedule.
func TestForErr(t *testing.T) {
	const n = 200
	for range 20 {
		var ran atomic.Int32
		err := parallel.ForErr(n, func(_, i int) error {
			ran.Add(1)
			if i%7 == 3 {
				return fmt.Errorf("piece %d", i)
			}
			return nil
		})
		if err == nil || err.Error() != "piece 3" {
			t.Fatalf("error %v, want piece 3", err)
		}
		if ran.Load() != n {
			t.Fatalf("%d pieces ran, want %d", ran.Load(), n)
		}
	}
	if err := parallel.ForErr(n, func(_, i int) error { return nil }); err != nil {
		t.Errorf("no piece failed, but ForErr returned %v", err)
	}
	sentinel := errors.New("only")
	if err := parallel.ForErr(1, func(_, i int) error { return sentinel }); err != sentinel {
		t.Errorf("one piece: error %v", err)
	}
}

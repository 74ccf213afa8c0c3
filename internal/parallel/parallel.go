// Package parallel runs independent pieces of work on every core: the one
// way firststeps spreads work over goroutines. Work is numbered 0 to n-1;
// each piece writes its result at its own index, so whoever reads the
// results in index order gets the same output on every run, however the
// pieces were scheduled.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Workers returns how many goroutines For and ForErr use for n pieces of
// work: one per core, but no more than n, and at least one. Size state
// kept per worker by it.
func Workers(n int) int { return max(1, min(runtime.GOMAXPROCS(0), n)) }

// For calls work(w, i) for every i in [0, n) and returns when every call
// has returned. Pieces are handed out in order, one at a time, to
// Workers(n) goroutines; w, below Workers(n), names the goroutine making
// the call, so work can keep state of its own per worker (a cache, a
// buffer) without a lock. With one worker, work runs on the calling
// goroutine.
func For(n int, work func(w, i int)) {
	workers := Workers(n)
	if workers == 1 {
		for i := range n {
			work(0, i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				work(w, i)
			}
		})
	}
	wg.Wait()
}

// ForErr is For for work that can fail. Every piece runs; ForErr returns
// the error of the lowest-numbered piece that failed, so a run reports the
// same error each time.
func ForErr(n int, work func(w, i int) error) error {
	errs := make([]error, n)
	For(n, func(w, i int) { errs[i] = work(w, i) })
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

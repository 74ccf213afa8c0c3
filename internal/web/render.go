package web

import (
	"runtime"
	"sync"
	"time"
)

// renderAll renders every page once, in parallel, and returns the first
// error.
func renderAll(pages map[string]*page, now time.Time) error {
	list := make([]*page, 0, len(pages))
	for _, p := range pages {
		list = append(list, p)
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	next := make(chan *page)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for p := range next {
				if _, err := p.get(now); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
				}
			}
		})
	}
	for _, p := range list {
		next <- p
	}
	close(next)
	wg.Wait()
	return first
}

package web

import (
	"maps"
	"slices"
	"time"

	"firststeps/internal/parallel"
)

// renderAll renders every page once, in parallel. It returns the error of
// the first page by path that failed, so a broken build reports the same
// page each time.
func renderAll(pages map[string]*page, now time.Time) error {
	paths := slices.Sorted(maps.Keys(pages))
	return parallel.ForErr(len(paths), func(_, i int) error {
		_, err := pages[paths[i]].get(now)
		return err
	})
}

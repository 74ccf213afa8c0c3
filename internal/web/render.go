package web

import (
	"slices"
	"time"

	"firststeps/internal/parallel"
	"firststeps/internal/search"
)

// renderAll renders the pages at paths once, in parallel. It returns the
// error of the first page by path that failed, so a broken build reports
// the same page each time.
func renderAll(pages map[string]*page, paths []string, now time.Time) error {
	slices.Sort(paths)
	return parallel.ForErr(len(paths), func(_, i int) error {
		_, err := pages[paths[i]].get(now)
		return err
	})
}

// samplePaths are the pages rendered at start: every page but the guides'
// (a handful, whatever the size of the library), and each jurisdiction's
// first guide at its own and its neutral address. Every template is
// among them.
func (s *Server) samplePaths() []string {
	guides := map[string]bool{}
	first := map[string]bool{}
	for _, g := range s.lib.Guides {
		guides[guidePath(g)] = true
		if s.neutral(g) {
			guides[neutralPath(g)] = true
		}
		if !first[g.Jurisdiction] {
			first[g.Jurisdiction] = true
			guides[guidePath(g)] = false
			if s.neutral(g) {
				guides[neutralPath(g)] = false
			}
		}
	}
	var out []string
	for p := range s.pages {
		if !guides[p] {
			out = append(out, p)
		}
	}
	return out
}

// buildIndexes builds each jurisdiction's search index in the background,
// through the search cache when there is one; index waits for them. A
// server that owns its library then forgets the guides' plain text (see
// library.ForgetText).
func (s *Server) buildIndexes() {
	go func() {
		defer close(s.indexed)
		idx := make([]*search.Index, len(s.lib.Jurisdictions))
		parallel.For(len(idx), func(_, i int) {
			idx[i] = search.NewCached(s.lib, s.lib.Jurisdictions[i].ID, search.DefaultParams, s.cfg.SearchCache)
			idx[i].DropCache() // the live site never exports its index
		})
		// Whoever gave the cache keeps it; the server needs it no more.
		s.cfg.SearchCache = nil
		for i, j := range s.lib.Jurisdictions {
			s.indexes[j.ID] = idx[i]
		}
		if s.cfg.OwnsLibrary {
			s.lib.ForgetText() // nothing else reads the guides' text
		}
	}()
}

// index is jurisdiction jur's search index, once it is built (nil if
// there is none).
func (s *Server) index(jur string) *search.Index {
	<-s.indexed
	return s.indexes[jur]
}

// Indexed is closed once the search indexes are built (at once for the
// static site, which has none).
func (s *Server) Indexed() <-chan struct{} { return s.indexed }

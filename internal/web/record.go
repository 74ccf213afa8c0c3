package web

import "net/http"

// recordRoutes registers the routes of the "My record" page beyond the
// fixed pages (for example its service worker).
func (s *Server) recordRoutes(mux *http.ServeMux) {}

// addRecordPages registers the fixed pages of "My record".
func (s *Server) addRecordPages(add func(path string, p *page)) error { return nil }

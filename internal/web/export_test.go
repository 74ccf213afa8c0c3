package web

// RoutePatterns lists the patterns of every route s has, for tests.
func RoutePatterns(s *Server) []string {
	var out []string
	for _, r := range s.routes() {
		out = append(out, r.pattern)
	}
	return out
}

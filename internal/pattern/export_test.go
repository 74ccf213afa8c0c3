package pattern

// MatchWhole is Match without windows: the expression runs on the whole
// text once the scan shows one of its strings. It is what windows stand in
// for, kept for the tests and benchmarks that compare the two.
func (p *Pattern) MatchWhole(t *Text) bool {
	if p.set == nil || p.set != t.set {
		return p.MatchString(t.s)
	}
	return t.hasAny(p.ids) && p.re.MatchString(t.s)
}

// FindAllWhole is FindAllIndex without windows, for the same comparisons.
func (p *Pattern) FindAllWhole(t *Text) [][]int {
	if !p.MatchWhole(t) {
		return nil
	}
	return p.re.FindAllStringIndex(t.s, -1)
}

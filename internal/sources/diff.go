package sources

// An edit script turns one sequence of words or paragraphs into another.
// It is computed with Myers' O(ND) algorithm, which finds a shortest script;
// past maxEditScript edits it gives up, and callers fall back to a coarser
// summary.

type editOp int8

const (
	opEqual editOp = iota
	opDelete
	opInsert
)

// edit is one step: keep a[a] as b[b], delete a[a], or insert b[b].
type edit struct {
	op   editOp
	a, b int
}

// editScript returns a shortest edit script from a to b, and false when it
// would take more than maxEditScript edits.
func editScript(a, b []string) ([]edit, bool) {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	mid, ok := myers(a[pre:len(a)-suf], b[pre:len(b)-suf])
	if !ok {
		return nil, false
	}
	out := make([]edit, 0, pre+len(mid)+suf)
	for i := range pre {
		out = append(out, edit{opEqual, i, i})
	}
	for _, e := range mid {
		out = append(out, edit{e.op, e.a + pre, e.b + pre})
	}
	for i := range suf {
		out = append(out, edit{opEqual, len(a) - suf + i, len(b) - suf + i})
	}
	return out, true
}

func myers(a, b []string) ([]edit, bool) {
	n, m := len(a), len(b)
	if n+m == 0 {
		return nil, true
	}
	limit := min(n+m, maxEditScript)
	off := limit + 1
	v := make([]int, 2*limit+3)
	// trace[d] holds v[k] for k in [-d, d] as it stood before step d.
	var trace [][]int
	for d := 0; d <= limit; d++ {
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(trace, n, m), true
			}
		}
	}
	return nil, false
}

func backtrack(trace [][]int, x, y int) []edit {
	var rev []edit
	for d := len(trace) - 1; d > 0; d-- {
		v := trace[d]
		at := func(k int) int { return v[k+d] }
		k := x - y
		var prevK int
		if k == -d || k != d && at(k-1) < at(k+1) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := at(prevK)
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			rev = append(rev, edit{opEqual, x, y})
		}
		if x == prevX {
			y--
			rev = append(rev, edit{opInsert, x, y})
		} else {
			x--
			rev = append(rev, edit{opDelete, x, y})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, edit{opEqual, x, y})
	}
	out := make([]edit, len(rev))
	for i, e := range rev {
		out[len(rev)-1-i] = e
	}
	return out
}

// hunks groups the runs of deletions and insertions in a script.
func hunks(script []edit) [][]edit {
	var out [][]edit
	var cur []edit
	for _, e := range script {
		if e.op == opEqual {
			if cur != nil {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, e)
	}
	if cur != nil {
		out = append(out, cur)
	}
	return out
}

// bagDiff counts the words of a missing from b and of b missing from a,
// ignoring order: the fallback when an edit script would be too long.
func bagDiff(a, b []string) (removed, added int) {
	count := map[string]int{}
	for _, w := range a {
		count[w]++
	}
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
		} else {
			added++
		}
	}
	for _, c := range count {
		removed += c
	}
	return removed, added
}

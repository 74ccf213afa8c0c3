package search_test

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"firststeps/internal/search"
)

// account is one labelled first-person account: the guide a caseworker
// would choose, and a second one they would also accept.
type account struct {
	id, alt, voice, text string
}

// readAccounts reads a TSV of accounts (id, alt, voice, text) or of
// queries (id, text; id, alt, text). Only accounts whose guide is in the
// library count; the rest are returned as missing.
func readAccounts(t testing.TB, path string, has func(string) bool) (got []account, missing int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var header []string
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if header == nil {
			header = cols
			continue
		}
		var a account
		for i, h := range header {
			if i >= len(cols) {
				break
			}
			switch h {
			case "id":
				a.id = cols[i]
			case "alt":
				a.alt = cols[i]
			case "voice":
				a.voice = cols[i]
			case "text":
				a.text = cols[i]
			}
		}
		if !has(a.id) {
			missing++
			continue
		}
		got = append(got, a)
	}
	return got, missing
}

type score struct {
	top1, top3, conf, n int
	misses              []string
}

func (s score) String() string {
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(1, s.n)) }
	return fmt.Sprintf("top-1 %d/%d (%.1f%%), top-3 %d/%d (%.1f%%), confident %.1f%%", s.top1, s.n, pct(s.top1), s.top3, s.n, pct(s.top3), pct(s.conf))
}

// measureAccounts counts an account right when the caseworker's guide, or
// the second one they accept, comes first (top-1) or in the first three.
func measureAccounts(ix *search.Index, set []account) score {
	var s score
	for _, a := range set {
		res := ix.Search(a.text, 3)
		s.n++
		if res.Confident {
			s.conf++
		}
		for i, h := range res.Hits {
			if h.Guide.ID == a.id || (a.alt != "" && h.Guide.ID == a.alt) {
				if i == 0 {
					s.top1++
				}
				s.top3++
				break
			}
		}
		if len(res.Hits) == 0 || (res.Hits[0].Guide.ID != a.id && res.Hits[0].Guide.ID != a.alt) {
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Guide.ID)
			}
			s.misses = append(s.misses, fmt.Sprintf("%s → %v: %q", a.id, got, a.text))
		}
	}
	return s
}

// TestAccounts reports routing on the first-person accounts, written blind
// (testdata/accounts/README.md): the development parts (the first five
// held-aside sets among them, read since) and, with -holdout, the one
// kept aside.
func TestAccounts(t *testing.T) {
	ix := realIndex(t, search.DefaultParams)
	lib := realIndexLibrary(t)
	has := func(id string) bool { _, err := lib.Guide(id); return err == nil }
	parts := []string{"accounts.tsv", "accounts-holdout.tsv", "accounts-fresh.tsv", "accounts-fresh2.tsv", "accounts-fresh3.tsv", "accounts-fresh4.tsv"}
	if *showHoldout {
		parts = append(parts, "accounts-fresh5.tsv")
	}
	for _, part := range parts {
		set, missing := readAccounts(t, "testdata/accounts/"+part, has)
		s := measureAccounts(ix, set)
		t.Logf("%s: %s (%d accounts for guides not in the library)", part, s, missing)
		if part == "accounts.tsv" {
			for _, m := range s.misses {
				t.Logf("miss: %s", m)
			}
		}
	}
}

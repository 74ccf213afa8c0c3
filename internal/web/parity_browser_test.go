package web_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"firststeps/internal/browsertest"
	"firststeps/internal/web"
)

// paritySet is one evaluation set's texts, whatever it labels them with.
type paritySet struct {
	name  string
	texts []string
}

// paritySets reads every evaluation set: search's own (internal/search/
// testdata) and those in the folders FIRSTSTEPS_EVAL lists (separated as
// in PATH), kept outside the project. A .txt set is a text a line; a .tsv
// set has a header, and its texts in the column named text or query, or
// else the first.
func paritySets(t *testing.T) []paritySet {
	t.Helper()
	dirs := []string{filepath.Join("..", "search", "testdata"), filepath.Join("..", "search", "testdata", "accounts")}
	if extra := os.Getenv("FIRSTSTEPS_EVAL"); extra != "" {
		dirs = append(dirs, filepath.SplitList(extra)...)
	}
	var sets []paritySet
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range files {
			ext := filepath.Ext(file)
			if ext != ".tsv" && ext != ".txt" {
				continue
			}
			set := paritySet{name: filepath.Base(file)}
			if !strings.HasPrefix(filepath.Clean(dir), filepath.Join("..", "search")) {
				set.name = filepath.Join(filepath.Base(dir), set.name)
			}
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 1<<20), 1<<20)
			col := -1 // a .txt set: the whole line
			if ext == ".tsv" {
				col = 0
				if sc.Scan() {
					header := strings.Split(sc.Text(), "\t")
					if i := slices.Index(header, "text"); i >= 0 {
						col = i
					} else if i := slices.Index(header, "query"); i >= 0 {
						col = i
					}
				}
			}
			for sc.Scan() {
				text := sc.Text()
				if col >= 0 {
					cols := strings.Split(text, "\t")
					if col >= len(cols) {
						continue
					}
					text = cols[col]
				}
				if strings.TrimSpace(text) != "" {
					set.texts = append(set.texts, text)
				}
			}
			f.Close()
			if err := sc.Err(); err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			if len(set.texts) > 0 {
				sets = append(sets, set)
			}
		}
	}
	if len(sets) < 5 {
		t.Fatalf("found only %d evaluation sets", len(sets))
	}
	own := slices.IndexFunc(sets, func(s paritySet) bool { return s.name == "eval.tsv" })
	if own < 0 {
		t.Fatal("no eval.tsv")
	}
	return append(sets, paritySet{"typos (made from eval.tsv)", typos(sets[own].texts)}, paritySet{"edge cases", edgeCases()})
}

// typos returns each text with a letter dropped, doubled or swapped with
// the next in some of its words, the same every run: spelling correction
// then chooses the words searched for.
func typos(texts []string) []string {
	rng := rand.New(rand.NewPCG(19, 19))
	var out []string
	for _, text := range texts {
		words := strings.Fields(text)
		for i, w := range words {
			if len(w) < 4 || rng.IntN(3) > 0 {
				continue
			}
			k := 1 + rng.IntN(len(w)-2)
			switch rng.IntN(3) {
			case 0:
				w = w[:k] + w[k+1:]
			case 1:
				w = w[:k] + w[k:k+1] + w[k:]
			default:
				w = w[:k] + w[k+1:k+2] + w[k:k+1] + w[k+2:]
			}
			words[i] = w
		}
		out = append(out, strings.Join(words, " "))
	}
	return out
}

// edgeCases are texts at the edges of reading words: longer than search
// reads (cut at a word, or inside a character), other scripts and forms
// of letters, currency, leetspeak, apostrophes, and no words at all.
func edgeCases() []string {
	long := strings.Repeat("my ex says he will post my nudes unless i pay him ", 25)
	out := []string{
		long,
		strings.Repeat("é", 600) + " nudes",
		strings.Repeat("x", 999) + "£500",
		strings.Repeat("ab ", 330) + "€€€ sextortion ünder 18",
		"ＭＹ ＥＸ ＳＡＹＳ ＨＥ ＷＩＬＬ ＳＨＡＲＥ ＭＹ ＮＵＤＥＳ",
		"𝐦𝐲 𝐞𝐱 𝐩𝐨𝐬𝐭𝐞𝐝 𝐦𝐲 𝐧𝐮𝐝𝐞𝐬 🙁🙁",
		"he’s got my n00ds and wants £50 or $60 or €70",
		"I‘m 14 and I'm scared ʼcause he`s sharing pics",
		"İSTANBUL ıı ǅ ß ﬁle Ⅻ ½ ①",
		"someone hacked my snapchat and is sending my pics to everyone?!?!",
		"    ", "!!!", "0000", "a0b0", "🙂", "\t\n",
		"he says hes going to send the video to my mum unless i send more",
		"pay 500 dollars on venmo or my nudes go to my school, im in 10th grade",
		"FBI said to call 911 but i am in the uk, my mum is on the phone with 999",
	}
	return out
}

// findAll runs the static site's search, search.js as the page loads it,
// on every text from the search page at path, in one evaluation: what the
// results page would show for each, as web.Find reports the server's.
const findAll = `Promise.all(%s.map(q => firststepsSearch.find(q).then(f => f && {
  jurisdiction: f.jurisdiction, moved: f.moved, top: f.top, confident: f.confident, cues: f.cues, asker: f.asker,
  results: f.results.map(r => ({id: r.id, url: r.url, fits: r.fits}))
}))).then(JSON.stringify)`

// TestBrowserStaticSearchParity holds the static site's search to the
// server's on every evaluation query, searched from each jurisdiction's
// search page: the same jurisdiction (the place rule), the same best five
// guides in the same order, the same confidence, urgency cues and asker,
// and the same results shown, with the same links and the same "Fits if…"
// lines. Set FIRSTSTEPS_EVAL to check the sets kept outside the project
// too.
func TestBrowserStaticSearchParity(t *testing.T) {
	ctx := browsertest.New(t, browsertest.Timeout(15*time.Minute))
	lib := realLibrary(t)
	now := func() time.Time { return monday11 }
	live, err := web.New(web.Config{Library: lib, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	static, err := web.New(web.Config{Library: lib, Static: true, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(static.Handler())
	defer srv.Close()
	sets := paritySets(t)
	var texts []string
	for _, s := range sets {
		texts = append(texts, s.texts...)
	}
	arg, err := json.Marshal(texts)
	if err != nil {
		t.Fatal(err)
	}
	shown := 0
	for i, j := range lib.Jurisdictions {
		path := "/" + j.ID + "/search"
		if i == 0 {
			path = "/search" // the first jurisdiction's pages are the site's own
		}
		start := time.Now()
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+path), chromedp.WaitReady("#search-results")); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(findAll, arg), chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		var got []*web.Found
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if len(got) != len(texts) {
			t.Fatalf("%s: %d results for %d texts", path, len(got), len(texts))
		}
		t.Logf("%s: %d searches in the browser in %v", path, len(texts), time.Since(start).Round(time.Millisecond))
		k := 0
		var moved, confident, cued, fits int
		for _, s := range sets {
			same := 0
			for _, text := range s.texts {
				want := web.Find(live, j.ID, text)
				if want != nil {
					moved += min(len(want.Moved), 1)
					confident += map[bool]int{true: 1}[want.Confident]
					cued += min(len(want.Cues), 1)
					fits += min(slices.IndexFunc(want.Results, func(r web.FoundResult) bool { return r.Fits != "" })+1, 1)
				}
				diff := cmp.Diff(want, got[k], cmpopts.EquateEmpty())
				k++
				if diff == "" {
					same++
					continue
				}
				if shown < 20 {
					t.Errorf("%s, %s: the static search differs from the server's (-server +static) for %q:\n%s", path, s.name, text, diff)
				}
				shown++
			}
			t.Logf("%-4s %-36s %4d queries, %4d identical", j.ID, s.name, len(s.texts), same)
		}
		// What the sets exercise, so a rule no query reaches is seen.
		t.Logf("%s: %d searches moved by the place rule, %d confident, %d with cues, %d with a Fits line", path, moved, confident, cued, fits)
	}
	if shown > 20 {
		t.Errorf("… and %d more differences", shown-20)
	}
}

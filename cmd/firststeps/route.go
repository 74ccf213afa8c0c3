package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"

	"firststeps/internal/library"
	"firststeps/internal/search"
)

// routeLine is one line of "firststeps route" output. Its shape is fixed:
// routing quality is measured through it.
type routeLine struct {
	Query   string        `json:"query"`
	Results []routeResult `json:"results"`
	Cues    []string      `json:"cues"`
	// Confident says the top result is a match search is sure of; when it
	// is not, the site shows the general first steps.
	Confident bool `json:"confident"`
}

type routeResult struct {
	ID    string  `json:"id"`
	Score float64 `json:"score"`
}

// runRoute reads one query per line and writes the top guides and urgency
// cues for each as one JSON object per line.
func runRoute(e env, args []string) int {
	fs := newFlags(e, "route")
	dir := contentFlag(fs)
	jur := fs.String("jurisdiction", "uk", "library to search")
	n := fs.Int("n", 5, "results per query")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 || *n < 1 {
		fmt.Fprintln(e.stderr, "usage: firststeps route [-content DIR] [-jurisdiction uk] [-n 5] < queries.txt")
		return exitUsage
	}
	lib := loadValid(e, "route", *dir, library.Options{})
	if lib == nil {
		return exitFail
	}
	if _, ok := lib.Jurisdiction(*jur); !ok {
		fmt.Fprintf(e.stderr, "firststeps route: no jurisdiction %q\n", *jur)
		return exitUsage
	}
	ix := search.New(lib, *jur, search.DefaultParams)
	in := bufio.NewScanner(e.stdin)
	in.Buffer(make([]byte, 64<<10), 1<<20)
	out := json.NewEncoder(e.stdout)
	out.SetEscapeHTML(false)
	for in.Scan() {
		q := in.Text()
		res := ix.Search(q, *n)
		line := routeLine{Query: q, Results: []routeResult{}, Cues: []string{}, Confident: res.Confident}
		for _, h := range res.Hits {
			line.Results = append(line.Results, routeResult{ID: h.Guide.ID, Score: math.Round(h.Score*1000) / 1000})
		}
		for _, c := range res.Cues {
			line.Cues = append(line.Cues, c.ID)
		}
		if err := out.Encode(line); err != nil {
			fmt.Fprintf(e.stderr, "firststeps route: %v\n", err)
			return exitFail
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintf(e.stderr, "firststeps route: reading queries: %v\n", err)
		return exitFail
	}
	return exitOK
}

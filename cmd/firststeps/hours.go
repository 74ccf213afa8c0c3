package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	_ "time/tzdata" // Europe/London even on machines with no zoneinfo

	"firststeps/internal/library"
	"firststeps/internal/services"
)

const hoursUsage = "usage: firststeps hours [-content DIR] [-at RFC3339] [-nation england|wales|scotland|northern-ireland]"

// defaultDivision is whose bank holidays "closed bank holidays" means when
// no nation is given.
const defaultDivision = "england-and-wales"

// hoursLine is one line of "firststeps hours" output. Until and NextOpen
// are RFC3339 in the jurisdiction's time zone, or "" when they do not apply.
type hoursLine struct {
	Service  string `json:"service"`
	Contact  string `json:"contact"`
	Open     bool   `json:"open"`
	Until    string `json:"until"`
	NextOpen string `json:"next_open"`
}

// runHours prints whether each contact route is open, one JSON object a
// line: firststeps hours [-content DIR] [-at RFC3339] [-nation NATION].
func runHours(e env, args []string) int {
	fs := newFlags(e, "hours")
	dir := contentFlag(fs)
	atFlag := fs.String("at", "", "check at this instant, such as 2026-12-24T17:00:00Z (default: now)")
	nation := fs.String("nation", "", "only services for this nation, with its bank holidays: "+strings.Join(services.Nations, ", "))
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "firststeps hours: unexpected argument %q\n%s\n", fs.Arg(0), hoursUsage)
		return exitUsage
	}
	at := time.Now()
	if *atFlag != "" {
		t, err := time.Parse(time.RFC3339, *atFlag)
		if err != nil {
			fmt.Fprintf(e.stderr, "firststeps hours: -at %q is not an RFC3339 time such as 2026-12-24T17:00:00Z\n", *atFlag)
			return exitUsage
		}
		at = t
	}
	division := defaultDivision
	if *nation != "" {
		if !slices.Contains(services.Nations, *nation) {
			fmt.Fprintf(e.stderr, "firststeps hours: -nation %q is not a UK nation (use %s)\n", *nation, strings.Join(services.Nations, ", "))
			return exitUsage
		}
		division = services.DivisionOf(*nation)
	}

	lib := loadValid(e, "hours", *dir, library.Options{})
	if lib == nil {
		return exitFail
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, s := range lib.Services.All() {
		if !s.ForNation(*nation) {
			continue
		}
		loc := lib.Location(s.Jurisdiction)
		cal := services.Calendar{Loc: loc, Holidays: lib.Holidays}
		for i := range s.Contacts {
			c := &s.Contacts[i]
			if !c.ForNation(*nation) {
				continue
			}
			st := c.ParsedHours().At(at, cal, division)
			line := hoursLine{
				Service:  s.ID,
				Contact:  c.ID,
				Open:     st.Open,
				Until:    rfc3339(st.Until, loc),
				NextOpen: rfc3339(st.NextOpen, loc),
			}
			if err := enc.Encode(line); err != nil {
				fmt.Fprintf(e.stderr, "firststeps hours: %v\n", err)
				return exitFail
			}
		}
	}
	return exitOK
}

// rfc3339 formats t in loc, or returns "" for the zero time.
func rfc3339(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(time.RFC3339)
}

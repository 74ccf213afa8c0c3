package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // every zone content names, even on machines with no zoneinfo

	"firststeps/internal/library"
)

const hoursUsage = "usage: firststeps hours [-content DIR] [-jurisdiction ID] [-at RFC3339] [-nation NATION]"

// hoursLine is one line of "firststeps hours" output. Until and NextOpen
// are RFC3339 in the zone the service keeps its hours in, or "" when they
// do not apply; Text is what a contact card says.
type hoursLine struct {
	Service  string `json:"service"`
	Contact  string `json:"contact"`
	Zone     string `json:"zone"`
	Open     bool   `json:"open"`
	Until    string `json:"until"`
	NextOpen string `json:"next_open"`
	Text     string `json:"text"`
}

// runHours prints whether each contact route is open, one JSON object a
// line: firststeps hours [-content DIR] [-at RFC3339] [-nation NATION].
func runHours(e env, args []string) int {
	fs := newFlags(e, "hours")
	dir := contentFlag(fs)
	atFlag := fs.String("at", "", "check at this instant, such as 2026-12-24T17:00:00Z (default: now)")
	jur := fs.String("jurisdiction", "", "the jurisdiction whose services to check (default: the first in jurisdictions.yaml)")
	nation := fs.String("nation", "", "only services for this nation of the jurisdiction, with its holidays (for the UK: england, wales, scotland, northern-ireland)")
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
	lib := loadValid(e, "hours", *dir, library.Options{})
	if lib == nil {
		return exitFail
	}
	if *jur == "" && len(lib.Jurisdictions) > 0 {
		*jur = lib.Jurisdictions[0].ID
	}
	j, ok := lib.Jurisdiction(*jur)
	if !ok {
		var ids []string
		for _, j := range lib.Jurisdictions {
			ids = append(ids, j.ID)
		}
		fmt.Fprintf(e.stderr, "firststeps hours: -jurisdiction %q is not in the content (use %s)\n", *jur, strings.Join(ids, ", "))
		return exitUsage
	}
	if *nation != "" {
		if _, ok := j.Nation(*nation); !ok {
			fmt.Fprintf(e.stderr, "firststeps hours: -nation %q is not a nation of %s (use %s)\n", *nation, j.ID, strings.Join(j.NationIDs(), ", "))
			return exitUsage
		}
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, s := range lib.Services.All() {
		if s.Jurisdiction != j.ID || !s.ForNation(*nation) {
			continue
		}
		cal, f := lib.Calendar(s), lib.Format(s)
		for i := range s.Contacts {
			c := &s.Contacts[i]
			// Email, forms and web pages answer later: they have no hours.
			if !c.Live() || !c.ForNation(*nation) {
				continue
			}
			st := c.ParsedHours().At(at, cal, lib.ContactDivision(s, c, *nation))
			line := hoursLine{
				Service:  s.ID,
				Contact:  c.ID,
				Zone:     cal.Loc.String(),
				Open:     st.Open,
				Until:    rfc3339(st.Until, cal.Loc),
				NextOpen: rfc3339(st.NextOpen, cal.Loc),
				Text:     st.Text(at, f),
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

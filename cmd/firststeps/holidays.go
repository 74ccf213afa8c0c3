package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"firststeps/internal/atomicfile"
	"firststeps/internal/date"
	"firststeps/internal/library"
	"firststeps/internal/services"
)

const holidaysUsage = "usage: firststeps holidays refresh [-content DIR] [-jurisdiction ID] [-years N] [-today DATE] [-force] [-timeout D] [URL]"

// runHolidays runs "firststeps holidays refresh": bring DIR/holidays.json
// up to date for each jurisdiction (or the one -jurisdiction names). A
// jurisdiction with a feed (the UK's is GOV.UK's) has its divisions fetched
// from it, or from URL when given; events after the feed's last date are
// kept from the current file, since they are the dates the statutory rules
// give for years not yet published. A division with rules (the US federal
// holidays) gets the dates its rules give from last year to -years ahead.
func runHolidays(e env, args []string) int {
	if len(args) == 0 || args[0] != "refresh" {
		fmt.Fprintln(e.stderr, holidaysUsage)
		return exitUsage
	}
	fs := newFlags(e, "holidays refresh")
	dir := fs.String("content", "content", "the content folder whose holidays.json to rewrite")
	jur := fs.String("jurisdiction", "", "refresh only this jurisdiction's holidays (default: all)")
	ahead := fs.Int("years", 5, "for divisions with rules: how many years after this one to give dates for")
	force := fs.Bool("force", false, "write even if a division would cover fewer years than now")
	timeout := fs.Duration("timeout", 30*time.Second, "give up on a feed after this long")
	todayFlag := fs.String("today", "", "the date rules count years from, YYYY-MM-DD (default: today)")
	if err := fs.Parse(args[1:]); err != nil {
		return exitUsage
	}
	today := date.Of(time.Now())
	if *todayFlag != "" {
		d, err := date.Parse(*todayFlag)
		if err != nil {
			fmt.Fprintf(e.stderr, "firststeps holidays refresh: -today: %v\n", err)
			return exitUsage
		}
		today = d
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(e.stderr, "firststeps holidays refresh: unexpected argument %q\n%s\n", fs.Arg(1), holidaysUsage)
		return exitUsage
	}
	src := ""
	if fs.NArg() == 1 {
		src = fs.Arg(0)
		if u, err := url.Parse(src); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			fmt.Fprintf(e.stderr, "firststeps holidays refresh: %q is not an http or https address\n", src)
			return exitUsage
		}
	}
	if *timeout <= 0 {
		fmt.Fprintf(e.stderr, "firststeps holidays refresh: -timeout must be more than zero\n")
		return exitUsage
	}
	if *ahead < 1 || *ahead > 50 {
		fmt.Fprintf(e.stderr, "firststeps holidays refresh: -years must be between 1 and 50\n")
		return exitUsage
	}
	r := refresh{dir: *dir, jurisdiction: *jur, url: src, force: *force, timeout: *timeout, years: *ahead, today: today, out: e.stdout}
	if err := r.run(e.ctx); err != nil {
		fmt.Fprintf(e.stderr, "firststeps holidays refresh: %v\n", err)
		return exitFail
	}
	return exitOK
}

type refresh struct {
	dir          string
	jurisdiction string // "" for all
	url          string // overrides the one feed refreshed
	force        bool
	timeout      time.Duration
	years        int
	today        date.Date
	out          io.Writer
}

// sources lists where each division is refreshed from, as the content's
// jurisdictions.yaml says, and every division in the order it gives them.
func (r refresh) sources() ([]services.HolidaySource, []string, error) {
	js, probs := library.ReadJurisdictions(os.DirFS(r.dir))
	if len(probs) > 0 {
		return nil, nil, fmt.Errorf("%s", probs[0])
	}
	var out []services.HolidaySource
	var order []string // every division, in the order jurisdictions give them
	found := r.jurisdiction == ""
	for _, j := range js {
		for _, d := range j.Holidays.Divisions {
			order = append(order, d.ID)
		}
		if r.jurisdiction != "" && j.ID != r.jurisdiction {
			continue
		}
		found = true
		feed := services.HolidaySource{Feed: j.Holidays.Feed}
		rules := services.HolidaySource{Rules: map[string]*services.HolidayRules{}}
		for _, d := range j.Holidays.Divisions {
			if d.Rules != nil {
				rules.Divisions = append(rules.Divisions, d.ID)
				rules.Rules[d.ID] = d.Rules
			} else {
				feed.Divisions = append(feed.Divisions, d.ID)
			}
		}
		if len(feed.Divisions) > 0 {
			if feed.Feed == "" {
				return nil, nil, fmt.Errorf("%s: %s has divisions without rules but no holiday feed", library.JurisdictionsFile, j.ID)
			}
			out = append(out, feed)
		}
		if len(rules.Divisions) > 0 {
			out = append(out, rules)
		}
	}
	if !found {
		return nil, nil, fmt.Errorf("-jurisdiction %q is not in %s", r.jurisdiction, filepath.Join(r.dir, library.JurisdictionsFile))
	}
	if r.url != "" {
		feeds := 0
		for i := range out {
			if out[i].Feed != "" {
				out[i].Feed = r.url
				feeds++
			}
		}
		if feeds != 1 {
			return nil, nil, fmt.Errorf("an address can stand in for one feed, but %d are refreshed: name a -jurisdiction", feeds)
		}
	}
	return out, order, nil
}

func (r refresh) run(ctx context.Context) error {
	path := filepath.Join(r.dir, library.HolidaysFile)
	old, err := os.ReadFile(path)
	if err != nil {
		// A typo in -content must not leave a stray holidays.json behind.
		return fmt.Errorf("cannot read the current file: %w", err)
	}
	srcs, order, err := r.sources()
	if err != nil {
		return err
	}
	u, err := services.HolidayRefresh{
		Sources:   srcs,
		Order:     order,
		Today:     r.today,
		Years:     r.years,
		Force:     r.force,
		Timeout:   r.timeout,
		UserAgent: "firststeps/" + version + " (holidays refresh)",
	}.Run(ctx, path, old)
	if err != nil {
		return err
	}
	if bytes.Equal(u.Data, old) {
		fmt.Fprintf(r.out, "%s is up to date with %s\n", path, strings.Join(u.From, " and "))
		return nil
	}
	if err := atomicfile.Write(path, u.Data); err != nil {
		return err
	}
	for _, c := range u.Changes {
		fmt.Fprintln(r.out, c)
	}
	added, removed, changed := u.Counts()
	fmt.Fprintf(r.out, "wrote %s: %d added, %d removed, %d changed; %s\n", path, added, removed, changed, strings.Join(u.Last, ", "))
	return nil
}

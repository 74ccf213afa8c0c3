package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"firststeps/internal/atomicfile"
	"firststeps/internal/date"
	"firststeps/internal/library"
	"firststeps/internal/services"
)

const (
	holidaysUsage = "usage: firststeps holidays refresh [-content DIR] [-jurisdiction ID] [-years N] [-today DATE] [-force] [-timeout D] [URL]"
	// maxFeedBytes caps a feed: GOV.UK's is about 20 KB.
	maxFeedBytes = 1 << 20
)

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

// source is where one set of divisions is refreshed from.
type source struct {
	feed      string                            // a feed in the GOV.UK shape, or ""
	divisions []string                          // the divisions it gives
	rules     map[string]*services.HolidayRules // by division, for divisions with rules
}

func (r refresh) sources() ([]source, []string, error) {
	js, probs := library.ReadJurisdictions(os.DirFS(r.dir))
	if len(probs) > 0 {
		return nil, nil, fmt.Errorf("%s", probs[0])
	}
	var out []source
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
		feed := source{feed: j.Holidays.Feed}
		rules := source{rules: map[string]*services.HolidayRules{}}
		for _, d := range j.Holidays.Divisions {
			if d.Rules != nil {
				rules.divisions = append(rules.divisions, d.ID)
				rules.rules[d.ID] = d.Rules
			} else {
				feed.divisions = append(feed.divisions, d.ID)
			}
		}
		if len(feed.divisions) > 0 {
			if feed.feed == "" {
				return nil, nil, fmt.Errorf("%s: %s has divisions without rules but no holiday feed", library.JurisdictionsFile, j.ID)
			}
			out = append(out, feed)
		}
		if len(rules.divisions) > 0 {
			out = append(out, rules)
		}
	}
	if !found {
		return nil, nil, fmt.Errorf("-jurisdiction %q is not in %s", r.jurisdiction, filepath.Join(r.dir, library.JurisdictionsFile))
	}
	feeds := 0
	for _, s := range out {
		if s.feed != "" {
			feeds++
		}
	}
	if r.url != "" && feeds != 1 {
		return nil, nil, fmt.Errorf("an address can stand in for one feed, but %d are refreshed: name a -jurisdiction", feeds)
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
	cur, err := services.ParseFeed(old)
	if err != nil {
		if !r.force {
			return fmt.Errorf("%s: %w; use -force to replace it", path, err)
		}
		cur = services.Feed{}
	}
	next := maps.Clone(cur)
	var changed []string // divisions refreshed
	var from []string    // where they came from, for the summary
	for _, src := range srcs {
		switch {
		case src.feed != "":
			addr := src.feed
			if r.url != "" {
				addr = r.url
			}
			body, err := fetch(ctx, addr, r.timeout)
			if err != nil {
				return err
			}
			feed, err := services.ParseFeed(body)
			if err != nil {
				return fmt.Errorf("%s: %w", addr, err)
			}
			for _, div := range src.divisions {
				if _, ok := feed[div]; !ok {
					return fmt.Errorf("%s: division %q is missing", addr, div)
				}
				next[div] = mergeDivision(cur[div], feed[div])
			}
			from = append(from, addr)
		default:
			for _, div := range src.divisions {
				y := r.today.Year()
				evs, err := src.rules[div].Events(y-1, y+r.years)
				if err != nil {
					return fmt.Errorf("%s: %w", div, err)
				}
				next[div] = ruleDivision(cur[div], div, evs)
			}
			from = append(from, "the rules in "+library.JurisdictionsFile)
		}
		changed = append(changed, src.divisions...)
	}
	for _, div := range changed {
		was, now := years(cur[div].Events), years(next[div].Events)
		if len(now) < len(was) && !r.force {
			return fmt.Errorf("refusing to write: %s would cover %d years (%s), but %s covers %d (%s); use -force to write anyway",
				div, len(now), yearRange(now), path, len(was), yearRange(was))
		}
	}
	data, err := encodeFeed(next, order)
	if err != nil {
		return err
	}
	if _, err := services.ParseFeed(data); err != nil {
		return fmt.Errorf("the merged file does not validate: %w", err) // a bug here, not in the feed
	}
	changes := diffFeeds(cur, next, changed)
	if bytes.Equal(data, old) {
		fmt.Fprintf(r.out, "%s is up to date with %s\n", path, strings.Join(from, " and "))
		return nil
	}
	if err := atomicfile.Write(path, data); err != nil {
		return err
	}
	for _, c := range changes {
		fmt.Fprintln(r.out, c)
	}
	added, removed, edited := 0, 0, 0
	for _, c := range changes {
		switch c[0] {
		case '+':
			added++
		case '-':
			removed++
		case '~':
			edited++
		}
	}
	var last []string
	for _, div := range changed {
		evs := next[div].Events
		last = append(last, fmt.Sprintf("%s to %s", div, evs[len(evs)-1].Date))
	}
	fmt.Fprintf(r.out, "wrote %s: %d added, %d removed, %d changed; %s\n", path, added, removed, edited, strings.Join(last, ", "))
	return nil
}

// fetch GETs the feed, giving up after timeout and refusing a body over
// maxFeedBytes.
func fetch(ctx context.Context, src string, timeout time.Duration) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "firststeps/"+version+" (holidays refresh)")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", src, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxFeedBytes+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", src, err)
	}
	if len(body) > maxFeedBytes {
		return nil, fmt.Errorf("GET %s: the feed is larger than %d bytes", src, maxFeedBytes)
	}
	return body, nil
}

// mergeDivision returns a division as a feed gives it, with the current
// events dated after the feed's last one appended.
func mergeDivision(cur, feed services.FeedDivision) services.FeedDivision {
	events := slices.Clone(feed.Events)
	last := events[len(events)-1].Date // ParseFeed ensures events, in order
	for _, ev := range cur.Events {
		if ev.Date.After(last) {
			events = append(events, ev)
		}
	}
	return services.FeedDivision{Division: feed.Division, Events: events}
}

// ruleDivision returns a division whose days the rules give: the current
// events before the first year generated, then the generated ones.
func ruleDivision(cur services.FeedDivision, div string, gen []services.FeedEvent) services.FeedDivision {
	var events []services.FeedEvent
	if len(gen) > 0 {
		first := gen[0].Date.Year()
		for _, ev := range cur.Events {
			if ev.Date.Year() < first {
				events = append(events, ev)
			}
		}
	}
	return services.FeedDivision{Division: div, Events: append(events, gen...)}
}

// years returns the distinct years events fall in, in order.
func years(events []services.FeedEvent) []int {
	var ys []int
	for _, ev := range events {
		if y := ev.Date.Year(); !slices.Contains(ys, y) {
			ys = append(ys, y)
		}
	}
	slices.Sort(ys)
	return ys
}

func yearRange(ys []int) string {
	switch len(ys) {
	case 0:
		return "none"
	case 1:
		return fmt.Sprint(ys[0])
	}
	return fmt.Sprintf("%d to %d", ys[0], ys[len(ys)-1])
}

// diffFeeds lists what changes from cur to next, division by division and
// in date order: "+ DIVISION DATE TITLE" for an added event, "- …" for a
// removed one, and "~ … (was …)" for one whose title, notes or bunting
// changed.
func diffFeeds(cur, next services.Feed, divisions []string) []string {
	var out []string
	for _, div := range divisions {
		was := map[date.Date]services.FeedEvent{}
		for _, ev := range cur[div].Events {
			was[ev.Date] = ev
		}
		now := map[date.Date]services.FeedEvent{}
		for _, ev := range next[div].Events {
			now[ev.Date] = ev
		}
		var days []date.Date
		for d := range was {
			days = append(days, d)
		}
		for d := range now {
			if _, ok := was[d]; !ok {
				days = append(days, d)
			}
		}
		slices.SortFunc(days, func(a, b date.Date) int { return a.Time().Compare(b.Time()) })
		for _, d := range days {
			o, inOld := was[d]
			n, inNew := now[d]
			switch {
			case !inOld:
				out = append(out, fmt.Sprintf("+ %s %s %s", div, d, n.Title))
			case !inNew:
				out = append(out, fmt.Sprintf("- %s %s %s", div, d, o.Title))
			case o.Title != n.Title || o.Notes != n.Notes || o.Bunting != n.Bunting:
				var what []string
				if o.Title != n.Title {
					what = append(what, fmt.Sprintf("title was %q", o.Title))
				}
				if o.Notes != n.Notes {
					what = append(what, fmt.Sprintf("notes were %q", o.Notes))
				}
				if o.Bunting != n.Bunting {
					what = append(what, fmt.Sprintf("bunting was %t", o.Bunting))
				}
				out = append(out, fmt.Sprintf("~ %s %s %s (%s)", div, d, n.Title, strings.Join(what, "; ")))
			}
		}
	}
	return out
}

// encodeFeed writes a feed as holidays.json keeps it: the divisions in the
// order jurisdictions.yaml gives them (any others after, by name), indented
// by one space, with no HTML escaping.
func encodeFeed(f services.Feed, order []string) ([]byte, error) {
	var divs []string
	for _, div := range order {
		if _, ok := f[div]; ok && !slices.Contains(divs, div) {
			divs = append(divs, div)
		}
	}
	for _, div := range f.Divisions() {
		if !slices.Contains(divs, div) {
			divs = append(divs, div)
		}
	}
	var b bytes.Buffer
	b.WriteString("{")
	for i, div := range divs {
		if i > 0 {
			b.WriteString(",")
		}
		key, err := json.Marshal(div)
		if err != nil {
			return nil, err
		}
		var v bytes.Buffer
		enc := json.NewEncoder(&v)
		enc.SetEscapeHTML(false)
		enc.SetIndent(" ", " ")
		if err := enc.Encode(f[div]); err != nil {
			return nil, err
		}
		b.WriteString("\n ")
		b.Write(key)
		b.WriteString(": ")
		b.Write(bytes.TrimSuffix(v.Bytes(), []byte("\n")))
	}
	b.WriteString("\n}")
	return b.Bytes(), nil
}

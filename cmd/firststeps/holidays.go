package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
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
	holidaysUsage = "usage: firststeps holidays refresh [-content DIR] [-force] [-timeout D] [URL]"
	// holidaysURL is the GOV.UK bank-holidays feed.
	holidaysURL = "https://www.gov.uk/bank-holidays.json"
	// maxFeedBytes caps the feed: the real one is about 20 KB.
	maxFeedBytes = 1 << 20
)

// runHolidays runs "firststeps holidays refresh": fetch the GOV.UK feed,
// validate it, and rewrite DIR/holidays.json with it. Events after the
// feed's last date are kept from the current file: they are the dates the
// statutory rules give for years GOV.UK has not published yet.
func runHolidays(e env, args []string) int {
	if len(args) == 0 || args[0] != "refresh" {
		fmt.Fprintln(e.stderr, holidaysUsage)
		return exitUsage
	}
	fs := newFlags(e, "holidays refresh")
	dir := fs.String("content", "content", "the content folder whose holidays.json to rewrite")
	force := fs.Bool("force", false, "write even if a division would cover fewer years than now")
	timeout := fs.Duration("timeout", 30*time.Second, "give up on the feed after this long")
	if err := fs.Parse(args[1:]); err != nil {
		return exitUsage
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(e.stderr, "firststeps holidays refresh: unexpected argument %q\n%s\n", fs.Arg(1), holidaysUsage)
		return exitUsage
	}
	src := holidaysURL
	if fs.NArg() == 1 {
		src = fs.Arg(0)
	}
	if u, err := url.Parse(src); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		fmt.Fprintf(e.stderr, "firststeps holidays refresh: %q is not an http or https address\n", src)
		return exitUsage
	}
	if *timeout <= 0 {
		fmt.Fprintf(e.stderr, "firststeps holidays refresh: -timeout must be more than zero\n")
		return exitUsage
	}

	r := refresh{dir: *dir, url: src, force: *force, timeout: *timeout, out: e.stdout}
	if err := r.run(e.ctx); err != nil {
		fmt.Fprintf(e.stderr, "firststeps holidays refresh: %v\n", err)
		return exitFail
	}
	return exitOK
}

type refresh struct {
	dir     string
	url     string
	force   bool
	timeout time.Duration
	out     io.Writer
}

func (r refresh) run(ctx context.Context) error {
	path := filepath.Join(r.dir, library.HolidaysFile)
	old, err := os.ReadFile(path)
	if err != nil {
		// A typo in -content must not leave a stray holidays.json behind.
		return fmt.Errorf("cannot read the current file: %w", err)
	}
	cur, err := services.ParseFeed(old)
	if err != nil {
		if !r.force {
			return fmt.Errorf("%s: %w; use -force to replace it", path, err)
		}
		cur = services.Feed{}
	}
	body, err := fetch(ctx, r.url, r.timeout)
	if err != nil {
		return err
	}
	feed, err := services.ParseFeed(body)
	if err != nil {
		return fmt.Errorf("%s: %w", r.url, err)
	}
	next := mergeFeeds(cur, feed)
	for _, div := range services.Divisions {
		was, now := years(cur[div].Events), years(next[div].Events)
		if len(now) < len(was) && !r.force {
			return fmt.Errorf("refusing to write: %s would cover %d years (%s), but %s covers %d (%s); use -force to write anyway",
				div, len(now), yearRange(now), path, len(was), yearRange(was))
		}
	}
	data, err := encodeFeed(next)
	if err != nil {
		return err
	}
	if _, err := services.ParseFeed(data); err != nil {
		return fmt.Errorf("the merged feed does not validate: %w", err) // a bug here, not in the feed
	}
	changes := diffFeeds(cur, next)
	if bytes.Equal(data, old) {
		fmt.Fprintf(r.out, "%s is up to date with %s\n", path, r.url)
		return nil
	}
	if err := atomicfile.Write(path, data); err != nil {
		return err
	}
	for _, c := range changes {
		fmt.Fprintln(r.out, c)
	}
	added, removed, changed := 0, 0, 0
	for _, c := range changes {
		switch c[0] {
		case '+':
			added++
		case '-':
			removed++
		case '~':
			changed++
		}
	}
	var last []string
	for _, div := range services.Divisions {
		evs := next[div].Events
		last = append(last, fmt.Sprintf("%s to %s", div, evs[len(evs)-1].Date))
	}
	fmt.Fprintf(r.out, "wrote %s: %d added, %d removed, %d changed; %s\n", path, added, removed, changed, strings.Join(last, ", "))
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

// mergeFeeds returns feed with, in each division, the current events dated
// after the feed's last one appended.
func mergeFeeds(cur, feed services.Feed) services.Feed {
	out := services.Feed{}
	for _, div := range services.Divisions {
		events := slices.Clone(feed[div].Events)
		last := events[len(events)-1].Date // ParseFeed ensures events, in order
		for _, ev := range cur[div].Events {
			if ev.Date.After(last) {
				events = append(events, ev)
			}
		}
		out[div] = services.FeedDivision{Division: div, Events: events}
	}
	return out
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
func diffFeeds(cur, next services.Feed) []string {
	var out []string
	for _, div := range services.Divisions {
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

// encodeFeed writes a feed as holidays.json keeps it: the divisions in
// GOV.UK's order, indented by one space, with no HTML escaping.
func encodeFeed(f services.Feed) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("{")
	for i, div := range services.Divisions {
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

package services

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"

	"firststeps/internal/date"
)

// maxFeedBytes caps a feed: GOV.UK's is about 20 KB.
const maxFeedBytes = 1 << 20

// HolidaySource is where the holidays of some divisions come from: a feed
// in GOV.UK's shape, or the rules that define them.
type HolidaySource struct {
	Feed      string                   // the feed's address; "" when Rules give the days
	Divisions []string                 // the divisions it gives
	Rules     map[string]*HolidayRules // by division, when Feed is ""
}

// HolidayRefresh brings a holidays file (content/holidays.json) up to date
// from its sources. A division from a feed takes the feed's events, and
// keeps the current events dated after the feed's last one: they are the
// dates the statutory rules give for years not yet published. A division
// with rules gets the dates its rules give from the year before Today's
// to Years after it, after the current events of earlier years.
type HolidayRefresh struct {
	Sources []HolidaySource
	// Order lists every division in the order the file keeps them (the
	// order jurisdictions.yaml gives them); any others follow by name.
	Order []string
	Today date.Date
	Years int
	// Force writes even when a division would cover fewer years than now,
	// and replaces a current file that does not parse.
	Force bool
	// Timeout bounds the fetching of each feed.
	Timeout   time.Duration
	UserAgent string
	Client    *http.Client // nil for http.DefaultClient
}

// HolidayUpdate is what a refresh would write, and what changed.
type HolidayUpdate struct {
	Data []byte // the whole new file
	// Changes lists what changes, division by division and in date
	// order: "+ DIVISION DATE TITLE" for an added event, "- …" for a
	// removed one, and "~ … (…)" for one whose title, notes or bunting
	// changed, saying what each was.
	Changes []string
	From    []string // where the divisions came from, for a summary
	Last    []string // "DIVISION to DATE", the last day of each division refreshed
}

// Counts returns how many events were added, removed and changed.
func (u HolidayUpdate) Counts() (added, removed, changed int) {
	for _, c := range u.Changes {
		switch c[0] {
		case '+':
			added++
		case '-':
			removed++
		case '~':
			changed++
		}
	}
	return added, removed, changed
}

// Run fetches every source and merges it into current, the file named
// file (for messages). It writes nothing: the caller writes Data when it
// differs from current.
func (r HolidayRefresh) Run(ctx context.Context, file string, current []byte) (HolidayUpdate, error) {
	var u HolidayUpdate
	cur, err := ParseFeed(current)
	if err != nil {
		if !r.Force {
			return u, fmt.Errorf("%s: %w; use -force to replace it", file, err)
		}
		cur = Feed{}
	}
	next := maps.Clone(cur)
	var changed []string // divisions refreshed
	for _, src := range r.Sources {
		switch {
		case src.Feed != "":
			body, err := r.fetch(ctx, src.Feed)
			if err != nil {
				return u, err
			}
			feed, err := ParseFeed(body)
			if err != nil {
				return u, fmt.Errorf("%s: %w", src.Feed, err)
			}
			for _, div := range src.Divisions {
				if _, ok := feed[div]; !ok {
					return u, fmt.Errorf("%s: division %q is missing", src.Feed, div)
				}
				next[div] = mergeDivision(cur[div], feed[div])
			}
			u.From = append(u.From, src.Feed)
		default:
			for _, div := range src.Divisions {
				y := r.Today.Year()
				evs, err := src.Rules[div].Events(y-1, y+r.Years)
				if err != nil {
					return u, fmt.Errorf("%s: %w", div, err)
				}
				next[div] = ruleDivision(cur[div], div, evs)
			}
			u.From = append(u.From, "the rules in jurisdictions.yaml")
		}
		changed = append(changed, src.Divisions...)
	}
	for _, div := range changed {
		was, now := years(cur[div].Events), years(next[div].Events)
		if len(now) < len(was) && !r.Force {
			return u, fmt.Errorf("refusing to write: %s would cover %d years (%s), but %s covers %d (%s); use -force to write anyway",
				div, len(now), yearRange(now), file, len(was), yearRange(was))
		}
	}
	if u.Data, err = encodeFeed(next, r.Order); err != nil {
		return u, err
	}
	if _, err := ParseFeed(u.Data); err != nil {
		return u, fmt.Errorf("the merged file does not validate: %w", err) // a bug here, not in the feed
	}
	u.Changes = diffFeeds(cur, next, changed)
	for _, div := range changed {
		evs := next[div].Events
		u.Last = append(u.Last, fmt.Sprintf("%s to %s", div, evs[len(evs)-1].Date))
	}
	return u, nil
}

// fetch GETs a feed, giving up after the timeout and refusing a body over
// maxFeedBytes.
func (r HolidayRefresh) fetch(ctx context.Context, src string) ([]byte, error) {
	if r.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.Timeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	if r.UserAgent != "" {
		req.Header.Set("User-Agent", r.UserAgent)
	}
	client := r.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
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
func mergeDivision(cur, feed FeedDivision) FeedDivision {
	events := slices.Clone(feed.Events)
	last := events[len(events)-1].Date // ParseFeed ensures events, in order
	for _, ev := range cur.Events {
		if ev.Date.After(last) {
			events = append(events, ev)
		}
	}
	return FeedDivision{Division: feed.Division, Events: events}
}

// ruleDivision returns a division whose days the rules give: the current
// events before the first year generated, then the generated ones.
func ruleDivision(cur FeedDivision, div string, gen []FeedEvent) FeedDivision {
	var events []FeedEvent
	if len(gen) > 0 {
		first := gen[0].Date.Year()
		for _, ev := range cur.Events {
			if ev.Date.Year() < first {
				events = append(events, ev)
			}
		}
	}
	return FeedDivision{Division: div, Events: append(events, gen...)}
}

// years returns the distinct years events fall in, in order.
func years(events []FeedEvent) []int {
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

// diffFeeds lists what changes from cur to next in the given divisions
// (see HolidayUpdate.Changes).
func diffFeeds(cur, next Feed, divisions []string) []string {
	var out []string
	for _, div := range divisions {
		was := map[date.Date]FeedEvent{}
		for _, ev := range cur[div].Events {
			was[ev.Date] = ev
		}
		now := map[date.Date]FeedEvent{}
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
// given order (any others after, by name), indented by one space, with no
// HTML escaping, so a refresh gives a readable diff.
func encodeFeed(f Feed, order []string) ([]byte, error) {
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

package main

import (
	"context"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"firststeps/internal/atomicfile"
	"firststeps/internal/date"
	"firststeps/internal/library"
	"firststeps/internal/sources"
)

const sourcesUsage = `usage:
  firststeps-sources check [-content DIR] [-snapshots DIR] [-only ID,…] [-contact ADDR] [-md FILE] [-json FILE]
  firststeps-sources ack [-content DIR] [-snapshots DIR] ID…`

// minGap is the least spacing between requests to one host that the
// command allows against the real web.
const minGap = 2 * time.Second

// listFlag collects a repeatable, comma-separated flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// sourcesFlags are the flags check and ack share.
type sourcesFlags struct {
	content, snapshots, today *string
}

func addSourcesFlags(fs *flag.FlagSet) sourcesFlags {
	return sourcesFlags{
		content:   fs.String("content", "content", "the content folder whose resources.yaml to read and update"),
		snapshots: fs.String("snapshots", "snapshots", "the folder snapshots are kept in"),
		today:     fs.String("today", "", "the date to record, YYYY-MM-DD (default: today in Europe/London)"),
	}
}

func (f sourcesFlags) date() (date.Date, error) {
	if *f.today != "" {
		return date.Parse(*f.today)
	}
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		return date.Date{}, err
	}
	return date.Of(time.Now().In(london)), nil
}

func runSourcesCheck(e env, args []string) int {
	fs := newFlags(e, "check")
	sf := addSourcesFlags(fs)
	var only, resolve listFlag
	fs.Var(&only, "only", "check only these resource ids (comma-separated or repeated)")
	contact := fs.String("contact", os.Getenv("FIRSTSTEPS_CONTACT"), "an email address or URL site owners can reach us at, sent in the User-Agent (default $FIRSTSTEPS_CONTACT)")
	mdFile := fs.String("md", "", "write the Markdown report to this file instead of standard output")
	jsonFile := fs.String("json", "", "also write the report as JSON to this file")
	govuk := fs.Bool("govuk-api", true, "read www.gov.uk pages through GOV.UK's content API")
	gap := fs.Duration("gap", minGap, "least time between two requests to one host (robots.txt Crawl-delay may ask for more)")
	concurrency := fs.Int("concurrency", 16, "requests in flight across all hosts")
	fs.Var(&resolve, "resolve", "HOST=ADDR: connect to ADDR for HOST, and to nothing else (for a mirror or a test server)")
	caFile := fs.String("ca", "", "also trust the certificate authorities in this PEM file")
	verbose := fs.Bool("v", false, "log each resource checked to standard error")
	timeout := fs.Duration("timeout", time.Hour, "stop checking after this long; the report lists what was not checked")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(e.stderr, "firststeps-sources check: "+format+"\n", a...)
		return code
	}
	switch {
	case fs.NArg() > 0:
		return fail(exitUsage, "unexpected argument %q\n%s", fs.Arg(0), sourcesUsage)
	case strings.TrimSpace(*contact) == "":
		return fail(exitUsage, "-contact (or $FIRSTSTEPS_CONTACT) is required: site owners must be able to reach whoever runs the checker")
	case *gap < minGap && len(resolve) == 0:
		return fail(exitUsage, "-gap must be at least %v against the real web", minGap)
	case *concurrency < 1:
		return fail(exitUsage, "-concurrency must be at least 1")
	case *sf.content == "":
		return fail(exitUsage, "-content must name the content folder")
	}
	today, err := sf.date()
	if err != nil {
		return fail(exitUsage, "-today: %v", err)
	}
	dial, resolved, err := resolveDialer(resolve)
	if err != nil {
		return fail(exitUsage, "-resolve: %v", err)
	}
	var roots *x509.CertPool
	if *caFile != "" {
		if roots, err = certPool(*caFile); err != nil {
			return fail(exitUsage, "-ca: %v", err)
		}
	}

	lib := loadValid(e, "check", *sf.content, library.Options{Today: today, OverdueIsWarning: true})
	if lib == nil {
		return exitFail
	}
	targets, err := selectTargets(lib, only)
	if err != nil {
		return fail(exitUsage, "%v", err)
	}

	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelDebug
	}
	c, err := sources.New(sources.Config{
		Fetch: sources.FetchConfig{
			Contact: *contact, Version: version, Dial: dial, RootCAs: roots,
			Gap: *gap, Concurrency: *concurrency,
			AllowHost: lib.AllowedHost,
			// Public addresses only, and those -resolve names (a mirror or
			// a test server, perhaps on this machine).
			AllowAddr: func(a netip.Addr) bool { return sources.PublicAddr(a) || resolved[a.Unmap()] },
		},
		Snapshots:       *sf.snapshots,
		Today:           today,
		GOVUKContentAPI: *govuk,
		Log:             slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level})),
	})
	if err != nil {
		return fail(exitFail, "%v", err)
	}
	defer c.Close()
	start := time.Now()
	ctx, cancel := context.WithTimeout(e.ctx, *timeout)
	defer cancel()
	// A run that is stopped, or runs out of time, still writes its report:
	// the pages it did not reach are listed as not checked.
	results, checkErr := c.Check(ctx, targets)
	moved, err := moveChecked(filepath.Join(*sf.content, library.ResourcesFile), lib, results, today)
	if err != nil {
		return fail(exitFail, "%v", err)
	}

	rep := sources.BuildReport(lib, results, time.Now())
	if err := writeReport(e.stdout, *mdFile, rep.WriteMarkdown); err != nil {
		return fail(exitFail, "%v", err)
	}
	if *jsonFile != "" {
		if err := writeReport(nil, *jsonFile, rep.WriteJSON); err != nil {
			return fail(exitFail, "%v", err)
		}
	}
	fmt.Fprintf(e.stderr, "checked %d resources in %v; checked date moved to %s on %d; %d guides need review\n",
		len(results), time.Since(start).Round(time.Second), today, moved, len(rep.NeedsReview))
	if checkErr != nil {
		return fail(exitFail, "%v", checkErr)
	}
	if rep.NeedsAttention() {
		return exitFail
	}
	return exitOK
}

func selectTargets(lib *library.Library, only []string) ([]sources.Target, error) {
	var out []sources.Target
	for _, id := range only {
		if _, ok := lib.ResourceByID(id); !ok {
			return nil, fmt.Errorf("-only: no resource %q in %s", id, library.ResourcesFile)
		}
	}
	for _, r := range lib.Resources {
		if len(only) == 0 || slices.Contains(only, r.ID) {
			out = append(out, sources.Target{ID: r.ID, URL: r.URL, Selectors: r.Selectors})
		}
	}
	return out, nil
}

// moveChecked moves the checked date of every resource whose text still
// matches what an editor verified, editing resources.yaml in place.
func moveChecked(path string, lib *library.Library, results []sources.Result, today date.Date) (int, error) {
	var ids []string
	for _, r := range results {
		switch r.Class {
		case sources.ClassOK, sources.ClassNotModified, sources.ClassRedirect:
			if r.Verified {
				ids = append(ids, r.ID)
			}
		}
	}
	return setChecked(path, lib, ids, today)
}

// setChecked sets the checked date of the given resources to today,
// unless it is already today or later.
func setChecked(path string, lib *library.Library, ids []string, today date.Date) (int, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	out, n := src, 0
	for _, id := range ids {
		r, ok := lib.ResourceByID(id)
		if !ok || !r.Checked.Before(today) {
			continue
		}
		if out, err = sources.SetChecked(out, r.Lines["checked"], r.Checked, today); err != nil {
			return 0, fmt.Errorf("%s: %w", path, err)
		}
		n++
	}
	if n == 0 {
		return 0, nil
	}
	return n, atomicfile.Write(path, out)
}

// writeReport writes to the named file, or to w when the name is empty.
func writeReport(w io.Writer, name string, write func(io.Writer) error) error {
	if name == "" {
		return write(w)
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// resolveDialer returns a dialer that sends each HOST to its ADDR and
// refuses every other host, or nil (the default dialer) when no mapping is
// given.
func resolveDialer(pairs []string) (func(ctx context.Context, network, addr string) (net.Conn, error), map[netip.Addr]bool, error) {
	if len(pairs) == 0 {
		return nil, nil, nil
	}
	to := map[string]string{}
	resolved := map[netip.Addr]bool{}
	for _, p := range pairs {
		host, addr, ok := strings.Cut(p, "=")
		if !ok || host == "" || addr == "" {
			return nil, nil, fmt.Errorf("%q is not HOST=ADDR", p)
		}
		ap, err := netip.ParseAddrPort(addr)
		if err != nil {
			return nil, nil, fmt.Errorf("%q: ADDR must be IP:PORT: %v", p, err)
		}
		resolved[ap.Addr().Unmap()] = true
		to[strings.ToLower(host)] = addr
	}
	d := &net.Dialer{Timeout: 10 * time.Second}
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		if a, ok := to[strings.ToLower(host)]; ok {
			return d.DialContext(ctx, network, a)
		}
		return nil, &net.OpError{Op: "dial", Net: network, Err: &net.DNSError{Err: "not in -resolve", Name: host, IsNotFound: true}}
	}, resolved, nil
}

func certPool(file string) (*x509.CertPool, error) {
	pem, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New(file + " holds no PEM certificates")
	}
	return pool, nil
}

func runSourcesAck(e env, args []string) int {
	fs := newFlags(e, "ack")
	sf := addSourcesFlags(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, sourcesUsage)
		return exitUsage
	}
	if *sf.content == "" {
		fmt.Fprintln(e.stderr, "firststeps-sources ack: -content must name the content folder")
		return exitUsage
	}
	today, err := sf.date()
	if err != nil {
		fmt.Fprintf(e.stderr, "firststeps-sources ack: -today: %v\n", err)
		return exitUsage
	}
	lib := loadValid(e, "ack", *sf.content, library.Options{Today: today, OverdueIsWarning: true})
	if lib == nil {
		return exitFail
	}
	ids := fs.Args()
	for _, id := range ids {
		if _, ok := lib.ResourceByID(id); !ok {
			fmt.Fprintf(e.stderr, "firststeps-sources ack: no resource %q in %s\n", id, library.ResourcesFile)
			return exitUsage
		}
	}
	store := sources.Store{Dir: *sf.snapshots}
	for _, id := range ids {
		snap, err := store.Acknowledge(id, today)
		if err != nil {
			fmt.Fprintf(e.stderr, "firststeps-sources ack: %v\n", err)
			return exitFail
		}
		fmt.Fprintf(e.stdout, "%s: verified %s (%d words) on %s\n", id, snap.Meta.Hash, snap.Meta.Words, today)
	}
	if _, err := setChecked(filepath.Join(*sf.content, library.ResourcesFile), lib, ids, today); err != nil {
		fmt.Fprintf(e.stderr, "firststeps-sources ack: %v\n", err)
		return exitFail
	}
	return exitOK
}

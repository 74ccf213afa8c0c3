package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"firststeps/internal/library"
	"firststeps/internal/web"
)

// runBuild writes the whole site as static files:
// firststeps build -o DIR [-base-url URL] [-content DIR].
func runBuild(e env, args []string) int {
	fs := newFlags(e, "build")
	dir := contentFlag(fs)
	out := fs.String("o", "", "folder to write the site to (required; created if missing)")
	baseURL := fs.String("base-url", "", "public address of the site, for canonical links and the sitemap (e.g. https://example.org)")
	exit := fs.String("exit-url", "", "neutral site the quick exit goes to from every page (default: each country's own, quick_exit in jurisdictions.yaml)")
	report := fs.String("report-email", "", "address for \"Report a problem with this page\" (empty hides the link)")
	useCache := fs.Bool("cache", true, "with -content: keep the parsed guides in the user's cache folder, so the next build neither parses nor checks unchanged guides again (the checks across guides always run)")
	startProfile := cpuProfileFlag(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(e.stderr, "usage: firststeps build -o DIR [-base-url URL] [-content DIR]")
		return exitUsage
	}
	stopProfile, err := startProfile()
	if err != nil {
		fmt.Fprintf(e.stderr, "firststeps build: %v\n", err)
		return exitFail
	}
	defer stopProfile()
	start := time.Now()
	lib, cache := loadCached(e, "build", *dir, *useCache, library.Options{})
	if lib == nil {
		return exitFail
	}
	if os.Getenv("GOMEMLIMIT") == "" && os.Getenv("GOGC") == "" {
		// Collect seldom where little is live (the pages, once the search
		// indexes are written), and within the limit where much is. Put
		// back as they were after, for a caller that goes on (the tests).
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(buildMemoryLimit()))
		defer debug.SetGCPercent(debug.SetGCPercent(300))
	}
	// The parse cache is whole once the library is loaded: it is written
	// while the pages are, on the core the search index's export (one
	// core's work, after an edit) leaves idle. It holds its own copies of
	// the guides, so the export forgetting the library's text once
	// indexed does not touch what it writes.
	if cache != nil {
		saved := make(chan error, 1)
		go func() { saved <- cache.Save() }()
		defer func() {
			if err := <-saved; err != nil {
				fmt.Fprintf(e.stderr, "firststeps build: could not keep the parsed guides for the next build: %v\n", err)
			}
		}()
	}
	cfg := web.Config{Library: lib, Static: true, BaseURL: *baseURL, ExitURL: *exit, ReportEmail: *report, OwnsLibrary: true}
	if cache != nil {
		cfg.SearchCache = cache.searchCache()
	}
	srv, err := web.New(cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "firststeps build: %v\n", err)
		return exitFail
	}
	var st web.ExportStats
	if cache != nil {
		// What this folder holds from the last build: unchanged pages are
		// neither made nor read again.
		var led *web.Ledger
		st, led, err = srv.ExportKept(*out, cache.prefix, cache.readLedger())
		if err == nil && led != nil {
			if err := cache.saveLedger(led); err != nil {
				fmt.Fprintf(e.stderr, "firststeps build: could not keep the list of files written for the next build: %v\n", err)
			}
		}
	} else {
		st, err = srv.Export(*out)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "firststeps build: %v\n", err)
		return exitFail
	}
	unchanged := ""
	if st.Unchanged > 0 {
		unchanged = fmt.Sprintf(" (%d unchanged since the last build, left as they were", st.Unchanged)
		if st.Kept > 0 {
			unchanged += fmt.Sprintf("; %d of them not made again", st.Kept)
		}
		unchanged += ")"
	}
	if st.Removed > 0 {
		unchanged += fmt.Sprintf("; removed %d no longer made", st.Removed)
	}
	fmt.Fprintf(e.stdout, "wrote %d pages and files (%d with .gz), %.1f MB, to %s in %s%s\n",
		st.Files, st.Compressed, float64(st.Bytes)/(1<<20), *out, time.Since(start).Round(time.Millisecond), unchanged)
	if cache != nil {
		if _, err := cache.saveSearchCache(cfg.SearchCache); err != nil {
			fmt.Fprintf(e.stderr, "firststeps build: could not keep the guides' analyses for the next build: %v\n", err)
		}
	}
	return exitOK
}

// buildMemoryLimit is the heap a build keeps within, unless GOMEMLIMIT
// or GOGC says otherwise. The heap is largest while the search indexes
// are made (first, before the pages), when the library and an index are
// held together: up to three times the loaded library (2,000 guides:
// 61 MB loaded, up to 180 MB then). Left to itself, the collector lets the heap
// grow to twice what is live before it collects, and the build peaked at
// 320 to 370 MB. Three times the library, and never under 200 MiB, keeps
// the heap near what is live there (the build peaks at about 215 MB) and
// leaves the rest of the build, which holds far less, alone. It is a soft
// limit: a build is never stopped by it, and a library that needs more
// costs collections, not a failure.
func buildMemoryLimit() int64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return max(200<<20, int64(ms.HeapAlloc)*3)
}

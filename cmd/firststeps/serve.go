package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"firststeps/internal/connlimit"
	"firststeps/internal/library"
	"firststeps/internal/onewrite"
	"firststeps/internal/web"
)

// runServe serves the site: firststeps serve [-addr HOST:PORT] [-content DIR].
func runServe(e env, args []string) int {
	fs := newFlags(e, "serve")
	dir := contentFlag(fs)
	defAddr := "127.0.0.1:8080"
	if p := os.Getenv("PORT"); p != "" {
		defAddr = ":" + p
	}
	addr := fs.String("addr", defAddr, "address to listen on (the PORT environment variable sets the default port)")
	exit := fs.String("exit-url", "", "neutral site the quick exit goes to from every page (default: each country's own, quick_exit in jurisdictions.yaml)")
	baseURL := fs.String("base-url", "", "public address of the site, for canonical links (e.g. https://example.org)")
	report := fs.String("report-email", "", "address for \"Report a problem with this page\" (empty hides the link)")
	maxConns := fs.Int("max-conns", defaultMaxConns, "most connections held open at once; idle ones are closed to make room (set ulimit -n above it)")
	useCache := fs.Bool("cache", true, "with -content: keep the parsed guides in the user's cache folder, so a restart on unchanged guides neither parses nor checks them again (the checks across guides always run)")
	prepare := fs.Bool("prepare", false, "with -content: load and check the content, keep the parsed guides for the next start, and exit without serving (run it when deploying, so the new server's first start is quick)")
	startProfile := cpuProfileFlag(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *prepare && (*dir == "" || !*useCache) {
		fmt.Fprintln(e.stderr, "firststeps serve: -prepare needs -content, and the cache")
		return exitUsage
	}
	if *maxConns < 1 {
		fmt.Fprintln(e.stderr, "firststeps serve: -max-conns must be at least 1")
		return exitUsage
	}
	stopProfile, err := startProfile()
	if err != nil {
		fmt.Fprintf(e.stderr, "firststeps serve: %v\n", err)
		return exitFail
	}
	defer stopProfile()
	// A line per request goes out with others, once a second; the lines
	// about the server itself go out at once.
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	logs := newLogBuffer(e.stderr, tick.C)
	defer logs.Close()
	log := slog.New(slog.NewJSONHandler(logs.Now(), nil))
	requests := slog.New(slog.NewJSONHandler(logs, nil))
	lib, cache := loadCached(e, "serve", *dir, *useCache, library.Options{PackHTML: true})
	if lib == nil {
		return exitFail
	}
	if *prepare && cache == nil {
		fmt.Fprintln(e.stderr, "firststeps serve: -prepare: there is no cache folder to keep the guides in (set XDG_CACHE_HOME or HOME)")
		return exitFail
	}
	cfg := web.Config{Library: lib, OwnsLibrary: true, PageCache: pageCache, Logger: requests, ExitURL: *exit, BaseURL: *baseURL, ReportEmail: *report}
	if cache != nil {
		cfg.SearchCache = cache.searchCache()
	}
	srv, err := web.New(cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "firststeps serve: %v\n", err)
		return exitFail
	}
	// The parsed guides, and their analyses for search, are kept for the
	// next start once this one has all it needs, so that writing them
	// takes no time from the first pages. The cache holds its own copies
	// of the guides, their text with them, which the server has now
	// forgotten.
	keep := func() error {
		if cache == nil {
			return nil
		}
		beforeSave()
		err := cache.Save()
		terms := false
		if err == nil {
			terms, err = cache.saveSearchCache(cfg.SearchCache)
		}
		if err != nil {
			log.Warn("could not keep the parsed guides for the next start", "err", err)
		} else if cache.wrote || terms {
			log.Info("kept the parsed guides for the next start", "file", cache.file)
		}
		cache, cfg.SearchCache = nil, nil
		return err
	}
	if *prepare {
		<-srv.Indexed()
		if keep() != nil {
			return exitFail // a deploy that kept nothing would start slowly
		}
		return exitOK
	}
	kept := make(chan struct{})
	go func() {
		defer close(kept)
		select {
		case <-srv.Indexed():
		case <-e.ctx.Done():
			return
		}
		_ = keep() // logged; the server serves on without it
		limitMemory(pageCache)
	}()
	// A server stopped while it writes the cache finishes writing it
	// first, rather than leave half a file behind.
	defer func() { <-kept }()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "firststeps serve: %v\n", err)
		return exitFail
	}
	return serve(e.ctx, ln, srv.Handler(), log, *maxConns)
}

// beforeSave runs just before serve keeps its cache; tests stop the
// server there.
var beforeSave = func() {}

// pageCache is the bytes of rendered pages the server keeps.
const pageCache = 48 << 20

// limitMemory, once the server holds all it always will, sets a soft
// limit on its memory: what it holds now, its page cache, and 32 MiB to
// work in. The garbage collector then returns memory sooner rather than
// letting the heap grow to twice what is live, its default. GOMEMLIMIT
// set in the environment wins.
func limitMemory(cache int) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	debug.SetMemoryLimit(int64(m.HeapAlloc) + int64(cache) + 32<<20)
}

// defaultMaxConns is the most connections serve holds open unless told.
// Each is a file descriptor: with the process's own few dozen, it fits a
// file limit (ulimit -n) of 1,200 or more.
const defaultMaxConns = 1024

// idleTimeout is how long a keep-alive connection may wait for its next
// request. Browsers reuse one within seconds or not at all.
const idleTimeout = 30 * time.Second

// serve runs an HTTP server on ln until ctx is done, then shuts down
// gracefully, giving requests in flight a few seconds to finish. It holds
// at most maxConns connections open, closing the longest-idle to make room,
// so a client hoarding idle connections cannot exhaust the file limit or
// keep others (and the health check) out.
func serve(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger, maxConns int) int {
	limited := connlimit.New(ln, maxConns)
	ln = onewrite.Listener{Listener: limited}
	hs := &http.Server{
		// The limit counts the connections it accepted, not their
		// wrapping.
		ConnState:         func(c net.Conn, st http.ConnState) { limited.ConnState(onewrite.Unwrap(c), st) },
		ConnContext:       onewrite.ConnContext,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	log.Info("serving", "addr", ln.Addr().String())
	select {
	case err := <-errc:
		log.Error("server stopped", "err", err)
		return exitFail
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		log.Error("shutdown", "err", err)
		return exitFail
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Error("server", "err", err)
		return exitFail
	}
	log.Info("stopped")
	return exitOK
}

package main

import (
	"fmt"
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
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(e.stderr, "usage: firststeps build -o DIR [-base-url URL] [-content DIR]")
		return exitUsage
	}
	start := time.Now()
	lib := loadValid(e, "build", *dir, library.Options{})
	if lib == nil {
		return exitFail
	}
	srv, err := web.New(web.Config{Library: lib, Static: true, BaseURL: *baseURL, ExitURL: *exit, ReportEmail: *report})
	if err != nil {
		fmt.Fprintf(e.stderr, "firststeps build: %v\n", err)
		return exitFail
	}
	st, err := srv.Export(*out)
	if err != nil {
		fmt.Fprintf(e.stderr, "firststeps build: %v\n", err)
		return exitFail
	}
	unchanged := ""
	if st.Unchanged > 0 {
		unchanged = fmt.Sprintf(" (%d unchanged since the last build, left as they were)", st.Unchanged)
	}
	fmt.Fprintf(e.stdout, "wrote %d pages and files (%d with .gz), %.1f MB, to %s in %s%s\n",
		st.Files, st.Compressed, float64(st.Bytes)/(1<<20), *out, time.Since(start).Round(time.Millisecond), unchanged)
	return exitOK
}

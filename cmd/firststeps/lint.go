package main

import (
	"fmt"

	"firststeps/internal/date"
	"firststeps/internal/library"
)

// runLint checks the content: firststeps lint [-content DIR] [DIR].
func runLint(e env, args []string) int {
	fs := newFlags(e, "lint")
	dir := contentFlag(fs)
	today := fs.String("today", "", "check review dates as if today were this date (YYYY-MM-DD)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(e.stderr, "usage: firststeps lint [-content DIR] [DIR]")
		return exitUsage
	}
	if fs.NArg() == 1 {
		*dir = fs.Arg(0)
	}
	opt := library.Options{Lint: true, NoHTML: true}
	if *today != "" {
		d, err := date.Parse(*today)
		if err != nil {
			fmt.Fprintf(e.stderr, "firststeps lint: -today: %v\n", err)
			return exitUsage
		}
		opt.Today = d
	}
	lib, probs := loadLibrary(e, *dir, opt)
	errs, warns := probs.Errors(), probs.Warnings()
	for _, p := range errs {
		fmt.Fprintln(e.stdout, p.String())
	}
	if len(warns) > 0 {
		if len(errs) > 0 {
			fmt.Fprintln(e.stdout)
		}
		fmt.Fprintln(e.stdout, "warnings:")
		for _, p := range warns {
			fmt.Fprintln(e.stdout, p.String())
		}
	}
	guides := 0
	if lib != nil {
		guides = len(lib.Guides)
	}
	fmt.Fprintf(e.stderr, "%d errors, %d warnings", len(errs), len(warns))
	if lib != nil {
		fmt.Fprintf(e.stderr, " in %d guides", guides)
	}
	fmt.Fprintln(e.stderr)
	if len(errs) > 0 {
		return exitFail
	}
	return exitOK
}

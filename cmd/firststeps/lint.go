package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"firststeps/internal/date"
	"firststeps/internal/library"
)

// runLint checks the content: firststeps lint [-content DIR] [DIR].
func runLint(e env, args []string) int {
	fs := newFlags(e, "lint")
	dir := contentFlag(fs)
	today := fs.String("today", "", "check review dates as if today were this date (YYYY-MM-DD)")
	useCache := fs.Bool("cache", true, "keep parsed guides in the user's cache folder, so unchanged guides are not parsed again (the checks across guides always run)")
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
	// With no folder named, a content/ folder here is what an editor is
	// working on: check it, not the content this binary was built with,
	// and say which was checked.
	if *dir == "" {
		if st, err := os.Stat(filepath.Join("content", library.ServicesFile)); err == nil && !st.IsDir() {
			*dir = "content"
			same, err := sameTree(os.DirFS("content"), contentEmbedded())
			switch {
			case err != nil:
				fmt.Fprintf(e.stderr, "firststeps lint: checking the folder content/ (could not compare it with the built-in content: %v)\n", err)
			case same:
				fmt.Fprintln(e.stderr, "firststeps lint: checking the folder content/ (the same as the content built into this binary)")
			default:
				fmt.Fprintln(e.stderr, "firststeps lint: checking the folder content/, which DIFFERS from the content built into this binary: rebuild before you publish")
			}
		} else {
			fmt.Fprintln(e.stderr, "firststeps lint: checking the content built into this binary (name a folder to check one on disk)")
		}
	} else {
		fmt.Fprintf(e.stderr, "firststeps lint: checking the folder %s\n", *dir)
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
	cache := useParseCache("lint", *dir, *useCache, &opt)
	lib, probs := loadLibrary(e, *dir, opt)
	if cache != nil {
		if err := cache.Save(); err != nil {
			fmt.Fprintf(e.stderr, "firststeps lint: could not keep the parsed guides for next time: %v\n", err)
		}
	}
	errs, warns := probs.Errors(), probs.Warnings()
	// One write for the lot: a line at a time is a system call each.
	out := bufio.NewWriter(e.stdout)
	for _, p := range errs {
		fmt.Fprintln(out, p.String())
	}
	if len(warns) > 0 {
		if len(errs) > 0 {
			fmt.Fprintln(out)
		}
		fmt.Fprintln(out, "warnings:")
		for _, p := range warns {
			fmt.Fprintln(out, p.String())
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "firststeps lint: %v\n", err)
		return exitFail
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

// sameTree reports whether two content trees hold the same files with the
// same bytes.
func sameTree(a, b fs.FS) (bool, error) {
	files := func(fsys fs.FS) (map[string][]byte, error) {
		out := map[string][]byte{}
		err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !d.Type().IsRegular() {
				return err
			}
			if ext := filepath.Ext(p); (ext != ".md" || !strings.Contains(p, "/")) && ext != ".yaml" && ext != ".json" {
				return nil // what the library reads: not the Go files or the README
			}
			b, err := fs.ReadFile(fsys, p)
			out[p] = b
			return err
		})
		return out, err
	}
	fa, err := files(a)
	if err != nil {
		return false, err
	}
	fb, err := files(b)
	if err != nil {
		return false, err
	}
	if len(fa) != len(fb) {
		return false, nil
	}
	for p, x := range fa {
		if y, ok := fb[p]; !ok || !bytes.Equal(x, y) {
			return false, nil
		}
	}
	return true, nil
}

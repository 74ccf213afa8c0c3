package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/problem"
	"firststeps/internal/web"
)

// contentFlag registers -content on a subcommand's flag set.
func contentFlag(fs *flag.FlagSet) *string {
	return fs.String("content", "", "read content from this folder instead of the built-in content")
}

// contentEmbedded returns the content built into the binary.
func contentEmbedded() fs.FS { return content.FS() }

// contentFS returns the content folder on disk, or the embedded content.
func contentFS(dir string) (fs.FS, error) {
	if dir == "" {
		return content.FS(), nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}
	return library.DirFS(dir)
}

// loadLibrary loads content for a subcommand and prints any problems. It
// returns nil when the content has errors.
func loadLibrary(e env, dir string, opt library.Options) (*library.Library, problem.List) {
	fsys, err := contentFS(dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "firststeps: content: %v\n", err)
		return nil, problem.List{{File: dir, Rule: "missing-file", Msg: err.Error()}}
	}
	return web.Load(fsys, opt)
}

// loadCached is loadValid through a parse cache named after the command,
// kept between runs, when asked for one and the content is a folder (the
// built-in content loads in moments). It returns the cache, for the
// command to save once it no longer needs the time, or nil.
func loadCached(e env, command, dir string, useCache bool, opt library.Options) (*library.Library, *parseCache) {
	var cache *parseCache
	if dir != "" {
		cache = useParseCache(command, dir, useCache, &opt)
	}
	lib := loadValid(e, command, dir, opt)
	if lib == nil {
		return nil, nil
	}
	return lib, cache
}

// useParseCache opens the parse cache named after command for the
// content folder dir ("" for the built-in content), when asked for one
// and there is a cache folder, and has opt load through it. It returns
// the cache, or nil.
func useParseCache(command, dir string, useCache bool, opt *library.Options) *parseCache {
	if !useCache {
		return nil
	}
	fsys, err := contentFS(dir)
	if err != nil {
		return nil // loading reports it
	}
	cache := openParseCache(fsys, dir, command)
	if cache != nil {
		opt.Parsed = cache
	}
	return cache
}

// loadValid loads content for a command that needs it free of errors. On
// errors it prints them and a line saying what to do, and returns nil.
func loadValid(e env, command, dir string, opt library.Options) *library.Library {
	lib, probs := loadLibrary(e, dir, opt)
	if lib == nil {
		errs := probs.Errors()
		for _, p := range errs {
			fmt.Fprintln(e.stderr, p.String())
		}
		fmt.Fprintf(e.stderr, "firststeps %s: the content has %d errors; fix them first (see firststeps lint)\n", command, len(errs))
	}
	return lib
}

// newFlags makes a subcommand's flag set that reports errors instead of
// exiting.
func newFlags(e env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("firststeps "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

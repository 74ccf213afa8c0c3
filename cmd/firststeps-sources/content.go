package main

import (
	"fmt"
	"io/fs"
	"os"

	"firststeps/internal/library"
	"firststeps/internal/problem"
	"firststeps/internal/web"
)

// loadValid loads the content folder dir for a command that needs it free
// of errors, with the same checks as firststeps lint. On errors it prints
// them and a line saying what to do, and returns nil.
func loadValid(e env, command, dir string, opt library.Options) *library.Library {
	lib, probs := load(dir, opt)
	if lib == nil {
		errs := probs.Errors()
		for _, p := range errs {
			fmt.Fprintln(e.stderr, p.String())
		}
		fmt.Fprintf(e.stderr, "firststeps-sources %s: the content has %d errors; fix them first (see firststeps lint)\n", command, len(errs))
	}
	return lib
}

func load(dir string, opt library.Options) (*library.Library, problem.List) {
	fsys, err := contentDir(dir)
	if err != nil {
		return nil, problem.List{{File: dir, Rule: "missing-file", Msg: err.Error()}}
	}
	return web.Load(fsys, opt)
}

// contentDir opens the content folder. The command reads and edits files
// on disk, so unlike the server it has no built-in content to fall back on.
func contentDir(dir string) (fs.FS, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}
	return library.DirFS(dir)
}

// Command firststeps serves the "What to do if…" guides and carries the
// editors' content tools. Run "firststeps help" for the list of subcommands.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // Europe/London on any machine
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env is what a subcommand runs with; tests pass buffers.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	name    string
	summary string
	run     func(e env, args []string) int
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

func commands() []command {
	return []command{
		{"serve", "serve the site (the default when no subcommand is given)", runServe},
		{"lint", "check every guide and registry; print path:line: rule: message", runLint},
		{"build", "write the whole site as static files for any host or CDN", runBuild},
		{"route", "read queries on stdin; write the best guides and urgency cues as JSON lines", runRoute},
		{"version", "print the version", runVersion},
		{"hours", "print whether each service contact is open, one JSON object a line", runHours},
		{"holidays", "holidays refresh: update holidays.json from each jurisdiction's feed or rules", runHolidays},
		{"sources", "moved to its own command: firststeps-sources check|ack", runSources},
		{"help", "list the subcommands", nil},
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	name := "serve"
	if len(args) > 0 && (len(args[0]) == 0 || args[0][0] != '-') {
		name, args = args[0], args[1:]
	}
	if name == "help" || name == "-h" || name == "--help" {
		usage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			return c.run(e, args)
		}
	}
	fmt.Fprintf(stderr, "firststeps: unknown command %q\n\n", name)
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "firststeps: first-steps guides for frightening situations")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: firststeps <command> [flags]")
	fmt.Fprintln(w)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands that read content take -content DIR to use a folder on disk")
	fmt.Fprintln(w, "instead of the content built into the binary.")
}

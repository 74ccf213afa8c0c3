// Command firststeps-sources watches the web pages the guides cite: it
// fetches each page in content/resources.yaml politely, keeps a snapshot of
// its main text, and reports, guide by guide, what changed, moved or broke.
// It is a command of its own so that the server does not carry the crawler
// and its main-text extractor. Run "firststeps-sources help" for usage.
package main

import (
	"context"
	"flag"
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

// version is set at build time with -ldflags "-X main.version=…"; it goes
// in the User-Agent.
var version = "dev"

// env is what a subcommand runs with; tests pass buffers.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprintln(stderr, sourcesUsage)
		return exitUsage
	}
	switch args[0] {
	case "check":
		return runSourcesCheck(e, args[1:])
	case "ack":
		return runSourcesAck(e, args[1:])
	case "help", "-h", "-help", "--help":
		fmt.Fprintln(stdout, sourcesUsage)
		return exitOK
	}
	fmt.Fprintf(stderr, "firststeps-sources: unknown subcommand %q\n%s\n", args[0], sourcesUsage)
	return exitUsage
}

// newFlags makes a subcommand's flag set that reports errors instead of
// exiting.
func newFlags(e env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("firststeps-sources "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

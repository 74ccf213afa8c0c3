package main

import "fmt"

// runSources says where "firststeps sources" went: the page checker is its
// own command, so the server binary does not carry the crawler and its
// main-text extractor.
func runSources(e env, args []string) int {
	sub := "check|ack"
	if len(args) > 0 && (args[0] == "check" || args[0] == "ack") {
		sub = args[0]
	}
	fmt.Fprintf(e.stderr, "firststeps sources: the page checker is its own command now: run firststeps-sources %s (go run ./cmd/firststeps-sources %s) with the same flags\n", sub, sub)
	return exitUsage
}

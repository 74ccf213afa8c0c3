package main

func runServe(e env, args []string) int {
	usage(e.stdout)
	return exitOK
}

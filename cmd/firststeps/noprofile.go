//go:build !profile

package main

import "flag"

// cpuProfileFlag adds nothing: -cpuprofile (serve, build) is in binaries built with
// -tags profile (see profile.go).
func cpuProfileFlag(*flag.FlagSet) (start func() (stop func(), err error)) {
	return func() (func(), error) { return func() {}, nil }
}

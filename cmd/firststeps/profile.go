//go:build profile

package main

import (
	"flag"
	"os"
	"runtime/pprof"
)

// cpuProfileFlag adds serve's and build's -cpuprofile flag, in a binary built with
// -tags profile (scripts/load builds one): the profiler is 126 KB of the
// binary, and only measuring needs it.
func cpuProfileFlag(fs *flag.FlagSet) (start func() (stop func(), err error)) {
	name := fs.String("cpuprofile", "", "write a CPU profile of the whole run to this file, when the build ends or the server stops")
	return func() (func(), error) {
		if *name == "" {
			return func() {}, nil
		}
		f, err := os.Create(*name)
		if err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, err
		}
		return func() {
			pprof.StopCPUProfile()
			f.Close()
		}, nil
	}
}

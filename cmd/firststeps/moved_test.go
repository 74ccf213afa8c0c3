package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestSourcesMoved: the old subcommand names the command that replaced it,
// and exits as on bad usage.
func TestSourcesMoved(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"sources"}, "run firststeps-sources check|ack (go run ./cmd/firststeps-sources check|ack)"},
		{[]string{"sources", "check", "-contact", "x@y.test"}, "run firststeps-sources check (go run ./cmd/firststeps-sources check)"},
		{[]string{"sources", "ack", "police-contact"}, "run firststeps-sources ack (go run ./cmd/firststeps-sources ack)"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr)
		if code != exitUsage || !strings.Contains(stderr.String(), tt.want) || stdout.Len() > 0 {
			t.Errorf("%v: exit %d, stderr %q, stdout %q; want exit %d and %q", tt.args, code, stderr.String(), stdout.String(), exitUsage, tt.want)
		}
	}
}

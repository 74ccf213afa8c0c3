package api

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
)

// openAPIDoc describes the API in OpenAPI 3.1. Tests check every answer
// the API gives against it.
//
//go:embed openapi.json
var openAPIDoc []byte

// OpenAPI returns the OpenAPI document.
func OpenAPI() []byte { return bytes.Clone(openAPIDoc) }

// openAPIReply is the document as served: checked to be JSON, and
// compacted.
func openAPIReply() (*reply, error) {
	var b bytes.Buffer
	if err := json.Compact(&b, openAPIDoc); err != nil {
		return nil, fmt.Errorf("api: openapi.json: %w", err)
	}
	b.WriteByte('\n')
	return replyOf(b.Bytes(), cacheRevalidate), nil
}

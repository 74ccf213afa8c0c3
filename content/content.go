// Package content embeds the guide library and its registries, so the binary
// serves them with no files beside it. Editors point commands at a folder on
// disk instead with -content DIR; both have the same layout.
package content

import (
	"embed"
	"io/fs"
)

//go:embed *.yaml *.json guides first-steps emergency
var files embed.FS

// FS returns the embedded content tree.
func FS() fs.FS { return files }

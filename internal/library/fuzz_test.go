package library_test

import (
	"io/fs"
	"testing"
	"testing/fstest"

	"firststeps/internal/date"
	"firststeps/internal/library"
)

// FuzzRegistries replaces one registry of the valid fixture with arbitrary
// bytes. Loading must never panic; it returns a library only when there is
// no error, and every problem names a file and a rule.
func FuzzRegistries(f *testing.F) {
	names := []string{"services.yaml", "resources.yaml", "categories.yaml", "jurisdictions.yaml", "domains.yaml", "style.yaml", "holidays.json", "synonyms.yaml", "cues.yaml", "flows.yaml", "redirects.yaml"}
	base := fstest.MapFS{}
	readTree(f, "testdata/base", base)
	// Registries only: without guides the loader's work is the registries'
	// parsing and checks, which keeps coverage-guided fuzzing fast.
	delete(base, "guides/uk/valid.md")
	base["guides/uk"] = &fstest.MapFile{Mode: fs.ModeDir}
	base["flows.yaml"] = &fstest.MapFile{Data: []byte("flows:\n  - id: uk\n    jurisdiction: uk\n    start: a\n    questions:\n      - {id: a, text: A, answers: [{id: b, label: B, to: emergency}, {id: c, label: C, to: emergency}]}\n")}
	base["redirects.yaml"] = &fstest.MapFile{Data: []byte("redirects: []\n")}
	for i, n := range names {
		f.Add(uint8(i), base[n].Data)
	}
	f.Add(uint8(0), []byte("services:\n  - id: x\n    contacts:\n      - {id: a, kind: phone, value: \"1 2\", hours: \"Mon-Sun 00:00-24:00; closed 2026-13-01\"}\n"))
	f.Add(uint8(6), []byte(`{"england-and-wales":{"division":"england-and-wales","events":[{"title":"x","date":"2026-02-30"}]}}`))
	f.Add(uint8(9), []byte("flows:\n  - id: uk\n    start: a\n    questions:\n      - {id: a, text: A, answers: [{id: b, label: B, to: 'question:a'}, {id: c, label: C, to: 'guide:'}]}\n"))
	f.Add(uint8(8), []byte("cues:\n  - {id: danger, label: x, message: y, patterns: ['(unclosed'], services: [nobody]}\n"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		name := names[int(which)%len(names)]
		fsys[name] = &fstest.MapFile{Data: data}
		lib, probs := library.Load(fsys, library.Options{Today: date.New(2026, 3, 1)})
		if (lib == nil) != probs.HasErrors() {
			t.Fatalf("library %v with errors %v", lib != nil, probs.HasErrors())
		}
		for _, p := range probs {
			if p.File == "" || p.Rule == "" || p.Line < 0 {
				t.Fatalf("malformed problem %+v", p)
			}
		}
	})
}

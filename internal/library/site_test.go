package library_test

import (
	"testing"
	"testing/fstest"

	"firststeps/internal/library"
)

// TestSiteTextPerJurisdiction: a jurisdiction's pages say what site.yaml
// gives for it, and every other sentence as every page says it.
func TestSiteTextPerJurisdiction(t *testing.T) {
	fsys := fstest.MapFS{}
	readTree(t, "testdata/base", fsys)
	f := fsys["site.yaml"]
	f.Data = append(f.Data, []byte("jurisdictions:\n  uk:\n    home_intro: \"first steps, in the UK's words\"\n")...)
	lib, probs := library.Load(fsys, library.Options{Today: today})
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	all, uk := lib.Text(""), lib.Text("uk")
	if uk.HomeIntro != "first steps, in the UK's words" {
		t.Errorf("uk says %q", uk.HomeIntro)
	}
	if all.HomeIntro == uk.HomeIntro || all.HomeIntro == "" {
		t.Errorf("every page says %q", all.HomeIntro)
	}
	if uk.ExitNotice != all.ExitNotice || len(uk.RecordRisks) != len(all.RecordRisks) {
		t.Error("uk lost the sentences it does not replace")
	}
	if lib.Text("nowhere") != all {
		t.Error("an unknown jurisdiction's pages do not fall back on every page's sentences")
	}
}

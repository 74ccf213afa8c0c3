package content_test

import (
	"testing"

	"firststeps/content"
	"firststeps/internal/library"
)

// TestUKLibrary checks the UK library holds every situation it must cover
// and that the whole content passes lint with no errors.
func TestUKLibrary(t *testing.T) {
	lib, probs := library.Load(content.FS(), library.Options{Lint: true})
	if lib == nil {
		for _, p := range probs.Errors() {
			t.Error(p)
		}
		t.Fatal("the content does not load")
	}
	for _, p := range probs.Errors() {
		t.Error(p)
	}
	slugs := []string{
		"threats-after-rejection", "link-claims-intimate-photo", "threat-to-share-images", "sextortion-money-demand",
		"already-paid", "images-shared-online", "deepfake-sexual-image", "scam-email-recorded-you", "under-18",
		"parent-of-child", "partner-monitoring", "cyberflashing", "fake-profile", "hacked-account",
		"secretly-recorded", "doxxing-threats", "helping-someone",
	}
	for _, s := range slugs {
		g, err := lib.Guide("uk/" + s)
		if err != nil {
			t.Errorf("the library lacks uk/%s", s)
			continue
		}
		if len(g.Tags) < 8 {
			t.Errorf("uk/%s has %d tags, want 8 or more", s, len(g.Tags))
		}
		if len(g.Sources) == 0 || len(g.Resources) < 2 {
			t.Errorf("uk/%s cites %d sources and %d resources", s, len(g.Sources), len(g.Resources))
		}
	}
}

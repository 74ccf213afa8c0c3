package web

import (
	"slices"
	"testing"

	"firststeps/content"
	"firststeps/internal/library"
)

// TestPlanTokens checks a question's address carries the answers chosen
// ahead and gives them back, and that a plan naming no question or answer
// of the flow is refused, so a made-up address is not found.
func TestPlanTokens(t *testing.T) {
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatalf("content: %v", probs)
	}
	f, _ := lib.FlowFor("uk")
	pl := planFor(f, map[string]string{"age": "helping", "who": "my-child"})
	if pl == nil {
		t.Fatal("no plan for answers that lead to a guide")
	}
	if planFor(f, map[string]string{"age": "adult"}) != nil {
		t.Error("a plan that chooses no answer leading to a guide")
	}
	segs, chosen, got, ok := parseStep(f, stepToken(f, []string{"no"}, "", pl))
	if !ok || !slices.Equal(segs, []string{"no"}) || chosen != "" || !slices.Equal(got, pl) {
		t.Fatalf("parseStep = %v %q %v %v, want [no] \"\" %v", segs, chosen, got, ok, pl)
	}
	age, _ := f.Question("age")
	if a := got.chosenFor(f, age); a != "helping" {
		t.Errorf("chosen for the age question: %q, want helping", a)
	}
	for _, bad := range [][]int{
		{planned, 1, len(f.Questions), 1}, // no such question
		{planned, 1, 1, 0},                // no answer
		{planned, 1, 1, 99},               // no such answer
		{planned, 2, 1, 1, 1, 2},          // one question chosen twice
		{planned, maxPlanned + 1},         // too many
		{planned, 3, 1, 1},                // cut short
	} {
		if _, _, _, ok := parseStep(f, encodeInts(bad)); ok {
			t.Errorf("%v: accepted", bad)
		}
	}
}

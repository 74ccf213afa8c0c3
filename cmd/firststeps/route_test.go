package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func TestRouteCommand(t *testing.T) {
	in := strings.NewReader("im 15 and a boy has my pics\nmy ex says hes gonna post my nudes\n\n")
	var out, errs bytes.Buffer
	if code := run(context.Background(), []string{"route"}, in, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want one per query line", len(lines))
	}
	var first struct {
		Query   string `json:"query"`
		Results []struct {
			ID    string  `json:"id"`
			Score float64 `json:"score"`
		} `json:"results"`
		Cues      []string `json:"cues"`
		Confident bool     `json:"confident"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Query != "im 15 and a boy has my pics" || len(first.Results) == 0 || len(first.Results) > 5 || first.Results[0].ID != "uk/under-18" {
		t.Errorf("first line: %+v", first)
	}
	if len(first.Cues) != 1 || first.Cues[0] != "under-18" {
		t.Errorf("cues = %v", first.Cues)
	}
	if !first.Confident {
		t.Errorf("first line: not confident")
	}
	if !strings.Contains(lines[1], `"confident":true`) || !strings.Contains(lines[2], `"confident":false`) {
		t.Errorf("confidence: want the second line sure and the empty one not:\n%s\n%s", lines[1], lines[2])
	}
	out.Reset()
	if code := run(context.Background(), []string{"route"}, strings.NewReader("how do i cook rice\n"), &out, &errs); code != 0 || !strings.Contains(out.String(), `"confident":false`) {
		t.Errorf("an off-topic query: %s", out.String())
	}
	if !strings.Contains(lines[2], `"results":[]`) || !strings.Contains(lines[2], `"cues":[]`) {
		t.Errorf("empty query line: %s", lines[2])
	}
	if code := run(context.Background(), []string{"route", "-jurisdiction", "fr"}, strings.NewReader(""), &out, &errs); code != exitUsage {
		t.Errorf("unknown jurisdiction: exit %d", code)
	}
}

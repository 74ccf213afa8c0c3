package triage_test

import (
	"net/url"
	"testing"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/triage"
)

func flow(t *testing.T) (*library.Library, *library.Flow) {
	t.Helper()
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatalf("content: %v", probs)
	}
	f, ok := lib.FlowFor("uk")
	if !ok {
		t.Fatal("no UK flow")
	}
	return lib, f
}

func TestNext(t *testing.T) {
	_, f := flow(t)
	cases := []struct {
		name     string
		query    string
		kind     triage.Kind
		question string
		guide    string
		audience string
		err      bool
	}{
		{"start", "", triage.Ask, "danger", "", "", false},
		{"danger goes to the emergency page", "danger=yes", triage.Emergency, "", "", "", false},
		{"then age", "danger=no", triage.Ask, "age", "", "", false},
		{"under 18 gets the young question", "danger=no&age=under-18", triage.Ask, "what-young", "", "under-18", false},
		{"under 18 nudes", "danger=no&age=under-18&what-young=nudes", triage.Guide, "", "uk/under-18", "under-18", false},
		{"adult sextortion", "danger=no&age=adult&what=money-demand", triage.Guide, "", "uk/sextortion-money-demand", "adult", false},
		{"rather not say", "danger=no&age=not-saying&what=shared", triage.Guide, "", "uk/images-shared-online", "unsure", false},
		{"parent", "danger=no&age=helping&who=my-child", triage.Guide, "", "uk/parent-of-child", "parent", false},
		{"tampered answer asks again", "danger=no&age=999", triage.Ask, "age", "", "", true},
		{"script in an answer asks again", "danger=%3Cscript%3E", triage.Ask, "danger", "", "", true},
		{"answers off the path are ignored", "danger=no&what=money-demand", triage.Ask, "age", "", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, _ := url.ParseQuery(c.query)
			st := triage.Next(f, v)
			if st.Kind != c.kind || st.GuideID != c.guide || st.Audience != c.audience || (st.Error != "") != c.err {
				t.Fatalf("got kind %v guide %q audience %q error %q", st.Kind, st.GuideID, st.Audience, st.Error)
			}
			if c.kind == triage.Ask && st.Question.ID != c.question {
				t.Errorf("asked %q, want %q", st.Question.ID, c.question)
			}
		})
	}
}

// TestEveryPathEnds walks every way through the flow: each ends at a guide
// or the emergency page, and together they reach every guide.
func TestEveryPathEnds(t *testing.T) {
	lib, f := flow(t)
	paths := triage.Paths(f)
	reached := map[string]bool{}
	emergency := false
	for _, p := range paths {
		switch p.End {
		case triage.Guide:
			if _, err := lib.Guide(p.GuideID); err != nil {
				t.Errorf("%s ends at a missing guide %s", p.Answers.Encode(), p.GuideID)
			}
			reached[p.GuideID] = true
		case triage.Emergency:
			emergency = true
		default:
			t.Errorf("%s ends nowhere", p.Answers.Encode())
		}
	}
	if !emergency {
		t.Error("no path reaches the emergency page")
	}
	for _, g := range lib.GuidesOf("uk") {
		if !reached[g.ID] {
			t.Errorf("no path reaches %s", g.ID)
		}
	}
	t.Logf("%d paths", len(paths))
}

func TestFromPathAndQuestions(t *testing.T) {
	_, f := flow(t)
	v, ok := triage.FromPath(f, []string{"no", "under-18"})
	if !ok || v.Get("danger") != "no" || v.Get("age") != "under-18" {
		t.Fatalf("FromPath = %v, %v", v, ok)
	}
	if st := triage.Next(f, v); st.Kind != triage.Ask || st.Question.ID != "what-young" {
		t.Errorf("next after no/under-18 is %+v", st)
	}
	for _, bad := range [][]string{{"maybe"}, {"no", "under-18", "nudes", "extra"}, {"yes", "no"}} {
		if _, ok := triage.FromPath(f, bad); ok {
			t.Errorf("FromPath(%v) accepted", bad)
		}
	}
	qs := triage.Questions(f)
	// danger, age, what (after "adult" and after "rather not say": the
	// audience differs), what-young, who.
	if len(qs) != 6 {
		t.Errorf("%d question pages, want 6: %v", len(qs), qs)
	}
}

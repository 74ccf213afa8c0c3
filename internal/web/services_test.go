package web_test

import (
	"strings"
	"testing"
	"time"

	"firststeps/internal/routes"
	"firststeps/internal/web"
)

func TestServicesPage(t *testing.T) {
	lib := realLibrary(t)
	// Saturday 21:00 in November (GMT).
	clock := time.Date(2026, 11, 21, 21, 0, 0, 0, time.UTC)
	s, err := web.New(web.Config{Library: lib, Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	nations := lib.Nations("uk")
	tok := func(a routes.Audience, n string) string {
		return "v=" + routes.View{Audience: a, Nation: n}.Token(nations)
	}
	cases := []struct {
		name      string
		query     string
		want, not []string
	}{
		{"everyone, with live status and contents", "", []string{
			"Who can help, and who is open now", `id="svc-samaritans"`, `id="svc-childline"`, `id="svc-revenge-porn-helpline"`,
			"Open now, 24 hours", "Closed: opens Monday at 10:00", `<a href="#group-images">`, "Costs the same as calling a landline",
		}, nil},
		{"under 18 leaves out adult-only services", tok(routes.Under18, ""), []string{`id="svc-childline"`, `id="svc-samaritans"`, "Help shown for <strong data-view-label>under 18, in the UK</strong>"},
			[]string{`id="svc-revenge-porn-helpline"`, `id="svc-stopncii"`, `id="svc-nspcc-helpline"`}},
		{"adults leave out child-only services", tok(routes.Adult, ""), []string{`id="svc-revenge-porn-helpline"`}, []string{`id="svc-report-remove"`}},
		{"Scotland", tok(routes.Everyone, "scotland"), []string{`id="svc-police-scotland"`, `id="svc-breathing-space"`},
			[]string{`id="svc-nhs-111-wales"`, `id="svc-psni"`, `id="svc-live-fear-free"`}},
		{"Northern Ireland", tok(routes.Everyone, "northern-ireland"), []string{`id="svc-lifeline"`, `id="svc-psni"`}, []string{`id="svc-police-scotland"`}},
		{"an email is never open now", "", []string{"You can email at any time"}, []string{"<span class=\"status open\">Open now, 24 hours</span><br><span class=\"hours\">You can email"}},
		{"unknown tokens are ignored", "v=%3Cb%3E&nation=mars", []string{`id="svc-samaritans"`, `id="svc-lifeline"`}, []string{"<b>"}},
		// The status says to check the hours; the card does not say
		// again that they are not known.
		{"hours not known are said once", "", []string{string(lib.Text("uk").StatusUnknown)}, []string{string(lib.Text("uk").HoursUnknown)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := get(t, h, "/services?"+c.query)
			if w.Code != 200 {
				t.Fatalf("status %d", w.Code)
			}
			body := w.Body.String()
			for _, x := range c.want {
				if !strings.Contains(body, x) {
					t.Errorf("lacks %q", x)
				}
			}
			for _, x := range c.not {
				if strings.Contains(body, x) {
					t.Errorf("has %q", x)
				}
			}
		})
	}
	// Monday 11:00: the Revenge Porn Helpline's phone is open.
	clock = time.Date(2026, 11, 23, 11, 0, 0, 0, time.UTC)
	if body := get(t, h, "/services").Body.String(); !strings.Contains(body, "Open now until 16:00") {
		t.Error("the status did not follow the clock")
	}
	// A static site shows no status: there the hours say they are not
	// known.
	st, err := web.New(web.Config{Library: lib, Static: true, Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	if body := get(t, st.Handler(), "/services").Body.String(); !strings.Contains(body, string(lib.Text("uk").HoursUnknown)) || strings.Contains(body, string(lib.Text("uk").StatusUnknown)) {
		t.Error("the static services page does not say once that some hours are not known")
	}
}

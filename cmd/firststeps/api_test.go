package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"firststeps/content"
	"firststeps/internal/library"
	"firststeps/internal/web"
)

// evalSet is one file of labelled queries, and the jurisdiction it is
// asked in.
type evalSet struct {
	file, jurisdiction string
}

func evalSets(t *testing.T) []evalSet {
	t.Helper()
	sets := []evalSet{{"../../internal/search/testdata/eval.tsv", "uk"}}
	files, err := filepath.Glob("../../internal/search/testdata/accounts/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no accounts (%v)", err)
	}
	for _, f := range files {
		jur := "uk"
		if strings.HasPrefix(filepath.Base(f), "us-") {
			jur = "us"
		}
		sets = append(sets, evalSet{f, jur})
	}
	return sets
}

// readQueries reads the query or text column of a TSV file.
func readQueries(t *testing.T, file string) []string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	col := slices.IndexFunc(strings.Split(lines[0], "\t"), func(h string) bool { return h == "query" || h == "text" })
	if col < 0 {
		t.Fatalf("%s: no query or text column in %q", file, lines[0])
	}
	var out []string
	for _, l := range lines[1:] {
		if f := strings.Split(l, "\t"); col < len(f) && strings.TrimSpace(f[col]) != "" {
			out = append(out, f[col])
		}
	}
	return out
}

// routed is what one query was routed to.
type routed struct {
	Results   []routeResult
	Confident bool
}

// TestRouteEndpointMatchesRouteCommand sends every query of the evaluation
// sets to the partner API and to "firststeps route", and requires the same
// guides, scores and confidence. The API answers where the site would
// (words naming the other jurisdiction's places are answered there), so
// each query is put to the command in the jurisdiction the API answered
// in.
func TestRouteEndpointMatchesRouteCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every evaluation query twice")
	}
	h := realSite(t).Handler()
	byJur := map[string][]string{}   // queries, by where the API answered them
	fromAPI := map[string][]routed{} // in the same order
	total, moved := 0, 0
	for _, set := range evalSets(t) {
		for _, q := range readQueries(t, set.file) {
			body, _ := json.Marshal(map[string]string{"q": q, "jurisdiction": set.jurisdiction})
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/api/v1/route", bytes.NewReader(body)))
			if w.Code != http.StatusOK {
				t.Fatalf("%s: status %d: %s", set.file, w.Code, w.Body)
			}
			var a struct {
				Jurisdiction string
				Confident    bool
				Results      []routeResult
			}
			if err := json.Unmarshal(w.Body.Bytes(), &a); err != nil {
				t.Fatal(err)
			}
			if a.Jurisdiction != set.jurisdiction {
				moved++
			}
			byJur[a.Jurisdiction] = append(byJur[a.Jurisdiction], q)
			fromAPI[a.Jurisdiction] = append(fromAPI[a.Jurisdiction], routed{a.Results, a.Confident})
			total++
		}
	}
	if total < 1000 {
		t.Fatalf("only %d queries", total)
	}
	for jur, qs := range byJur {
		var out, errs bytes.Buffer
		in := strings.NewReader(strings.Join(qs, "\n") + "\n")
		if code := run(context.Background(), []string{"route", "-jurisdiction", jur}, in, &out, &errs); code != exitOK {
			t.Fatalf("route -jurisdiction %s: exit %d: %s", jur, code, errs.String())
		}
		sc := bufio.NewScanner(&out)
		sc.Buffer(nil, 1<<20)
		i := 0
		for ; sc.Scan(); i++ {
			var line routeLine
			if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
				t.Fatal(err)
			}
			if i >= len(qs) {
				break
			}
			got := fromAPI[jur][i]
			if diff := cmp.Diff(routed{line.Results, line.Confident}, got); diff != "" || line.Query != qs[i] {
				t.Errorf("%s: %q: the API differs from firststeps route (-route +api):\n%s", jur, qs[i], diff)
			}
		}
		if i != len(qs) {
			t.Errorf("%s: firststeps route gave %d lines for %d queries", jur, i, len(qs))
		}
	}
	t.Logf("%d queries; %d answered in the other jurisdiction, whose places their words name", total, moved)
}

// TestServicesEndpointMatchesHoursCommand asks the partner API and
// "firststeps hours" whether each contact is open, at moments that test
// the hours' rules, and requires the same answers.
func TestServicesEndpointMatchesHoursCommand(t *testing.T) {
	h := realSite(t).Handler()
	for _, c := range []struct{ jurisdiction, nation, at string }{
		{"uk", "", "2026-12-08T11:00:00Z"},
		{"uk", "scotland", "2026-12-25T09:00:00Z"},
		{"uk", "northern-ireland", "2027-03-17T12:00:00Z"},
		{"uk", "wales", "2027-03-28T00:30:00Z"},
		{"us", "", "2026-11-26T15:00:00-05:00"},
		{"us", "", "2027-07-04T23:30:00Z"},
	} {
		args := []string{"hours", "-jurisdiction", c.jurisdiction, "-at", c.at}
		if c.nation != "" {
			args = append(args, "-nation", c.nation)
		}
		var out, errs bytes.Buffer
		if code := run(context.Background(), args, strings.NewReader(""), &out, &errs); code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errs.String())
		}
		want := map[string]hoursLine{}
		for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			var hl hoursLine
			if err := json.Unmarshal([]byte(l), &hl); err != nil {
				t.Fatal(err)
			}
			want[hl.Service+"/"+hl.Contact] = hl
		}
		q := url.Values{"jurisdiction": {c.jurisdiction}, "nation": {c.nation}, "at": {c.at}}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/api/v1/services?"+q.Encode(), nil))
		var list struct {
			Services []struct {
				ID       string
				Contacts []struct {
					ID     string
					Live   bool
					Status *struct {
						Open     bool
						Until    string
						NextOpen string `json:"next_open"`
						Zone     string
						Text     string
					}
				}
			}
		}
		if err := json.Unmarshal(w.Body.Bytes(), &list); err != nil || w.Code != http.StatusOK {
			t.Fatalf("%v: %d %v", q, w.Code, err)
		}
		got := map[string]hoursLine{}
		for _, s := range list.Services {
			for _, ct := range s.Contacts {
				if !ct.Live {
					continue
				}
				st := ct.Status
				got[s.ID+"/"+ct.ID] = hoursLine{Service: s.ID, Contact: ct.ID, Zone: st.Zone, Open: st.Open, Until: st.Until, NextOpen: st.NextOpen, Text: st.Text}
			}
		}
		if len(want) == 0 {
			t.Fatalf("%v: firststeps hours listed nothing", args)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%v: the API differs from firststeps hours (-hours +api):\n%s", args, diff)
		}
	}
}

// realSite is the server on the built-in content, as serve makes it.
func realSite(t *testing.T) *web.Server {
	t.Helper()
	lib, probs := library.Load(content.FS(), library.Options{})
	if lib == nil {
		t.Fatal(probs)
	}
	srv, err := web.New(web.Config{Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

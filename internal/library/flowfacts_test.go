package library_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/library"
)

func TestPathFacts(t *testing.T) {
	helping := &library.Answer{ID: "helping", Facets: []string{"asker:parent", "asker:friend", "asker:staff"}}
	cases := []struct {
		name    string
		answers []*library.Answer
		want    []string
	}{
		{"none", []*library.Answer{{ID: "no"}}, nil},
		{"facts of every answer", []*library.Answer{{ID: "a", Facets: []string{"who:stranger"}}, {ID: "b", Facets: []string{"images:threatened", "demand:money"}}}, []string{"demand:money", "images:threatened", "who:stranger"}},
		{"a later answer says which value holds", []*library.Answer{helping, {ID: "my-child", Facets: []string{"asker:parent", "topic:child-contact"}}}, []string{"asker:parent", "topic:child-contact"}},
		{"an earlier answer's facts stay when a later one says nothing of them", []*library.Answer{helping, {ID: "x"}}, []string{"asker:friend", "asker:parent", "asker:staff"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, library.PathFacts(c.answers)); diff != "" {
				t.Errorf("facts (-want +got):\n%s", diff)
			}
		})
	}
}

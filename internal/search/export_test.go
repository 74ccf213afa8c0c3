package search_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"firststeps/internal/search"
)

// TestExportRoundTrip writes each jurisdiction's export as JSON and reads
// it back as the static site's search does (weights as doubles rounded to
// single precision): every number must come back exactly, or the browser
// would rank with other numbers than the server.
func TestExportRoundTrip(t *testing.T) {
	lib := realIndexLibrary(t)
	for _, j := range lib.Jurisdictions {
		t.Run(j.ID, func(t *testing.T) {
			ix := search.New(lib, j.ID, search.DefaultParams)
			ex, b := export(t, ix)
			var back search.Export
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(ex, &back); diff != "" {
				t.Errorf("the export changed on its way through JSON (-want +got):\n%s", diff)
			}
			again, err := ix.Export()
			if err != nil {
				t.Fatal(err)
			}
			if b2, _ := json.Marshal(again); !bytes.Equal(b, b2) {
				t.Error("two exports of one index differ")
			}
			if len(back.Guides) != ix.Len() || len(back.Audience) != ix.Len() || len(back.Facets.Guides) != ix.Len() || len(back.TagStart) != ix.Len()+1 {
				t.Errorf("the export holds %d guides (%d audiences, %d facet lists, %d tag starts), the index %d",
					len(back.Guides), len(back.Audience), len(back.Facets.Guides), len(back.TagStart), ix.Len())
			}
			if len(back.Terms) == 0 || len(back.TagNorm) == 0 || len(back.Cues) == 0 || len(back.Audiences) == 0 || len(back.Facets.Values) == 0 || len(back.Facets.Exp) == 0 {
				t.Errorf("the export lacks a table: %d terms, %d tags, %d cues, %d audiences, %d facet values, %d factors",
					len(back.Terms), len(back.TagNorm), len(back.Cues), len(back.Audiences), len(back.Facets.Values), len(back.Facets.Exp))
			}
			t.Logf("%s: %d guides, %d terms, %d tags, %d factors, %d bytes of JSON", j.ID, len(back.Guides), len(back.Terms), len(back.TagNorm), len(back.Facets.Exp), len(b))
		})
	}
}

// TestFloat32JSON checks weights that a short form would spoil: read as a
// double and rounded again, some shortest forms land on a neighbour.
func TestFloat32JSON(t *testing.T) {
	for _, v := range []float32{0, 1, 0.1, 0.3, 1e-7, 3.4028235e38, 1.0000001, 0.33333334, 16777217} {
		b, err := json.Marshal(search.Float32(v))
		if err != nil {
			t.Fatal(err)
		}
		var back search.Float32
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if float32(back) != v {
			t.Errorf("%v is written %s and read back as %v", v, b, back)
		}
	}
}

package routes

import "testing"

// TestTokens: every view but the empty one has its own token, which reads
// back as the view; a view with a nation the jurisdiction lacks has none.
func TestTokens(t *testing.T) {
	for _, nations := range [][]string{nil, {"england", "scotland", "wales", "northern-ireland"}} {
		seen := map[string]View{}
		for i, v := range Views(nations) {
			tok := v.Token(nations)
			if i == 0 {
				if tok != "" {
					t.Errorf("the empty view has token %q", tok)
				}
				continue
			}
			if other, dup := seen[tok]; dup || len(tok) != 2 {
				t.Errorf("%+v: token %q (also %+v)", v, tok, other)
			}
			seen[tok] = v
			if back, ok := ParseToken(tok, nations); !ok || back != v {
				t.Errorf("%+v: token %q reads back as %+v, %v", v, tok, back, ok)
			}
		}
		if tok := (View{Audience: Adult, Nation: "atlantis"}).Token(nations); tok != "" {
			t.Errorf("a view with an unknown nation has token %q", tok)
		}
		if tok := (View{Audience: "martian"}).Token(nations); tok != "" {
			t.Errorf("a view with an unknown audience has token %q", tok)
		}
	}
}

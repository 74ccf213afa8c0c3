package pattern

import "testing"

func TestMaxSpaces(t *testing.T) {
	tests := []struct {
		expr string
		want int
	}{
		{`threat\w*`, 0},
		{`\b(?:send (me )?(nudes|naked (pics|pictures)))\b`, 3},
		{`(keeps?|kept) (asking|begging)( me)? (for|to send)`, 4},
		{`a{2,3}`, 0},
		{`(a b){2,3}`, 3},
		{`(a b){2,}`, -1},
		{`x.*money`, -1},
		{`x.money`, 1},
		{`x\smoney`, 1},
		{`x[^a]money`, 1},
		{`x[a-z]money`, 0},
		{`x\Wmoney`, 1},
		{`^im`, -1},
		{`im$`, -1},
		{`(?m)^im`, -1},
		{`(im|i am) (1[0-7])`, 2},
		{`(`, -1},
	}
	for _, tt := range tests {
		if got := spacesOf(tt.expr); got != tt.want {
			t.Errorf("spacesOf(%q) = %d, want %d", tt.expr, got, tt.want)
		}
	}
}

// TestWindows: the windows of a pattern on a text are the few words round
// each place one of its strings is, merged where they meet, and Match
// answers from them as from the whole text.
func TestWindows(t *testing.T) {
	p, err := Compile(`\b(?:send (me )?nudes)\b`) // at most 2 spaces
	if err != nil {
		t.Fatal(err)
	}
	set := NewSet([]*Pattern{p})
	text := "one two three four five six send me nudes seven eight nine ten eleven twelve thirteen send nudes fourteen"
	sc := set.Scan(text)
	ws, ok := p.windows(sc, nil)
	if !ok {
		t.Fatal("windows as long as the text")
	}
	var got []string
	for _, w := range ws {
		got = append(got, text[w.start:w.end])
	}
	want := []string{"five six send me nudes seven eight", "twelve thirteen send nudes fourteen"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("windows %q, want %q", got, want)
	}
	if !p.Match(sc) {
		t.Error("no match in the windows")
	}
	// The same strings nowhere near the words the pattern needs: the
	// windows hold no match, and neither does the text.
	far := "send a message to me saying nudes are not ok and then send it again"
	if p.Match(set.Scan(far)) || p.re.MatchString(far) {
		t.Errorf("%q matched", far)
	}
}

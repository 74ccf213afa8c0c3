package routes

import (
	"slices"
	"strconv"

	"firststeps/internal/services"
)

// Audience is who the reader said they are.
type Audience string

// Audiences a view can have.
const (
	Everyone Audience = ""         // not said, or would rather not say
	Adult    Audience = "adult"    // 18 or over
	Under18  Audience = "under-18" // under 18
	Helping  Audience = "helping"  // asking for someone else
)

// Audiences lists every audience, the unchosen one first.
var Audiences = []Audience{Everyone, Adult, Under18, Helping}

// View is what a page knows of its reader.
type View struct {
	Audience Audience
	Nation   string // "" when not chosen
}

// Reader is one person a page may reach.
type Reader struct {
	Under18 bool
	Sex     string // services.Female or services.Male
	Nation  string // "" in a jurisdiction without nations
}

// Readers lists every reader the view reaches, given the jurisdiction's
// nations.
func (v View) Readers(nations []string) []Reader {
	ages := []bool{false, true}
	switch v.Audience {
	case Adult:
		ages = []bool{false}
	case Under18:
		ages = []bool{true}
	}
	where := nations
	if v.Nation != "" || len(nations) == 0 {
		where = []string{v.Nation}
	}
	var out []Reader
	for _, u := range ages {
		for _, sex := range services.Sexes {
			for _, n := range where {
				out = append(out, Reader{Under18: u, Sex: sex, Nation: n})
			}
		}
	}
	return out
}

// Views lists every view of a jurisdiction with these nations: each
// audience, with no nation and with each nation.
func Views(nations []string) []View {
	var out []View
	for _, a := range Audiences {
		out = append(out, View{Audience: a})
		for _, n := range nations {
			out = append(out, View{Audience: a, Nation: n})
		}
	}
	return out
}

// Token returns the view's opaque address token; the empty view has none.
// A token is the view's place in Views, scrambled so that neighbouring
// views look unrelated: reading one says nothing of what was chosen.
func (v View) Token(nations []string) string {
	if v == (View{}) {
		return ""
	}
	if i := v.index(nations); i >= 0 {
		return scramble(i)
	}
	return ""
}

// index is v's place in Views(nations), or -1 when it is not there,
// worked out without listing them: each audience is followed by its
// nations.
func (v View) index(nations []string) int {
	a := slices.Index(Audiences, v.Audience)
	n := 0
	if v.Nation != "" {
		if n = slices.Index(nations, v.Nation) + 1; n == 0 {
			return -1
		}
	}
	if a < 0 {
		return -1
	}
	return a*(len(nations)+1) + n
}

// ParseToken returns the view a token stands for; an unknown token is the
// empty view, reported false.
func ParseToken(token string, nations []string) (View, bool) {
	if token == "" {
		return View{}, true
	}
	for i, w := range Views(nations) {
		if i > 0 && scramble(i) == token {
			return w, true
		}
	}
	return View{}, false
}

// scramble maps 0…1295 one-to-one onto two base-36 characters (37 is
// prime to 36²).
func scramble(i int) string {
	s := strconv.FormatInt(int64((i*37+11)%1296), 36)
	if len(s) < 2 {
		s = "0" + s
	}
	return s
}

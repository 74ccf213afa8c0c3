package search

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"

	"firststeps/internal/pattern"
)

// Export is the query side of a built index as data: everything Search
// reads once the index is built, so that another program (the static
// site's search, in the browser) can rank exactly as Search does without
// building anything. Whatever Search works out from the guides, the
// parameters or the platform's maths library is here as numbers: each
// term's saturated weight per guide and its inverse document frequency,
// each tag's weights, and e to the power of every exponent the facts of a
// situation can give. Only the query's own arithmetic is left to the
// reader, in Search's order, so its sums come out the same to the last bit.
//
// Patterns are JavaScript sources (see pattern.Pattern.JS) that match the
// same texts as the Go expressions, compiled with the "u" flag.
type Export struct {
	Params   Params `json:"params"`
	MaxQuery int    `json:"maxQuery"` // see Cut
	// Guides are the guide ids, in index order: a guide's number anywhere
	// in the export is its place here.
	Guides []string `json:"guides"`
	// Terms are the indexed terms, stemmed as the analyzer stems them, and
	// the terms of the tag index.
	Terms ExportTerms `json:"terms"`
	// IDF, Sat and TagWeight are the numbers the terms refer to by place:
	// few distinct values are shared by thousands of postings. Sat holds
	// each guide's own saturated weights, which depend on the guide's field
	// lengths: a posting's weight is Sat[guide][place].
	IDF []float64 `json:"idf"`
	// IDFPower is each IDF to the power Params.LongIDFPower, by the same
	// place: a long query's terms are weighed by it (see idfPower).
	IDFPower  []float64 `json:"idfPower"`
	Sat       SatTable  `json:"sat"`
	TagWeight []float64 `json:"tagWeight"`
	// IDF1 is the inverse document frequency of a term one guide uses,
	// which coverage counts for a word no guide uses.
	IDF1 float64 `json:"idf1"`
	// TagStart is each guide's first tag (a guide's tags are a run; one
	// more entry marks the end), TagNorm each tag's length, and DenseShare
	// the share of tags past which Search reads every tag.
	TagStart   []int32        `json:"tagStart"`
	TagNorm    []float64      `json:"tagNorm"`
	DenseShare int            `json:"denseShare"`
	Analyzer   ExportAnalyzer `json:"analyzer"`
	// Audience is each guide's audiences as a set of bits, one per
	// guide.Audiences entry; Adult is the adult audience's bit.
	Audience  []int            `json:"audience"`
	Adult     int              `json:"adult"`
	Audiences []ExportAudience `json:"audiences"` // cues.yaml order
	Cues      []ExportCue      `json:"cues"`      // cues.yaml order
	// Scope is nil when the library has no scope patterns: every text is
	// then in scope.
	Scope  *ExportMatcher `json:"scope"`
	Facets ExportFacets   `json:"facets"`
}

// ExportTerm is one term: its inverse document frequency and postings
// in the term table, and in the tag index. It is written as
// [idf, [guide, sat, …]] or, for a term of the tags,
// [idf, [guide, sat, …], tagIDF, [tag, tagWeight, …]], each number
// after a guide or tag being a place in Export's tables. Each guide and
// tag is written as the step from the one before it (the first from 0):
// the lists are in order, so the steps are small, and a library's index
// is a quarter smaller compressed (4.2 MB to 3.1 MB at 2,000 guides).
//
// A tag posting's weight is the term's weight in the tag times its
// idf over the tag's length, each rounded to single precision as the index
// keeps it: float32(float32(float32(w) × idf) / norm), with w from
// TagWeight and norm from TagNorm. Export checks that this gives every
// weight of the index exactly.
type ExportTerm struct {
	IDF         int     // place in Export.IDF; -1 for a term only the tags hold
	Postings    []int32 // guide, place in Export.Sat[guide]; guides in order
	TagIDF      int     // place in Export.IDF; -1 for a term no tag holds
	TagPostings []int32 // tag, place in Export.TagWeight; tags in order
}

// Float32 is a weight kept in single precision. It is written in as few
// digits as read back exactly by a reader that parses a double and rounds
// it to single precision (JavaScript's Math.fround of a JSON number).
type Float32 float32

// MarshalJSON writes the shortest digits that read back exactly.
func (f Float32) MarshalJSON() ([]byte, error) {
	return f.appendJSON(nil)
}

func (f Float32) appendJSON(b []byte) ([]byte, error) {
	v := float32(f)
	if math.IsInf(float64(v), 0) || math.IsNaN(float64(v)) {
		return nil, fmt.Errorf("search: weight %v is not a number JSON can hold", v)
	}
	n := len(b)
	b = strconv.AppendFloat(b, float64(v), 'g', -1, 32)
	if d, err := strconv.ParseFloat(string(b[n:]), 64); err != nil || float32(d) != v {
		// Rounded twice, through a double, the short form would land on
		// a neighbour: write the double, which is exact.
		b = strconv.AppendFloat(b[:n], float64(v), 'g', -1, 64)
	}
	return b, nil
}

// SatTable is each guide's saturated weights (Export.Sat). It writes
// itself: through reflection, its million numbers took a tenth of a
// build after an edit.
type SatTable [][]Float32

// MarshalJSON writes the table as arrays of numbers.
func (t SatTable) MarshalJSON() ([]byte, error) {
	return t.appendJSON(make([]byte, 0, t.size()))
}

// size is about how many bytes the table takes as JSON.
func (t SatTable) size() int {
	size := 2
	for _, row := range t {
		size += 3 + 12*len(row)
	}
	return size
}

func (t SatTable) appendJSON(b []byte) ([]byte, error) {
	if t == nil {
		return append(b, "null"...), nil
	}
	b = append(b, '[')
	for i, row := range t {
		if i > 0 {
			b = append(b, ',')
		}
		if row == nil {
			b = append(b, "null"...)
			continue
		}
		b = append(b, '[')
		for k, v := range row {
			if k > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = v.appendJSON(b); err != nil {
				return nil, err
			}
		}
		b = append(b, ']')
	}
	return append(b, ']'), nil
}

// ExportTerms are the terms (Export.Terms). They write themselves, as
// SatTable does, in the order encoding/json gives a map's keys.
type ExportTerms map[string]ExportTerm

// MarshalJSON writes the terms as an object, keys in order.
func (m ExportTerms) MarshalJSON() ([]byte, error) {
	return m.appendJSON(make([]byte, 0, m.size()))
}

// size is about how many bytes the terms take as JSON: room for each key
// and numbers of up to five digits, so the bytes are not copied again as
// they grow.
func (m ExportTerms) size() int {
	size := 2
	for k, t := range m {
		size += len(k) + 16 + 6*(len(t.Postings)+len(t.TagPostings))
	}
	return size
}

func (m ExportTerms) appendJSON(b []byte) ([]byte, error) {
	if m == nil {
		return append(b, "null"...), nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		if plainJSON(k) {
			b = append(append(append(b, '"'), k...), '"')
		} else {
			q, err := json.Marshal(k)
			if err != nil {
				return nil, err
			}
			b = append(b, q...)
		}
		b = append(b, ':')
		b = m[k].appendJSON(b)
	}
	return append(b, '}'), nil
}

// AppendJSON appends the export as JSON: the same object json.Marshal
// writes, with the two largest tables (sat, then terms) as its last keys.
// They are written straight into b, which encoding/json would have
// copied and checked again byte by byte: at 2,000 guides, ten megabytes,
// a tenth of a build after an edit.
func (ex *Export) AppendJSON(b []byte) ([]byte, error) {
	type fields Export // Export's fields without its methods
	rest, err := json.Marshal(struct {
		fields
		// Shallower than Export's own, these hide them, and being nil
		// are left out.
		Terms *struct{} `json:"terms,omitempty"`
		Sat   *struct{} `json:"sat,omitempty"`
	}{fields: fields(*ex)})
	if err != nil {
		return nil, err
	}
	b = slices.Grow(b, len(rest)+ex.Terms.size()+ex.Sat.size())
	b = append(b, rest[:len(rest)-1]...) // all but its closing brace
	if len(rest) > 2 {
		b = append(b, ',')
	}
	if b, err = ex.Sat.appendJSON(append(b, `"sat":`...)); err != nil {
		return nil, err
	}
	if b, err = ex.Terms.appendJSON(append(b, `,"terms":`...)); err != nil {
		return nil, err
	}
	return append(b, '}'), nil
}

// plainJSON reports whether s is written in JSON as it is, between
// quotes: printable ASCII that encoding/json neither escapes nor writes
// as \u.
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c >= 0x7f, c == '"', c == '\\', c == '<', c == '>', c == '&':
			return false
		}
	}
	return true
}

// UnmarshalJSON reads a weight as JavaScript does: a double, rounded to
// single precision.
func (f *Float32) UnmarshalJSON(b []byte) error {
	d, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return err
	}
	*f = Float32(float32(d))
	return nil
}

// MarshalJSON writes the term as an array (see ExportTerm).
func (t ExportTerm) MarshalJSON() ([]byte, error) {
	return t.appendJSON(nil), nil
}

func (t ExportTerm) appendJSON(b []byte) []byte {
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(t.IDF), 10)
	b = appendPostings(append(b, ','), t.Postings)
	if t.TagIDF >= 0 {
		b = strconv.AppendInt(append(b, ','), int64(t.TagIDF), 10)
		b = appendPostings(append(b, ','), t.TagPostings)
	}
	return append(b, ']')
}

// appendPostings writes a list of (item, place) pairs, each item as the
// step from the one before.
func appendPostings(b []byte, s []int32) []byte {
	b = append(b, '[')
	prev := int32(0)
	for i, v := range s {
		if i > 0 {
			b = append(b, ',')
		}
		if i%2 == 0 {
			v, prev = v-prev, v
		}
		b = strconv.AppendInt(b, int64(v), 10)
	}
	return append(b, ']')
}

// undoSteps turns the items of pairs written by appendPostings back into
// what they are, refusing a list out of order.
func undoSteps(s []int32) error {
	prev := int32(0)
	for i := 0; i < len(s); i += 2 {
		if s[i] < 0 || (i > 0 && s[i] == 0) {
			return errors.New("search: a term's postings are not in order")
		}
		s[i] += prev
		prev = s[i]
	}
	return nil
}

// UnmarshalJSON reads a term written by MarshalJSON.
func (t *ExportTerm) UnmarshalJSON(b []byte) error {
	var parts []json.RawMessage
	if err := json.Unmarshal(b, &parts); err != nil {
		return err
	}
	if len(parts) != 2 && len(parts) != 4 {
		return fmt.Errorf("search: a term has %d parts, want 2 or 4", len(parts))
	}
	*t = ExportTerm{TagIDF: -1}
	into := []any{&t.IDF, &t.Postings, &t.TagIDF, &t.TagPostings}
	for i, p := range parts {
		if err := json.Unmarshal(p, into[i]); err != nil {
			return err
		}
	}
	if len(t.Postings)%2 != 0 || len(t.TagPostings)%2 != 0 {
		return errors.New("search: a term's postings are not in pairs")
	}
	if t.IDF < -1 || (len(parts) == 4 && t.TagIDF < 0) {
		return errors.New("search: a term's idf is not a place in the table")
	}
	if err := undoSteps(t.Postings); err != nil {
		return err
	}
	return undoSteps(t.TagPostings)
}

// ExportAnalyzer is how text becomes terms (see analyzer).
type ExportAnalyzer struct {
	// Stop are the words skipped; MaxWord is the longest word, in bytes,
	// that counts.
	Stop    []string `json:"stop"`
	MaxWord int      `json:"maxWord"`
	// SynonymWeight is the weight of a term a synonym adds, Bigram that of
	// a pair of neighbouring words.
	SynonymWeight float64 `json:"synonymWeight"`
	Bigram        float64 `json:"bigram"`
	// Phrases are the synonym phrases by their first word, longest first.
	Phrases map[string][]ExportPhrase `json:"phrases"`
	// Patterns are the synonym patterns, in order: a text one matches gets
	// the term.
	Patterns []ExportTermPattern `json:"patterns"`
	// MinFuzzy is the shortest term, in bytes, that spelling correction
	// tries, and MaxFuzzy how many corrections a word gets at most;
	// LongFuzzy is the shortest, in bytes, that may be two edits away,
	// and MaxOSA the longest compared at all.
	MinFuzzy  int `json:"minFuzzy"`
	MaxFuzzy  int `json:"maxFuzzy"`
	LongFuzzy int `json:"longFuzzy"`
	MaxOSA    int `json:"maxOSA"`
	// Apostrophes are the marks Normalize removes, and Currency the words
	// it writes for each currency sign.
	Apostrophes string            `json:"apostrophes"`
	Currency    map[string]string `json:"currency"`
	// Narrative are the stems of the narrative words, which a long query
	// weighs by Params.NarrativeWeight.
	Narrative []string `json:"narrative"`
	// Spellings are the words a query is read with replaced (see
	// Respell), as written and as meant.
	Spellings map[string]string `json:"spellings,omitempty"`
}

// ExportPhrase is one synonym phrase: its normalised words, the terms
// (not yet stemmed) it stands for, and whether the words count only as
// the terms.
type ExportPhrase struct {
	Words   []string `json:"w"`
	Terms   []string `json:"t"`
	Replace bool     `json:"r,omitempty"`
}

// ExportTermPattern is a synonym pattern and its term (not yet stemmed).
type ExportTermPattern struct {
	Term    string `json:"t"`
	Pattern string `json:"p"`
}

// ExportMatcher is a list of patterns, any of which matches, and of
// patterns that cancel them.
type ExportMatcher struct {
	Patterns []string `json:"p"`
	Unless   []string `json:"u,omitempty"`
}

// ExportAudience recognises an asker: its id and its bit.
type ExportAudience struct {
	ID  string `json:"id"`
	Set int    `json:"set"`
	ExportMatcher
}

// ExportCue is an urgency cue.
type ExportCue struct {
	ID string `json:"id"`
	ExportMatcher
}

// ExportFacets are the facet values, each guide's, and e to the power of
// each exponent facetFactor can reach, as [exponent, factor] pairs.
type ExportFacets struct {
	Values []ExportFacetValue `json:"values"`
	Guides [][]int            `json:"guides"`
	Exp    [][2]float64       `json:"exp"`
	// Negations, DenialsAfter, ClauseStarts, Conditions and Reach are how
	// a value's match is denied (see denied).
	Negations    []string `json:"negations"`
	DenialsAfter []string `json:"denialsAfter"`
	ClauseStarts []string `json:"clauseStarts"`
	Conditions   []string `json:"conditions"`
	Reach        int      `json:"reach"`
}

// ExportFacetValue is one facet value, numbered by its place.
type ExportFacetValue struct {
	Name      string  `json:"name"`  // facet:value
	Facet     int     `json:"facet"` // the facet's number
	Exclusive bool    `json:"excl,omitempty"`
	Weight    float64 `json:"weight"`
	Scope     bool    `json:"scope,omitempty"` // the value alone puts the words in scope
	ExportMatcher
}

// Export returns the query side of the index as data. It fails when a
// pattern has no JavaScript form, or when the tag weights no longer follow
// the rule ExportTerm gives.
func (ix *Index) Export() (*Export, error) {
	ex := &Export{
		Params:     ix.params,
		MaxQuery:   MaxQuery,
		Guides:     make([]string, len(ix.guides)),
		Terms:      ExportTerms{},
		IDF1:       ix.idf(1),
		DenseShare: denseShare,
		Audience:   make([]int, len(ix.guides)),
		Adult:      int(audienceOf("adult")),
	}
	for d, g := range ix.guides {
		ex.Guides[d] = g.ID
		ex.Audience[d] = int(ix.audience[d])
	}
	// Terms in order, so the tables are numbered alike on every build.
	var terms []string
	for s := range ix.terms.shards {
		terms = append(terms, ix.terms.shards[s].terms...)
	}
	// Each tag posting's weight before idf, beside the posting: gathered
	// tag by tag, in the order the tag index lists them, so no posting
	// looks through its tag's terms for its own (which took a fifth of a
	// build after an edit).
	var tagW [][][]float64 // shard, term id, posting
	if tg := ix.tags; tg != nil {
		ex.TagStart, ex.TagNorm = tg.tagStart, tg.norms
		tagW = make([][][]float64, len(tg.shards))
		for s := range tg.shards {
			tagW[s] = make([][]float64, len(tg.shards[s].lists))
		}
		for _, list := range ix.tagTerms() {
			for _, tts := range list {
				for _, tt := range tts {
					id := tg.shards[tt.shard].ids[tt.term]
					tagW[tt.shard][id] = append(tagW[tt.shard][id], tt.w)
				}
			}
		}
		for s := range tg.shards {
			for term := range tg.shards[s].ids {
				if _, _, known := ix.terms.lookup(term); !known {
					terms = append(terms, term)
				}
			}
		}
	}
	slices.Sort(terms)
	terms = slices.Compact(terms)
	idfs, tagWeights := numbering[float64]{}, numbering[float64]{}
	sats := make([]weightPlaces, len(ix.guides))
	for _, term := range terms {
		t := ExportTerm{IDF: -1, TagIDF: -1}
		if list, topicDF, known := ix.terms.lookup(term); known {
			t.IDF = idfs.place(ix.termIDF(list, topicDF))
			t.Postings = make([]int32, 0, 2*len(list))
			for _, p := range list {
				t.Postings = append(t.Postings, p.doc, int32(sats[p.doc].place(Float32(p.sat))))
			}
		}
		if tg := ix.tags; tg != nil {
			sh := &tg.shards[tg.shardOf(term)]
			if id, ok := sh.ids[term]; ok && len(sh.lists[id]) > 0 {
				list, idf, ws := sh.lists[id], sh.idf[id], tagW[tg.shardOf(term)][id]
				if len(ws) != len(list) {
					return nil, fmt.Errorf("search: %q is in %d tags' terms but %d tag postings: update Export", term, len(ws), len(list))
				}
				t.TagIDF = idfs.place(idf)
				t.TagPostings = make([]int32, 0, 2*len(list))
				for k, p := range list {
					w := ws[k]
					if float32(float64(float32(float64(float32(w))*idf))/tg.norms[p.tag]) != p.w {
						return nil, fmt.Errorf("search: the weight of %q in tag %d is no longer float32(float32(float32(w)×idf)/norm): update Export and its readers", term, p.tag)
					}
					t.TagPostings = append(t.TagPostings, p.tag, int32(tagWeights.place(w)))
				}
			}
		}
		ex.Terms[term] = t
	}
	ex.IDF, ex.TagWeight = idfs.values, tagWeights.values
	ex.IDFPower = make([]float64, len(ex.IDF))
	for i, v := range ex.IDF {
		ex.IDFPower[i] = idfPower(v, ex.IDF1, ix.params.LongIDFPower)
	}
	ex.Sat = make(SatTable, len(sats))
	for d := range sats {
		ex.Sat[d] = sats[d].values
	}
	var err error
	if ex.Analyzer, err = ix.an.export(); err != nil {
		return nil, err
	}
	ex.Analyzer.Spellings = ix.spell
	for _, a := range ix.audiences {
		m, err := matcher(a.Compiled())
		if err != nil {
			return nil, fmt.Errorf("audience %s: %w", a.ID, err)
		}
		ex.Audiences = append(ex.Audiences, ExportAudience{ID: a.ID, Set: int(audienceOf(a.ID)), ExportMatcher: m})
	}
	for _, c := range ix.cues {
		m, err := matcher(c.Compiled())
		if err != nil {
			return nil, fmt.Errorf("cue %s: %w", c.ID, err)
		}
		ex.Cues = append(ex.Cues, ExportCue{ID: c.ID, ExportMatcher: m})
	}
	if ix.scope != nil {
		if patterns, unless := ix.scope.Compiled(); len(patterns) > 0 {
			m, err := matcher(patterns, unless)
			if err != nil {
				return nil, fmt.Errorf("scope: %w", err)
			}
			ex.Scope = &m
		}
	}
	if ex.Facets, err = ix.exportFacets(); err != nil {
		return nil, err
	}
	return ex, nil
}

// weightPlaces gives each distinct weight of one guide a place, in order
// of first use, as numbering does, in a small table of its own: a build's
// export asks it once per posting (775,000 times at 2,000 guides), and a
// map per guide spent a third of Export's time finding its way
// (BenchmarkWeightPlaces: 19 ms against 90 ms). Weights are told apart by
// their bits, which for the positive, finite weights of an index is what
// a map does.
type weightPlaces struct {
	slots  []int32 // place+1 by the weight's bits, hashed; 0 is empty
	shift  uint8   // 32 less the table's size in bits: a hash's top bits pick the slot
	values []Float32
}

// slot is where the search for bits starts.
func (n *weightPlaces) slot(bits uint32) uint32 { return (bits * 0x9e3779b1) >> n.shift }

func (n *weightPlaces) place(v Float32) int {
	bits := math.Float32bits(float32(v))
	if len(n.slots) == 0 {
		n.slots, n.shift = make([]int32, 64), 32-6
	}
	mask := uint32(len(n.slots) - 1)
	for i := n.slot(bits); ; i = (i + 1) & mask {
		at := n.slots[i]
		if at == 0 {
			n.values = append(n.values, v)
			n.slots[i] = int32(len(n.values))
			if 2*len(n.values) > len(n.slots) {
				n.grow()
			}
			return len(n.values) - 1
		}
		if math.Float32bits(float32(n.values[at-1])) == bits {
			return int(at - 1)
		}
	}
}

// grow doubles the table, placing every weight again.
func (n *weightPlaces) grow() {
	n.slots, n.shift = make([]int32, 2*len(n.slots)), n.shift-1
	mask := uint32(len(n.slots) - 1)
	for k, v := range n.values {
		i := n.slot(math.Float32bits(float32(v)))
		for n.slots[i] != 0 {
			i = (i + 1) & mask
		}
		n.slots[i] = int32(k + 1)
	}
}

// numbering gives each distinct value a place, in order of first use.
type numbering[T comparable] struct {
	places map[T]int
	values []T
}

func (n *numbering[T]) place(v T) int {
	if i, ok := n.places[v]; ok {
		return i
	}
	if n.places == nil {
		n.places = map[T]int{}
	}
	n.places[v] = len(n.values)
	n.values = append(n.values, v)
	return n.places[v]
}

// export returns the analyzer's tables.
func (a *analyzer) export() (ExportAnalyzer, error) {
	ea := ExportAnalyzer{
		MaxWord:       maxWord,
		SynonymWeight: synonymWeight,
		Bigram:        a.bigram,
		Phrases:       map[string][]ExportPhrase{},
		MinFuzzy:      minFuzzy,
		MaxFuzzy:      maxFuzzy,
		LongFuzzy:     longFuzzy,
		MaxOSA:        maxOSA,
		Apostrophes:   apostrophes,
		Currency:      map[string]string{},
	}
	for r, words := range currencyWords {
		ea.Currency[string(r)] = words
	}
	for w := range stopWords {
		ea.Stop = append(ea.Stop, w)
	}
	slices.Sort(ea.Stop)
	for s := range a.narrative {
		ea.Narrative = append(ea.Narrative, s)
	}
	slices.Sort(ea.Narrative)
	for first, list := range a.phrases {
		for _, p := range list {
			ea.Phrases[first] = append(ea.Phrases[first], ExportPhrase{Words: p.words, Terms: p.terms, Replace: p.replace})
		}
	}
	for _, p := range a.patterns {
		src, err := p.p.JS()
		if err != nil {
			return ea, fmt.Errorf("synonym %s: %w", p.term, err)
		}
		ea.Patterns = append(ea.Patterns, ExportTermPattern{Term: p.term, Pattern: src})
	}
	return ea, nil
}

func matcher(patterns, unless []*pattern.Pattern) (ExportMatcher, error) {
	var m ExportMatcher
	for _, p := range patterns {
		src, err := p.JS()
		if err != nil {
			return m, err
		}
		m.Patterns = append(m.Patterns, src)
	}
	for _, p := range unless {
		src, err := p.JS()
		if err != nil {
			return m, err
		}
		m.Unless = append(m.Unless, src)
	}
	return m, nil
}

// exportFacets returns the facet values, each guide's, and the factor for
// every exponent facetFactor can reach.
func (ix *Index) exportFacets() (ExportFacets, error) {
	t := ix.facets
	ef := ExportFacets{Guides: ix.facetsOf, Negations: negations, DenialsAfter: denialsAfter, ClauseStarts: clauseStarts, Conditions: conditions, Reach: negationReach}
	for i, v := range t.values {
		m, err := matcher(v.Compiled())
		if err != nil {
			return ef, fmt.Errorf("facet %s: %w", t.names[i], err)
		}
		ef.Values = append(ef.Values, ExportFacetValue{Name: t.names[i], Facet: t.facet[i], Exclusive: t.excl[i], Weight: t.weight[i], Scope: t.scope[i], ExportMatcher: m})
	}
	seen := map[float64]bool{}
	for _, g := range ix.facetsOf {
		for _, x := range t.exponents(g, ix.params) {
			if !seen[x] {
				seen[x] = true
				ef.Exp = append(ef.Exp, [2]float64{x, math.Exp(x)})
			}
		}
	}
	slices.SortFunc(ef.Exp, func(a, b [2]float64) int { return cmpFloat(a[0], b[0]) })
	return ef, nil
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// maxExponentQueries caps the queries exponents tries for one guide.
const maxExponentQueries = 1 << 16

// exponents returns every exponent facetFactor can give a guide with the
// given values, whatever the words show. Only the facets the guide states
// can change it, and within one, only which of the guide's values the words
// share or, when they share none, which other value they show: so one
// query for each such choice, facet by facet, reaches them all.
func (t *facetTable) exponents(guide []int, p Params) []float64 {
	if len(guide) == 0 {
		return nil
	}
	// The choices for each facet the guide states: its values the words
	// show (none; some of the guide's; one other).
	var choices [][][]int
	for i := 0; i < len(guide); {
		f := t.facet[guide[i]]
		j := i
		for j < len(guide) && t.facet[guide[j]] == f {
			j++
		}
		own := guide[i:j]
		opts := [][]int{nil}
		for mask := 1; mask < 1<<len(own); mask++ {
			var sub []int
			for k, v := range own {
				if mask&(1<<k) != 0 {
					sub = append(sub, v)
				}
			}
			opts = append(opts, sub)
		}
		for v := range t.values {
			if t.facet[v] == f && !slices.Contains(own, v) {
				opts = append(opts, []int{v})
			}
		}
		choices = append(choices, opts)
		i = j
	}
	var out []float64
	pick := make([]int, len(choices))
	for n := 0; n < maxExponentQueries; n++ {
		var query []int
		for c, k := range pick {
			query = append(query, choices[c][k]...)
		}
		if len(query) > 0 {
			slices.Sort(query)
			out = append(out, t.facetExponent(query, guide, p))
		} else {
			// Words whose facts are all of facets the guide does not
			// state leave it as it is.
			out = append(out, 0)
		}
		// The next combination, like an odometer.
		c := 0
		for ; c < len(pick); c++ {
			if pick[c]++; pick[c] < len(choices[c]) {
				break
			}
			pick[c] = 0
		}
		if c == len(pick) {
			break
		}
	}
	return out
}

package search

import (
	"slices"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"

	"firststeps/internal/library"
	"firststeps/internal/pattern"
)

// A token is one indexed or queried term with its weight: 1 for the words
// themselves, less for terms added by the synonym list.
type token struct {
	term   string
	weight float64
}

// synonymWeight is the weight of a term a synonym adds beside the words
// written: enough to connect "n00ds" with "nude images", not so much that
// every guide about images looks alike.
const synonymWeight = 0.6

// analyzer turns text into weighted, stemmed terms.
type analyzer struct {
	// phrases maps a phrase's first word to the phrases starting with it,
	// longest first, so matching costs a map lookup per word.
	phrases  map[string][]phrase
	patterns []termPattern
	stems    map[string]string
	words    map[string]*wordInfo
	bigram   float64 // weight of neighbouring-word pairs; 0 turns them off
	// narrative holds the stems of narrativeWords.
	narrative map[string]bool
	frozen    bool // set once the index is built: the stem cache is then read-only, so queries may run concurrently
}

// phrase is one way of saying something, in normalised words, with the
// terms it stands for.
type phrase struct {
	words   []string
	terms   []string
	replace bool // the words count only as the terms
}

type termPattern struct {
	term string
	p    *pattern.Pattern
}

func newAnalyzer(syns []*library.Synonym, bigram float64) *analyzer {
	a := &analyzer{phrases: map[string][]phrase{}, stems: map[string]string{}, words: map[string]*wordInfo{}, bigram: bigram, narrative: map[string]bool{}}
	for _, w := range narrativeWords {
		a.narrative[a.stem(w)] = true
	}
	byKey := map[string]*phrase{}
	var order []string
	for _, s := range syns {
		for _, said := range s.Said {
			key := Normalize(said)
			if key == "" {
				continue
			}
			p, ok := byKey[key]
			if !ok {
				p = &phrase{words: strings.Fields(key)}
				byKey[key] = p
				order = append(order, key)
			}
			p.terms = appendUnique(p.terms, s.Term)
			p.replace = p.replace || s.Replace
		}
		for _, p := range s.Compiled() {
			a.patterns = append(a.patterns, termPattern{s.Term, p})
		}
	}
	for _, key := range order {
		p := byKey[key]
		a.phrases[p.words[0]] = append(a.phrases[p.words[0]], *p)
	}
	// The terms synonyms add are stemmed for every query that says them:
	// their stems are kept before the cache is frozen.
	for _, p := range byKey {
		for _, t := range p.terms {
			a.stem(t)
		}
	}
	for _, p := range a.patterns {
		a.stem(p.term)
	}
	for _, list := range a.phrases {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	}
	return a
}

func appendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// stopWords carry no meaning for routing. Negations and pronouns that tell
// who did what ("he", "my") are kept on purpose.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "to": true, "in": true,
	"on": true, "at": true, "for": true, "is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "it": true, "its": true, "this": true, "that": true, "with": true, "as": true, "by": true,
	"from": true, "so": true, "do": true, "does": true, "did": true, "just": true, "what": true,
	"i": true, "im": true, "ive": true, "me": true, "if": true, "but": true, "then": true, "there": true,
	"about": true, "some": true, "any": true, "can": true, "could": true, "would": true, "should": true,
	"have": true, "has": true, "had": true, "will": true, "like": true, "really": true, "very": true, "pls": true, "please": true,
	"how": true, "why": true, "when": true, "where": true, "which": true, "who": true, "whats": true, "wat": true,
}

// narrativeWords tell a story rather than what happened in it: who
// (pronouns), saying, going, knowing and feeling, when and how much. A
// few words of a short query all count, but in a long account they come
// in every sentence, and would outvote the one word that decides the
// situation ("£500", "fake", "website"); there a query weighs them by
// Params.NarrativeWeight.
var narrativeWords = strings.Fields(`
	he she they we him her them his hers their us our you your yours hes shes theyre theyve weve youre
	youve hed shed theyd id ill itll thats theres whos myself himself herself themselves yourself hell
	shell theyll
	am being get gets got getting go goes going gone went come comes came coming make makes made making
	give gave keep keeps kept let say says said saying tell told think thought know knew see saw seen
	need needs feel felt seem seems try tried mean happen happened start started
	now then still even also actually maybe probably too much lot lots bit kind sort way thing things
	something anything everything because cause since while until time times day days week weeks month
	months ago night morning today yesterday tonight last next one two three other another same all
	every each here over off right well okay ok yeah honestly literally sorry thank thanks hello hi help
	advice idea sure bad good big little life person`)

// maxWord is the longest word, in bytes, that counts: anything longer is
// not a word.
const maxWord = 40

// clone returns an analyzer sharing the synonym tables (read-only) with its
// own stem cache, for use on another goroutine.
func (a *analyzer) clone() *analyzer {
	c := *a
	c.stems = map[string]string{}
	c.words = map[string]*wordInfo{}
	return &c
}

// wordInfo is what the analyzer needs to know about one word, found with
// one look-up instead of three while indexing thousands of guides.
type wordInfo struct {
	phrases []phrase // synonym phrases that start with the word
	skip    bool     // a stop word, or too long to be a word
	stem    string
}

// narrativeTerm reports whether a term is a narrative word's stem, or a
// pair of them.
func (a *analyzer) narrativeTerm(term string) bool {
	first, second, pair := strings.Cut(term, "_")
	return a.narrative[first] && (!pair || a.narrative[second])
}

func (a *analyzer) word(w string) *wordInfo {
	if info, ok := a.words[w]; ok {
		return info
	}
	info := &wordInfo{phrases: a.phrases[w], skip: stopWords[w] || len(w) > maxWord}
	if !info.skip {
		info.stem = a.stem(w)
	}
	if !a.frozen {
		a.words[w] = info
	}
	return info
}

// stem returns the snowball stem of a word, memoised.
func (a *analyzer) stem(w string) string {
	if s, ok := a.stems[w]; ok {
		return s
	}
	s := english.Stem(w, false)
	if !a.frozen {
		a.stems[w] = s
	}
	return s
}

// tokens analyses text. Results are sorted by term for stable output.
func (a *analyzer) tokens(text string) []token {
	return a.tokensNorm(Normalize(text), true)
}

// tokensNorm analyses normalised text. full adds word pairs and the
// pattern synonyms; guide bodies do without (they add time and memory at
// thousands of guides, not accuracy).
func (a *analyzer) tokensNorm(norm string, full bool) []token {
	return a.tokensOf(a.read(norm), full)
}

// readText is normalised text in words, each with what the analyzer
// knows of it, so that a query analysed twice (for its terms, then for
// coverage) stems its words once.
type readText struct {
	norm  string
	words []string
	infos []*wordInfo
}

// read splits normalised text into words and looks each up once: a word
// said again is not stemmed again, even once the cache is frozen.
func (a *analyzer) read(norm string) readText {
	t := readText{norm: norm, words: strings.Fields(norm)}
	t.infos = make([]*wordInfo, len(t.words))
	var seen map[string]*wordInfo
	for i, w := range t.words {
		if info, ok := seen[w]; ok {
			t.infos[i] = info
			continue
		}
		t.infos[i] = a.word(w)
		if a.frozen {
			if seen == nil {
				seen = make(map[string]*wordInfo, len(t.words))
			}
			seen[w] = t.infos[i]
		}
	}
	return t
}

// tokensOf analyses text as tokensNorm does.
func (a *analyzer) tokensOf(t readText, full bool) []token {
	norm, words, infos := t.norm, t.words, t.infos
	var out []token
	replaced := make([]bool, len(words))
	// Synonym phrases, longest first at each position.
	for i := 0; i < len(words); i++ {
		for _, p := range infos[i].phrases {
			if len(p.words) > len(words)-i || !slices.Equal(p.words, words[i:i+len(p.words)]) {
				continue
			}
			w := synonymWeight
			if p.replace {
				w = 1
				for k := i; k < i+len(p.words); k++ {
					replaced[k] = true
				}
			}
			for _, t := range p.terms {
				out = append(out, token{a.stem(t), w})
			}
			break
		}
	}
	for _, p := range a.patterns {
		if full && p.p.MatchString(norm) {
			out = append(out, token{a.stem(p.term), synonymWeight})
		}
	}
	prev := ""
	for i, info := range infos {
		if info.skip || replaced[i] {
			continue
		}
		st := info.stem
		out = append(out, token{st, 1})
		if full && a.bigram > 0 && prev != "" {
			out = append(out, token{prev + "_" + st, a.bigram})
		}
		prev = st
	}
	return out
}

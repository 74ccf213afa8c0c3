package web

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"strings"
	"time"

	"firststeps/internal/guide"
	"firststeps/internal/routes"
	"firststeps/internal/search"
)

// Publishing: what search engines and static hosts need. sitemap.xml and
// robots.txt, a JSON index of every guide with its review dates (for
// editors), a compact search index for the static site's client-side
// search, redirects from old paths, and structured data on guide pages.

func (s *Server) addPublishingPages(t *table, sendPage http.Handler) {
	file := func(path, ctype string, build func(time.Time) ([]byte, error)) *page {
		p := &page{ctype: ctype, build: build}
		t.page(t.fixed("GET "+path, kindPublish, sendPage), path, p)
		return p
	}
	file("/sitemap.xml", "application/xml; charset=utf-8", s.sitemap)
	file("/robots.txt", "text/plain; charset=utf-8", s.robots)
	file("/index.json", "application/json; charset=utf-8", s.guideIndex)
	if !s.site.dynamic {
		// What the static site's search runs on, in the browser.
		for _, j := range s.lib.Jurisdictions {
			p := file(s.sitePath(j.ID, "/search-index.json"), "application/json; charset=utf-8", s.searchIndex(j.ID))
			p.first, p.text = true, true
		}
	}
}

// abs makes a path absolute with the configured base URL.
func (s *Server) abs(path string) string { return s.cfg.BaseURL + path }

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

type urlset struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	URLs    []sitemapURL `xml:"url"`
}

// sitemap lists the pages search engines should index: home, each
// jurisdiction and category, the services page, and every guide with the
// date it was last reviewed.
func (s *Server) sitemap(time.Time) ([]byte, error) {
	set := urlset{NS: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	set.URLs = append(set.URLs, sitemapURL{Loc: s.abs("/")})
	for _, j := range s.lib.Jurisdictions {
		set.URLs = append(set.URLs, sitemapURL{Loc: s.abs("/" + j.ID)}, sitemapURL{Loc: s.abs(s.sitePath(j.ID, "/services"))}, sitemapURL{Loc: s.abs(s.sitePath(j.ID, "/emergency"))})
		for _, c := range s.lib.Categories {
			if len(s.lib.GuidesIn(j.ID, c.ID)) > 0 {
				set.URLs = append(set.URLs, sitemapURL{Loc: s.abs(categoryPath(j.ID, c.ID))})
			}
		}
	}
	for _, g := range s.lib.Guides {
		set.URLs = append(set.URLs, sitemapURL{Loc: s.abs(guidePath(g)), LastMod: g.Reviewed.String()})
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", " ")
	if err := enc.Encode(set); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// robots keeps crawlers off pages that hold what a person typed or chose.
func (s *Server) robots(time.Time) ([]byte, error) {
	var b strings.Builder
	b.WriteString("User-agent: *\n")
	for _, j := range s.lib.Jurisdictions {
		fmt.Fprintf(&b, "Disallow: %s\nDisallow: %s\n", s.sitePath(j.ID, "/search"), s.sitePath(j.ID, "/start"))
	}
	b.WriteString("Disallow: /record\n")
	if s.cfg.BaseURL != "" {
		fmt.Fprintf(&b, "Sitemap: %s\n", s.abs("/sitemap.xml"))
	}
	return []byte(b.String()), nil
}

type indexEntry struct {
	ID        string   `json:"id"`
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Category  string   `json:"category"`
	Audience  []string `json:"audience"`
	Published string   `json:"published"`
	Reviewed  string   `json:"last_reviewed"`
	ReviewDue string   `json:"review_due"`
	Sources   []string `json:"sources"`
}

// guideIndex is every guide with its dates, for editors and tools: which
// reviews fall due when, and which pages each guide cites.
func (s *Server) guideIndex(time.Time) ([]byte, error) {
	out := []indexEntry{}
	for _, g := range s.lib.Guides {
		e := indexEntry{ID: g.ID, URL: s.abs(guidePath(g)), Title: g.Title, Category: g.Category, Audience: g.Audience,
			Published: g.Created.String(), Reviewed: g.Reviewed.String(), ReviewDue: g.ReviewBy.String(), Sources: []string{}}
		for _, src := range g.Sources {
			e.Sources = append(e.Sources, src.URL)
		}
		out = append(out, e)
	}
	return marshal(map[string]any{"guides": out})
}

// searchEntry is one guide in the static site's search index: short keys
// keep the file small. Fits are the facts that can set the guide apart
// from others shown beside it, in the order setsApart tries them, as
// places in staticIndex.Says.
type searchEntry struct {
	URL       string `json:"u"`
	Situation string `json:"s"`
	Short     string `json:"a"`
	Fits      []int  `json:"f,omitempty"`
}

// staticIndex is the static site's search index for one jurisdiction:
// everything the server's results page is made from, so that search.js
// shows what the server would. The search index's own export, which
// search.js ranks with exactly as the server does; each guide's address,
// text and distinguishing facts in the export's order; the view token a
// guide link carries for each asker; the urgency banners as the server
// renders them for each view; the general first steps, shown when search
// is unsure; and every jurisdiction's place words, so that words naming
// another jurisdiction's places are answered from its index.
type staticIndex struct {
	Jurisdiction string         `json:"jurisdiction"`
	Search       *search.Export `json:"-"` // written last, by itself (see writeIndex)
	Guides       []searchEntry  `json:"guides"`
	// Says is each fact a guide's Fits refer to, in a reader's words,
	// finishing "Fits if…".
	Says  []string          `json:"says"`
	Views map[string]string `json:"views"` // asker (cues.yaml audience id) → view token
	// Banners are the cue banners' HTML by view token ("" for no view),
	// then cue id.
	Banners map[string]map[string]string `json:"banners"`
	// Shown is how many guides the results page shows, Unsure how many
	// when search is unsure of them.
	Shown      int           `json:"shown"`
	Unsure     int           `json:"unsure"`
	FirstSteps template.HTML `json:"firstSteps"`
	Places     []staticPlace `json:"places"`
}

// staticPlace is a jurisdiction as the place rule (placeFor) reads it.
type staticPlace struct {
	ID    string               `json:"id"`
	Name  string               `json:"name"`
	Index string               `json:"index"` // its search index's address
	Words search.ExportMatcher `json:"words"`
}

// searchIndex is what the static site's search needs.
func (s *Server) searchIndex(jur string) func(time.Time) ([]byte, error) {
	return func(now time.Time) ([]byte, error) { return s.searchIndexOf(jur, now) }
}

func (s *Server) searchIndexOf(jur string, now time.Time) ([]byte, error) {
	ix := s.indexes[jur] // the static site's server keeps none: build it here
	if ix == nil {
		ix = search.NewCached(s.lib, jur, search.DefaultParams, s.cfg.SearchCache)
	}
	ex, err := ix.Export()
	if err != nil {
		return nil, fmt.Errorf("search index for %s: %w", jur, err)
	}
	idx := staticIndex{Jurisdiction: jur, Search: ex, Views: map[string]string{}, Banners: map[string]map[string]string{},
		FirstSteps: s.lib.FirstSteps[jur], Shown: resultsShown, Unsure: unsureShown}
	says := map[string]int{}
	for _, id := range ex.Guides {
		g, err := s.lib.Guide(id)
		if err != nil {
			return nil, err
		}
		e := searchEntry{URL: s.linkTo(g), Situation: g.Situation, Short: g.ShortAnswer()}
		for _, fv := range s.fits(g) {
			k, ok := says[fv]
			if !ok {
				k = len(idx.Says)
				says[fv] = k
				idx.Says = append(idx.Says, s.lib.FacetSays(fv))
			}
			e.Fits = append(e.Fits, k)
		}
		idx.Guides = append(idx.Guides, e)
	}
	// Every view an asker leads to, and the empty one, with the banners
	// the server's results page shows for it.
	views := map[string]routes.View{"": {}}
	for _, a := range s.lib.Audiences {
		v := askerView(a.ID)
		if t := v.Token(s.lib.Nations(jur)); t != "" {
			idx.Views[a.ID] = t
			views[t] = v
		}
	}
	t := s.tmpl["search"]
	for token, v := range views {
		idx.Banners[token] = map[string]string{}
		for _, cv := range s.cueViews(jur, s.lib.Cues, v, now) {
			var b bytes.Buffer
			if err := t.ExecuteTemplate(&b, "cue", cv); err != nil {
				return nil, fmt.Errorf("search index for %s: banner %s: %w", jur, cv.ID, err)
			}
			idx.Banners[token][cv.ID] = b.String()
		}
	}
	for _, j := range s.lib.Jurisdictions {
		var words search.ExportMatcher
		for _, p := range j.PlacePatterns() {
			src, err := p.JS()
			if err != nil {
				return nil, fmt.Errorf("jurisdictions.yaml: %s place: %w", j.ID, err)
			}
			words.Patterns = append(words.Patterns, src)
		}
		idx.Places = append(idx.Places, staticPlace{ID: j.ID, Name: j.Name, Index: s.sitePath(j.ID, "/search-index.json"), Words: words})
	}
	return writeIndex(idx)
}

// writeIndex writes idx as JSON, its search export last: the export
// writes its large tables itself, straight into the bytes (see
// search.Export.AppendJSON).
func writeIndex(idx staticIndex) ([]byte, error) {
	rest, err := marshal(idx)
	if err != nil {
		return nil, err
	}
	rest = bytes.TrimRight(rest, "\n")
	b := append(rest[:len(rest)-1:len(rest)-1], `,"search":`...)
	if b, err = idx.Search.AppendJSON(b); err != nil {
		return nil, err
	}
	return append(b, "}\n"...), nil
}

func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

type redirectView struct {
	basePage
	Target string
}

// redirectPage is the static site's stand-in for a 301: a page that sends
// the browser on at once, with the new address as its canonical link.
func (s *Server) redirectPage(target string) func(time.Time) ([]byte, error) {
	return func(time.Time) ([]byte, error) {
		j := s.defaultJurisdiction()
		b := s.noIndex(s.base(j, string(s.lib.Text(j).MovedTitle), "", target))
		return s.render("moved", redirectView{basePage: b, Target: target})
	}
}

// Redirects returns the old paths and where they lead, for the static
// export's _redirects file.
func (s *Server) Redirects() [][2]string {
	var out [][2]string
	for _, r := range s.lib.Redirects {
		out = append(out, [2]string{r.From, "/" + r.To})
	}
	slices.SortFunc(out, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	return out
}

// structuredData is a guide's JSON-LD: an Article with its dates, and the
// breadcrumb from home through its category.
func (s *Server) structuredData(g *guide.Guide) (template.JS, error) {
	cat, _ := s.lib.Category(g.Category)
	catName := g.Category
	if cat != nil {
		catName = cat.Label
	}
	data := []any{
		map[string]any{
			"@context":            "https://schema.org",
			"@type":               "Article",
			"headline":            clipRunes(g.Title, 110),
			"description":         description(g.ShortAnswer()),
			"datePublished":       g.Created.String(),
			"dateModified":        g.Reviewed.String(),
			"inLanguage":          s.language(g.Jurisdiction),
			"url":                 s.abs(guidePath(g)),
			"mainEntityOfPage":    s.abs(guidePath(g)),
			"isAccessibleForFree": true,
		},
		map[string]any{
			"@context": "https://schema.org",
			"@type":    "BreadcrumbList",
			"itemListElement": []any{
				map[string]any{"@type": "ListItem", "position": 1, "name": guide.TitlePrefix, "item": s.abs("/" + g.Jurisdiction)},
				map[string]any{"@type": "ListItem", "position": 2, "name": catName, "item": s.abs(categoryPath(g.Jurisdiction, g.Category))},
				map[string]any{"@type": "ListItem", "position": 3, "name": g.Situation, "item": s.abs(guidePath(g))},
			},
		},
	}
	b, err := marshal(data)
	if err != nil {
		return "", err
	}
	return template.JS(bytes.TrimSpace(b)), nil
}

// language is a jurisdiction's page language.
func (s *Server) language(jurisdiction string) string {
	if j, ok := s.lib.Jurisdiction(jurisdiction); ok {
		return j.Language
	}
	return "en"
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

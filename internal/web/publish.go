package web

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html/template"
	"slices"
	"strings"
	"time"

	"firststeps/internal/guide"
)

// Publishing: what search engines and static hosts need. sitemap.xml and
// robots.txt, a JSON index of every guide with its review dates (for
// editors), a compact search index for the static site's client-side
// search, redirects from old paths, and structured data on guide pages.

func (s *Server) addPublishingPages(add func(string, *page)) {
	add("/sitemap.xml", &page{ctype: "application/xml; charset=utf-8", build: s.sitemap})
	add("/robots.txt", &page{ctype: "text/plain; charset=utf-8", build: s.robots})
	add("/index.json", &page{ctype: "application/json; charset=utf-8", build: s.guideIndex})
	if s.cfg.Static {
		for _, j := range s.lib.Jurisdictions {
			add(s.sitePath(j.ID, "/search-index.json"), &page{ctype: "application/json; charset=utf-8", build: s.searchIndex(j.ID)})
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
// keep the file small.
type searchEntry struct {
	URL       string `json:"u"`
	Situation string `json:"s"`
	Short     string `json:"a"`
	Tags      string `json:"t"`
}

// searchIndex is what the static site's search needs: each guide's
// situation, short answer and tags, the synonym list, and the urgency cues
// (the page holds their banners).
func (s *Server) searchIndex(jur string) func(time.Time) ([]byte, error) {
	return func(time.Time) ([]byte, error) { return s.searchIndexOf(jur) }
}

func (s *Server) searchIndexOf(jur string) ([]byte, error) {
	idx := struct {
		Guides   []searchEntry       `json:"g"`
		Synonyms map[string][]string `json:"syn"`
		Cues     map[string][]string `json:"cues"`
	}{Synonyms: map[string][]string{}, Cues: map[string][]string{}}
	for _, g := range s.lib.GuidesOf(jur) {
		idx.Guides = append(idx.Guides, searchEntry{URL: guidePath(g), Situation: g.Situation, Short: g.ShortAnswer(), Tags: strings.Join(g.Tags, " | ")})
	}
	for _, syn := range s.lib.Synonyms {
		if len(syn.Said) > 0 {
			idx.Synonyms[syn.Term] = append(idx.Synonyms[syn.Term], syn.Said...)
		}
	}
	for _, c := range s.lib.Cues {
		idx.Cues[c.ID] = c.Patterns
	}
	return marshal(idx)
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
				map[string]any{"@type": "ListItem", "position": 1, "name": "What to do if…", "item": s.abs("/" + g.Jurisdiction)},
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

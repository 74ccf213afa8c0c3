package guide

import (
	"bytes"
	"fmt"
	"html/template"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"firststeps/internal/date"
	"firststeps/internal/problem"
)

// Options carries what parsing needs from outside the file.
type Options struct {
	Resolver Resolver  // resolves {{service}} references; nil leaves them unresolved
	Today    date.Date // for review-date checks; zero skips them
	// OverdueIsWarning reports a passed review date as a warning, for tools
	// that must run on content awaiting review (such as the sources check).
	OverdueIsWarning bool
	Style            Style
	// KnownNumber reports whether digits is the number of a listed service.
	KnownNumber func(digits string) bool
	// NoHTML skips rendering sections to HTML, for tools that check guides
	// and never show them.
	NoHTML bool
	// PackHTML keeps the sections' HTML compressed, for a server holding
	// many guides: read it with Guide.SectionsHTML.
	PackHTML bool
}

// frontMatter is the YAML block at the top of a guide.
type frontMatter struct {
	Title        string         `yaml:"title"`
	SEOTitle     string         `yaml:"seo_title"`
	Jurisdiction string         `yaml:"jurisdiction"`
	Category     string         `yaml:"category"`
	Audience     []string       `yaml:"audience"`
	Tags         []string       `yaml:"tags"`
	DateCreated  date.Date      `yaml:"date_created"`
	LastReviewed date.Date      `yaml:"last_reviewed"`
	ReviewBy     date.Date      `yaml:"review_by"`
	Routes       []string       `yaml:"routes"`
	Facets       []string       `yaml:"facets"`
	Related      []string       `yaml:"related"`
	Sources      []Source       `yaml:"sources"`
	Lines        map[string]int `yaml:"-"`
}

var (
	slugRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	idRE   = regexp.MustCompile(`^[a-z]{2,3}/[a-z0-9]+(-[a-z0-9]+)*$`)
)

// IDFromPath returns the guide id for a path "guides/<jurisdiction>/<slug>.md".
func IDFromPath(p string) (jurisdiction, slug string, ok bool) {
	dir, file := path.Split(p)
	j := path.Base(strings.TrimSuffix(dir, "/"))
	if path.Dir(strings.TrimSuffix(dir, "/")) != "guides" || !strings.HasSuffix(file, ".md") {
		return "", "", false
	}
	return j, strings.TrimSuffix(file, ".md"), true
}

// Parse reads one guide file. file is its slash-separated path inside the
// content tree ("guides/uk/<slug>.md"). It returns the guide (nil only when
// there is no readable front matter) and every problem found in the file
// itself. Checks that need other files (services exist, related guides exist,
// resources are registered, category rules) are the library's.
func Parse(file string, src []byte, opt Options) (*Guide, problem.List) {
	var probs problem.List
	if !utf8.Valid(src) {
		probs.Errorf(file, 0, "encoding", "the file is not valid UTF-8")
		return nil, probs
	}
	fm, body, bodyLine, ok := splitFrontMatter(src)
	if !ok {
		probs.Errorf(file, 1, "front-matter", "a guide starts with front matter between two lines of \"---\"")
		return nil, probs
	}
	meta, metaProbs := decodeFrontMatter(file, 1, fm)
	probs = append(probs, metaProbs...)
	if slices.ContainsFunc(metaProbs, func(p problem.Problem) bool { return p.Rule == "yaml-syntax" }) {
		// Nothing below can be trusted without the front matter, and
		// reporting every consequence would bury the one real mistake.
		return nil, probs
	}
	badLines := map[int]bool{}
	for _, p := range metaProbs {
		badLines[p.Line] = true
	}

	g := &Guide{
		File:         file,
		Title:        strings.TrimSpace(meta.Title),
		SEOTitle:     strings.TrimSpace(meta.SEOTitle),
		Jurisdiction: meta.Jurisdiction,
		Category:     meta.Category,
		Audience:     meta.Audience,
		Tags:         meta.Tags,
		Created:      meta.DateCreated,
		Reviewed:     meta.LastReviewed,
		ReviewBy:     meta.ReviewBy,
		Routes:       meta.Routes,
		Facets:       meta.Facets,
		Related:      meta.Related,
		Sources:      meta.Sources,
		FieldLines:   meta.Lines,
	}
	if g.FieldLines == nil {
		g.FieldLines = map[string]int{}
	}
	if g.ReviewBy.IsZero() && !g.Reviewed.IsZero() {
		g.ReviewBy = g.Reviewed.AddMonths(6)
	}
	j, slug, okPath := IDFromPath(file)
	g.Slug = slug
	g.ID = j + "/" + slug
	if !okPath {
		probs.Errorf(file, 0, "id-path", "a guide lives at guides/<jurisdiction>/<slug>.md")
	} else if !slugRE.MatchString(slug) {
		probs.Errorf(file, 0, "id-path", "slug %q must be lower-case words joined by hyphens", slug)
	}
	checkFrontMatter(&probs, g, j, opt, badLines)

	lines := newLineIndex(body, bodyLine)
	doc := parseMarkdown(body, opt.Resolver)
	splitSections(&probs, g, body, doc, lines, opt)
	checkNumbers(&probs, file, body, bodyLine, opt.KnownNumber)
	if opt.PackHTML && !opt.NoHTML {
		p := packers.Get().(*packer)
		p.pack(g)
		packers.Put(p)
	}
	return g, probs
}

// splitFrontMatter separates "---\n<yaml>---\n<body>". bodyLine is the line
// number of the body's first line.
func splitFrontMatter(src []byte) (fm, body []byte, bodyLine int, ok bool) {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	rest, found := bytes.CutPrefix(src, []byte("---\n"))
	if !found {
		rest, found = bytes.CutPrefix(src, []byte("---\r\n"))
	}
	if !found {
		return nil, nil, 0, false
	}
	var end int
	switch {
	case bytes.HasPrefix(rest, []byte("---\n")) || bytes.Equal(rest, []byte("---")):
		end = 0
	default:
		i := bytes.Index(rest, []byte("\n---\n"))
		if i < 0 {
			if !bytes.HasSuffix(rest, []byte("\n---")) {
				return nil, nil, 0, false
			}
			i = len(rest) - len("\n---")
		}
		end = i + 1
	}
	fm = rest[:end]
	body = rest[min(len(rest), end+len("---\n")):]
	bodyLine = 2 + bytes.Count(fm, []byte("\n")) + 1
	return fm, body, bodyLine, true
}

func checkFrontMatter(probs *problem.List, g *Guide, folder string, opt Options, badLines map[int]bool) {
	line := func(key string) int { return g.FieldLines[key] }
	f := g.File
	required := []struct {
		key     string
		missing bool
	}{
		{"title", g.Title == ""},
		{"jurisdiction", g.Jurisdiction == ""},
		{"category", g.Category == ""},
		{"tags", len(g.Tags) == 0},
		{"date_created", g.Created.IsZero()},
		{"last_reviewed", g.Reviewed.IsZero()},
	}
	for _, r := range required {
		if r.missing {
			if _, present := g.FieldLines[r.key]; !present {
				probs.Errorf(f, 1, "required-field", "front matter needs %q", r.key)
			} else if !badLines[line(r.key)] {
				probs.Errorf(f, line(r.key), "required-field", "%q is empty", r.key)
			}
		}
	}
	if g.Title != "" && !strings.HasPrefix(g.Title, TitlePrefix) && !strings.HasPrefix(g.Title, "What to do if...") {
		probs.Errorf(f, line("title"), "title-form", "title must start %q, then the situation in the reader's words", TitlePrefix)
	}
	g.Situation = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(g.Title, TitlePrefix), "What to do if..."))
	if g.Title != "" && g.Situation == "" {
		probs.Errorf(f, line("title"), "title-form", "title needs the situation after %q", TitlePrefix)
	}
	if n := utf8.RuneCountInString(g.SEOTitle); n > 65 {
		probs.Warnf(f, line("seo_title"), "seo-title-length", "seo_title has %d characters; search engines show about 60", n)
	}
	if g.Jurisdiction != "" && folder != "" && g.Jurisdiction != folder {
		probs.Errorf(f, line("jurisdiction"), "id-path", "jurisdiction %q does not match the folder guides/%s/", g.Jurisdiction, folder)
	}
	for _, a := range g.Audience {
		if !slices.Contains(Audiences, a) {
			probs.Errorf(f, line("audience"), "field-value", "unknown audience %q (use %s)", a, strings.Join(Audiences, ", "))
		}
	}
	if min := opt.Style.MinTags; min > 0 && len(g.Tags) > 0 && len(g.Tags) < min {
		probs.Errorf(f, line("tags"), "tags-count", "%d tags; give at least %d ways people describe this situation", len(g.Tags), min)
	}
	seen := map[string]bool{}
	for _, t := range g.Tags {
		k := strings.ToLower(strings.TrimSpace(t))
		if k == "" {
			probs.Errorf(f, line("tags"), "field-value", "a tag is empty")
		} else if seen[k] {
			probs.Warnf(f, line("tags"), "duplicate-tag", "tag %q is listed twice", t)
		}
		seen[k] = true
	}
	for _, id := range g.Related {
		if !idRE.MatchString(id) {
			probs.Errorf(f, line("related"), "field-value", "related %q must be a guide id such as uk/threat-to-share-images", id)
		}
	}
	if dupe := firstDuplicate(g.Routes); dupe != "" {
		probs.Errorf(f, line("routes"), "field-value", "route %q is listed twice", dupe)
	}
	if dupe := firstDuplicate(g.Facets); dupe != "" {
		probs.Errorf(f, line("facets"), "field-value", "facet %q is listed twice", dupe)
	}
	if !g.Created.IsZero() && !g.Reviewed.IsZero() && g.Reviewed.Before(g.Created) {
		probs.Errorf(f, line("last_reviewed"), "field-value", "last_reviewed %s is before date_created %s", g.Reviewed, g.Created)
	}
	if !g.ReviewBy.IsZero() && !g.Reviewed.IsZero() && !g.ReviewBy.After(g.Reviewed) {
		probs.Errorf(f, line("review_by"), "field-value", "review_by %s must be after last_reviewed %s", g.ReviewBy, g.Reviewed)
	}
	if !opt.Today.IsZero() {
		*probs = append(*probs, CheckDates(g, opt.Today, opt.OverdueIsWarning)...)
	}
	for _, s := range g.Sources {
		switch {
		case !strings.HasPrefix(s.URL, "https://"):
			probs.Errorf(f, s.Line, "https", "source %q must be an https address", s.URL)
		case s.Checked.IsZero():
			probs.Errorf(f, s.Line, "source-checked", "source %s needs the date it was checked (checked: YYYY-MM-DD)", s.URL)
		}
		if strings.TrimSpace(s.Supports) == "" {
			probs.Errorf(f, s.Line, "source-supports", "source %s needs \"supports\": the facts in this guide it backs", s.URL)
		}
	}
}

// CheckDates checks a guide's dates against today: none in the future,
// and its review not overdue (an error, or a warning when
// overdueIsWarning) or due within 30 days (a warning). Parse runs it when
// given a date; a loader that keeps parsed guides from one day to the
// next parses without one and runs it itself.
func CheckDates(g *Guide, today date.Date, overdueIsWarning bool) problem.List {
	var probs problem.List
	line := func(key string) int { return g.FieldLines[key] }
	f := g.File
	if g.Reviewed.After(today) {
		probs.Errorf(f, line("last_reviewed"), "review-date", "last_reviewed %s is in the future", g.Reviewed)
	}
	if g.Created.After(today) {
		probs.Errorf(f, line("date_created"), "review-date", "date_created %s is in the future", g.Created)
	}
	reviewLine := line("review_by")
	if reviewLine == 0 {
		reviewLine = line("last_reviewed")
	}
	switch days := today.DaysUntil(g.ReviewBy); {
	case g.ReviewBy.IsZero():
	case days < 0 && overdueIsWarning:
		probs.Warnf(f, reviewLine, "review-overdue", "review was due on %s: check every fact and source, then update last_reviewed", g.ReviewBy)
	case days < 0:
		probs.Errorf(f, reviewLine, "review-overdue", "review was due on %s: check every fact and source, then update last_reviewed", g.ReviewBy)
	case days <= 30:
		probs.Warnf(f, reviewLine, "review-due", "review is due on %s (in %d days)", g.ReviewBy, days)
	}
	for _, s := range g.Sources {
		if strings.HasPrefix(s.URL, "https://") && s.Checked.After(today) {
			probs.Errorf(f, s.Line, "source-checked", "source %s was checked on %s, which is in the future", s.URL, s.Checked)
		}
	}
	return probs
}

// DateFields are the front-matter keys whose lines CheckDates reports.
var DateFields = []string{"last_reviewed", "date_created", "review_by"}

func firstDuplicate(s []string) string {
	seen := map[string]bool{}
	for _, x := range s {
		if seen[x] {
			return x
		}
		seen[x] = true
	}
	return ""
}

// lineIndex maps byte offsets in the body to file line numbers.
type lineIndex struct {
	starts []int // offset of each line start
	first  int   // file line of the body's first line
}

func newLineIndex(body []byte, first int) lineIndex {
	li := lineIndex{starts: make([]int, 1, bytes.Count(body, []byte("\n"))+1), first: first}
	for off := 0; ; {
		i := bytes.IndexByte(body[off:], '\n')
		if i < 0 {
			return li
		}
		off += i + 1
		li.starts = append(li.starts, off)
	}
}

func (li lineIndex) line(off int) int {
	if off < 0 {
		return li.first
	}
	return li.first + sort.SearchInts(li.starts, off+1) - 1
}

func (li lineIndex) of(n ast.Node) int { return li.line(startOffset(n)) }

// headingKind maps a heading's text to a section kind, or -1.
func headingKind(h string) int {
	for k, want := range SectionHeadings {
		if h == want {
			return k
		}
	}
	norm := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(h, "’", "'")), " "))
	norm = strings.TrimRight(norm, ":")
	for k, want := range SectionHeadings {
		if norm == strings.ToLower(want) {
			return k
		}
	}
	return -1
}

func splitSections(probs *problem.List, g *Guide, body []byte, doc ast.Node, lines lineIndex, opt Options) {
	f := g.File
	type part struct {
		kind  int
		line  int
		html  int // index among level-2 headings, for the rendered HTML
		nodes []ast.Node
	}
	var parts []part
	var cur *part
	h2 := -1
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 2 {
			h2++
			text := plainText(body, h)
			k := headingKind(text)
			if k < 0 {
				probs.Errorf(f, lines.of(h), "section-unknown", "unknown section %q (sections are: %s)", text, strings.Join(SectionHeadings[:], "; "))
				cur = nil
				continue
			}
			parts = append(parts, part{kind: k, line: lines.of(h), html: h2})
			cur = &parts[len(parts)-1]
			continue
		}
		if _, ok := n.(*ast.HTMLBlock); ok {
			probs.Errorf(f, lines.of(n), "raw-html", "raw HTML is not allowed in guides; use Markdown")
			continue
		}
		if h, ok := n.(*ast.Heading); ok {
			probs.Errorf(f, lines.of(n), "section-shape", "only level-2 headings (## …) are allowed, found level %d %q; the title lives in the front matter", h.Level, plainText(body, h))
			continue
		}
		if cur == nil {
			if len(parts) == 0 {
				probs.Errorf(f, lines.of(n), "section-unknown", "text before the first section; start with \"## %s\"", SectionHeadings[ShortAnswer])
			}
			continue
		}
		cur.nodes = append(cur.nodes, n)
	}

	var htmls []string
	if !opt.NoHTML {
		htmls = renderSections(body, doc)
	}
	seen := map[int]bool{}
	last := -1
	for _, p := range parts {
		if seen[p.kind] {
			probs.Errorf(f, p.line, "section-duplicate", "section %q appears twice", SectionHeadings[p.kind])
			continue
		}
		seen[p.kind] = true
		if p.kind < last {
			probs.Errorf(f, p.line, "section-order", "section %q must come before %q", SectionHeadings[p.kind], SectionHeadings[last])
		}
		last = max(last, p.kind)
		s := Section{Heading: SectionHeadings[p.kind], Line: p.line}
		if len(p.nodes) == 0 {
			probs.Errorf(f, p.line, "section-empty", "section %q is empty", s.Heading)
			g.Sections[p.kind] = s
			continue
		}
		if p.html < len(htmls) {
			s.HTML = template.HTML(strings.TrimSpace(htmls[p.html]))
		}
		// Each list item's text is worked out once: the section's text is
		// made of them, and the item checks reuse them.
		// The section's text is its blocks' and list items' texts, a line
		// each; an item's text is a slice of it.
		size := 0
		for _, n := range p.nodes {
			size += sourceLen(n) + 8
		}
		var text strings.Builder
		text.Grow(size)
		var scratch []byte
		type span struct {
			item       ast.Node // nil for a block that is not a list
			start, end int
		}
		var spans []span
		add := func(item, n ast.Node) {
			scratch = scratch[:0]
			writePlain(&scratch, body, n)
			start := text.Len()
			text.Write(bytes.TrimSpace(scratch))
			spans = append(spans, span{item, start, text.Len()})
			text.WriteByte('\n')
		}
		for _, n := range p.nodes {
			if l, ok := n.(*ast.List); ok {
				for item := l.FirstChild(); item != nil; item = item.NextSibling() {
					add(item, item)
				}
				continue
			}
			add(nil, n)
		}
		all := text.String()
		itemText := map[ast.Node]string{}
		for _, sp := range spans {
			if sp.item != nil {
				itemText[sp.item] = all[sp.start:sp.end]
			}
		}
		s.Text = strings.TrimSpace(all)
		checkShape(probs, g, p.kind, p.nodes, body, lines, &s, itemText)
		g.Sections[p.kind] = s
	}
	endLine := lines.line(len(body) - 1)
	for k := range numSections {
		if !seen[k] {
			probs.Errorf(f, endLine, "section-missing", "section %q is missing", SectionHeadings[k])
		}
	}
	collectInline(probs, g, doc, body, lines, opt)
	checkText(probs, g, opt)
}

func checkShape(probs *problem.List, g *Guide, kind int, nodes []ast.Node, body []byte, lines lineIndex, s *Section, itemText map[ast.Node]string) {
	f := g.File
	want := sectionShapes[kind]
	if want == paragraphs {
		for _, n := range nodes {
			if n.Kind() != ast.KindParagraph {
				probs.Errorf(f, lines.of(n), "section-shape", "section %q takes paragraphs only, not %s", s.Heading, describe(n))
			}
		}
		return
	}
	var list *ast.List
	for _, n := range nodes {
		l, ok := n.(*ast.List)
		if !ok || list != nil {
			what := "a bullet list"
			if want == steps {
				what = "a list of steps"
			}
			probs.Errorf(f, lines.of(n), "section-shape", "section %q takes %s only, not %s", s.Heading, what, describe(n))
			continue
		}
		list = l
	}
	if list == nil {
		return
	}
	if list.IsOrdered() && want != steps {
		probs.Errorf(f, lines.of(list), "section-shape", "section %q takes a bullet list (- item), not a numbered list", s.Heading)
	}
	for item := list.FirstChild(); item != nil; item = item.NextSibling() {
		line := lines.of(item)
		switch want {
		case bullets:
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				if c.Kind() != ast.KindParagraph && c.Kind() != ast.KindTextBlock {
					probs.Errorf(f, lines.of(c), "section-shape", "items in %q are plain sentences; %s is not allowed inside an item", s.Heading, describe(c))
				}
			}
			if kind == DoNot {
				checkDoNot(probs, f, line, item, body, itemText[item])
			}
		case steps:
			checkStep(probs, f, line, item, body, lines, itemText[item])
		case urls:
			u, ok := itemURL(item, body)
			if !ok {
				probs.Errorf(f, line, "resource-item", "each Additional Resources item is one web address on its own, such as - https://www.police.uk/…")
				continue
			}
			g.Resources = append(g.Resources, ResourceRef{URL: u, Line: line})
		}
	}
}

func describe(n ast.Node) string {
	switch n := n.(type) {
	case *ast.List:
		if n.IsOrdered() {
			return "a numbered list"
		}
		return "a bullet list"
	case *ast.Paragraph, *ast.TextBlock:
		return "a paragraph"
	case *ast.Blockquote:
		return "a quote"
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return "a code block"
	case *ast.ThematicBreak:
		return "a horizontal rule"
	case *ast.HTMLBlock:
		return "raw HTML"
	case *ast.Heading:
		return "a heading"
	}
	return fmt.Sprintf("a %s", strings.ToLower(n.Kind().String()))
}

// itemURL accepts an item that is exactly one https address, written bare or
// as <https://…>.
func itemURL(item ast.Node, body []byte) (string, bool) {
	if item.ChildCount() != 1 {
		return "", false
	}
	para := item.FirstChild()
	if para.ChildCount() == 1 {
		if al, ok := para.FirstChild().(*ast.AutoLink); ok && al.AutoLinkType == ast.AutoLinkURL {
			return string(al.URL(body)), true
		}
	}
	t := strings.TrimSpace(plainText(body, para))
	if strings.ContainsAny(t, " \t\n") || !strings.Contains(t, "://") {
		return "", false
	}
	for c := para.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind() == ast.KindLink {
			return "", false
		}
	}
	return t, true
}

// lead returns the bold text an item opens with, and the plain text after
// it.
func lead(item ast.Node, body []byte) (em ast.Node, rest []byte, ok bool) {
	para := item.FirstChild()
	if para == nil {
		return nil, nil, false
	}
	first := para.FirstChild()
	for first != nil {
		if t, isText := first.(*ast.Text); isText && len(bytes.TrimSpace(t.Segment.Value(body))) == 0 {
			first = first.NextSibling()
			continue
		}
		break
	}
	e, isEm := first.(*ast.Emphasis)
	if !isEm || e.Level != 2 {
		return nil, nil, false
	}
	var b []byte
	for c := e.NextSibling(); c != nil; c = c.NextSibling() {
		writePlain(&b, body, c)
	}
	for c := para.NextSibling(); c != nil; c = c.NextSibling() {
		b = append(b, '\n')
		writePlain(&b, body, c)
	}
	return e, bytes.TrimSpace(b), true
}

var doNotOpeners = []string{"do not ", "don't ", "never ", "avoid ", "try not to "}

// reasonMarkers introduce the reason in a "Do not" bullet.
var reasonMarkers = []string{" — ", " – ", " - ", ": ", "; ", " because ", " as ", " since ", " so ", "("}

func checkDoNot(probs *problem.List, f string, line int, item ast.Node, body []byte, text string) {
	text = strings.ReplaceAll(text, "’", "'")
	trimmed := strings.TrimSpace(text)
	if !slices.ContainsFunc(doNotOpeners, func(p string) bool { return len(trimmed) >= len(p) && strings.EqualFold(trimmed[:len(p)], p) }) {
		probs.Errorf(f, line, "do-not-form", "each item here starts \"Do not\" (or \"Don't\", \"Never\"): %q", clip(text))
		return
	}
	if _, rest, ok := lead(item, body); ok {
		if hasWords(rest, 3) {
			return
		}
		probs.Errorf(f, line, "do-not-reason", "give the reason after the bold lead, as in \"**Do not pay.** Paying usually brings more demands.\": %q", clip(text))
		return
	}
	lower := strings.ToLower(trimmed)
	for _, m := range reasonMarkers {
		if i := strings.Index(lower, m); i > 0 && hasWords(lower[i+len(m):], 3) {
			return
		}
	}
	if countSentences(text) >= 2 {
		return
	}
	probs.Errorf(f, line, "do-not-reason", "say why, after a dash or in a second sentence, as in \"Do not pay — paying usually brings more demands.\": %q", clip(text))
}

func checkStep(probs *problem.List, f string, line int, item ast.Node, body []byte, lines lineIndex, text string) {
	em, rest, ok := lead(item, body)
	if !ok {
		probs.Errorf(f, line, "step-lead", "each step opens with a bold lead sentence, as in \"**Stop replying.** …\": %q", clip(text))
		return
	}
	if !hasWords(rest, 3) {
		probs.Errorf(f, line, "step-detail", "step %q needs detail after its bold lead: what exactly to do", clip(plainText(body, em)))
	}
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind() {
		case ast.KindParagraph, ast.KindTextBlock:
		case ast.KindList:
			for sub := c.FirstChild(); sub != nil; sub = sub.NextSibling() {
				for cc := sub.FirstChild(); cc != nil; cc = cc.NextSibling() {
					if cc.Kind() != ast.KindParagraph && cc.Kind() != ast.KindTextBlock {
						probs.Errorf(f, lines.of(cc), "section-shape", "sub-bullets in a step are plain sentences; lists go only one level deep")
					}
				}
			}
		default:
			probs.Errorf(f, lines.of(c), "section-shape", "a step holds sentences and sub-bullets, not %s", describe(c))
		}
	}
}

// collectInline gathers links, service references and raw HTML from the
// whole body.
func collectInline(probs *problem.List, g *Guide, doc ast.Node, body []byte, lines lineIndex, opt Options) {
	rawHTMLLines := map[int]bool{}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *RefNode:
			line := lines.line(n.Offset)
			g.Refs = append(g.Refs, ServiceUse{Kind: n.RefKind, Service: n.Service, Contact: n.Contact, Line: line, Resolved: n.OK, Sentence: sentenceOf(body, n)})
			if !n.OK {
				probs.Errorf(g.File, line, unknownRule[n.RefKind], "%s", unknownMessage(n))
			}
		case *ast.Link:
			g.Links = append(g.Links, Link{URL: string(n.Destination), Text: plainText(body, n), Line: lines.of(n)})
		case *ast.AutoLink:
			if n.AutoLinkType == ast.AutoLinkEmail {
				probs.Errorf(g.File, lines.of(n), "email-in-text", "email addresses belong in services.yaml; refer to the service as {{id/contact}}")
			}
		case *ast.RawHTML:
			if l := lines.of(n); !rawHTMLLines[l] {
				rawHTMLLines[l] = true
				probs.Errorf(g.File, l, "raw-html", "raw HTML is not allowed in guides; use Markdown")
			}
		case *ast.Image:
			probs.Errorf(g.File, lines.of(n), "image", "images are not allowed in guides: pages must stay light and safe to open")
		}
		return ast.WalkContinue, nil
	})
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 60 {
		r := []rune(s)
		return string(r[:57]) + "…"
	}
	return s
}

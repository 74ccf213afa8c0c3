package web

import (
	"fmt"
	"html/template"
	"slices"
	"strings"
	"time"

	"firststeps/internal/date"
	"firststeps/internal/guide"
	"firststeps/internal/library"
	"firststeps/internal/routes"
	"firststeps/internal/services"
)

// firstCards is how many services a guide page shows in full near the top.
// Everything else is one line each under "More help".
const firstCards = 3

// firstPerRole is how many of one role's services may be shown in full, so
// the first cards reach beyond the guide's first need.
const firstPerRole = 2

// Vis says which views show a piece of a page. The server renders one view
// and leaves it empty. The static site renders every view at once: Views
// lists the tokens of the views that show the piece ("" = all of them) and
// Hidden hides it from the unchosen view, and site.js shows the pieces of
// the view named in the address.
type Vis struct {
	Views  string
	Hidden bool
}

// itemView is one service of a role as a page shows it, or alternatives
// folded onto one line.
type itemView struct {
	Vis
	Key       string // the service id, or the entry's alternatives joined
	ID        string // service id, for the card's anchor (not for folded)
	Name, For string
	Inline    string // the name as a sentence says it
	// NameInLink says the main contact's text already holds the name
	// ("999 BSL app or website"), so a line gives the link alone.
	NameInLink bool
	Tags       []string
	Note       string
	Main       *contactView
	Others     []contactView
	Cannot     []string
	AgeOnly    bool      // its entry is for one age group only (Childline in a role for all)
	Label      string    // folded: what the alternatives do
	Alts       []altView // folded: one per alternative
	// Same is the contact every alternative shares (all of them answer on
	// 101, say), so the line gives it once.
	Same *contactView
	// Level3 heads the card with h3, where it sits right under an h2.
	Level3 bool
}

// altView is one alternative of a folded item: where, or for whom, it is.
type altView struct {
	Vis
	Key, Where, Name string
	Main             *contactView
}

// roleView is one role on a page: its label, a shared block's message,
// and its items.
type roleView struct {
	Vis
	ID, Label, Message string
	Items              []itemView
}

// routesView is everything a guide page shows of its routes for one view.
type routesView struct {
	Safety []roleView // danger now and a crisis, near the top
	First  []roleView // the few services shown in full, under their role
	More   []roleView // everything else, one line a service
	inline map[string][]itemView
	laws   map[string][]lawView
}

// lawView is one rule of a law topic as a page says it.
type lawView struct {
	Vis
	Key, Where, Says, Law, Source, From string
}

// pageRoutes works out the routes of guide g for view v at now.
func (s *Server) pageRoutes(g *guide.Guide, v routes.View, now time.Time) routesView {
	j, _ := s.lib.Jurisdiction(g.Jurisdiction)
	nations := j.NationIDs()
	var rv routesView
	var roles []*routes.Role
	for _, id := range g.Routes {
		if r, ok := s.lib.Role(g.Jurisdiction, id); ok && routes.Shown(r, v, nations) {
			roles = append(roles, r)
		}
	}
	// A role for the reader's own age group (the under-18 block for
	// someone who said they are under 18) goes first.
	if v.Audience == routes.Under18 || v.Audience == routes.Adult {
		slices.SortStableFunc(roles, func(a, b *routes.Role) int {
			return boolRank(a.For == string(v.Audience)) - boolRank(b.For == string(v.Audience))
		})
	}
	// A service is shown once, under the first role that lists it, with
	// two exceptions. The safety box shows all of its own. A role for one
	// age group (the under-18 block) keeps all of its own, since that is
	// where a young person looks; another role drops an entry it lists
	// for that age group only (Childline beside a domestic-abuse line),
	// but keeps one it lists for everyone (CEOP for a parent reporting).
	used := map[string]bool{}
	reserved := map[string]bool{}
	views := make([]roleView, len(roles))
	for i, r := range roles {
		views[i] = s.roleView(g.Jurisdiction, r, v, now)
		if r.For != "" && !r.Safety {
			for _, it := range views[i].Items {
				reserved[it.Key] = true
			}
		}
	}
	left := firstCards
	for i, r := range roles {
		rl := views[i]
		if r.Safety {
			rv.Safety = append(rv.Safety, rl)
			for _, it := range rl.Items {
				used[it.Key] = true
			}
			continue
		}
		first, more := rl, rl
		first.Items, more.Items = nil, nil
		own := r.For != ""
		for _, it := range rl.Items {
			switch {
			case !own && (used[it.Key] || reserved[it.Key] && it.AgeOnly):
			case left > 0 && len(first.Items) < firstPerRole:
				first.Items = append(first.Items, it)
				used[it.Key] = true
				left--
			default:
				more.Items = append(more.Items, it)
				used[it.Key] = true
			}
		}
		if len(first.Items) > 0 {
			rv.First = append(rv.First, first)
			more.Message = ""
		}
		if len(more.Items) > 0 || more.Message != "" {
			rv.More = append(rv.More, more)
		}
	}
	rv.inline = map[string][]itemView{}
	rv.laws = map[string][]lawView{}
	for _, ref := range g.Refs {
		switch ref.Kind {
		case guide.RefRoute:
			if r, ok := s.lib.Role(g.Jurisdiction, ref.Service); ok {
				rv.inline[ref.Service] = s.roleView(g.Jurisdiction, r, v, now).Items
			}
		case guide.RefLaw:
			rv.laws[ref.Service] = s.lawViews(g.Jurisdiction, ref.Service, v, now)
		}
	}
	return rv
}

func boolRank(b bool) int {
	if b {
		return 0
	}
	return 1
}

// roleView builds one role's items for a view.
func (s *Server) roleView(jur string, r *routes.Role, v routes.View, now time.Time) roleView {
	j, _ := s.lib.Jurisdiction(jur)
	label := r.Label
	if v.Audience == routes.Helping && r.HelpingLabel != "" {
		label = r.HelpingLabel
	}
	msg := r.Message
	if v.Audience == routes.Helping && r.HelpingMessage != "" {
		msg = r.HelpingMessage
	}
	rl := roleView{ID: r.ID, Label: label, Message: msg}
	for _, it := range routes.Items(r, v, j.NationIDs(), s.lib.Services) {
		if !it.Folded() {
			iv := s.item(j, it.Services[0], now, v)
			iv.Note = it.Entry.Note
			iv.AgeOnly = it.Entry.For != ""
			rl.Items = append(rl.Items, iv)
			continue
		}
		iv := itemView{Label: it.Entry.Label, Note: it.Entry.Note}
		var keys []string
		same := true
		for _, svc := range it.Services {
			card := s.card(svc, now, v.Nation)
			a := altView{Key: svc.ID, Where: s.whereFor(j, svc), Name: svc.InlineName()}
			if len(card.Contacts) > 0 {
				a.Main = &card.Contacts[0]
			}
			if a.Main == nil || iv.Alts != nil && (iv.Alts[0].Main == nil || iv.Alts[0].Main.Display != a.Main.Display || iv.Alts[0].Main.Status != a.Main.Status) {
				same = false
			}
			iv.Alts = append(iv.Alts, a)
			keys = append(keys, svc.ID)
		}
		if same {
			iv.Same = iv.Alts[0].Main
		}
		iv.Key = strings.Join(keys, " ")
		rl.Items = append(rl.Items, iv)
	}
	return rl
}

// item builds one service's item: its card, with the tags that say whom
// it is for when the view reaches readers it is not for.
func (s *Server) item(j *library.Jurisdiction, svc *services.Service, now time.Time, v routes.View) itemView {
	c := s.card(svc, now, v.Nation)
	iv := itemView{Key: svc.ID, ID: svc.ID, Name: svc.Name, Inline: svc.InlineName(), For: svc.For, Cannot: svc.Cannot, Tags: s.whoTags(j, svc, v)}
	if len(c.Contacts) > 0 {
		iv.Main = &c.Contacts[0]
		iv.Others = c.Contacts[1:]
		iv.NameInLink = strings.Contains(iv.Main.Display, iv.Name)
	}
	return iv
}

// whoTags are the short labels that say whom a service is for, shown only
// where the view also reaches readers it is not for.
func (s *Server) whoTags(j *library.Jurisdiction, svc *services.Service, v routes.View) []string {
	var tags []string
	if v.Audience != routes.Under18 && v.Audience != routes.Adult || (v.Audience == routes.Adult && svc.Ages.Min > 18) || (v.Audience == routes.Under18 && svc.Ages.Min > 0) {
		if t := ageTag(svc); t != "" {
			tags = append(tags, t)
		}
	}
	switch svc.Sex {
	case services.Female:
		tags = append(tags, "For women")
	case services.Male:
		tags = append(tags, "For men")
	}
	if v.Nation == "" && len(svc.Nations) > 0 && len(svc.Nations) < len(j.Nations) {
		tags = append(tags, s.nationList(j, svc.Nations)+" only")
	}
	return tags
}

func ageTag(svc *services.Service) string {
	switch {
	case svc.Ages.Min >= 18:
		return "18 and over"
	case svc.Ages.Min > 0 && svc.Ages.Max == 0:
		return fmt.Sprintf("%d and over", svc.Ages.Min)
	case svc.Ages.Max > 0 && svc.Ages.Max < 18:
		return "Under 18"
	case svc.Ages.Max > 0:
		return fmt.Sprintf("Up to age %d", svc.Ages.Max)
	}
	return ""
}

// whereFor names an alternative by where, or for whom, it is: "England,
// for women".
func (s *Server) whereFor(j *library.Jurisdiction, svc *services.Service) string {
	var parts []string
	if len(svc.Nations) > 0 && len(svc.Nations) < len(j.Nations) {
		parts = append(parts, s.nationList(j, svc.Nations))
	}
	switch svc.Sex {
	case services.Female:
		parts = append(parts, "for women")
	case services.Male:
		parts = append(parts, "for men")
	}
	if t := ageTag(svc); t != "" {
		parts = append(parts, strings.ToLower(t[:1])+t[1:])
	}
	if len(parts) == 0 {
		return "Anywhere"
	}
	w := strings.Join(parts, ", ")
	return strings.ToUpper(w[:1]) + w[1:]
}

func (s *Server) nationList(j *library.Jurisdiction, ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if n, ok := j.Nation(id); ok {
			names = append(names, n.Name)
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// lawViews says a law topic for a view: the reader's nation's rule, or one
// per rule when the nation is not chosen.
func (s *Server) lawViews(jur, id string, v routes.View, now time.Time) []lawView {
	t, ok := s.lib.Law(jur, id)
	if !ok {
		return nil
	}
	j, _ := s.lib.Jurisdiction(jur)
	var out []lawView
	for i, r := range t.Rules {
		if v.Nation != "" && len(r.Nations) > 0 && !slices.Contains(r.Nations, v.Nation) {
			continue
		}
		lv := lawView{Key: fmt.Sprint(i), Says: r.Says, Law: r.Law, Source: r.Source}
		if v.Nation == "" && len(r.Nations) > 0 {
			lv.Where = s.nationList(j, r.Nations)
		}
		if today := now.In(s.lib.Location(jur)); r.Since.After(date.Of(today)) {
			j, _ := s.lib.Jurisdiction(jur)
			lv.From = r.Since.Format(j.DateLayout)
		}
		out = append(out, lv)
	}
	return out
}

// expand fills a section's route and law placeholders for the view.
func (s *Server) expand(html template.HTML, rv routesView) template.HTML {
	const open, end = "<!--fs:", "-->"
	h := string(html)
	i := strings.Index(h, open)
	if i < 0 {
		return html
	}
	// One pass over the section, each placeholder filled where it is:
	// replacing each of the view's placeholders in turn copied the whole
	// section for each, and wrote out every route whether or not the
	// section named it.
	var b strings.Builder
	b.Grow(len(h) + 512)
	for i >= 0 {
		b.WriteString(h[:i])
		h = h[i:]
		j := strings.Index(h, end)
		if j < 0 {
			break
		}
		kind, id, _ := strings.Cut(h[len(open):j], ":")
		items, route := rv.inline[id]
		rules, law := rv.laws[id]
		switch {
		case kind == guide.RefRoute && route:
			b.WriteString(inlineRoute(items))
		case kind == guide.RefLaw && law:
			b.WriteString(inlineLaw(rules))
		default:
			b.WriteString(h[:j+len(end)])
		}
		h = h[j+len(end):]
		i = strings.Index(h, open)
	}
	b.WriteString(h)
	return template.HTML(b.String())
}

// inlineRoute writes a role's items into a sentence: "the Revenge Porn
// Helpline (0345 6000 459) or StopNCII". Each item after the first opens
// with its "or", as text, so that it is there for every reader, in a text
// browser, a reading view or a copied sentence; the style sheet shows it
// only between items a view shows, so the static site can hide items
// without leaving a stray word.
func inlineRoute(items []itemView) string {
	var b strings.Builder
	b.WriteString(`<span class="rr">`)
	for i, it := range items {
		b.WriteString(`<span data-s="` + template.HTMLEscapeString(it.Key) + `"`)
		writeVis(&b, it.Vis)
		b.WriteString(`>`)
		if i > 0 {
			b.WriteString(`<span class="sep"> or </span>`)
		}
		switch {
		case it.Same != nil:
			// Every alternative answers on the same number: a sentence
			// gives the number ("report it on 101"), not the line's label.
			writeContact(&b, it.Same, "")
		case it.Label != "":
			b.WriteString(template.HTMLEscapeString(it.Label))
			b.WriteString(" (")
			for j, a := range it.Alts {
				b.WriteString(`<span class="alt"`)
				writeVis(&b, a.Vis)
				b.WriteString(`>`)
				if j > 0 {
					b.WriteString(`<span class="sep">; </span>`)
				}
				b.WriteString(template.HTMLEscapeString(a.Where + ": "))
				if a.Main != nil && !a.Main.Number {
					writeLink(&b, a.Main, a.Name)
				} else {
					b.WriteString(template.HTMLEscapeString(a.Name))
					writeContact(&b, a.Main, " ")
				}
				b.WriteString(`</span>`)
			}
			b.WriteString(")")
		default:
			// A number follows the name: "Samaritans (116 123)". A page or
			// form is the name itself, as a link: "Report Fraud", not
			// "Report Fraud (Report online)".
			name := it.Inline
			if name == "" {
				name = it.Name
			}
			var extra []string
			if it.Main != nil && !it.Main.Number {
				writeLink(&b, it.Main, name)
			} else {
				b.WriteString(template.HTMLEscapeString(name))
				if it.Main != nil && !strings.Contains(name, it.Main.Display) {
					extra = append(extra, "")
				}
			}
			for _, t := range it.Tags {
				extra = append(extra, template.HTMLEscapeString(strings.ToLower(t[:1])+t[1:]))
			}
			if len(extra) > 0 {
				b.WriteString(" (")
				if extra[0] == "" {
					writeContact(&b, it.Main, "")
					extra = extra[1:]
					if len(extra) > 0 {
						b.WriteString(", ")
					}
				}
				b.WriteString(strings.Join(extra, ", "))
				b.WriteString(")")
			}
		}
		b.WriteString(`</span>`)
	}
	b.WriteString(`</span>`)
	return b.String()
}

func writeContact(b *strings.Builder, c *contactView, before string) {
	if c == nil {
		return
	}
	b.WriteString(before)
	writeLink(b, c, c.Display)
}

// writeLink writes text as a link to contact c.
func writeLink(b *strings.Builder, c *contactView, text string) {
	b.WriteString(`<a class="ref" href="`)
	b.WriteString(template.HTMLEscapeString(string(c.Href)))
	b.WriteString(`">`)
	b.WriteString(template.HTMLEscapeString(text))
	b.WriteString(`</a>`)
}

func inlineLaw(rules []lawView) string {
	var b strings.Builder
	for _, r := range rules {
		b.WriteString(`<span class="law"`)
		writeVis(&b, r.Vis)
		b.WriteString(`>`)
		if r.Where != "" {
			b.WriteString(`<strong>In ` + template.HTMLEscapeString(r.Where) + `:</strong> `)
		}
		if r.From != "" {
			b.WriteString("From " + template.HTMLEscapeString(r.From) + ": ")
		}
		b.WriteString(template.HTMLEscapeString(r.Says))
		b.WriteString(` <a class="cite" href="`)
		b.WriteString(template.HTMLEscapeString(r.Source))
		b.WriteString(`" rel="noreferrer">`)
		b.WriteString(template.HTMLEscapeString(r.Law))
		b.WriteString(`</a></span> `)
	}
	return strings.TrimSuffix(b.String(), " ")
}

func writeVis(b *strings.Builder, v Vis) {
	if v.Views != "" {
		b.WriteString(` data-v="` + v.Views + `"`)
	}
	if v.Hidden {
		b.WriteString(` hidden`)
	}
}

package sources

import (
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"strings"
)

// GOV.UK serves most of its pages' content as JSON from its public content
// API (https://www.gov.uk/api/content/<path>). Its body is the page's main
// text already, with no page chrome to prune, so the checker reads GOV.UK
// pages there when it may.

const (
	govukHost       = "www.gov.uk"
	govukAPIPrefix  = "/api/content"
	viaHTML         = "html"
	viaGOVUKContent = "govuk-content-api"
)

// govukAPIURL returns the content API address for a GOV.UK page, or "".
func govukAPIURL(page string) string {
	u, err := url.Parse(page)
	if err != nil || !strings.EqualFold(u.Host, govukHost) || u.Path == "" || u.Path == "/" ||
		strings.HasPrefix(u.Path, govukAPIPrefix+"/") {
		return ""
	}
	api := *u
	api.Scheme = "https"
	api.Path = govukAPIPrefix + u.Path
	api.RawPath = ""
	api.RawQuery, api.Fragment = "", ""
	return api.String()
}

// govukPageURL maps a content API address back to its page.
func govukPageURL(api string) string {
	u, err := url.Parse(api)
	if err != nil || !strings.EqualFold(u.Host, govukHost) {
		return api
	}
	if p, ok := strings.CutPrefix(u.Path, govukAPIPrefix); ok && p != "" {
		u.Path = p
		u.RawPath = ""
	}
	return u.String()
}

// govukItem is the part of a content item the checker reads.
type govukItem struct {
	Title       string          `json:"title"`
	Description string          `json:"description"`
	SchemaName  string          `json:"schema_name"`
	Details     json.RawMessage `json:"details"`
	Redirects   []struct {
		Path        string `json:"path"`
		Destination string `json:"destination"`
	} `json:"redirects"`
}

type govukDetails struct {
	Body  json.RawMessage `json:"body"`
	Parts []struct {
		Title string          `json:"title"`
		Body  json.RawMessage `json:"body"`
	} `json:"parts"`
}

// govukContent is a content item read as a page: either HTML to render,
// or a redirect or "gone" notice.
type govukContent struct {
	Title    string
	HTML     string // a document to extract text from
	MovedTo  string // for a redirect item: the page address it points to
	Gone     bool
	Redirect bool
}

// parseGOVUK reads a content item. page is the page's own address, for
// resolving a redirect's destination.
func parseGOVUK(page string, body []byte) (govukContent, error) {
	var it govukItem
	if err := json.Unmarshal(body, &it); err != nil {
		return govukContent{}, fmt.Errorf("content API: %w", err)
	}
	switch it.SchemaName {
	case "redirect":
		c := govukContent{Redirect: true}
		path := ""
		if u, err := url.Parse(page); err == nil {
			path = u.Path
		}
		for _, r := range it.Redirects {
			if r.Path == path || c.MovedTo == "" {
				if dest, err := url.Parse(r.Destination); err == nil {
					base, _ := url.Parse(page)
					c.MovedTo = base.ResolveReference(dest).String()
				}
			}
		}
		return c, nil
	case "gone", "vanish":
		return govukContent{Gone: true}, nil
	}
	var d govukDetails
	if len(it.Details) > 0 {
		_ = json.Unmarshal(it.Details, &d) // details differ by schema; missing fields stay empty
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<html><head><title>%s</title></head><body><main><h1>%s</h1>\n", html.EscapeString(it.Title), html.EscapeString(it.Title))
	if it.Description != "" {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(it.Description))
	}
	b.WriteString(govukBody(d.Body))
	for _, p := range d.Parts {
		fmt.Fprintf(&b, "<h2>%s</h2>\n%s\n", html.EscapeString(p.Title), govukBody(p.Body))
	}
	b.WriteString("</main></body></html>")
	return govukContent{Title: it.Title, HTML: b.String()}, nil
}

// govukBody reads a body that is either an HTML string or a list of
// {content_type, content} alternatives.
func govukBody(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var alts []struct {
		ContentType string `json:"content_type"`
		Content     string `json:"content"`
	}
	if json.Unmarshal(raw, &alts) == nil {
		for _, a := range alts {
			if a.ContentType == "text/html" {
				return a.Content
			}
		}
		if len(alts) > 0 {
			return "<pre>" + html.EscapeString(alts[0].Content) + "</pre>"
		}
	}
	return ""
}

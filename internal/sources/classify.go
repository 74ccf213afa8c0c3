package sources

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
)

// Class is what a check of one URL found.
type Class string

// The classes, as written in snapshots and reports.
const (
	ClassOK           Class = "ok"
	ClassNotModified  Class = "not-modified"      // 304 to a conditional GET
	ClassMoved        Class = "moved"             // 301 or 308: NewURL is the proposed address
	ClassRedirect     Class = "redirect"          // 302, 303 or 307 only
	ClassGone         Class = "gone"              // 404 or 410
	ClassClientError  Class = "client-error"      // any other 4xx
	ClassBlocked      Class = "blocked"           // a bot wall: 403, 999, or a challenge page
	ClassRateLimited  Class = "rate-limited"      // 429 after every try, or the host asked for a long wait
	ClassServerError  Class = "server-error"      // 5xx after every try
	ClassDNS          Class = "dns"               // the host name does not resolve
	ClassTLS          Class = "tls"               // certificate or handshake failure
	ClassTimeout      Class = "timeout"           // dial, TLS, headers or the whole request took too long
	ClassNetwork      Class = "network"           // refused, reset or another transport failure
	ClassRobots       Class = "robots-disallowed" // robots.txt forbids the fetch, or could not be read
	ClassSoft404      Class = "soft-404"          // a 200 page that is really "not found" (two signals)
	ClassRedirectLoop Class = "redirect-loop"     // a redirect loop or too many redirects
	ClassTooLarge     Class = "too-large"         // the body passed the size cap
	ClassUnreadable   Class = "unreadable"        // the page came, but its HTML could not be read
	ClassRefused      Class = "refused"           // a redirect or an address the checker will not follow
	ClassNotChecked   Class = "not-checked"       // the run stopped before the page was checked
)

// Failing reports whether the class counts as a failure of the link. A link
// is called broken once it fails on BrokenAfter separate runs in a row.
func (c Class) Failing() bool {
	switch c {
	case ClassGone, ClassClientError, ClassServerError, ClassDNS, ClassTLS, ClassTimeout,
		ClassNetwork, ClassSoft404, ClassRedirectLoop:
		return true
	}
	return false
}

// Unchecked reports whether the class means the page could not be looked
// at for reasons that say nothing about the link: robots.txt, a bot wall,
// rate limiting, or our own size cap.
func (c Class) Unchecked() bool {
	switch c {
	case ClassRobots, ClassBlocked, ClassRateLimited, ClassTooLarge, ClassUnreadable, ClassRefused, ClassNotChecked:
		return true
	}
	return false
}

// needsEditor reports whether an unchecked page is so for a reason only
// an editor can settle: its HTML could not be read, or it now redirects
// somewhere the checker will not go. Either way its facts may have
// changed unseen.
func (c Class) needsEditor() bool { return c == ClassUnreadable || c == ClassRefused }

// readable reports whether the class is a page that was read.
func (c Class) readable() bool {
	switch c {
	case ClassOK, ClassNotModified, ClassMoved, ClassRedirect:
		return true
	}
	return false
}

// Severity orders findings for editors.
type Severity int

// Severities, least first. Medium and High need an editor: they set the
// exit status of "sources check".
const (
	None Severity = iota
	Low
	Medium
	High
)

var severityNames = []string{"none", "low", "medium", "high"}

func (s Severity) String() string {
	if s < None || s > High {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	for i, n := range severityNames {
		if string(b) == n {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("unknown severity %q", b)
}

// NeedsEditor reports whether an editor must look.
func (s Severity) NeedsEditor() bool { return s >= Medium }

// classifyFetch decides the class of a finished fetch from its error or its
// final status. Soft-404 and bot walls served with 200 are decided later,
// from the page itself.
func classifyFetch(r *Response) (Class, string) {
	if r.Err != nil {
		return classifyError(r.Err), r.Err.Error()
	}
	switch s := r.Status; {
	case s == http.StatusNotModified:
		return ClassNotModified, ""
	case s >= 200 && s < 300:
		if blockedPage(r.Header, r.Body) {
			return ClassBlocked, "a bot-check page was served"
		}
		return pageClass(r.Hops), ""
	case s == http.StatusNotFound || s == http.StatusGone:
		return ClassGone, http.StatusText(s)
	case s == http.StatusTooManyRequests:
		return ClassRateLimited, http.StatusText(s)
	case s == http.StatusForbidden || s == 999:
		return ClassBlocked, fmt.Sprintf("status %d", s)
	case s >= 500 && blockedPage(r.Header, r.Body):
		return ClassBlocked, fmt.Sprintf("status %d with a bot-check page", s)
	case s >= 500:
		return ClassServerError, fmt.Sprintf("status %d", s)
	}
	return ClassClientError, fmt.Sprintf("status %d", r.Status)
}

// pageClass is the class of a page that answered 200 after hops.
func pageClass(hops []Hop) Class {
	if len(hops) == 0 {
		return ClassOK
	}
	if _, ok := proposedURL(hops); ok {
		return ClassMoved
	}
	return ClassRedirect
}

// proposedURL returns where the leading permanent redirects point: the
// address a resource should move to. A temporary hop first means the
// original address is still the one to cite.
func proposedURL(hops []Hop) (string, bool) {
	to := ""
	for _, h := range hops {
		if h.Status != http.StatusMovedPermanently && h.Status != http.StatusPermanentRedirect {
			break
		}
		to = h.Location
	}
	return to, to != ""
}

func classifyError(err error) Class {
	var (
		robots  *RobotsError
		refused *RefusedError
		dnsErr  *net.DNSError
		netErr  net.Error
		unknown x509.UnknownAuthorityError
		host    x509.HostnameError
		invalid x509.CertificateInvalidError
		verify  *tls.CertificateVerificationError
		record  tls.RecordHeaderError
		alert   tls.AlertError
	)
	switch {
	case errors.As(err, &robots):
		return ClassRobots
	case errors.As(err, &refused):
		return ClassRefused
	case errors.Is(err, ErrRedirectLoop):
		return ClassRedirectLoop
	case errors.Is(err, ErrTooLarge):
		return ClassTooLarge
	case errors.Is(err, ErrHostDeferred):
		return ClassRateLimited
	case errors.As(err, &dnsErr):
		return ClassDNS
	case errors.As(err, &unknown), errors.As(err, &host), errors.As(err, &invalid),
		errors.As(err, &verify), errors.As(err, &record), errors.As(err, &alert):
		return ClassTLS
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return ClassTimeout
	case strings.Contains(err.Error(), "tls: "):
		return ClassTLS
	}
	return ClassNetwork
}

var (
	challengeTitleRE = regexp.MustCompile(`(?i)<title[^>]*>[^<]*(just a moment|attention required|access denied|are you a robot|checking your browser|pardon our interruption|request unsuccessful|captcha|security check)[^<]*</title>`)
	challengeMarkers = [][]byte{
		[]byte("/cdn-cgi/challenge-platform"), []byte("_Incapsula_Resource"), []byte("cf-chl-"),
		[]byte("px-captcha"), []byte("/_sec/cp_challenge"),
	}
)

// blockedPage reports whether a response is a bot wall rather than the
// page: a challenge header, title or script.
func blockedPage(h http.Header, body []byte) bool {
	if strings.EqualFold(h.Get("Cf-Mitigated"), "challenge") {
		return true
	}
	head := body[:min(len(body), 64<<10)]
	if challengeTitleRE.Match(head) {
		return true
	}
	for _, m := range challengeMarkers {
		if bytes.Contains(head, m) {
			return true
		}
	}
	return false
}

// Soft-404 signals. A page is a soft-404 suspect only with two of them.
const (
	SignalTitle = "not-found-title" // the title or first heading says "not found"
	SignalRoot  = "root-redirect"   // a deep URL redirected to the site's home page
	SignalLost  = "text-lost"       // most of the verified text is gone
	SignalProbe = "probe-match"     // the page matches what the host serves for a random path
)

var notFoundRE = regexp.MustCompile(`(?i)\b(?:page not found|not found|404|no longer (?:available|exists)|(?:cannot|can't|could not|couldn't) be found|(?:doesn't|does not) exist|page (?:is )?missing|we can(?:not|'t) find)\b`)

// minLostWords is the least a verified text must have for "most of the
// text lost" to mean anything.
const minLostWords = 40

// softSignals returns the soft-404 signals a page shows without a probe.
func softSignals(requested string, hops []Hop, title, heading, text, verified string) []string {
	var out []string
	if notFoundRE.MatchString(title) || notFoundRE.MatchString(heading) {
		out = append(out, SignalTitle)
	}
	if len(hops) > 0 && isRoot(hops[len(hops)-1].Location) && !isRoot(requested) {
		out = append(out, SignalRoot)
	}
	if was := len(strings.Fields(verified)); was >= minLostWords && len(strings.Fields(text))*4 < was {
		out = append(out, SignalLost)
	}
	return out
}

func isRoot(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && (u.Path == "" || u.Path == "/") && u.RawQuery == ""
}

// similar reports whether two normalised texts are nearly the same, by
// the overlap of their word sets.
func similar(a, b string) bool {
	wa, wb := wordSet(a), wordSet(b)
	if len(wa) == 0 || len(wb) == 0 {
		return len(wa) == len(wb)
	}
	both := 0
	for w := range wa {
		if wb[w] {
			both++
		}
	}
	return float64(both)/float64(len(wa)+len(wb)-both) >= 0.8
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

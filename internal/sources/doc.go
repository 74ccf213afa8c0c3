// Package sources keeps guides true to the official pages they cite. It
// fetches every page registered in resources.yaml politely, extracts and
// normalises its main text, stores a snapshot of it, classifies what it
// found (moved, gone, blocked, a soft-404 …), compares the text with what
// an editor last verified, and reports per guide which cited sources
// changed, moved or broke. "firststeps-sources check" and
// "firststeps-sources ack" (cmd/firststeps-sources) are its commands; the
// server never links this package.
//
// # Fetching
//
// A Fetcher sends an identifying User-Agent with a contact address
// ("firststeps-sources/VERSION (+CONTACT; …)"). Before any page on an
// origin it reads the origin's robots.txt, once per run, and obeys the
// group for the "firststeps-sources" token (temoto/robotstxt). A 4xx
// robots.txt means no rules; a 5xx or 429 means nothing may be fetched
// (RFC 9309), and the page is classed robots-disallowed. Crawl-delay slows
// the host down, up to MaxCrawlDelay (default 30 s): a longer one is capped,
// and each result from that host notes it, so a robots.txt asking for a day
// between requests cannot stall a run. A run that is stopped, or passes the
// command's -timeout, still writes its report, listing what it did not
// reach as not-checked.
//
// Redirects are followed only to https addresses on a host that AllowHost
// accepts (the command passes the allow-list of domains.yaml); any other is
// not followed, and the page is classed refused. Every connection is
// checked on the address actually dialled, after DNS: loopback, private,
// link-local (the cloud metadata address among them), shared and reserved
// addresses are refused (AllowAddr, default PublicAddr), so a cited page
// cannot send the checker, or its snapshot, into the machine's own network.
//
// Every host has its own gate: one request in flight at a time, and a
// one-token limiter (golang.org/x/time/rate) whose token is taken when a
// request ends, so the next request starts at least Gap (default 2 s), or
// the host's Crawl-delay if longer, after the previous one finished. The
// host itself sees the gap, even when a request was slow to arrive. Redirects are followed
// by the Fetcher itself, so each hop is recorded, checked against robots.txt
// and passed through the gate of the host it goes to. Conditional GETs send
// the stored ETag and Last-Modified. Dial, TLS handshake, response headers
// and the whole request each have a timeout, and bodies are capped
// (default 5 MiB). Timeouts, resets, 429 and 502–504 are tried at most
// three times, with exponential backoff and equal jitter, capped (default
// 60 s); a Retry-After is honoured and holds back the whole host, and a
// host that asks for more than the cap is left alone for the rest of the
// run. All waiting goes through a Clock, so tests run on a fake one.
//
// GOV.UK pages (www.gov.uk) may be read through GOV.UK's public content
// API (https://www.gov.uk/api/content/PATH) instead of their HTML; the
// checker falls back to the HTML page when the API has no item for the path
// or robots.txt keeps it off the API.
//
// # Main text
//
// Before extraction the checker removes cookie and consent banners,
// navigation, the site header and footer (unless inside <main> or
// <article>), scripts and other furniture, plus any per-resource CSS
// selectors from resources.yaml ("selectors"). go-trafilatura then finds
// the main text, with its fallback extractors on. Its cost grows much faster
// than the page (a 5 MiB page of paragraphs took 54 s and allocated 123
// GB), so a page with more than 10,000 elements once pruned has the text of
// its <main> (or <article>, or body) taken as it is instead: 0.2 s and
// 49 MB for the same page. Normalize folds the text:
// Unicode NFKC, straight quotes, no zero-width characters, single spaces,
// one paragraph a line with a blank line between, and no page-stamp lines
// ("Last updated 3 March 2026", "1,204 views", "© 2026 …"). It never
// removes a digit from a line it keeps and never drops a line holding a
// phone number. A PDF or other non-text file is represented by one line
// naming its type, size and hash.
//
// # Classes
//
// Each result has one class:
//
//	ok                 200, no redirect
//	not-modified       304 to a conditional GET
//	moved              a leading 301 or 308: new_url proposes the address to cite
//	redirect           302, 303 or 307 only: keep citing the original
//	gone               404 or 410
//	client-error       another 4xx (or an unreadable GOV.UK content item)
//	blocked            403, 999, or a bot-check page (Cloudflare and the like)
//	rate-limited       429 after every try, or a host that asked for a long wait
//	server-error       5xx after every try
//	dns, tls, timeout  the connection failed that way
//	network            refused, reset, or another transport failure
//	robots-disallowed  robots.txt forbids the page, or could not be read
//	soft-404           a 200 page showing two of: a "not found" title or
//	                   heading, a redirect to the site's root, most of the
//	                   verified text lost, or the same text the host serves
//	                   for a random path (probed only when another signal
//	                   is present)
//	redirect-loop      a loop, or more than ten redirects
//	too-large          the body passed the size cap
//	unreadable         the page came, but its HTML could not be parsed (say,
//	                   more than 512 nested elements): the last good text
//	                   is kept, and an editor must read the page
//	refused            a redirect the checker will not follow (not https, or
//	                   to a host off the allow-list), or an address that is
//	                   not public
//	not-checked        the run stopped before the page was checked
//
// gone, client-error, server-error, dns, tls, timeout, network, soft-404 and
// redirect-loop are failures. A link is broken only when it fails on
// BrokenAfter runs in a row (default 2), each at least FailureSpacing after
// the last (default 12 h): one bad night does not break a link, and neither
// does a re-run the same morning. robots-disallowed, blocked, rate-limited
// and too-large say the page could not be looked at; they neither count as
// failures nor clear them. Nor do unreadable, refused and not-checked, but
// the first two need an editor (medium severity): the page's facts may
// have changed unseen.
//
// # Change
//
// The hash of the normalised text is compared with the hash of the text
// an editor last verified. The first text fetched for a resource becomes its
// verified baseline, on the strength of the date in resources.yaml's
// "checked". A change is summarised as paragraphs added, removed and
// changed, the share of words removed or added, and a short diff in which
// "~" lines show changed words as [-old-]{+new+} in context. Facts are
// pulled out of both texts: phone numbers (UK national digits, short codes
// such as 999 and 116 123, text numbers), email addresses, web addresses,
// times of day, age limits and money amounts. Severity:
//
//	high    a fact changed, or the link is broken
//	medium  the text changed, or the page moved permanently
//	low     only dates changed, a first failure, or the page was not checked
//
// A resource's "checked" date in resources.yaml moves to today only when
// its text still matches the verified text (and the page is ok, not
// modified, or only temporarily redirected). "firststeps-sources ack ID"
// records that an editor verified the current text: verified.txt becomes
// text.txt, and checked moves to today. resources.yaml is edited in place: the ten bytes
// of the date on the "checked" line change and nothing else. Nothing here
// touches a guide's review date.
//
// # Snapshot folder
//
// Snapshots live in one folder (by default snapshots/ at the top of the
// repository), with a sub-folder per resource id:
//
//	snapshots/
//	  report-fraud/
//	    meta.json     what the last fetch found (below)
//	    text.txt      the normalised main text: one paragraph a line,
//	                  paragraphs separated by a blank line
//	    verified.txt  the text an editor last verified
//
// meta.json holds id, url (as registered when fetched), final_url, via
// ("html" or "govuk-content-api"), status, class, new_url, hops (each url,
// status, location), error, fetched_at, etag, last_modified, hash
// ("sha256:…" of text.txt), words, extractor (ExtractorVersion), verified
// (hash, on, by: "editor" or "baseline"), failures, first_failure and
// last_failure. Files are rewritten only when their content changes, and
// fetched_at only moves with another change, so a quiet run leaves Git
// with nothing to commit and a diff of the folder is a diff of the web.
// When a page fails, text.txt keeps the last text that was read.
//
// # Report
//
// BuildReport groups results by guide: a guide is affected by a resource
// it cites in its sources, Additional Resources or text, and by the sources
// of every service it lists or names. Guides are ordered most severe
// first; each finding gives the resource, its one-line summary, the fact
// delta and the short diff. Services whose sources changed are listed too,
// with the guides that use them, because numbers and hours live in
// services.yaml. Resources nobody cites come next, and low-severity results
// last in a "Minor" table. The same Report is written as Markdown and as
// JSON (fields: generated, summary, needs_review, guides, services, other,
// minor). NeedsAttention is true when any finding is medium or high; the
// command's exit status is 1 then.
package sources

// Package api provides the open, read-only JSON API for partners
// (helplines, school portals, trust-and-safety tools): which guide fits
// what a person wrote, each guide as structured data for the reader's
// view, and every service with whether it is open now. It answers with
// the same engine and the same choices as the site's pages, and is served
// by package web from its one route table.
//
// # Endpoints
//
//	GET  /api/v1/route?q=…&audience=…&nation=…&jurisdiction=…
//	POST /api/v1/route        {"q":…, "audience":…, "nation":…, "jurisdiction":…}
//	GET  /api/v1/guides
//	GET  /api/v1/guides/{jurisdiction}/{slug}?audience=…&nation=…
//	GET  /api/v1/services?jurisdiction=…&at=RFC3339&nation=…&age=…
//	GET  /api/v1/openapi.json
//
// The route endpoint runs the site's search (one search.Index per
// jurisdiction, the place rule that answers words naming another
// jurisdiction's places there, the urgency cues) and gives the ranked
// guides with their scores, whether the top one is confident, and each
// cue with its label and message for the jurisdiction and the routes to
// show first. POST keeps the words out of addresses and out of every log
// between the partner and the server; GET is there for quick use. The
// words are never logged, stored or echoed back.
//
// A guide comes as the page shows it for a view (an audience and a
// nation): its sections split into items, each as plain text and as safe
// HTML with the route and law placeholders filled for that view, the route
// roles with the services routes.Items chooses for the view, the law for
// the nation, its sources, related guides and its twins in the other
// jurisdictions. The services endpoint gives each service and, for each
// live contact, whether it is open, until when or when it next opens, and
// the words a contact card shows, computed as "firststeps hours" does.
//
// # Versions and ids
//
// Every path starts /api/v1. Within v1, fields may be added but never
// removed, renamed or given another meaning; a change that would break a
// client gets /api/v2 beside v1. Ids come from the content and do not
// change: guides (uk/sextortion-money-demand), services, route roles,
// urgency cues, laws; section ids are fixed here.
//
// # Caching
//
// Every 200 answer to GET carries a strong ETag, a hash of the bytes sent
// (before compression), and a request whose If-None-Match holds it gets
// 304 with no body. Guides, the list and the OpenAPI document say
// "no-cache" (keep, but ask again); a guide in a neutral category says
// "no-store", as its page does, so nothing on a device names the
// situation. Route answers say "no-store": they were made from what a
// person wrote.
//
// # Errors
//
// Bad input gets a JSON body {"error":{"code":"…","message":"…"}}, never a
// page and never a 500: an unknown guide, jurisdiction or path is 404; a
// bad audience, nation, age, time, q or body is 400; text longer than the
// site's own search form takes is 413; a method the path does not take is
// 405 with an Allow header. Messages never repeat what was sent.
//
// # Cross-origin use
//
// Everything here is public, read-only and the same for everyone, and no
// request carries or sets a cookie, so any web page may read it: answers
// say Access-Control-Allow-Origin: * and Cross-Origin-Resource-Policy:
// cross-origin, and a preflight (OPTIONS) allows GET and POST with only
// the Content-Type header, for a day. Credentials are never allowed
// (no Access-Control-Allow-Credentials), so a browser sends no cookie or
// login of the partner's site with a request, and nothing a person typed
// could be tied to who they are elsewhere.
//
// # Static copy
//
// "firststeps build" writes the read-only parts as files, so a partner can
// use a CDN copy: the OpenAPI document, the guide list, each guide's
// unchosen view and each jurisdiction's services without live state (their
// opening hours, but not whether they are open). The server answers the
// same paths ([API.Files]), so a client switches between the two by
// changing only the base address:
//
//	/api/v1/openapi.json
//	/api/v1/guides.json
//	/api/v1/guides/{jurisdiction}/{slug}.json
//	/api/v1/services/{jurisdiction}.json
package api

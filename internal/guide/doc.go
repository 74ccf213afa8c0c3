// Package guide parses and checks one "What to do if…" guide: a Markdown
// file with YAML front matter, in one fixed shape.
//
// # File and id
//
// A guide lives at guides/<jurisdiction>/<slug>.md in the content tree and
// is served at /<jurisdiction>/<slug>. Its id is <jurisdiction>/<slug>. The
// slug is lower-case words joined by hyphens.
//
// # Front matter
//
// Between two lines of "---" at the top of the file, in YAML. Unknown
// fields are rejected.
//
//	title          required  "What to do if… <situation>"
//	jurisdiction   required  the folder's jurisdiction, e.g. uk
//	category       required  an id from categories.yaml
//	tags           required  ways people describe the situation (style.yaml's min_tags or more)
//	date_created   required  YYYY-MM-DD, not in the future
//	last_reviewed  required  YYYY-MM-DD, not before date_created, not in the future
//	review_by      optional  default six months after last_reviewed; passed is an error, 30 days ahead a warning
//	audience       optional  any of adult, under-18, parent, supporter
//	services       optional  service ids shown as contact cards, in this order
//	related        optional  ids of neighbouring guides
//	seo_title      optional  for search results, about 60 characters
//	sources        optional  (required by the cited-sources category rule) official pages the facts
//	                         were checked on: url (https), checked (date), supports (which facts)
//
// # Sections
//
// Then eight level-2 sections, all present, in this order, none empty.
// No other headings, no raw HTML, no images.
//
//	## Short answer            paragraphs; at most 60 words (style.yaml); two or three sentences
//	## Do not do these things  one bullet list; each item starts "Do not", "Don't" or "Never"
//	                           and gives its reason (a bold lead then the reason, or a dash)
//	## What to do now          one list of steps; each opens with a bold lead sentence, then
//	                           detail, then optional sub-bullets one level deep
//	## What can wait           one bullet list
//	## Important reassurance   paragraphs
//	## Scope note              paragraphs
//	## Important note          paragraphs
//	## Additional Resources    one bullet list; each item one https address on its own
//
// # Services in the text
//
// Guides never type a phone number. {{service-id}} shows a service's first
// contact (a number as a tap-to-call link, or a web route's label as a
// link); {{service-id/contact-id}} shows a particular one. A typed number
// that belongs to no service is an error; one that does is a warning.
//
// # Checks made here and in the library
//
// This package checks everything that needs only the file: the front
// matter, the shape, the short answer's length, reasons on "Do not" items,
// bold leads on steps, typed phone numbers, review dates, blaming wording
// and, for editors, readability (Flesch reading ease per section). The
// library checks what needs other files: that categories, services,
// related guides and cited pages exist, that cited pages are on the domain
// allow-list, and each category's rules.
package guide

// Package routes provides the route model: which services meet which need,
// for which reader, defined once per jurisdiction in content/routes.yaml and
// chosen per page for the person reading it.
//
// # Roles
//
// A role is a need a guide can point to ("get images taken down", "report
// it to the police", "thinking of ending your life"), with the services that
// meet it, in order. Guides never list services for a need themselves: they
// name roles by id in their routes front matter, most important first, and
// the page shows the services of each role that fit the reader. Shared
// blocks (danger now, a crisis, under 18, a partner or ex involved) are
// roles too, with a message of their own; every guide that needs one names
// it, and lint checks that it does.
//
// An entry of a role is one service, or a set of alternatives (any_of) that
// do the same job for different readers, such as the police non-emergency
// route of each nation, or a domestic-abuse line for women and one for men.
// When the reader's nation is known, only the alternative for it is shown;
// when it is not, the alternatives fold into one line.
//
// # Readers and views
//
// A reader is one person a page may reach: under 18 or not, a sex, and a
// nation. Who a service is for comes from services.yaml (ages, nations and,
// for a service for one sex only, sex). A view is what a page knows of its
// reader: an audience (18 or over, under 18, helping someone else, or not
// said) and a nation (or not chosen). A view reaches every reader that fits
// it: a view with no audience reaches readers of both age groups, and every
// view reaches both sexes, since no page asks.
//
// A role applies to a reader unless it is for one age group only (for:
// under-18 or for: adult). A page shows a service when it fits at least one
// reader the view reaches and the role applies to that reader; a service
// that fits only some of them carries a tag saying who it is for.
//
// # Coverage
//
// Cover reports, for a role and a view, every reader the role applies to
// for whom no service in the role fits. Lint requires it to be empty for
// every role a guide names, in every view, so no reader is ever given only
// a service that is not for them: an adults-only helpline as the only route
// an under-18 sees, or a line for women as the only line a man sees.
//
// # View tokens
//
// A view travels in the page address as an opaque token (?v=k4), so the
// address shows nothing of what the reader chose. Token and ParseToken map
// views to tokens and back; the empty view has no token.
package routes

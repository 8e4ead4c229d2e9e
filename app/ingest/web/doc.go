// Package web brings articles in from the network safely: a Fetcher that
// refuses loopback, private, link-local and cloud-metadata addresses on
// every connection (after DNS, on every redirect) and bounds redirects,
// time and size; FetchPage for one article URL; FeedArticles and
// FeedReader for RSS, Atom and JSON Feed subscriptions with conditional
// polls, seen-entry tracking and full text fetched from the entry's page
// when a feed carries only summaries; Poller, the polling schedule with
// exponential backoff; and ResolveOutlet with a user-edited Mapping, so
// one outlet is one outlet whatever domain or site name a page gives.
//
// HTML main-text extraction is ingest.ParseHTML; this package only decides
// what to fetch and how. See docs/INGEST-WEB.md.
package web

package detect

import "strings"

// socialHost is a site whose URLs name a person's profile, and how: the
// path prefixes before the handle ("in/" on LinkedIn), "" for a handle
// right after the host, "@" for a handle written with an at sign.
type socialHost struct {
	host     string
	prefixes []string
}

var socialHosts = []socialHost{
	{"twitter.com", []string{"", "@"}}, {"x.com", []string{"", "@"}}, {"instagram.com", []string{""}},
	{"facebook.com", []string{""}}, {"fb.com", []string{""}}, {"github.com", []string{""}}, {"gitlab.com", []string{""}},
	{"linkedin.com", []string{"in/", "pub/"}}, {"tiktok.com", []string{"@"}}, {"threads.net", []string{"@"}},
	{"youtube.com", []string{"@", "user/", "c/", "channel/"}}, {"medium.com", []string{"@"}}, {"reddit.com", []string{"user/", "u/"}},
	{"bsky.app", []string{"profile/"}}, {"t.me", []string{""}}, {"keybase.io", []string{""}}, {"vk.com", []string{""}},
	{"xing.com", []string{"profile/"}}, {"pinterest.com", []string{""}}, {"flickr.com", []string{"people/", "photos/"}},
	{"soundcloud.com", []string{""}}, {"twitch.tv", []string{""}}, {"behance.net", []string{""}}, {"dribbble.com", []string{""}},
	{"about.me", []string{""}}, {"mastodon.social", []string{"@"}},
	// Networks for sport, music, books and research, whose profile pages
	// name a person as well (a club's members link their Strava).
	{"strava.com", []string{"athletes/"}}, {"komoot.com", []string{"user/"}}, {"connect.garmin.com", []string{"modern/profile/"}},
	{"vimeo.com", []string{"user"}}, {"last.fm", []string{"user/"}}, {"goodreads.com", []string{"user/show/"}},
	{"researchgate.net", []string{"profile/"}}, {"orcid.org", []string{""}},
}

// socialReserved are first path segments of those sites that are pages,
// not people.
var socialReserved = newFoldSet(
	"about", "login", "signup", "join", "explore", "search", "settings", "home", "help", "hashtag", "i", "intent", "share",
	"sharer", "sharer.php", "orgs", "topics", "features", "pricing", "marketplace", "company", "jobs", "groups", "pages",
	"watch", "results", "feed", "policies", "privacy", "terms", "legal", "tos", "developers", "docs", "blog", "events",
	"signin", "register",
)

// IsSocialProfileURL reports whether s (spaces trimmed) is the URL of a
// person's profile on a social or developer network: a handle right after
// the host or after the site's profile prefix, and nothing after it but a
// slash, a query or a fragment ("https://twitter.com/ann_smith",
// "https://www.linkedin.com/in/ann-smith-1a2b3c", "github.com/asmith",
// "https://mastodon.social/@ann", "https://www.youtube.com/@ann",
// "https://www.facebook.com/profile.php?id=100012"). On any
// other host, a path that is only an @handle (Mastodon, Pixelfed, Misskey)
// is one too, and so is an ActivityPub id built from a handle, whatever
// follows it ("https://social.example/users/ann/statuses/1099",
// "https://tube.example/accounts/ann", "https://social.example/@ann/1099").
// A site's own pages (/about, /login, /search, /users/sign_in) and a
// record's number (/users/42) are not. It does not allocate.
func IsSocialProfileURL(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 300 || strings.ContainsAny(s, " \t\n") {
		return false
	}
	rest, scheme := strings.CutPrefix(s, "https://")
	if !scheme {
		if rest, scheme = strings.CutPrefix(s, "http://"); !scheme {
			rest = s
		}
	}
	slash := strings.IndexByte(rest, '/')
	if slash <= 0 {
		return false
	}
	host, path := strings.ToLower(rest[:slash]), rest[slash+1:]
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	path = strings.TrimSuffix(path, "/")
	for _, p := range [...]string{"www.", "m.", "mobile.", "de.", "fr.", "uk.", "es.", "it.", "nl."} {
		host = strings.TrimPrefix(host, p)
	}
	for _, h := range socialHosts {
		if host != h.host {
			continue
		}
		for _, p := range h.prefixes {
			if handle, ok := strings.CutPrefix(path, p); ok && handleSegment(handle, p == "") {
				return true
			}
		}
		return false
	}
	// The fediverse: https://<any instance>/@handle, and the ActivityPub
	// ids an instance builds from its users' handles, with what follows:
	// /users/<handle> (Mastodon's actors), /accounts/<handle> (PeerTube's),
	// /u/<handle> (Discourse's, Lemmy's), /@<handle>/<status id>,
	// /users/<handle>/statuses/<id>.
	if !scheme || strings.IndexByte(host, '.') < 0 {
		return false
	}
	for _, p := range [...]string{"@", "users/", "accounts/", "u/"} {
		rest, ok := strings.CutPrefix(path, p)
		if !ok {
			continue
		}
		handle, _, more := strings.Cut(rest, "/")
		if p == "@" && !more {
			return handleSegment(handle, false)
		}
		return handleSegment(handle, false) && hasLetter(handle) && !actorReserved.has(handle)
	}
	return false
}

// actorReserved are pages under /users/ and /accounts/ of web
// applications (Devise's sign-in, an account's settings), not handles.
var actorReserved = newFoldSet(
	"sign_in", "sign_up", "sign_out", "signin", "signup", "login", "logout", "register", "password", "passwords",
	"confirmation", "unlock", "edit", "new", "settings", "me", "self", "profile", "auth", "oauth", "search",
	"verify", "invitation", "recover", "reset", "current", "show", "index", "list", "all",
)

// hasLetter reports whether s holds an ASCII letter: a handle, not a
// record's number.
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if isAlpha(s[i]) {
			return true
		}
	}
	return false
}

// handleSegment reports a path segment that names a user: one segment of
// letters, digits, ., _ and -, not one of the sites' own pages when it
// comes right after the host.
func handleSegment(h string, first bool) bool {
	if len(h) < 2 || len(h) > 100 {
		return false
	}
	for i := 0; i < len(h); i++ {
		if c := h[i]; !isAlnum(c) && c != '.' && c != '_' && c != '-' {
			return false
		}
	}
	return !first || !socialReserved.has(h)
}

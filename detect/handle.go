package detect

import "strings"

// IsChatHandle reports whether s (spaces trimmed) is a person's address on
// a federated chat or social network, written as the network writes it:
//
//   - a Matrix user id, @localpart:server ("@ann.smith:matrix.org",
//     "@telegram_1234:chat.example.org", "@ann:example.org:8448");
//   - a fediverse handle, @user@instance ("@ann@mastodon.social").
//
// The server is a DNS name of two labels or more (a port may follow a
// Matrix server's). Matrix's other sigils name rooms and events, not
// people: a room alias (#ops:example.org), a room id (!abc:example.org)
// and an event id ($abc) are not handles. It does not allocate.
func IsChatHandle(s string) bool {
	_, _, ok := SplitChatHandle(strings.TrimSpace(s))
	return ok
}

// SplitChatHandle splits a chat handle (see IsChatHandle) after its @
// into its local part and the rest (":server" or "@instance"), so that a
// transformer can replace the person's part and keep the server's.
func SplitChatHandle(s string) (local, rest string, ok bool) {
	if len(s) < 6 || len(s) > 255 || s[0] != '@' {
		return "", "", false
	}
	end := 1
	for end < len(s) && handleLocalByte(s[end]) {
		end++
	}
	if end == 1 || end == len(s) {
		return "", "", false
	}
	local, rest = s[1:end], s[end:]
	switch rest[0] {
	case ':': // Matrix
		server := rest[1:]
		if i := strings.LastIndexByte(server, ':'); i > 0 {
			port := server[i+1:]
			if len(port) == 0 || len(port) > 5 || !allBytes(port, isDigit) {
				return "", "", false
			}
			server = server[:i]
		}
		if !isDomain(server) && server != "localhost" {
			return "", "", false
		}
	case '@': // the fediverse
		if strings.ContainsAny(local, "=/+") || !isDomain(rest[1:]) {
			return "", "", false
		}
	default:
		return "", "", false
	}
	if !strings.ContainsFunc(local, func(r rune) bool { return r < 0x80 && isAlnum(byte(r)) }) {
		return "", "", false
	}
	return local, rest, true
}

// handleLocalByte is a byte of a Matrix localpart (a-z, 0-9, . _ = - / +,
// upper case as older servers allowed it) or of a fediverse user name.
func handleLocalByte(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '=' || c == '-' || c == '/' || c == '+'
}

// chatHandleAt returns the end of a chat handle that starts at the @ at
// s[at] inside a text ("ping @ann:matrix.org, please"), or -1: the @
// starts a word, and a sentence's full stop or comma after the server is
// not part of it.
func chatHandleAt(s string, at int) int {
	if at > 0 && (isAlnum(s[at-1]) || strings.IndexByte("._%+-=/@:", s[at-1]) >= 0) {
		return -1 // inside a word or an address
	}
	end := at + 1
	for end < len(s) && handleLocalByte(s[end]) {
		end++
	}
	if end == at+1 || end >= len(s) || s[end] != ':' && s[end] != '@' {
		return -1
	}
	for end++; end < len(s) && (isAlnum(s[end]) || s[end] == '.' || s[end] == '-' || s[end] == ':'); end++ {
	}
	for end > at && (s[end-1] == '.' || s[end-1] == ':' || s[end-1] == '-') {
		end--
	}
	if _, _, ok := SplitChatHandle(s[at:end]); !ok {
		return -1
	}
	return end
}

// HasChatHandle reports a chat handle inside a text (see IsChatHandle):
// what scrub_text finds and replaces there.
func HasChatHandle(text string) bool {
	found := false
	eachIndex(text, "@", func(at int) int {
		if found = chatHandleAt(text, at) > 0; found {
			return len(text)
		}
		return at + 1
	})
	return found
}
